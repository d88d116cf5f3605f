package io.stancelens.testing;

import io.stancelens.tables.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The contents of written tables, read back with Spark, as sorted lists of row strings: two runs wrote the
 * same tables when these are equal (row for row, every column, the date included).
 */
public final class TableContents {

  private TableContents() {}

  /** Rows of the table under {@code output}; only the partition of {@code date} when it is not null. */
  public static List<String> rows(SparkSession spark, Path output, TableDef table, LocalDate date) {
    Path dir = output.resolve(table.name());
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Dataset<Row> df = spark.read().schema(table.readSchema()).parquet(dir.toString());
    if (date != null) {
      df = df.where(functions.col(TableDef.PARTITION_COLUMN).equalTo(functions.lit(java.sql.Date.valueOf(date))));
    }
    Column[] columns = Arrays.stream(table.readSchema().fieldNames()).map(functions::col).toArray(Column[]::new);
    List<String> rows = new ArrayList<>();
    for (Row row : df.select(columns).collectAsList()) {
      rows.add(row.toString());
    }
    rows.sort(null);
    return rows;
  }

  /**
   * What differs between two {@link #of} results, table by table: the rows only one side has (the first
   * few, shortened); empty when they are equal.
   */
  public static String diff(Map<String, List<String>> expected, Map<String, List<String>> actual) {
    StringBuilder out = new StringBuilder();
    for (String table : expected.keySet()) {
      List<String> want = expected.get(table);
      List<String> got = actual.getOrDefault(table, List.of());
      if (want.equals(got)) {
        continue;
      }
      List<String> missing = new ArrayList<>(want);
      missing.removeAll(got);
      List<String> extra = new ArrayList<>(got);
      extra.removeAll(want);
      out.append(table).append(": ").append(want.size()).append(" rows expected, ").append(got.size())
          .append(" found\n");
      missing.stream().limit(3).forEach(r -> out.append("  only expected: ").append(shorten(r)).append('\n'));
      extra.stream().limit(3).forEach(r -> out.append("  only found:    ").append(shorten(r)).append('\n'));
    }
    return out.toString();
  }

  private static String shorten(String row) {
    return row.length() <= 400 ? row : row.substring(0, 200) + " ... " + row.substring(row.length() - 200);
  }

  /** {@link #rows} of each table, by table name, in the order given. */
  public static Map<String, List<String>> of(SparkSession spark, Path output, List<TableDef> tables,
                                             LocalDate date) {
    Map<String, List<String>> contents = new LinkedHashMap<>();
    for (TableDef table : tables) {
      contents.put(table.name(), rows(spark, output, table, date));
    }
    return contents;
  }
}
