import java.nio.file.*;
import java.util.*;
import org.apache.spark.ml.linalg.*;
import org.apache.spark.ml.regression.*;
import org.apache.spark.sql.*;
import org.apache.spark.sql.types.*;

/**
 * MLlib GBTRegressor over the shipped features, 5-fold CV with explore.py's folds: reads FILE (label, fold,
 * features... per line, written by explore.py) and prints Pearson r of the out-of-fold predictions per setting.
 */
public class Gbt {
  public static void main(String[] a) throws Exception {
    SparkSession spark = SparkSession.builder().master("local[2]").config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    List<Row> rows = new ArrayList<>();
    int id = 0;
    for (String l : Files.readAllLines(Path.of(a[0]))) {
      String[] f = l.split(",");
      double[] x = new double[f.length - 2];
      for (int i = 2; i < f.length; i++) {
        x[i - 2] = Double.parseDouble(f[i]);
      }
      rows.add(RowFactory.create(id++, Double.parseDouble(f[0]), (int) Double.parseDouble(f[1]), Vectors.dense(x)));
    }
    StructType schema = new StructType().add("id", "int").add("label", "double").add("fold", "int")
        .add("x", new VectorUDT());
    Dataset<Row> df = spark.createDataFrame(rows, schema).cache();
    double[] y = rows.stream().mapToDouble(r -> r.getDouble(1)).toArray();
    for (int[] s : new int[][] {{3, 40, 10}, {4, 150, 5}}) {
      double[] raw = new double[y.length];
      for (int f = 0; f < 5; f++) {
        GBTRegressionModel m = new GBTRegressor().setFeaturesCol("x").setLabelCol("label").setMaxDepth(s[0])
            .setMaxIter(s[1]).setStepSize(s[2] / 100.0).setSubsamplingRate(0.8).setMinInstancesPerNode(10).setSeed(1)
            .fit(df.filter("fold != " + f));
        for (Row r : m.transform(df.filter("fold = " + f)).select("id", "prediction").collectAsList()) {
          raw[r.getInt(0)] = r.getDouble(1);
        }
      }
      System.out.printf("%-70s cv r %.3f%n", String.format("MLlib GBTRegressor over the shipped features, depth %d, %d trees,"
          + " step %.2f", s[0], s[1], s[2] / 100.0), pearson(raw, y));
    }
    spark.stop();
  }

  static double pearson(double[] a, double[] b) {
    double ma = Arrays.stream(a).average().orElseThrow(), mb = Arrays.stream(b).average().orElseThrow();
    double c = 0, va = 0, vb = 0;
    for (int i = 0; i < a.length; i++) {
      c += (a[i] - ma) * (b[i] - mb);
      va += (a[i] - ma) * (a[i] - ma);
      vb += (b[i] - mb) * (b[i] - mb);
    }
    return c / Math.sqrt(va * vb);
  }
}
