package io.stancelens.jobs;

import java.time.LocalDate;

/** What a run did: the row it adds to the runs table, as a record. */
public record RunResult(String runId, LocalDate date, String outputDir, long inputRecords, long articles,
                        long sentences, long rejects, long duplicates, long skipped, double ingestSeconds, double annotateSeconds,
                        double writeSeconds, double totalSeconds) {

  public double annotateSentencesPerSecond() {
    return annotateSeconds > 0 ? sentences / annotateSeconds : 0;
  }
}
