"""Helpers for testing plugins (newsparse's own tests use them too).

Opt-in: import them in your tests; nothing here is loaded automatically.

Examples:
    >>> from newsparse.testing import make_parser, check_spans
    >>> article = make_parser().parse("Storm hits coast\\n\\nThe storm hit on Monday.\\n")
    >>> check_spans(article)
"""

from __future__ import annotations

from collections.abc import Iterable

from .merge import span_error
from .model import Article, Span
from .parser import Parser

__all__ = ["check_spans", "make_parser", "spans_of"]


def make_parser(*plugins: object, strict: bool = False, **kwargs: object) -> Parser:
    """A Parser with the built-ins and the given plugins only.

    Installed plugins are not loaded (``autoload=False``), so a test sees only
    what it asks for.

    Args:
        plugins: plugin modules or objects to register.
        strict: raise on plugin failures instead of recording them.
        kwargs: other :class:`~newsparse.Parser` options (``disable=``, ...).

    Returns:
        A new Parser.
    """
    return Parser(plugins=plugins, autoload=False, strict=strict, **kwargs)  # type: ignore[arg-type]


def spans_of(article: Article) -> Iterable[tuple[str, Span]]:
    """Every span in the article, each with a label saying where it is."""
    for i, zone in enumerate(article.zones):
        yield f"zones[{i}]", zone.span
    for name in ("headline", "standfirst"):
        span = getattr(article, name)
        if span is not None:
            yield name, span
    if article.byline is not None:
        yield "byline", article.byline.span
    if article.dateline is not None:
        yield "dateline", article.dateline.span
    if article.publication_date is not None and article.publication_date.span is not None:
        yield "publication_date", article.publication_date.span
    for i, caption in enumerate(article.captions):
        yield f"captions[{i}]", caption.span
        if caption.credit_span is not None:
            yield f"captions[{i}].credit", caption.credit_span
    for i, span in enumerate(article.paragraphs):
        yield f"paragraphs[{i}]", span
    for i, span in enumerate(article.related):
        yield f"related[{i}]", span
    for i, quote in enumerate(article.quotes):
        yield f"quotes[{i}].content", quote.content
        for j, part in enumerate(quote.parts):
            yield f"quotes[{i}].parts[{j}]", part
        if quote.speaker is not None:
            yield f"quotes[{i}].speaker", quote.speaker
        if quote.cue is not None:
            yield f"quotes[{i}].cue", quote.cue
    for i, source in enumerate(article.sources):
        yield f"sources[{i}]", source.span
    for i, date in enumerate(article.dates):
        yield f"dates[{i}]", date.span


def check_spans(article: Article) -> None:
    """Assert that every span is inside the text and matches it, and that the
    zones partition the text.

    Raises:
        AssertionError: naming the first bad span.
    """
    for where, span in spans_of(article):
        error = span_error(span, article.text, where)
        assert error is None, error
    joined = "".join(zone.span.text for zone in article.zones)
    assert joined == article.text, "the zones do not partition the text"
