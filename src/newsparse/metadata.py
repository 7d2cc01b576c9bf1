"""From line kinds to zones, and the article's metadata read off the zones.

The zoning hook says what each line is; this module turns those kinds into
:class:`~newsparse.model.Zone` runs and reads the headline, section path,
standfirst, byline, dateline, captions, body paragraphs and related headlines
from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import regex

from .model import Byline, Caption, Dateline, Dump, PublicationDate, Span, Zone, ZoneKind

__all__ = ["build_zones", "read_metadata", "read_publication_date"]

BREADCRUMB_SEP_RE = regex.compile(r"\s*(?:>>|»|›|>|/|\|)\s*")
BREADCRUMB_PREFIX_RE = regex.compile(r"^\s*(?:Path|You are here|Home)\s*:\s*", regex.IGNORECASE)
ISO_DATE_RE = regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
BYLINE_PREFIX_RE = regex.compile(r"^\s*By\s+", regex.IGNORECASE)
CREDIT_RE = regex.compile(
    r"(?:\[\s*Photo\s*/\s*(?P<credit>[^\]]+?)\s*\]"
    r"|\(\s*Photo(?:graph)?\s+by\s+(?P<credit>[^)]+?)\s*\)"
    r"|\b(?:Photo|Image|Picture)\s*(?:credit)?\s*:\s*(?P<credit>[^\n]+?))\s*$",
    regex.IGNORECASE,
)


def build_zones(dump: Dump, kinds: Sequence[ZoneKind]) -> tuple[Zone, ...]:
    """Group consecutive lines of the same kind into zones.

    The zones cover the whole text in order: each line with its line break.

    Args:
        dump: the dump.
        kinds: one kind per line of ``dump.lines``.

    Returns:
        The zones in text order.
    """
    zones = []
    lines = dump.lines
    text = dump.text
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and kinds[j + 1] is kinds[i]:
            j += 1
        start, end = lines[i].start, lines[j].next_start
        zones.append(
            Zone(
                kind=kinds[i],
                span=Span(start, end, text[start:end]),
                first_line=lines[i].number,
                last_line=lines[j].number,
            )
        )
        i = j + 1
    return tuple(zones)


def _stripped(dump: Dump, start: int, end: int) -> Span | None:
    text = dump.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


def _zone_lines(dump: Dump, zone: Zone) -> list[Span]:
    spans = []
    for line in dump.lines[zone.first_line - 1 : zone.last_line]:
        span = _stripped(dump, line.start, line.end)
        if span is not None:
            spans.append(span)
    return spans


def read_metadata(dump: Dump, zones: Sequence[Zone]) -> dict[str, Any]:
    """Read the article's metadata off its zones.

    Args:
        dump: the dump.
        zones: its zones.

    Returns:
        Keyword arguments for :class:`~newsparse.model.Article`: ``headline``,
        ``section_path``, ``standfirst``, ``byline``, ``dateline``, ``captions``,
        ``paragraphs`` and ``related``.
    """
    by_kind: dict[ZoneKind, list[Span]] = {}
    for zone in zones:
        by_kind.setdefault(zone.kind, []).extend(_zone_lines(dump, zone))

    def first(kind: ZoneKind) -> Span | None:
        spans = by_kind.get(kind)
        return spans[0] if spans else None

    section_path: list[str] = []
    crumb = first(ZoneKind.BREADCRUMB)
    if crumb is not None:
        trail = BREADCRUMB_PREFIX_RE.sub("", crumb.text)
        section_path = [part for part in BREADCRUMB_SEP_RE.split(trail) if part.strip()]

    byline = None
    by = first(ZoneKind.BYLINE)
    if by is not None:
        names = BYLINE_PREFIX_RE.sub("", by.text)
        affiliation = None
        if "|" in names:
            names, affiliation = (part.strip() for part in names.split("|", 1))
        authors = [a.strip() for a in regex.split(r",|\band\b", names) if a.strip()]
        byline = Byline(span=by, authors=tuple(authors), affiliation=affiliation or None)

    dateline = None
    dl = first(ZoneKind.DATELINE)
    if dl is not None:
        dateline = Dateline(span=dl, place=None)

    captions = []
    for span in by_kind.get(ZoneKind.CAPTION, []):
        match = CREDIT_RE.search(span.text)
        credit = credit_span = None
        if match:
            credit_span = Span.from_match(match, "credit", offset=span.start)
            credit = credit_span.text
        captions.append(Caption(span=span, credit=credit, credit_span=credit_span))

    return {
        "headline": first(ZoneKind.HEADLINE),
        "section_path": tuple(section_path),
        "standfirst": first(ZoneKind.STANDFIRST),
        "byline": byline,
        "dateline": dateline,
        "captions": tuple(captions),
        "paragraphs": tuple(by_kind.get(ZoneKind.BODY, [])),
        "related": tuple(by_kind.get(ZoneKind.RELATED, [])),
    }


def read_publication_date(dump: Dump, zones: Sequence[Zone]) -> PublicationDate | None:
    """The publication date from the dump's own time stamps (datelines first).

    Args:
        dump: the dump.
        zones: its zones.

    Returns:
        The date with the span of the stamp it was read from, or ``None``.
    """
    for zone in sorted(zones, key=lambda z: z.kind is not ZoneKind.DATELINE):
        if zone.kind in (ZoneKind.DATELINE, ZoneKind.BYLINE, ZoneKind.OTHER):
            for match in ISO_DATE_RE.finditer(dump.text, zone.start, zone.end):
                try:
                    value = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
                except ValueError:
                    continue
                return PublicationDate(value=value, span=Span.from_match(match), confidence=0.5)
    return None
