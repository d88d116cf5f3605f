#!/usr/bin/env bash
# Installs a stock Spark distribution for the cluster tests: the pyspark package from PyPI carries
# bin/spark-submit, bin/spark-class and jars/, exactly as a Spark release does. Idempotent: a second call
# with the same version only prints the path. The version must match the jar's Spark version exactly.
#   jobs/src/test/cluster/install-spark.sh [VERSION]      -> prints SPARK_HOME on its last line
# Environment: STANCELENS_CACHE (default ~/.cache/stancelens; CI may cache only under ~/.m2 and ~/.cache),
#              PYTHON (default python3; any Python >= 3.10).
set -euo pipefail
VERSION="${1:-4.2.0}"
CACHE="${STANCELENS_CACHE:-$HOME/.cache/stancelens}"
VENV="$CACHE/spark-$VERSION"
STAMP="$VENV/.stancelens-installed"
PYTHON="${PYTHON:-python3}"

spark_home() {
  # Located without importing pyspark (its Python side needs py4j, which the tests do not use).
  "$VENV/bin/python" -c 'import importlib.util as u; print(u.find_spec("pyspark").submodule_search_locations[0])'
}

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "pyspark==$VERSION" ] && [ -x "$VENV/bin/python" ]; then
  spark_home
  exit 0
fi

mkdir -p "$CACHE"
# One installer at a time (two test JVMs may start together); the lock is released when this script ends.
exec 9>"$CACHE/.install-spark-$VERSION.lock"
flock 9
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "pyspark==$VERSION" ] && [ -x "$VENV/bin/python" ]; then
  spark_home
  exit 0
fi

echo "install-spark: installing pyspark==$VERSION into $VENV (about 450 MB, once)" >&2
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps "pyspark==$VERSION" >&2
HOME_DIR="$(spark_home)"
for tool in bin/spark-submit bin/spark-class; do
  [ -e "$HOME_DIR/$tool" ] || { echo "install-spark: $HOME_DIR/$tool is missing" >&2; exit 1; }
done
ls "$HOME_DIR/jars/spark-core_2.13-$VERSION.jar" >/dev/null
chmod +x "$HOME_DIR"/bin/* 2>/dev/null || true
echo "pyspark==$VERSION" > "$STAMP"
echo "$HOME_DIR"
