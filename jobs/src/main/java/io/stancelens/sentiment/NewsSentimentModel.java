package io.stancelens.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The news-domain sentence sentiment model: a Spark ML PipelineModel trained on the NYT editorials
 * ({@link NewsSentimentTraining}), over the RNTN's class probabilities and node predictions, VADER-lexicon scores
 * with negation scope, CoreNLP's word vectors, the stacked NewsMTSC regression and (when chosen) TF-IDF n-grams;
 * a classifier, when chosen, decides the class the score is clamped into. It reads a Dataset with {@code text},
 * {@code rntn_probs} and {@code rntn_nodes} and adds
 * {@code sentiment_score} (-1..1) and {@code sentiment_label} (negative / neutral / positive by the VADER
 * paper's ±0.05 rule). Models are loaded once per JVM per directory.
 */
public final class NewsSentimentModel {

  /** Where the committed model lives, relative to the repository root. */
  public static final String DEFAULT_RELATIVE_DIR = "models/sentiment/news";
  /** Spark conf (or, as {@code stancelens.sentimentModel}, a system property) naming another model dir. */
  public static final String CONF_KEY = "spark.stancelens.sentimentModel";
  public static final String SYSTEM_PROPERTY = "stancelens.sentimentModel";

  static final String TERMS = "news_terms";
  static final String LEXICON = "news_lexicon";
  static final String NODES = "news_nodes";
  static final String VECTORS = "news_vectors";
  static final String PREDICTION = "news_prediction";
  static final String PROBABILITY = "news_probability";
  public static final String SCORE = "sentiment_score";
  public static final String LABEL = "sentiment_label";

  private static final Logger LOG = LoggerFactory.getLogger(NewsSentimentModel.class);
  private static final Map<String, PipelineModel> LOADED = new ConcurrentHashMap<>();

  private NewsSentimentModel() {}

  /** The model in {@code dir}, loaded on first use in this JVM. */
  public static PipelineModel load(String dir) {
    return LOADED.computeIfAbsent(dir, d -> {
      long start = System.nanoTime();
      PipelineModel model = PipelineModel.load(d);
      LOG.info("news sentiment model loaded from {} in {} ms", d, (System.nanoTime() - start) / 1_000_000);
      return model;
    });
  }

  /**
   * The model the run uses: the Spark conf {@value #CONF_KEY} or system property {@value #SYSTEM_PROPERTY}
   * when set; otherwise {@value #DEFAULT_RELATIVE_DIR} under the working directory or one of its parents, or
   * under the checkout the code was loaded from.
   */
  public static String defaultDir(SparkSession spark) {
    String configured = spark.conf().getOption(CONF_KEY).getOrElse(() -> System.getProperty(SYSTEM_PROPERTY));
    if (configured != null) {
      return configured;
    }
    List<Path> starts = new ArrayList<>();
    starts.add(Paths.get("").toAbsolutePath());
    try {
      starts.add(Paths.get(NewsSentimentModel.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      // no code location: only the working directory is searched
    }
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve(DEFAULT_RELATIVE_DIR);
        if (Files.isDirectory(candidate.resolve("stages"))) {
          return candidate.toString();
        }
      }
    }
    throw new IllegalStateException("news sentiment model not found: no " + DEFAULT_RELATIVE_DIR
        + " under the working directory or its parents; set " + CONF_KEY + " (spark conf) or -D"
        + SYSTEM_PROPERTY);
  }

  /**
   * Adds the features the pipeline reads ({@value #TERMS}, {@value #LEXICON}, {@value #NODES}, {@value #VECTORS}),
   * computed from {@code text} and {@code rntn_nodes}.
   */
  public static Dataset<Row> withInputs(Dataset<Row> rows) {
    StructType schema = rows.schema()
        .add(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add(LEXICON, DataTypes.createArrayType(DataTypes.DoubleType, false), false)
        .add(NODES, DataTypes.createArrayType(DataTypes.DoubleType, false), false)
        .add(VECTORS, DataTypes.createArrayType(DataTypes.DoubleType, false), false);
    int textIndex = rows.schema().fieldIndex("text");
    int nodesIndex = java.util.Arrays.asList(rows.schema().fieldNames()).indexOf("rntn_nodes");
    return rows.map((MapFunction<Row, Row>) row -> {
      NewsFeatures features = NewsFeatures.of(row.getString(textIndex));
      Object[] values = new Object[row.size() + 4];
      for (int i = 0; i < row.size(); i++) {
        values[i] = row.get(i);
      }
      values[row.size()] = features.terms().toArray(new String[0]);
      values[row.size() + 1] = features.lexicon();
      // Rows without RNTN output (the NewsMTSC sentences of the stacked model) get the features of no nodes.
      List<Double> stats = nodesIndex < 0 ? List.of() : row.getList(nodesIndex);
      values[row.size() + 2] = RntnNodes.features(stats.isEmpty() ? new double[RntnNodes.STATS]
          : stats.stream().mapToDouble(Double::doubleValue).toArray());
      values[row.size() + 3] = NewsFeatures.vectors(row.getString(textIndex));
      return RowFactory.create(values);
    }, Encoders.row(schema));
  }

  /**
   * Scores every row (columns {@code text} and {@code rntn_probs} required): the input's columns, with
   * {@value #SCORE} and {@value #LABEL} added or replaced.
   */
  public static Dataset<Row> score(PipelineModel model, Dataset<Row> rows) {
    List<String> keep = new ArrayList<>(Arrays.asList(rows.columns()));
    keep.remove(SCORE);
    keep.remove(LABEL);
    Dataset<Row> transformed = model.transform(withInputs(rows.drop(SCORE, LABEL)));
    Column raw = isClassifier(model)
        ? org.apache.spark.ml.functions.vector_to_array(col(PROBABILITY), "float64").getItem(2)
            .minus(org.apache.spark.ml.functions.vector_to_array(col(PROBABILITY), "float64").getItem(0))
        : col(PREDICTION);
    Column score = greatest(lit(-1.0), least(lit(1.0), raw));
    Column[] out = new Column[keep.size() + 2];
    for (int i = 0; i < keep.size(); i++) {
      out[i] = col(keep.get(i));
    }
    out[keep.size()] = score.as(SCORE);
    out[keep.size() + 1] = when(score.geq(ThreeClass.THRESHOLD), "positive")
        .when(score.leq(-ThreeClass.THRESHOLD), "negative").otherwise("neutral").as(LABEL);
    return transformed.select(out);
  }

  static boolean isClassifier(PipelineModel model) {
    for (Transformer stage : model.stages()) {
      if (stage instanceof LogisticRegressionModel lr && lr.getProbabilityCol().equals(PROBABILITY)
          || stage instanceof PipelineModel nested && isClassifier(nested)) {
        return true;
      }
    }
    return false;
  }

  /** For the model card and logs: the path as given, made absolute when it is a local path. */
  static String describe(String dir) {
    return dir.contains("://") ? dir : new File(dir).getAbsolutePath();
  }
}
