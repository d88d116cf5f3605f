#!/usr/bin/env python3
"""VADER baseline scores for a sentiment gold file in the NYT format (id, mean_rating, text; TSV, header).

Writes `id<TAB>vader_compound` per item, in the gold file's order, for
`./stancelens evaluate --task sentiment --gold GOLD --vader OUT`, which puts VADER beside the RNTN and the
news model on the same items. VADER's compound score is already on -1..1, the scale the 3-class rule
(>= 0.05 positive, <= -0.05 negative) is applied to.

    python notebooks/vader_baseline.py GOLD.tsv OUT.tsv
"""
import csv
import sys

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


def main(gold: str, out: str) -> None:
    analyzer = SentimentIntensityAnalyzer()
    with open(gold, newline="", encoding="utf-8") as f, open(out, "w", newline="", encoding="utf-8") as o:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"id", "text"} - set(reader.fieldnames or [])
        if missing:
            raise SystemExit(f"{gold}: header lacks {sorted(missing)}")
        o.write("id\tvader_compound\n")
        for row in reader:
            score = analyzer.polarity_scores(row["text"])["compound"]
            o.write(f"{row['id']}\t{score:.4f}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
