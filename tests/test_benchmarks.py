"""The benchmark scripts still run, and the quick fuzz profile finds nothing.

The scripts themselves are run by hand (their figures are for the speed page);
here CI runs the small profiles, so that they do not rot and the fuzz run of
``hostile.py --quick`` guards every change.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.testing import make_parser

BENCHMARKS = Path(__file__).parent / "benchmarks"
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_benchmark_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quick_fuzz_profile_finds_no_exception_failure_or_lost_text(capsys):
    hostile = _load("hostile")
    assert hostile.fuzz(make_parser(), 2_000)
    assert "0 unexpected exceptions or plugin failures, 0 with lost" in capsys.readouterr().out


@pytest.mark.skipif(not (DATA / "dumps" / "dev").is_dir(), reason="needs ../shared/data")
def test_speed_benchmark_runs_and_prints_its_sections():
    out = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench.py"), "--quick", "--only", "pipeline,stages,baselines,size"],
        capture_output=True, text=True, check=True, timeout=600,
    ).stdout
    for heading in ("1. full pipeline", "2. share of time per stage", "3. baselines", "5. one 1 MB dump"):
        assert heading in out
    assert "pipeline / floor" in out and "cost per byte, large / small" in out


@pytest.mark.skipif(not (DATA / "timex").is_dir(), reason="needs ../shared/data")
def test_instruction_count_child_parses_the_inputs():
    # (the counts themselves need valgrind and a minute each: run by hand; here the part
    # that runs under valgrind, so that it does not rot)
    run = subprocess.run([sys.executable, str(BENCHMARKS / "instructions.py"), "--child", "timex", "3"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    usage = subprocess.run([sys.executable, str(BENCHMARKS / "instructions.py")], capture_output=True, text=True)
    assert usage.returncode == 2 and "give one source tree or more" in usage.stderr
