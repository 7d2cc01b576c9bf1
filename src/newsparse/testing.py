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
from .model import Article, Problem, Span
from .parser import Parser

__all__ = [
    "ADVERSARIAL_SHAPES",
    "SAMPLE_DUMP",
    "check_plugins",
    "check_spans",
    "make_parser",
    "spans_of",
]


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


def _paragraphs(unit: str, size: int) -> str:
    """A headline over three paragraphs of ``unit`` repeated whole, about ``size`` characters in
    all (a paragraph ending mid-word is no prose: the zoner leaves it out of the body)."""
    return "Talks stall\n\n" + "\n\n".join([unit * max(1, (size - 17) // (3 * len(unit)))] * 3) + "\n"


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
    "called it": lambda n: _repeat('He called it "a disgrace". ', n),
    "called, one sentence": lambda n: _repeat('Smith called the plan "bad" and "wrong", ', n),
    "in a poll": lambda n: _repeat("In a poll, she led Mr. Smith by six. ", n),
    "in a poll, one sentence": lambda n: _repeat("In a poll, x ", n),
    "punctuation": lambda n: _repeat(".,;:!?-–—()[]", n),
    "run-on headlines": lambda n: _repeat("Xi meets TrumpUS backs dealChina warns Japan", n),
    # (under a headline, in three paragraphs: a dump of one line is no article, and one long
    # line's zone changes with its length; each paragraph grows with the size)
    "bodies credited": lambda n: _paragraphs("The Foreign Ministry of the Interior Office said the talks failed. ", n),
    "pronouns opening sentences": lambda n: _paragraphs("President Joe Smith met Ann Lee. He said it was fine. ", n),
    # (the shapes above that the zoner leaves out of the body as one line, in paragraphs it reads)
    "capitalised words, in paragraphs": lambda n: _paragraphs("Xi Jinping Donald Trump Said. ", n),
    "quotation marks, in paragraphs": lambda n: _paragraphs('He said "“”\'‘’ it. ', n),
    "open quotes, in paragraphs": lambda n: _paragraphs("“He said it. ", n),
    "said, in paragraphs": lambda n: _paragraphs("He said that she said that they said so. ", n),
    "punctuation, in paragraphs": lambda n: _paragraphs("He said .,;:!?-–—()[] it. ", n),
    "live entries": lambda n: "Talks stall\n\nThe talks stalled on Monday, officials said in a statement.\n" + _repeat(
        "2 Mar 2025 15.20 GMT\nA title\nAn entry's paragraph says a thing at length here.\n", n - 71),
}


#: A made-up portal dump with every zone and the common attributions, for
#: smoke-testing plugins (:func:`check_plugins`).
SAMPLE_DUMP = (
    "Home >> World >> Asia\n"
    "Storm cuts power across coastal towns\n"
    "By Jane Doe | Coast Daily\n"
    "Updated: 2017-09-07 07:33\n"
    "A fallen tree blocks a road in Seaside on Wednesday. [Photo/Xinhua]\n"
    "\n"
    "A storm cut power to thousands of homes along the coast on Wednesday, forcing schools "
    "to close and flights to be cancelled, officials said.\n"
    "\n"
    '"We have never seen anything like it," Mayor John Smith told reporters. "The whole town is dark."\n'
    "\n"
    "He said crews would work through the night, according to the Coast News Agency, and that "
    "most homes should be reconnected by Friday.\n"
    "\n"
    "Share this article\n"
    "Related Stories\n"
    "Storm warning issued for the weekendSchools to reopen on Monday\n"
    "< Prev Next >\n"
    "Copyright 2017 Coast Daily. All rights reserved.\n"
)


def check_plugins(parser: Parser, texts: Iterable[str] | None = None) -> dict[str, list[Problem]]:
    """Run a Parser's plugins over sample inputs and collect what each did wrong.

    The default inputs are :data:`SAMPLE_DUMP`, an empty text, and every
    :data:`ADVERSARIAL_SHAPES` shape at 20,000 characters. Build the Parser with
    a ``plugin_timeout`` to catch plugins that hang.

    Args:
        parser: the Parser whose plugins to check (not strict).
        texts: the inputs to parse instead of the defaults.

    Returns:
        Every plugin's name mapped to the problems it caused (empty when none).

    Examples:
        >>> report = check_plugins(make_parser())
        >>> sorted(name for name, problems in report.items() if problems)
        []
    """
    if texts is None:
        texts = [SAMPLE_DUMP, "", *(make(20_000) for make in ADVERSARIAL_SHAPES.values())]
    report: dict[str, list[Problem]] = {info.name: [] for info in parser.plugins()}
    for text in texts:
        for problem in parser.parse(text).problems:
            if problem.plugin is not None:
                report.setdefault(problem.plugin, []).append(problem)
    return report
