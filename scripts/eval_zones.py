#!/usr/bin/env python3
"""Accuracy of the zoner on the labelled portal dumps.

Parses every dump of ``dumps/dev`` (and the two seeds) with
``newsparse.Parser(autoload=False)``, writes the line zones in the scorer's form
to a temporary file, and runs the shared ``score.py`` on it.

Usage::

    python scripts/eval_zones.py [--json] [--data PATH] [--write-floors]

``--data`` is the data root (default: ``../shared/data`` next to the repository).
With ``--json`` only the scorer's JSON for the dev set is printed, to stdout.
``--write-floors`` rewrites ``tests/floors/zones.json`` with floors a little
below the figures measured (the corpus test then checks them).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import newsparse
from newsparse.default_plugins import zones
from newsparse.reading import read_dump

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
FLOORS = REPO / "tests" / "floors" / "zones.json"
FLOOR_KEYS = ("body_line.f1", "headline_exact", "zone_accuracy", "body_char_macro.f1")
#: How far below the measured figures the floors are set.
FLOOR_MARGIN = 0.01


def predict(parser: newsparse.Parser, gold_dir: Path, out: Path) -> tuple[int, float, int, float]:
    """Zone every dump listed in ``gold_dir/labels.jsonl`` into ``out``.

    Returns:
        Documents, seconds spent parsing, characters parsed, seconds spent in
        the generic zoner alone.
    """
    ids = [json.loads(line)["id"] for line in (gold_dir / "labels.jsonl").open(encoding="utf-8") if line.strip()]
    seconds = 0.0
    chars = 0
    dumps = []
    with out.open("w", encoding="utf-8") as f:
        for doc_id in ids:
            data = (gold_dir / f"{doc_id}.txt").read_bytes()
            t0 = time.perf_counter()
            article = parser.parse(data, name=doc_id)
            seconds += time.perf_counter() - t0
            chars += len(article.text)
            dumps.append([line.text for line in read_dump(data).lines])
            lines = [{"n": n, "zone": str(kind)} for n, kind in article.line_zones()]
            f.write(json.dumps({"id": doc_id, "lines": lines}) + "\n")
    # The zoner alone, once over every dump, starting with an empty line cache
    # (lines met in an earlier dump of the pass are read from it, as in a stream).
    zones._LINE_CACHE.clear()
    t0 = time.perf_counter()
    for lines in dumps:
        zones.zone_texts(lines)
    zoning = time.perf_counter() - t0
    return len(ids), seconds, chars, zoning


def score(data: Path, gold_dir: Path, pred: Path, as_json: bool) -> str:
    args = [sys.executable, str(data / "dumps" / "score.py"), str(gold_dir), str(pred)]
    if as_json:
        args.append("--json")
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _get(report: dict, dotted: str) -> float:
    value: object = report
    for key in dotted.split("."):
        value = value[key]  # type: ignore[index]
    return float(value)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print only the scorer's JSON for dev")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data root")
    ap.add_argument("--write-floors", action="store_true", help="rewrite tests/floors/zones.json from this run")
    a = ap.parse_args(argv)
    parser = newsparse.Parser(autoload=False)
    reports = {}
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("dev", "seeds"):
            gold_dir = a.data / "dumps" / part
            pred = Path(tmp) / f"{part}.jsonl"
            docs, seconds, chars, zoning = predict(parser, gold_dir, pred)
            reports[part] = json.loads(score(a.data, gold_dir, pred, True))
            if not a.json:
                print(f"== dumps/{part}")
                print(score(a.data, gold_dir, pred, False), end="")
                rate = docs / seconds if seconds else float("inf")
                print(f"speed            {rate:.0f} docs/s, {chars / seconds / 1e6:.2f} MB/s (full pipeline)")
                print(f"zoner alone      {chars / zoning / 1e6:.2f} MB/s\n")
    if a.json:
        print(json.dumps(reports["dev"], indent=1))
    if a.write_floors:
        floors = {key: round(_get(reports["dev"], key) - FLOOR_MARGIN, 3) for key in FLOOR_KEYS}
        FLOORS.parent.mkdir(parents=True, exist_ok=True)
        FLOORS.write_text(
            json.dumps({"script": "scripts/eval_zones.py", "data": ["dumps/dev"], "floors": floors}, indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
