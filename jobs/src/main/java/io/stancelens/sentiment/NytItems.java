package io.stancelens.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the NYT editorials format: a TSV with the header {@code id, mean_rating, text}. */
public final class NytItems {

  private NytItems() {}

  /** All items, in file order; a malformed line is an error naming the file and line. */
  public static List<NytItem> read(Path tsv) throws IOException {
    List<NytItem> items = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new IllegalArgumentException(tsv + ": empty file");
      }
      List<String> columns = Arrays.asList(header.split("\t", -1));
      int id = columns.indexOf("id");
      int rating = columns.indexOf("mean_rating");
      int text = columns.indexOf("text");
      if (id < 0 || rating < 0 || text < 0) {
        throw new IllegalArgumentException(tsv + ": header must name id, mean_rating and text; found " + columns);
      }
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != columns.size()) {
          throw new IllegalArgumentException(String.format("%s:%d: %d fields, header has %d", tsv, lineNo,
              f.length, columns.size()));
        }
        double value;
        try {
          value = Double.parseDouble(f[rating]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(tsv + ":" + lineNo + ": mean_rating '" + f[rating] + "' is not a number");
        }
        if (value < -4 || value > 4 || f[text].isBlank()) {
          throw new IllegalArgumentException(tsv + ":" + lineNo + ": mean_rating outside -4..4 or empty text");
        }
        items.add(new NytItem(f[id], value, f[text]));
      }
    }
    return items;
  }
}
