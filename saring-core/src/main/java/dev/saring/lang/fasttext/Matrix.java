package dev.saring.lang.fasttext;

/** A fastText weight matrix, dense or product-quantized; rows are words, n-gram buckets or labels. */
interface Matrix {
  long rows();

  int cols();

  /** {@code x += row}. */
  void addRowTo(float[] x, int row);

  /** The dot product of {@code x} and the row, summed in the order fastText sums it. */
  float dotRow(float[] x, int row);
}
