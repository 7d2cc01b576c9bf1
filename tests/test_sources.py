"""Sources: agencies, media, groups, photo credits and the publisher."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Parser
from newsparse.default_plugins import sources
from newsparse.model import Source, SourceKind


def sources_of(parser: Parser, text: str) -> list[Source]:
    article = parser.parse(text)
    assert not article.problems, article.problems
    return list(article.sources)


def named(sources: list[Source], name: str) -> list[Source]:
    return [s for s in sources if s.name == name]


def test_seed_000_agencies_media_groups_and_photo_credit(parser: Parser, seed_000: str) -> None:
    sources = sources_of(parser, seed_000)
    cctv = named(sources, "CCTV")
    assert {s.span.text for s in cctv} == {"China Central Television", "CCTV"}
    assert all(s.kind is SourceKind.MEDIA for s in cctv)
    assert [s.span.text for s in named(sources, "Xinhua")] == ["Xinhua News Agency", "Xinhua"]
    [kcna] = named(sources, "KCNA")
    assert kcna.span.text == "KCNA News Agency" and kcna.kind is SourceKind.AGENCY
    [ap] = named(sources, "AP")
    assert ap.kind is SourceKind.PHOTO_CREDIT
    [reports] = named(sources, "media reports")
    assert reports.kind is SourceKind.MEDIA
    [experts] = named(sources, "experts")
    assert experts.kind is SourceKind.GROUP and experts.span.text == "Some experts"


def test_seed_004_tass_and_diplomats(parser: Parser, seed_004: str) -> None:
    sources = sources_of(parser, seed_004)
    [tass] = named(sources, "TASS")
    assert tass.span.text == "TASS news agency" and tass.kind is SourceKind.AGENCY
    [diplomats] = named(sources, "diplomats")
    assert diplomats.kind is SourceKind.GROUP and diplomats.span.text == "Diplomats"


def test_unknown_agencies_and_media_by_their_names(parser: Parser) -> None:
    sources = sources_of(
        parser,
        "Storm hits\n\nThe storm hit on Monday, Mountain News Agency reported, and the Valley "
        "Daily Herald said more rain was due.\n",
    )
    kinds = {s.name: s.kind for s in sources}
    assert kinds["Mountain News Agency"] is SourceKind.AGENCY
    assert kinds["Valley Daily Herald"] is SourceKind.MEDIA


def test_groups_need_to_be_credited(parser: Parser) -> None:
    sources = sources_of(
        parser,
        "Storm hits\n\nOfficials met residents on Monday. Analysts said the damage was huge, "
        "according to people familiar with the matter.\n",
    )
    assert [s.name for s in sources if s.kind is SourceKind.GROUP] == [
        "analysts",
        "people familiar with the matter",
    ]


def test_publisher_from_a_copyright_notice(parser: Parser) -> None:
    article = parser.parse(
        "Storm hits coast\n\nThe storm hit the coast on Monday, and officials said more rain was due "
        "later in the week.\n\nCopyright © 2019 Example Media Group. All rights reserved.\n"
    )
    [publisher] = [s for s in article.sources if s.kind is SourceKind.PUBLISHER]
    assert publisher.name == "Example Media Group"
    assert article.publisher == "Example Media Group"


def test_publisher_from_the_byline_affiliation(parser: Parser) -> None:
    article = parser.parse(
        "Storm hits coast\n\nBy Zhang Yunbi | China Daily\n\nThe storm hit the coast on Monday, and "
        "officials said more rain was due later in the week.\n"
    )
    if article.byline is None or article.byline.affiliation is None:
        return  # the zoner did not see a byline: nothing to read the affiliation from
    [publisher] = [s for s in article.sources if s.kind is SourceKind.PUBLISHER]
    assert publisher.name == "China Daily"
    assert article.text[publisher.span.start:publisher.span.end] == "China Daily"


_MEDIA_PIECES = st.sampled_from(
    ["News", "Agency", "Press", "TV", "TV2", "Times", "Post", "Broadcasting", "Corporation", "Daily",
     "China", "Central", "the", "The", "NEWS", "Newsweek", "3", "O’Brien", "A&B", "U.S.", "Post-Gazette",
     " ", "  ", "\n", "\t", "\xa0", "\u2009", ",", ".", "-", "’", "'", "(", ")", "é", "Éire", ":", "\u0301"]
)


@given(st.lists(_MEDIA_PIECES, max_size=40).map("".join), st.integers(0, 6), st.integers(0, 6))
@settings(max_examples=400)
def test_media_names_are_the_pattern_s_matches(text, cut_start, cut_end):
    # Looked for only between name breaks holding a kind's first word, the names
    # are the pattern's own matches over the zone, edges included.
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)

    def spans(matches):
        return [(m.span(), m.span("name"), m.span("kind")) for m in matches]

    assert spans(sources._media_names(text, start, end)) == spans(sources.UNKNOWN_MEDIA_RE.finditer(text, start, end))


_WORD_PIECES = st.sampled_from(
    ["Times", "Xinhua", "experts", "media", "Agência", "e_1", "2017", " ", "\n", "\xa0", "’", "“", "—", ",",
     ".", "é", "É", "Ж", "\u0301", "\u200d", "\u0130", "_", "ß", "中", "\ud800"]
)


@given(st.lists(_WORD_PIECES, max_size=30).map("".join), st.integers(0, 4), st.integers(0, 4),
       st.booleans())
@settings(max_examples=500)
def test_wanted_words_are_the_regex_s_words(text, cut_start, cut_end, beyond_ascii):
    # Read from the zone's bytes, pieces of longer words dropped: the same words as the
    # regex finds, in ASCII zones and any other, with a wanted word beyond ASCII or not.
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    wanted = frozenset({"Times", "Xinhua", "experts", "media", "e_1"} | ({"Agência"} if beyond_ascii else set()))
    expected = wanted.intersection(sources.WORD_RE.findall(text, start, end))
    assert sources._wanted_words(text, start, end, wanted) == expected


def test_agencies_in_title_case_house_styles(parser: Parser) -> None:
    # the Guardian's and Reuters' ``Tass``, ``Ria Novosti``, ``Irna``
    text = ("Talks\n\nTass quoted Kremlin spokesman Dmitry Peskov as saying Moscow was open to talks, "
            "and Ria Novosti and Irna reported the same.\n")
    names = [s.name for s in parser.parse(text).sources if s.kind.value == "agency"]
    assert names == ["TASS", "RIA Novosti", "IRNA"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("The French daily Le Monde reported that the minister would resign.", "Le Monde"),
    ("Israeli public broadcaster Kan reported the talks had stalled.", "Kan"),
    ("The Yomiuri newspaper said the talks had stalled.", "Yomiuri"),
    ("Russia's Kommersant newspaper reported the deal.", "Kommersant"),
    # (after ``The``, a possessive is part of the name)
    ("The Lloyd's List International newspaper said the fleet had stopped.", "Lloyd's List International"),
    ("But the fact-checking site Politifact traced the story.", "Politifact"),
    ("Israel's Channel 12 reported that the delegation would return.", "Channel 12"),
    ("Bloomberg told New York magazine in 2013 that he would not run.", "New York"),
    # small words linking a name's words, before the kind
    ("The Times of India newspaper reported the deal.", "Times of India"),
    ("Officials told the Diario de Noticias newspaper on Monday.", "Diario de Noticias"),
    ("The Post and Courier newspaper reported the deal.", "Post and Courier"),
    # a sentence ends inside: the name is the kind's side of it
    ("The crash was last February. The Maariv newspaper said it was over.", "Maariv"),
    ("It was printed in the Communist Party daily Granma. It offered details.", "Granma"),
])
def test_a_medium_named_beside_the_kind_of_medium_it_is(parser: Parser, sentence: str, name: str) -> None:
    media = [s for s in sources_of(parser, f"Talks stall\n\nThe talks went on. {sentence}\n")
             if s.kind is SourceKind.MEDIA]
    assert [(s.name, s.span.text) for s in media] == [(name, name)]


@pytest.mark.parametrize("sentence", [
    "The German newspaper said the talks had stalled.",
    "He reads the daily newspaper every morning.",
    "It was posted on the site Saturday.",
    "The story ran in a Swahili newspaper.",
    "He told USA TODAY's weekly video series it was clear.",
    "She wrote for an English-language newspaper.",
    "It is on the company website\nGlobal sales rose.",
])
def test_a_kind_of_medium_with_no_name_beside_it_is_no_source(parser: Parser, sentence: str) -> None:
    sources = sources_of(parser, f"Talks stall\n\nThe talks went on. {sentence}\n")
    assert [s for s in sources if s.kind is SourceKind.MEDIA] == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Pentagon said the strike killed two militants.", "Pentagon"),
    ("According to the World Health Organization, cases rose 20 percent.", "World Health Organization"),
    ("China's foreign ministry said the US should stop.", "China's foreign ministry"),
    ("The Ministry of Foreign Affairs said talks would resume.", "Ministry of Foreign Affairs"),
    ("The International Atomic Energy Agency (IAEA) said Iran had enriched uranium.",
     "International Atomic Energy Agency"),
    ("James Zogby of the Arab American Institute said the poll was flawed.", "Arab American Institute"),
    ("Cases rose in India. The World Health Organization said it was worried.", "World Health Organization"),
    # ``and`` inside a name, before its head; a centre is a body
    ("The Food and Drug Administration said the drug was safe.", "Food and Drug Administration"),
    ("The Centers for Disease Control and Prevention said cases had risen.",
     "Centers for Disease Control and Prevention"),
    ("The Pew Research Center said most adults disagreed.", "Pew Research Center"),
    # two bodies joined: the one before ``and`` has a name of its own
    ("The White House and Justice Department said the case was closed.", "Justice Department"),
    ("The FBI and State Department said the case was closed.", "State Department"),
    # a title after the name starts a person's
    ("The Centers for Disease Control Director Tom Frieden said cases rose.", None),
])
def test_bodies_credited_with_information(parser: Parser, sentence: str, name: str) -> None:
    bodies = [s for s in sources_of(parser, f"Talks stall\n\n{sentence}\n") if s.kind is SourceKind.BODY]
    assert [s.name for s in bodies] == ([name] if name else [])


@pytest.mark.parametrize("sentence", [
    "The ministry said talks would resume.",  # which one, the text said before
    "Police said two men were arrested.",
    "Trump criticized the Pentagon on Monday.",  # named, not credited
    "The Xinhua News Agency said the talks had failed.",  # an agency
])
def test_no_body_without_a_name_or_a_credit(parser: Parser, sentence: str) -> None:
    assert [s for s in sources_of(parser, f"Talks stall\n\n{sentence}\n") if s.kind is SourceKind.BODY] == []


def test_an_agency_in_brackets_in_a_time_stamp_or_dateline_line_is_a_source(parser: Parser) -> None:
    page = ("China, Brazil agree to upgrade ties\n\n(Xinhua) 09:15, November 21, 2024\n\n"
            "Chinese President Xi Jinping held talks with Brazilian President Lula in Brasilia on Wednesday, "
            "and the two sides agreed to elevate relations.\n\nXi said the two countries were partners.\n")
    assert [(s.name, s.kind.value) for s in parser.parse(page).sources] == [("Xinhua", "agency")]
    page = ("Bombs hit embassies\n\nNAIROBI, Kenya (AP) _\n\nSuspected bombs exploded outside the U.S. "
            "embassies in Kenya and Tanzania on Friday, killing dozens of people.\n\nOfficials said more than "
            "1,000 people were wounded in the blasts.\n")
    assert ("AP", "agency") in [(s.name, s.kind.value) for s in parser.parse(page).sources]


@pytest.mark.parametrize(("masthead", "publisher"), [
    ("BBC News", "BBC"),
    ("TASS", "TASS"),
    ("South China Morning Post", "South China Morning Post"),
    ("The Times of Israel", "The Times of Israel"),  # (and not the section ``Jewish Times`` under it)
])
def test_the_masthead_on_the_first_lines_names_the_publisher(parser: Parser, masthead: str, publisher: str) -> None:
    page = (f"{masthead}\nWorld\nJewish Times\n\nKremlin sees no grounds for talks with Kyiv so far\n\n"
            "The Kremlin sees no grounds so far for negotiations with Kyiv, the Kremlin spokesman told "
            "reporters on Saturday.\n\nHe said Moscow remained open to dialogue with the West.\n")
    article = parser.parse(page)
    assert article.publisher == publisher
    assert [s.kind.value for s in article.sources if s.name == publisher][-1] == "publisher"


def test_a_section_named_like_a_medium_is_no_masthead(parser: Parser) -> None:
    page = ("All News\nWorld\n\nKremlin sees no grounds for talks with Kyiv so far\n\n"
            "The Kremlin sees no grounds so far for negotiations with Kyiv, the Kremlin spokesman told "
            "reporters on Saturday.\n\nHe said Moscow remained open to dialogue with the West.\n")
    assert parser.parse(page).publisher is None


def test_a_publisher_in_lower_case_takes_the_lexicons_name(parser: Parser) -> None:
    page = ("Senate passes stopgap bill\n\nThe Senate voted on Friday to approve a short-term spending bill, "
            "sending it to the president hours before funding ran out.\n\nThe measure keeps the government "
            "open through December.\n\nHome\nNews\n© 2024 npr\n")
    article = parser.parse(page)
    assert article.publisher == "NPR"
    [publisher] = [s for s in article.sources if s.kind is SourceKind.PUBLISHER]
    assert publisher.span.text == "npr"
