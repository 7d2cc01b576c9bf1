#!/usr/bin/env python3
"""Accuracy of the temporal expressions on the shared TimeML development set.

Parses every document of ``../shared/data/timex/dev.jsonl`` with
``newsparse.Parser(autoload=False)``, its ``dct`` given as
``publication_date``, writes the dates in the scorer's format to a temporary
file, runs the shared ``score.py`` on it (TempEval-3 metrics) and prints its
report (``--json``: the scorer's JSON only, on stdout).

Throughput goes to stderr: documents per second for the whole pipeline, and,
side by side on the same sample of documents, the date extractor alone
against ``dateparser.search.search_dates(text, languages=["en"])``, with
the ratio of the two.

Usage:
    python scripts/eval_dates.py [--json] [--data PATH] [--sample N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from scoring import add_gold_arguments, read_gold, run_scorer

import newsparse
from newsparse.default_plugins import dates as dates_plugin

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timex" / "dev.jsonl"


def _benchmark(articles: list[newsparse.Article], texts: list[str]) -> str:
    """Date extractor alone vs dateparser's search_dates on the same documents."""
    from dateparser.search import search_dates

    search_dates("warm up on Monday", languages=["en"])  # its first call loads its data
    chars = sum(len(t) for t in texts)
    # best of several runs each, run in turns, so that other load on the machine hurts neither
    theirs = ours = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        for text in texts:
            search_dates(text, languages=["en"])
        theirs = min(theirs, time.perf_counter() - t0)
        for _ in range(5):
            t0 = time.perf_counter()
            for article in articles:
                tuple(dates_plugin.find_dates(article, article.publication_date))
            ours = min(ours, time.perf_counter() - t0)
    return (
        f"date extractor alone: {chars / ours / 1e6:.2f} MB/s ({len(texts) / ours:.0f} docs/s); "
        f"dateparser.search.search_dates: {chars / theirs / 1e6:.3f} MB/s "
        f"({len(texts) / theirs:.1f} docs/s); ratio {theirs / ours:.0f}x "
        f"(same {len(texts)} docs, {chars} chars)\n"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_gold_arguments(ap, DATA)
    ap.add_argument("--sample", type=int, default=20,
                    help="documents for the dateparser comparison; 0 skips it (default: %(default)s)")
    args = ap.parse_args(argv)
    gold_path: Path = args.data
    score_py = gold_path.parent / "score.py"
    docs = read_gold(gold_path)

    parser = newsparse.Parser(autoload=False)
    preds = []
    articles = []
    t0 = time.perf_counter()
    for doc in docs:
        article = parser.parse(doc["text"], publication_date=doc.get("dct"))
        articles.append(article)
        preds.append({
            "id": doc["id"],
            "timexes": [
                {"span": [d.span.start, d.span.end], "type": d.type.value, "value": d.value}
                for d in article.dates
            ],
        })
    full = time.perf_counter() - t0

    code = run_scorer(score_py, gold_path, preds, as_json=args.json)
    if code:
        return code
    n = len(docs)
    sys.stderr.write(f"throughput: full parse {n / full:.0f} docs/s ({n} docs)\n")
    if args.sample > 0:
        k = min(args.sample, n)
        sys.stderr.write(_benchmark(articles[:k], [d["text"] for d in docs[:k]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
