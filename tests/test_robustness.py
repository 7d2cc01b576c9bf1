"""Hostile input: arbitrary text, adversarial shapes, misbehaving plugins.

Whatever the input, ``parse`` returns an Article or raises the library's
documented error; the zones give back the whole text; every span matches the
text; the JSON round-trips; time grows linearly with the input.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import InputError, NewsparseError, from_dict, from_json, hookimpl, to_dict, to_json
from newsparse.model import Quote, QuoteKind, Source, SourceKind, Span
from newsparse.testing import ADVERSARIAL_SHAPES, check_spans, make_parser

from .conftest import assert_linear

PARSER = make_parser()

QUOTE_MARKS = "\"'“”‘’„‟«»‹›「」『』〝〞＂"
BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"]
NEWS_WORDS = [
    "said", "says", "told", "according to", "Xi", "Putin", "President", "Monday", "Sept 3",
    "yesterday", "last week", "2017-09-07", "Photo: AP", "[Photo/Xinhua]", "By", "Reuters",
    "Related Stories", "< Prev Next >", "Share", "He", "she", "that", "“", "”", '"', ",", ".",
    "\u017f", "\u0131", "\u212a",  # long s, dotless i, Kelvin sign: case-insensitive look-alikes
]

pieces = st.one_of(
    st.text(min_size=0, max_size=30),  # all of Unicode, lone surrogates included
    st.sampled_from(NEWS_WORDS),
    st.sampled_from(BREAKS),
    st.text(alphabet=QUOTE_MARKS, min_size=1, max_size=5),
    st.just("\n\n\n\n"),
    st.text(alphabet="Ab .,\"", min_size=200, max_size=2000),  # long lines
)
texts = st.lists(pieces, max_size=60).map(" ".join)


def check_article(text: str) -> None:
    try:
        article = PARSER.parse(text)
    except NewsparseError:
        return
    assert article.text == text
    # The built-in plugins never fail, whatever the text: a failure would cost
    # the article everything that plugin finds.
    assert [p for p in article.problems if p.plugin] == []
    check_spans(article)
    assert from_json(to_json(article)) == article
    if not any("\ud800" <= c <= "\udfff" for c in text):
        assert from_dict(json.loads(json.dumps(to_dict(article)))) == article


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_parses_losslessly(text):
    check_article(text)


MARKDOWN = ["[Putin](https://example.com/p)", '![a photo](https://example.com/i.jpg "t")', "# ", "## Talks",
            "**bold**", "**", "](", "[", "]", "(", ")", "* [Home](/)", "1. ", "- ", "\xa0",
            "&quot;", "&ldquo;", "&rdquo;", "&nbsp;", "&amp;", "&#8220;", "&"]
prose = st.lists(st.one_of(st.sampled_from(NEWS_WORDS + MARKDOWN), st.text(min_size=1, max_size=12)),
                 min_size=20, max_size=400).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prose, st.sampled_from([40, 60, 72, 100]), st.sampled_from(["", "   "]))
def test_wrapped_and_markdown_text_parses_losslessly(text, width, indent):
    """What ``lynx -dump`` and ``html2text`` leave: hard-wrapped lines, Markdown links and marks."""
    import textwrap

    lines = [part for line in text.splitlines() or [""]
             for part in (textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent) or [line])]
    check_article("\n".join(lines) + "\n")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_parse_or_raise_input_error(data):
    try:
        article = PARSER.parse(data)
    except InputError:
        return
    check_spans(article)
    assert article.encoding is not None


_COMPRESS = {b"\x1f\x8b\x08": "gzip", b"BZh91AY&SY": "bz2", b"\xfd7zXZ\x00": "lzma"}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(_COMPRESS)), st.binary(max_size=2000))
def test_junk_after_a_compression_formats_first_bytes_is_an_input_error_or_parses(magic, junk):
    try:
        article = PARSER.parse(magic + junk)
    except InputError:
        return
    check_spans(article)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(_COMPRESS)), st.text(min_size=1, max_size=400), st.floats(0.3, 1.0))
def test_a_compressed_text_cut_anywhere_keeps_a_prefix_of_it(magic, text, share):
    """A stream cut short (a truncated download) gives the text up to the cut, or an
    InputError when nothing of it can be read; never a crash, never other text."""
    import importlib

    packed = importlib.import_module(_COMPRESS[magic]).compress(text.encode("utf-8"))
    data = packed[: max(len(magic), int(len(packed) * share))]
    try:
        article = PARSER.parse(data)
    except InputError:
        return
    check_spans(article)
    if article.encoding == "utf-8":
        kept = article.text.removesuffix("\ufffd")  # a character cut in two
        assert text.startswith(kept)
    elif article.encoding == "cp1252":  # nothing before the cut showed UTF-8: every byte kept
        back = b"".join(c.encode("cp1252") if c not in "\x81\x8d\x8f\x90\x9d" else c.encode("latin-1")
                        for c in article.text)
        assert text.encode("utf-8").startswith(back)
    else:  # a byte-order mark
        assert article.encoding == "utf-8-sig" and text.startswith("\ufeff")
    if data == packed:
        assert article.text == text.removeprefix("\ufeff") and not article.problems


@pytest.mark.parametrize("text", [
    "Head line here\n\nA high \ud83d\ude00 and a low surrogate side by side, said the fuzzer.\n",
    '“' * 50 + "He said.",
    '"Unbalanced, he said.\n\n"Another one," she said, "and' + " more" * 200,
    "‘single ‘quotes ’inside” “double ’mixed",
    "\n" * 5000,
    " " * 5000,
    "\ufeff\u200b\u202e" * 300,
    # letters that match s, i, k when case is ignored but are no date word's letters
    "Talks\n\nThe talks ended on Monday and \u017funday; a da\u0131ly event last \u212aunday.\n",
])
def test_edge_texts(text):
    check_article(text)


# With a publication date the tense of every weekday and month is read (without
# one it is not: the values stay underspecified either way).
@pytest.mark.parametrize("date", [None, "2017-04-24"])
@pytest.mark.parametrize("shape", sorted(ADVERSARIAL_SHAPES))
def test_time_is_linear_in_input_length(shape, date):
    make = ADVERSARIAL_SHAPES[shape]
    small, large = make(25_000), make(100_000)
    # 4x the input may take at most 6x the time (plus a small constant for
    # timer noise on tiny inputs).
    assert_linear(lambda: PARSER.parse(small, publication_date=date),
                  lambda: PARSER.parse(large, publication_date=date), 6)


def test_a_plugin_returning_garbage_leaves_the_rest_intact(seed_000):
    class Garbage:
        @hookimpl
        def newsparse_extract_quotes(self, article):
            return 42

        @hookimpl
        def newsparse_extract_sources(self, article):
            return [
                Source(name="Z", kind=SourceKind.OTHER, span=Span(10**6, 10**6 + 1, "Z")),
                Source(name="Z", kind=SourceKind.OTHER, span=Span(0, 4, "Nope")),
            ]

        @hookimpl
        def newsparse_extract_dates(self, article):
            return [Quote(content=Span(0, 4, "Path"), kind=QuoteKind.DIRECT)]

    clean = make_parser().parse(seed_000)
    messy = make_parser(Garbage()).parse(seed_000)
    assert messy.quotes == clean.quotes
    assert messy.sources == clean.sources
    assert messy.dates == clean.dates
    kinds = sorted(p.kind for p in messy.problems)
    assert kinds == ["invalid-result"] * 4
