package dev.saring.lang.fasttext;

import java.io.IOException;

/** A plain row-major float matrix, as {@code .bin} models store both layers. */
final class DenseMatrix implements Matrix {
  private final int m;
  private final int n;
  private final float[] data;

  private DenseMatrix(int m, int n, float[] data) {
    this.m = m;
    this.n = n;
    this.data = data;
  }

  static DenseMatrix read(ModelInput in) throws IOException {
    long m = in.readLong();
    long n = in.readLong();
    in.checkSize("matrix columns", n, 100_000, 0);
    in.checkSize("matrix rows", m, n == 0 ? Integer.MAX_VALUE : (Integer.MAX_VALUE - 8) / Math.max(1, n), 4 * n);
    float[] data = new float[(int) (m * n)];
    in.readFloats(data);
    return new DenseMatrix((int) m, (int) n, data);
  }

  @Override
  public long rows() {
    return m;
  }

  @Override
  public int cols() {
    return n;
  }

  @Override
  public void addRowTo(float[] x, int row) {
    int off = row * n;
    for (int j = 0; j < n; j++) {
      x[j] += data[off + j];
    }
  }

  @Override
  public float dotRow(float[] x, int row) {
    int off = row * n;
    float d = 0;
    for (int j = 0; j < n; j++) {
      d += data[off + j] * x[j];
    }
    return d;
  }
}
