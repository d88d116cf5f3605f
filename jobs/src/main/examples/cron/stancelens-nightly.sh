#!/usr/bin/env bash
# Nightly stancelens run for cron: processes one date's input folder into the date's partitions.
#
#   stancelens-nightly.sh [YYYY-MM-DD]        (default: yesterday, UTC)
#
# crontab (02:30 UTC every night, log appended):
#   30 2 * * *  /opt/stancelens/stancelens-nightly.sh >> /var/log/stancelens/nightly.log 2>&1
#
# Configuration by environment (nothing here knows the repository's data/):
#   SPARK_HOME         a Spark 4.2.0 distribution (required)
#   STANCELENS_JAR     the submit jar, jobs/target/stancelens-jobs-VERSION-submit.jar (required)
#   STANCELENS_INPUT   input path with {date} for the run's date, e.g. /data/news/{date} (required)
#   STANCELENS_OUTPUT  the tables' directory, e.g. /data/stancelens/tables (required)
#   SPARK_MASTER       default local[*]; e.g. spark://host:7077, yarn, k8s://https://host:6443
#   EXECUTOR_MEMORY    default 3g (one CoreNLP pipeline per executor JVM)
#   DRIVER_MEMORY      default 3g for local masters (the driver annotates), 1g otherwise
#   STANCELENS_EXTRA   more spark-submit options, e.g. "--total-executor-cores 8"
#
# Exit codes (those of the job, passed on): 0 done; 1 failed (the date's earlier partitions are intact,
# rerun the same date); 2 bad arguments (fix the configuration; retrying will not help); 3 input not there
# yet (retry later). A rerun of a date replaces its partitions with identical contents, so retries are safe.
set -uo pipefail

DATE="${1:-$(date -u -d yesterday +%F)}"
: "${SPARK_HOME:?set SPARK_HOME}" "${STANCELENS_JAR:?set STANCELENS_JAR}"
: "${STANCELENS_INPUT:?set STANCELENS_INPUT}" "${STANCELENS_OUTPUT:?set STANCELENS_OUTPUT}"
MASTER="${SPARK_MASTER:-local[*]}"
case "$MASTER" in
  local*) DRIVER_MEMORY="${DRIVER_MEMORY:-3g}" ;;
  *) DRIVER_MEMORY="${DRIVER_MEMORY:-1g}" ;;
esac
INPUT="${STANCELENS_INPUT//\{date\}/$DATE}"

# shellcheck disable=SC2086
"$SPARK_HOME/bin/spark-submit" --master "$MASTER" --deploy-mode client \
  --class io.stancelens.cli.Main \
  --driver-memory "$DRIVER_MEMORY" --executor-memory "${EXECUTOR_MEMORY:-3g}" \
  ${STANCELENS_EXTRA:-} \
  "$STANCELENS_JAR" run --input "$INPUT" --output "$STANCELENS_OUTPUT" --date "$DATE"
status=$?
case $status in
  0) echo "stancelens-nightly: $DATE done" ;;
  3) echo "stancelens-nightly: $DATE input not there yet ($INPUT); retry later" >&2 ;;
  2) echo "stancelens-nightly: $DATE bad arguments; check the configuration" >&2 ;;
  *) echo "stancelens-nightly: $DATE failed (exit $status); earlier output intact, rerun the date" >&2 ;;
esac
exit $status
