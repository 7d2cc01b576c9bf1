"""The hook specifications: the whole plugin contract in one file.

A plugin is a module or object with functions named after these hooks and
marked with :data:`newsparse.hookimpl`. It implements only the hooks it needs,
and each implementation takes only the arguments it needs, by name.

Stages, in the order a :class:`~newsparse.Parser` calls them:

1. once per Parser: :func:`newsparse_cue_verbs`, :func:`newsparse_agencies`;
2. per dump: :func:`newsparse_zone_lines`, then
   :func:`newsparse_publication_date`;
3. per article: :func:`newsparse_extract_sources`, then
   :func:`newsparse_extract_quotes`, then :func:`newsparse_extract_dates`.

newsparse calls the implementations one at a time (so a failing plugin costs
only its own results), which means hook wrappers (``wrapper=True`` or
``hookwrapper=True``) are not supported: a Parser refuses to build with one.
``tryfirst`` / ``trylast`` order the calls of first-result hooks, and rank
otherwise equal results when they are merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pluggy

from .lexicon import Lexicon
from .model import (
    Agency,
    Article,
    CueVerb,
    Dump,
    PublicationDate,
    Quote,
    Source,
    TimeExpression,
    Zone,
    ZoneKind,
)

__all__ = [
    "hookspec",
    "newsparse_agencies",
    "newsparse_cue_verbs",
    "newsparse_extract_dates",
    "newsparse_extract_quotes",
    "newsparse_extract_sources",
    "newsparse_publication_date",
    "newsparse_zone_lines",
]

hookspec = pluggy.HookspecMarker("newsparse")

# --------------------------------------------------------------------------- lexicon


@hookspec
def newsparse_cue_verbs() -> Iterable[str | CueVerb]:
    """Reporting words and phrases that introduce speech or belief.

    Called once when a Parser is built. Collected: the host takes the union of
    every plugin's words (case-insensitive) and compiles it once.

    Returns:
        Word forms (``"said"``, ``"says"``, ``"according to"``); a plain string is a
        speech cue; a :class:`~newsparse.model.CueVerb` gives another class
        (``CueVerb(text="believes", cue_class="belief")``). List every inflected
        form you want matched: the lexicon does not inflect.

    Example plugin: ``plugins/newsparse-asia-lexicon``.
    """


@hookspec
def newsparse_agencies() -> Iterable[Agency]:
    """News agencies, media and bodies the source extractor should know by name.

    Called once when a Parser is built. Collected: agencies with the same
    case-folded name are merged and their aliases combined; an alias claimed by
    two agencies warns and stays with the name that sorts first.

    Returns:
        :class:`~newsparse.model.Agency` values.

    Example plugin: ``plugins/newsparse-asia-lexicon``.
    """


# --------------------------------------------------------------------------- per dump


@hookspec(firstresult=True)
def newsparse_zone_lines(dump: Dump) -> Sequence[ZoneKind | str] | None:
    """Assign every line of a dump to a zone.

    Called once per dump. First non-``None`` result wins: return ``None`` for a
    dump that is not from your portal, and the next implementation is tried; the
    built-in generic zoner runs last (``trylast``).

    Args:
        dump: the decoded dump; ``dump.lines`` is the line table.

    Returns:
        One :class:`~newsparse.model.ZoneKind` (or its string value) per line of
        ``dump.lines``, blank lines included, or ``None``. A result of the wrong
        length or with an unknown kind is recorded as a problem and the next
        implementation is tried.

    Example plugin: ``plugins/newsparse-chinadaily``.
    """


@hookspec(firstresult=True)
def newsparse_publication_date(
    dump: Dump, zones: Sequence[Zone]
) -> PublicationDate | None:
    """Find when the article was published, from the dump's own time stamps.

    Called once per dump, unless the caller gave ``publication_date=``. First
    non-``None`` result wins; the built-in reader of time stamps runs last
    (``trylast``). Never guess from the wall clock: return ``None`` instead.

    Args:
        dump: the decoded dump.
        zones: its zones, in text order.

    Returns:
        The date with the span of the time stamp it was read from, or ``None``.
    """


# --------------------------------------------------------------------------- per article


@hookspec
def newsparse_extract_sources(article: Article, lexicon: Lexicon) -> Iterable[Source]:
    """Find the media, agencies, bodies and groups credited with information.

    Called once per article, after zoning. Collected: the host stamps each
    source's ``origin``, checks its span against the text, and drops exact
    duplicates (same span and name, keeping the best ranked). Two sources may
    overlap: ``Xinhua quoted KCNA`` names two.

    Args:
        article: the zoned article, with its metadata but no extractions yet.
        lexicon: the Parser's merged lexicon.

    Returns:
        :class:`~newsparse.model.Source` values.
    """


@hookspec
def newsparse_extract_quotes(
    article: Article, lexicon: Lexicon, sources: Sequence[Source]
) -> Iterable[Quote]:
    """Find attributed speech: direct, indirect and mixed quotes.

    Called once per article, after the sources. Collected: spans are checked
    against the text; quotes whose contents overlap are exclusive, and the best
    ranked one is kept.

    Args:
        article: the zoned article.
        lexicon: the Parser's merged lexicon.
        sources: the merged sources of this article, in text order.

    Returns:
        :class:`~newsparse.model.Quote` values.
    """


@hookspec
def newsparse_extract_dates(
    article: Article, anchor: PublicationDate | None
) -> Iterable[TimeExpression]:
    """Find temporal expressions and resolve them against the publication date.

    Called once per article. Collected: spans are checked against the text;
    overlapping expressions are exclusive, and the best ranked one is kept.

    Args:
        article: the zoned article.
        anchor: the publication date to resolve relative expressions against, or
            ``None``; then values that need it stay underspecified
            (``XXXX-XX-XX``).

    Returns:
        :class:`~newsparse.model.TimeExpression` values.
    """
