"""parse_many: many inputs, in this process or on worker processes.

Pool tests start real worker processes (forked from a fork server), so they are few and each
checks several things.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import pickle
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from newsparse import BatchResult, Parser, PluginError, batch, parse_many, to_dict
from newsparse.batch import PREFETCH, REORDER, RESULT_BATCH

from .conftest import DATA, SEED_000, SEED_004, need

OPTIONS = {"autoload": False}
EXCERPT = (
    "Rain ends drought in the north\n\n"
    "BEIJING, Sept 6 (Reuters) - Heavy rain fell on Monday, officials said.\n"
    '"It is over," said Li Wei, a farmer.\n'
)


def dev_dumps(n: int) -> list[Path]:
    return sorted(need(DATA / "dumps" / "dev").glob("*.txt"))[:n]


def headline(result: BatchResult) -> str | None:
    assert result.article is not None, result.error
    return None if result.article.headline is None else result.article.headline.text


@pytest.fixture
def crash_plugin(tmp_path, monkeypatch):
    """A plugin module, importable by the workers, that kills or stalls its process."""
    (tmp_path / "newsparse_test_crasher.py").write_text(
        textwrap.dedent(
            """
            import os, time
            from newsparse import hookimpl

            @hookimpl
            def newsparse_extract_dates(article, anchor):
                if "KILL-THE-WORKER" in article.text:
                    os._exit(3)
                if "STALL-THE-WORKER" in article.text:
                    time.sleep(60)
                if "RAISE-IN-PLUGIN" in article.text:
                    raise RuntimeError("plugin broke")
                return ()
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))  # a worker starts with the parent's path as it is now
    import newsparse_test_crasher

    yield newsparse_test_crasher
    monkeypatch.delitem(sys.modules, "newsparse_test_crasher")


def test_in_process_results_in_order_with_failures_as_results(tmp_path):
    seed = need(SEED_000)
    missing = tmp_path / "missing.txt"
    items = [
        seed,
        EXCERPT,
        b"\x00\x01binary",
        ("named.txt", EXCERPT.encode("cp1252")),
        missing,
        {"data": EXCERPT, "name": "dated", "publication_date": "2017-09-07"},
        12345,
    ]
    results = list(parse_many(items, parser_options=OPTIONS))
    assert [r.index for r in results] == list(range(len(items)))
    assert [r.ok for r in results] == [True, True, False, True, False, True, False]
    assert results[0].name == str(seed)
    assert results[0].article == Parser(autoload=False).parse(seed)
    assert headline(results[1]) == "Rain ends drought in the north"
    assert results[2].error_type == "InputError" and "binary" in results[2].error
    assert results[3].name == "named.txt" and results[3].article.encoding == "utf-8"
    assert results[4].error_type == "InputError" and str(missing) in results[4].error
    assert results[5].article.publication_date.value == dt.date(2017, 9, 7)
    assert results[6].error_type == "InputError" and "int" in results[6].error


def test_in_process_consumes_inputs_lazily():
    taken = []

    def inputs():
        for i in range(1000):
            taken.append(i)
            yield f"Headline number {i}\n\nBody.\n"

    results = parse_many(inputs(), parser_options=OPTIONS)
    assert headline(next(results)) == "Headline number 0"
    assert len(taken) == 1
    results.close()


def test_results_and_errors_pickle():
    article = Parser(autoload=False).parse(need(SEED_004))
    ok = BatchResult(index=0, name="a", article=article)
    failed = BatchResult(index=1, name="b", error="input b looks binary", error_type="InputError")
    assert pickle.loads(pickle.dumps(ok)) == ok
    assert pickle.loads(pickle.dumps(failed)) == failed
    error = pickle.loads(pickle.dumps(PluginError("boom", plugin="p", hook="h")))
    assert (str(error), error.plugin, error.hook) == ("boom", "p", "h")


def test_articles_travel_as_text_and_offsets():
    from newsparse.batch import _dump_article, _load_article
    from newsparse.model import Span

    article = Parser(autoload=False).parse(need(SEED_000))
    blob = _dump_article(article)
    assert _load_article(article.text, blob) == article
    assert len(blob) < len(pickle.dumps(article)) / 2
    # a span that is not the text at its offsets travels whole, unchanged
    odd = attrs.evolve(article, headline=Span(0, 3, "xyz"))
    assert _load_article(odd.text, _dump_article(odd)).headline.text == "xyz"


def test_transform_runs_on_each_article():
    results = list(parse_many([EXCERPT, b"\x00"], parser_options=OPTIONS, transform=to_dict))
    assert results[0].article is None
    assert results[0].value["headline"]["text"] == "Rain ends drought in the north"
    assert not results[1].ok and results[1].value is None


def within(seconds: float, results: Iterator[BatchResult]) -> list[BatchResult]:
    """All the results, or a failure (not a hang) after ``seconds``."""
    out: list[BatchResult] = []
    thread = threading.Thread(target=lambda: out.extend(results), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"parse_many hung after {len(out)} results"
    return out


def test_two_workers_give_the_serial_results_in_order():
    paths = [need(SEED_000), need(SEED_004), *dev_dumps(10)]
    # Inputs that fail before reaching a worker fill the window on their own.
    items = [*paths, b"\x00binary", *[12345] * 100, EXCERPT, Path("/nonexistent/dump.txt")]
    serial = list(parse_many(items, parser_options=OPTIONS))
    pooled = within(120, parse_many(items, jobs=2, parser_options=OPTIONS, chunksize=2))
    assert [r.index for r in pooled] == list(range(len(items)))
    assert pooled == serial  # Articles and errors came back across processes intact
    assert [r.ok for r in pooled][-3:] == [False, True, False]
    unordered = within(120, parse_many(items, jobs=2, ordered=False, parser_options=OPTIONS))
    assert sorted(unordered, key=lambda r: r.index) == serial


def test_pool_keeps_a_bounded_window_of_inputs():
    taken = []

    def inputs():
        for i in range(100_000):
            taken.append(i)
            yield f"Headline number {i}\n\nBody.\n"

    results = parse_many(inputs(), jobs=2, chunksize=3, parser_options=OPTIONS)
    first = [next(results) for _ in range(5)]
    assert [headline(r) for r in first] == [f"Headline number {i}" for i in range(5)]
    # per worker: inputs held (two batches of results), plus chunks finished ahead of their turn
    assert len(taken) <= 2 * (max(3, RESULT_BATCH) * PREFETCH + REORDER * 3) + 5
    results.close()  # stops the workers without parsing the rest
    assert not [p for p in multiprocessing.active_children() if p.name == "newsparse-worker"]


def test_large_inputs_and_results_never_block_both_pipes():
    # Inputs and Articles far larger than a pipe's buffer, both ways at once: a
    # worker sending a large result while the parent sends it a large input
    # must not wait on each other.
    paragraph = "The council met on Monday and said the bridge would reopen next week, officials said.\n\n"
    items = [f"Big story {i}\n\n" + paragraph * 8_000 for i in range(8)]  # about 700 KB each
    results = within(120, parse_many(items, jobs=2, chunksize=1, parser_options=OPTIONS))
    assert [headline(r) for r in results] == [f"Big story {i}" for i in range(8)]
    assert all(len(r.article.text) == len(items[r.index]) for r in results)


def test_worker_crash_and_stall_cost_only_their_inputs(crash_plugin):
    texts = [f"Story {i}\n\nSomething happened, officials said.\n" for i in range(12)]
    texts[2] = "KILL-THE-WORKER\n\nbody\n"
    texts[7] = "STALL-THE-WORKER\n\nbody\n"
    texts[9] = "RAISE-IN-PLUGIN\n\nbody\n"
    options = {"autoload": False, "plugins": [crash_plugin]}
    results = within(120, parse_many(texts, jobs=2, chunksize=2, parser_options=options, timeout=1.0))
    assert [r.index for r in results] == list(range(12))
    assert [i for i, r in enumerate(results) if not r.ok] == [2, 7]
    assert results[2].error_type == "WorkerDied" and "exit code 3" in results[2].error
    assert results[7].error_type == "Timeout"
    # a plugin that raises is recorded on the article, as in a single parse
    assert [p.kind for p in results[9].article.problems] == ["plugin-error"]
    assert headline(results[11]) == "Story 11"

    strict = list(parse_many(texts[8:10], jobs=2, parser_options={**options, "strict": True}))
    assert strict[0].ok
    assert strict[1].error_type == "PluginError" and "plugin broke" in strict[1].error


def test_a_crash_among_batched_results_is_blamed_on_its_input(crash_plugin):
    # Without a time limit results come back several at a time, so when a
    # worker dies the parent cannot tell which of its unanswered inputs it was
    # on: they are parsed again one at a time, and only the culprit fails.
    texts = [f"Story {i}\n\nSomething happened, officials said.\n" for i in range(40)]
    texts[13] = "KILL-THE-WORKER\n\nbody\n"
    options = {"autoload": False, "plugins": [crash_plugin]}
    results = within(120, parse_many(texts, jobs=2, parser_options=options))
    assert [r.index for r in results] == list(range(40))
    assert [i for i, r in enumerate(results) if not r.ok] == [13]
    assert results[13].error_type == "WorkerDied"
    assert [headline(r) for r in results[14:]] == [f"Story {i}" for i in range(14, 40)]


def test_a_parser_that_cannot_be_built_fails_the_batch():
    class Misspelt:
        @staticmethod
        def newsparse_extract_datez(article):  # not a hook
            return ()

    from newsparse import hookimpl

    Misspelt.newsparse_extract_datez = hookimpl(Misspelt.newsparse_extract_datez)
    with pytest.raises(PluginError):
        list(parse_many([EXCERPT], parser_options={"autoload": False, "plugins": [Misspelt()]}))
    with pytest.raises(TypeError, match="bogus"):
        list(parse_many([EXCERPT] * 3, jobs=2, parser_options={"autoload": False, "bogus": 1}))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_exit_when_the_parent_is_killed(tmp_path, method):
    # (a forked worker holds copies of the parent's ends of every pipe: it must close them)
    script = tmp_path / "run.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import itertools, multiprocessing, sys
            from newsparse import parse_many

            if __name__ == "__main__":
                texts = (f"Story {{i}}\\n\\nBody.\\n" for i in itertools.count())
                results = parse_many(texts, jobs=3, parser_options={{"autoload": False}}, mp_context="{method}")
                next(results)
                print(*[p.pid for p in multiprocessing.active_children()], flush=True)
                sys.stdin.read()  # parse on until killed
                for _ in results:
                    pass
            """
        ),
        encoding="utf-8",
    )
    with subprocess.Popen(
        [sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as run:
        try:
            pids = [int(pid) for pid in run.stdout.readline().split()]
            assert len(pids) == 3
        finally:
            run.kill()
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in pids if _alive(pid)]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(") ")[-1][0] != "Z"  # a zombie has exited
    except (FileNotFoundError, ProcessLookupError):  # (gone, or going between the open and the read)
        return False


def test_workers_that_cannot_start_are_a_clear_error():
    # A program read from standard input has no file for workers started from a fork
    # server to import as their main module: the batch fails at once, saying what to do.
    code = (
        "import newsparse\n"
        "list(newsparse.parse_many(['Story\\n\\nText.\\n'] * 4, jobs=2, parser_options={'autoload': False},"
        " mp_context='forkserver'))\n"
    )
    run = subprocess.run([sys.executable, "-"], input=code, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "NewsparseError: a worker process exited while starting" in run.stderr
    assert 'if __name__ == "__main__":' in run.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_workers_are_forked_unless_threads_run():
    code = textwrap.dedent(
        """
        import threading
        from newsparse import batch, parse_many

        print(batch.start_method())
        # forked workers need no main module to import: this program has none (standard input),
        # and the transform is one of its own functions
        def headline(article):
            return article.headline.text

        print(*[r.value for r in parse_many(["Storm hits coast\\n\\nIt rained.\\n"] * 3, jobs=2,
                                           parser_options={"autoload": False}, transform=headline)], sep="|")
        stop = threading.Event()
        threading.Thread(target=stop.wait).start()
        print(batch.start_method())
        stop.set()
        """
    )
    run = subprocess.run([sys.executable, "-"], input=code, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:3] == [
        "fork", "Storm hits coast|Storm hits coast|Storm hits coast", batch.START_METHOD
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_forked_workers_leave_the_parents_objects_to_the_parent():
    # the parent's objects are frozen for the fork (the copies' collectors leave their
    # memory pages shared), and unfrozen in the parent afterwards, unless it froze some itself
    code = textwrap.dedent(
        """
        import gc
        from newsparse import parse_many

        def frozen(article):  # runs in the worker
            return gc.get_freeze_count()

        def run():
            return [r.value for r in parse_many(["Storm\\\\n\\\\nRain.\\\\n"] * 2, jobs=2, mp_context="fork",
                                                parser_options={"autoload": False}, transform=frozen)]

        start = gc.get_freeze_count()  # (0, but for an interpreter that froze some itself: 3.12)
        counts = run()
        print(start, min(counts) > start, gc.get_freeze_count() == start)
        gc.freeze()
        mine = gc.get_freeze_count()
        run()
        print(gc.get_freeze_count() == mine)
        """
    )
    run = subprocess.run([sys.executable, "-"], input=code, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    start, *seen = run.stdout.split()
    if start == "0":  # the workers had the parent's objects frozen, the parent has them back
        assert seen == ["True", "True", "True"]
    else:  # objects the interpreter froze: the parent's own, neither added to nor unfrozen
        assert seen[1:] == ["True", "True"]
