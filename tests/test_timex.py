"""Resolving expressions against an anchor date (newsparse.timex): pure calendar arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import timex
from newsparse.model import Granularity
from newsparse.timex import FUTURE, NEAREST, PAST

MONDAY = dt.date(2017, 4, 24)  # seed 000's publication date, a Monday
THURSDAY = dt.date(2017, 9, 7)  # seed 004's, a Thursday


def test_last_week_is_the_iso_week_before():
    assert timex.shift(MONDAY, "week", -1) == "2017-W16"
    assert timex.shift(MONDAY, "week", 0) == "2017-W17"
    # across a year boundary: 2021-01-03 is in ISO week 2020-W53
    assert timex.shift(dt.date(2021, 1, 10), "week", -1) == "2020-W53"


@pytest.mark.parametrize(
    ("unit", "offset", "value"),
    [
        ("day", -1, "2017-09-06"),  # yesterday
        ("day", 1, "2017-09-08"),  # tomorrow
        ("month", -1, "2017-08"),  # last month
        ("month", 4, "2018-01"),  # across the year end
        ("quarter", 0, "2017-Q3"),
        ("year", -1, "2016"),
        ("decade", 0, "201"),
        ("century", 0, "20"),
    ],
)
def test_shift_gives_the_value_at_the_unit_granularity(unit, offset, value):
    assert timex.shift(THURSDAY, unit, offset) == value


def test_weekday_follows_the_tense():
    # past-tense report: the latest such day on or before the anchor
    assert timex.weekday_date(THURSDAY, 6, PAST) == "2017-09-03"  # "on Sunday" (the bomb test)
    assert timex.weekday_date(THURSDAY, 3, PAST) == "2017-09-07"  # the anchor's own weekday
    # future-tense: the next one on or after it
    assert timex.weekday_date(THURSDAY, 0, FUTURE) == "2017-09-11"
    assert timex.weekday_date(THURSDAY, 4, NEAREST) == "2017-09-08"


def test_month_and_day_without_a_year_go_the_way_of_the_tense():
    assert timex.month_date(THURSDAY, 9, 3, direction=PAST) == "2017-09-03"
    assert timex.month_date(THURSDAY, 9, 3, direction=FUTURE) == "2018-09-03"
    assert timex.month_date(THURSDAY, 12, 1, direction=PAST) == "2016-12-01"
    assert timex.month_date(THURSDAY, 12, 1, direction=FUTURE) == "2017-12-01"
    # no tense to go by: the nearer one
    assert timex.month_date(dt.date(2017, 12, 20), 1, 5) == "2018-01-05"
    assert timex.month_date(THURSDAY, 9, 3, year=1998) == "1998-09-03"


def test_without_an_anchor_values_stay_underspecified():
    assert timex.shift(None, "day", -1) == "XXXX-XX-XX"
    assert timex.shift(None, "week", -1) == "XXXX-WXX"
    assert timex.weekday_date(None, 0) == "XXXX-WXX-1"
    assert timex.month_date(None, 9, 3) == "XXXX-09-03"
    assert timex.season_year(None, "SU") == "XXXX-SU"


def test_durations_use_the_unit():
    assert timex.duration(3, "month") == "P3M"
    assert timex.duration(24, "hour") == "PT24H"
    assert timex.duration(None, "year") == "PXY"
    assert timex.duration(2.5, "year") == "P2Y6M"
    assert timex.duration(1.5, "hour") == "PT1H30M"
    assert timex.granularity("month") is Granularity.MONTH
    assert timex.granularity("minute") is Granularity.TIME


def test_seasons():
    winter_day = dt.date(1998, 2, 6)
    assert timex.season_year(winter_day, "FA", offset=-1) == "1997-FA"  # last fall
    assert timex.season_year(winter_day, "SU", offset=1) == "1998-SU"  # next summer
    assert timex.season_year(dt.date(1989, 10, 26), "SU", PAST) == "1989-SU"


def test_holidays_by_rule():
    assert timex.nth_weekday(2017, 11, 3, 4) == dt.date(2017, 11, 23)  # Thanksgiving
