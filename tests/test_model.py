from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from newsparse import (
    Article,
    Granularity,
    PublicationDate,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    TimeExpression,
    TimexType,
    ZoneKind,
)


def test_span_checks_its_invariants():
    with pytest.raises(ValueError, match="start"):
        Span(-1, 2, "abc")
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 2, "")
    with pytest.raises(ValueError, match="characters"):
        Span(0, 2, "abc")


def test_span_of_slices_the_text():
    text = "Xi Jinping said talks would go on."
    span = Span.of(text, 11, 15)
    assert span.text == "said"
    assert len(span) == 4
    assert span.overlaps(Span.of(text, 14, 20))
    assert not span.overlaps(Span.of(text, 15, 20))
    assert Span.of(text, 0, 20).contains(span)


def test_values_are_frozen_and_hashable():
    span = Span(0, 2, "AP")
    source = Source(name="AP", kind=SourceKind.AGENCY, span=span)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        source.name = "Reuters"  # type: ignore[misc]
    assert hash(source) == hash(Source(name="AP", kind=SourceKind.AGENCY, span=span))
    assert attrs.evolve(source, origin="x").origin == "x"


def test_kinds_are_validated_and_compare_to_strings():
    assert QuoteKind.MIXED == "mixed"
    assert ZoneKind("body") is ZoneKind.BODY
    with pytest.raises(TypeError):
        Quote(content=Span(0, 1, "a"), kind="direct")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        Source(name="AP", kind=SourceKind.AGENCY, span=Span(0, 2, "AP"), confidence=2.0)
    with pytest.raises(TypeError, match="'kind' must be"):
        Source(name="AP", kind="agency", span=Span(0, 2, "AP"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'granularity' must be"):
        TimeExpression(span=Span(0, 1, "a"), type=TimexType.DATE, value="2017", granularity="year")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        Quote(content=Span(0, 1, "a"), kind=QuoteKind.DIRECT, confidence=float("nan"))
    for start, end, text, says in [(-1, 0, "a", "start must be"), (2, 1, "", "before its start"),
                                   (0, 2, "a", "covers 2")]:
        with pytest.raises(ValueError, match=says):
            Span(start, end, text)


def test_collections_become_tuples():
    quote = Quote(content=Span(0, 1, "a"), kind=QuoteKind.DIRECT, parts=[Span(0, 1, "a")])
    assert quote.parts == (Span(0, 1, "a"),)
    hash(quote)


def test_article_pickles_for_worker_processes():
    text = "On Monday, Xi said."
    article = Article(
        text=text,
        dates=[
            TimeExpression(
                span=Span.of(text, 3, 9),
                type=TimexType.DATE,
                value="2017-04-24",
                granularity=Granularity.DAY,
            )
        ],
        publication_date=PublicationDate(value=dt.date(2017, 4, 25)),
    )
    assert pickle.loads(pickle.dumps(article)) == article
