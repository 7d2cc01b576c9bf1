"""The generic zoner: splits any portal's dump into zones (the built-in fallback)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Dump, ZoneKind
from ..plugins import hookimpl

__all__ = ["zone_lines"]


def zone_lines(dump: Dump) -> list[ZoneKind]:
    """One zone kind per line of the dump.

    Args:
        dump: the dump.

    Returns:
        A kind for every line in ``dump.lines``.
    """
    kinds: list[ZoneKind] = []
    seen_headline = False
    for line in dump.lines:
        words = len(line.text.split())
        if not words:
            kinds.append(kinds[-1] if kinds else ZoneKind.OTHER)
        elif not seen_headline and 3 <= words <= 30:
            kinds.append(ZoneKind.HEADLINE)
            seen_headline = True
        elif words >= 12:
            kinds.append(ZoneKind.BODY)
        else:
            kinds.append(ZoneKind.OTHER)
    return kinds


@hookimpl(trylast=True)  # the fallback: any portal plugin answers first
def newsparse_zone_lines(dump: Dump) -> Sequence[ZoneKind]:
    return zone_lines(dump)
