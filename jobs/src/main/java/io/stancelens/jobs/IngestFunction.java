package io.stancelens.jobs;

import io.stancelens.ingest.IngestLimits;
import io.stancelens.ingest.InputFormat;
import io.stancelens.ingest.InputParser;
import io.stancelens.ingest.RecordReader;
import io.stancelens.tables.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * One input file (a listing row: path, length) to ingested rows, articles and rejects. The file is opened
 * here and streamed record by record, so a big WARC or JSON Lines file is never held in memory whole.
 */
final class IngestFunction implements FlatMapFunction<Row, Row> {

  private final Map<String, String> hadoopConf;
  private final InputFormat format;
  private final IngestLimits limits;

  /**
   * @param hadoopConf the driver's Hadoop settings (a Configuration is not serializable)
   * @param format     the format from {@code --format}, or null to recognise each file's
   */
  IngestFunction(Map<String, String> hadoopConf, InputFormat format, IngestLimits limits) {
    this.hadoopConf = hadoopConf;
    this.format = format;
    this.limits = limits;
  }

  @Override
  public Iterator<Row> call(Row file) throws IOException {
    String path = file.getAs("path");
    long length = file.getAs("length");
    Configuration conf = new Configuration(false);
    hadoopConf.forEach(conf::set);
    Path p = new Path(path);
    InputStream in = p.getFileSystem(conf).open(p);
    RecordReader reader = InputParser.open(path, in, length, format, limits);
    return new Iterator<>() {
      private boolean closed;

      @Override
      public boolean hasNext() {
        if (closed) {
          return false;
        }
        if (reader.hasNext()) {
          return true;
        }
        close();
        return false;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return Rows.ingested(reader.next());
      }

      private void close() {
        closed = true;
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
