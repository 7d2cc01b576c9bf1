"""Accuracy and invariants on the shared data (../shared/data): pinned floors.

Every ``tests/floors/<area>.json`` names an evaluation script, the data files it
reads and floors for metrics in the script's ``--json`` output. A metric below
its floor fails; so does changed data (its SHA-256 no longer matches), since the
floors were measured on that data.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from functools import reduce
from pathlib import Path

import pytest

from newsparse import to_dict
from newsparse.testing import check_spans

from .conftest import DATA, need

ROOT = Path(__file__).resolve().parents[1]
FLOORS = sorted((ROOT / "tests" / "floors").glob("*.json"))
DUMPS = sorted((DATA / "dumps" / "dev").glob("*.txt")) + sorted((DATA / "dumps" / "seeds").glob("*.txt"))


def test_every_shared_dump_is_zoned_line_by_line(parser):
    need(DATA / "dumps" / "dev")
    assert len(DUMPS) >= 100
    for path in DUMPS:
        article = parser.parse(path)
        check_spans(article)
        lines = article.text.splitlines()
        numbers = [n for n, _ in article.line_zones()]
        assert numbers == list(range(1, len(lines) + 1)), path.name
        d = to_dict(article)
        assert d["zones"][0]["start"] == 0 and d["zones"][-1]["end"] == len(article.text)


def sha256(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(file.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize("floors_path", FLOORS, ids=[p.stem for p in FLOORS])
def test_accuracy_floors(floors_path):
    spec = json.loads(floors_path.read_text())
    data = [need(DATA / name) for name in spec["data"]]
    if "sha256" in spec:
        assert sha256(data) == spec["sha256"], (
            f"the data behind {floors_path.name} changed: re-measure and update its floors"
        )
    run = subprocess.run(
        [sys.executable, str(ROOT / spec["script"]), "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=900,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    scores = json.loads(run.stdout)
    below = {}
    for key, floor in spec["floors"].items():
        value = reduce(lambda d, k: d[k], key.split("."), scores)
        if value < floor:
            below[key] = (value, floor)
    assert not below, f"below the floor (value, floor): {below}"
    # The docs' accuracy page shows what the scripts print.
    page = json.loads((ROOT / "docs" / "_static" / "accuracy.json").read_text())
    shown = page.get(floors_path.stem, {})
    stale = {
        key: (shown.get(key), round(reduce(lambda d, k: d[k], key.split("."), scores), 3))
        for key in spec["floors"]
        if shown.get(key) != round(reduce(lambda d, k: d[k], key.split("."), scores), 3)
    }
    assert not stale, f"docs/accuracy.rst is stale (shown, measured): {stale}; run scripts/accuracy_report.py"
