#!/usr/bin/env python3
"""Writes the texts of an evaluation file (JSON Lines with a "text" field) as one document,
articles separated by a blank line, for `LECTERN_BENCH_TEXT` (benches/extract.rs).

    python3 scripts/bench_text.py ../shared/eval/winer-fr-dev.jsonl > /tmp/bench-fr.txt
    LECTERN_BENCH_TEXT=/tmp/bench-fr.txt cargo bench --bench extract -- analyze_file

Many different articles make a fairer measure than the sample repeated: each name, word and
quotation is new to the analysis. The output is not committed (the evaluation files are not ours).
"""
import json
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    sys.stdout.write("\n\n".join(texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
