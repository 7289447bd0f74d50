package dev.saring.lang.fasttext;

import java.io.IOException;

/**
 * fastText's product quantizer: a vector is {@code nsubq} sub-vectors of {@code dsub} values (the last one
 * {@code lastdsub}), each replaced by the nearest of 256 centroids; a row is then one byte per sub-vector.
 */
final class ProductQuantizer {
  static final int KSUB = 256;

  private final int dim;
  private final int nsubq;
  private final int dsub;
  private final int lastdsub;
  private final float[] centroids;

  private ProductQuantizer(int dim, int nsubq, int dsub, int lastdsub, float[] centroids) {
    this.dim = dim;
    this.nsubq = nsubq;
    this.dsub = dsub;
    this.lastdsub = lastdsub;
    this.centroids = centroids;
  }

  static ProductQuantizer read(ModelInput in) throws IOException {
    int dim = in.readInt();
    int nsubq = in.readInt();
    int dsub = in.readInt();
    int lastdsub = in.readInt();
    in.checkSize("quantizer dim", dim, 100_000, (long) KSUB * 4);
    if (nsubq <= 0 || dsub <= 0 || lastdsub <= 0 || lastdsub > dsub
        || (long) (nsubq - 1) * dsub + lastdsub != dim) {
      throw in.corrupt("quantizer shape does not add up: dim " + dim + ", nsubq " + nsubq + ", dsub " + dsub
          + ", lastdsub " + lastdsub);
    }
    float[] centroids = new float[dim * KSUB];
    in.readFloats(centroids);
    return new ProductQuantizer(dim, nsubq, dsub, lastdsub, centroids);
  }

  int nsubq() {
    return nsubq;
  }

  int dim() {
    return dim;
  }

  private int centroid(int m, int code) {
    return m == nsubq - 1 ? m * KSUB * dsub + code * lastdsub : (m * KSUB + code) * dsub;
  }

  /** The first value of centroid {@code code} of the first sub-quantizer: a quantized norm. */
  float scalar(int code) {
    return centroids[centroid(0, code)];
  }

  void addCode(float[] x, byte[] codes, int t, float alpha) {
    int base = nsubq * t;
    int d = dsub;
    for (int m = 0; m < nsubq; m++) {
      int c = centroid(m, codes[base + m] & 0xFF);
      if (m == nsubq - 1) {
        d = lastdsub;
      }
      int xo = m * dsub;
      for (int n = 0; n < d; n++) {
        x[xo + n] += alpha * centroids[c + n];
      }
    }
  }

  float mulCode(float[] x, byte[] codes, int t, float alpha) {
    float res = 0;
    int base = nsubq * t;
    int d = dsub;
    for (int m = 0; m < nsubq; m++) {
      int c = centroid(m, codes[base + m] & 0xFF);
      if (m == nsubq - 1) {
        d = lastdsub;
      }
      int xo = m * dsub;
      for (int n = 0; n < d; n++) {
        res += x[xo + n] * centroids[c + n];
      }
    }
    return res * alpha;
  }
}
