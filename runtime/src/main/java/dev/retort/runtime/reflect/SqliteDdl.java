package dev.retort.runtime.reflect;

import dev.retort.schema.CheckConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * What SQLite's pragmas do not expose, read from the {@code CREATE TABLE} text in {@code sqlite_master}: the
 * names of constraints ({@code CONSTRAINT "name" ...}), check expressions, and {@code AUTOINCREMENT}. A tokenizer
 * that knows quoting and parentheses, not a full SQL parser: it reads what Retort writes and what people
 * commonly write, and ignores what it does not recognise.
 */
final class SqliteDdl {
  /** A table-level foreign key as declared. */
  record ForeignKeyDecl(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {}

  /** A table-level unique constraint as declared. */
  record UniqueDecl(String name, List<String> columns) {}

  String primaryKeyName;
  boolean autoincrement;
  final List<UniqueDecl> uniques = new ArrayList<>();
  final List<ForeignKeyDecl> foreignKeys = new ArrayList<>();
  final List<CheckConstraint> checks = new ArrayList<>();

  private record Token(String text, int start, int end, boolean quoted) {
    boolean is(String word) {
      return !quoted && text.equalsIgnoreCase(word);
    }
  }

  private final String sql;
  private final List<Token> tokens = new ArrayList<>();
  private int unnamedChecks;

  private SqliteDdl(String sql) {
    this.sql = sql;
  }

  /** Parses a {@code CREATE TABLE} statement; unknown parts are ignored, never an error. */
  static SqliteDdl parse(String createTable) {
    SqliteDdl ddl = new SqliteDdl(createTable == null ? "" : createTable);
    ddl.tokenize();
    ddl.read();
    return ddl;
  }

  private void tokenize() {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '"' || c == '`' || c == '\'') {
        int start = i;
        StringBuilder text = new StringBuilder();
        i++;
        while (i < n) {
          char d = sql.charAt(i);
          if (d == c) {
            if (i + 1 < n && sql.charAt(i + 1) == c) {
              text.append(c);
              i += 2;
              continue;
            }
            i++;
            break;
          }
          text.append(d);
          i++;
        }
        tokens.add(new Token(c == '\'' ? sql.substring(start, i) : text.toString(), start, i, c != '\''));
      } else if (c == '[') {
        int close = sql.indexOf(']', i);
        int end = close < 0 ? n : close + 1;
        tokens.add(new Token(sql.substring(i + 1, Math.max(i + 1, end - 1)), i, end, true));
        i = end;
      } else if (c == '(' || c == ')' || c == ',') {
        tokens.add(new Token(String.valueOf(c), i, i + 1, false));
        i++;
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(sql.charAt(i)) && "()\",'`[".indexOf(sql.charAt(i)) < 0
            && !(sql.charAt(i) == '-' && i + 1 < n && sql.charAt(i + 1) == '-')) {
          i++;
        }
        tokens.add(new Token(sql.substring(start, i), start, i, false));
      }
    }
  }

  private void read() {
    int open = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is("(")) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return;
    }
    int depth = 0;
    int itemStart = open + 1;
    for (int i = open; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("(")) {
        depth++;
      } else if (t.is(")")) {
        depth--;
        if (depth == 0) {
          item(itemStart, i);
          return;
        }
      } else if (t.is(",") && depth == 1) {
        item(itemStart, i);
        itemStart = i + 1;
      }
    }
  }

  /** One column definition or table constraint: tokens [from, to). */
  private void item(int from, int to) {
    if (from >= to) {
      return;
    }
    String name = null;
    int i = from;
    Token first = tokens.get(i);
    boolean tableConstraint = first.is("CONSTRAINT") || first.is("PRIMARY") || first.is("UNIQUE")
        || first.is("CHECK") || first.is("FOREIGN");
    if (!tableConstraint) {
      column(from, to);
      return;
    }
    if (first.is("CONSTRAINT") && i + 1 < to) {
      name = tokens.get(i + 1).text();
      i += 2;
    }
    if (i >= to) {
      return;
    }
    Token kind = tokens.get(i);
    if (kind.is("PRIMARY")) {
      primaryKeyName = name;
    } else if (kind.is("UNIQUE")) {
      int[] list = parenthesised(i + 1, to);
      if (list != null) {
        uniques.add(new UniqueDecl(name, names(list[0], list[1])));
      }
    } else if (kind.is("CHECK")) {
      check(name, i + 1, to);
    } else if (kind.is("FOREIGN")) {
      foreignKey(name, i + 1, to);
    }
  }

  private void column(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      Token t = tokens.get(i);
      if (t.is("AUTOINCREMENT")) {
        autoincrement = true;
      } else if (t.is("CONSTRAINT") && i + 2 < to && tokens.get(i + 2).is("PRIMARY")) {
        primaryKeyName = tokens.get(i + 1).text();
      } else if (t.is("CONSTRAINT") && i + 2 < to && tokens.get(i + 2).is("CHECK")) {
        check(tokens.get(i + 1).text(), i + 3, to);
      }
    }
  }

  private void check(String name, int from, int to) {
    int[] expr = parenthesised(from, to);
    if (expr == null) {
      return;
    }
    int start = tokens.get(expr[0] - 1).end();
    int end = tokens.get(expr[1]).start();
    String text = sql.substring(start, end).trim();
    if (!text.isEmpty()) {
      checks.add(CheckConstraint.of(name != null ? name : "check_" + (++unnamedChecks), text));
    }
  }

  private void foreignKey(String name, int from, int to) {
    int i = from;
    if (i < to && tokens.get(i).is("KEY")) {
      i++;
    }
    int[] cols = parenthesised(i, to);
    if (cols == null) {
      return;
    }
    i = cols[1] + 1;
    if (i >= to || !tokens.get(i).is("REFERENCES") || i + 1 >= to) {
      return;
    }
    String table = tokens.get(i + 1).text();
    int[] refs = parenthesised(i + 2, to);
    List<String> refCols = refs == null ? List.of() : names(refs[0], refs[1]);
    foreignKeys.add(new ForeignKeyDecl(name, names(cols[0], cols[1]), table, refCols));
  }

  /** The token range inside the parentheses that open at {@code from}: [first inside, closing paren). */
  private int[] parenthesised(int from, int to) {
    if (from >= to || !tokens.get(from).is("(")) {
      return null;
    }
    int depth = 0;
    for (int i = from; i < to; i++) {
      if (tokens.get(i).is("(")) {
        depth++;
      } else if (tokens.get(i).is(")")) {
        depth--;
        if (depth == 0) {
          return new int[] {from + 1, i};
        }
      }
    }
    return null;
  }

  /** Column names in a comma-separated list, ignoring COLLATE and ASC/DESC. */
  private List<String> names(int from, int to) {
    List<String> out = new ArrayList<>();
    boolean expectName = true;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.is(",")) {
        expectName = true;
      } else if (expectName) {
        out.add(t.text());
        expectName = false;
      }
    }
    return out;
  }

  /** Case-insensitive comparison of SQLite names, as SQLite resolves them (ASCII only). */
  static boolean sameName(String a, String b) {
    return asciiLower(a).equals(asciiLower(b));
  }

  private static String asciiLower(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return out.toString();
  }
}
