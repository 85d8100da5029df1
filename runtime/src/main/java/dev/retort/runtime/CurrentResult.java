package dev.retort.runtime;

import java.util.List;

/**
 * What {@link Retort#current} found.
 *
 * @param heads the revisions the database is at (empty: base, or a database Retort never touched)
 * @param unknown those of {@code heads} this application does not contain (a newer release ran)
 * @param pending how many revisions {@code upgrade heads} would apply
 */
public record CurrentResult(List<RevisionInfo> heads, List<String> unknown, int pending) {
  public CurrentResult {
    heads = List.copyOf(heads);
    unknown = List.copyOf(unknown);
  }

  /** Whether the database is at every head and knows no revision the application lacks. */
  public boolean upToDate() {
    return pending == 0 && unknown.isEmpty();
  }
}
