#!/usr/bin/env python3
"""Write the docs' accuracy page from the project's own evaluation scripts.

Runs every script named in ``tests/floors/*.json`` with ``--json`` and writes

* ``docs/_static/accuracy.json``: the metrics named in the floors files, as measured;
* ``docs/accuracy.rst``: the page that shows them.

``tests/test_corpus.py`` checks that the figures in ``docs/_static/accuracy.json``
are what the scripts print, so the page cannot go stale: after improving a
figure, run ``python scripts/accuracy_report.py`` and commit both files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import reduce
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "floors"
OUT_JSON = ROOT / "docs" / "_static" / "accuracy.json"
OUT_RST = ROOT / "docs" / "accuracy.rst"

#: What each area's page section says, and the figures others reach on the same data.
SECTIONS = {
    "zones": (
        "Zoning",
        "144 real news-page dumps from about 107 sites (``../shared/data/dumps/dev``), line "
        "labels derived from each benchmark's gold body and title; scored by its ``score.py``. "
        "For scale: trafilatura, which sees the HTML, reaches body-line F1 0.92 and headline "
        "exact match 0.63 on such pages; on the plain text 0.30 and 0; a line-length rule 0.68 "
        "and 0.03.",
    ),
    "quotes": (
        "Attribution",
        "655 US political news articles of PolNeAR (``../shared/data/quotes/dev.jsonl``) with "
        "every attribution annotated; the *speech* figures are on the gold quotes whose cue is a "
        "verb of saying. For scale: textacy's direct_quotations reaches speech F1 0.57, "
        "quote+speaker 0.51 and indirect speech recall 0.15.",
    ),
    "dates": (
        "Dates",
        "256 TimeML news documents of TempEval-3 (``../shared/data/timex/dev.jsonl``, 1,822 "
        "TIMEX3 expressions), each resolved against its document date; TempEval-3 measures. "
        "For scale: HeidelTime, tuned on these very documents, reaches value F1 0.774, relaxed "
        "span F1 0.922, strict 0.839, type accuracy 0.956; dateparser's search_dates 0.264 / "
        "0.636 / 0.248.",
    ),
}


def measure(spec_path: Path) -> dict[str, float]:
    spec = json.loads(spec_path.read_text())
    run = subprocess.run(
        [sys.executable, str(ROOT / spec["script"]), "--json"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )
    scores = json.loads(run.stdout)
    return {key: round(reduce(lambda d, k: d[k], key.split("."), scores), 3) for key in spec["floors"]}


def main() -> int:
    figures = {path.stem: measure(path) for path in sorted(FLOORS.glob("*.json"))}
    OUT_JSON.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    lines = [
        "Accuracy",
        "========",
        "",
        ".. This page is written by scripts/accuracy_report.py; do not edit it by hand.",
        "",
        "Figures measured by the project's own evaluation scripts on the shared",
        "development data (``scripts/eval_zones.py``, ``scripts/eval_quotes.py``,",
        "``scripts/eval_dates.py``). ``tests/test_corpus.py`` re-runs them on every test",
        "run, fails when a figure drops below its floor, and checks that this page",
        "shows what they print. Speed figures are in :doc:`speed`.",
        "",
    ]
    for area, values in figures.items():
        title, blurb = SECTIONS.get(area, (area.title(), ""))
        lines += [title, "-" * len(title), "", blurb, "", ".. list-table::", "   :header-rows: 1", "",
                  "   * - metric", "     - value"]
        for key, value in values.items():
            lines += [f"   * - ``{key}``", f"     - {value:.3f}"]
        lines.append("")
    OUT_RST.write_text("\n".join(lines))
    print(json.dumps(figures, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
