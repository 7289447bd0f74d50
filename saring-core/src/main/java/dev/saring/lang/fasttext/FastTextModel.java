package dev.saring.lang.fasttext;

import dev.saring.lang.ModelFormatException;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A fastText supervised model ({@code .bin}, or quantized {@code .ftz}) read in pure Java, predicting what
 * {@code fasttext predict-prob} predicts: the same input rows, the same float arithmetic, the same losses
 * (hierarchical softmax, softmax, one-vs-all and negative sampling).
 *
 * <p>Written by hand because no maintained Java library reads current fastText files: the Java ports on
 * Maven Central predate quantized models or wrap the C++ library through JNI.
 *
 * <p>The model is immutable and shared; each thread predicts through its own {@link Predictor}.
 */
public final class FastTextModel {
  static final int MAGIC = 793712314;
  static final int VERSION = 12;

  private final FastTextArgs args;
  private final FastTextDictionary dict;
  private final Matrix input;
  private final Matrix output;
  private final OutputLayer layer;
  private final List<String> labels;
  private final boolean quantized;

  private FastTextModel(FastTextArgs args, FastTextDictionary dict, Matrix input, Matrix output, boolean quantized) {
    this.args = args;
    this.dict = dict;
    this.input = input;
    this.output = output;
    this.quantized = quantized;
    long[] counts = new long[dict.nlabels()];
    List<String> names = new ArrayList<>(dict.nlabels());
    for (int i = 0; i < dict.nlabels(); i++) {
      counts[i] = dict.labelCount(i);
      names.add(dict.label(i));
    }
    this.labels = Collections.unmodifiableList(names);
    this.layer = OutputLayer.create(args, output, counts);
  }

  public static FastTextModel load(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return read(in, file.toString(), Files.size(file));
    }
  }

  /** Reads a model from a stream; {@code length} (-1 if unknown) lets sizes be checked before allocating. */
  public static FastTextModel read(InputStream stream, String name, long length) throws IOException {
    ModelInput in = new ModelInput(stream, name, length);
    int magic = in.readInt();
    if (magic != MAGIC) {
      throw new ModelFormatException(name + ": not a fastText model (magic " + Integer.toHexString(magic) + ")");
    }
    int version = in.readInt();
    if (version < 11 || version > VERSION) {
      throw new ModelFormatException(name + ": unsupported fastText file version " + version);
    }
    FastTextArgs args = FastTextArgs.read(in);
    if (version == 11 && args.model() == FastTextArgs.MODEL_SUPERVISED) {
      args = args.withoutSubwords();
    }
    if (args.model() != FastTextArgs.MODEL_SUPERVISED) {
      throw new ModelFormatException(name + ": a word-vector model (cbow/skipgram), not a classifier");
    }
    FastTextDictionary dict = FastTextDictionary.read(in, args);
    boolean quantInput = in.readBool();
    Matrix input = quantInput ? QuantizedMatrix.read(in) : DenseMatrix.read(in);
    if (!quantInput && dict.isPruned()) {
      throw new ModelFormatException(name + ": pruned dictionary with an unquantized matrix");
    }
    boolean qout = in.readBool();
    Matrix output = quantInput && qout ? QuantizedMatrix.read(in) : DenseMatrix.read(in);
    if (input.cols() != args.dim() || output.cols() != args.dim()) {
      throw new ModelFormatException(name + ": matrix width " + input.cols() + "/" + output.cols()
          + " differs from dim " + args.dim());
    }
    long expectedOut = args.loss() == FastTextArgs.LOSS_HS ? Math.max(0, dict.nlabels() - 1L) : dict.nlabels();
    if (output.rows() < expectedOut) {
      throw new ModelFormatException(name + ": output matrix has " + output.rows() + " rows for "
          + dict.nlabels() + " labels");
    }
    if (input.rows() < dict.nwords()) {
      throw new ModelFormatException(name + ": input matrix has fewer rows than words");
    }
    if (!in.atEnd()) {
      throw new ModelFormatException(name + ": unexpected bytes after the model at byte " + in.position());
    }
    return new FastTextModel(args, dict, input, output, quantInput);
  }

  public FastTextArgs args() {
    return args;
  }

  /** Labels as the model names them ({@code __label__id}), by label index. */
  public List<String> labels() {
    return labels;
  }

  public boolean quantized() {
    return quantized;
  }

  /** A predictor with its own scratch buffers; use one per thread. */
  public Predictor predictor() {
    return new Predictor();
  }

  /** Predictions for one text at a time; not thread-safe, cheap to create. */
  public final class Predictor {
    private final IntArrayList rows = new IntArrayList();
    private final IntArrayList hashes = new IntArrayList();
    private final float[] hidden = new float[args.dim()];
    private final float[] outputScratch = new float[(int) Math.max(1, output.rows())];
    private final TopK heap = new TopK(Math.max(1, labels.size()));
    private byte[] utf8 = new byte[1024];
    private final byte[] wordBuffer = new byte[256];

    private Predictor() {}

    /**
     * The k most probable labels of {@code text} (read as one line: newlines count as spaces), with a
     * probability of at least {@code threshold}, best first, into {@code labelIds} and {@code probs}.
     * Returns how many there are. {@code k <= 0} means all labels.
     */
    public int predict(CharSequence text, int k, float threshold, int[] labelIds, float[] probs) {
      int kk = k <= 0 ? labels.size() : Math.min(k, labels.size());
      int len = encode(text);
      dict.lineToRows(utf8, len, rows, hashes, wordBuffer);
      heap.reset(kk);
      if (rows.isEmpty() || kk == 0) {
        return 0;
      }
      java.util.Arrays.fill(hidden, 0f);
      for (int i = 0, n = rows.size(); i < n; i++) {
        input.addRowTo(hidden, rows.getInt(i));
      }
      float scale = (float) (1.0 / rows.size());
      for (int i = 0; i < hidden.length; i++) {
        hidden[i] *= scale;
      }
      layer.predict(hidden, threshold, heap, outputScratch);
      int n = Math.min(heap.size, Math.min(labelIds.length, probs.length));
      for (int i = 0; i < n; i++) {
        labelIds[i] = heap.labels[i];
        probs[i] = (float) Math.exp(heap.scores[i]);
      }
      return n;
    }

    /** The k best as (label, probability) pairs. */
    public List<Prediction> predict(CharSequence text, int k) {
      int kk = k <= 0 ? labels.size() : k;
      int[] ids = new int[kk];
      float[] p = new float[kk];
      int n = predict(text, kk, 0f, ids, p);
      List<Prediction> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(new Prediction(labels.get(ids[i]), p[i]));
      }
      return out;
    }

    /** UTF-8 into the reusable buffer; lone surrogates become '?', as {@code String.getBytes} does. */
    private int encode(CharSequence s) {
      int n = s.length();
      if (utf8.length < n * 3) {
        utf8 = new byte[n * 3 + 16];
      }
      byte[] b = utf8;
      int j = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          b[j++] = (byte) c;
        } else if (c < 0x800) {
          b[j++] = (byte) (0xC0 | c >> 6);
          b[j++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          b[j++] = (byte) (0xF0 | cp >> 18);
          b[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
          b[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
          b[j++] = (byte) (0x80 | cp & 0x3F);
        } else if (Character.isSurrogate(c)) {
          b[j++] = '?';
        } else {
          b[j++] = (byte) (0xE0 | c >> 12);
          b[j++] = (byte) (0x80 | c >> 6 & 0x3F);
          b[j++] = (byte) (0x80 | c & 0x3F);
        }
      }
      return j;
    }
  }

  /** A label as the model names it and its probability. */
  public record Prediction(String label, float probability) {}
}
