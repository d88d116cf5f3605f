#!/usr/bin/env bash
# JMH micro-benchmark of the hottest step (parsing) on the sample article: shift-reduce with our weight table,
# with CoreNLP's own weight map, and the PCFG default.
#   jobs/jmh.sh [JMH options, e.g. -p parser=shift-reduce -wi 1 -i 2]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -B -q -DskipTests test-compile dependency:build-classpath -pl jobs -Dmdep.includeScope=test \
  -Dmdep.outputFile="$ROOT/jobs/target/test-classpath.txt" >&2
exec java -Dstancelens.repo="$ROOT" -cp "jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/test-classpath.txt)" \
  org.openjdk.jmh.Main ParserJmhBenchmark "$@"
