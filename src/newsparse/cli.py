"""The ``newsparse`` command.

``newsparse parse PATH...`` writes one JSON object per dump (JSON Lines);
``newsparse plugins`` lists the registered plugins. ``python -m newsparse``
is the same command.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from . import __name__ as _package
from .errors import NewsparseError
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

    Args:
        paths: files, directories, or ``-`` for standard input.
        pattern: which files of a directory to take (a glob on the file name).

    Yields:
        File paths (and ``-``), directories' files in sorted order.
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(
                p for p in Path(path).rglob(pattern)
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            yield from (str(p) for p in found)
        else:
            yield path


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


def _cmd_parse(args: argparse.Namespace) -> int:
    parser = _parser(args)
    out: IO[str]
    if args.output and args.output != "-":
        out = open(args.output, "w", encoding="utf-8")
    else:
        out = sys.stdout
    failures = 0
    try:
        for path in iter_inputs(args.paths, args.glob):
            try:
                if path == "-":
                    article = parser.parse(
                        sys.stdin.buffer.read(), name="-", publication_date=args.publication_date, url=args.url
                    )
                else:
                    article = parser.parse(
                        Path(path), publication_date=args.publication_date, url=args.url
                    )
            except NewsparseError as error:
                failures += 1
                print(f"newsparse: {path}: {error}", file=sys.stderr)
                continue
            record = {"path": path, **to_dict(article)}
            write_record(out, record)
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    if failures:
        print(f"newsparse: {failures} input(s) failed", file=sys.stderr)
        return 1
    return 0


def _cmd_plugins(args: argparse.Namespace) -> int:
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
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory (searched recursively) or - for stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--glob", default="*.txt", help="which files of a directory to parse (default: %(default)s)")
    p.add_argument("--publication-date", metavar="YYYY-MM-DD", help="resolve dates against this date")
    p.add_argument("--url", help="the page's address (for a single dump)")
    p.add_argument("--strict", action="store_true", help="fail on a plugin error instead of recording it")
    p.add_argument("--plugin-timeout", type=float, metavar="SECONDS", help="abandon a plugin call after this long")
    p.set_defaults(func=_cmd_parse)

    p = commands.add_parser(
        "plugins", parents=[common], help="list the registered plugins and their hooks",
        description="List the registered plugins, their versions and the hooks each implements.",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per plugin")
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
