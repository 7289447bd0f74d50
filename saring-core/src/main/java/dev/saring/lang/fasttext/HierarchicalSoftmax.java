package dev.saring.lang.fasttext;

/**
 * fastText's hierarchical softmax: a Huffman tree over the label counts, walked depth first from the root
 * with the same pruning as the C++ code (below the threshold, or below the k-th best so far).
 */
final class HierarchicalSoftmax extends OutputLayer {
  private final int osz;
  private final int[] left;
  private final int[] right;
  /** Explicit stacks: a hostile model's tree may be as deep as it has labels. */
  private final ThreadLocal<Stack> stacks;

  HierarchicalSoftmax(Matrix wo, long[] counts) {
    super(wo);
    osz = counts.length;
    int nodes = Math.max(1, 2 * osz - 1);
    left = new int[nodes];
    right = new int[nodes];
    long[] count = new long[nodes];
    java.util.Arrays.fill(left, -1);
    java.util.Arrays.fill(right, -1);
    java.util.Arrays.fill(count, (long) 1e15);
    System.arraycopy(counts, 0, count, 0, osz);
    // Labels arrive sorted by decreasing count: the two-queue Huffman construction of the C++ code.
    int leaf = osz - 1;
    int node = osz;
    for (int i = osz; i < 2 * osz - 1; i++) {
      int[] mini = new int[2];
      for (int j = 0; j < 2; j++) {
        if (leaf >= 0 && count[leaf] < count[node]) {
          mini[j] = leaf--;
        } else {
          mini[j] = node++;
        }
      }
      left[i] = mini[0];
      right[i] = mini[1];
      count[i] = count[mini[0]] + count[mini[1]];
    }
    stacks = ThreadLocal.withInitial(() -> new Stack(nodes));
  }

  private static final class Stack {
    final int[] nodes;
    final float[] scores;

    Stack(int n) {
      nodes = new int[n + 1];
      scores = new float[n + 1];
    }
  }

  @Override
  void predict(float[] hidden, float threshold, TopK heap, float[] output) {
    if (osz == 0) {
      return;
    }
    double minScore = Math.log((double) threshold + 1e-5);
    Stack st = stacks.get();
    int top = 0;
    st.nodes[top] = 2 * osz - 2;
    st.scores[top++] = 0f;
    while (top > 0) {
      top--;
      int node = st.nodes[top];
      float score = st.scores[top];
      if (score < minScore || heap.full() && score < heap.weakest()) {
        continue;
      }
      if (left[node] == -1 && right[node] == -1) {
        heap.add(score, node);
        continue;
      }
      float f = wo.dotRow(hidden, node - osz);
      f = (float) (1.0 / (1 + (float) Math.exp(-f)));
      // Right pushed first so that the left subtree is explored first, as the recursive C++ walk does.
      st.nodes[top] = right[node];
      st.scores[top++] = (float) (score + Math.log(f + 1e-5));
      st.nodes[top] = left[node];
      st.scores[top++] = (float) (score + Math.log(1.0 - f + 1e-5));
    }
    heap.sortDescending();
  }
}
