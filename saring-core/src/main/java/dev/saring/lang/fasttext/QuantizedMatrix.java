package dev.saring.lang.fasttext;

import java.io.IOException;

/** A product-quantized matrix ({@code .ftz}), with an optional quantized norm per row. */
final class QuantizedMatrix implements Matrix {
  private final long m;
  private final int n;
  private final byte[] codes;
  private final ProductQuantizer pq;
  private final byte[] normCodes;
  private final ProductQuantizer npq;

  private QuantizedMatrix(long m, int n, byte[] codes, ProductQuantizer pq, byte[] normCodes, ProductQuantizer npq) {
    this.m = m;
    this.n = n;
    this.codes = codes;
    this.pq = pq;
    this.normCodes = normCodes;
    this.npq = npq;
  }

  static QuantizedMatrix read(ModelInput in) throws IOException {
    boolean qnorm = in.readBool();
    long m = in.readLong();
    long n = in.readLong();
    int codesize = in.readInt();
    in.checkSize("matrix columns", n, 100_000, 0);
    in.checkSize("matrix rows", m, Integer.MAX_VALUE - 8, 0);
    in.checkSize("code size", codesize, Integer.MAX_VALUE - 8, 1);
    byte[] codes = new byte[codesize];
    in.readFully(codes);
    ProductQuantizer pq = ProductQuantizer.read(in);
    if (pq.dim() != n || (long) pq.nsubq() * m != codesize) {
      throw in.corrupt("quantized matrix " + m + "x" + n + " does not match its quantizer (dim " + pq.dim()
          + ", " + pq.nsubq() + " codes per row, " + codesize + " codes)");
    }
    byte[] normCodes = null;
    ProductQuantizer npq = null;
    if (qnorm) {
      in.checkSize("norm codes", m, Integer.MAX_VALUE - 8, 1);
      normCodes = new byte[(int) m];
      in.readFully(normCodes);
      npq = ProductQuantizer.read(in);
    }
    return new QuantizedMatrix(m, (int) n, codes, pq, normCodes, npq);
  }

  @Override
  public long rows() {
    return m;
  }

  @Override
  public int cols() {
    return n;
  }

  private float norm(int row) {
    return normCodes == null ? 1f : npq.scalar(normCodes[row] & 0xFF);
  }

  @Override
  public void addRowTo(float[] x, int row) {
    pq.addCode(x, codes, row, norm(row));
  }

  @Override
  public float dotRow(float[] x, int row) {
    return pq.mulCode(x, codes, row, norm(row));
  }
}
