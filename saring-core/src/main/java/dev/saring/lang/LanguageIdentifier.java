package dev.saring.lang;

import java.util.List;

/**
 * Text to ranked language guesses. Implementations keep per-call scratch space and are used by one thread
 * at a time; the models behind them are shared.
 */
public interface LanguageIdentifier {
  /** At most {@code k} guesses, best first; an empty list when the text gives nothing to go on. */
  List<LanguageGuess> identify(CharSequence text, int k);

  /** The languages this identifier can answer, in saring's codes. */
  List<String> languages();
}
