package dev.saring.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings that differ from Hadoop's defaults ({@code spark.hadoop.*}, the cluster's
 * site files): what tasks need to reach the same file systems with the same credentials. Hadoop's
 * {@code Configuration} is not serializable and a fresh one on an executor knows none of them.
 */
record HadoopConf(Map<String, String> settings) implements Serializable {
  static HadoopConf of(Configuration driver) {
    Configuration defaults = new Configuration();
    Map<String, String> differing = new TreeMap<>();
    for (Map.Entry<String, String> e : driver) {
      String value = driver.get(e.getKey());
      if (value != null && !Objects.equals(defaults.get(e.getKey()), value)) {
        differing.put(e.getKey(), value);
      }
    }
    return new HadoopConf(differing);
  }

  Configuration configuration() {
    Configuration conf = new Configuration();
    settings.forEach(conf::set);
    return conf;
  }
}
