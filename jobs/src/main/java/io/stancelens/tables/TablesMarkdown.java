package io.stancelens.tables;

import org.apache.spark.sql.types.StructField;

/** The tables' documentation as Markdown, from their definitions: the README's schema section is this. */
public final class TablesMarkdown {

  private TablesMarkdown() {}

  public static String render() {
    StringBuilder md = new StringBuilder();
    for (TableDef table : Tables.ALL) {
      md.append("### `").append(table.name()).append("`\n\n").append(table.description()).append("\n\n");
      md.append("| column | type | meaning |\n|---|---|---|\n");
      for (StructField field : table.readSchema().fields()) {
        String comment = field.getComment().isDefined() ? field.getComment().get()
            : TableDef.PARTITION_COLUMN.equals(field.name()) ? "the run's date (partition column)" : "";
        md.append("| `").append(field.name()).append("` | ").append(field.dataType().simpleString())
            .append(field.nullable() ? " (nullable)" : "").append(" | ")
            .append(comment.replace("|", "\\|")).append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }
}
