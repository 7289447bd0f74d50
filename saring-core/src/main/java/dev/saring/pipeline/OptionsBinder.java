package dev.saring.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Binds a YAML options map onto an options record, starting from the record's defaults.
 *
 * <p>Record components are camelCase in Java and snake_case in YAML ({@code minWords} is
 * {@code min_words}). The valid keys are those of the defaults, so an unknown key is reported with the
 * full list before Jackson sees it; a value of the wrong type, or one the record's constructor refuses,
 * is reported with the option's name and the value.
 */
public final class OptionsBinder {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private OptionsBinder() {}

  /** {@code defaults} with the entries of {@code options} applied; {@code owner} names them in errors. */
  @SuppressWarnings("unchecked")
  public static <O> O bind(String owner, O defaults, Map<String, ?> options) {
    Map<String, Object> merged = MAPPER.convertValue(defaults, LinkedHashMap.class);
    for (Map.Entry<String, ?> e : options.entrySet()) {
      if (!merged.containsKey(e.getKey())) {
        throw new ConfigException(owner + ": unknown option '" + e.getKey() + "'"
            + NameSuggestion.hint(e.getKey(), merged.keySet()) + "; valid options: "
            + (merged.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(merged.keySet()))));
      }
      merged.put(e.getKey(), e.getValue());
    }
    try {
      return (O) MAPPER.convertValue(merged, defaults.getClass());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(owner + ": " + describe(e), e);
    }
  }

  /** The options of {@code value} as a snake_case map, for printing a step's effective settings. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(Object value) {
    return MAPPER.convertValue(value, LinkedHashMap.class);
  }

  private static String describe(IllegalArgumentException e) {
    // The record constructor's own check ("min_words must be >= 0: -3") is the most useful message.
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException && t.getMessage() != null) {
        return t.getMessage();
      }
    }
    if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException jme) {
      String path = jme.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce((a, b) -> a + "." + b).orElse("?");
      return "option '" + path + "': " + jme.getOriginalMessage();
    }
    return e.getMessage();
  }
}
