package io.stancelens.jobs;

import io.stancelens.ingest.Article;
import io.stancelens.ingest.IngestResult;
import io.stancelens.ingest.InputParser;
import io.stancelens.ingest.Reject;
import io.stancelens.tables.Rows;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/** One input file (Spark's binaryFile row: path, content) to ingested rows: articles and rejects. */
final class IngestFunction implements FlatMapFunction<Row, Row> {

  @Override
  public Iterator<Row> call(Row file) {
    String path = file.getAs("path");
    byte[] content = file.getAs("content");
    IngestResult result = InputParser.parse(path, content);
    List<Row> rows = new ArrayList<>(result.records());
    for (Article article : result.articles()) {
      rows.add(Rows.ingested(article));
    }
    for (Reject reject : result.rejects()) {
      rows.add(Rows.ingested(reject));
    }
    return rows.iterator();
  }
}
