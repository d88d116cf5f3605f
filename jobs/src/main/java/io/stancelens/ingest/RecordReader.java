package io.stancelens.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Records of one input, pulled one at a time so a big file (a 1 GB WARC, a long JSON Lines file) is never
 * held in memory whole. Read errors do not escape: they end the reader with a reject saying where it stopped.
 */
public interface RecordReader extends Iterator<Ingested>, Closeable {

  /** A reader over records already made (a file that is one record, or one reject). */
  static RecordReader of(Ingested... records) {
    Iterator<Ingested> it = List.of(records).iterator();
    return new RecordReader() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Ingested next() {
        if (!it.hasNext()) {
          throw new NoSuchElementException();
        }
        return it.next();
      }

      @Override
      public void close() {}
    };
  }

  @Override
  void close() throws IOException;
}
