"""newsparse plugin for China Daily-style portal dumps.

China Daily pages (and the regional sites built on the same templates) copy
out with a recognisable frame: a ``Path: Section >> Subsection >>`` trail above
the headline, and under the article a ``Related Stories`` heading, a ``Share
this page`` control, a row of reaction buttons (``Touched Sympathetic Bored
Angry Amused Sad Happy No comment``), the related headlines glued into one
run-on line and ``< Prev Next >``.

The plugin recognises that frame, lets the generic zoner find the article
itself, and pins the frame's lines to their zones. For any other dump it
returns ``None``, so the next zoner is tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsparse import hookimpl
from newsparse.default_plugins.zones import zone_lines
from newsparse.model import Article, Dump, Source, SourceKind, Span, ZoneKind

__all__ = ["is_china_daily", "zone_china_daily"]

#: The breadcrumb of the portal: ``Path: Sino-US >> Sino-US News>> Updates >>``.
PATH_RE = re.compile(r"^Path:\s*\S.*>>")
#: The reaction buttons under every article.
REACTIONS_RE = re.compile(r"^Touched\s+Sympathetic\s+Bored\s+Angry\b")
#: Fixed lines of the frame and their zones.
FRAME = {
    "Related Stories": ZoneKind.RELATED,
    "Share this page": ZoneKind.WIDGET,
    "< Prev Next >": ZoneKind.WIDGET,
    "Special Reports": ZoneKind.OTHER,
}
#: How the portal names itself.
PUBLISHER_RE = re.compile(r"\bChina Daily\b")
#: Only the top and bottom of a dump are searched for the frame.
HEAD_LINES = 5
TAIL_LINES = 12


def is_china_daily(dump: Dump) -> bool:
    """Whether the dump has the China Daily frame (a ``Path:`` trail or the reaction row).

    Looks at a fixed number of lines at each end, so the cost does not grow
    with the dump.
    """
    lines = dump.lines
    head = any(PATH_RE.match(line.text) for line in lines[:HEAD_LINES])
    tail = any(REACTIONS_RE.match(line.text) for line in lines[-TAIL_LINES:])
    return head or tail


def zone_china_daily(dump: Dump) -> list[ZoneKind]:
    """Zone a China Daily dump: the generic zoner's answer with the frame pinned.

    Args:
        dump: a dump for which :func:`is_china_daily` holds.

    Returns:
        One kind per line.
    """
    kinds = list(zone_lines(dump))
    lines = dump.lines
    for i, line in enumerate(lines[:HEAD_LINES]):
        if PATH_RE.match(line.text):
            kinds[i] = ZoneKind.BREADCRUMB
    tail_start = max(0, len(lines) - TAIL_LINES)
    after_related = False
    for i in range(tail_start, len(lines)):
        text = lines[i].text.strip()
        if text in FRAME:
            kinds[i] = FRAME[text]
            after_related = after_related or text == "Related Stories"
        elif REACTIONS_RE.match(text):
            kinds[i] = ZoneKind.WIDGET
        elif after_related and text and kinds[i] is not ZoneKind.BODY:
            kinds[i] = ZoneKind.RELATED  # the glued run of related headlines
    return kinds


@hookimpl
def newsparse_zone_lines(dump: Dump) -> Sequence[ZoneKind] | None:
    if not is_china_daily(dump):
        return None  # not our portal: the next zoner is tried
    return zone_china_daily(dump)


@hookimpl
def newsparse_extract_sources(article: Article) -> Iterable[Source]:
    # The portal names itself in bylines ("Zhang Yunbi | China Daily") and in
    # its footer; the first such mention is the publisher.
    if not any(PATH_RE.match(z.span.text) for z in article.zones_of(ZoneKind.BREADCRUMB)):
        return
    for zone in article.zones_of(ZoneKind.BYLINE, ZoneKind.OTHER, ZoneKind.CAPTION):
        match = PUBLISHER_RE.search(article.text, zone.start, zone.end)
        if match is not None:
            yield Source(name="China Daily", kind=SourceKind.PUBLISHER, span=Span.from_match(match))
            return
