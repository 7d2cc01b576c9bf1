"""Speed and scale benchmark: throughput, stage shares, scaling, size, memory, baselines.

Run by hand (not collected by pytest)::

    python tests/benchmarks/bench.py             # the full run (20,000 inputs for memory)
    python tests/benchmarks/bench.py --quick     # a smaller run of every section
    python tests/benchmarks/bench.py --memory-inputs 100000
    python tests/benchmarks/bench.py --profile   # also the top functions under cProfile

Every figure comes from one run on the same inputs: the labelled dumps
(``../shared/data/dumps`` dev and seeds), the TimeML texts
(``../shared/data/timex``) and synthetic dumps made by concatenating those real
dumps. It prints:

* dumps/s and MB/s per core of the full pipeline (built-in plugins, no
  installed ones), per corpus: the first pass over the inputs (cold caches),
  then the steady state of a long run over new text (the best of three later
  passes, each after :func:`forget_text`), and beside it the same text read
  again with the caches warm from the pass before;
* the share of time of each stage (reading, zones, publication date,
  metadata, sources, quotes, dates, merge) on new text, timed by wrapping the
  stages from outside, so the library carries no timing code;
* the same texts read once by one ``regex`` pass (the floor) and by
  ``dateparser.search.search_dates`` (the usual way to find dates), as ratios;
* ``parse_many`` with 1 and 2 worker processes, each run in a fresh
  interpreter (``scaling_run.py``), wall clock and CPU time, and beside them
  two separate processes each parsing half the inputs (no pool);
* the cost per byte of one 5 MB dump against 5 KB dumps of the same text;
* peak traced memory while parsing the 5 MB dump, and the resident set size
  sampled while parsing many inputs one after another in one process.

MB are 10^6 bytes of UTF-8 input. Single-core figures (sections 1, 3, 5) are
per CPU second of this process, so that other processes sharing the machine
do not skew them; the scaling figures (section 4) are wall clock, with the
machine's own two-process ceiling measured alongside.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import itertools
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex
from caches import forget_text  # (beside this script)

import newsparse.parser as parser_module
from newsparse import Parser, hookimpl, parse_many

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
OPTIONS = {"autoload": False}
FLOOR_RE = regex.compile(r"\w+")
#: Single-core figures are CPU seconds of this process: other processes
#: sharing the machine slow the wall clock, not the work done per CPU second.
CLOCK = time.process_time
STAGES = (
    "reading", "zones", "publication date", "metadata", "sources", "quotes", "dates", "merge", "rest",
)
HOOK_STAGE = {
    "newsparse_zone_lines": "zones",
    "newsparse_publication_date": "publication date",
    "newsparse_extract_sources": "sources",
    "newsparse_extract_quotes": "quotes",
    "newsparse_extract_dates": "dates",
}


# --------------------------------------------------------------------------- inputs


class Doc:
    __slots__ = ("name", "text", "size", "date")

    def __init__(self, name: str, text: str, date: str | None = None) -> None:
        self.name = name
        self.text = text
        self.size = len(text.encode("utf-8"))
        self.date = date


def load_dumps() -> list[Doc]:
    paths = sorted((DATA / "dumps" / "dev").glob("*.txt")) + sorted((DATA / "dumps" / "seeds").glob("*.txt"))
    return [Doc(p.name, p.read_text(encoding="utf-8")) for p in paths]


def load_timex() -> list[Doc]:
    docs = []
    with open(DATA / "timex" / "dev.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            docs.append(Doc(record["id"], record["text"], record["dct"]))
    return docs


def megabytes(docs: list[Doc]) -> float:
    return sum(d.size for d in docs) / 1e6


def concatenated(docs: list[Doc], size: int) -> str:
    """Real dumps joined (and repeated) into one text of about ``size`` characters."""
    text = "\n\n".join(d.text for d in docs)
    return (text * (size // len(text) + 1))[:size]


def cut(text: str, size: int) -> list[str]:
    """The text cut into pieces of about ``size`` characters, at line breaks."""
    pieces, start = [], 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        pieces.append(text[start:end])
        start = end
    return pieces


# --------------------------------------------------------------------------- measuring


def rss_mb() -> float:
    """The resident set size now, in MB (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def parse_new(parser: Parser, docs: list[Doc]) -> float:
    """CPU seconds to parse ``docs`` as new text (:func:`forget_text` first)."""
    forget_text()
    return parse_all(parser, docs)


def parse_all(parser: Parser, docs: list[Doc]) -> float:
    started = CLOCK()
    for doc in docs:
        parser.parse(doc.text, publication_date=doc.date)
    return CLOCK() - started


class StageClock:
    """Exclusive time per stage: a stage's time excludes the stages it calls."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self._children: list[float] = []

    def run(self, stage: str, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self._children.append(0.0)
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - started
            self.totals[stage] += elapsed - self._children.pop()
            if self._children:
                self._children[-1] += elapsed

    def wrap(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            return self.run(stage, function, *args, **kwargs)

        return timed


_DONE = object()


class TimedParser(Parser):
    """A Parser whose plugin calls are timed, one ``next()`` at a time."""

    clock = StageClock()  # replaced per run; this one counts the lexicon hooks

    def _call(self, hook: str, kwargs: dict[str, Any], problems: list[Any], collect: bool = True) -> Any:
        calls = super()._call(hook, kwargs, problems, collect)
        stage = HOOK_STAGE.get(hook, "rest")
        clock = self.clock

        def timed() -> Iterator[Any]:
            while True:
                call = clock.run(stage, next, calls, _DONE)
                if call is _DONE:
                    return
                yield call

        return timed()


class _TimedMerge:
    """Stands in for the ``merge`` module inside ``newsparse.parser``."""

    def __init__(self, module: Any, clock: StageClock) -> None:
        self._module = module
        self.validate = clock.wrap("merge", module.validate)
        self.merge_items = clock.wrap("merge", module.merge_items)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


def stage_times(docs: list[Doc]) -> tuple[dict[str, float], float]:
    """Seconds per stage over ``docs``, and the total."""
    clock = StageClock()
    parser = TimedParser(**OPTIONS)
    parser.clock = clock
    patched = {
        "read_dump": clock.wrap("reading", parser_module.read_dump),
        "build_zones": clock.wrap("metadata", parser_module.build_zones),
        "read_metadata": clock.wrap("metadata", parser_module.read_metadata),
        "merge": _TimedMerge(parser_module.merge, clock),
    }
    saved = {name: getattr(parser_module, name) for name in patched}
    try:
        for name, value in patched.items():
            setattr(parser_module, name, value)
        for doc in docs:
            clock.run("rest", parser.parse, doc.text, publication_date=doc.date)
        total = sum(clock.totals.values())
    finally:
        for name, value in saved.items():
            setattr(parser_module, name, value)
    return dict(clock.totals), total


def floor_time(docs: list[Doc]) -> float:
    started = CLOCK()
    for doc in docs:
        for _ in FLOOR_RE.finditer(doc.text):
            pass
    return CLOCK() - started


def dateparser_time(docs: list[Doc]) -> float:
    from dateparser.search import search_dates

    search_dates("warm up on Monday", languages=["en"])
    started = CLOCK()
    for doc in docs:
        search_dates(doc.text, languages=["en"])
    return CLOCK() - started


def sample(docs: list[Doc], megabytes_wanted: float) -> list[Doc]:
    """Every k-th doc, about ``megabytes_wanted`` of them in all."""
    total = megabytes(docs)
    step = max(1, int(total / megabytes_wanted))
    return docs[::step]


class Sleeper:
    """A plugin that waits instead of working: it shows the pool's own overhead."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    @hookimpl
    def newsparse_extract_dates(self, article: Any) -> tuple[()]:
        time.sleep(self.seconds)
        return ()


def dispatch(n: int = 300, seconds: float = 0.01) -> float:
    """Speed-up of 2 workers over 1 on inputs that wait rather than compute (ideal 2.0)."""
    items = [f"Story {i}\n\nSomething happened on Monday.\n" for i in range(n)]
    options = {**OPTIONS, "plugins": [Sleeper(seconds)]}
    walls = []
    for jobs in (1, 2):
        results = parse_many(items, jobs=jobs, parser_options=options)
        next(results)  # workers are up
        started = time.perf_counter()
        for _ in results:
            pass
        walls.append(time.perf_counter() - started)
    return walls[0] / walls[1]


def burn(n: int) -> int:
    """Pure CPU work, for the machine's own two-process ceiling."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def ceiling(n: int = 4_000_000) -> float:
    """How much faster two processes do two units of pure CPU work than one does, now."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(burn, [1, 1], chunksize=1)  # started
        started = time.perf_counter()
        burn(n)
        burn(n)
        one = time.perf_counter() - started
        started = time.perf_counter()
        pool.map(burn, [n, n], chunksize=1)
        two = time.perf_counter() - started
    return one / two


# --------------------------------------------------------------------------- report


def line(label: str, value: str) -> None:
    print(f"  {label:44} {value}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller inputs for every section")
    ap.add_argument("--memory-inputs", type=int, help="inputs for the RSS run (default 20,000; quick 2,000)")
    ap.add_argument("--big-mb", type=float, help="size of the large synthetic dump (default 5; quick 1)")
    ap.add_argument("--scaling-rounds", type=int, help="passes over the corpora for --jobs 1/2 (default 8; quick 1)")
    ap.add_argument("--profile", action="store_true", help="also print the top functions under cProfile")
    ap.add_argument(
        "--only", metavar="SECTION,...",
        help="run only these sections: pipeline, stages, baselines, scaling, size, memory",
    )
    args = ap.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None

    def want(section: str) -> bool:
        return only is None or section in only

    memory_inputs = args.memory_inputs or (2_000 if args.quick else 20_000)
    big_mb = args.big_mb or (1.0 if args.quick else 5.0)
    rounds = args.scaling_rounds or (1 if args.quick else 8)

    if not (DATA / "dumps" / "dev").is_dir():
        print(f"shared data not found: {DATA}", file=sys.stderr)
        return 2
    dumps, timex = load_dumps(), load_timex()
    both = dumps + timex
    print(f"newsparse benchmark, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"inputs: {len(dumps)} dumps ({megabytes(dumps):.2f} MB), {len(timex)} TimeML texts "
          f"({megabytes(timex):.2f} MB)")

    parser = Parser(**OPTIONS)
    parse_all(parser, both[:20])  # warm up: lazily compiled patterns, caches

    pipeline: dict[str, float] = {}
    stages: dict[str, float] = {}
    if want("pipeline") or want("baselines"):
        pipeline = throughput(parser, dumps, timex, 1 if args.quick else 3)
    if want("stages") or want("baselines"):
        stages = stage_report(both)
    if want("baselines"):
        baselines(both, pipeline, stages, args.quick)
    if want("scaling"):
        scaling(both, rounds, 1 if args.quick else 2)
    big = concatenated(dumps, int(big_mb * 1e6))
    if want("size"):
        size_cost(parser, big, big_mb, args.quick)
    if want("memory"):
        memory(parser, big, both, memory_inputs)
    if args.profile:
        print("\n7. cProfile, all inputs, top 25 by own time")
        profile = cProfile.Profile()
        profile.enable()
        parse_all(parser, both)
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
    return 0


def throughput(parser: Parser, dumps: list[Doc], timex: list[Doc], passes: int) -> dict[str, float]:
    print(f"\n1. full pipeline, per core (Parser.parse in a loop, per CPU second; steady state: "
          f"best of {passes} passes after one pass over all inputs, each as new text)")
    pipeline = {}
    # The first pass pays one-time costs: lazily compiled patterns and
    # dateparser's lazily loaded data. A long run pays them once per process,
    # so the target is the steady state, on text the caches have not seen.
    cold = parse_new(parser, dumps + timex)
    line("first pass, all (cold caches)", f"{megabytes(dumps + timex) / cold:6.2f} MB/s")
    for label, docs in (("dumps", dumps), ("TimeML", timex), ("all", dumps + timex)):
        seconds = min(parse_new(parser, docs) for _ in range(passes))
        again = min(parse_all(parser, docs) for _ in range(passes))  # (after the pass before)
        pipeline[label] = megabytes(docs) / seconds
        # the target's other reading: within 20x of one regex pass over the same texts
        floor = megabytes(docs) / min(floor_time(docs) for _ in range(passes))
        line(label, f"{len(docs) / seconds:8.1f} dumps/s  {pipeline[label]:6.2f} MB/s  "
             f"{'ok' if pipeline[label] >= 2 else 'BELOW'} (target >= 2 MB/s); "
             f"the same text again {megabytes(docs) / again:5.2f} MB/s")
        line("   against its floor", f"{floor / pipeline[label]:8.1f}x slower than one regex pass "
             f"({floor:.2f} MB/s)  {'ok' if floor / pipeline[label] <= 20 else 'OVER'} (target <= 20x)")
    return pipeline


def stage_report(both: list[Doc]) -> dict[str, float]:
    print("\n2. share of time per stage (all inputs, as new text; exclusive times)")
    forget_text()
    stages, total = stage_times(both)
    for stage in STAGES:
        seconds = stages.get(stage, 0.0)
        speed = megabytes(both) / seconds if seconds else float("inf")
        line(stage, f"{100 * seconds / total:5.1f} %  {speed:9.2f} MB/s")
    return stages


def baselines(both: list[Doc], pipeline: dict[str, float], stages: dict[str, float], quick: bool) -> None:
    print("\n3. baselines on the same texts")
    floor = megabytes(both) / floor_time(both)
    line("one regex pass (\\w+), the floor", f"{floor:8.2f} MB/s")
    line("pipeline / floor", f"{floor / pipeline['all']:8.1f}x slower  "
         f"{'ok' if floor / pipeline['all'] <= 20 else 'OVER'} (target <= 20x)")
    some = sample(both, 0.1 if quick else 0.4)
    dp = megabytes(some) / dateparser_time(some)
    line(f"dateparser search_dates ({len(some)} texts, {megabytes(some):.2f} MB)", f"{dp:8.3f} MB/s")
    line("pipeline / search_dates", f"{pipeline['all'] / dp:8.1f}x faster (the whole pipeline)")
    if stages.get("dates"):
        line("dates stage / search_dates", f"{megabytes(both) / stages['dates'] / dp:8.1f}x faster")


def scaling(both: list[Doc], rounds: int, repeats: int) -> None:
    print(f"\n4. parse_many, {rounds} pass(es) over all inputs, each pass as new text, each run in a fresh "
          f"interpreter; best of {repeats} runs (wall clock; CPU: the run's process + its workers)")
    work = [Doc(f"{n}/{d.name}", d.text, d.date) for n in range(rounds) for d in both]
    mb = megabytes(work)
    ceilings = [ceiling()]
    script = str(Path(__file__).with_name("scaling_run.py"))
    # Like with like: Articles in this process against Articles sent back by
    # the workers; JSON lines made in this process (what ``newsparse parse``
    # does with --jobs 1) against JSON lines made by the workers. Each pass is
    # new text to whichever process parses it (``caches.py``), as a run over
    # millions of distinct dumps is; the same texts read again (last two) let
    # --jobs 1 reuse what it read of every text in the passes before, and each
    # of two workers only of those it was sent before.
    configs = {
        "--jobs 1, Articles (in process)": (1, "articles", "new"),
        "--jobs 2, Articles back": (2, "articles", "new"),
        "--jobs 1, JSON lines (CLI, in process)": (1, "json", "new"),
        "--jobs 2, JSON lines back (CLI)": (2, "json", "new"),
        "--jobs 1, JSON lines, the same texts again": (1, "json", "same"),
        "--jobs 2, JSON lines, the same texts again": (2, "json", "same"),
    }
    baseline = {
        "--jobs 2, Articles back": "--jobs 1, Articles (in process)",
        "--jobs 2, JSON lines back (CLI)": "--jobs 1, JSON lines (CLI, in process)",
        "--jobs 2, JSON lines, the same texts again": "--jobs 1, JSON lines, the same texts again",
    }
    best: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.json"
        items = [{"data": d.text, "name": d.name, "publication_date": d.date} for d in work]
        inputs.write_text(json.dumps(items))
        for _ in range(repeats):  # alternate, so that a busy spell hits every configuration
            for label, (jobs, back, text) in configs.items():
                out = subprocess.run(
                    [sys.executable, script, str(inputs), str(jobs), back, text],
                    check=True, capture_output=True, text=True,
                ).stdout
                run = json.loads(out)
                if label not in best or run["wall"] < best[label]["wall"]:
                    best[label] = run
        # What two processes get with no pool at all: each parses half the
        # inputs on its own (its own start-up, no pipes), side by side.
        halves = [Path(tmp) / f"half{i}.json" for i in (0, 1)]
        for i, half in enumerate(halves):
            half.write_text(json.dumps(items[i::2]))
        pair = float("inf")
        for _ in range(repeats):
            runs = [
                subprocess.Popen([sys.executable, script, str(half), "1", "json", "new"], stdout=subprocess.PIPE, text=True)
                for half in halves
            ]
            pair = min(pair, max(json.loads(run.communicate()[0])["wall"] for run in runs))
    ceilings.append(ceiling())
    for label, run in best.items():
        cpu = f"CPU {run['parent']:5.2f}" + (f" + {run['workers']:5.2f} s" if run["workers"] > 0.01 else " s")
        line(label, f"{run['wall']:7.2f} s  {mb / run['wall']:6.2f} MB/s  {cpu}  first result {run['first']:.2f} s")
        if label not in baseline:
            continue
        one = best[baseline[label]]
        speedup = one["wall"] / run["wall"]
        # The second half of the results: every worker is up and warm, as in
        # a long run over millions of inputs where start-up no longer counts.
        steady = one["second_half"] / run["second_half"]
        line("   speed-up over --jobs 1, whole run", f"{speedup:7.2f}x  {'ok' if speedup >= 1.8 else 'BELOW'} "
             f"(target >= 1.8x); CPU {(run['parent'] + run['workers']) / one['parent']:.2f}x of --jobs 1")
        line("   speed-up, second half of the results", f"{steady:7.2f}x  {'ok' if steady >= 1.8 else 'BELOW'} "
             "(steady state: start-up excluded)")
    one = best["--jobs 1, JSON lines (CLI, in process)"]["wall"]
    line("two separate processes, half the inputs each", f"{pair:7.2f} s  {one / pair:.2f}x of --jobs 1, JSON lines "
         "(no pool: each pays its own start-up)")
    line("pool overhead check: inputs that sleep 10 ms", f"{dispatch():7.2f}x with 2 workers (ideal 2.00)")
    line("machine ceiling: 2 processes vs 1 on pure CPU work",
         f"{ceilings[0]:7.2f}x before, {ceilings[1]:.2f}x after (load average {os.getloadavg()[0]:.2f})")


def size_cost(parser: Parser, big: str, big_mb: float, quick: bool) -> None:
    print(f"\n5. one {big_mb:g} MB dump against 5 KB dumps of the same text")
    small = cut(big, 5_000)
    if quick or big_mb > 1:
        small = small[: max(1, len(small) // int(max(1, big_mb)))]  # about 1 MB of them
    small_bytes = sum(len(s.encode()) for s in small)
    started = CLOCK()
    for text in small:
        parser.parse(text)
    per_byte_small = (CLOCK() - started) / small_bytes
    big_bytes = len(big.encode())
    started = CLOCK()
    parser.parse(big)
    per_byte_big = (CLOCK() - started) / big_bytes
    line(f"{len(small)} dumps of ~5 KB", f"{1e-6 / per_byte_small:6.2f} MB/s")
    line(f"1 dump of {big_bytes / 1e6:.1f} MB", f"{1e-6 / per_byte_big:6.2f} MB/s")
    ratio = per_byte_big / per_byte_small
    line("cost per byte, large / small", f"{ratio:6.2f}x  {'ok' if ratio <= 1.2 else 'OVER'} (target <= 1.2x)")


def memory(parser: Parser, big: str, both: list[Doc], memory_inputs: int) -> None:
    print("\n6. memory")
    big_bytes = len(big.encode())
    gc.collect()
    tracemalloc.start()
    article = parser.parse(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del article
    line(f"peak traced while parsing the {big_bytes / 1e6:.1f} MB dump", f"{peak / 1e6:7.1f} MB ({peak / big_bytes:.1f}x the input)")
    inputs = itertools.islice(itertools.cycle([d.text for d in sorted(both, key=lambda d: d.size)[: len(both) // 2]]), memory_inputs)
    samples = []
    marks = {int(memory_inputs * k / 10) for k in range(1, 11)}
    started = time.perf_counter()
    gc.collect()
    base = rss_mb()
    for result in parse_many(inputs, parser_options=OPTIONS):
        done = result.index + 1
        if done in marks:
            samples.append((done, rss_mb()))
    seconds = time.perf_counter() - started
    line(f"RSS over {memory_inputs:,} inputs in one process", f"before {base:.1f} MB, "
         f"{', '.join(f'{n:,}: {mb:.1f}' for n, mb in samples)}")
    growth = samples[-1][1] - samples[1][1] if len(samples) > 2 else float("nan")
    line("RSS growth from 20 % to 100 % of the inputs", f"{growth:+.1f} MB  "
         f"{'flat' if abs(growth) < 5 else 'GROWING'}  ({memory_inputs / seconds:.0f} inputs/s)")
    line("peak RSS of this process", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
