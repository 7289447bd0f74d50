package dev.saring.lang.fasttext;

/**
 * The k best (log-probability, label) pairs, kept exactly as fastText keeps them: a heap ordered by its
 * "greater" comparison through the algorithms of libstdc++'s {@code push_heap}, {@code pop_heap} and
 * {@code sort_heap}. Labels with equal scores are common (one-vs-all models score through a 512-entry
 * sigmoid table), and only the same heap moves put them in the same order as the CLI.
 */
final class TopK {
  final float[] scores;
  final int[] labels;
  int size;
  private int k;

  TopK(int capacity) {
    scores = new float[capacity + 1];
    labels = new int[capacity + 1];
  }

  void reset(int k) {
    this.k = k;
    size = 0;
  }

  boolean full() {
    return size == k;
  }

  float weakest() {
    return scores[0];
  }

  /** {@code push_back}, {@code push_heap}, and when over k, {@code pop_heap} and {@code pop_back}. */
  void add(float score, int label) {
    scores[size] = score;
    labels[size] = label;
    size++;
    pushHeap(size - 1, 0, score, label);
    if (size > k) {
      popHeap(size);
      size--;
    }
  }

  /** The comparison fastText hands the heap: {@code l.first > r.first}. */
  private boolean comp(int a, float bScore) {
    return scores[a] > bScore;
  }

  private void pushHeap(int hole, int top, float score, int label) {
    int parent = (hole - 1) / 2;
    while (hole > top && comp(parent, score)) {
      scores[hole] = scores[parent];
      labels[hole] = labels[parent];
      hole = parent;
      parent = (hole - 1) / 2;
    }
    scores[hole] = score;
    labels[hole] = label;
  }

  /** Moves the front of heap {@code [0, last)} to {@code last - 1} and restores the heap before it. */
  private void popHeap(int last) {
    int result = last - 1;
    float score = scores[result];
    int label = labels[result];
    scores[result] = scores[0];
    labels[result] = labels[0];
    adjustHeap(0, result, score, label);
  }

  private void adjustHeap(int hole, int len, float score, int label) {
    int top = hole;
    int child = hole;
    while (child < (len - 1) / 2) {
      child = 2 * (child + 1);
      if (scores[child] > scores[child - 1]) {
        child--;
      }
      scores[hole] = scores[child];
      labels[hole] = labels[child];
      hole = child;
    }
    if ((len & 1) == 0 && child == (len - 2) / 2) {
      child = 2 * (child + 1);
      scores[hole] = scores[child - 1];
      labels[hole] = labels[child - 1];
      hole = child - 1;
    }
    pushHeap(hole, top, score, label);
  }

  /** {@code sort_heap}: best first. */
  void sortDescending() {
    for (int last = size; last > 1; last--) {
      popHeap(last);
    }
  }
}
