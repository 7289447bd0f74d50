package dev.saring.lang.fasttext;

/**
 * The label scores of fastText's losses at prediction time, with fastText's arithmetic: float sums,
 * {@code log(p + 1e-5)} as the score, and the 512-entry sigmoid table where the C++ code uses it.
 */
abstract class OutputLayer {
  protected final Matrix wo;

  OutputLayer(Matrix wo) {
    this.wo = wo;
  }

  /** Fills {@code heap} with the k best labels whose probability reaches {@code threshold}. */
  abstract void predict(float[] hidden, float threshold, TopK heap, float[] output);

  static float stdLog(float x) {
    return (float) Math.log((double) x + 1e-5);
  }

  static void findKBest(float threshold, TopK heap, float[] output, int n) {
    for (int i = 0; i < n; i++) {
      if (output[i] < threshold) {
        continue;
      }
      float s = stdLog(output[i]);
      if (heap.full() && s < heap.weakest()) {
        continue;
      }
      heap.add(s, i);
    }
    heap.sortDescending();
  }

  static OutputLayer create(FastTextArgs args, Matrix wo, long[] labelCounts) {
    return switch (args.loss()) {
      case FastTextArgs.LOSS_HS -> new HierarchicalSoftmax(wo, labelCounts);
      case FastTextArgs.LOSS_SOFTMAX -> new Softmax(wo);
      default -> new BinaryLogistic(wo);
    };
  }

  /** Plain softmax over every label. */
  static final class Softmax extends OutputLayer {
    Softmax(Matrix wo) {
      super(wo);
    }

    @Override
    void predict(float[] hidden, float threshold, TopK heap, float[] output) {
      int n = (int) wo.rows();
      for (int i = 0; i < n; i++) {
        output[i] = wo.dotRow(hidden, i);
      }
      float max = output[0];
      for (int i = 0; i < n; i++) {
        max = Math.max(output[i], max);
      }
      float z = 0;
      for (int i = 0; i < n; i++) {
        output[i] = (float) Math.exp(output[i] - max);
        z += output[i];
      }
      for (int i = 0; i < n; i++) {
        output[i] /= z;
      }
      findKBest(threshold, heap, output, n);
    }
  }

  /** One sigmoid per label (one-vs-all and negative-sampling models), through fastText's sigmoid table. */
  static final class BinaryLogistic extends OutputLayer {
    private static final int TABLE_SIZE = 512;
    private static final int MAX_SIGMOID = 8;
    private static final float[] SIGMOID = new float[TABLE_SIZE + 1];

    static {
      for (int i = 0; i <= TABLE_SIZE; i++) {
        float x = (float) (i * 2 * MAX_SIGMOID) / TABLE_SIZE - MAX_SIGMOID;
        SIGMOID[i] = (float) (1.0 / (1.0 + Math.exp(-x)));
      }
    }

    BinaryLogistic(Matrix wo) {
      super(wo);
    }

    static float sigmoid(float x) {
      if (x < -MAX_SIGMOID) {
        return 0f;
      }
      if (x > MAX_SIGMOID) {
        return 1f;
      }
      return SIGMOID[(int) ((x + MAX_SIGMOID) * TABLE_SIZE / MAX_SIGMOID / 2)];
    }

    @Override
    void predict(float[] hidden, float threshold, TopK heap, float[] output) {
      int n = (int) wo.rows();
      for (int i = 0; i < n; i++) {
        output[i] = sigmoid(wo.dotRow(hidden, i));
      }
      findKBest(threshold, heap, output, n);
    }
  }
}
