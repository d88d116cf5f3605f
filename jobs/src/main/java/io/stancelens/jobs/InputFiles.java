package io.stancelens.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files an {@code --input} names: a file, a directory (recursively) or a glob. Names starting with
 * {@code _} or {@code .} are skipped, as Spark and Hadoop do ({@code _SUCCESS}, {@code .crc}). Listed here,
 * not by Spark's file sources, because those skip empty files silently and an empty file must be a reject.
 */
final class InputFiles {

  private InputFiles() {}

  static List<FileStatus> list(String input, Configuration conf) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new InputMissingException("input not found: " + input);
      }
      List<FileStatus> files = new ArrayList<>();
      for (FileStatus match : matches) {
        collect(fs, match, files);
      }
      files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input, e);
    }
  }

  private static void collect(FileSystem fs, FileStatus status, List<FileStatus> files) throws IOException {
    String name = status.getPath().getName();
    if (name.startsWith("_") || name.startsWith(".")) {
      return;
    }
    if (status.isDirectory()) {
      for (FileStatus child : fs.listStatus(status.getPath())) {
        collect(fs, child, files);
      }
    } else {
      files.add(status);
    }
  }
}
