"""Sources: agencies and media named in the text, and photo credits."""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import Lexicon, words_pattern
from ..model import Article, Source, SourceKind, Span, ZoneKind
from ..plugins import hookimpl

__all__ = ["find_sources"]


def find_sources(article: Article, lexicon: Lexicon) -> Iterator[Source]:
    """Known agencies named in the editorial zones, and caption credits.

    Args:
        article: the zoned article.
        lexicon: supplies the known agencies.

    Yields:
        Sources in text order within each zone.
    """
    pattern = lexicon.compiled(
        "sources.agencies",
        lambda: words_pattern(
            [n for a in lexicon.agencies for n in (a.name, *a.aliases)], flags=0
        ),
    )
    text = article.text
    for zone in article.zones_of(ZoneKind.HEADLINE, ZoneKind.STANDFIRST, ZoneKind.BODY):
        for match in pattern.finditer(text, zone.start, zone.end):
            agency = lexicon.agency(match.group())
            if agency is not None:
                yield Source(name=agency.name, kind=agency.kind, span=Span.from_match(match))
    for caption in article.captions:
        if caption.credit_span is not None:
            yield Source(name=caption.credit_span.text, kind=SourceKind.PHOTO_CREDIT, span=caption.credit_span)


@hookimpl
def newsparse_extract_sources(article: Article, lexicon: Lexicon) -> Iterator[Source]:
    return find_sources(article, lexicon)
