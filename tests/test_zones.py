"""The generic zoner: seed dumps line by line, synthetic portal layouts, plain texts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Article, Parser
from newsparse.default_plugins import zones
from newsparse.default_plugins.zones import classify_line, zone_texts
from newsparse.model import ZoneKind
from newsparse.testing import check_spans

from .conftest import assert_linear, cpu_seconds, markdown, wrap

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEEDS = DATA / "dumps" / "seeds"


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(autoload=False)


def _seed_labels() -> list[dict]:
    path = SEEDS / "labels.jsonl"
    if not path.exists():
        pytest.skip("shared seed dumps not available")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_a_story_about_cookies_is_no_cookie_banner() -> None:
    story = PORTAL.replace(
        "Winds of up to 160",
        "The bakery said its cookie sales had doubled since the storm warnings began.\n\nWinds of up to 160",
    )
    by_text = {line: kind for line, kind in zip(story.split("\n"), _kinds(story)) if line.strip()}
    assert by_text["The bakery said its cookie sales had doubled since the storm warnings began."] == "body"
    assert by_text[story.split("\n")[-2]] == "other"  # the cookie notice still is furniture
    for banner in (
        "This website uses cookies to improve your experience. Accept Read More",
        "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
    ):
        page = PORTAL.replace("We use cookies to improve your experience. By continuing to browse you accept our "
                              "cookie policy.", banner)
        kinds = {line: kind for line, kind in zip(page.split("\n"), _kinds(page)) if line.strip()}
        assert kinds[banner] == "other", banner


@pytest.mark.parametrize("index", [0, 1])
def test_seed_lines_are_zoned_as_labelled(parser: Parser, index: int) -> None:
    record = _seed_labels()[index]
    article = parser.parse((SEEDS / f"{record['id']}.txt").read_bytes())
    check_spans(article)
    predicted = dict(article.line_zones())
    wrong = [
        (line["n"], line["zone"], str(predicted[line["n"]]))
        for line in record["lines"]
        if line["zone"] != "blank" and str(predicted[line["n"]]) != line["zone"]
    ]
    assert wrong == []


@pytest.mark.parametrize("width", [64, 78])
def test_a_wrapped_seed_is_zoned_as_the_copied_one(parser: Parser, width: int) -> None:
    """``lynx -dump`` / ``html2text`` text: each line of a paragraph takes the paragraph's zone."""
    for record in _seed_labels():
        text = (SEEDS / f"{record['id']}.txt").read_text(encoding="utf-8")
        wrapped = wrap(text, width, "   ")
        article = parser.parse(wrapped)
        check_spans(article)
        predicted = dict(article.line_zones())
        n = 0
        for line in record["lines"]:
            source = text.split("\n")[line["n"] - 1]
            pieces = len(wrap(source, width, "   ").splitlines()) if source.strip() else 1
            for k in range(n + 1, n + pieces + 1):
                if line["zone"] != "blank":
                    assert str(predicted[k]) == line["zone"], (record["id"], line["n"], k, source[:60])
            n += pieces
        assert [" ".join(p.text.split()) for p in article.paragraphs] == [
            " ".join(p.text.split()) for p in parser.parse(text).paragraphs]


def test_markdown_links_are_read_as_their_text(parser: Parser) -> None:
    """``html2text`` output: a menu of links is no body, ``# Title`` is the headline without its mark."""
    menu = "\n".join(f"  * [{name}](https://example.com/{name.lower()})"
                     for name in ("World", "Asia", "Business", "Opinion", "Sport", "Video"))
    page = menu + "\n\n# " + PORTAL.split("\n", 2)[2].replace("Xinhua", "[Xinhua](https://example.com/x)")
    article = parser.parse(page)
    check_spans(article)
    assert article.headline.text == "Typhoon batters southern coast, thousands evacuated"
    kinds = dict(article.line_zones())
    assert {str(kinds[n]) for n in range(1, 7)} == {"other"}
    assert [p.text[:20] for p in article.paragraphs] == [p.text[:20] for p in parser.parse(PORTAL).paragraphs]
    for record in _seed_labels():
        text = (SEEDS / f"{record['id']}.txt").read_text(encoding="utf-8")
        assert [str(k) for _, k in parser.parse(markdown(text)).line_zones()] == [
            str(k) for _, k in parser.parse(text).line_zones()]


def _kinds(text: str) -> list[str]:
    return [str(k) for k in zone_texts(text.split("\n"))]


def _line_kinds(article: Article) -> dict[str, str]:
    """Each line of a parsed page, by its text, with its zone's kind."""
    lines = article.text.splitlines()
    return {lines[n - 1]: str(k) for n, k in article.line_zones()}


PORTAL = """\
Home > World > Asia
Sign in | Subscribe
Typhoon batters southern coast, thousands evacuated
By Jane Doe
Updated: 2017-09-07 07:33

Rescue workers carry a resident through floodwater in Zhuhai on Thursday. [Photo/Xinhua]

A powerful typhoon slammed into the southern coast on Thursday, forcing the evacuation of more than 40,000 people and cutting power to large parts of the region, officials said.

Winds of up to 160 kilometres an hour tore roofs off houses and uprooted trees, and several coastal towns were flooded as the storm surge pushed seawater inland.

"We have never seen anything like this," said a fisherman who had lived in the town for forty years.

Officials warned that heavy rain would continue through the weekend and urged residents to stay away from rivers and the coast until the warnings were lifted.

Related Stories
Share this page
Touched Sympathetic Bored Angry Amused Sad Happy No comment
< Prev Next >
We use cookies to improve your experience. By continuing to browse you accept our cookie policy.
Copyright 1995-2017. All rights reserved."""


def test_synthetic_portal_layout() -> None:
    kinds = _kinds(PORTAL)
    lines = PORTAL.split("\n")
    by_text = {line: kind for line, kind in zip(lines, kinds) if line.strip()}
    assert by_text["Home > World > Asia"] == "breadcrumb"
    assert by_text["Typhoon batters southern coast, thousands evacuated"] == "headline"
    assert by_text["By Jane Doe"] == "byline"
    assert by_text["Updated: 2017-09-07 07:33"] == "dateline"
    assert by_text[lines[6]] == "caption"
    assert by_text["Related Stories"] == "related"
    assert by_text["Share this page"] == "widget"
    assert by_text["Touched Sympathetic Bored Angry Amused Sad Happy No comment"] == "widget"
    assert by_text["< Prev Next >"] == "widget"
    assert by_text["Sign in | Subscribe"] == "other"
    assert by_text[lines[-2]] == "other"  # cookie notice
    assert by_text[lines[-1]] == "other"  # copyright footer
    body = [line for line, kind in by_text.items() if kind == "body"]
    assert len(body) == 4
    assert body[2].startswith('"We have never')  # a paragraph ending in a quotation mark


def test_a_headline_in_capitals_is_a_headline_but_a_short_label_is_not() -> None:
    # a teaser's title above it in ordinary case
    page = PORTAL.replace("Typhoon batters southern coast, thousands evacuated",
                          "WORLD NEWS\nStorm season begins early in the south\n"
                          "TYPHOON BATTERS THE SOUTHERN COAST AS THOUSANDS FLEE")
    by_text = {line: kind for line, kind in zip(page.split("\n"), _kinds(page)) if line.strip()}
    assert by_text["TYPHOON BATTERS THE SOUTHERN COAST AS THOUSANDS FLEE"] == "headline"
    assert by_text["WORLD NEWS"] == by_text["Storm season begins early in the south"] == "other"


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe", "Zhang Yunbi | China Daily", "Reuters staff", "Kevin Johnson and Kevin McCoy USA TODAY"],
)
def test_bylines(byline: str) -> None:
    text = PORTAL.replace("By Jane Doe", byline)
    kinds = _kinds(text)
    assert kinds[text.split("\n").index(byline)] == "byline"


@pytest.mark.parametrize(
    "caption",
    [
        "Rescue workers in Zhuhai on Thursday. (Photo by John Smith/Getty Images)",
        "Rescue workers in Zhuhai on Thursday. Photo: AP",
        "File photo",
    ],
)
def test_captions(caption: str) -> None:
    lines = PORTAL.split("\n")
    text = PORTAL.replace(lines[6], caption)
    assert _kinds(text)[6] == "caption"


def test_blank_lines_take_a_neighbouring_zone() -> None:
    kinds = zone_texts(PORTAL.split("\n"))
    assert ZoneKind.OTHER not in kinds[7:9] or kinds[7] is kinds[6]
    assert len(kinds) == len(PORTAL.split("\n"))


def test_short_lines_inside_the_body_stay_body() -> None:
    paragraph = (
        "The council approved the budget on Tuesday after a long debate that ran late into the night, "
        "with members arguing over the cost of the new bridge."
    )
    text = "\n\n".join(["Council passes budget", paragraph, "A new bridge", paragraph, "It passed.", paragraph])
    kinds = _kinds(text)
    lines = text.split("\n")
    assert kinds[lines.index("A new bridge")] == "body"
    assert kinds[lines.index("It passed.")] == "body"
    assert kinds[0] == "headline"


def test_standfirst_repeating_the_lead() -> None:
    lead = "China is focused on solving the Korean Peninsula nuclear issue through talks, Xi told Trump in a call."
    rest = "He said dialogue combined with a set of comprehensive measures is best for seeking a long-term solution."
    text = "\n\n".join(["China firm on talks, Xi tells Trump", lead, lead.replace("call.", "call yesterday."), rest])
    assert _kinds(text)[::2] == ["headline", "standfirst", "body", "body"]


PARAGRAPH = (
    "The council approved the budget on Tuesday after a long debate that ran late into the night, "
    "with members arguing over the cost of the new bridge across the river."
)


def test_photo_caption_with_its_credit_line_inside_the_body() -> None:
    text = "\n\n".join(
        ["Council passes budget", PARAGRAPH, "The bridge site on Monday.\nCity Archives", PARAGRAPH]
    )
    kinds = dict(zip(text.split("\n"), _kinds(text)))
    assert kinds["The bridge site on Monday."] == "caption"
    assert kinds["City Archives"] == "caption"


def test_a_table_after_the_body_is_body() -> None:
    dates = "\n".join(f"June {d} – Town {d}, Arena {d}" for d in range(1, 8))
    text = "\n\n".join(["Band announces tour", PARAGRAPH, PARAGRAPH, "Tour dates", dates, "Copyright 2019 Music News"])
    kinds = dict(zip(text.split("\n"), _kinds(text)))
    assert kinds["June 3 – Town 3, Arena 3"] == "body"
    assert kinds["Copyright 2019 Music News"] == "other"


@pytest.mark.parametrize("credit", ["(ABC News: Jess Langford)", "(Reuters: Kim Hong-Ji)", "(Supplied)"])
def test_a_credit_in_brackets_makes_the_line_above_it_a_caption(credit: str) -> None:
    text = "\n".join(["Floods hit the coast", "", "Residents were told to prepare to leave.", credit, "",
                      PARAGRAPH, "", PARAGRAPH])
    assert _kinds(text)[2:4] == ["caption", "caption"]


def test_the_pages_time_stamps_after_the_body_are_no_table() -> None:
    # the stamps a page prints under its article (ABC) are datelines, and their labels furniture
    stamps = "Posted\n14 Nov 2024\n14 Nov 2024\nThu 14 Nov 2024 at 6:12am\n, updated\nThu 14 Nov 2024 at 9:30am"
    text = "\n\n".join(["Floods hit the coast", PARAGRAPH, PARAGRAPH, stamps, "Related stories"])
    kinds = dict(zip(text.split("\n"), _kinds(text)))
    assert kinds["Thu 14 Nov 2024 at 9:30am"] == "dateline"
    assert kinds["Posted"] != "body" and kinds[", updated"] != "body"


def test_comments_after_the_article_are_not_body() -> None:
    comment = (
        "I think the council has completely lost the plot on this one, and the bridge will cost "
        "twice as much as they say before it is finished."
    )
    text = "\n\n".join(
        ["Council passes budget", PARAGRAPH, PARAGRAPH, "23 Comments"]
        + [f"Re: budget (Score: 2)\n{comment}" for _ in range(6)]
    )
    lines = text.split("\n")
    kinds = _kinds(text)
    assert [k for line, k in zip(lines, kinds) if line == comment] == ["other"] * 6


def test_related_list_above_the_headline_does_not_swallow_it() -> None:
    text = "\n".join(
        [
            "TRENDING:",
            "Storm season starts early in the south",
            "Rescue teams on alert across the region",
            "Council passes budget after long night",
            "By Jane Doe",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH,
        ]
    )
    kinds = _kinds(text)
    assert kinds[:5] == ["related", "related", "related", "headline", "byline"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Irene Okpanachi", "byline"), ("Key Points", "other"), ("Presented By Carahsoft", "other")],
)
def test_a_bare_name_under_the_headline_is_the_byline(line: str, kind: str) -> None:
    text = "\n".join(["Council passes budget after long night", line, "", PARAGRAPH, "", PARAGRAPH])
    assert _kinds(text)[:2] == ["headline", kind]


def test_line_signals() -> None:
    assert classify_line("Sign up for our newsletter").boilerplate
    assert classify_line("Join ST's Telegram channel and get the latest breaking news delivered to you.").boilerplate
    assert not classify_line("The group used a Telegram channel to recruit fighters, police said.").boilerplate
    assert not classify_line("Users can download the app from Monday, the company said.").boilerplate
    assert classify_line("Copyright 2017 China Daily. All rights reserved.").score < -3
    long = classify_line("The storm hit the coast on Monday and cut power to thousands of homes, officials said.")
    assert long.sentence and long.score > 0
    assert classify_line("World News Sports Business").score < 0


# --------------------------------------------------------------------------- plain texts


def _plain_texts(name: str) -> list[str]:
    path = DATA / name / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"shared {name} data not available")
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["quotes", "timex"])
def test_plain_article_texts_are_body(name: str) -> None:
    """Title + paragraphs: essentially every paragraph lands in the body."""
    total = in_body = 0
    for text in _plain_texts(name):
        lines = text.split("\n")
        kinds = zone_texts(lines)
        nonblank = [i for i, line in enumerate(lines) if line.strip()]
        for j, i in enumerate(nonblank):
            if j == 0 and name == "quotes":
                continue  # the title line
            total += len(lines[i])
            in_body += len(lines[i]) if kinds[i] is ZoneKind.BODY else 0
    assert in_body / total > 0.99


def test_plain_text_starting_with_a_blank_line(parser: Parser) -> None:
    text = "\nOfficials said on Monday that the river had burst its banks.\n\nMore rain is expected.\n"
    article = parser.parse(text)
    assert [p.text for p in article.paragraphs] == [
        "Officials said on Monday that the river had burst its banks.",
        "More rain is expected.",
    ]


# --------------------------------------------------------------------------- cost


def test_zoning_cost_is_linear() -> None:
    # Distinct copies (the zoner reads a repeated line only once).
    small = "\n\n".join(PORTAL.replace("said", f"said on day {i}") for i in range(2))
    big = "\n\n".join(PORTAL.replace("said", f"said on day {i}") for i in range(400))
    long_line = "Word " * 200_000  # one 1 MB line of capitalised words

    def cost(text: str) -> Callable[[], object]:
        lines = text.split("\n")
        return lambda: zone_texts(lines)

    # 200x the text: allow constant-factor noise, not quadratic growth
    assert_linear(cost(small), cost(big), 200 * 3)
    assert cpu_seconds(cost(long_line), repeat=1) < 2.0


def test_a_wire_teaser_under_a_long_report_does_not_take_the_body() -> None:
    report = [PARAGRAPH.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday",
                                                              "Friday", "Saturday", "Sunday")]
    teaser = ("LONDON (Reuters) — Oil prices rose on Friday as traders weighed new supply cuts against "
              "signs of weaker demand in Asia.")
    kinds = _zoned(["Council passes budget", *report, "More from our partners", teaser, "Privacy policy"])
    assert [kinds[line] for line in report] == ["body"] * len(report)
    assert kinds[teaser] != "body"


def test_many_agency_leads_outside_the_best_run_cost_linear_time() -> None:
    # A wire feed under a heavy block of teasers: every lead is weighed as the
    # start of the body, each in constant time (not by summing the rest of the page).
    teaser = (
        "Five Great Places To Eat Brunch In Town {i} Looking for a new brunch spot this weekend? We asked "
        "our readers for their favourite tables, and here are the ones they keep going back to {i}."
    )
    lead = "WASHINGTON (AP) — Officials said on Monday that the talks over item {i} would resume next week."

    def page(leads: int) -> list[str]:
        lines = [teaser.format(i=i) for i in range(200)]
        for i in range(leads):
            lines += [f"Menu {i}", "Home", "News", "Sports", "Weather", "Video", f"Talks over item {i} resume",
                      "November 19, 2019 at 9:45 am", lead.format(i=i)]
        return lines

    def cost(lines: list[str]) -> Callable[[], object]:
        def run() -> None:
            zones._LINE_CACHE.clear()
            kinds = zone_texts(lines)
            assert kinds[0] != "body" and kinds[208] == "body"  # the first lead opens the body
        return run

    assert_linear(cost(page(500)), cost(page(2000)), 6)


def _zoned(parts: list[str]) -> dict[str, str]:
    text = "\n\n".join(parts)
    return dict(zip(text.split("\n"), _kinds(text)))


def _item_paragraph(name: str) -> str:
    return (
        f"{name} returns this summer with a longer line-up than last year, and organisers said on Monday that "
        "tickets for the opening weekend were already close to selling out across every price band."
    )


def test_a_numbered_listicle_runs_through_its_items() -> None:
    parts = ["Ten festivals to see this year", PARAGRAPH, PARAGRAPH]
    for number, name in enumerate(["Jazz in the Gardens", "Rolling Loud", "Summerfest", "Osheaga"], start=1):
        parts += [f"{number}. {name} (July {number})", "https://www.instagram.com/p/x\nclass\nbtn-primary\nGet Tickets"]
        parts.append(_item_paragraph(name))
    kinds = _zoned([*parts, "Copyright 2026 Festival News"])
    assert kinds["4. Osheaga (July 4)"] == "body"
    assert kinds[_item_paragraph("Osheaga")] == "body"
    assert kinds["btn-primary"] == "other"  # markup debris between the items
    assert kinds["Get Tickets"] == "other"  # a button every item repeats


def test_a_ranked_list_of_headlines_is_not_a_listicle() -> None:
    parts = ["Council passes budget", PARAGRAPH, PARAGRAPH, "Most Read"]
    for number, title in enumerate(["Storm hits coast", "Bridge reopens after repairs", "Mayor resigns"], start=1):
        parts += [str(number), title]
    kinds = _zoned(parts)
    assert kinds["Bridge reopens after repairs"] != "body"


def test_a_recipe_after_the_body_is_body() -> None:
    steps = [
        "Ingredients",
        "8-9 ripe pears, cored and peeled\n1 lemon, or about 1/4 cup lemon juice\n1 tsp cinnamon\n1 tsp nutmeg",
        "Instructions",
        "Fill the canner with water and set it to simmer.\nCore, peel, and cube the pears and put them in a pot.\n"
        "Add the honey and boil until thick.\nBoil for 10 minutes.\nSpoon into jars.",
    ]
    kinds = _zoned(["Spiced pear jam", PARAGRAPH, PARAGRAPH, *steps, "You may also like:", "Apple butter"])
    assert kinds["1 tsp nutmeg"] == "body"
    assert kinds["Boil for 10 minutes."] == "body"
    assert kinds["Apple butter"] != "body"


def test_a_page_of_standings_has_its_table_for_body() -> None:
    rows = "\n".join(f"{p} Driver Number{p} {5000 - 20 * p} {p % 3} 1 2 3" for p in range(1, 13))
    teasers = [
        "Click the picture above to see the power ranking of this season's drivers.",
        "» Preview: the Brazilian Grand Prix",
        "Click and find out the TV times for the Brazilian Grand Prix, the 20th race of the season.",
    ]
    kinds = _zoned(["Cup Series standings", "Pos. Driver Points Wins Poles Top 5 Top 10\n" + rows, *teasers])
    assert kinds["7 Driver Number7 4860 1 1 2 3"] == "body"
    assert kinds[teasers[2]] != "body"


def test_the_article_above_the_comments_wins_over_longer_comments() -> None:
    comment = (
        "I think the council has completely lost the plot on this one, and the bridge will cost twice as much "
        "as they say before it is finished, which everyone in town already knows."
    )
    article = ["Council passes budget", PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH]
    kinds = _zoned(article + ["[ 167 comments ]"] + [comment + f" #{i}" for i in range(3)])
    assert kinds[PARAGRAPH] == "body"
    assert kinds[comment + " #0"] != "body"


def test_teasers_under_a_related_heading_inside_the_body() -> None:
    kinds = _zoned(
        [
            "Council passes budget",
            PARAGRAPH,
            "Related articles",
            "Storm season starts early in the south\nRescue teams on alert across the region",
            PARAGRAPH.replace("Tuesday", "Wednesday"),
            PARAGRAPH.replace("Tuesday", "Thursday"),
        ]
    )
    assert kinds["Storm season starts early in the south"] == "related"
    assert kinds[PARAGRAPH.replace("Tuesday", "Thursday")] == "body"


def test_the_body_reaches_over_a_box_of_related_links() -> None:
    # Magazines break the article with a box of links: the paragraphs above it
    # belong to the article (the box's headings do not count towards the gap).
    above = [PARAGRAPH.replace("Tuesday", day) for day in ("Monday", "Tuesday")]
    below = [PARAGRAPH.replace("Tuesday", day) for day in ("Wednesday", "Thursday", "Friday", "Saturday")]
    links = ["Related", "Storm season starts early in the south", "Rescue teams on alert across the region",
             "Related", "Bridge repairs to finish by spring", "Council names new transport chief"]
    kinds = _zoned(["Council passes budget", *above, *links, *below])
    assert [kinds[line] for line in above + below] == ["body"] * 6
    assert kinds["Bridge repairs to finish by spring"] != "body"


def test_a_long_list_of_related_links_ends_the_article() -> None:
    article = [PARAGRAPH.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Wednesday")]
    links = ["Related stories", *[f"Storm season starts early in district {i}" for i in range(12)]]
    teaser = (PARAGRAPH + " " + PARAGRAPH).replace("council", "county board").replace("Tuesday", "Sunday")
    kinds = _zoned(["Council passes budget", *article, *links, teaser])
    assert [kinds[line] for line in article] == ["body"] * 3
    assert kinds[teaser] != "body"


def test_a_labelled_fact_is_not_furniture() -> None:
    assert not classify_line("Market share: 3.58%").boilerplate
    assert not classify_line("Where to watch: Prime Video").boilerplate
    assert classify_line("Share on Facebook").boilerplate


def test_the_author_bio_closing_the_article_is_not_body() -> None:
    bio = (
        "A New York transplant from the Pacific Northwest, Emmet White has a passion for anything that goes, "
        "and worked in the motorcycle industry before joining the magazine in 2022."
    )
    kinds = _zoned(["Best electric cars", PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, "Emmet White", bio])
    assert kinds[PARAGRAPH] == "body"
    assert kinds[bio] != "body"


def test_the_body_goes_on_past_a_photo_gallery() -> None:
    captions = "\n".join(f"Officer {name} Submitted photo" for name in ("Battin", "Blair", "Burton", "Hollman"))
    first = PARAGRAPH.replace("council", "police")
    second = PARAGRAPH.replace("Tuesday", "Monday")
    gallery = ["Story continues below gallery", "1 of 6\n" + captions]
    kinds = _zoned(["Police arrest six", first, second, *gallery, PARAGRAPH, PARAGRAPH, PARAGRAPH])
    assert kinds["Officer Blair Submitted photo"] == "caption"
    assert kinds[first] == "body"


# The strong-boilerplate pattern is searched phrase by phrase, each only in
# lines holding one of its cues: a phrase added to the pattern without its cue
# would silently never match. Lines made of the patterns' own words, in any
# case, must get the same answer both ways.
_BOILER_WORDS = sorted(
    set(regex.findall(r"[a-z]+(?:-[a-z]+)?", zones._BOILERPLATE_STRONG_PHRASES + zones._BOILERPLATE_STRONG_BIO))
    | {"©", "(c) 2017", "(C)", "our", "the", "this", "site", "a", "at"}
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BOILER_WORDS), min_size=1, max_size=8), st.booleans())
def test_strong_boilerplate_cues_cover_every_form(words, upper):
    line = " ".join(words)
    line = line.upper() if upper else line.capitalize()
    assert zones._strong_boilerplate(line) == (zones.BOILERPLATE_STRONG_RE.search(line) is not None)


#: One line for each of ``zones._BOILERPLATE_STRONG_FORMS``, in their order.
_STRONG_FORM_EXAMPLES = (
    "We use cookies to improve your experience", "By browsing this site you agree to our cookies",
    "Accept all cookies", "All rights reserved", "Please enable JavaScript", "Your browser is out of date",
    "Unsubscribe at any time", "This post contains affiliate links", "Cookie settings", "Terms of use",
    "Sign up for our daily newsletter", "Subscribe to the morning newsletter", "Letters to the editor",
    "Editing by Jane Doe", "Sharing is caring", "Internet Explorer is not supported",
    "Foo is a registered trademark", "Trademarks of Bar Inc", "The information on this website",
    "It is not intended to diagnose", "Results may vary", "Consult your doctor", "Foo is a trademark",
    "Contributed to this report", "Additional reporting", "Support our local journalism", "Support journalism",
    "Consider making a donation", "Donate now", "Enjoyed this article?", "You got to the end of this",
    "This story about tutoring was produced by X", "Originally published in Foo",
    "Your gift, however small, helps us", "Keep the Daily free and independent",
    "Our annual fundraising drive", "Delivered to your inbox", "News in your inbox", "Rights and permissions",
    "Join ST's Telegram channel", "Get the latest news delivered to you", "Follow us on Google News",
    "You can now listen to Fox News articles", "Download our free app",
)


@pytest.mark.parametrize(("form", "line"), list(zip(zones._BOILERPLATE_STRONG_FORMS, _STRONG_FORM_EXAMPLES, strict=True)))
def test_each_strong_boilerplate_phrase_is_found_under_its_cues(form, line):
    cues, phrase = form
    assert regex.search(rf"(?i)\b(?:{phrase})\b", line)
    for text in (line, line.upper(), line.lower()):
        assert any(cue in text.lower() for cue in cues)
        assert zones._strong_boilerplate(text)
        assert zones.BOILERPLATE_STRONG_RE.search(text)


@pytest.mark.parametrize("phrase", [
    "Sign up for our daily newsletter", "Letters to the editor", "Reporting by Jane Doe",
    "Consider supporting our work", "This article was originally published by X", "© 2017 Foo Media",
    "Jane Doe is a staff writer at The Daily", "Support independent journalism",
    "This story about school tutoring was written by Jane Doe and produced by The Daily Report",
    "Your contribution, whatever the size, helps us keep publishing", "Help Keep The Daily Free and Independent",
    "We are in the midst of our end-of-year campaign, our most important fundraising effort of the year",
])
def test_strong_boilerplate_examples(phrase):
    assert zones._strong_boilerplate(phrase)
    assert zones.BOILERPLATE_STRONG_RE.search(phrase)


@pytest.mark.parametrize("sentence", [
    "The charity said its fundraising campaign had raised $2 million for flood victims.",
    "Your contribution to the debate is noted, the minister told the committee.",
    "The court ruled the regulator must stay independent of the ministry.",
])
def test_news_about_fundraising_or_independence_is_no_boilerplate(sentence):
    assert not zones._strong_boilerplate(sentence)


def test_an_agency_lead_below_a_block_of_teasers_opens_the_body() -> None:
    # Local portals run syndicated reports under long teasers (a headline glued
    # to its summary): the teasers outweigh a short report, but the report's
    # lead carries an agency dateline, which no teaser or menu has.
    teasers = [
        f"Five Great Places To Eat Brunch In {town} Looking for a new brunch spot this weekend? We asked our "
        f"readers in {town} for their favourite tables, and here are the ones they keep going back to."
        for town in ("Dayton", "Toledo", "Akron", "Canton", "Lorain", "Parma")
    ]
    report = [
        "CLEVELAND, Ohio (AP) — Ohio health officials are reporting a second death linked to a rare virus "
        "carried by mosquitoes.",
        "County health department officials said Monday the victim was one of three people who caught the "
        "virus this summer. The death occurred on Saturday.",
        "Cases first appeared in the north of the state at the end of August, and the virus has since been "
        "found in five counties, officials said.",
    ]
    lines = ["Latest Headlines", *teasers, "Weather", "Autos", "Ohio Officials Report Second Virus Death",
             "November 19, 2019 at 9:45 am", *report, "Comments"]
    kinds = _zoned(lines)
    assert [kinds[line] for line in report] == ["body"] * 3
    assert all(kinds[teaser] != "body" for teaser in teasers)
    assert kinds["Ohio Officials Report Second Virus Death"] == "headline"


_NORM_PIECES = ["The", "quick", "Cafe\u0301s", "İstanbul", "E-mail", "fox's", "O’Neil", "U.S.", "a", "x'", "-y", "2017", "Ünï", " ", "  ", ", ", "\t", "--"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NORM_PIECES), max_size=300), st.integers(1, 90))
def test_norm_head_is_the_head_of_the_normalised_text(pieces, size):
    # _norm_head reads a prefix of a long text when its words fill the size
    text = "".join(pieces)
    assert zones._norm_head(text, size) == zones._norm(text)[:size]


_LINE_PIECES = ["It", "’s", "’", "O’Neil", "“Yes”", "—", "E-mail", "'90s", "x-", "-y", "a", "THE", "said", " ", "  ", ", ", "…", "\xa0", "2017"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=40))
def test_the_byte_tables_read_the_words_the_regex_reads(pieces):
    # lines of ASCII and common punctuation (``’`` read through a stand-in) are read by byte tables
    line = "".join(pieces).strip()
    words = zones.WORD_FAST_RE.findall(line.lower())
    info = classify_line(line)
    assert info.vocab == frozenset(words)
    assert info.key == " ".join(words)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([b"a", b"Z", b"0", b"_", b"'", b"-", b"\x01", b" ", b".", b"\x80", b"\n", b"\xe9"]), max_size=40))
def test_the_lone_joiners_replaced_one_kind_after_the_other_are_those_of_the_pattern(pieces):
    data = b"".join(pieces)
    for lone in zones.LONE_JOINER_PARTS:
        data = lone.sub(b" ", data)
    assert data == zones.LONE_JOINER_RE.sub(b" ", b"".join(pieces))


_DATE_PIECES = [
    "Jan", "MARCH", "sept.", "Dec", "5", "12th", "2017", "10:30", "2017-09-07", "7/9", "3 days", "ago", "hours",
    "today", "Yesterday", "of", "may", "x", "é", "\x1c", " ", " ", ",", "-", ":", ".", "min",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), min_size=1, max_size=12), st.booleans())
def test_has_date_is_the_search_for_a_stamp(pieces, spaced):
    # _has_date spares most lines the search, by cheap cues first
    line = (" " if spaced else "").join(pieces)
    assert zones._has_date(line) == (zones.DATE_ANY_RE.search(line) is not None)


@pytest.mark.parametrize("month", zones.MONTH_CUES)
def test_has_date_finds_every_month_with_a_day(month):
    for line in (f"{month.title()} 5", f"On 5 {month.upper()}, 2017", f"{month} 12th"):
        assert zones._has_date(line) == (zones.DATE_ANY_RE.search(line) is not None)
        assert zones._has_date(line)


METRO = """\
Mayor unveils transit plan, vows faster buses by next summer
By MICHAEL TORRES
Oct. 3, 2024
CITY HALL — Mayor Karen Whitfield on Thursday unveiled a plan to overhaul the city's bus network, promising that riders would see shorter waits "by this time next year."
The plan, which must still be approved by the City Council, would add 14 rapid bus lines and extend service hours.
"This is about dignity," Whitfield said. "A nurse getting off a night shift should not have to wait 40 minutes for a bus."
Transit advocates welcomed the announcement, saying they had pushed for the changes for years.
ADVERTISEMENT
Article continues below this ad
Ridership fell by nearly half during the pandemic and has recovered only to about 80% of its 2019 level, according to agency figures.
The council is scheduled to vote on the plan on Oct. 17, and several members have said they will ask for changes.
Michael Torres covers City Hall. Email: mtorres@example.com
Most Popular
1. Man charged in Oakland fire
2. Where to eat this weekend"""


def test_an_ad_notice_and_the_authors_contact_are_not_the_story() -> None:
    kinds = _kinds(METRO)
    lines = METRO.split("\n")
    assert set(kinds[3:7]) == set(kinds[9:11]) == {"body"}
    assert kinds[8] == "other"  # ``Article continues below this ad``
    assert kinds[11] == "other"  # the author's contact, past the last paragraph
    assert set(kinds[12:]) == {"related"}
    # a line with an address in the middle of the story stays the story's
    middle = [*lines[:5], "Readers can send their bus stories to tips@example.com.", *lines[5:7], *lines[9:11]]
    assert _kinds("\n".join(middle))[5] == "body"
    # every form of the ad break the story runs on past
    for form in ("Story continues below advertisement", "ADVERTISEMENT", "Continue reading the main story",
                 "- Advertisement -", "The article continues after the ad"):
        assert zones.AD_BREAK_RE.fullmatch(form), form
        page = METRO.replace("ADVERTISEMENT\nArticle continues below this ad", f"{form}\n{form}")
        assert _kinds(page)[7:11] == ["other", "other", "body", "body"], form


def test_a_headline_with_by_is_a_headline_and_a_deck_without_a_full_stop_the_standfirst() -> None:
    page = "MENU\nSECTIONS\nPolitics\nMayor unveils $2.1 billion transit plan, vows faster buses by next summer\n" \
           "Riders say they have heard promises before\n" + METRO.split("\n", 1)[1]
    kinds = _kinds(page)
    assert kinds[:5] == ["other", "other", "other", "headline", "standfirst"]
    assert kinds[5] == "byline"
    # credits with ``by`` are still no headline: ``Photo by``, ``Tested by:``
    assert zones._not_title("Photo by Jessica Park") and zones._not_title("Tested by: John Milbank RRP: £23.99")
    assert zones._not_title("Storm hits the coast | By Jane Doe")
    assert not zones._not_title("Man killed by falling tree in storm")


def test_a_name_in_a_place_under_the_headline_is_the_byline() -> None:
    page = ("German coalition agrees to phase out coal by 2030\n"
            "Deal struck after marathon talks in Berlin, but environmental groups say plan does not go far enough\n"
            "Kate Connolly in Berlin\nWed 3 Nov 2021 18.05 GMT\n"
            "Germany's three coalition partners have agreed to bring forward the country's exit from coal by "
            "eight years to 2030, according to a draft agreement.\n"
            "The Social Democrats, Greens and Free Democrats reached the deal in the early hours of Wednesday "
            "after almost 16 hours of negotiations.\n"
            "The coal exit had originally been set for 2038 under a law passed in 2020, and environmental groups "
            "had called for an earlier date.\n")
    assert _kinds(page)[:4] == ["headline", "standfirst", "byline", "dateline"]
    assert zones.NAME_IN_PLACE_RE.match("Helen Davidson in Taipei and Vincent Ni")
    assert not zones.NAME_IN_PLACE_RE.match("Storm damage in Berlin")


def test_a_short_sentence_holding_a_date_is_no_time_stamp(parser: Parser) -> None:
    for sentence in ("He arrived yesterday.", "The summit opens Sept 3.",
                     "On March 12, officials said the plan had failed."):
        article = parser.parse(f"Talks\n\n{sentence}\n", publication_date="2026-11-24")
        assert [z.kind for z in article.zones] == [ZoneKind.HEADLINE, ZoneKind.BODY]
        assert len(article.dates) == 1
    # stamps keep their labels and sign-offs
    for stamp in ("Updated 3 hours ago.", "Friday, December 4, 2015.", "Updated at 1:23 p.m.",
                  "On March 12, 2024 at 10:33 am"):
        assert zone_texts(["Talks on trade", stamp]) == [ZoneKind.HEADLINE, ZoneKind.DATELINE]


def test_a_headline_over_its_lead_photo_and_byline_is_no_related_story() -> None:
    lines = ["Related topics", "Wildfires", "Climate",
             "Crews battle wind-driven wildfire threatening homes near Los Angeles",
             "A firefighter sprays water on a burning home in Altadena, Calif., Wednesday. (AP Photo/Ethan Swope)",
             "By CHRISTOPHER WEBER and JOHN ANTCZAK",
             "LOS ANGELES (AP) — Firefighters struggled Wednesday to contain a wind-whipped wildfire that has "
             "destroyed dozens of homes in the foothills north of Los Angeles, forcing thousands to flee.",
             "The fire broke out Tuesday evening and grew to more than 10,000 acres overnight, fire officials said."]
    kinds = zone_texts(["Click to copy", *lines])
    assert kinds[0] is ZoneKind.WIDGET  # a copy-link control
    assert kinds[4] is ZoneKind.HEADLINE and kinds[5] is ZoneKind.CAPTION and kinds[6] is ZoneKind.BYLINE
    assert kinds[2] is kinds[3] is ZoneKind.RELATED


def test_names_under_a_related_heading_are_its_tags_but_an_author_after_an_inline_link_is_not() -> None:
    body = ("Chancellor Olaf Scholz announced on Wednesday evening that he had dismissed his finance "
            "minister, bringing an end to the coalition that has governed Germany since 2021.")
    kinds = zone_texts([body, body.replace("Wednesday", "Thursday"), "Related topics",
                        "Olaf Scholz, Christian Lindner, Germany"])
    assert kinds[3] is ZoneKind.RELATED
    kinds = zone_texts([body, body.replace("Wednesday", "Thursday"),
                        "Related: Cybersecurity M&A Roundup: 40 Deals Announced in September 2025",
                        "Written By Eduard Kovacs"])
    assert kinds[3] is ZoneKind.BYLINE


def test_an_agency_photographer_credit_and_a_stamp_of_labelled_parts() -> None:
    caption = ("Chinese President Xi Jinping holds talks with Nguyen Phu Trong in Hanoi, Vietnam, "
               "Dec. 12, 2023. (Xinhua/Li Xueren)")
    assert zones._special_kind(caption, classify_line(caption)) is ZoneKind.CAPTION
    plain = "The vote split along party lines (Democrat/Republican)."
    assert zones._special_kind(plain, classify_line(plain)) is None
    stamp = "Source: Xinhua | 2023-12-12 18:25:47 | Editor: huaxia"
    assert zones._special_kind(stamp, classify_line(stamp)) is ZoneKind.DATELINE


def test_a_labelled_headline_over_a_longer_deck_is_the_headline() -> None:
    # ``Label: headline`` (Guardian, BBC, Al Jazeera) over a deck in sentence case, then the byline
    page = (
        "Sign in\nWorld\nEurope\nSpain\nThis article is more than 1 month old\n"
        "Spain floods: anger grows as death toll rises to 217\n"
        "Residents of Valencia say warnings came too late as rescuers search for the missing\n"
        "Sam Jones in Madrid\nFri 1 Nov 2024 13.45 GMT\nShare\n"
        "Anger is growing in eastern Spain over the authorities' response to the floods that have killed "
        "at least 217 people, as rescuers continue to search for the missing.\n"
        "Residents of the worst-hit towns near Valencia said on Friday that they had received emergency "
        "alerts on their phones only after the water had already entered their homes.\n"
        "The prime minister, Pedro Sánchez, said on Thursday that the government would send another 500 "
        "soldiers to the region to help with the search.\n"
    )
    kinds = _kinds(page)
    assert kinds[5:8] == ["headline", "standfirst", "byline"]
    assert kinds[4] == "other"  # the page's notice


# A wire report on a broadcaster's page, laid out line by line with no blank lines (a
# held-out form: the caption has no full stop, the credit is labelled, and the report
# closes with its editors' initials and the agencies it came from).
WIRE_PAGE = """Skip next section Navigation
Germany
World
Business
Germany's chancellor calls for calm after market attack
The chancellor visited the scene of the attack on Saturday. Five people were killed and more than 200 injured.
The chancellor laid a wreath at the scene of the attack on the market
Image: Jens Schlueter/AFP/Getty Images
Advertisement
The chancellor on Saturday called on Germans to stand together after a car ploughed into a crowded market in the city, killing five people.
"What a terrible act it is to injure and kill so many people there with such brutality," the chancellor told reporters at the scene.
The suspect, a 50-year-old doctor, was arrested at the scene, police said. He had lived in Germany since 2006.
The state premier said the attacker had acted alone, according to the information available so far.
ab/rt (AFP, Reuters, dpa)
Send us your feedback
Related topics
"""


def test_a_caption_without_a_full_stop_over_a_labelled_credit_and_an_agency_signature(parser: Parser) -> None:
    article = parser.parse(WIRE_PAGE)
    [caption] = article.captions
    assert caption.span.text == ("The chancellor laid a wreath at the scene of the attack on the market\n"
                                 "Image: Jens Schlueter/AFP/Getty Images")
    assert caption.credit == "Getty Images"
    assert article.byline.span.text == "ab/rt (AFP, Reuters, dpa)"
    assert article.byline.authors == () and article.publisher is None
    agencies = [s.name for s in article.sources if s.span.start >= article.byline.span.start]
    assert agencies == ["AFP", "Reuters", "dpa"]
    assert article.paragraphs[-1].text.startswith("The state premier said")


@pytest.mark.parametrize(
    "line",
    ["ab/rt (AFP, Reuters, dpa)", "dh/sms (Reuters, AP)", "Source: Al Jazeera and news agencies",
     "With agencies", "(With inputs from PTI)"],
)
def test_agency_signatures_are_bylines(line: str) -> None:
    assert zones._special_kind(line, classify_line(line)) is ZoneKind.BYLINE


@pytest.mark.parametrize("line", ["km/h (see table)", "and/or the other", "Source: Reuters"])
def test_lines_like_signatures_are_not_bylines(line: str) -> None:
    assert zones._special_kind(line, classify_line(line)) is not ZoneKind.BYLINE


def test_a_headline_over_a_deck_of_thirteen_words_or_more(parser: Parser) -> None:
    page = ("TASS\nWorld\nBusiness & Economy\n"
            "Kremlin sees no grounds yet for talks with Kyiv — Peskov\n"
            "According to the Kremlin spokesman, Moscow has not received any signals from the Ukrainian side\n"
            "MOSCOW, December 21. /TASS/. The Kremlin sees no grounds so far for negotiations with Kyiv, "
            "Kremlin Spokesman Dmitry Peskov told reporters on Saturday.\n"
            '"We have not received any signals. The position of the Russian side is well known," he said.\n'
            "Peskov also noted that the president would hold a meeting of the Security Council next week.\n")
    article = parser.parse(page)
    assert article.headline.text == "Kremlin sees no grounds yet for talks with Kyiv — Peskov"
    assert article.standfirst.text.startswith("According to the Kremlin spokesman")
    assert article.dateline.span.text == "MOSCOW, December 21. /TASS/." and article.dateline.place == "MOSCOW"
    told = next(q for q in article.quotes if q.cue.text == "told")
    assert told.content.text == "The Kremlin sees no grounds so far for negotiations with Kyiv"  # (no dateline)


def test_a_source_credit_under_the_headline_and_a_stamp_led_by_its_byline(parser: Parser) -> None:
    page = ("Home | China | World\nChina, Vietnam vow to deepen cooperation\nSource: Xinhua\n"
            "2024-12-21 20:41:15\n"
            "BEIJING, Dec. 21 (Xinhua) -- The Chinese premier met the Vietnamese prime minister in Beijing "
            "on Saturday, with both sides pledging to deepen practical cooperation.\n"
            "The two sides also signed a number of cooperation documents after the talks in the capital.\n")
    article = parser.parse(page)
    assert article.byline.span.text == "Source: Xinhua"
    assert article.byline.authors == () and article.byline.affiliation == "Xinhua"
    assert article.captions == ()
    page = ("News\nDelhi air quality turns 'severe' again\n"
            "TOI News Desk / TIMESOFINDIA.COM / Updated: Dec 21, 2024, 10:15 IST\n"
            "NEW DELHI: The air quality in the capital slipped back into the 'severe' category on Saturday, "
            "prompting authorities to reimpose the strictest curbs.\n"
            "Schools have been told to move classes for young students online, officials said on Saturday.\n"
            "(With inputs from agencies)\n")
    article = parser.parse(page)
    assert article.section_path == ()  # a byline and its stamp, no breadcrumb
    assert article.byline.span.text == "TOI News Desk"
    assert str(article.publication_date.value) == "2024-12-21"


def test_a_section_label_with_a_pipe_is_neither_byline_nor_headline(parser: Parser) -> None:
    page = ("N. Korea fires ballistic missile into East Sea: JCS\n\nAll News | North Korea\n\n"
            "2024.11.05 08:12 KST\n\n"
            "SEOUL, Nov. 5 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea "
            "on Tuesday morning, South Korea's military said.\n\n"
            "The Joint Chiefs of Staff said it detected the launch from the Sariwon area at around 7:30 a.m.\n")
    article = parser.parse(page)
    assert article.headline.text == "N. Korea fires ballistic missile into East Sea: JCS"
    assert article.byline is None
    # an author's name with a pipe is still a byline
    article = parser.parse(page.replace("All News | North Korea", "Kim Soo-yeon | Yonhap"))
    assert article.byline.authors == ("Kim Soo-yeon",) and article.byline.affiliation == "Yonhap"


def test_a_name_and_role_under_the_headline_and_a_credit_over_its_caption(parser: Parser) -> None:
    # a layout of the BBC's: the author's name and role on two lines, past a time stamp and
    # share buttons; the picture's credit over its caption (no full stop)
    page = ("BBC News\n\nUkraine war: Zelensky says Russia must be pushed to peace\n\n2 hours ago\n\n"
            "Share\n\nSave\n\nPaul Kirby\n\nEurope digital editor\n\nGetty Images\n"
            "Zelensky spoke to reporters in Kyiv on Tuesday\n\n"
            "Ukraine's President Volodymyr Zelensky has said Russia must be \"forced into peace\" as "
            "European leaders prepare to meet in London on Thursday.\n\n"
            "Speaking in Kyiv, Zelensky said a ceasefire would only hold if Ukraine received firm "
            "security guarantees from its allies.\n")
    article = parser.parse(page)
    assert article.headline.text == "Ukraine war: Zelensky says Russia must be pushed to peace"
    assert article.byline.authors == ("Paul Kirby",)
    kinds = dict((article.text.split("\n")[n - 1], str(kind)) for n, kind in article.line_zones())
    assert kinds["Europe digital editor"] == "byline"
    [caption] = article.captions
    assert caption.credit == "Getty Images"
    assert caption.span.text == "Getty Images\nZelensky spoke to reporters in Kyiv on Tuesday"
    assert [s.name for s in article.sources if s.kind.value == "photo_credit"] == ["Getty Images"]


@pytest.mark.parametrize(("line", "path"), [
    ("China >> Politics", ("China", "Politics")),
    ("World » Asia Pacific", ("World", "Asia Pacific")),
])
def test_two_sections_parted_by_a_double_arrow_are_a_breadcrumb(parser: Parser, line: str, path: tuple) -> None:
    page = (f"{line}\n\nLi meets German chancellor in Beijing\n\n"
            "Premier Li Qiang said on Tuesday that China is willing to work with Germany to expand "
            "cooperation in new energy vehicles and green development.\n\n"
            "Li made the remarks when meeting German Chancellor Olaf Scholz, who is on a three-day visit.\n")
    article = parser.parse(page)
    assert article.section_path == path
    assert article.headline.text == "Li meets German chancellor in Beijing"


def test_a_headline_naming_its_source_at_its_end_over_a_sentence_case_deck(parser: Parser) -> None:
    page = ("TASS\n\nKremlin sees no grounds for talks with Kyiv so far — Peskov\n\n"
            "The spokesman stressed that the Russian side is open to dialogue\n\n"
            "MOSCOW, December 21. /TASS/. The Kremlin sees no grounds so far for negotiations with Kyiv, "
            "Kremlin Spokesman Dmitry Peskov told reporters on Saturday.\n\n"
            "\"So far, we do not see any grounds for negotiations,\" he said.\n")
    article = parser.parse(page)
    assert article.headline.text == "Kremlin sees no grounds for talks with Kyiv so far — Peskov"
    assert article.standfirst.text == "The spokesman stressed that the Russian side is open to dialogue"


def test_a_sentence_case_line_over_a_labelled_credit_is_its_caption(parser: Parser) -> None:
    page = ("Germany's coalition collapses as Scholz fires finance minister\n\nRina Goldenberg\n\n"
            "Scholz said he had lost trust in Lindner\nImage: Michael Kappeler/dpa/picture alliance\n\n"
            "Chancellor Olaf Scholz on Wednesday evening fired Finance Minister Christian Lindner, "
            "effectively ending the coalition that has governed Germany since 2021.\n\n"
            "\"I am forced to take this step to avert damage to our country,\" Scholz told reporters.\n")
    [caption] = parser.parse(page).captions
    assert caption.span.text.startswith("Scholz said he had lost trust in Lindner")
    assert caption.credit == "picture alliance"


def test_the_entries_of_a_live_page_are_body_under_their_time_stamps(parser: Parser) -> None:
    page = ("Ukraine war live: Zelensky meets European leaders in London as ceasefire talks continue\n\n"
            "Updated 2 Mar 2025 16.45 GMT\n\nKey events\n\nShow key events only\n\n"
            "2 Mar 2025 16.45 GMT\nStarmer says UK will lead 'coalition of the willing'\n\n"
            "British prime minister Keir Starmer has said the UK and France will work with Ukraine on a "
            "plan to end the fighting.\n\n"
            "\"We are at a crossroads in history,\" Starmer told reporters after the summit.\n\n"
            "2 Mar 2025 15.20 GMT\nZelensky arrives at Lancaster House\n\n"
            "Ukrainian president Volodymyr Zelensky has arrived for the summit, where he was greeted by Starmer.\n\n"
            "He said on Saturday that Ukraine was ready to sign a minerals deal with the US.\n\n"
            "Share\n")
    article = parser.parse(page)
    kinds = {article.text.split("\n")[n - 1]: str(kind) for n, kind in article.line_zones()}
    assert article.headline.text.startswith("Ukraine war live:")
    assert kinds["Show key events only"] == kinds["Key events"] == "widget"
    assert kinds["2 Mar 2025 15.20 GMT"] == "dateline"
    assert kinds["Zelensky arrives at Lancaster House"] == "body"
    assert kinds["He said on Saturday that Ukraine was ready to sign a minerals deal with the US."] == "body"
    assert "2025-03-01" in [d.value for d in article.dates]


@pytest.mark.parametrize("menu", ["Arts & Culture News", "Fraud & Identity Theft", "PR & Marketing Call Out List"])
def test_a_menu_topic_with_an_ampersand_is_no_byline(parser: Parser, menu: str) -> None:
    # a site's menu above the article: a single word before ``&`` opens a topic, not the first
    # of two authors (``Arts & Culture News`` had been the byline of ``Arts``)
    page = (f"Home\nNews\n{menu}\nEvents\n\nCouncil passes budget after long night\n\n"
            f"By Sofia Gonzalez December 2, 2025\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n")
    article = parser.parse(page)
    assert article.byline.authors == ("Sofia Gonzalez",)
    kinds = _line_kinds(article)
    assert kinds[menu] == "other"


def test_a_bare_name_right_above_the_time_stamp_is_the_byline(parser: Parser) -> None:
    page = ("China's top legislator meets North Korean delegation as ties warm\n\n"
            "Zhao Leji tells visiting officials Beijing is ready to deepen exchanges this year\n\n"
            "Reading Time:3 minutes\n\nWhy you can trust us\n\nKawala Xie\nPublished: 8:30pm, 12 Apr 2024\n\n"
            "China's top legislator Zhao Leji met a North Korean delegation in Pyongyang on Friday, state media "
            "reported, in the highest-level visit by a Chinese official in five years.\n\n"
            "Analysts said the visit signalled Beijing's desire to keep its neighbour close.\n")
    article = parser.parse(page)
    assert article.byline.authors == ("Kawala Xie",)
    assert str(article.publication_date.value) == "2024-04-12"


def test_a_headline_over_two_summary_lines(parser: Parser) -> None:
    # bullet points under the headline (Daily Mail): the headline tells the lead's story
    page = ("News\nSport\n\nCouncil opens new bridge as commuters celebrate end of long detour\n"
            "Mayor cut the ribbon at dawn\nHe thanked the workers who built it\n"
            "By JANE ROE FOR MAILONLINE\nPublished: 10:22 GMT, 15 November 2024\n\n"
            "The council today opened the new bridge, ending a detour that commuters had endured for "
            "two years, and officials said the crossing would cut journeys by twenty minutes.\n\n"
            "Hundreds of commuters gathered at the bridge to celebrate the end of the detour.\n")
    article = parser.parse(page)
    assert article.headline.text == "Council opens new bridge as commuters celebrate end of long detour"
    kinds = _line_kinds(article)
    assert kinds["Mayor cut the ribbon at dawn"] == kinds["He thanked the workers who built it"] == "standfirst"


def test_a_labelled_stamp_with_a_place_is_no_byline_and_the_name_under_it_is(parser: Parser) -> None:
    # The Hindu: ``Updated - <date> - CHENNAI`` had been read as the byline of ``Updated``
    page = ("News\n\nHeavy rain lashes the city; schools shut in four districts\n"
            "The weather office has forecast more rain over the next two days\n"
            "Updated - November 12, 2024 10:18 pm IST - CHENNAI\nRohan Iyer\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH)
    article = parser.parse(page)
    kinds = _line_kinds(article)
    assert kinds["Updated - November 12, 2024 10:18 pm IST - CHENNAI"] == "dateline"
    assert article.byline.authors == ("Rohan Iyer",)


@pytest.mark.parametrize("bio", [
    "Dana Levi is The Times of Israel's political correspondent.",
    "Jane Doe is a reporter for the Herald covering City Hall.",
])
def test_a_short_bio_of_the_author_closing_the_article_is_not_body(bio: str) -> None:
    text = "\n\n".join(["Cabinet approves budget", PARAGRAPH, PARAGRAPH, bio, "Most read"])
    assert dict(zip(text.split("\n"), _kinds(text)))[bio] != "body"


def test_a_closing_sentence_about_someone_else_stays_body() -> None:
    last = "Smith is a former minister who now advises the committee on its budget and its reforms."
    text = "\n\n".join(["Cabinet approves budget", PARAGRAPH, PARAGRAPH, last, "Most read"])
    assert dict(zip(text.split("\n"), _kinds(text)))[last] == "body"


def test_a_label_over_its_caption(parser: Parser) -> None:
    # Sky News prints ``Image:`` on a line over the caption
    page = ("Chancellor rules out fuel duty rise\nAlice Turner\nFriday 15 November 2024 11:45, UK\n"
            "Image:\nThe chancellor spoke to reporters in Leeds\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH)
    [caption] = parser.parse(page).captions
    assert caption.span.text == "Image:\nThe chancellor spoke to reporters in Leeds"


def test_a_name_before_a_stamp_parted_by_a_pipe_is_the_byline(parser: Parser) -> None:
    # Anadolu: the author, a pipe, then the date right away (no label)
    page = ("Drones deliver aid to flood areas\nSelin Aydin   |15.11.2024 - Update : 15.11.2024\nANKARA\n\n"
            + PARAGRAPH + "\n\n" + PARAGRAPH)
    article = parser.parse(page)
    assert article.byline.authors == ("Selin Aydin",)
    assert str(article.publication_date.value) == "2024-11-15"


def test_a_headline_right_under_a_trending_heading_is_the_articles(parser: Parser) -> None:
    # NDTV: ``Trending`` over the article's own headline, its deck, labels and the time stamp
    page = ("NDTV\nLatest\nIndia\nTrending\nCity Metro Services Hit After Technical Glitch On Blue Line\n"
            "Commuters faced delays of up to 40 minutes during the morning rush hour.\nDelhi\n"
            "Read Time: 2 mins\nIndia News\nNov 15, 2024 10:12 am IST\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH)
    article = parser.parse(page)
    assert article.headline.text == "City Metro Services Hit After Technical Glitch On Blue Line"


@pytest.mark.parametrize(("line", "credit"), [
    # The Japan Times: the caption's sentence, a pipe, the agency; Politico: the photographer/outlet
    ("The prime minister delivers a policy speech in the Diet on Friday.  | KYODO", "KYODO"),
    ("The leader speaks to reporters at the Capitol on Nov. 13, 2024. | Francis Chung/POLITICO", "POLITICO"),
])
def test_a_caption_closed_by_a_pipe_and_its_credit(parser: Parser, line: str, credit: str) -> None:
    page = "Premier vows to boost wages\n" + line + "\nBY KEN SATO\nNov 29, 2024\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH
    article = parser.parse(page)
    assert [(c.span.text, c.credit) for c in article.captions] == [(line, credit)]
