"""Merging what plugins found: validate, de-duplicate, resolve overlaps, sort.

Pure functions, used by the Parser after each collected hook. "Best" always
means one rank key (:func:`rank_key`): higher confidence, then the longer span,
then the plugin's tier (``tryfirst`` > plain > ``trylast``), then the plugin
name. Registration order never decides anything, so the same plugins give the
same Article whatever order they were installed in.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from .model import Problem, Quote, Source, Span, TimeExpression

__all__ = ["Candidate", "check_item", "merge_items", "rank_key", "span_error"]

T = TypeVar("T", Quote, Source, TimeExpression)

#: ``(item, tier)``: an item a plugin returned, with its implementation's tier.
Candidate = tuple[Any, int]


def span_error(span: Any, text: str, what: str = "span") -> str | None:
    """Why ``span`` is not a valid span of ``text``, or ``None`` when it is.

    Examples:
        >>> span_error(Span(0, 3, "abc"), "abcdef") is None
        True
        >>> span_error(Span(0, 3, "xyz"), "abcdef")
        "span text 'xyz' does not match the text at 0:3 ('abc')"
    """
    if not isinstance(span, Span):
        return f"{what} is a {type(span).__name__}, not a Span"
    if span.end > len(text):
        return f"{what} {span.start}:{span.end} runs past the end of the text ({len(text)})"
    if text[span.start : span.end] != span.text:
        return (
            f"{what} text {span.text[:40]!r} does not match the text at "
            f"{span.start}:{span.end} ({text[span.start : span.end][:40]!r})"
        )
    return None


def _spans_of(item: Any) -> Iterable[tuple[str, Any]]:
    if isinstance(item, Quote):
        yield "content", item.content
        for part in item.parts:
            yield "part", part
        if item.speaker is not None:
            yield "speaker", item.speaker
        if item.cue is not None:
            yield "cue", item.cue
    else:
        yield "span", item.span


def check_item(item: Any, expected: type, text: str) -> str | None:
    """Why a plugin's result item is unusable, or ``None`` when it is fine."""
    if not isinstance(item, expected):
        return f"returned a {type(item).__name__}, expected {expected.__name__}"
    for what, span in _spans_of(item):
        error = span_error(span, text, what)
        if error:
            return error
    if not len(main_span(item)):
        return "empty span: an extracted item must cover some text"
    return None


def main_span(item: Any) -> Span:
    """The span an item is ranked and ordered by: a quote's content, else its span."""
    return item.content if isinstance(item, Quote) else item.span


def rank_key(candidate: Candidate) -> tuple[float, int, int, str, int, str]:
    """The sort key of "best": confidence, span length, tier, plugin name.

    Higher is better, except the plugin name, which only breaks ties
    (alphabetically first wins) so the result never depends on registration
    order; then the earlier span, then the value.
    """
    item, tier = candidate
    return _rank(item, tier, _identity(item))


def _rank(item: Any, tier: int, identity: tuple[Any, ...]) -> tuple[float, int, int, str, int, str]:
    start, end, value = identity
    # The last two only make the order total (earlier spans first, then the
    # value), so equal-ranked items never fall back on input order.
    return (item.confidence, end - start, tier, _negated(item.origin), -start, str(value))


@functools.lru_cache(maxsize=256)
def _negated(name: str) -> str:
    # Negate the name's code points so that max() prefers the first name. Few
    # distinct plugin names, ranked over and over: cached.
    return "".join(chr(0x10FFFF - ord(c)) for c in name)


def _identity(item: Any) -> tuple[Any, Any, Any]:
    """``(start, end, what)`` of the main span: two items the same on all three are duplicates."""
    span = main_span(item)
    if isinstance(item, Source):
        return (span.start, span.end, item.name.casefold())
    if isinstance(item, TimeExpression):
        return (span.start, span.end, item.value)
    return (span.start, span.end, item.kind)


def merge_items(
    candidates: Sequence[Candidate], *, exclusive: bool
) -> tuple[Any, ...]:
    """De-duplicate, resolve overlaps and sort validated items.

    Args:
        candidates: ``(item, tier)`` pairs, already validated and stamped.
        exclusive: items whose main spans overlap compete and only the best is
            kept (quotes, dates); otherwise only exact duplicates go (sources).

    Returns:
        The kept items sorted by ``(start, end)``.

    Examples:
        >>> from newsparse.model import SourceKind
        >>> a = Source(name="AP", kind=SourceKind.AGENCY, span=Span(0, 2, "AP"), origin="x")
        >>> merge_items([(a, 1), (a, 1)], exclusive=False) == (a,)
        True
    """
    if _in_order(candidates):
        # The usual case, one plugin's items in text order: nothing to resolve.
        return tuple([item for item, _tier in candidates])
    # Each candidate's identity and rank are computed once: dense text gives
    # tens of thousands of items.
    best: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}
    for item, tier in candidates:
        key = _identity(item)
        rank = _rank(item, tier, key)
        held = best.get(key)
        if held is None or rank > held[0]:
            best[key] = (rank, item)
    ranked = sorted(best.values(), key=_first, reverse=True)
    if exclusive:
        # Greedy, best first: an item is kept when no kept item covers any of
        # its characters. A byte per character marks what is taken, so each
        # test is a memchr over the item's own span (linear overall, where a
        # sorted list of kept spans costs a quadratic insert on dense text).
        kept: list[tuple[tuple[Any, ...], Any]] = []
        taken = bytearray(max((-rank[4] + rank[1] + 1 for rank, _ in ranked), default=0))
        for pair in ranked:
            rank = pair[0]
            start = -rank[4]  # (the rank holds the span's start and length)
            end = start + (rank[1] or 1)
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            kept.append(pair)
    else:
        kept = ranked
    # In text order: by start, then end (the rank holds both).
    kept.sort(key=_position)
    return tuple(item for _rank, item in kept)


def _in_order(candidates: Sequence[Candidate]) -> bool:
    """Whether each item's main span starts where the one before ends, or after.

    Such items have no duplicates and no overlaps, and sorting keeps them as
    they are: merging them changes nothing. An empty span (which validation
    never lets through) takes the long way.
    """
    end = -1
    for item, _tier in candidates:
        span = item.content if isinstance(item, Quote) else item.span  # (main_span, without a call)
        if span.start < end or span.end <= span.start:
            return False
        end = span.end
    return True


def _first(pair: tuple[Any, Any]) -> Any:
    return pair[0]


def _position(pair: tuple[tuple[Any, ...], Any]) -> tuple[int, int]:
    rank = pair[0]
    return -rank[4], rank[1]


def validate(
    calls: Iterable[Any],
    expected: type,
    text: str,
    hook: str,
    problems: list[Problem],
    stamp: Callable[[Any, str], Any],
) -> list[Candidate]:
    """Check every item the plugins returned and stamp it with its origin.

    Args:
        calls: :class:`~newsparse.plugins.PluginCall` records.
        expected: the type every item must have.
        text: the article text the spans must match.
        hook: the hook's name, for problem records.
        problems: unusable items are recorded here, never silently dropped.
        stamp: returns the item with ``origin`` set to the plugin name (called
            for an item whose ``origin`` is another).

    Returns:
        ``(item, tier)`` pairs.
    """
    candidates: list[Candidate] = []
    append = candidates.append
    size = len(text)
    # Items with one span (sources, dates) are checked here: the usual item, of
    # exactly the expected type with a non-empty Span that matches the text,
    # passes one test without a call (dense text gives a hundred thousand
    # dates). Anything else takes check_item, which says what is wrong.
    one_span = not issubclass(expected, Quote)
    kind: Any = expected  # (compared as Any: mypy would narrow the item to a bare type)
    for call in calls:
        result = call.result
        plugin = call.plugin
        if not isinstance(result, tuple):
            problems.append(
                Problem(
                    kind="invalid-result",
                    message=f"returned a {type(result).__name__}, expected an iterable",
                    plugin=plugin,
                    hook=hook,
                )
            )
            continue
        tier = call.tier
        for item in result:
            span = item.span if one_span and type(item) is kind else None
            if span is None or not (
                type(span) is Span
                and span.end <= size
                and text[span.start : span.end] == span.text
                and span.start < span.end
            ):
                error = check_item(item, expected, text)
                if error:
                    problems.append(Problem(kind="invalid-result", message=error, plugin=plugin, hook=hook))
                    continue
            append((item if item.origin == plugin else stamp(item, plugin), tier))
    return candidates
