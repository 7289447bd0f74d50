package dev.saring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The spaced-script word segmenter and the token analysis built on it. The segmenter reads a char array
 * with a one-scan path for plain words; {@link SlowSegmenter} is the same rules written plainly over the
 * String, one char at a time, and every text here must give both the same tokens.
 */
class SpacedWordSegmenterTest {
  @Test
  void segment_splitsEdgePunctuationAndKeepsInnerDots() {
    assertThat(tokens("“Saya (tidak) tahu,” katanya...", "ind_Latn"))
        .containsExactly("“", "Saya", "(", "tidak", ")", "tahu", ",", "”", "katanya", "...");
    assertThat(tokens("U.S. e-mail dunia.com 1,000 orang; a,b", "ind_Latn"))
        .containsExactly("U.S", ".", "e-mail", "dunia.com", "1,000", "orang", ";", "a", ",", "b");
  }

  @Test
  void segment_splitsEnglishClitics_onlyForEnglish() {
    assertThat(tokens("Don't stop, we're HERE'S", "eng_Latn"))
        .containsExactly("Do", "n't", "stop", ",", "we", "'re", "HERE", "'S");
    assertThat(tokens("Don't", "ind_Latn")).containsExactly("Don't");
  }

  @Test
  void segment_treatsTypographicSpacesAsSpaces_andEmojiAsSymbols() {
    assertThat(tokens("satu\u00A0dua\u3000tiga\u2009empat", "ind_Latn")).containsExactly("satu", "dua", "tiga", "empat");
    assertThat(tokens("hai😀😀 😀kamu 𝐀𝐁", "ind_Latn")).containsExactly("hai", "😀😀", "😀", "kamu", "𝐀𝐁");
  }

  @Test
  void analysis_flagsSymbolsAndLetters_countsCodePoints_hashesLikeHashOf() {
    TextAnalysis a = TextAnalysis.of("Rp 1.000 — 𝐀𝐁 !!! 😀", "ind_Latn");
    List<String> tokens = new ArrayList<>();
    for (int t = 0; t < a.tokenCount(); t++) {
      tokens.add(a.token(t));
      assertThat(a.hash(t)).isEqualTo(TextAnalysis.hashOf(a.token(t)));
    }
    assertThat(tokens).containsExactly("Rp", "1.000", "—", "𝐀𝐁", "!!!", "😀");
    assertThat(a.wordCount()).isEqualTo(3);
    assertThat(a.hasLetter(0)).isTrue();
    assertThat(a.hasLetter(1)).isFalse();
    assertThat(a.isSymbol(2)).isTrue();
    assertThat(a.length(3)).isEqualTo(2);
    assertThat(a.isSymbol(5)).isTrue();
    assertThat(a.codePoints()).isEqualTo(19);
    int[] lengths = new int[a.tokenCount()];
    for (int t = 0; t < lengths.length; t++) {
      lengths[t] = a.length(t);
    }
    assertThat(lengths).containsExactly(2, 5, 1, 2, 3, 1);
  }

  @Test
  void analysis_lengthsInCodePoints_whenTheFirstAstralTokenComesAfterTheArraysGrew() {
    TextAnalysis a = TextAnalysis.of("kata ".repeat(3_000) + "𝐀𝐁 akhir", "ind_Latn");
    assertThat(a.tokenCount()).isEqualTo(3_002);
    assertThat(a.length(0)).isEqualTo(4);
    assertThat(a.length(2_999)).isEqualTo(4);
    assertThat(a.length(3_000)).isEqualTo(2);
    assertThat(a.length(3_001)).isEqualTo(5);
  }

  @Test
  void analysis_equalTokensShareAHash_differentOnesDoNot() {
    TextAnalysis a = TextAnalysis.of("abcd abcd abcde abc dcba abcdabcd abcd", "ind_Latn");
    assertThat(a.hash(0)).isEqualTo(a.hash(1)).isEqualTo(a.hash(6));
    assertThat(a.frequencies()).containsExactly(3, 3, 1, 1, 1, 1, 3);
    assertThat(List.of(a.hash(2), a.hash(3), a.hash(4), a.hash(5))).doesNotContain(a.hash(0)).doesNotHaveDuplicates();
  }

  @Test
  void hash_aDifferenceInOneBlocksFirstCharIsNotCancelledByTheNext() {
    // A block's first char sits in its top 16 bits, and a multiply-only step keeps a difference there, so a
    // matching change of the next block's first char cancels it: two 8-char words with one state.
    char[] a = "abcdefgh".toCharArray();
    char[] b = a.clone();
    b[0] ^= 1;
    long seed = TextAnalysis.HASH_SEED;
    long differ = (multiplyOnly(seed, a, 0) ^ multiplyOnly(seed, b, 0)) >>> 48;
    b[4] ^= (char) differ;
    assertThat(multiplyOnly(multiplyOnly(seed, b, 0), b, 4)).as("the pair collides without the shift")
        .isEqualTo(multiplyOnly(multiplyOnly(seed, a, 0), a, 4));
    assertThat(TextAnalysis.hash(b, 0, 8)).isNotEqualTo(TextAnalysis.hash(a, 0, 8));
  }

  @Test
  void hash_tellsALeadingNulFromNone() {
    assertThat(TextAnalysis.hashOf("\0ab")).isNotEqualTo(TextAnalysis.hashOf("ab"));
    assertThat(TextAnalysis.hashOf("\0\0\0\0ab")).isNotEqualTo(TextAnalysis.hashOf("ab"));
  }

  private static long multiplyOnly(long h, char[] c, int i) {
    long w = (long) c[i] << 48 | (long) c[i + 1] << 32 | (long) c[i + 2] << 16 | c[i + 3];
    return (h ^ w) * 0x9E3779B97F4A7C15L;
  }

  @Test
  void frequencies_rightWhenMostTokensAreDistinct_andTheCountTableGrows() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append('w').append(i).append(' ').append('w').append(i).append(' ');
    }
    sb.append("akhir");
    int[] f = TextAnalysis.of(sb.toString(), "ind_Latn").frequencies();
    assertThat(f).hasSize(40_001);
    assertThat(java.util.Arrays.stream(f, 0, 40_000).allMatch(c -> c == 2)).isTrue();
    assertThat(f[40_000]).isEqualTo(1);
  }

  @Test
  void segment_randomUnicode_givesTheSlowSegmentersTokens() {
    SplittableRandom random = new SplittableRandom(11);
    String alphabet = "aZé1 ,.;!?-'’\"()[]{}|—–…“”«»„•#@$\n\t\u00A0\u2003😀𝐀\uD800\uDC00\uDC00\uD800" ;
    for (int round = 0; round < 3_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (String lang : new String[] {"eng_Latn", "ind_Latn"}) {
        assertThat(tokens(text, lang)).as("%s %s", lang, text).isEqualTo(slowTokens(text, lang));
        assertAnalysisMatchesItsTokens(TextAnalysis.of(text, lang));
      }
    }
  }

  @Test
  void segment_realProse_givesTheSlowSegmentersTokens() {
    String text = "Presiden Joko Widodo (Jokowi) mengatakan, \"Kita harus kerja keras!\" Ia menambahkan... "
        + "He said: “It's 3,500 km — that's far.” She didn't (couldn't?) go; 50% of U.S. e-mail isn't spam.";
    for (String lang : new String[] {"eng_Latn", "ind_Latn"}) {
      assertThat(tokens(text, lang)).isEqualTo(slowTokens(text, lang));
      assertAnalysisMatchesItsTokens(TextAnalysis.of(text, lang));
    }
  }

  /**
   * Plain words get their hash and flags in the segmenter's scan, other tokens from the token's chars: both
   * must agree with the token's own hash and a code point by code point reading of its class.
   */
  private static void assertAnalysisMatchesItsTokens(TextAnalysis a) {
    int words = 0;
    for (int t = 0; t < a.tokenCount(); t++) {
      String token = a.token(t);
      assertThat(a.hash(t)).as(token).isEqualTo(TextAnalysis.hashOf(token));
      assertThat(a.length(t)).as(token).isEqualTo(token.codePointCount(0, token.length()));
      assertThat(a.hasLetter(t)).as(token).isEqualTo(token.codePoints().anyMatch(Chars::isLetter));
      boolean symbol = token.codePoints().allMatch(Chars::isPunctOrSymbol);
      assertThat(a.isSymbol(t)).as(token).isEqualTo(symbol);
      words += symbol ? 0 : 1;
    }
    assertThat(a.wordCount()).isEqualTo(words);
  }

  private static List<String> tokens(String text, String language) {
    List<String> out = new ArrayList<>();
    SpacedWordSegmenter.forLanguage(language).segment(text, (s, e) -> out.add(text.substring(s, e)));
    return out;
  }

  private static List<String> slowTokens(String text, String language) {
    List<String> out = new ArrayList<>();
    new SlowSegmenter(language.startsWith("eng")).segment(text, (s, e) -> out.add(text.substring(s, e)));
    return out;
  }

  /** The segmenter's rules over the String, char by char, without a fast path: the oracle. */
  private static final class SlowSegmenter {
    private static final String[] CLITICS = {"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll",
        "'d", "’d", "'m", "’m"};
    private final boolean englishClitics;

    SlowSegmenter(boolean englishClitics) {
      this.englishClitics = englishClitics;
    }

    void segment(String text, WordSegmenter.Sink sink) {
      int n = text.length();
      int i = 0;
      while (i < n) {
        while (i < n && isSpace(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !isSpace(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          chunk(text, start, i, sink);
        }
      }
    }

    void chunk(String text, int start, int end, WordSegmenter.Sink sink) {
      int s = start;
      while (s < end && isEdgePunct(text, s)) {
        int run = runEnd(text, s, end);
        sink.token(s, run);
        s = run;
      }
      int e = end;
      while (e > s && isEdgePunctBefore(text, e)) {
        e = runStart(text, s, e);
      }
      core(text, s, e, sink);
      for (int t = e; t < end; ) {
        int run = runEnd(text, t, end);
        sink.token(t, run);
        t = run;
      }
    }

    /** Splits a chunk's middle at separators, then emits the pieces. */
    void core(String text, int s, int e, WordSegmenter.Sink sink) {
      int pieceStart = s;
      int i = s;
      while (i < e) {
        char c = text.charAt(i);
        if (isSeparatorChar(c) && isInnerSeparator(text, c, i, s, e)) {
          piece(text, pieceStart, i, sink);
          int run = runEnd(text, i, e);
          sink.token(i, run);
          i = run;
          pieceStart = i;
          continue;
        }
        i++;
      }
      piece(text, pieceStart, e, sink);
    }

    void piece(String text, int s, int e, WordSegmenter.Sink sink) {
      if (e <= s) {
        return;
      }
      if (englishClitics && hasApostropheNearEnd(text, s, e)) {
        for (String clitic : CLITICS) {
          int at = e - clitic.length();
          if (at > s && text.regionMatches(true, at, clitic, 0, clitic.length())) {
            sink.token(s, at);
            sink.token(at, e);
            return;
          }
        }
      }
      sink.token(s, e);
    }

    private static boolean hasApostropheNearEnd(String text, int s, int e) {
      for (int i = Math.max(s + 1, e - 4); i < e; i++) {
        char c = text.charAt(i);
        if (c == '\'' || c == '\u2019') {
          return true;
        }
      }
      return false;
    }

    /** Cheap first test for {@link #isInnerSeparator}: the characters that can split a chunk. */
    private static boolean isSeparatorChar(char c) {
      return c < 0x80 ? SEPARATOR_ASCII[c] : c == '\u2014' || c == '\u2013' || c == '\u2026' || c == '\u201C'
          || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E' || c == '\u2022';
    }

    private static final boolean[] SEPARATOR_ASCII = new boolean[128];

    static {
      for (char c : "()[]{}\"|,;!?".toCharArray()) {
        SEPARATOR_ASCII[c] = true;
      }
    }

    private static boolean isInnerSeparator(String text, char c, int i, int s, int e) {
      if (c == ',' || c == ';' || c == '!' || c == '?') {
        boolean digitsAround = i > s && i + 1 < e && Character.isDigit(text.charAt(i - 1))
            && Character.isDigit(text.charAt(i + 1));
        return !digitsAround;
      }
      return true;
    }

    /** Punctuation split off the start of a chunk; {@code #}, {@code @}, {@code $} included, as NLTK does. */
    private static boolean isEdgePunct(String text, int i) {
      char c = text.charAt(i);
      return Character.isHighSurrogate(c) ? Chars.isPunctOrSymbol(text.codePointAt(i)) : Chars.isPunctOrSymbol(c);
    }

    private static boolean isEdgePunctBefore(String text, int e) {
      char c = text.charAt(e - 1);
      return Character.isLowSurrogate(c) ? Chars.isPunctOrSymbol(text.codePointBefore(e)) : Chars.isPunctOrSymbol(c);
    }

    private static int runEnd(String text, int i, int end) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      int j = i + len;
      while (j < end && text.codePointAt(j) == cp) {
        j += len;
      }
      return j;
    }

    private static int runStart(String text, int start, int e) {
      int cp = text.codePointBefore(e);
      int len = Character.charCount(cp);
      int j = e - len;
      while (j > start && text.codePointBefore(j) == cp) {
        j -= len;
      }
      return j;
    }

    static boolean isSpace(char c) {
      if (c <= ' ') {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u000B' || c == '\u000C';
      }
      return c >= '\u0085' && (c == '\u00A0' || c == '\u3000' || c == '\u2028' || c == '\u2029' || c == '\u0085'
          || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F');
    }
  }
}
