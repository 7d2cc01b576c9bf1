"""Parsing on a Dask cluster: a bag of dumps to a bag of JSON-ready records.

Needs the ``dask`` extra (``pip install "newsparse[dask]"``). Neither
:mod:`newsparse` nor this module imports Dask: the functions here only call
the methods of the bag they are given, and run on the workers.

Each worker process builds one :class:`~newsparse.Parser` for a given set of
options, the first time it parses a partition, and keeps it for the following
partitions, so plugins are loaded once per process rather than once per dump.

Examples:
    Parse every dump of a directory on a local cluster::

        import dask.bag as db
        from distributed import Client
        from newsparse.dask import parse_bag

        client = Client(n_workers=4, threads_per_worker=1)
        paths = db.from_sequence(sorted(Path("dumps").glob("*.txt")), npartitions=64)
        records = parse_bag(paths, parser_options={"autoload": False})
        records.map(json.dumps).to_textfiles("out/*.jsonl")

    A column of a Dask dataframe becomes a bag with ``df["text"].to_bag()``.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .archives import is_archive, read_archive
from .batch import BatchResult, _run_task, _task, build_parser, portable_options
from .errors import InputError
from .parser import DateLike, Parser
from .serialize import to_dict

if TYPE_CHECKING:  # Dask is an optional extra; annotations only
    import dask.bag

__all__ = ["parse_bag", "parse_partition", "record"]

# One Parser per worker process and set of options, built on first use.
_parsers: dict[bytes, Parser] = {}
_parsers_lock = threading.Lock()


def _parser_for(options: bytes) -> Parser:
    parser = _parsers.get(options)
    if parser is None:
        with _parsers_lock:
            parser = _parsers.get(options)
            if parser is None:
                parser = _parsers[options] = build_parser(pickle.loads(options))
    return parser


def record(name: str | None, article: Any = None, error: str | None = None) -> dict[str, Any]:
    """The record :func:`parse_bag` gives for one input.

    A parsed input gives the newsparse JSON format (:func:`newsparse.to_dict`)
    with ``"error": None``; a failed one gives ``{"name": ..., "error": ...}``.

    Examples:
        >>> record("a.txt", error="input a.txt looks binary")
        {'name': 'a.txt', 'error': 'input a.txt looks binary'}
    """
    if article is None:
        return {"name": name, "error": error}
    out = to_dict(article)
    out["name"] = name
    out["error"] = None
    return out


def parse_partition(
    items: Iterable[Any],
    options: bytes,
    publication_date: DateLike = None,
    paths: bool = False,
    archives: bool = False,
) -> list[dict[str, Any]]:
    """Parse one partition of a bag (runs on the workers).

    Args:
        items: the partition's inputs.
        options: pickled :func:`~newsparse.batch.portable_options`.
        publication_date: the date to resolve relative dates against.
        paths: take ``str`` items as file paths.
        archives: take paths of archives as their members.

    Returns:
        One :func:`record` per input (per member of an archive).
    """
    parser = _parser_for(options)
    out = []
    for item in items:
        if paths and isinstance(item, str):
            item = Path(item)
        if archives and isinstance(item, os.PathLike) and is_archive(item):
            try:
                for member in read_archive(item):
                    out.append(_record(parser, member, publication_date))
            except InputError as error:  # (the members read before the damage are kept)
                out.append(record(os.fspath(item), error=str(error)))
            continue
        out.append(_record(parser, item, publication_date))
    return out


def _record(parser: Parser, item: Any, publication_date: DateLike) -> dict[str, Any]:
    task = _task(0, item, publication_date)
    result = task if isinstance(task, BatchResult) else _run_task(parser, task, None)
    return record(result.name, result.article, result.error)


def parse_bag(
    bag: dask.bag.Bag,
    *,
    parser_options: Mapping[str, Any] | None = None,
    publication_date: DateLike = None,
    paths: bool = False,
    archives: bool = False,
) -> dask.bag.Bag:
    """Parse a Dask bag of dumps into a bag of JSON-ready records.

    Lazy, like every bag operation: nothing runs until the result is computed
    or written. Each worker process builds one Parser per set of options and
    reuses it for every partition it parses. A failed input gives a record
    with its ``"error"`` instead of failing the computation.

    Args:
        bag: texts (``str`` or ``bytes``), paths (:class:`os.PathLike`, or
            ``str`` with ``paths=True``), ``(name, data)`` pairs or mappings,
            as :func:`newsparse.parse_many` takes them. Paths are read on the
            workers, so they must be readable there.
        parser_options: keyword arguments for :class:`~newsparse.Parser`;
            ``None`` uses the default Parser (installed plugins included).
        publication_date: the date to resolve relative dates against.
        paths: treat ``str`` items as file paths rather than texts.
        archives: read paths of tar and zip archives
            (:func:`newsparse.archives.is_archive`) on the workers, member by
            member (:func:`newsparse.archives.read_archive`): one record per
            member, named ``ARCHIVE/MEMBER``, and a failed record for an
            archive that cannot be read. Each archive is read by one worker:
            give the bag a partition per archive or so to spread them.

    Returns:
        A bag with one :func:`record` per input (per member of an archive),
        in the bag's order.

    Examples:
        In one process, with Dask's synchronous scheduler::

            import dask.bag as db
            texts = db.from_sequence(["Storm hits coast\\n\\nIt rained.\\n"], npartitions=1)
            [r["headline"]["text"] for r in parse_bag(texts).compute(scheduler="sync")]
            # ['Storm hits coast']
    """
    options = pickle.dumps(portable_options(parser_options))
    return bag.map_partitions(
        parse_partition, options, publication_date=publication_date, paths=paths, archives=archives
    )
