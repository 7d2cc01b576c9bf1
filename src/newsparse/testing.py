"""Helpers for testing plugins (newsparse's own tests use them too).

Opt-in: import them in your tests; nothing here is loaded automatically.

Examples:
    >>> from newsparse.testing import make_parser, check_spans
    >>> article = make_parser().parse("Storm hits coast\\n\\nThe storm hit on Monday.\\n")
    >>> check_spans(article)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .merge import span_error
from .model import Article, Span
from .parser import Parser

__all__ = ["ADVERSARIAL_SHAPES", "check_spans", "make_parser", "spans_of"]


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


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: Inputs built to make backtracking patterns explode, keyed by name. Each
#: function takes a size in characters and returns a text of about that size.
#: Use them to check that a plugin's time stays linear in the input's length.
ADVERSARIAL_SHAPES: dict[str, Callable[[int], str]] = {
    "capitalised words": lambda n: _repeat("Xi Jinping Donald Trump Said ", n),
    "capitalised words, lines": lambda n: _repeat("President Vladimir Putin Moon Jae In\n", n),
    "quotation marks": lambda n: _repeat('"“”\'‘’', n),
    "open quotes": lambda n: _repeat('“He said ', n),
    "said said said": lambda n: _repeat("said ", n),
    "said, lines": lambda n: _repeat("he said that she said that they said\n", n),
    "digits": lambda n: _repeat("2017 12 31 10:30 ", n),
    "digits, no spaces": lambda n: _repeat("0123456789", n),
    "month names": lambda n: _repeat("Sept 3 September Monday morning last week ", n),
    "spaces": lambda n: "a" + " " * (n - 2) + "b",
    "one character": lambda n: "x" * n,
    "blank lines": lambda n: "\n" * n,
    "no line break": lambda n: _repeat("The minister said the talks would go on for weeks, ", n),
    "unclosed quote": lambda n: '“' + _repeat("the talks will go on, he said, and on ", n - 1),
    "according to": lambda n: _repeat("according to according to the ", n),
    "punctuation": lambda n: _repeat(".,;:!?-–—()[]", n),
    "run-on headlines": lambda n: _repeat("Xi meets TrumpUS backs dealChina warns Japan", n),
}
