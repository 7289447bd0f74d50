package dev.saring.lang;

/** One language a text may be in: saring's code ({@code ind_Latn}) and a probability in [0, 1]. */
public record LanguageGuess(String code, double probability) {}
