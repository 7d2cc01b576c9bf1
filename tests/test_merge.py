from __future__ import annotations

import random

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.merge import check_item, merge_items, rank_key, span_error, validate
from newsparse.model import (
    Problem,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    TimeExpression,
    TimexType,
)
from newsparse.plugins import PluginCall

TEXT = "Xinhua quoted KCNA as saying on Monday that talks were over."


def date(start, end, value="2017-04-24", origin="p", confidence=1.0):
    return TimeExpression(
        span=Span.of(TEXT, start, end), type=TimexType.DATE, value=value, origin=origin,
        confidence=confidence,
    )


def test_span_error_names_the_problem():
    assert span_error(Span(0, 6, "Xinhua"), TEXT) is None
    assert "past the end" in span_error(Span(0, 500, "x" * 500), TEXT)
    assert "does not match" in span_error(Span(0, 6, "Reuter"), TEXT)
    assert "not a Span" in span_error((0, 6), TEXT)


def test_check_item_checks_type_and_every_span():
    good = Quote(content=Span.of(TEXT, 44, 60), kind=QuoteKind.INDIRECT, speaker=Span.of(TEXT, 14, 18))
    assert check_item(good, Quote, TEXT) is None
    bad = Quote(content=Span.of(TEXT, 44, 60), kind=QuoteKind.INDIRECT, speaker=Span(14, 18, "XXXX"))
    assert "speaker" in check_item(bad, Quote, TEXT)
    assert "expected Quote" in check_item("a quote", Quote, TEXT)
    # every field a span may be in, each with what can be wrong with it
    content = Span.of(TEXT, 44, 60)
    for field, wrong, says in [
        ("content", (44, 60), "content is a tuple"),
        ("cue", Span(0, 4, "said"), "cue text"),
        ("parts", (Span(44, 50, "nobody"),), "part text"),
        ("speaker", Span(14, len(TEXT) + 2, "K" * (len(TEXT) - 12)), "runs past the end"),
    ]:
        item = Quote(**{"content": content, "kind": QuoteKind.DIRECT, field: wrong})
        assert says in check_item(item, Quote, TEXT), field
    assert "empty span" in check_item(Quote(content=Span(3, 3, ""), kind=QuoteKind.DIRECT), Quote, TEXT)
    found = date(0, 6)
    assert check_item(found, TimeExpression, TEXT) is None
    assert "span text" in check_item(attrs.evolve(found, span=Span(0, 6, "Monday")), TimeExpression, TEXT)
    assert "span is a str" in check_item(attrs.evolve(found, span="Xinhua"), TimeExpression, TEXT)


def test_sources_keep_overlaps_but_drop_exact_duplicates():
    xinhua = Source(name="Xinhua", kind=SourceKind.AGENCY, span=Span.of(TEXT, 0, 6), origin="a")
    kcna = Source(name="KCNA", kind=SourceKind.AGENCY, span=Span.of(TEXT, 14, 18), origin="a")
    again = Source(name="xinhua", kind=SourceKind.AGENCY, span=Span.of(TEXT, 0, 6), origin="b")
    merged = merge_items([(kcna, 1), (xinhua, 1), (again, 1)], exclusive=False)
    assert merged == (xinhua, kcna)


def test_exclusive_overlaps_keep_the_best_ranked():
    short = date(32, 38, origin="a")  # "Monday"
    longer = date(29, 38, origin="b")  # "on Monday" (wider span wins at equal confidence)
    sure = date(32, 38, value="2017-04-17", origin="c", confidence=1.0)
    unsure = date(29, 38, origin="d", confidence=0.5)
    assert merge_items([(short, 1), (longer, 1)], exclusive=True) == (longer,)
    assert merge_items([(sure, 1), (unsure, 1)], exclusive=True) == (sure,)


def test_ties_are_broken_by_tier_then_plugin_name_never_by_order():
    a = date(32, 38, value="2017-04-24", origin="alpha")
    b = date(32, 38, value="2017-04-17", origin="beta")
    assert merge_items([(b, 1), (a, 1)], exclusive=True) == (a,)
    assert merge_items([(a, 1), (b, 1)], exclusive=True) == (a,)
    assert merge_items([(a, 0), (b, 2)], exclusive=True) == (b,)
    assert rank_key((b, 2)) > rank_key((a, 0))


spans = st.tuples(st.integers(0, len(TEXT)), st.integers(0, 12)).map(
    lambda p: (p[0], min(len(TEXT), p[0] + p[1]))
)


@given(st.lists(st.tuples(spans, st.sampled_from(["a", "b", "c"]), st.sampled_from([0.5, 1.0])), max_size=25), st.randoms())
def test_merging_is_idempotent_order_independent_and_exclusive(items, rnd):
    candidates = [(date(s, e, origin=o, confidence=c), 1) for (s, e), o, c in items]
    merged = merge_items(candidates, exclusive=True)
    shuffled = candidates[:]
    rnd.shuffle(shuffled)
    assert merge_items(shuffled, exclusive=True) == merged
    assert merge_items([(m, 1) for m in merged], exclusive=True) == merged
    for x, y in zip(merged, merged[1:]):
        assert x.span.start <= y.span.start
        assert not x.span.overlaps(y.span)
    # Greedy best-first: whatever was dropped lost to a kept item that overlaps
    # it and ranks at least as high (an empty span holds its one position).
    def reach(span):
        return span.start, max(span.end, span.start + 1)

    for candidate in candidates:
        item = candidate[0]
        if item not in merged:
            (s, e) = reach(item.span)
            assert any(
                m_s < e and s < m_e and rank_key((m, 1)) >= rank_key(candidate)
                for m in merged
                for m_s, m_e in [reach(m.span)]
            )


def test_random_registration_orders_agree():
    items = [(date(s, s + 6, origin=name), 1) for s, name in [(32, "x"), (29, "y"), (30, "z")]]
    results = set()
    for seed in range(10):
        random.Random(seed).shuffle(items)
        results.add(merge_items(items, exclusive=True))
    assert len(results) == 1


@attrs.frozen(kw_only=True)
class _OwnTimeExpression(TimeExpression):
    note: str = ""


@attrs.frozen
class _OwnSpan(Span):
    pass


@pytest.mark.parametrize("expected", [Source, TimeExpression])
def test_validate_keeps_and_refuses_what_check_item_does(expected):
    # validate checks the usual item of one span inline: every way an item can
    # be wrong gets check_item's own message, and every good one is kept and stamped.
    def make(span, kind=expected):
        if kind is Source:
            return Source(name="X", kind=SourceKind.OTHER, span=span, origin="p")
        return kind(span=span, type=TimexType.DATE, value="2017", origin="p")

    good = Span.of(TEXT, 0, 6)
    # a span made the long way round its checks: it matches the text but runs past its end
    stretched = Span.of(TEXT, 50, len(TEXT))
    object.__setattr__(stretched, "end", len(TEXT) + 5)
    items = [
        make(stretched),
        make(good),
        make(Span.of(TEXT, 7, 13)),
        make(_OwnSpan(14, 18, "KCNA")),  # a Span of another class (checked the long way)
        make(Span(0, 6, "Reuter")),  # not the text
        make(Span(0, len(TEXT) + 1, "x" * (len(TEXT) + 1))),  # past the end
        make(Span(len(TEXT) - 1, len(TEXT) + 2, "abc")),
        make(Span(3, 3, "")),  # empty
        make(Span(len(TEXT), len(TEXT), "")),
        make((0, 6)),  # not a Span
        make(None),
        "a string",
        Quote(content=good, kind=QuoteKind.DIRECT),
    ]
    if expected is TimeExpression:
        items.append(make(good, _OwnTimeExpression))  # a subclass of the expected type
    problems: list[Problem] = []
    calls = [PluginCall(plugin="q", tier=1, result=tuple(items))]
    kept = validate(calls, expected, TEXT, "hook", problems, lambda item, plugin: attrs.evolve(item, origin=plugin))
    errors = [check_item(item, expected, TEXT) for item in items]
    assert [p.message for p in problems] == [e for e in errors if e]
    assert kept == [(attrs.evolve(item, origin="q"), 1) for item, e in zip(items, errors) if e is None]
    assert len(kept) == (4 if expected is TimeExpression else 3)
