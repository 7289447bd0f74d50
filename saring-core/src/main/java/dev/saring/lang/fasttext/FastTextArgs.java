package dev.saring.lang.fasttext;

import java.io.IOException;

/**
 * The training arguments a fastText model file carries; prediction needs the subword and hashing ones.
 *
 * @param loss 1 hierarchical softmax, 2 negative sampling, 3 softmax, 4 one-vs-all
 * @param model 1 cbow, 2 skipgram, 3 supervised
 */
public record FastTextArgs(int dim, int ws, int epoch, int minCount, int neg, int wordNgrams, int loss, int model,
    int bucket, int minn, int maxn, int lrUpdateRate, double t) {
  public static final int LOSS_HS = 1;
  public static final int LOSS_NS = 2;
  public static final int LOSS_SOFTMAX = 3;
  public static final int LOSS_OVA = 4;
  public static final int MODEL_SUPERVISED = 3;

  static FastTextArgs read(ModelInput in) throws IOException {
    FastTextArgs a = new FastTextArgs(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
        in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
        in.readDouble());
    if (a.dim <= 0 || a.dim > 100_000) {
      throw in.corrupt("dim = " + a.dim);
    }
    if (a.loss < LOSS_HS || a.loss > LOSS_OVA) {
      throw in.corrupt("unknown loss " + a.loss);
    }
    if (a.model < 1 || a.model > MODEL_SUPERVISED) {
      throw in.corrupt("unknown model type " + a.model);
    }
    if (a.bucket < 0 || a.minn < 0 || a.maxn < 0 || a.maxn > 1000 || a.wordNgrams < 0 || a.wordNgrams > 1000) {
      throw in.corrupt("bad subword arguments: bucket " + a.bucket + ", minn " + a.minn + ", maxn " + a.maxn
          + ", wordNgrams " + a.wordNgrams);
    }
    return a;
  }

  /** Version 11 supervised models predate subwords. */
  FastTextArgs withoutSubwords() {
    return new FastTextArgs(dim, ws, epoch, minCount, neg, wordNgrams, loss, model, bucket, minn, 0, lrUpdateRate, t);
  }

  public String lossName() {
    return switch (loss) {
      case LOSS_HS -> "hs";
      case LOSS_NS -> "ns";
      case LOSS_SOFTMAX -> "softmax";
      default -> "ova";
    };
  }
}
