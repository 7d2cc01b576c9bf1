"""Journals, studies and research institutions credited as sources.

A newsparse plugin: it implements the collected hook
``newsparse_extract_sources`` and returns :class:`newsparse.Source` values with
exact spans. The patterns are compiled once, at import.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsparse import Article, Source, SourceKind, Span, ZoneKind, hookimpl

__all__ = ["find_science_sources"]

# A capitalised name of up to six words ("New England Journal of Medicine").
_NAME = r"(?:the\s+)?\p{Lu}[\p{L}\-]*+(?:\s+(?:of|for|and|\p{Lu}[\p{L}\-]*+)){0,6}+"

JOURNAL_RE = regex.compile(
    r"(?i:published|appearing|appeared|reported)\s+(?:online\s+)?in\s+(?:the\s+journal\s+)?"
    r"(?P<name>" + _NAME + r")"
)
INSTITUTION_RE = regex.compile(
    r"(?i:researchers|scientists|scholars|experts)\s+(?:at|from)\s+(?P<name>" + _NAME + r")"
)
REPORT_RE = regex.compile(
    r"(?i:a|the)\s+(?:new\s+)?(?:study|report|survey|analysis)\s+(?:by|from)\s+(?P<name>" + _NAME + r")"
)
PATTERNS = ((JOURNAL_RE, SourceKind.MEDIA), (INSTITUTION_RE, SourceKind.BODY), (REPORT_RE, SourceKind.BODY))
EDITORIAL = (ZoneKind.HEADLINE, ZoneKind.STANDFIRST, ZoneKind.BODY, ZoneKind.CAPTION)


def _trim(match: regex.Match[str]) -> Span:
    start, end = match.span("name")
    text = match.string
    # A trailing "of"/"and"/"for" belongs to the sentence, not the name.
    while True:
        tail = regex.search(r"\s+(?:of|for|and)$", text[start:end])
        if not tail:
            break
        end = start + tail.start()
    if text.startswith("the ", start):
        start += 4
    return Span(start, end, text[start:end])


def find_science_sources(article: Article) -> Iterator[Source]:
    """Journals, institutions and report authors named in the editorial zones.

    Args:
        article: the zoned article.

    Yields:
        Sources: journals as ``media``, institutions and report authors as ``body``.

    Examples:
        >>> import newsparse
        >>> text = ("Jupiter's moon has water\\n\\n"
        ...         "The findings, published in the journal Nature Astronomy, were confirmed "
        ...         "by researchers at the University of Oxford on Monday.\\n")
        >>> article = newsparse.Parser(autoload=False).parse(text)
        >>> [(s.name, s.kind.value) for s in find_science_sources(article)]
        [('Nature Astronomy', 'media'), ('University of Oxford', 'body')]
    """
    text = article.text
    for zone in article.zones_of(*EDITORIAL):
        for pattern, kind in PATTERNS:
            for match in pattern.finditer(text, zone.start, zone.end):
                span = _trim(match)
                yield Source(name=span.text, kind=kind, span=span, confidence=0.8)


@hookimpl
def newsparse_extract_sources(article: Article) -> Iterator[Source]:
    """Add science sources to the built-in ones (a collected hook)."""
    return find_science_sources(article)
