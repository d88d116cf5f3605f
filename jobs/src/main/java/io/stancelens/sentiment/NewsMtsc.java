package io.stancelens.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * NewsMTSC (Hamborg and Donnay 2021): political-news sentences, each with one or more persons and the
 * sentiment toward them (2 negative, 4 neutral, 6 positive). The news model stacks a TF-IDF regression trained
 * on these sentences (target: the mean polarity of a sentence's targets on -1..1) as one of its features.
 */
public final class NewsMtsc {

  /** {@code text} and {@code target} (-1..1). */
  static final StructType SCHEMA = new StructType()
      .add("text", DataTypes.StringType, false)
      .add("target", DataTypes.DoubleType, false);

  /** A sentence with the mean polarity of its targets on -1..1. */
  public record Item(String text, double target) {}

  private NewsMtsc() {}

  /** Every sentence of the JSON-lines file; a line without text or targets is an error naming the line. */
  public static List<Item> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Item> items = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        JsonNode text = node.get("sentence_normalized");
        JsonNode targets = node.get("targets");
        if (text == null || targets == null || !targets.isArray() || targets.isEmpty()) {
          throw new IllegalArgumentException(jsonl + ":" + lineNo + ": expected sentence_normalized and targets");
        }
        double sum = 0;
        for (JsonNode t : targets) {
          double polarity = t.path("polarity").asDouble(Double.NaN);
          if (polarity != 2 && polarity != 4 && polarity != 6) {
            throw new IllegalArgumentException(jsonl + ":" + lineNo + ": polarity must be 2, 4 or 6: " + t);
          }
          sum += (polarity - 4) / 2;
        }
        items.add(new Item(text.asText(), sum / targets.size()));
      }
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException(jsonl + ": no sentences");
    }
    return items;
  }

  static Dataset<Row> frame(SparkSession spark, List<Item> items) {
    List<Row> rows = new ArrayList<>(items.size());
    for (Item item : items) {
      rows.add(RowFactory.create(item.text(), item.target()));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }
}
