package dev.saring.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PipelineConfigTest {
  private final StepRegistry registry = StepRegistry.standard();

  @Test
  void parse_fullExample_bindsStepsReaderAndWriter() {
    PipelineConfig config = PipelineConfig.parse("""
        name: mine
        input: [a/, b.jsonl]
        output: out
        reader: {text_field: content, max_record_mb: 4}
        writer: {compression: gzip, level: 6}
        steps:
          - normalize: {max_newlines: 1}
          - normalize
          - normalize: {}
        """, "test.yaml");

    Pipeline pipeline = Pipeline.of(config, registry);

    assertThat(pipeline.name()).isEqualTo("mine");
    assertThat(config.input()).containsExactly("a/", "b.jsonl");
    assertThat(pipeline.steps()).hasSize(3);
    assertThat(pipeline.steps().get(0).effectiveOptions()).containsEntry("max_newlines", 1).containsEntry("nfc", true);
    assertThat(pipeline.readerOptions().textField()).isEqualTo("content");
    assertThat(pipeline.readerOptions().maxRecordMb()).isEqualTo(4);
    assertThat(pipeline.writerOptions().suffix()).isEqualTo(".jsonl.gz");
  }

  @Test
  void unknownStep_namesItAndListsValidOnes() {
    PipelineConfig config = PipelineConfig.parse("steps:\n  - normalise: {}\n", "p.yaml");
    assertThatThrownBy(() -> Pipeline.of(config, registry)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown step 'normalise' (did you mean 'normalize'?)")
        .hasMessageContaining("valid steps: ").hasMessageContaining(", normalize,");
  }

  @Test
  void unknownOption_namesItAndListsValidOnes() {
    PipelineConfig config = PipelineConfig.parse("steps:\n  - normalize: {max_newline: 3}\n", "p.yaml");
    assertThatThrownBy(() -> Pipeline.of(config, registry)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("step 'normalize': unknown option 'max_newline' (did you mean 'max_newlines'?)")
        .hasMessageContaining("valid options: drop_empty, max_newlines, nfc, remove_controls");
  }

  @Test
  void wrongTypeAndBadValue_areExplained() {
    assertThatThrownBy(() -> Pipeline.of(PipelineConfig.parse("steps: [{normalize: {max_newlines: lots}}]", "p"),
        registry)).isInstanceOf(ConfigException.class).hasMessageContaining("max_newlines");
    assertThatThrownBy(() -> Pipeline.of(PipelineConfig.parse("steps: [{normalize: {max_newlines: 0}}]", "p"),
        registry)).isInstanceOf(ConfigException.class).hasMessageContaining("max_newlines must be >= 1: 0");
    assertThatThrownBy(() -> Pipeline.of(PipelineConfig.parse("writer: {compression: lz4}\nsteps: []", "p"),
        registry)).isInstanceOf(ConfigException.class).hasMessageContaining("compression must be zstd, gzip or none");
    assertThatThrownBy(() -> Pipeline.of(PipelineConfig.parse("reader: {txt_field: x}\nsteps: []", "p"),
        registry)).isInstanceOf(ConfigException.class).hasMessageContaining("unknown option 'txt_field'")
        .hasMessageContaining("text_field");
  }

  @Test
  void badShapes_areExplained() {
    assertThatThrownBy(() -> PipelineConfig.parse("steps: {normalize: {}}", "p"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("must be a list");
    assertThatThrownBy(() -> PipelineConfig.parse("stepz: []", "p"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key 'stepz'");
    assertThatThrownBy(() -> PipelineConfig.parse("steps:\n  - {a: {}, b: {}}", "p"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("one-key mapping");
    assertThatThrownBy(() -> PipelineConfig.parse("steps: [ {normalize: 3} ]", "p"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("options must be a mapping");
    assertThatThrownBy(() -> PipelineConfig.parse(": : :", "p")).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> PipelineConfig.load(Path.of("/no/such/pipeline.yaml")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist");
  }

  @Test
  void presets_loadAndUnknownOnesAreListed() {
    assertThat(Pipeline.of(Presets.load("web"), registry).name()).isEqualTo("web");
    assertThatThrownBy(() -> Presets.load("nope")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown preset 'nope'").hasMessageContaining("web");
  }
}
