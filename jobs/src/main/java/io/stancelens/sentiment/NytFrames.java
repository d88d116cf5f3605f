package io.stancelens.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** NYT items with their RNTN probabilities as a Spark Dataset: the news model's training and scoring input. */
final class NytFrames {

  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("rntn_probs", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("rntn_nodes", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("target", DataTypes.DoubleType, false)
      .add("target_class", DataTypes.DoubleType, false);

  private NytFrames() {}

  /** Annotates every item on the run's pipeline (in parallel on this JVM's cores); probs in item order. */
  static RntnScores.Snippet[] rntn(List<NytItem> items) {
    RntnScores.Snippet[] rntn = new RntnScores.Snippet[items.size()];
    java.util.stream.IntStream.range(0, items.size()).parallel()
        .forEach(i -> rntn[i] = RntnScores.of(items.get(i).id(), items.get(i).text()));
    return rntn;
  }

  static Dataset<Row> of(SparkSession spark, List<NytItem> items, RntnScores.Snippet[] rntn) {
    List<Row> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      NytItem item = items.get(i);
      rows.add(RowFactory.create(item.id(), item.text(), rntn[i].probs(), rntn[i].nodes(), item.normalizedRating(),
          (double) ThreeClass.of(item.normalizedRating()).ordinal()));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }
}
