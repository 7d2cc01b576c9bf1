"""Metadata read off the zones: headline, section path, standfirst, byline,
dateline, captions, related headlines and the publication date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Parser, metadata
from newsparse.metadata import (
    STAMP_LANGUAGES,
    _stamp_languages,
    build_zones,
    read_byline,
    read_caption,
    read_dateline,
    split_run_on,
)
from newsparse.model import Span, ZoneKind
from newsparse.reading import read_dump
from newsparse.testing import check_spans, make_parser

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "data" / "dumps" / "seeds"


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(autoload=False)


def _seed(name: str) -> bytes:
    path = next(SEEDS.glob(f"{name}_*.txt"), None) if SEEDS.exists() else None
    if path is None:
        pytest.skip("shared seed dumps not available")
    return path.read_bytes()


def test_seed_000_metadata(parser: Parser) -> None:
    article = parser.parse(_seed("000"))
    check_spans(article)
    assert article.headline.text == "Xi, Trump discuss North Korean nuclear crisis in telephone call"
    assert article.section_path == ("Sino-US", "Sino-US News", "Updates")
    assert [c.credit for c in article.captions] == ["AP"]
    credit = article.captions[0].credit_span
    assert article.text[credit.start : credit.end] == "AP"
    assert len(article.paragraphs) == 12
    assert article.publication_date is None  # the dump has no time stamp: never the wall clock


def test_seed_000_related_headlines(parser: Parser) -> None:
    article = parser.parse(_seed("000"))
    related = [span.text for span in article.related]
    assert len(related) == 10
    assert related[0] == "La Plantation—an open theater for acoustic music lovers"
    assert related[1] == "Xi, Trump discuss North Korean nuclear crisis in telephone call"
    assert related[6].startswith("#Caixin Weekly#CCTV's use of 'Taipei, China'")
    assert related[-1] == "Corruption-themed TV drama causes sensation in China"
    for span in article.related:
        assert article.text[span.start : span.end] == span.text


def test_seed_004_standfirst(parser: Parser) -> None:
    article = parser.parse(_seed("004"))
    assert article.headline.text == "China firm on talks to solve NK crisis, Xi tells Trump"
    assert article.standfirst.text.startswith("China is focused on solving")
    assert article.paragraphs[0].text.endswith("in a telephone call yesterday.")


def test_split_run_on_keeps_camel_case_names() -> None:
    text = "Apple unveils new iPhone at eventMcDonald's opens in XiongancallUS and China talk"
    spans = split_run_on(text, 100)
    assert spans[0].text == "Apple unveils new iPhone at event"
    assert spans[1].text == "McDonald's opens in Xiongancall"  # a 4-letter stem + capital: cut
    assert spans[2].text == "US and China talk"
    assert all(text[s.start - 100 : s.end - 100] == s.text for s in spans)


def _span(text: str) -> Span:
    return Span(0, len(text), text)


@pytest.mark.parametrize(
    ("line", "authors", "affiliation"),
    [
        ("By Jane Doe", ("Jane Doe",), None),
        ("Zhang Yunbi | China Daily", ("Zhang Yunbi",), "China Daily"),
        ("Reuters staff", (), "Reuters"),
        ("By Conor Allison January 14, 2026 20 Mins Read", ("Conor Allison",), None),
        ("Posted by BeauHD on Friday December 19, 2025 @08:00PM", ("BeauHD",), None),
        # a role is no author, an outlet after a name is the affiliation
        ("By Anna de Vries, Amsterdam correspondent", ("Anna de Vries",), None),
        ("By Jane Doe, staff writer", ("Jane Doe",), None),
        ("By Shannon Williams, Journalist", ("Shannon Williams",), None),
        ("By Jane Doe, Associated Press", ("Jane Doe",), "Associated Press"),
        ("By Jane Doe, John Roe and Mary Major", ("Jane Doe", "John Roe", "Mary Major"), None),
        ("by News Desk", (), None),
        # the place an author writes from is no part of the name
        ("Kate Connolly in Berlin", ("Kate Connolly",), None),
        ("By Jane Doe in Washington and John Roe in London", ("Jane Doe", "John Roe"), None),
        # an agency's acronym is the affiliation, a degree no author
        ("PTI | Updated: Jan 7, 2023, 14:32 IST", (), "PTI"),
        ("By Sandee LaMotte, CNN", ("Sandee LaMotte",), "CNN"),
        ("Written by Rachael Link, MS, RD on November 14, 2019", ("Rachael Link",), None),
        ("By JOHN SMITH and LI NA", ("JOHN SMITH", "LI NA"), None),
        # an outlet alone is no author (but a name run into it stays one)
        ("By Global Times Published: Nov 20, 2024 09:58 PM", (), "Global Times"),
        ("The Associated Press", (), "The Associated Press"),
        ("Tom Davies Associated Press", ("Tom Davies Associated Press",), None),
        # a stamp with a year in two digits ends the names
        ("by Mark Reese - 11/14/24 6:33 PM ET", ("Mark Reese",), None),
        ("By Jane Roe On 11/13/19 at 4:00 PM EST", ("Jane Roe",), None),
        # the outlet an author writes for (the name had been lost, read as a role)
        ("By Jane Doe for The Guardian", ("Jane Doe",), "The Guardian"),
        ("By JANE ROE FOR MAILONLINE", ("JANE ROE",), "MAILONLINE"),
        ("By Jane Doe and John Roe for Reuters", ("Jane Doe", "John Roe"), "Reuters"),
        # the kind of piece before ``by``; a role run into the name (no comma between)
        ("Guide by Will Judd Former Deputy Tech Editor", ("Will Judd",), None),
        ("Analysis by Jane Doe, CNN", ("Jane Doe",), "CNN"),
        ("By Jane Doe Senior Political Correspondent", ("Jane Doe",), None),
        ("By Jane Doe, Washington Bureau Chief", ("Jane Doe",), None),
        ("New Delhi, News Nation Bureau", ("New Delhi",), None),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], affiliation: str | None) -> None:
    byline = read_byline(_span(line))
    assert (byline.authors, byline.affiliation) == (authors, affiliation)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Rescuers at work in Zhuhai. [Photo/Xinhua]", "Xinhua"),
        ("Rescuers at work. (Photo by John Smith/Getty Images)", "Getty Images"),
        ("Trump and Xi at Mar-a-Lago. Photo: AP", "AP"),
        ("Above: A WeWork space. Image Credit: WeWork", "WeWork"),
        ("The governor spoke to reporters. (Credit: Fox News)", "Fox News"),  # (not ``Fox News)``)
        ("Ishiba delivers a policy speech in the Diet on Friday.  | KYODO", "KYODO"),
        ("Schumer speaks to reporters at the Capitol. | Francis Chung/POLITICO", "POLITICO"),
        # a photographer and agencies: the last one named
        ("A coal plant near Cologne. Photograph: Ina Fassbender/AFP/Getty Images", "Getty Images"),
        ("Swift in 2014. (Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)", "AP"),
    ],
)
def test_caption_credits(line: str, credit: str) -> None:
    caption = read_caption(_span(line))
    assert caption.credit == credit
    assert line[caption.credit_span.start : caption.credit_span.end] == credit


@pytest.mark.parametrize(("lines", "credit"), [
    # a credit alone on the line under the caption, and over it
    (["President Joe Biden speaks in Washington on November 19.", "Ben Curtis/AP"], "AP"),
    (["Getty Images", "Zelensky spoke to reporters in Kyiv on Tuesday"], "Getty Images"),
    (["AFP via Getty Images", "Rescuers search the rubble in Antakya"], "AFP via Getty Images"),
    # an outlet and its photographer in brackets, or who supplied the picture
    (["Residents were told to prepare to leave.", "(ABC News: Jess Langford)"], "ABC News"),
    (["The car was found near the border.", "(Supplied: Queensland Police)"], "Queensland Police"),
    (["The car was found near the border.", "(Supplied)"], None),
])
def test_a_caption_and_its_credit_on_two_lines_are_one_caption(lines: list[str], credit: str | None) -> None:
    text = "\n".join(lines)
    spans = [Span.of(text, text.index(line), text.index(line) + len(line)) for line in lines]
    [caption] = metadata._captions(text, spans)
    assert caption.credit == credit and caption.span.text == text
    if credit is not None:
        assert text[caption.credit_span.start:caption.credit_span.end] == credit


def test_dateline_place() -> None:
    dateline = read_dateline(_span("BEIJING, Sept 6 (Reuters) - China said on Wednesday it would act."))
    assert dateline.place == "BEIJING"
    assert dateline.span.text == "BEIJING, Sept 6 (Reuters) -"


BODY = (
    "A powerful typhoon slammed into the southern coast on Thursday, forcing the evacuation of "
    "more than 40,000 people and cutting power to large parts of the region, officials said.\n\n"
    "Winds of up to 160 kilometres an hour tore roofs off houses and uprooted trees, and several "
    "coastal towns were flooded as the storm surge pushed seawater inland.\n"
)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Updated: 2017-09-07 07:33", dt.date(2017, 9, 7)),
        ("Published on Monday, April 24, 2017", dt.date(2017, 4, 24)),
        ("Sept 7, 2017 10:02 AM", dt.date(2017, 9, 7)),
        ("by Mark Reese - 11/14/24 6:33 PM ET", dt.date(2024, 11, 14)),
        ("Published 14/11/24", dt.date(2024, 11, 14)),
    ],
)
def test_publication_date_from_stamps(parser: Parser, stamp: str, expected: dt.date) -> None:
    article = parser.parse(f"Typhoon batters southern coast\n{stamp}\n\n{BODY}")
    assert article.publication_date.value == expected
    span = article.publication_date.span
    assert article.text[span.start : span.end] == span.text


def test_agency_dateline_needs_a_year(parser: Parser) -> None:
    text = "Typhoon batters coast\n\nBEIJING, Sept 6 (Reuters) - " + BODY
    assert parser.parse(text).publication_date is None
    dated = parser.parse(text + "\nCopyright 2017 Reuters. All rights reserved.\n")
    assert dated.publication_date.value == dt.date(2017, 9, 6)
    assert dated.publication_date.confidence < 0.5
    assert dated.dateline.place == "BEIJING"


def test_caller_date_overrides(parser: Parser) -> None:
    article = parser.parse("Storm\nUpdated: 2017-09-07 07:33\n\n" + BODY, publication_date="2020-01-02")
    assert article.publication_date.value == dt.date(2020, 1, 2)


def test_the_stamp_above_the_body_wins_over_later_ones(parser: Parser) -> None:
    text = f"Typhoon batters southern coast\nBy Jane Doe January 14, 2026\n\n{BODY}\nMore stories\nMarch 11, 2026\n"
    article = parser.parse(text)
    assert article.publication_date.value == dt.date(2026, 1, 14)
    assert article.byline.authors == ("Jane Doe",)


def test_us_numeric_dates(parser: Parser) -> None:
    article = parser.parse(f"Typhoon batters southern coast\nUpdated: 10/31/2024\n\n{BODY}")
    assert article.publication_date.value == dt.date(2024, 10, 31)


@pytest.mark.parametrize(
    ("stamp", "value", "surface"),
    [
        ("Publié le 24 avril 2017", dt.date(2017, 4, 24), "24 avril 2017"),
        ("Aktualisiert: 24. April 2017, 10:33 Uhr", dt.date(2017, 4, 24), "24. April 2017, 10:33 Uhr"),
        ("Actualizado el 3 de mayo de 2018", dt.date(2018, 5, 3), "3 de mayo de 2018"),
        # the month before the first number, the author after the last one
        ("Posted on Oktober 27, 2015 by Admin", dt.date(2015, 10, 27), "Oktober 27, 2015"),
        ("Posted on Maret 30, 2015 by Admin", dt.date(2015, 3, 30), "Maret 30, 2015"),
        ("Publicado el 3 de mayo de 2018 a las 10:30 por Redacción", dt.date(2018, 5, 3),
         "3 de mayo de 2018 a las 10:30"),
    ],
)
def test_stamps_in_other_languages_are_read_with_dateparser(stamp, value, surface):
    text = (
        "Le titre de cet article\n" + stamp + "\n\n"
        "Une tempête a coupé le courant à des milliers de foyers le long de la côte mercredi, "
        "a indiqué la mairie dans un communiqué.\n\n"
        "Les écoles sont restées fermées et les vols ont été annulés, selon les autorités locales.\n"
    )
    pub = make_parser().parse(text).publication_date
    assert pub.value == value
    assert pub.span.text == surface
    assert text[pub.span.start : pub.span.end] == surface


def test_a_stamps_date_does_not_depend_on_the_stamps_read_before_it():
    # dateparser, asked to, tries first the language that read the last stamp:
    # "05.06.2019" would be 5 June after a French stamp and 6 May after a
    # Swedish one, so a dump's date would depend on the dumps parsed before it.
    from newsparse.metadata import _date_data_parser, _foreign_stamp

    _date_data_parser.cache_clear()  # a new process
    alone = _foreign_stamp("05.06.2019 10:00")
    for before in ("Publié le 24 avril 2017", "24 апреля 2017", "Publicerad 24 april 2017"):
        _date_data_parser.cache_clear()
        assert _foreign_stamp(before)[2] == dt.date(2017, 4, 24)
        assert _foreign_stamp("05.06.2019 10:00") == alone


@pytest.mark.parametrize(
    ("stamp", "languages"),
    [
        ("Oktober 27, 2015", ("de", "nl", "sv", "id")),  # the languages naming the month, in order
        ("Maret 30, 2015", ("id",)),
        ("22 de janeiro de 2018 às 0:13", ("pt",)),
        ("05.06.2019 10:00", STAMP_LANGUAGES),  # a month given as a number: any language
        ("2019 após 36 etapas:", ()),  # a year and a number, no month: no whole date
        ("30, 2015 by Admin", ()),
    ],
)
def test_a_stamp_goes_to_dateparser_only_in_languages_that_can_read_a_whole_date(stamp, languages):
    assert _stamp_languages(stamp) == languages


def test_a_line_with_a_year_but_no_month_never_reaches_dateparser(monkeypatch):
    # building dateparser's patterns for every language cost a fifth of a
    # second the first time such a line came
    def refuse(languages=STAMP_LANGUAGES):
        raise AssertionError(f"dateparser asked about {languages}")

    monkeypatch.setattr(metadata, "_date_data_parser", refuse)
    text = (
        "Tour de France ends\nEdição 2019 após 36 etapas:\n\n"
        "The race ended in Paris on Sunday after three weeks, organisers said in a statement.\n"
    )
    article = make_parser().parse(text)
    assert article.publication_date is None
    assert "2019 após 36 etapas" in article.text


@pytest.mark.parametrize("stamp", ["Posted 2 days ago", "vor 2 Tagen aktualisiert 2017", "Updated 3 hours ago"])
def test_relative_stamps_never_use_the_wall_clock(stamp):
    text = (
        "Storm cuts power across the coast\n" + stamp + "\n\n"
        "A storm cut power to thousands of homes along the coast on Wednesday, forcing "
        "schools to close and flights to be cancelled, officials said.\n"
    )
    assert make_parser().parse(text).publication_date is None


@pytest.mark.parametrize(
    ("stamp", "authors", "surface"),
    [
        ("Posted on October 27, 2015 by Jane Smith", ("Jane Smith",), "by Jane Smith"),
        ("11/19/2019 by Lars Brandle", ("Lars Brandle",), "by Lars Brandle"),
        ("October 27, 2015 by Jane Smith and John Roe", ("Jane Smith", "John Roe"), "by Jane Smith and John Roe"),
        ("Publié le 24 avril 2017 par Marie Dupont", ("Marie Dupont",), "par Marie Dupont"),
        ("Posted on Oktober 27, 2015 by Admin", ("Admin",), "by Admin"),
        # a blog's stamp: the author's handle and the comment count after the name
        ("Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on Storm cuts power",
         ("Jean-Luc Aufranc",), "by Jean-Luc Aufranc"),
    ],
)
def test_a_stamp_ending_with_its_author_gives_the_byline(stamp, authors, surface):
    text = f"Storm cuts power across the coast\n{stamp}\n\n{BODY}"
    article = make_parser().parse(text)
    assert article.byline.authors == authors
    assert article.byline.span.text == surface
    assert article.publication_date is not None


@pytest.mark.parametrize("stamp", ["Posted on October 27, 2015 by the editors", "Updated 10:30 AM by staff"])
def test_a_stamp_ending_in_lower_case_words_gives_no_byline(stamp):
    article = make_parser().parse(f"Storm cuts power across the coast\n{stamp}\n\n{BODY}")
    assert article.byline is None


@given(st.lists(st.sampled_from([ZoneKind.BODY, ZoneKind.OTHER, "body"]), min_size=1, max_size=30), st.integers(-2, 2))
def test_zones_are_the_runs_of_one_kind(kinds, extra):
    # A zone per run of the same kind object (an equal string is another), each line in one.
    dump = read_dump("".join(f"line {n}\n" for n in range(len(kinds))))
    given_kinds = kinds[: len(kinds) + extra] if extra < 0 else kinds + [ZoneKind.OTHER] * extra
    if extra < 0:
        with pytest.raises(IndexError):
            build_zones(dump, given_kinds)
        return
    zones = build_zones(dump, given_kinds)
    runs: list[list[int]] = []
    for n, kind in enumerate(kinds):
        if runs and kinds[runs[-1][0]] is kind:
            runs[-1].append(n)
        else:
            runs.append([n])
    assert [(z.kind, z.first_line, z.last_line) for z in zones] == [
        (ZoneKind(kinds[run[0]]), run[0] + 1, run[-1] + 1) for run in runs
    ]
    assert "".join(z.span.text for z in zones) == dump.text


def test_a_bracketed_photographer_and_agency_credit_the_agency() -> None:
    text = "Palestinians inspect the rubble of a house in Deir el-Balah [Abdel Kareem Hana/AP Photo]"
    caption = read_caption(Span.of(text, 0, len(text)))
    assert caption.credit == "AP" and caption.credit_span.text == "AP"
    text = "Rescuers search the site [File: Evelyn Hockstein/Reuters]"
    assert read_caption(Span.of(text, 0, len(text))).credit == "Reuters"
