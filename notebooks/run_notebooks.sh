#!/usr/bin/env bash
# Executes every notebook top to bottom in a fresh kernel on the given tables (papermill), saving the
# executed notebooks and their figures (PNG). Fails if any cell fails.
#   notebooks/run_notebooks.sh TABLES_DIR OUT_DIR [TRENDS_DIR [PREDICTIONS [REPORTS_DIR]]]
# TRENDS_DIR: a multi-date output for 03_trends (default: TABLES_DIR); PREDICTIONS: the sentiment evaluate
# command's --predictions file for 04_model_quality (default: the notebook's own); REPORTS_DIR: a folder of
# the evaluate command's --report files for 04_model_quality (default: data/eval/reports).
# Python packages come from notebooks/requirements.txt, installed into a venv under ~/.cache/stancelens.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TABLES="$(cd "$1" && pwd)"
OUT="$2"
mkdir -p "$OUT/figures"
OUT="$(cd "$OUT" && pwd)"
TRENDS="$(cd "${3:-$1}" && pwd)"
EXTRA=()
[ -n "${4:-}" ] && EXTRA+=(-p predictions "$(cd "$(dirname "$4")" && pwd)/$(basename "$4")")
[ -n "${5:-}" ] && EXTRA+=(-p reports_dir "$(cd "$5" && pwd)")

REQ_HASH="$(sha256sum "$HERE/requirements.txt" | cut -c1-12)"
VENV="${STANCELENS_VENV:-$HOME/.cache/stancelens/notebooks-venv-$REQ_HASH}"
if [ ! -x "$VENV/bin/papermill" ]; then
  echo "notebooks: creating $VENV from notebooks/requirements.txt" >&2
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$HERE/requirements.txt"
fi
# The kernel is the venv's own python, whatever other kernels the machine has.
"$VENV/bin/python" -m ipykernel install --prefix "$VENV" --name stancelens >/dev/null

export MPLBACKEND=Agg
status=0
for nb in "$HERE"/[0-9][0-9]_*.ipynb; do
  name="$(basename "$nb" .ipynb)"
  echo "notebooks: executing $name on $TABLES" >&2
  if ! "$VENV/bin/papermill" --no-progress-bar --kernel stancelens --cwd "$HERE" "$nb" "$OUT/$name.ipynb" \
      -p tables_dir "$TABLES" -p trends_dir "$TRENDS" -p figures_dir "$OUT/figures" "${EXTRA[@]}" >"$OUT/$name.log" 2>&1; then
    echo "notebooks: $name FAILED (see $OUT/$name.log and $OUT/$name.ipynb)" >&2
    tail -30 "$OUT/$name.log" >&2
    status=1
  fi
done
ls "$OUT/figures"/*.png >/dev/null 2>&1 || { echo "notebooks: no figure was saved" >&2; status=1; }
echo "notebooks: executed notebooks and figures in $OUT" >&2
exit $status
