"""Dates: temporal expressions in the editorial zones; the publication date fallback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import regex

from ..model import (
    Article,
    Dump,
    Granularity,
    PublicationDate,
    Span,
    TimeExpression,
    TimexType,
    Zone,
    ZoneKind,
)
from ..metadata import read_publication_date
from ..plugins import hookimpl

__all__ = ["find_dates"]

ISO_DATE_RE = regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
EDITORIAL = (ZoneKind.HEADLINE, ZoneKind.STANDFIRST, ZoneKind.BODY, ZoneKind.CAPTION)


def _date(match: regex.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def find_dates(article: Article, anchor: PublicationDate | None) -> Iterator[TimeExpression]:
    """ISO dates in the editorial zones.

    Args:
        article: the zoned article.
        anchor: the publication date.

    Yields:
        Temporal expressions.
    """
    text = article.text
    for zone in article.zones_of(*EDITORIAL):
        for match in ISO_DATE_RE.finditer(text, zone.start, zone.end):
            date = _date(match)
            if date is not None:
                yield TimeExpression(
                    span=Span.from_match(match),
                    type=TimexType.DATE,
                    value=date.isoformat(),
                    granularity=Granularity.DAY,
                )


@hookimpl
def newsparse_extract_dates(article: Article, anchor: PublicationDate | None) -> Iterator[TimeExpression]:
    return find_dates(article, anchor)


@hookimpl(trylast=True)  # the fallback: a portal plugin knows its own time stamps
def newsparse_publication_date(dump: Dump, zones: Sequence[Zone]) -> PublicationDate | None:
    return read_publication_date(dump, zones)
