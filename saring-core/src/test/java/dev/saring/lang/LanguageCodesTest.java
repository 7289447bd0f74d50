package dev.saring.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {
  @Test
  void modelLabels_becomeIso6393PlusScript() {
    assertThat(LanguageCodes.fromLabel("__label__id")).isEqualTo("ind_Latn");
    assertThat(LanguageCodes.fromLabel("__label__ms")).isEqualTo("zsm_Latn");
    assertThat(LanguageCodes.fromLabel("__label__jv")).isEqualTo("jav_Latn");
    assertThat(LanguageCodes.fromLabel("__label__min")).isEqualTo("min_Latn");
    assertThat(LanguageCodes.fromLabel("zh")).isEqualTo("cmn_Hani");
    assertThat(LanguageCodes.fromLabel("sr")).isEqualTo("srp_Cyrl");
    assertThat(LanguageCodes.fromLabel("nb")).isEqualTo("nob_Latn");
    // GlotLID labels pass through.
    assertThat(LanguageCodes.fromLabel("__label__bjn_Latn")).isEqualTo("bjn_Latn");
    assertThat(LanguageCodes.fromLabel("__label__srp_Latn")).isEqualTo("srp_Latn");
    // Not in the table: ICU's likely subtags.
    assertThat(LanguageCodes.fromLabel("haw")).isEqualTo("haw_Latn");
    assertThat(LanguageCodes.fromLabel("__label__xx-nonsense")).isEqualTo("xx-nonsense");
  }

  @Test
  void partsAndNames() {
    assertThat(LanguageCodes.script("ind_Latn")).isEqualTo("Latn");
    assertThat(LanguageCodes.language("ind_Latn")).isEqualTo("ind");
    assertThat(LanguageCodes.displayName("ind_Latn")).isEqualTo("Indonesian");
    assertThat(LanguageCodes.displayName("und")).isEqualTo("undetermined");
    assertThat(LanguageCodes.isCode("zsm_Latn")).isTrue();
    assertThat(LanguageCodes.isCode("zsm")).isFalse();
  }
}
