#!/usr/bin/env bash
# Exploration behind the news sentiment model's feature choices (README, Sentiment; model card "Also tried"):
# dumps the NYT train items and NewsMTSC with the project's own feature code, then cross-validates on train
# with numpy (explore.py). Dev is never read. Needs a built checkout (./stancelens once), the RNTN cache that
# `./stancelens train --task sentiment` writes, and numpy (notebooks/requirements.txt). ~10 min on 2 busy cores.
#   notebooks/experiments/sentiment_cv/explore.sh [PYTHON]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PY="${1:-python3}"
OUT="$(mktemp -d)"
CP="$ROOT/jobs/target/classes:$(cat "$ROOT/jobs/target/classpath.txt")"
CORPUS="$ROOT/../shared/corpus"
java -Xmx2g -cp "$CP" "$HERE/DumpItems.java" "$CORPUS/nyt-editorials/nyt-editorials.train.tsv" "$OUT/nyt"
"$PY" - "$CORPUS/newsmtsc/newsmtsc.train.jsonl" "$OUT/mtsc.in.tsv" <<'PYEOF'
import json, sys
with open(sys.argv[1]) as f, open(sys.argv[2], 'w') as o:
    o.write('id\ttarget\ttext\n')
    for i, l in enumerate(f):
        if l.strip():
            d = json.loads(l)
            t = sum((x['polarity'] - 4) / 2 for x in d['targets']) / len(d['targets'])
            o.write(f"m{i}\t{t}\t{' '.join(d['sentence_normalized'].split())}\n")
PYEOF
java -Xmx2g -cp "$CP" "$HERE/DumpItems.java" "$OUT/mtsc.in.tsv" "$OUT/mtsc"
java -Xmx2g -cp "$CP" "$HERE/DumpLexicon.java" "$ROOT/jobs/src/main/resources/stancelens/sentiment/vader_lexicon.txt" \
  "$OUT/lexicon.vec.tsv"
java -Xmx2g -cp "$CP" "$HERE/DumpRntnVec.java" "$OUT/rntn.vec.tsv"
java -cp "$CP" "$HERE/StopWords.java" > "$OUT/stop.txt"
"$PY" "$HERE/explore.py" "$OUT"
SPARK_LOCAL_IP=127.0.0.1 java -Xmx3g $(cat "$ROOT/jobs/target/launcher/jvm-flags") -cp "$CP" "$HERE/Gbt.java" \
  "$OUT/gbt.csv" 2>/dev/null
rm -rf "$OUT"
