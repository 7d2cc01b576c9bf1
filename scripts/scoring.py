"""Shared by the evaluation scripts: hand predictions to a shared-data scorer."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: ../shared/data beside the checkout.
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def run_scorer(score_py: Path, gold: Path, predictions: Iterable[dict[str, Any]], *, as_json: bool) -> int:
    """Write predictions as JSON Lines, run ``score.py GOLD PRED [--json]``, echo its report.

    Returns:
        The scorer's exit code (its error output is passed on when it fails).
    """
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            for record in predictions:
                out.write(json.dumps(record) + "\n")
        cmd = [sys.executable, str(score_py), str(gold), str(pred)] + (["--json"] if as_json else [])
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    sys.stdout.write(result.stdout)
    if result.returncode:
        sys.stderr.write(result.stderr)
    return result.returncode


def add_gold_arguments(ap: argparse.ArgumentParser, default: Path) -> None:
    """The options every JSON Lines evaluation takes: ``--json`` and ``--data``."""
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON only")
    ap.add_argument("--data", type=Path, default=default, help="gold JSONL (default: %(default)s)")


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The documents of a gold JSON Lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
