"""Quotes: direct quotes in quotation marks with a nearby cue and speaker."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..lexicon import Lexicon
from ..model import Article, Quote, QuoteKind, Source, Span
from ..plugins import hookimpl

__all__ = ["find_quotes"]

DIRECT_RE = regex.compile(r'["“](?P<content>[^"“”\n]++)["”]')
AFTER_RE = regex.compile(r"\s*(?P<speaker>(?:[A-Z][\w-]*+\s){0,4}?[A-Z][\w-]*+)\s+(?P<cue>said|says|added|told)\b")


def find_quotes(article: Article, lexicon: Lexicon) -> Iterator[Quote]:
    """Direct quotes followed by ``Speaker said``.

    Args:
        article: the zoned article.
        lexicon: the cue verbs.

    Yields:
        Direct quotes.
    """
    text = article.text
    for para in article.paragraphs:
        for match in DIRECT_RE.finditer(text, para.start, para.end):
            after = AFTER_RE.match(text, match.end(), para.end)
            speaker = cue = None
            if after:
                speaker = Span.from_match(after, "speaker")
                cue = Span.from_match(after, "cue")
            content = Span.from_match(match, "content")
            yield Quote(content=content, kind=QuoteKind.DIRECT, speaker=speaker, cue=cue,
                        speaker_name=speaker.text if speaker else None)


@hookimpl
def newsparse_extract_quotes(article: Article, lexicon: Lexicon, sources: Sequence[Source]) -> Iterator[Quote]:
    return find_quotes(article, lexicon)
