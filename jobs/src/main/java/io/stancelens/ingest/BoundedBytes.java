package io.stancelens.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream up to a bound, so a huge record is never held in memory whole. */
final class BoundedBytes {

  private BoundedBytes() {}

  /** The stream's bytes, or null when it has more than {@code max} (then at most max+1 were read). */
  static byte[] read(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, max + 1 - total))) > 0) {
      out.write(buffer, 0, n);
      total += n;
      if (total > max) {
        return null;
      }
    }
    return out.toByteArray();
  }
}
