package dev.saring.filter;

/**
 * Repeated elements of a list, counted from their second occurrence, as Gopher's {@code find_duplicates}:
 * how many elements repeat one seen before, and their characters (code points). {@link DuplicateFinder}
 * counts them.
 */
record Duplicates(int elements, long chars) {
  static final Duplicates NONE = new Duplicates(0, 0);
}
