package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.stancelens.testing.SharedSpark;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {

  @Test
  void setsTheSamePermissionsAsChmodWould() throws Exception {
    for (String mode : List.of("rwxr-xr-x", "rw-r--r--", "rwx------", "rw-rw-r--", "r--------")) {
      assertEquals(mode,
          PosixFilePermissions.toString(NioLocalFileSystem.Raw.posix(FsPermission.valueOf("-" + mode))));
    }
  }

  @Test
  void embeddedSparkWritesParquetThroughIt(@TempDir Path dir) throws Exception {
    SparkSession spark = SharedSpark.get();
    FileSystem fs = FileSystem.get(URI.create("file:///"), spark.sparkContext().hadoopConfiguration());
    assertInstanceOf(NioLocalFileSystem.class, fs);

    String out = dir.resolve("t").toString();
    spark.range(3).write().parquet(out);
    assertEquals(3, spark.read().parquet(out).count());
    try (var files = Files.list(dir.resolve("t"))) {
      Path part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      // Hadoop's default for new files: 666 less the umask 022
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(part)));
    }
  }
}
