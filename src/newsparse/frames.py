"""Parsed articles as pandas tables, and as Parquet files.

:func:`to_frames` gives four :class:`pandas.DataFrame` tables, one row per
article, quote, source and date. Every table has the ``article_id`` column (the
article's position in the input, to join on) and ``article_name``; the quote,
source and date tables have the offsets as ``start`` / ``end`` and the covered
text as ``text``, so ``article.text[start:end] == text`` for every row.

Needs the ``pandas`` extra (``pip install newsparse[pandas]``);
:func:`write_parquet` needs the ``parquet`` extra (pyarrow). Importing
:mod:`newsparse` itself never imports pandas.
"""

from __future__ import annotations

import bisect
import os
import pathlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .model import Article, Span

if TYPE_CHECKING:  # pragma: no cover - pandas is an optional extra
    import pandas

__all__ = ["TABLES", "to_frames", "write_parquet"]

#: The tables :func:`newsparse.to_frames` returns and their columns, in order.
TABLES: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id", "article_name", "url", "headline", "section_path", "byline", "authors",
        "publisher", "publication_date", "n_chars", "n_zones", "n_quotes", "n_sources",
        "n_dates", "n_problems", "text",
    ),
    "quotes": (
        "article_id", "article_name", "quote_id", "start", "end", "text", "kind", "zone",
        "speaker", "speaker_start", "speaker_end", "speaker_name", "cue", "cue_start",
        "cue_end", "cue_class", "source", "source_chain", "n_parts", "confidence", "origin",
    ),
    "sources": (
        "article_id", "article_name", "source_id", "start", "end", "text", "name", "kind", "zone",
        "confidence", "origin",
    ),
    "dates": (
        "article_id", "article_name", "date_id", "start", "end", "text", "type", "value",
        "granularity", "mod", "zone", "confidence", "origin",
    ),
}

#: Offset columns that are empty when the quote has no speaker or cue.
NULLABLE_INT = ("speaker_start", "speaker_end", "cue_start", "cue_end")

#: Separator of ``section_path`` and ``source_chain`` items in one cell.
PATH_SEP = " > "


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "newsparse.to_frames needs pandas: pip install 'newsparse[pandas]'"
        ) from error
    return pandas


def _zone_finder(article: Article) -> Any:
    starts = [z.start for z in article.zones]

    def zone_of(offset: int) -> str | None:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < article.zones[i].end:
            return article.zones[i].kind.value
        return None

    return zone_of


def _offsets(span: Span | None) -> tuple[str | None, int | None, int | None]:
    if span is None:
        return None, None, None
    return span.text, span.start, span.end


def _rows(articles: Iterable[Article]) -> dict[str, list[tuple[Any, ...]]]:
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    for a, art in enumerate(articles):
        name = art.name
        zone_of = _zone_finder(art)
        byline = art.byline
        pub = art.publication_date
        rows["articles"].append((
            a, name, art.url, art.headline.text if art.headline is not None else None,
            PATH_SEP.join(art.section_path), byline.span.text if byline is not None else None,
            "; ".join(byline.authors) if byline is not None else "", art.publisher,
            pub.value if pub is not None else None, len(art.text), len(art.zones),
            len(art.quotes), len(art.sources), len(art.dates), len(art.problems), art.text,
        ))
        for q, quote in enumerate(art.quotes):
            c = quote.content
            speaker, speaker_start, speaker_end = _offsets(quote.speaker)
            cue, cue_start, cue_end = _offsets(quote.cue)
            rows["quotes"].append((
                a, name, q, c.start, c.end, c.text, quote.kind.value, zone_of(c.start),
                speaker, speaker_start, speaker_end, quote.speaker_name, cue, cue_start, cue_end,
                quote.cue_class, quote.source, PATH_SEP.join(quote.source_chain),
                len(quote.parts), quote.confidence, quote.origin,
            ))
        for s, source in enumerate(art.sources):
            sp = source.span
            rows["sources"].append((
                a, name, s, sp.start, sp.end, sp.text, source.name, source.kind.value,
                zone_of(sp.start), source.confidence, source.origin,
            ))
        for d, date in enumerate(art.dates):
            sp = date.span
            rows["dates"].append((
                a, name, d, sp.start, sp.end, sp.text, date.type.value, date.value,
                date.granularity.value if date.granularity is not None else None, date.mod,
                zone_of(sp.start), date.confidence, date.origin,
            ))
    return rows


def to_frames(articles: Article | Iterable[Article]) -> dict[str, pandas.DataFrame]:
    """The articles as pandas tables: ``articles``, ``quotes``, ``sources``, ``dates``.

    One row per article, quote, source and date. Every table has ``article_id``
    (the article's position in ``articles``) and ``article_name`` to join on;
    quotes, sources and dates have ``start``, ``end`` and ``text`` (for quotes,
    the content) with ``text == article.text[start:end]``. Quotes also have
    ``kind``, ``speaker`` (as written), ``speaker_name`` (resolved), ``cue``,
    ``source`` and ``source_chain`` (joined with ``" > "``), and the ``zone`` kind
    each row starts in. ``quote_id``, ``source_id`` and ``date_id`` are the
    row's position in ``article.quotes`` (``sources``, ``dates``). Speaker and cue offsets are nullable integers.

    Args:
        articles: one Article or an iterable of them (consumed once).

    Returns:
        The four tables by name, with the columns listed in
        :data:`newsparse.frames.TABLES`.

    Raises:
        ImportError: when pandas is not installed.

    Examples:
        >>> import newsparse
        >>> article = newsparse.parse('"We will win," Jane Doe said on Monday.\\n')
        >>> frames = to_frames(article)
        >>> sorted(frames)
        ['articles', 'dates', 'quotes', 'sources']
        >>> row = frames["quotes"].iloc[0]
        >>> article.text[row["start"]:row["end"]] == row["text"]
        True
    """
    pd = _pandas()
    if isinstance(articles, Article):
        articles = [articles]
    frames: dict[str, Any] = {}
    for name, rows in _rows(articles).items():
        frame = pd.DataFrame.from_records(rows, columns=list(TABLES[name]))
        for column in ("article_id", "quote_id", "source_id", "date_id", "start", "end"):
            if column in frame.columns:
                frame[column] = frame[column].astype("int64")
        for column in NULLABLE_INT:
            if column in frame.columns:
                frame[column] = frame[column].astype("Int64")
        frames[name] = frame
    return frames


def write_parquet(
    frames: Mapping[str, pandas.DataFrame], directory: str | os.PathLike[str]
) -> list[pathlib.Path]:
    """Write each table to ``<directory>/<name>.parquet`` (made if missing).

    Args:
        frames: tables by name, as :func:`newsparse.to_frames` returns them.
        directory: the folder to write into.

    Returns:
        The paths written, in the order of ``frames``.

    Raises:
        ImportError: when pyarrow is not installed.
    """
    try:
        import pyarrow  # noqa: F401
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "writing Parquet needs pyarrow: pip install 'newsparse[parquet]'"
        ) from error
    folder = pathlib.Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.items():
        path = folder / f"{name}.parquet"
        frame.to_parquet(path, index=False, engine="pyarrow")
        written.append(path)
    return written
