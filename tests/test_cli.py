"""The ``newsparse`` command: parse (files, directories, stdin, --jobs, --resume) and plugins."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pytest

from newsparse import Parser, to_dict
from newsparse.cli import Progress, done_paths, main

from .conftest import DATA, SEED_000, SEED_004, need

NO_AUTOLOAD = ["--no-autoload"]


@pytest.fixture
def dumps(tmp_path):
    """A directory of real dumps: two seeds at the top, two dev dumps below, one non-match."""
    root = tmp_path / "dumps"
    (root / "more").mkdir(parents=True)
    shutil.copy(need(SEED_000), root / "a.txt")
    shutil.copy(need(SEED_004), root / "b.txt")
    for i, path in enumerate(sorted(need(DATA / "dumps" / "dev").glob("*.txt"))[:2]):
        shutil.copy(path, root / "more" / f"c{i}.txt")
    (root / "notes.md").write_text("not a dump", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("skipped", encoding="utf-8")
    return root


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_parse_a_file_writes_its_json_record(capsys):
    assert main(["parse", *NO_AUTOLOAD, str(need(SEED_000))]) == 0
    out, err = capsys.readouterr()
    [record] = records(out)
    article = Parser(autoload=False).parse(SEED_000, name=str(SEED_000))
    assert record == {"path": str(SEED_000), **to_dict(article)}
    assert err == ""  # no progress bar when stderr is not a terminal


def test_parse_a_directory_recursively_in_sorted_order(dumps, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["parse", *NO_AUTOLOAD, str(dumps), "-o", str(out)]) == 0
    paths = [r["path"] for r in records(out.read_text(encoding="utf-8"))]
    names = ["a.txt", "b.txt", "more/c0.txt", "more/c1.txt"]
    assert paths == [str(dumps / n) for n in names]


def test_parse_stdin(monkeypatch, capsys):
    text = "Rain ends drought\n\nIt rained on Monday, officials said.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    url = "https://example.com/rain"
    assert main(["parse", *NO_AUTOLOAD, "-", "--publication-date", "2017-09-07", "--url", url]) == 0
    [record] = records(capsys.readouterr().out)
    assert record["path"] == "-" and record["url"] == url
    assert record["headline"]["text"] == "Rain ends drought"
    assert record["publication_date"]["value"] == "2017-09-07"


def test_failures_are_reported_and_the_rest_is_parsed(dumps, tmp_path, capsys):
    (dumps / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    missing = tmp_path / "missing.txt"
    code = main(["parse", *NO_AUTOLOAD, str(dumps), str(missing)])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(records(out)) == 4
    assert f"{dumps / 'broken.txt'}: " in err and "binary" in err
    assert f"{missing}: cannot read" in err
    assert "2 input(s) failed" in err


def test_jobs_2_writes_what_jobs_1_writes(dumps, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    (dumps / "broken.txt").write_bytes(b"\x00")
    assert main(["parse", *NO_AUTOLOAD, str(dumps), "-o", str(one)]) == 1
    assert main(["parse", *NO_AUTOLOAD, "--jobs", "2", str(dumps), "-o", str(two)]) == 1
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    assert len(records(one.read_text(encoding="utf-8"))) == 4


def test_resume_skips_what_is_done_and_drops_a_cut_line(dumps, tmp_path, capsys):
    full = tmp_path / "full.jsonl"
    assert main(["parse", *NO_AUTOLOAD, str(dumps), "-o", str(full)]) == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    part = tmp_path / "part.jsonl"
    part.write_text(lines[0] + lines[1][:50], encoding="utf-8")  # killed while writing
    assert done_paths(str(part)) == {str(dumps / "a.txt")}
    assert part.read_text(encoding="utf-8") == lines[0]  # the cut line is gone
    # a record already done is not parsed again: make its file unreadable
    (dumps / "a.txt").write_bytes(b"\x00")
    assert main(["parse", *NO_AUTOLOAD, "--resume", str(dumps), "-o", str(part)]) == 0
    assert part.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["parse", *NO_AUTOLOAD, "--resume", str(dumps)]) == 2
    assert "--resume needs -o" in capsys.readouterr().err


def test_bad_publication_date_is_a_usage_error(capsys):
    assert main(["parse", *NO_AUTOLOAD, "--publication-date", "soon", str(need(SEED_000))]) == 2
    assert "publication_date" in capsys.readouterr().err


def test_progress_line_counts_rate_and_eta():
    stream = io.StringIO()
    now = [100.0]
    progress = Progress(1000, stream, interval=0, clock=lambda: now[0])
    for i in range(40):
        now[0] += 0.25
        progress.update(failed=i == 1)
    assert progress.line() == "40/1,000 dumps   4%  4.0/s  ETA 0:04:00  (1 failed)"
    progress.clear()
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K40/1,000 dumps   4%  4.0/s  ETA 0:04:00  (1 failed)\n")


def test_plugins_lists_the_builtins(capsys):
    assert main(["plugins", *NO_AUTOLOAD, "--json"]) == 0
    infos = records(capsys.readouterr().out)
    quotes = next(i for i in infos if i["name"] == "newsparse.default_plugins.quotes")
    assert quotes["builtin"] and "newsparse_extract_quotes" in quotes["hooks"]
    assert main(["plugins", *NO_AUTOLOAD, "--disable", "newsparse.default_plugins.quotes"]) == 0
    assert "newsparse.default_plugins.quotes" not in capsys.readouterr().out


def test_python_dash_m_runs_the_command():
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", *NO_AUTOLOAD, "-"],
        input=b"Storm hits coast\n\nThe storm hit on Monday.\n",
        capture_output=True,
        check=True,
    )
    assert json.loads(run.stdout)["headline"]["text"] == "Storm hits coast"
