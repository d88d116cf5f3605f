package io.stancelens.tables;

import java.io.Serializable;
import java.util.Arrays;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One output table: its name (the folder under the output directory), its columns, and what they mean.
 * Every table is partitioned by {@code date}, the run's date, which is the last column when read back.
 *
 * @param name        folder name and table name
 * @param description one line for the README and the notebooks
 * @param columns     the columns in the order they are written, without the partition column
 */
public record TableDef(String name, String description, StructType columns) implements Serializable {

  public static final String PARTITION_COLUMN = "date";

  /** The schema as a reader sees it: the written columns, then {@code date}. */
  public StructType readSchema() {
    return columns.add(PARTITION_COLUMN, DataTypes.DateType, false);
  }

  public String[] columnNames() {
    return columns.fieldNames();
  }

  /** A column: name, type, nullability and its meaning (kept as the field's comment). */
  static StructField col(String name, org.apache.spark.sql.types.DataType type, boolean nullable,
                         String comment) {
    return DataTypes.createStructField(name, type, nullable).withComment(comment);
  }

  static StructType concat(StructType first, StructType second) {
    StructField[] fields = Arrays.copyOf(first.fields(), first.fields().length + second.fields().length);
    System.arraycopy(second.fields(), 0, fields, first.fields().length, second.fields().length);
    return DataTypes.createStructType(fields);
  }

  static StructType struct(StructField... fields) {
    return DataTypes.createStructType(Arrays.asList(fields));
  }
}
