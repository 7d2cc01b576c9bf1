"""The China Daily portal plugin, on the seed dump and on small synthetic dumps."""

from __future__ import annotations

from pathlib import Path

import newsparse_chinadaily
import pytest

from newsparse.model import ZoneKind
from newsparse.testing import check_spans, make_parser

SEED = Path(__file__).resolve().parents[4] / "shared" / "data" / "dumps" / "seeds" / "000_7693a7a7eaa7c0b9.txt"

FRAME = """\
Path: China >> World >>
Typhoon batters southern coast

Zhang Yunbi | China Daily

A powerful typhoon slammed into the southern coast on Thursday, forcing the evacuation of more than 40,000 people, officials said.

Winds of up to 160 kilometres an hour tore roofs off houses and uprooted trees in several coastal towns.

Related Stories
Share this page
Touched Sympathetic Bored Angry Amused Sad Happy No comment

Storm season startsRescue teams on alert
< Prev Next >
"""


def test_zones_and_publisher_of_a_china_daily_dump() -> None:
    article = make_parser(newsparse_chinadaily).parse(FRAME)
    check_spans(article)
    kinds = dict(article.line_zones())
    assert kinds[1] is ZoneKind.BREADCRUMB
    assert kinds[2] is ZoneKind.HEADLINE
    assert kinds[11] is ZoneKind.WIDGET and kinds[12] is ZoneKind.WIDGET
    assert kinds[14] is ZoneKind.RELATED
    assert kinds[15] is ZoneKind.WIDGET
    assert article.section_path == ("China", "World")
    assert [r.text for r in article.related] == ["Storm season starts", "Rescue teams on alert"]
    assert article.publisher == "China Daily"
    assert article.byline.affiliation == "China Daily"


def test_other_portals_are_left_to_the_next_zoner() -> None:
    text = "Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n"
    from newsparse.reading import read_dump

    assert newsparse_chinadaily.newsparse_zone_lines(read_dump(text)) is None


def test_seed_dump() -> None:
    if not SEED.exists():
        pytest.skip("shared seed dumps not available")
    article = make_parser(newsparse_chinadaily).parse(SEED.read_bytes())
    kinds = dict(article.line_zones())
    assert kinds[1] is ZoneKind.BREADCRUMB
    assert kinds[32] is ZoneKind.WIDGET
    assert len(article.related) == 10
