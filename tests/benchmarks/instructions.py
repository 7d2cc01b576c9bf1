"""Instructions spent parsing the shared inputs, counted by valgrind: an A/B of two source trees.

On a shared machine, timings move 5 to 20 % from one run to the next; the number of
instructions a process executes does not (``valgrind --tool=callgrind`` counts them,
whatever else the machine is doing: the same count to 0.01 % run after run). This script
counts the instructions of the parse alone (a run over the inputs less a run that only
starts up and parses one short text), for each source tree given, and prints their ratio::

    python tests/benchmarks/instructions.py OLD_SRC NEW_SRC [--inputs timex|dumps] [--limit N]

``OLD_SRC`` and ``NEW_SRC`` are directories holding the ``newsparse`` package (a copy of
``src`` made before a change, and ``src``). Each count takes about a minute. Instructions
are not seconds (a regex engine's loop and the interpreter's differ in cost per
instruction), but a change that makes the parse do more work shows as more instructions.

Compile the trees' byte code first (``python -m compileall -q SRC``) when the environment
sets ``PYTHONDONTWRITEBYTECODE``: otherwise the start-up counts include compiling the
modules from source (the parse alone does not).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(inputs: str, limit: int) -> None:
    """Parse the inputs (the first ``limit``), each as new text, in this process."""
    sys.path.insert(0, str(HERE))
    import bench  # (the benchmark's own loaders)

    from newsparse import Parser

    docs = (bench.load_timex() if inputs == "timex" else bench.load_dumps())[:limit]
    parser = Parser(**bench.OPTIONS)
    parser.parse("Warm up\n\nHe said on Monday that it was fine.\n", publication_date="2024-01-01")
    if docs:
        bench.parse_new(parser, docs)


def count(src: str, inputs: str, limit: int) -> int:
    """Instructions of a child process parsing ``limit`` inputs with the package in ``src``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
             sys.executable, __file__, "--child", inputs, str(limit)],
            env={**os.environ, "PYTHONPATH": src}, capture_output=True, text=True, check=True,
        )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"no count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("trees", nargs="*", help="directories holding the newsparse package")
    ap.add_argument("--inputs", choices=["timex", "dumps"], default="timex")
    ap.add_argument("--limit", type=int, default=10**6, help="parse only the first N inputs")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    if not args.trees:
        ap.error("give one source tree or more")
    parses = []
    for src in args.trees:
        total, start_up = count(src, args.inputs, args.limit), count(src, args.inputs, 0)
        parses.append(total - start_up)
        print(f"{src}: {parses[-1] / 1e9:.3f} G instructions parsing ({start_up / 1e9:.3f} G start-up)")
    for src, parse in zip(args.trees[1:], parses[1:]):
        print(f"{src} / {args.trees[0]}: {parse / parses[0]:.4f}x the instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
