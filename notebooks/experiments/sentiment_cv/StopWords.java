/** Spark's English stop words, one a line (the list NewsFeatures.vectorWords leaves out). */
public class StopWords {
  public static void main(String[] a) {
    for (String s : org.apache.spark.ml.feature.StopWordsRemover.loadDefaultStopWords("english")) {
      System.out.println(s);
    }
  }
}
