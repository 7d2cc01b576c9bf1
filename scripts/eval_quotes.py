#!/usr/bin/env python3
"""Accuracy of quote attribution on the shared PolNeAR development set.

Parses every document of ``../shared/data/quotes/dev.jsonl`` with
``newsparse.Parser(autoload=False)`` (its ``meta.publication_date`` given),
writes the quotes in the scorer's format to a temporary file, runs the shared
``score.py`` on it and prints its report (``--json``: the scorer's JSON only,
on stdout). Throughput goes to stderr: documents per second for the whole
pipeline, and for attribution alone (the sources and quotes extractors run
again on the parsed articles; best of three runs with the garbage collector
off, as :mod:`timeit` does).

Usage:
    python scripts/eval_quotes.py [--json] [--data PATH]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from scoring import add_gold_arguments, read_gold, run_scorer

import newsparse
from newsparse.default_plugins import quotes as quotes_plugin
from newsparse.default_plugins import sources as sources_plugin

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes" / "dev.jsonl"


def _span(span: newsparse.Span | None) -> list[int] | None:
    return [span.start, span.end] if span is not None and span.end > span.start else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_gold_arguments(ap, DATA)
    args = ap.parse_args(argv)
    gold_path: Path = args.data
    score_py = gold_path.parent / "score.py"
    docs = read_gold(gold_path)

    parser = newsparse.Parser(autoload=False)
    preds = []
    articles = []
    t0 = time.perf_counter()
    for doc in docs:
        article = parser.parse(doc["text"], publication_date=(doc.get("meta") or {}).get("publication_date"))
        articles.append(article)
        preds.append({
            "id": doc["id"],
            "quotes": [
                {"content": _span(q.content), "speaker": _span(q.speaker), "cue": _span(q.cue),
                 "kind": q.kind.value, **({"content_parts": [_span(p) for p in q.parts]} if q.parts else {})}
                for q in article.quotes
            ],
        })
    full = time.perf_counter() - t0

    # Attribution alone, timed as timeit does: best of three runs, garbage collector off.
    attribution = float("inf")
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(3):
            t0 = time.perf_counter()
            for article in articles:
                found = tuple(sources_plugin.find_sources(article, parser.lexicon))
                tuple(quotes_plugin.find_quotes(article, parser.lexicon, found))
            attribution = min(attribution, time.perf_counter() - t0)
    finally:
        if gc_was_enabled:
            gc.enable()

    code = run_scorer(score_py, gold_path, preds, as_json=args.json)
    if code:
        return code
    n = len(docs)
    sys.stderr.write(
        f"throughput: full parse {n / full:.0f} docs/s; attribution alone (sources + quotes) "
        f"{n / attribution:.0f} docs/s ({n} docs)\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
