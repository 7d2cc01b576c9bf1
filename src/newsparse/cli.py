"""The ``newsparse`` command.

``newsparse parse PATH...`` writes one JSON object per dump (JSON Lines), or
with ``--format parquet`` four Parquet tables; ``newsparse render DUMP...``
writes an HTML page showing what was found; ``newsparse plugins`` lists the
registered plugins. ``python -m newsparse``
is the same command.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from . import __name__ as _package
from .errors import InputError, NewsparseError
from .model import Article
from .parser import Parser
from .serialize import to_dict

__all__ = ["main"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(_package)
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def iter_inputs(paths: Sequence[str], pattern: str = "*.txt") -> Iterator[str]:
    """Expand the command line's paths: files as given, directories recursively.

    Archives (:data:`newsparse.archives.ARCHIVE_SUFFIXES`) are not opened
    here: see :func:`expand_inputs`.

    Args:
        paths: files, directories, or ``-`` for standard input.
        pattern: which files of a directory to take (a glob on the file name;
            ``a.txt.gz`` matches ``*.txt``).

    Yields:
        File paths (and ``-``), directories' files in sorted order.
    """
    from .archives import name_matches

    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(
                p for p in Path(path).rglob("*")
                if name_matches(p.name, pattern) and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            yield from (str(p) for p in found)
        else:
            yield path


def expand_inputs(
    paths: Sequence[str], pattern: str = "*.txt", failed: list[str] | None = None
) -> Iterator[tuple[str, str | None]]:
    """Every input of the command line as ``(name, archive)``, archives' members listed.

    Files and ``-`` come as ``(path, None)``; each member of an archive named on
    the command line (a ``.tar``, ``.tar.gz``, ``.zip``, ...) as
    ``("ARCHIVE/MEMBER", "ARCHIVE")``. An archive that cannot be read is
    reported on standard error and added to ``failed``; the members listed
    before the damage are kept.
    """
    from .archives import archive_members, is_archive

    for path in iter_inputs(paths, pattern):
        if path == "-" or not is_archive(path) or os.path.isdir(path):
            yield path, None
            continue
        try:
            for name in archive_members(path, pattern):
                yield name, path
        except InputError as error:
            print(f"newsparse: {error}", file=sys.stderr)
            if failed is not None:
                failed.append(path)


def read_inputs(
    refs: Sequence[tuple[str, str | None]], pattern: str, failed: list[str]
) -> Iterator[tuple[str, Any]]:
    """``(name, data)`` for each input of :func:`expand_inputs`, in order.

    ``data`` is a :class:`~pathlib.Path` for a file (read by whoever parses
    it), the bytes of standard input, or the bytes of an archive's member (each
    archive is read once, start to end). An archive that fails while being read
    is added to ``failed`` (once), and its members not yet read are left out.
    """
    from .archives import read_archive

    i = 0
    while i < len(refs):
        name, archive = refs[i]
        if archive is None:
            yield name, sys.stdin.buffer.read() if name == "-" else Path(name)
            i += 1
            continue
        j = i
        while j < len(refs) and refs[j][1] == archive:
            j += 1
        wanted = {n for n, _ in refs[i:j]}
        try:
            for member, data in read_archive(archive, pattern):
                if member in wanted:
                    yield member, data
        except InputError as error:
            if archive not in failed:
                print(f"newsparse: {error}", file=sys.stderr)
                failed.append(archive)
        i = j


def write_record(out: IO[str], record: dict[str, Any]) -> None:
    """Write one JSON Lines record, keeping non-ASCII text readable.

    Text that cannot be written as UTF-8 (lone surrogates) is escaped instead.
    """
    try:
        line = json.dumps(record, ensure_ascii=False)
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True)
    out.write(line + "\n")


def _parser(args: argparse.Namespace) -> Parser:
    return Parser(
        autoload=not args.no_autoload,
        disable=args.disable or (),
        strict=getattr(args, "strict", False),
        plugin_timeout=getattr(args, "plugin_timeout", None),
    )


def _parser_options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "autoload": not args.no_autoload,
        "disable": tuple(args.disable or ()),
        "strict": getattr(args, "strict", False),
        "plugin_timeout": getattr(args, "plugin_timeout", None),
    }


def json_line(article: Article) -> str:
    """An Article as the ``parse`` command writes it: one JSON Lines record.

    The record is the newsparse JSON format with the input's ``"path"`` first
    (the Article's name). Runs in the worker processes with ``--jobs``.
    """
    record = {"path": article.name, **to_dict(article)}
    try:
        line = json.dumps(record, ensure_ascii=False)
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True)
    return line + "\n"


_PATH_PREFIX = '{"path": '


def done_paths(path: str) -> set[str]:
    """The paths already in a JSON Lines output file, for ``--resume``.

    A last line cut short (a run killed while writing it) is removed from the
    file, so that appending starts on a fresh line.

    Args:
        path: the output file; missing is the same as empty.

    Returns:
        The ``"path"`` of every complete record.
    """
    done: set[str] = set()
    decoder = json.JSONDecoder()
    try:
        handle = open(path, "r+b")
    except FileNotFoundError:
        return done
    with handle:
        complete = 0
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            complete += len(raw)
            line = raw.decode("utf-8", errors="replace")
            try:
                if line.startswith(_PATH_PREFIX):  # the usual case: no need to read it all
                    value = decoder.raw_decode(line, len(_PATH_PREFIX))[0]
                else:
                    value = json.loads(line).get("path")
            except (ValueError, AttributeError):
                continue
            if isinstance(value, str):
                done.add(value)
        handle.seek(0, os.SEEK_END)
        if handle.tell() > complete:
            handle.truncate(complete)
    return done


class Progress:
    """A one-line progress report on a terminal: items done, rate and ETA."""

    def __init__(
        self, total: int, stream: IO[str], interval: float = 0.2, clock: Any = time.monotonic
    ) -> None:
        self.total = total
        self.stream = stream
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self.shown = 0.0
        self.done = 0
        self.failed = 0

    def line(self) -> str:
        """The report as it stands."""
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done:,}/{self.total:,} dumps"
        if self.total:
            text += f" {self.done / self.total:4.0%}"
        text += f"  {rate:,.1f}/s"
        if rate > 0 and self.total > self.done:
            eta = int((self.total - self.done) / rate)
            text += f"  ETA {eta // 3600}:{eta // 60 % 60:02d}:{eta % 60:02d}"
        if self.failed:
            text += f"  ({self.failed:,} failed)"
        return text

    def update(self, *, failed: bool = False) -> None:
        """Count one more item; redraw at most every ``interval`` seconds."""
        self.done += 1
        self.failed += failed
        now = self.clock()
        if now - self.shown >= self.interval or self.done == self.total:
            self.shown = now
            self.stream.write("\r\x1b[K" + self.line())
            self.stream.flush()

    def clear(self) -> None:
        """Blank the line, to print a message; the next update redraws it."""
        self.stream.write("\r\x1b[K")
        self.shown = 0.0

    def close(self) -> None:
        """Leave the last report on screen."""
        self.stream.write("\r\x1b[K" + self.line() + "\n")
        self.stream.flush()


def _cmd_parse(args: argparse.Namespace) -> int:
    if getattr(args, "format", "jsonl") == "parquet":
        return _cmd_parse_parquet(args)
    from .batch import _available_cores, parse_many
    from .parser import _as_date

    publication_date = _as_date(args.publication_date)  # a bad date fails here, once
    to_file = bool(args.output and args.output != "-")
    if args.resume and not to_file:
        raise InputError("--resume needs -o FILE: the output that already holds some results")
    failed: list[str] = []  # archives that could not be read
    refs = list(expand_inputs(args.paths, args.glob, failed))
    if args.resume:
        done = done_paths(args.output)
        refs = [ref for ref in refs if ref[0] not in done]
    paths = [name for name, _ in refs]
    items = (
        {"data": data, "name": name, "url": args.url}
        for name, data in read_inputs(refs, args.glob, failed)
    )
    # No more workers than inputs: each costs a process start.
    jobs = min(args.jobs if args.jobs > 0 else _available_cores(), max(len(paths), 1))
    results = parse_many(
        items,
        jobs=jobs,
        parser_options=_parser_options(args),
        publication_date=publication_date,
        transform=json_line,
        timeout=args.timeout,
    )
    progress = Progress(len(paths), sys.stderr) if sys.stderr.isatty() else None
    out: IO[str] = open(args.output, "a" if args.resume else "w", encoding="utf-8") if to_file else sys.stdout
    failures = 0
    try:
        for result in results:
            if result.ok:
                out.write(result.value)
                out.flush()
            else:
                failures += 1
                if progress:
                    progress.clear()
                print(f"newsparse: {result.name}: {result.error}", file=sys.stderr)
            if progress:
                progress.update(failed=not result.ok)
    finally:
        if progress:
            progress.close()
        if out is not sys.stdout:
            out.close()
    failures += len(failed)
    if failures:
        print(f"newsparse: {failures} input(s) failed", file=sys.stderr)
        return 1
    return 0


def _parse_each(args: argparse.Namespace, failed: list[str]) -> Iterator[Article]:
    """Parse every input of the command line; inputs that fail go to ``failed``.

    Each Article's ``name`` is its path as given on the command line.
    """
    parser = _parser(args)
    refs = list(expand_inputs(args.paths, args.glob, failed))
    for name, data in read_inputs(refs, args.glob, failed):
        try:
            yield parser.parse(
                data, name=name, publication_date=args.publication_date, url=getattr(args, "url", None)
            )
        except NewsparseError as error:
            failed.append(name)
            print(f"newsparse: {name}: {error}", file=sys.stderr)


def _report_failures(failed: list[str]) -> int:
    if failed:
        print(f"newsparse: {len(failed)} input(s) failed", file=sys.stderr)
        return 1
    return 0


def _cmd_parse_parquet(args: argparse.Namespace) -> int:
    """``parse --format parquet``: the four tables of :func:`newsparse.to_frames` as Parquet."""
    if not args.output or args.output == "-":
        raise InputError("--format parquet needs -o DIRECTORY for its four .parquet files")
    failed: list[str] = []
    try:
        from .frames import to_frames, write_parquet

        frames = to_frames(_parse_each(args, failed))
        written = write_parquet(frames, args.output)
    except ImportError as error:
        raise InputError(str(error)) from error
    for path in written:
        print(f"newsparse: wrote {path}", file=sys.stderr)
    return _report_failures(failed)


def _cmd_render(args: argparse.Namespace) -> int:
    from .render import render_html

    failed: list[str] = []
    page = render_html(list(_parse_each(args, failed)), title=args.title)
    if args.output and args.output != "-":
        # Lone surrogates (undecodable input kept as escapes) cannot be UTF-8.
        with open(args.output, "w", encoding="utf-8", errors="replace") as out:
            out.write(page)
    else:
        sys.stdout.write(page)
    return _report_failures(failed)


def _cmd_plugins(args: argparse.Namespace) -> int:
    if args.check:
        return _check_plugins(args)
    parser = _parser(args)
    infos = parser.plugins()
    if args.json:
        for info in infos:
            print(json.dumps({"name": info.name, "hooks": list(info.hooks), "version": info.version, "builtin": info.builtin}))
        return 0
    for info in infos:
        version = f" {info.version}" if info.version else ""
        kind = " (built-in)" if info.builtin else ""
        print(f"{info.name}{version}{kind}")
        for hook in info.hooks:
            print(f"    {hook}")
    return 0


def _check_plugins(args: argparse.Namespace) -> int:
    from .testing import check_plugins

    parser = Parser(
        autoload=not args.no_autoload, disable=args.disable or (), plugin_timeout=args.plugin_timeout
    )
    texts = None
    if args.paths:
        failed: list[str] = []
        texts = [parser.parse(data).text for _, data in read_inputs(list(expand_inputs(args.paths)), "*.txt", failed)]
    report = check_plugins(parser, texts)
    failing = 0
    for name, problems in sorted(report.items()):
        if not problems:
            print(f"ok      {name}")
            continue
        failing += 1
        print(f"FAILED  {name}: {len(problems)} problem(s)")
        for problem in problems[:5]:
            print(f"    {problem.hook}: {problem.kind}: {problem.message}")
    return 1 if failing else 0


def build_argparser() -> argparse.ArgumentParser:
    """The command line's argument parser."""
    top = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn news-portal dumps into structured articles, quotes, sources and dates.",
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--no-autoload", action="store_true", help="do not load plugins installed under the 'newsparse' entry points"
    )
    common.add_argument(
        "--disable", action="append", metavar="PLUGIN", help="leave out this plugin (repeatable)"
    )

    p = commands.add_parser(
        "parse",
        parents=[common],
        help="parse dumps to JSON Lines",
        description="Parse dumps and write one JSON object per dump (JSON Lines), each with its path.",
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="a file (gzip, bzip2 and xz files are decompressed), a directory (searched recursively), "
        "a tar or zip archive (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .zip), or - for stdin",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--glob", default="*.txt", help="which files of a directory or archive to parse (default: %(default)s; "
                   "a.txt.gz matches *.txt)")
    p.add_argument("--publication-date", metavar="YYYY-MM-DD", help="resolve dates against this date")
    p.add_argument("--url", help="the page's address (for a single dump)")
    p.add_argument("--strict", action="store_true", help="fail on a plugin error instead of recording it")
    p.add_argument("--plugin-timeout", type=float, metavar="SECONDS", help="abandon a plugin call after this long")
    p.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N",
        help="parse on N worker processes (0: one per core; default: 1, in this process)",
    )
    p.add_argument(
        "--resume", action="store_true",
        help="skip inputs whose path is already in the -o file, and append to it",
    )
    p.add_argument(
        "--timeout", type=float, metavar="SECONDS",
        help="with --jobs > 1: give up on an input after this long (its worker is restarted)",
    )
    p.add_argument(
        "--format", choices=("jsonl", "parquet"), default="jsonl",
        help="jsonl (default), or parquet: the articles, quotes, sources and dates tables "
        "written as four .parquet files into the directory given by -o (needs pyarrow)",
    )
    p.set_defaults(func=_cmd_parse)

    p = commands.add_parser(
        "render",
        parents=[common],
        help="show what was found in dumps as one HTML page",
        description="Parse dumps and write one self-contained HTML page showing their zones, "
        "quotes, speakers, cues, sources and dates.",
    )
    p.add_argument(
        "paths", nargs="+", metavar="DUMP",
        help="a file, a directory (searched recursively), a tar or zip archive, or - for stdin",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the page here instead of standard output")
    p.add_argument("--glob", default="*.txt", help="which files of a directory or archive to render (default: %(default)s)")
    p.add_argument("--publication-date", metavar="YYYY-MM-DD", help="resolve dates against this date")
    p.add_argument("--title", help="the page title")
    p.set_defaults(func=_cmd_render)

    p = commands.add_parser(
        "plugins", parents=[common], help="list the registered plugins and their hooks",
        description="List the registered plugins, their versions and the hooks each implements.",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per plugin")
    p.add_argument(
        "--check", action="store_true",
        help="run every plugin over sample and adversarial inputs (or PATHs) and report each "
        "one's failures: exceptions, invalid results, timeouts; exit code 1 if any",
    )
    p.add_argument("--plugin-timeout", type=float, default=10.0, metavar="SECONDS",
                   help="with --check: the time one plugin call may take (default: %(default)s)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="with --check: dumps to check with")
    p.set_defaults(func=_cmd_plugins)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Exit codes: 0 success, 1 some inputs failed, 2 usage or setup error.
    """
    args = build_argparser().parse_args(argv)
    try:
        return int(args.func(args))
    except NewsparseError as error:
        print(f"newsparse: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head`: stop quietly.
        sys.stderr.close()
        return 0
