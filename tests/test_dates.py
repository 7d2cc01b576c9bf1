"""Temporal expressions: found in the editorial zones with TimeML extents, resolved as news means them."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.default_plugins import dates as dates_module
from newsparse.default_plugins.dates import find_timexes, parse_number, spelled_year, tense
from newsparse.model import TimexType
from newsparse.reading import COMMON_PUNCTUATION
from newsparse.testing import make_parser

from .conftest import DATA, SAVED_FORMS, SEED_000, SEED_004, as_shown, assert_linear, need, wrap

DCT = dt.date(2017, 9, 7)  # a Thursday


def found(text: str, anchor: dt.date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.span.text, t.type.value, t.value) for t in find_timexes(text, anchor=anchor)]


def one(text: str, anchor: dt.date | None = DCT) -> tuple[str, str, str]:
    result = found(text, anchor)
    assert len(result) == 1, result
    return result[0]


# --------------------------------------------------------------------------- the seed dumps


def _dates(parser, path, day):
    article = parser.parse(need(path), publication_date=day)
    return {t.span.text: t for t in article.dates}, article


def test_seed_000_is_resolved_against_its_publication_date(parser):
    dates, article = _dates(parser, SEED_000, "2017-04-24")  # a Monday
    assert dates["Monday morning"].value == "2017-04-24TMO"
    assert dates["Sunday"].value == "2017-04-23"  # "On Sunday, ... told reporters"
    assert article.text[dates["Sunday"].span.start - 3:dates["Sunday"].span.start] == "On "
    assert dates["earlier this month"].value == "2017-04"
    assert dates["earlier this month"].mod == "START"
    assert dates["Last week"].value == "2017-W16"
    for t in article.dates:
        assert article.text[t.span.start:t.span.end] == t.span.text


def test_seed_004_is_resolved_against_its_publication_date(parser):
    dates, _ = _dates(parser, SEED_004, "2017-09-07")  # a Thursday
    assert dates["yesterday"].value == "2017-09-06"
    assert dates["later this year"].value == "2017"
    assert dates["later this year"].mod == "END"
    assert dates["this year"].value == "2017"
    # "Putin denounced North Korea's sixth ... nuclear bomb test on Sunday": 3 September 2017
    assert dates["Sunday"].value == "2017-09-03"


def test_seed_without_a_date_stays_underspecified(parser):
    article = parser.parse(need(SEED_004))
    if article.publication_date is None:
        values = {t.span.text: t.value for t in article.dates}
        assert values["yesterday"] == "XXXX-XX-XX"
        assert values["Sunday"] == "XXXX-WXX-7"


# --------------------------------------------------------------------------- extents


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The index fell on Monday.", "Monday"),  # the preposition is out
        ("Prices rose in the past three months.", "the past three months"),  # the determiner is in
        ("They met earlier this month in Paris.", "earlier this month"),
        ("He served for about two years.", "about two years"),
        ("The talks ended two weeks ago.", "two weeks ago"),
        ("Profit rose in the third quarter.", "the third quarter"),
        ("Its third-quarter profit rose.", "third-quarter"),  # adjectival: "its" is the noun's
        ("A two-year contract was signed.", "two-year"),
        ("The plant opened in mid-1996.", "mid-1996"),
        ("Trading resumed at 10:30 a.m. Thursday.", "10:30 a.m. Thursday"),
    ],
)
def test_timeml_extents(text, span):
    assert [t[0] for t in found(text)] == [span]


def test_expressions_never_overlap():
    text = "In the first nine months of 1989, a year earlier, on Monday morning, sales rose."
    spans = [t.span for t in find_timexes(text, anchor=dt.date(1989, 10, 26))]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


# --------------------------------------------------------------------------- resolution rules


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the tense of the sentence
        ("The minister visited Paris on Monday.", "2017-09-04"),
        ("The minister will visit Paris on Monday.", "2017-09-11"),
        ("The minister said on Thursday that talks failed.", "2017-09-07"),
        ("Talks are to resume next Tuesday.", "2017-09-12"),
        ("They met last Friday.", "2017-09-01"),
        # a verb of reporting gives the tense only of what goes with it: the report is
        # past, what it reports is ahead
        ("The minister will visit Paris on Monday, officials said.", "2017-09-11"),
        ("Officials said the minister would visit Paris on Monday.", "2017-09-11"),
        # ... the expression goes with the report
        ("Officials said on Monday the talks will resume.", "2017-09-04"),
        ("On Monday, officials said the talks will resume.", "2017-09-04"),
        ("The talks will resume, officials told reporters Monday.", "2017-09-04"),
        # ... the report alone
        ("Officials said the talks were on Monday.", "2017-09-04"),
        # modals and irregular pasts
        ("The group might come to the U.S. as soon as Tuesday.", "2017-09-12"),
        ("The ministers should meet again Monday.", "2017-09-11"),
        ("The vote may have been on Monday.", "2017-09-04"),  # (``may have``: past)
        # ``met`` is nearer than the ``will`` of the relative clause
        ("The envoy, who will retire in spring, met the president on Tuesday.", "2017-09-05"),
    ],
)
def test_the_tense_decides_the_weekday(sentence, value):
    assert one(sentence)[2] == value


def test_every_future_marker_is_found():
    # (the pattern's look-ahead lists their first letters)
    for marker in ("will", "won't", "shall", "we'll", "going to", "is due to", "are to", "plans to",
                   "planning to", "intends to", "aims to", "would", "set to", "payable", "upcoming",
                   "scheduled", "ahead of", "as soon as", "might", "should", "must", "can", "may"):
        assert dates_module.FUTURE_RE.search(f"They {marker} meet"), marker
    assert not dates_module.FUTURE_RE.search("It was May")


def test_a_count_after_in_is_a_date_ahead_but_after_within_a_duration():
    assert one("The bonds will be redeemed in five years.")[2] == "2022"
    assert one("The bank must sell the bonds within five years.")[2] == "P5Y"


def test_days_relative_to_the_publication_date():
    assert one("Officials said yesterday.")[2] == "2017-09-06"
    assert one("The vote is tomorrow.")[2] == "2017-09-08"
    assert one("He spoke today.")[2] == "2017-09-07"
    assert one("He will speak tonight.") == ("tonight", "TIME", "2017-09-07TNI")
    assert one("He spoke this morning.") == ("this morning", "TIME", "2017-09-07TMO")


def test_holidays_are_whole_words():
    assert one("They met on Christmas Day 2016.")[:3] == ("Christmas Day 2016", "DATE", "2016-12-25")
    assert [t.span.text for t in find_timexes("It was Christmastime in the city.")] == []
    assert [t.span.text for t in find_timexes("the Thanksgivings of old")] == []


def test_weeks_months_years():
    assert one("The deal was signed last week.")[2] == "2017-W35"
    assert one("The deal was signed last month.")[2] == "2017-08"
    assert one("Sales will grow next year.")[2] == "2018"
    assert one("The visit is planned for early next year.")[2] == "2018"
    assert one("Prices fell this summer.")[2] == "2017-SU"


def test_months_and_dates_without_a_year():
    assert one("The bomb test was on Sept 3.")[2] == "2017-09-03"
    assert one("The offer expires Sept. 30.")[2] == "2017-09-30"
    assert one("The offer was extended to Oct. 16.")[2] == "2017-10-16"
    assert one("The company was founded in December.")[2] == "2016-12"
    assert one("Payments are due by January.")[2] == "2018-01"
    assert one("They spoke on September 3, 2017.")[2] == "2017-09-03"
    assert one("They spoke on 3 September 2016.")[2] == "2016-09-03"
    assert one("It happened in July 1997.")[2] == "1997-07"
    assert one("The report was filed 2017-09-03.")[2] == "2017-09-03"


def test_the_week_of_a_date_is_that_date_s_week():
    assert one("A hearing is set for the week of March 6.", dt.date(2000, 2, 24)) == (
        "the week of March 6", "DATE", "2000-W10")
    assert one("It happened the week of 3 September.") == ("the week of 3 September", "DATE", "2017-W35")


def test_numeric_dates_month_first_unless_the_day_comes_first_by_its_size_or_its_dots():
    assert one("The report was filed 9/3/2017.")[2] == "2017-09-03"
    assert one("The report was filed 23/11/2016.")[2] == "2016-11-23"
    assert one("The report was filed 3.9.2017.")[2] == "2017-09-03"
    # a decimal is no date
    assert found("Shares rose 3.5 percent to 12.30 on the news.") == []


def test_present_past_and_future_references():
    assert one("Prices are now falling.")[2] == "PRESENT_REF"
    assert one("He currently leads the party.")[2] == "PRESENT_REF"
    assert one("Prices recently fell.")[2] == "PAST_REF"
    assert one("Nobody knows what the future holds.")[2] == "FUTURE_REF"


def test_durations():
    assert one("Prices rose in the past three months.")[1:] == ("DURATION", "P3M")
    assert one("The talks lasted 24 hours.")[1:] == ("DURATION", "PT24H")
    assert one("He spent three years in prison.")[1:] == ("DURATION", "P3Y")
    assert one("Growth has stalled over the past decade.")[1:] == ("DURATION", "P10Y")
    assert one("It has been falling for years.")[1:] == ("DURATION", "PXY")
    assert one("He arrived three days later.") == ("three days", "DURATION", "P3D")


def test_a_couple_and_a_few_are_counts_with_their_article():
    assert one("Prices will not change for a couple of years.") == ("a couple of years", "DURATION", "P2Y")
    assert one("Over the next couple of months, sales may fall.") == ("the next couple of months", "DURATION", "P2M")
    assert one("The ships could sail within a few days.") == ("a few days", "DURATION", "PXD")
    # no determiner before them: "this" is the object of the verb
    assert one("I was asked this a couple months ago.") == ("a couple months ago", "DATE", "2017-07")
    # a number after the article: the article goes with the noun after the duration
    assert one("It was a 10 days' wait.")[0] == "10 days"


def test_sets():
    assert one("The committee meets every week.")[1:] == ("SET", "P1W")
    assert one("The report is published annually.")[1:] == ("SET", "P1Y")
    assert one("The market opens each Thursday.")[1:] == ("SET", "XXXX-WXX-4")
    assert one("It pays $900 per annum.") == ("per annum", "SET", "P1Y")
    assert one("The fair opens each May.") == ("each May", "SET", "XXXX-05")
    assert found("Each may have a vote.") == []  # the verb, after the set's own trigger word


def test_each_pattern_runs_near_a_word_all_its_matches_hold():
    # Ago-expressions are found from their direction word, sets from every/each/per
    # and their adverbs: text full of units and months but none of those words
    # needs no scan for them (and loses nothing that has them).
    assert one("He left some 20 years back.")[:2] == ("some 20 years back", "DATE")
    assert one("It will end two weeks hence.")[:2] == ("two weeks hence", "DATE")
    assert one("Six months from now, prices will fall.")[:2] == ("Six months from now", "DATE")
    assert one("Talks were held two years ago.")[:2] == ("two years ago", "DATE")
    windows = dates_module._windows
    text = "The minister said the talks would go on for weeks, " * 20
    ago = next(i for i, (_, handler) in enumerate(dates_module.PATTERNS) if handler is dates_module._ago)
    assert windows(text, 0, len(text))[ago] == []
    # clock times near clock words and numbers (``noon``, ``10:30``), not near every ``morning``
    text = "They met on Monday morning and talked into the night. " * 20
    clock = next(i for i, (_, handler) in enumerate(dates_module.PATTERNS) if handler is dates_module._time)
    assert windows(text, 0, len(text))[clock] == []
    # ``10:30`` is a time only with a zone or a day next: only then is it looked for
    for text, expected in [
        ("The vote closed at 10:30 GMT.", ("10:30 GMT", "TIME", "2017-09-07T10:30")),
        ("They met at 10:30 Monday.", ("10:30 Monday", "TIME", "2017-09-04T10:30")),
        ("It ended at 10:30, Sept. 3, in Paris.", ("10:30, Sept. 3", "TIME", "2017-09-03T10:30")),
        ("It opens at 10:30 (EST) today.", ("10:30 (EST) today", "TIME", "2017-09-07T10:30")),
    ]:
        assert found(text) == [expected]
    text = "The score was 10:30 at half time, 2017 12 31 10:30 on the board. " * 20
    assert windows(text, 0, len(text))[clock] == []


def test_durations_are_looked_for_after_a_number_and_parts_of_day_after_this_or_last():
    # A duration's unit follows a number or a quantity word; every such form is still found.
    for text, value in [
        ("Talks went on for three more days.", "P3D"),
        ("He called a 24-hour strike.", "PT24H"),
        ("The dispute has lasted dozens of years.", "PXY"),
        ("She served two and a half years.", "P2Y6M"),
        ("The firm grew for twenty-one straight months.", "P21M"),
        ("It took a few weeks.", "PXW"),
        ("Rebels have fought for decades.", "PXY"),
        ("The station lost power for two\u00a0hours.", "PT2H"),
    ]:
        assert ("DURATION", value) in [(k, v) for _, k, v in found(text)], (text, found(text))
    assert one("He was hurt last night.")[1:] == ("TIME", "2017-09-06TNI")
    # A unit after anything else (``last week``), or ``morning`` after a weekday, needs
    # no scan for durations or for ``this morning``.
    text = "Sept 3 September Monday morning last week the year " * 20
    duration = next(i for i, (_, h) in enumerate(dates_module.PATTERNS) if h is dates_module._duration)
    deictic = next(i for i, (_, h) in enumerate(dates_module.PATTERNS) if h is dates_module._deictic)
    assert dates_module._windows(text, 0, len(text))[duration] == []
    assert dates_module._windows(text, 0, len(text))[deictic] == []


def test_years_decades_centuries():
    assert one("The plant opened in 1995.")[2] == "1995"
    assert one("Profit fell in fiscal 1989.")[2] == "1989"
    assert one("Prices soared in the 1990s.")[2] == "199"
    assert one("It was built in the 20th century.")[2] == "19"
    assert one("Fewer came in nineteen ninety-six.")[2] == "1996"
    assert one("Numbers dropped through the nineties.")[2] == "199"


def test_quarters_and_anaphora():
    anchor = dt.date(1989, 10, 26)
    result = found("Net rose in the third quarter from $5 million a year earlier.", anchor)
    assert [v for _, _, v in result] == ["1989-Q3", "1988-Q3"]
    assert one("Sales in the year-ago quarter were flat.", anchor)[2] == "1988-Q3"
    assert one("It earned $5 million two years ago.", anchor)[2] == "1987"


def test_days_seen_from_the_day_under_discussion():
    text = "Dr. Slepian was shot on Oct. 23, 1998. Earlier that day, a fax was sent. The next day police came."
    values = [(t.span.text, t.value) for t in find_timexes(text, anchor=dt.date(1999, 10, 24))]
    assert values == [
        ("Oct. 23, 1998", "1998-10-23"),
        ("Earlier that day", "1998-10-23"),
        ("The next day", "1998-10-24"),
    ]


def test_times_of_day():
    assert one("The offer expires at 5 p.m. EST Nov. 9.", dt.date(1989, 11, 2))[1:] == (
        "TIME", "1989-11-09T17:00")
    assert one("The blast came at noon Thursday.")[2] == "2017-09-07T12:00"


def test_a_part_of_the_day_alone_is_of_the_day_under_discussion():
    assert one("In London at mid-afternoon yesterday, shares rose.") == (
        "mid-afternoon yesterday", "TIME", "2017-09-06TAF")
    assert one("By mid afternoon, the operation was over.") == ("mid afternoon", "TIME", "2017-09-07TAF")
    assert found("Shares fell Sept. 1. Dealers placed orders in the morning.")[1] == (
        "the morning", "TIME", "2017-09-01TMO")
    # the part of the day of something else, or a kind of thing
    assert found("It happened on the morning of Sept. 1.") == [("Sept. 1", "DATE", "2017-09-01")]
    assert found("He works the morning shift.") == []
    assert found("It ran in the morning papers.") == []


def test_no_anchor_means_no_guessing():
    assert found("The deal was signed last week and yesterday.", None) == [
        ("last week", "DATE", "XXXX-WXX"),
        ("yesterday", "DATE", "XXXX-XX-XX"),
    ]
    assert one("The offer expires Sept. 30.", None)[2] == "XXXX-09-30"


def test_words_that_only_look_like_dates_are_skipped():
    assert found("Prices may fall, and protesters march on the capital.") == []
    assert found("The 2000 workers earned $1990 and 1,989 shares.") == []
    assert found("The company cut its quarterly dividend.") == []
    assert found("He is a 6-year-old boy.") == []
    assert found("It makes 40,000 tons a year.") == []


def test_expressions_stay_within_a_line():
    assert found("Sales fell last\n\nweek.") == []
    assert [t[0] for t in found("They met on Monday\nmorning talks resumed.")] == ["Monday"]


def test_month_names_as_names_are_skipped():
    assert found("Protesters joined the annual March for Life.") == []
    assert one("He resigned in March for health reasons.")[2] == "2017-03"
    assert found("They joined the March on Washington.") == []


def test_a_month_after_an_article_is_one_when_it_qualifies_a_noun_or_is_qualified():
    assert one("The firm is bound by a June agreement with its lenders.")[:2] == ("June", "DATE")
    assert one("Police found evidence in the August shooting.")[2] == "2017-08"
    assert one("He made the late-July trip with his son.") == ("late-July", "DATE", "2017-07")
    assert one("The offer expires at the end of November.", dt.date(2016, 10, 30))[2] == "2016-11"


def test_number_words():
    assert parse_number("twenty-four") == 24
    assert parse_number("2 1/2") == 2.5
    assert parse_number("a few") is None
    assert spelled_year("nineteen seventy-nine") == 1979


def test_types_are_timex3():
    kinds = {t.type for t in find_timexes("Yesterday, for three years, every week, at 10 a.m.", anchor=DCT)}
    assert kinds == {TimexType.DATE, TimexType.DURATION, TimexType.SET, TimexType.TIME}


# --------------------------------------------------------------------------- dense input


@pytest.mark.parametrize("seed", [SEED_000, SEED_004])
def test_tense_from_markers_found_once_is_the_tense_of_each_sentence(seed):
    text = need(seed).read_text(encoding="utf-8")
    text += " The plan was embedded in talks they will hold, officials said." * 12  # words cut by the window
    for lo, hi in ((0, len(text)), (37, len(text) - 53)):
        zone = dates_module._zone_markers(text, lo, hi)
        for start in range(lo, hi - 8, 5):
            end = start + 1 + start % 8
            assert dates_module._tense_with(zone, text, start, end, lo, hi) == tense(text, start, end, lo, hi), (
                text[max(lo, start - 40):end + 40]
            )


@pytest.mark.parametrize("seed", [SEED_000, SEED_004])
def test_asking_only_whether_the_tense_is_future_gives_the_same_answer(seed):
    # Most handlers ask only whether a sentence is future, which stops reading at the
    # future markers; the answer must be that of the full reading, also where a window
    # cuts a word that could end a marker (``will|ing``, ``might ha|ve``, ``to|day``).
    text = need(seed).read_text(encoding="utf-8")
    text += (" They will meet willingly today, and it might have gone; it was to be held"
             " tomorrow, officials said, as the vote is scheduled to go ahead.") * 6
    # long sentences: the reading window (200 characters each side) cuts their words, some
    # into a marker (``will|ingly``, ``might ha|ve``) where the whole word is none
    text += " And" + " the talks go on as they vote willingly and" * 12 + "."
    text += " And" + " the talks might have gone on and they will be willing to vote today" * 12 + "."
    future = dates_module.FUTURE
    for lo, hi in ((0, len(text)), (41, len(text) - 29)):
        zone = dates_module._zone_markers(text, lo, hi)
        for start in range(lo, hi - 8, 3):
            end = start + 1 + start % 7
            full = tense(text, start, end, lo, hi) == future
            assert (dates_module._tense_read(text, start, end, lo, hi, True)[0] == future) == full
            assert (dates_module._tense_with(zone, text, start, end, lo, hi, True) == future) == full, (
                text[max(lo, start - 40):end + 40]
            )


def test_a_zone_without_future_markers_is_future_only_where_a_cut_word_makes_one():
    # with no future marker in the zone, only a word cut by the reading window can make one
    # (``will|ingly``, ``might ha|ve``, ``may|or``), or a stop that cuts a modal's look-ahead
    # for ``have`` short (``might| have``, ``might not |have``, ``might\nhave`` at a line
    # break): the quick answer, and the tense, are the full reading's
    text = ("And the talks might have gone on as they vote willingly, and the mayor shoulders"
            " it often, cantering to the tomatoes of Ohio; they ask the toll-free line"
            " about ſhallow words, not having it: MAYORS HAVE NOT ") * 6
    text += "So they might\nhave gone, and they must not\nhave, and it can  have been.\n" * 3
    future = dates_module.FUTURE
    for lo, hi in ((0, len(text)), (7, len(text) - 3)):
        zone = dates_module._zone_markers(text, lo, hi)
        assert zone.markers(0) == ([], [])
        answers = []
        for start in range(lo, hi - 8):
            end = start + 1 + start % 5
            full = tense(text, start, end, lo, hi)
            answers.append(full == future)
            assert (dates_module._tense_with(zone, text, start, end, lo, hi, True) == future) == (full == future), (
                text[max(lo, start - 40):end + 40]
            )
            assert dates_module._tense_with(zone, text, start, end, lo, hi) == full, text[max(lo, start - 40):end + 40]
        assert any(answers) and not all(answers)


def test_the_count_before_a_unit_is_looked_for_only_where_one_can_end():
    # ``_counted`` runs COUNTED_RE only where the word before the unit could end a count
    text = ("for two weeks, in 3 days, over a dozen years, the last week, several more months, "
            "twenty-one straight days, half a day, a few hours, 1,000 years, some days, no-year") * 3
    text += (" this morning, last  night, yesterday\u00a0evening, tomorrow-night, untilthis morning,"
             " outlast afternoon, this\tevening, consecutivee days, xconsecutive days, two consecutive days, 1990s years"
             " mid-afternoon, in the  evening, inthe morning, early -morning, lately morning, mid -\tnight") * 3
    lowered = text.lower()
    for at in range(1, len(lowered)):
        slow = dates_module.COUNTED_RE.search(lowered, max(0, at - 40), at) is not None
        assert dates_module._counted(lowered, at) == slow, lowered[max(0, at - 40):at]
        # and ``_part_det`` runs PART_DET_RE only where one of its words ends before spaces
        slow = dates_module.PART_DET_RE.search(lowered, max(0, at - 20), at) is not None
        assert dates_module._part_det(lowered, at) == slow, lowered[max(0, at - 20):at]


def test_the_looks_back_before_a_month_are_run_only_where_they_can_match():
    # ``_deadline_before`` and ``_the_before`` run DEADLINE_RE and THE_BEFORE_RE only where
    # the character before the white space could end a match: the answer of the pattern
    # at every position
    import json

    with need(DATA / "timex" / "dev.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle][:40]
    texts.append(need(SEED_004).read_text(encoding="utf-8"))
    words = ("by until till through effective record starting beginning before expires expire expiring "
             "due early late mid mid- the a an")
    texts.append(" ".join(f"{w} Sept. 3, {w.upper()}  March\t{w.title()}-early \u201cMay\u201d"
                          for w in words.split()) + " ſtarting \u017fept. 3 THROUGH\u00a0Jan. the big `'\u2018Jan"
                 " by mid-Sept. 3, until early Jan. 4, by late\u00a0March, expireſ Jan. 3, through mid- May")
    hits = [0, 0]
    for text in texts:
        for start in range(len(text) + 1):
            lo = max(0, start - 16)
            slow = dates_module.DEADLINE_RE.search(text, lo, start) is not None
            assert dates_module._deadline_before(text, lo, start) == slow, text[lo:start]
            hits[0] += slow
            lo = max(0, start - 20)
            slow = dates_module.THE_BEFORE_RE.search(text, lo, start) is not None
            assert dates_module._the_before(text, lo, start) == slow, text[lo:start]
            hits[1] += slow
    assert min(hits) > 50
    # the names and days looked up: what the slow way reads
    for form in ["Sept", "SEPT.", "September", "sept", "Mar.", "MAY", "may"]:
        assert dates_module._month(form) == dates_module.MONTHS[form.lower().rstrip(".")]
    for day in ["3", "03", "3rd", "31st", "20th", "09", "3RD", "1\u0663"]:
        assert dates_module._leading_int(day) == int(dates_module._DIGITS_RE.match(day)[0])


def test_the_numbers_scanned_for_triggers_are_those_that_can_be_one():
    # NUMBER_TRIGGER_RE matches what NUMBER_RE matches (groups and all), passing over only
    # numbers that can be no trigger (no year, decade, clock time or numeric date)
    import json

    with need(DATA / "timex" / "dev.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"].lower() for line in handle]
    texts.append("2017 12 31 10:30 gmt 9/3/2017 1990s '80s 12345-6 2017-09-03 3/4 5 p.m. 10.30 a.m. 1- 12/ 0s"
                 " 20000s 1999- 19999/1 7:15 monday 10:30, sept 3-4 \u0661\u0669\u0669\u0668 1\u0663/2" * 3)
    triggers = 0
    for text in texts:
        full = {m.span(): m.groups() for m in dates_module.NUMBER_RE.finditer(text)}
        quick = {m.span(): m.groups() for m in dates_module.NUMBER_TRIGGER_RE.finditer(text)}
        assert quick.items() <= full.items()
        for (at, to), groups in full.items():
            year, decade, clock, after = groups
            if (year is not None or decade is not None or clock is not None
                    or after is not None and to - at <= 4 and after.isdigit()):
                assert quick.get((at, to)) == groups, text[max(0, at - 20):to + 20]
                triggers += 1
    assert triggers > 250


def test_the_quick_skip_of_each_pattern_changes_none_of_its_matches():
    # Each pattern opens with a look-ahead for the first words of its matches, so that the
    # engine skips other words at once. A branch added without its first word there would
    # never match: the patterns without the look-ahead must find the same on real news.
    import json
    import re

    skip_line = re.compile(r"^[ \t]*\(\?=.*# the first (?:words|letters) of every .*$", re.M)
    with need(DATA / "timex" / "dev.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    texts += [need(SEED_000).read_text(encoding="utf-8"), need(SEED_004).read_text(encoding="utf-8")]
    checked = 0
    for pattern, _handler in dates_module.PATTERNS:
        bare = skip_line.sub("", pattern.pattern)
        if bare == pattern.pattern:
            continue
        checked += 1
        plain = re.compile(bare, pattern.flags)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert checked >= 8


def test_dense_expressions_resolve_as_one_alone():
    sentence = "The minister will visit Paris on Monday, after talks on Sept. 3 that officials said went well. "
    alone = [(text, value) for text, _, value in found(sentence)]
    assert alone == [("Monday", "2017-09-11"), ("Sept. 3", "2017-09-03")]
    assert [(text, value) for text, _, value in found(sentence * 400)] == alone * 400
    line = "Sept 3 September Monday morning last week "  # no sentence ends: one 200 KB sentence
    assert found(line * 5_000, anchor=None) == found(line, anchor=None) * 5_000


# --------------------------------------------------------------------------- speed


@pytest.mark.parametrize(
    "unit",
    ["year ", "1990 ", "Monday ", " ", "the past ", "fiscal ", "-", "9", "quarter year-ago ", "Sept. 3, "],
)
def test_time_stays_linear_on_adversarial_input(unit):
    small, large = unit * 2_000, unit * 20_000
    # ten times the input, well under 100 times the time
    assert_linear(lambda: find_timexes(small, anchor=DCT), lambda: find_timexes(large, anchor=DCT), 30, slack=0.5)


def _dates_as_shown(text: str) -> list[tuple[str, str]]:
    article = make_parser().parse(text, publication_date="2017-09-07")
    assert all(d.span.text == article.text[d.span.start:d.span.end] for d in article.dates)
    return [(as_shown(d.span.text), d.value) for d in article.dates]


@pytest.mark.parametrize("form", sorted(SAVED_FORMS))
def test_a_saved_page_gives_the_dates_of_the_copied_one(form):
    """An expression may run over a wrapped line's break; ``[Monday](https://...)`` reads
    ``Monday``; the spans are cut from the text, markup and all."""
    for seed in (SEED_000, SEED_004):
        text = need(seed).read_text(encoding="utf-8")
        assert _dates_as_shown(SAVED_FORMS[form](text)) == _dates_as_shown(text)


def test_an_expression_over_a_line_break_or_in_a_link_is_one():
    read = _dates_as_shown
    # ``Monday morning`` broken over two lines is one expression
    body = ("Chinese President Xi Jinping and his US counterpart Donald Trump on Monday morning discussed "
            "the North Korean nuclear threat during a telephone call, officials said. ") * 6
    wrapped = wrap(body, 72)
    assert "Monday\nmorning" in wrapped
    assert ("Monday morning", "2017-09-04TMO") in read("Xi and Trump talk\n\n" + wrapped)
    linked = read("Talks\n\nTrump and Xi spoke on [Monday morning](https://example.com/m), officials said.\n")
    assert linked == [("Monday morning", "2017-09-04TMO")]


_TRIGGER_PIECES = [
    *sorted(dates_module._KIND_OF), "May", "Monday", "YEARS", "1998", "1990s", "'80s", "5", "p.m.", "10:30", "gmt",
    "9/3/2017", "2017-09-03", "12345", "3", "-", "/", ":", ".", "'", "_", "x", "the", "2", " ", " ", "  ", "\n", ",",
    "\u2019", "\u201c", "\u2014", "\xa0",
]


def _check_trigger_scans(lowered):
    for dense in (0, 10**9):  # numbers by runs of digits, by the pattern
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(dates_module, "_DENSE_DIGITS", dense)
            patch.setattr(dates_module, "_SHORT_SCAN", 0)
            numbers, words = dates_module._trigger_scans(lowered)
            assert [(m.span(), m.groups()) for m in numbers] == [
                (m.span(), m.groups()) for m in dates_module.NUMBER_TRIGGER_RE.finditer(lowered)
            ]
            assert [(m.start(), m[1]) for m in words] == [
                (m.start(), m[1]) for m in dates_module.TRIGGER_RE.finditer(" " + lowered)
            ]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=60), st.booleans())
def test_the_quick_trigger_scans_of_ascii_text_find_what_the_patterns_find(pieces, spaced):
    # ASCII text (its common punctuation made spaces) is scanned for literals in a copy
    # made of its words, spaces and zeros: the same numbers (groups and all) and the same
    # words at the same places as the patterns
    _check_trigger_scans((" " if spaced else "").join(pieces).lower())


def test_the_quick_trigger_scans_read_every_word_and_number_between_any_characters():
    # ASCII and the punctuation made spaces in the copy; then beyond it, a letter, a digit
    # and a symbol that keep the text from being scanned so
    ascii_others = [chr(i) for i in range(128) if not chr(i).isalpha()] + list(COMMON_PUNCTUATION)
    for others in (ascii_others, [" ", ".", "\xe9", "\u0663", "\xbd"]):
        for forms in (sorted(dates_module._KIND_OF), ["1998", "90s", "5", "10:30", "9/3/2017", "12-3", "12345", "0s"]):
            _check_trigger_scans("".join(f"{a}{form}{b}" for form in forms for a in others for b in ("x", *others)))


def test_a_time_of_day_takes_the_day_after_it():
    assert found("It ended at noon on Sunday.") == [("noon", "TIME", "2017-09-03T12:00"),
                                                   ("Sunday", "DATE", "2017-09-03")]
    assert found("The blast came at 10:35 a.m. (0735 GMT) Friday.")[0][2] == "2017-09-01T10:35"


def test_a_holiday_naming_a_thing_is_no_date(parser) -> None:
    text = ("Holiday\n\nShops were busy before Christmas, and the Christmas market opened on Christmas Eve. "
            "Halloween costumes sold out before Halloween.\n")
    found = [(d.span.text, d.value) for d in parser.parse(text, publication_date="2024-12-28").dates]
    assert found == [("Christmas", "2024-12-25"), ("Christmas Eve", "2024-12-24"), ("Halloween", "2024-10-31")]


def test_a_name_s_initial_or_title_ends_no_sentence_for_the_tense():
    # (1989-10-26) "will" is read across "Daniel P." and "Mr.": the day is ahead
    anchor = dt.date(1989, 10, 26)
    assert one("Mr. Schwarz will succeed Daniel P. Davison Feb. 1, he said.", anchor)[2] == "1990-02-01"
    assert one("Gen. Smith will take over Feb. 1.", anchor)[2] == "1990-02-01"
    # a real sentence end still parts them
    assert one("The plan will work. The fund was closed Feb. 1.", anchor)[2] == "1989-02-01"


def test_adjectives_and_bare_verbs_ending_in_ed_mark_no_past():
    anchor = dt.date(1989, 10, 26)
    assert one("The dividend would be paid on an unspecified date in January.", anchor)[2] == "1990-01"
    assert one("The dividend would be paid on a still unspecified date in January.", anchor)[2] == "1990-01"
    assert one("He will meet the newly elected mayor in January.", anchor)[2] == "1990-01"
    assert one("He will succeed her in March.", anchor)[2] == "1990-03"
    assert one("The fund closed in March.", anchor)[2] == "1989-03"
    # after a linking verb, an adjective (2024-11-12 is a Tuesday)
    tuesday = dt.date(2024, 11, 12)
    assert one("Schools will remain closed on Wednesday, the district announced.", tuesday)[2] == "2024-11-13"
    assert one("The border will stay closed on Friday.", tuesday)[2] == "2024-11-15"
    assert one("Schools remained closed on Wednesday.", tuesday)[2] == "2024-11-06"
    # ``announced``, ``reported``, ``stated`` report what they follow, as ``said`` does
    assert one("He will visit Paris on Monday, officials announced.", tuesday)[2] == "2024-11-18"
    assert one("The company announced on Monday that it would cut jobs.", tuesday)[2] == "2024-11-11"


def test_a_day_told_with_a_report_is_the_report_s_not_that_of_the_clause_it_reports():
    anchor = dt.date(2016, 5, 18)  # a Wednesday
    assert one("Clinton told voters on Sunday that he would help.", anchor)[2] == "2016-05-15"
    assert one("He said on Monday that he will run.", anchor)[2] == "2016-05-16"
    # the clause's own marker, nothing between: ahead
    assert one("Officials said the plant will open on Monday.", anchor)[2] == "2016-05-23"
    assert one("The plant will open on Monday, officials said.", anchor)[2] == "2016-05-23"


def test_the_season_under_way_is_one_a_past_sentence_speaks_of():
    anchor = dt.date(2016, 4, 23)
    assert one("Members met at the spring meeting here.", anchor)[2] == "2016-SP"
    assert one("Members met last spring.", anchor)[2] == "2015-SP"
    assert one("Looking ahead to the fall, he was upbeat.", anchor)[2] == "2016-FA"


def test_a_plan_made_before_points_ahead_and_one_that_was_due_points_back():
    anchor = dt.date(1998, 9, 30)  # a Wednesday
    assert one("The team planned to leave Nairobi on Thursday.", anchor)[2] == "1998-10-01"
    assert one("The team plans to leave Nairobi on Thursday.", anchor)[2] == "1998-10-01"
    # "was set to", "had been due to": what was planned is told as past
    assert one("The offer had been due to expire Friday evening.", anchor)[2] == "1998-09-25TEV"
    assert one("The fundraiser, which he was set to headline Tuesday, was called off.", anchor)[2] == "1998-09-29"
    assert one("He is set to headline a fundraiser on Tuesday.", anchor)[2] == "1998-10-06"


def test_a_schedule_told_in_the_present_tense_points_ahead():
    anchor = dt.date(2016, 7, 22)  # a Friday
    assert one("The convention, which begins Monday, is in Philadelphia.", anchor)[2] == "2016-07-25"
    assert one("The Senate votes Tuesday on the bill.", anchor)[2] == "2016-07-26"
    assert one("Polls open Thursday across the country.", anchor)[2] == "2016-07-28"
    assert one("The team hosts Leeds on Sunday.", anchor)[2] == "2016-07-24"
    assert one("The offer, which ends Sept. 30, is for new buyers.",
               dt.date(2016, 1, 20))[2] == "2016-09-30"
    # the same words as nouns, adjectives, infinitives, or with a past verb between: past
    assert one("Shops remained open Monday.", anchor)[2] == "2016-07-18"
    assert one("After a Senate vote Tuesday, the bill died.", anchor)[2] == "2016-07-19"
    assert one("Obama's visits Monday drew crowds.", anchor)[2] == "2016-07-18"
    assert one("He let the attack begin as previously planned Saturday.", anchor)[2] == "2016-07-16"
    assert one("He also hosts a Sunday talk show.", anchor)[2] == "2016-07-17"


def test_a_day_then_a_month_s_abbreviation_without_its_full_stop_then_a_year():
    assert one("The talks ended on 2 Mar 2025 in London.")[1:] == ("DATE", "2025-03-02")
    assert found("He scored 2 mar goals.") == []


@pytest.mark.parametrize(("headline", "value"), [
    # a headline's infinitive after its subject tells what is to come (2024-11-12 is a Tuesday)
    ("Saudi Arabia to host global AI summit in February", "2025-02"),
    ("Fed to cut rates on Wednesday", "2024-11-13"),
    # not after a finite verb in the past
    ("Talks failed to reach a deal in February", "2024-02"),
    ("Saudi Arabia hosted AI summit in February", "2024-02"),
])
def test_a_headline_s_infinitive_points_ahead(headline: str, value: str) -> None:
    text = (f"{headline}\n\nThe kingdom said on Tuesday it would host the event, which drew wide interest "
            "from officials and companies.\n")
    article = make_parser().parse(text, publication_date="2024-11-12")
    assert [t.value for t in article.dates if t.span.end <= len(headline)] == [value]
