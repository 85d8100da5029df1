package dev.retort.runtime.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits raw SQL into single statements for SQLite, whose JDBC driver silently runs only the first statement of
 * a string. Semicolons inside quotes, comments and trigger bodies ({@code BEGIN ... END}, with {@code CASE ...
 * END} inside) do not split; empty statements are dropped.
 */
final class SqliteScript {
  private SqliteScript() {}

  static List<String> split(String sql) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int depth = 0;
    boolean trigger = false;
    List<String> firstWords = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(sql, i, c);
      } else if (c == '[') {
        int close = sql.indexOf(']', i);
        i = close < 0 ? n : close + 1;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (Character.isLetter(c) || c == '_') {
        int wordStart = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
          i++;
        }
        String word = sql.substring(wordStart, i).toUpperCase(Locale.ROOT);
        if (firstWords.size() < 3) {
          firstWords.add(word);
          trigger = firstWords.get(0).equals("CREATE") && firstWords.contains("TRIGGER");
        }
        if (trigger && (word.equals("BEGIN") || word.equals("CASE"))) {
          depth++;
        } else if (trigger && word.equals("END") && depth > 0) {
          depth--;
        }
      } else if (c == ';' && depth == 0) {
        add(out, sql.substring(start, i));
        start = i + 1;
        firstWords.clear();
        trigger = false;
        i++;
      } else {
        i++;
      }
    }
    add(out, sql.substring(start));
    return out;
  }

  private static int skipQuoted(String sql, int i, char quote) {
    int j = i + 1;
    while (j < sql.length()) {
      if (sql.charAt(j) == quote) {
        if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j++;
    }
    return j;
  }

  private static void add(List<String> out, String statement) {
    String s = statement.trim();
    if (!s.isEmpty() && !onlyComments(s)) {
      out.add(s);
    }
  }

  private static boolean onlyComments(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("--", i)) {
        int eol = s.indexOf('\n', i);
        i = eol < 0 ? s.length() : eol + 1;
      } else if (s.startsWith("/*", i)) {
        int close = s.indexOf("*/", i + 2);
        i = close < 0 ? s.length() : close + 2;
      } else {
        return false;
      }
    }
    return true;
  }
}
