package dev.saring.lang.fasttext;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes small fastText model files byte by byte, for tests that must not depend on the CLI. */
final class ModelBytes {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private ModelBytes put(int size, java.util.function.Consumer<ByteBuffer> w) {
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    w.accept(b);
    out.write(b.array(), 0, size);
    return this;
  }

  ModelBytes i32(int v) {
    return put(4, b -> b.putInt(v));
  }

  ModelBytes i64(long v) {
    return put(8, b -> b.putLong(v));
  }

  ModelBytes f32(float v) {
    return put(4, b -> b.putFloat(v));
  }

  ModelBytes u8(int v) {
    out.write(v);
    return this;
  }

  ModelBytes header(int dim, int wordNgrams, int loss, int bucket, int minn, int maxn) {
    i32(FastTextModel.MAGIC).i32(FastTextModel.VERSION);
    i32(dim).i32(5).i32(5).i32(1).i32(5).i32(wordNgrams).i32(loss).i32(FastTextArgs.MODEL_SUPERVISED);
    i32(bucket).i32(minn).i32(maxn).i32(100);
    return put(8, b -> b.putDouble(1e-4));
  }

  ModelBytes dictionary(String[] words, String[] labels) {
    i32(words.length + labels.length).i32(words.length).i32(labels.length).i64(100).i64(-1);
    for (String w : words) {
      out.writeBytes(w.getBytes(StandardCharsets.UTF_8));
      u8(0).i64(10).u8(0);
    }
    for (String l : labels) {
      out.writeBytes(l.getBytes(StandardCharsets.UTF_8));
      u8(0).i64(5).u8(1);
    }
    return u8(0); // quant_input = false
  }

  ModelBytes denseHeader(long m, long n) {
    return i64(m).i64(n);
  }

  /** A dense matrix; the output matrix is preceded by the qout flag, written here for the second call. */
  private boolean first = true;

  ModelBytes dense(int m, int n, float... values) {
    if (!first) {
      u8(0);
    }
    first = false;
    denseHeader(m, n);
    for (float v : values) {
      f32(v);
    }
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }
}
