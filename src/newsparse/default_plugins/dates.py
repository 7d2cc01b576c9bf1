"""Dates: temporal expressions in the editorial zones; the publication date fallback.

The extractor finds expressions with patterns compiled once at import, then
resolves them through :mod:`newsparse.timex` against the publication date:

1. a scan of the lower-cased zone for trigger words (month and weekday names,
   units, ``yesterday``, clock times, years...) marks short windows; each
   pattern runs only in the windows of its triggers, so the cost grows with
   the number of time words, not with the length of the text times the
   number of patterns. A pattern's triggers are words every one of its
   matches holds, the rarer the better: ``two years ago`` is looked for near
   ``ago``, ``later``, ``back``..., not near every ``years``;
2. overlapping candidates are settled longest first (``the past three
   months`` wins over ``the past``), so no two expressions overlap;
3. the kept expressions are resolved in text order, so anaphoric ones (``a
   year earlier``, ``the year-ago quarter``, ``the previous Friday``, ``at 10
   p.m.``) use the reference time: the last date mentioned, or the quarter
   under report, as TimeML resolves them;
4. the tense of the sentence (``will``, ``is to``, ``plans to``, ``might``...
   against ``was``, ``met``, ``-ed`` forms; the nearest marker wins, but a
   verb of reporting such as ``said`` gives only the tense of the report, so
   ``will visit Paris on Monday, officials said`` looks ahead) points
   weekdays, months and seasons given without a year backwards or forwards;
   a deadline word (``by``, ``until``, ``effective``, ``of record``) points a
   date forwards. Where expressions are dense (a zone whose sentences would
   be read over and over), the markers of the whole zone are found once and
   looked up, with the same results; without an anchor the tense is not
   read where all it would decide stays underspecified (``XXXX-WXX-1``).

Extents follow TimeML: determiners and modifiers are in (``the past three
months``, ``earlier this month``, ``about two years``), prepositions are out
(``on [Monday]``); ``three days later`` marks the duration ``three days``
(``later`` is a signal) but ``a year earlier`` is a date.

Values, types and granularities: see :mod:`newsparse.timex`. ``PRESENT_REF``
/ ``PAST_REF`` / ``FUTURE_REF`` have no granularity (``None``); a time of day
(``Monday morning``, ``10:30 a.m.``) is a TIME of granularity ``time``; a
duration or set has its unit's granularity (``P3M`` -> month). Mods: ``START``
/ ``MID`` / ``END`` for ``early`` / ``mid`` / ``late``, ``earlier`` / ``later``
and ``the beginning / middle / end of``; ``APPROX``, ``LESS_THAN``,
``MORE_THAN``, ``EQUAL_OR_MORE``... for ``about``, ``nearly``, ``more than``,
``at least``.

Absolute dates are read by the patterns themselves: the formats news uses
are few, and dateparser (hundreds of times slower per expression) would add
nothing here, so it is not called.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from .. import timex
from ..metadata import read_publication_date
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
from ..plugins import hookimpl
from ..reading import reader_view, snap_to_entities, spaced_punctuation
from ..timex import FUTURE, NEAREST, PAST, Resolved

__all__ = ["find_dates", "find_timexes", "parse_number", "tense"]

EDITORIAL = (ZoneKind.HEADLINE, ZoneKind.STANDFIRST, ZoneKind.BODY, ZoneKind.CAPTION)

# --------------------------------------------------------------------------- vocabulary

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
_VAGUE = ("a few", "few", "several", "some", "many", "a number of", "numerous", "a couple of",
          "couple of", "a couple")
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
POSITION_MODS = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    "beginning": "START", "start": "START", "middle": "MID", "end": "END",
}
APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
}

# --------------------------------------------------------------------------- pattern parts


def _factored(forms: Sequence[Sequence[str]], token: Callable[[str, int], str]) -> str:
    """An alternation of ``forms`` (each a sequence of tokens) factored by prefix.

    Siblings come in the order of the forms; where a form ends and a longer
    one goes on, the longer is tried first. ``token(t, siblings)`` writes the
    token ``t`` that ``siblings`` tokens (itself included) share a place with.
    """
    root: dict[str, Any] = {}
    for form in forms:
        node = root
        for t in form:
            node = node.setdefault(t, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        tokens = [t for t in node if t]
        branches = [token(t, len(tokens)) + build(node[t]) for t in tokens]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _trie(words: Sequence[str]) -> str:
    """A regular expression matching any of ``words``, factored by prefix (fast to scan)."""
    return _factored(sorted(words), lambda ch, _siblings: re.escape(ch))


_ODD_FOLDS = "\u0130\u0131\u017f\u212a"  #: ``İıſK``: letters that match others ignoring case


def _case_forms(char: str) -> str:
    """The characters ``char`` matches ignoring case (``s``: ``Ssſ``), as a character class."""
    forms = {char, char.lower(), char.upper(), *(c for c in _ODD_FOLDS if re.fullmatch(char, c, re.I))}
    return "(?-i:[" + "".join(sorted(forms)) + "])"


def _word_token(t: str, siblings: int) -> str:
    # where forms part, a letter as the class of its case forms: the engine checks a class
    # without entering the branch (it enters every branch that starts with a letter ignoring case)
    if siblings > 1 and t.isalpha():
        return _case_forms(t)
    return t if t == r"\s+" else re.escape(t)


def _words(alternatives: str) -> str:
    """An alternation of words (``this\\s+past|this|last``) for a pattern that ignores case, factored by prefix.

    The same matches: a longer form must come before a shorter one it
    starts with, and is still tried first. Where forms part, each branch
    starts with a character class of its letter's case forms, which the
    engine checks without entering the branch: a quick skip of most words.
    """
    forms = [re.findall(r"\\s\+|.", form) for form in alternatives.split("|")]
    for i, form in enumerate(forms):
        if any(other[:len(form)] == form for other in forms[i + 1:]):
            raise ValueError(f"{''.join(form)!r} comes before a longer form")
    return "(?:" + _factored(forms, _word_token) + ")"


def _cased(words: Sequence[str]) -> str:
    """Title Case or UPPER CASE forms only: ``May`` the month, not ``may`` the verb.

    Factored by prefix: the longer of two forms is still tried first.
    """
    return "(?-i:" + _trie(sorted({f for w in words for f in (w.title(), w.upper())})) + ")"


_MONTH_FULL = _cased(["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"])
_MONTH_ABBR = _cased(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct",
                      "nov", "dec"]) + r"\."
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
#: ``Sept 3``: an abbreviation without its full stop, only right before the day
_MONTH_BARE = _cased(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov",
                      "dec"]) + r"(?=\s?\d)"
#: ``2 Mar 2025``: an abbreviation without its full stop, after the day, before a year
_MONTH_BARE_YEAR = _cased(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov",
                           "dec"]) + r"(?=,?\s(?:1[5-9]|20)\d\d(?!\d))"
#: months that stand alone without a day or year: not ``May`` (the verb) or abbreviations
MONTH_ALONE = _cased(["january", "february", "march", "april", "june", "july", "august",
                      "september", "october", "november", "december"])
_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
WEEKDAY = _words(_WEEKDAY_NAMES)
_NEWSPAPER = r"(?!\s+(?-i:Times|Telegraph|Mirror|Express|Herald|Post|Independent|Star|Mail|Tribune|Morning\s+Post|Business\s+Post))"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d)"
_ONES = _words("one|two|three|four|five|six|seven|eight|nine")
#: ``nineteen ninety-six``, ``two thousand``: years as broadcast transcripts spell them
SPELLED_YEAR = (
    rf"(?:nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+{_ONES})?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[\s-]+{_ONES})"
    rf"|two\s+thousand(?:\s+and\s+{_ONES})?)\b(?![\s-]+(?:years?|people|dollars|troops|men|times))"
)
YEAR_ANY = rf"(?:{YEAR}|{SPELLED_YEAR})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_NUMWORD = (
    rf"(?:{_words('twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety')}(?:[\s-]{_ONES}\b)?|"
    + _words("eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
             "|one|two|three|four|five|six|seven|eight|nine|ten") + ")"
)
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{_NUMWORD}(?:\s+(?:and\s+a\s+half))?"
    r"|(?:a|one)\s+hundred|hundreds\s+of|a\s+dozen|dozens\s+of|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few|several|many|a\s+number\s+of|numerous"
    r"|a|an|half\s+an?)"
)
#: the first words of ``_MOD`` and of ``NUM`` (or a digit), for quick skips
_MOD_FIRST = "about|around|approximately|roughly|nearly|almost|more|less|fewer|at|up|no|some"
_NUM_FIRST = (
    "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    "|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|half"
    "|dozens|couple|an|a|few|several|many|numerous"
)
UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies))"
_MOD = _words(r"about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|some")
_POS = _words("early|later|late|mid|earlier")  # (later first: the same matches, a space or hyphen follows)
_RELATIVE_DET = _words(
    r"this\s+past|this\s+coming|that\s+same|last|this|next|the\s+past|the\s+previous|the\s+coming"
    r"|the\s+current|the\s+following|the\s+prior|the\s+next|the\s+last|the\s+same|the\s+full"
    r"|the\s+entire|the\s+whole|the\s+latest|the|that|past|current|coming"
)
_WEEKDAY_DET = _words(r"this\s+past|this\s+coming|the\s+previous|the\s+following|the\s+next|last|this|next|coming|past")
_DURATION_ADJ = _words(
    "past|last|next|first|coming|previous|following|latest|final|initial|remaining|preceding|ensuing"
    "|prior|succeeding|same|full|entire|whole|year-earlier|year-ago"
)
_POS_OF = r"the\s+(?:beginning|start|middle|end)\s+of"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
_B = r"(?<![\w$£€¥/.-])"  # a number or word must not continue something before it


_HSPACE = " \\t\\xa0\\u2009\\u202f"  #: white space within a line


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile a pattern whose white space (``\\s``) never crosses a line break.

    The standard library's engine: these patterns need nothing more, and it is faster.
    """
    pattern = pattern.replace(r"[\s-]", f"[{_HSPACE}-]").replace(r"\s", f"[{_HSPACE}]")
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


#: where a table pattern may start: where a word (or a number) starts
_GUARD = r"(?<![\w'\u2019])(?=[\w'\u2019])"


def _compile_table(pattern: str) -> re.Pattern[str]:
    """Compile a pattern of :data:`_TABLE`: as :func:`_compile`, matching only where a word starts.

    The guard lets the engine skip most positions at once. The patterns are
    compiled once, with it: compiling them is a good part of what building a
    Parser costs (0.04 of 0.11 s), in every worker process.
    """
    return _compile(_GUARD + "(?:" + pattern + ")")


def _after(*words: str) -> str:
    """A look-behind for any of ``words`` and one space or hyphen (fixed widths, as ``re`` wants)."""
    return "(?:" + "|".join(rf"(?<=\b{w}[\s-])" for w in words) + ")"


_AFTER_MAY_WORD = _after("in", "since", "until", "till", "through", "during", "by", "before",
                         "after", "early", "late", "mid", "of")
_AFTER_FOR = _after("for", "over", "within", "in")


_MONTH_DATE_FIRST = _words(
    "mon|tue|wed|thu|fri|sat|sun|ear|lat|mid|the|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|thi"
    "|las|nex|com|pas"
)
_YEAR_FIRST = _words(
    "earlier|early|later|late|mid|the|fiscal|calendar|nineteenth|nineteen|two|first|second|third"
    "|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    "|fifteenth|sixteenth|seventeenth|eighteenth|twentieth|twenty"
)
_QUARTER_FIRST = _words(
    "the|this|that|fiscal|calendar|year|comparable|same|latest|current|previous|prior|preceding|most"
    "|recent|final|corresponding|first|second|third|fourth|last|quarter|half|period|next"
)
_RELATIVE_FIRST = _words("earlier|early|later|late|mid|this|that|the|last|next|past|current|coming|year")
_WEEKDAY_FIRST = _words("earlier|early|later|late|this|the|last|next|coming|past|" + _WEEKDAY_NAMES)  # (+ s)
#: ``Sept. 3``, ``September 3, 2017``, ``3 September 2017``, ``2 Mar 2025``, ``July 1997``,
#: ``last April``, ``January this year``, ``mid-November``, ``Monday, Sept. 4``, ``the week of
#: March 6`` (that day's week)
MONTH_DATE_RE = _compile_table(rf"""
    (?=\d|{_MONTH_DATE_FIRST})  # the first letters of every branch: a quick skip of other words
    (?:(?P<weekof>the\s+week\s+of)\s+(?=\d|[\w.]+\s*\d))?
    (?:(?P<wd>{WEEKDAY}),?\s+)?
    (?:(?:(?P<pos>{_POS})[\s-]+|(?P<posof>{_POS_OF})\s+))?
    (?:
        (?P<m1>{MONTH}|{_MONTH_BARE})\s*(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?
      | (?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}|{_MONTH_BARE_YEAR})(?:,?\s+(?P<y2>{YEAR}))?
      | (?P<m3>{MONTH}),?\s+(?:of\s+)?(?P<y3>{YEAR_ANY})
      | (?P<det>this\s+past|this\s+coming|last|this|next|coming|past)\s+(?P<m4>{MONTH_ALONE}|May)
      | (?P<m5>{MONTH_ALONE}|May)\s+(?P<rel5>this|last|next)\s+year
      | (?P<m6>{MONTH_ALONE})
      | {_AFTER_MAY_WORD}(?P<m7>May)
    )
    (?![\w-])
""")

#: ``2017-09-03``, ``9/3/2017`` (month first, as in US news, unless the first number cannot be a
#: month: ``23/11/2026``), ``3.9.2017`` (day first, as where dots are written)
NUMERIC_DATE_RE = _compile_table(r"""
    (?<![\w/.-])
    (?: (?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)
      | (?P<m2>1[0-2]|0?[1-9])/(?P<d2>[12]\d|3[01]|0?[1-9])/(?P<y2>(?:19|20)\d\d|\d\d)
      | (?P<d3>1[3-9]|2\d|3[01])/(?P<m3>1[0-2]|0?[1-9])/(?P<y3>(?:19|20)\d\d)
      | (?P<d4>[12]\d|3[01]|0?[1-9])\.(?P<m4>1[0-2]|0?[1-9])\.(?P<y4>(?:19|20)\d\d) )
    (?![\w/-]|\.\d)
""")

#: ``1998``, ``fiscal 1989``, ``mid-1996``, ``the end of 1990``, ``the 1990s``,
#: ``the late '70s``, ``the 20th century``
YEAR_RE = _compile_table(rf"""
    (?=\d|['\u2019]|{_YEAR_FIRST}\b)  # the first words of every match: a quick skip
    (?:(?P<pos>{_POS})[\s-]+|(?P<posof>{_POS_OF})\s+)?
    (?:
        (?:(?P<fiscal>fiscal|calendar|the\s+year)\s+)?(?<![\w$£€¥/.])(?P<y>{YEAR})(?!\s*%|\s+(?:percent|people|persons|men|women|troops|soldiers|shares|workers|jobs|employees|miles|kilometers|kilometres|feet|meters|metres|tons|tonnes|units|cars|vehicles|barrels|acres|points|votes|children|students|dollars|yen|yuan|euros|pounds|rupees|homes|houses|square|of\s+(?:the|them|these|those)))(?![\w'\u2019-]|-\d)
      | (?:the\s+year\s+)?(?P<spelled>{SPELLED_YEAR})
      | (?P<the>the\s+)?(?:(?P<pos2>early|late|mid)[\s-]+)?(?<![\w$£€¥/.])(?P<dec>(?:1[5-9]|20)\d0|['\u2019]\d0)['\u2019]?s\b
      | the\s+(?:(?P<pos3>early|late|mid)[\s-]+)?(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b
      | (?P<the2>the\s+)?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{"|".join(_ORDINALS)})[\s-]+century\b
    )
""")

#: ``the third quarter``, ``third-quarter``, ``the year-ago quarter``,
#: ``the first half of 1990``, ``this year's third quarter``, ``the latest period``
QUARTER_RE = _compile_table(rf"""
    (?=\d|{_QUARTER_FIRST}\b)  # the first words of every match: a quick skip
    (?:
        (?P<the>(?:the|this|that)\s+)?
        (?P<adj>(?:(?:fiscal|calendar|year-ago|year-earlier|year-before|comparable|same|latest|current|previous|prior|preceding|most\s+recent|recent|final|corresponding|(?P<yr>{YEAR}))[\s-]+){{0,4}})
        (?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?P<hy>[\s-]+)(?:fiscal[\s-]+)?)?
        (?P<unit>quarter|half|period)
        (?P<of>\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?P<year>{YEAR}|this\s+year|last\s+year|next\s+year|the\s+year))?
      | (?P<pre>{YEAR}|this\s+year|last\s+year|next\s+year)['\u2019]s\s+(?:fiscal\s+)?(?P<ord2>first|second|third|fourth|final|last)[\s-]+(?:fiscal[\s-]+)?(?P<unit2>quarter|half)
    )
    \b(?!-)
""")

#: ``last week``, ``this year``, ``earlier this month``, ``the past year``,
#: ``next spring``, ``the end of the year``, ``year-end``, ``year-ago``
RELATIVE_RE = _compile_table(rf"""
    (?={_RELATIVE_FIRST}\b)  # the first words of every match: a quick skip
    (?:(?P<pos>{_POS})[\s-]+(?:in\s+)?|(?P<posof>{_POS_OF})\s+)?
    (?:
        (?P<det>{_RELATIVE_DET})
        \s+(?:(?P<pos5>early|late|mid)[\s-]+)?(?:(?P<fiscal>fiscal|calendar)\s+)?(?P<unit>day|week|weekend|month|year|decade|century|{SEASON}|season)\b(?!-\w)
        (?:\s+of\s+(?P<ofyear>{YEAR_ANY}))?
      | (?P<yearend>year[\s-]end|year['\u2019]s\s+end)\b
      | (?P<yago>year-ago|year-earlier|year-before)\b
    )
""")

#: ``Monday``, ``on Sunday`` (without ``on``), ``last Friday``, ``Monday morning``,
#: ``Tuesday nights`` (a set)
WEEKDAY_RE = _compile_table(rf"""
    (?={_WEEKDAY_FIRST})  # the first words of every match: a quick skip
    (?:(?P<pos>early|late|earlier|later)\s+)?
    (?:(?P<det>{_WEEKDAY_DET})\s+)?
    \b(?P<wd>{WEEKDAY})(?P<plural>s)?\b{_NEWSPAPER}
    (?:\s+(?P<part>morning|afternoon|evening|night)(?P<pplural>s)?\b)?
""")

_DEICTIC_FIRST = _words(
    "earlier|early|lately|later|late|mid|these|the|yesterday|today|tomorrow|tonight|this|last|nowadays"
    "|now|currently|current|at|right|recently|recent|past|in|days|weeks|months|years|coming|as|soon|a"
    "|future"
)
#: ``yesterday``, ``today``, ``tonight``, ``this morning``, ``last night``, ``in the
#: morning``, ``mid-afternoon``, ``now``, ``currently``, ``recently``, ``the past``, ``the
#: future``, ``soon``
DEICTIC_RE = _compile_table(rf"""
    (?={_DEICTIC_FIRST}\b)  # the first words of every branch: a quick skip of other words
    (?:
        (?:(?P<pos>early|late|earlier|later|mid)[\s-]+)?
        \b(?P<day>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)\b(?!['\u2019]s\s+(?:paper|edition|issue))
        (?:\s+(?P<part>morning|afternoon|evening|night)\b)?
      | (?:(?P<pos3>early|late|mid)[\s-]+)?\b(?P<det3>this|last|tomorrow|yesterday)\s+(?P<part3>morning|afternoon|evening|night)\b
      | (?:(?P<pos6>early|late|mid)[\s-]+|(?<=\bin\s)the\s+)(?P<part6>morning|afternoon|evening)\b
        (?![\w'\u2019-]|\s+(?:of|after|before)\b)
        (?(pos6)|(?!\s+(?!(?:is|was|has|as|this|his|its|us)\b)[a-z]+s\b))  # (not "in the morning shows")
        (?:\s+(?P<day6>yesterday|today|tomorrow)\b)?
      | \b(?P<present>now|currently|nowadays|these\s+days|the\s+present|at\s+present|right\s+now)\b
      | \b(?P<pastref>recently|lately|the\s+past|past\s+years)\b
      | (?P<pxunit>(?:in\s+)?recent\s+(?:days|weeks|months|years|quarters)|(?:days|weeks|months|years)\s+ago|(?:the\s+)?coming\s+(?:days|weeks|months|years)|the\s+(?:days|weeks|months|years)\s+ahead)\b
      | \b(?P<futref>as\s+soon\s+as\s+possible|the\s+future|the\s+near\s+future|(?<!\bas\s)soon|the\s+(?:near|short)\s+term|a\s+later\s+date|later|future\s+quarters|coming\s+quarters)\b(?!\s+(?:than|after|afterwards?|as|in\b|this|that|today|yesterday|tonight|tomorrow))
      | \b(?P<adjref>current)\b(?=\s+(?!account|accounts|events|affairs|generation|issue|exchange|market\s+price)[a-z])
    )
""")

#: ``two years ago``, ``a year earlier``, ``three days later``, ``six months from now``
AGO_RE = _compile_table(rf"""
    (?=\d|{_words(_MOD_FIRST + "|" + _NUM_FIRST)}\b)  # the first words of every match: a quick skip
    (?:(?P<mod>{_MOD})\s+)?
    {_B}(?P<num>{NUM})[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?
    \s+(?P<dir>ago|earlier|later|from\s+now|hence|back)\b
    (?!\s+(?:than|the|a|an|his|her|its|their|our|this|that|these|those|it|he|she|they|we|i|you|\w+ing)\b)
""")

_DURATION_FIRST = _words(
    "these|those|this|the|" + _MOD_FIRST + "|past|last|next|first|coming|previous|following|latest|final"
    "|initial|remaining|preceding|ensuing|prior|succeeding|same|full|entire|whole|years|year|months"
    "|weeks|days|decades|centuries|hours|" + _NUM_FIRST
)
#: ``three years``, ``the past three months``, ``24 hours``, ``a two-year``,
#: ``about a decade``, ``the first nine months``, ``decades``
DURATION_RE = _compile_table(rf"""
    (?=\d|{_DURATION_FIRST}\b)  # the first words of every match: a quick skip
    (?:(?P<det>the|a|an|this|these|those)\s+(?!an?\s))?  # (not "this a couple months ago")
    (?:(?P<mod>{_MOD})\s+)?
    (?:(?P<adj>{_DURATION_ADJ})\s+)?
    (?:(?P<mod2>{_MOD})\s+)?
    {_B}(?P<num>{NUM}(?:\s+1/2)?)(?P<hy>[\s-]+)(?:(?:more|additional|further|extra|straight|consecutive|trading|business)\s+)?(?P<unit>{UNIT})\b
    (?P<tail>(?:\s+or\s+so)|(?:[\s-]+old\b)|(?:-long\b))?
  | (?P<bare>(?:the\s+)?(?:(?:past|last|next|coming|first|latest)\s+)?(?:few|several|many)\s+(?:years|months|weeks|days|decades|centuries|hours|minutes)
      | {_AFTER_FOR}(?:years|months|weeks|days|decades|centuries|hours))\b(?![\s-]+(?:old|of)\b)
""")

#: ``10:30 a.m.``, ``noon Thursday``, ``5 p.m. EST Nov. 9``, ``around 7:15 p.m.``
TIME_RE = _compile_table(rf"""
    (?:(?P<mod>around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?
    (?:
        {_B}(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|(?-i:GMT\b|UTC\b))
      | {_B}(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?![\d:])(?!\s*(?:a\.?m|p\.?m))
      | (?<!high\s)\b(?P<noon>noon|midnight|midday)\b
    )
    (?:\s*\(?(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|HKT|JST))\)?(?![\w]))?
    (?:,?\s+(?:(?P<wd>{WEEKDAY})\b|(?P<deix>yesterday|today|tomorrow|tonight)\b|(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?))?
    (?(h2)(?(tz)|(?(wd)|(?(deix)|(?(mon)|(?!))))))  # a bare 3:30 only with a zone or a day
""")

#: the day a time of day belongs to, after a parenthesis or ``on``: ``10:35 a.m. (0735 GMT) Friday``,
#: ``at noon on Sunday`` (two expressions, the time's value on that day)
TIME_DAY_AFTER_RE = _compile(rf"""\s*(?:\([^()\n]{{1,30}}\)\s*,?\s*(?:on\s+)?|on\s+)(?:(?P<wd>{WEEKDAY})|(?P<deix>yesterday|today|tomorrow))\b""")

#: ``every week``, ``each Thursday``, ``annually``, ``daily``, ``a year`` after an amount
SET_RE = _compile_table(rf"""
    \b(?P<q>every|each)\s+(?:other\s+)?(?:(?P<num>{_NUMWORD}|\d{{1,2}})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{MONTH_ALONE}|{_cased(["may"])}|morning|afternoon|evening|night|{SEASON})\b
  | \b(?P<adv>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|semiannually|semi-annually)\b
  | \b(?P<per>per)\s+(?P<punit>year|day|week|month|hour|quarter|night|annum)\b
""")

#: the things a holiday's name may qualify: no time (``a Christmas market``, ``Halloween costumes``)
HOLIDAY_THINGS = "|".join(
    "markets? trees? cards? presents? gifts? lights decorations shopping shoppers carols? songs? "
    "specials? films? movies? jumpers? sweaters? spirit stor(?:y|ies) music fairs? sales display(?:s)? "
    "turkeys? pudding cakes? parades? episodes? albums? ads? adverts? editions? menus? part(?:y|ies) "
    "costumes? candy".split())

#: ``Christmas``, ``Thanksgiving Day``, ``New Year's Eve``
HOLIDAY_RE = _compile_table(rf"""
    (?:(?P<det>last|this|next)\s+)?
    (?P<hol>(?-i:Christmas(?:\s+Eve|\s+Day)?|New\s+Year['\u2019]s(?:\s+Eve|\s+Day)?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Valentine['\u2019]s\s+Day|Halloween|Labor\s+Day|Memorial\s+Day|Boxing\s+Day))(?!\w)  # not Christmastime
    (?!\s+(?i:{HOLIDAY_THINGS})\b)  # a thing of the day, no time: ``the Christmas market``
    (?:\s+(?P<y>(?:19|20)\d\d)\b)?
""")

#: words every expression holds at least one of, by kind
TRIGGER_WORDS = {
    "month": "january february march april may june july august september october november "
             "december jan feb mar apr jun jul aug sep sept oct nov dec",
    "wd": " ".join(f"{d} {d}s" for d in WEEKDAYS),
    # plurals: only a duration holds them (``three weeks``, not ``last weeks``)
    "unit": "second seconds minute minutes hour hours days weeks weekends months years decades "
            "centuries quarters",
    "day": "day",
    "calendar": "week weekend month year decade",
    "quarter": "quarter half period",
    "century": "century",
    "deixis": "yesterday today tomorrow tonight current currently nowadays recently lately previously term "
              "formerly past future soon present moment recent coming ahead these",
    "direction": "ago earlier later now",  # (``from now``)
    "backward": "hence back",
    "every": "every each per",
    "part": "morning afternoon evening night",
    "clockword": "noon midnight midday",
    "season": "spring summer fall autumn winter",
    "setadv": "daily weekly monthly annually yearly quarterly hourly nightly biweekly semiannually",
    "holiday": "christmas thanksgiving halloween independence valentine labor memorial boxing",
    "spelled": "nineteen thousand twenties thirties forties fifties sixties seventies eighties nineties",
}
_KIND_OF = {w: kind for kind, words in TRIGGER_WORDS.items() for w in words.split()}


#: scans the lower-cased text, with a space put before it, for trigger words (group 1); a
#: match starts with the character before the word, of a class the engine skips to fast
#: (where ``\b`` is tried at every character)
TRIGGER_RE = re.compile(r"[\x00-/:-@\[-^`{-\U0010ffff](?<=\W)(" + _trie(sorted(_KIND_OF)) + r")(?![a-z])")
#: TRIGGER_RE for ASCII text with every character but ``[0-9A-Za-z_]`` made a space and
#: every digit a ``0`` (``_SPACED``): the same matches. It starts with a literal, which the
#: engine skips to several times faster than to a character class
ASCII_TRIGGER_RE = re.compile(" (" + _trie(sorted(_KIND_OF)) + r")(?![a-z])")
_SPACED = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")} | dict.fromkeys("0123456789", "0")
)
#: a run of digits in that text: NUMBER_TRIGGER_RE can only match at the start of one (a
#: literal first: ``0+`` would be scanned for slowly)
_DIGIT_RUN_RE = re.compile("00*")
#: text shorter than this is scanned by the patterns themselves (no copy to make)
_SHORT_SCAN = 200
#: text with more than one digit in this many characters is scanned for numbers by
#: NUMBER_TRIGGER_RE itself (a call at each run of digits costs more there)
_DENSE_DIGITS = 32
#: after one or two digits: a clock time (``5 p.m.``, ``10.30 a.m.``; ``10:30`` only with a
#: zone or a day next, as TIME_RE wants: ``10:30 GMT``, ``10:30 Monday``, ``10:30, Sept. 3``)
CLOCK_AFTER_RE = re.compile(
    rf"(?:[:.]\d\d)?\s?[ap]\.?\s?m\b|:\d\d(?=[{_HSPACE}]*\(?(?:[ecmp][sd]t|gmt|utc|bst|cet|hkt|jst)"
    rf"|,?[{_HSPACE}]+(?:mon|tue|wed|thu|fri|sat|sun|yes|tod|tom|ton|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
#: what ends right before the unit of a duration (``three weeks``, ``24-hour``, ``a few
#: days``, ``dozens of years``, ``two more days``, ``for years``): a unit after anything
#: else (``last week``, ``the year``) needs no duration pattern run near it
COUNTED_RE = re.compile(
    rf"(?:\d|\b(?:a|an|half|hundred|of|dozen|couple|few|several|many|numerous|for|over|within|in"
    rf"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    rf"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))"
    rf"[{_HSPACE}-]+(?:(?:more|additional|further|extra|straight|consecutive|trading|business)[{_HSPACE}]+)?\Z"
)
#: the words COUNTED_RE reads right before the spaces or hyphen before a unit: counts, and
#: what stands between a count and its unit
_COUNT_WORDS = frozenset(
    "a an half hundred of dozen couple few several many numerous for over within in one two three four"
    " five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen"
    " nineteen twenty thirty forty fifty sixty seventy eighty ninety"
    " more additional further extra straight consecutive trading business".split()
)
_SEPARATORS = " \t\xa0\u2009\u202f-"  #: the characters of ``[{_HSPACE}-]``
_COUNT_LAST = frozenset(w[-1] for w in _COUNT_WORDS)  #: the letters the words end with
_COUNT_LONGEST = max(map(len, _COUNT_WORDS))


def _counted(lowered: str, at: int) -> bool:
    """Whether a count ends right before the unit at ``lowered[at]`` (COUNTED_RE, 40 characters back).

    The pattern tries every place in those 40 characters: it is run only
    where the word before the spaces could be what it ends with.
    """
    i = at
    while i > 0 and lowered[i - 1] in _SEPARATORS:
        i -= 1
    if i == at:
        return False
    c = lowered[i - 1]
    if not c.isdecimal():
        if c not in _COUNT_LAST:
            return False
        # the word before (no further back than one of the words can start)
        j = i
        floor = i - _COUNT_LONGEST - 1 if i > _COUNT_LONGEST else 0
        while j > floor and ((c := lowered[j - 1]).isalnum() or c == "_"):  # (_is_word, inline)
            j -= 1
        if lowered[j:i] not in _COUNT_WORDS:
            return False
    return COUNTED_RE.search(lowered, max(0, at - 40), at) is not None


#: what ends right before ``morning``, ``night``... in ``this morning``, ``last night``, ``in the
#: morning``, ``mid-afternoon``: the ways DEICTIC_RE holds a part of the day that no other
#: trigger word is near
PART_DET_RE = re.compile(
    rf"\b(?:this|last|tomorrow|yesterday|in[{_HSPACE}]+the)[{_HSPACE}]+\Z|\b(?:early|late|mid)[{_HSPACE}-]+\Z"
)
#: the words PART_DET_RE ends with
_PART_DETS = ("this", "last", "tomorrow", "yesterday", "the", "early", "late", "mid")


def _part_det(lowered: str, at: int) -> bool:
    """Whether PART_DET_RE matches the 20 characters before ``lowered[at]``.

    The pattern tries every place in them: it is run only where one of its
    words ends right before the spaces.
    """
    lo = at - 20 if at > 20 else 0
    i = at
    while i > lo and lowered[i - 1] in _SEPARATORS:
        i -= 1
    return i < at and lowered.endswith(_PART_DETS, lo, i) and PART_DET_RE.search(lowered, lo, at) is not None


#: every number, whole (a scan never starts inside one); group 1 or 2 set: a year or a
#: decade (``1998``, ``1990s``, ``'80s``), 3: the hours of a clock time, 4: after ``/``, ``.`` or
#: ``-``, the character that follows. It starts with a digit: the engine skips to the next fast.
NUMBER_RE = re.compile(
    rf"\d(?:(\d{{3}})|(\d{{0,2}})(?<=0)(?=s)|(\d?)(?=(?:{CLOCK_AFTER_RE.pattern}))|\d*)(?!\d)(?:(?=[/.-](.)))?"
)
#: the matches of NUMBER_RE that can be triggers, the same (groups and all): a year, a decade,
#: a clock time, or at most four digits before ``/``, ``.`` or ``-``. A number that can be none is
#: not matched (the scan passes it: it starts at a digit not after one), not made a match
#: object to be looked at and dropped
NUMBER_TRIGGER_RE = re.compile(
    rf"\d(?<!\d\d)(?:(\d{{3}})|(\d{{0,2}})(?<=0)(?=s)|(\d?)(?=(?:{CLOCK_AFTER_RE.pattern}))"
    r"|(?=\d{0,3}(?!\d)[/.-])\d*)(?!\d)(?:(?=[/.-](.)))?"
)

#: future markers; the look-ahead holds the first letters of the alternatives (a quick skip)
FUTURE_RE = re.compile(
    r"\b(?=[wsgiapdeumc'\u2019])(?:will|won['\u2019]t|wo\s+n['\u2019]t|shall|['\u2019]ll|going\s+to"
    r"|(?:is|are|am)\s+(?:due|scheduled|expected|set|slated|planned|likely|poised|about)?\s*to"
    r"|plan(?:s|ned)?\s+to|planning\s+to|intends?\s+to|aims?\s+to|would|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?:due|set|slated|expected|poised)\s+to"
    r"|payable|upcoming|scheduled|ahead\s+(?:of|to)|as\s+soon\s+as"
    r"|(?:might|should|must|can|(?-i:may))(?!\s+(?:have|not\s+have)\b))\b",
    re.IGNORECASE,
)
#: a headline whose verb is an infinitive after its subject (``Saudi Arabia to host AI summit in
#: February``, ``Fed to cut rates next week``): no finite verb before the ``to``
HEADLINE_AHEAD_RE = re.compile(
    r"[ \t]*(?:(?![a-z][\w'’]*ed\b|(?:was|were|had|did|made|took|went|came|got|sought|began|tried)\b)"
    r"[\w'’.,&$%-]+[ \t]+){1,8}?to[ \t]+(?!be\b)[a-z]+\b(?![^\n]*\b(?:was|were|had|did|said|ago)\b)"
)
#: verbs of reporting: the tense of the report, not of what it reports (``will visit Paris on
#: Monday, officials said``), unless the expression goes with them (``said on Monday``)
REPORT_RE = re.compile(r"\b(?:said|says|told|announced|reported|stated)\b", re.IGNORECASE)
#: verbs after which an ``-ed`` form is an adjective too (``will remain closed``)
_LINKING_VERBS = ("remain", "remains", "stay", "stays")
#: adverbs that make the ``-ed`` form after them and an article an adjective too (``on a
#: still unspecified date``, ``a previously announced plan``, ``the newly elected mayor``)
_ADJECTIVE_ADVERBS = ("still", "yet", "as yet", "not yet", "newly", "previously", "once", "long")
#: past markers: the commonest irregular past forms of news writing, and ``-ed`` forms; none
#: after ``be`` (``will be held``: a participle), no ``-ed`` form after ``remain`` or ``stay``
#: (``will remain closed``: an adjective), right after an article, or an
#: article and one of those adverbs (``on an unspecified date``, ``the revised plan``: an
#: adjective), and not the verbs and adverb that only end like one (``will succeed``, ``indeed``).
#: The looks back of the adverbs and verbs are run only at an ``-ed`` form (after its look-ahead)
PAST_RE = re.compile(
    r"\b(?<!\bbe )(?=[a-z])(?:" + _trie(sorted(
        "was were had did ago last earlier recently yesterday went came took made gave held began saw "
        "got fell rose won lost sent brought spent met knew became kept struck fought sold bought built "
        "broke chose drew flew grew spoke stood sought caught threw wrote led ran fled".split()
    )) + r"|(?<!\ba )(?<!\ban )(?<!\bthe )(?!(?:succ|proc|exc|ind|sp)eed\b|(?:announc|report|stat)ed\b)(?=[a-z]{3,}ed\b)"
    + "".join(rf"(?<!\b{det} {adverb} )" for adverb in _ADJECTIVE_ADVERBS for det in ("a", "an", "the"))
    + "".join(rf"(?<!\b{verb} )" for verb in _LINKING_VERBS)
    + r"[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
#: ``in`` right before a count (``will be redeemed in five years``; not ``within``)
IN_BEFORE_RE = re.compile(r"(?<![\w-])[Ii]n[ \t\xa0]\Z")
#: what parts an expression from a verb of reporting: it then belongs to another clause
CLAUSE_BREAK_RE = re.compile(r"[,;:\u2014\u2013\"\u201c\u201d]")
#: what parts an expression from a marker after it (``told voters on Sunday that he would``)
THAT_RE = re.compile(r"\bthat\b")
#: what comes before ``a year`` in a rate (``$5 a year``, ``40,000 tons a year``)
RATE_BEFORE_RE = re.compile(
    r"(?:\d|%|\btimes|\btwice|\bonce|illion|percent|cents?|\b(?:tons|tonnes|barrels|flights|seats"
    r"|units|shares|people|visitors|vehicles|cars|copies|hours|days))\s+$",
    re.IGNORECASE,
)
THE_BEFORE_RE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?[`'\"\u201c\u2018]*\Z")
QUARTER_ENDED_RE = re.compile(rf"\s+(?:ended|ending|that\s+ended)\s+(?P<mon>{MONTH})\s*(?P<day>\d{{1,2}})\b")
#: a month named alone after ``the`` or ``a`` is one when it qualifies a noun (``a June
#: agreement``, ``the October slaying``): a lower-case word next, not a word of grammar
#: (``the annual March for Life``, ``the March on Washington``: names)
MONTH_QUALIFIES_RE = re.compile(
    r"[ \t\xa0]+(?!(?:for|of|on|in|at|to|from|by|with|against|and|or|but|is|was|were|are|has|had|have"
    r"|will|would|that|which|who)\b)[a-z]"
)
_THE_QUOTES = "`'\"\u201c\u2018"  #: what THE_BEFORE_RE reads last before the name


def _the_before(text: str, lo: int, start: int) -> bool:
    """Whether THE_BEFORE_RE matches ``text[lo:start]`` (``the``, ``a`` or ``an`` one or two words back).

    The pattern tries every place of the stretch: it is run only where what
    comes before the quotation marks is white space after a lower-case letter.
    """
    i = start
    while i > lo and text[i - 1] in _THE_QUOTES:
        i -= 1
    j = i
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j < i and j > lo and "a" <= text[j - 1] <= "z" and THE_BEFORE_RE.search(text, lo, start) is not None


DEADLINE_RE = re.compile(
    r"\b" + _words("by|until|till|through|effective|record|starting|beginning|before|expires|expire|expiring|due")
    + r"\s+(?:early|late|mid-?)?\s*\Z",
    re.IGNORECASE,
)
#: the characters a match of DEADLINE_RE can end with before its white space, ignoring case:
#: the last letters of its words (``by``, ``until``, ``through``, ``effective``, ``record``,
#: ``starting``, ``expires``...) and of ``early``, ``late``, ``mid-``
_DEADLINE_LAST = frozenset("yYlLhHeEdDgGsS\u017f-")


def _deadline_before(text: str, lo: int, start: int) -> bool:
    """Whether DEADLINE_RE matches ``text[lo:start]`` (a deadline word right before ``start``).

    The pattern tries every place of the stretch: it is run only where the
    last character before the white space could end one of its words.
    """
    i = start
    while i > lo and text[i - 1].isspace():
        i -= 1
    return i > lo and text[i - 1] in _DEADLINE_LAST and DEADLINE_RE.search(text, lo, start) is not None


#: verbs of a schedule: said in the present tense before a date, they tell what is planned
#: (``The board meets Monday``, ``Polls open Tuesday``, ``The law takes effect Jan. 1``,
#: ``hosts Leeds on Sunday``). Those that are often nouns too only in their ``-s`` form
#: (``The Senate votes Monday``; not ``a Senate vote Monday``)
_SCHEDULE_VERBS = (
    "meet|meets|convene|convenes|open|opens|reopen|reopens|begin|begins|resume|resumes|kick off|kicks off"
    "|wrap up|wraps up|expire|expires|take effect|takes effect|go into effect|goes into effect"
    "|come into force|comes into force|come into effect|comes into effect|go on sale|goes on sale"
    "|head to|heads to|travel to|travels to|arrive|arrives|testify|testifies|hear|hears"
    "|starts|ends|closes|votes|plays|hosts|faces|visits|returns|launches|debuts|premieres|airs"
)
#: their first words (a date with none of them among the five words before it has no such verb)
_SCHEDULE_WORDS = frozenset(verb.split()[0] for verb in _SCHEDULE_VERBS.split("|"))
SCHEDULED_RE = re.compile(
    r"(?<![\w'\u2019-])(" + _SCHEDULE_VERBS.replace(" ", r"[ \t\xa0]+")
    + r")(?:[ \t\xa0]+[\w'\u2019.-]+){0,3}?[ \t\xa0]+\Z",
    re.IGNORECASE,
)
#: the word before a schedule verb, when it makes the verb something else: an infinitive
#: (``agreed to meet``), an adjective (``was open``, ``remained open``), a noun (``the
#: votes``, ``in play``, ``Obama's visits``); and any ``-ed`` word (``stores stayed open``)
_DETERMINERS = frozenset("a an the his her its their our my your this that".split())
_NOT_SCHEDULE_AFTER = _DETERMINERS | frozenset(
    "to be is am are was were been being had has have did does do these those remain remains remained stay "
    "stays stayed keep keeps kept on in at of for from by with after before during".split()
)
#: a past form between a schedule verb and the date (not an adjective: ``in closed session``)
_PAST_BETWEEN_RE = re.compile(r"(?<!\bin )(?<!\ba )(?<!\ban )(?<!\bthe )\b[a-z]+ed\b", re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(r"([\w'\u2019]+)[ \t\xa0]+\Z")


def _scheduled_before(text: str, lo: int, start: int) -> bool:
    """Whether a verb of a schedule in the present tense comes a few words before ``start``.

    >>> s = "The board meets in closed session Monday."
    >>> _scheduled_before(s, 0, s.index("Monday"))
    True
    >>> s = "Stores remained open Monday."
    >>> _scheduled_before(s, 0, s.index("Monday"))
    False
    """
    lo = max(lo, start - 60)
    if _SCHEDULE_WORDS.isdisjoint(text[lo:start].lower().split()[-5:]):
        return False  # (no verb of a schedule among the last words: most dates)
    m = SCHEDULED_RE.search(text, lo, start)
    if m is None or _PAST_BETWEEN_RE.search(text, m.end(1), start) is not None:
        return False  # (``begin as previously planned Saturday``: the past tense of another verb)
    last = _WORD_BEFORE_RE.search(text, max(lo, start - 24), start)
    if last is not None and last[1].lower() in _DETERMINERS:
        return False  # ``hosts a Sunday talk show``: the day names a kind of thing
    before = _WORD_BEFORE_RE.search(text, max(lo, m.start() - 24), m.start())
    if before is None:
        return True
    word = before[1].lower()
    return not (word in _NOT_SCHEDULE_AFTER or word.endswith(("ed", "'s", "\u2019s")))


#: a full stop (``.!?;``, closing quotes, space, a capital next) or a line break; it starts
#: with a character class, which the engine skips to fast. A name's initial (``Daniel P.
#: Davison``) and a title before a name (``Mr. Schwarz``, ``Gen. Schwarzkopf``) end none.
SENTENCE_END_RE = re.compile(
    r"[.!?;\n](?:(?<=\n)"
    r"|(?<![\s(][A-Z]\.)(?<!\b(?:Mr|Ms|Dr|Lt|St|Jr|Sr)\.)(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Maj|Adm|Rev)\.)"
    r"(?<!\b(?:Capt|Prof|Gens|Sens|Reps|Govs)\.)"
    r"[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z]))"
)

# --------------------------------------------------------------------------- helpers


def parse_number(words: str) -> float | None:
    """The number a count in words or digits stands for; ``None`` for vague counts.

    Examples:
        >>> parse_number("twenty-four"), parse_number("1,200"), parse_number("a"), parse_number("several")
        (24, 1200, 1, None)
        >>> parse_number("two and a half"), parse_number("a dozen"), parse_number("a couple of")
        (2.5, 12, 2)
    """
    s = " ".join(words.lower().replace("-", " ").split())
    if not s:
        return None
    if s.endswith(" 1/2") and s[0].isdigit():
        whole = parse_number(s[:-4])
        return None if whole is None else whole + 0.5
    if s[0].isdigit():
        try:
            n = float(s.replace(",", ""))
        except ValueError:
            return None
        return int(n) if n.is_integer() else n
    if s.startswith("a couple") or s.startswith("couple"):
        return 2
    if s in _VAGUE or s.startswith(("hundreds", "dozens", "a number")):
        return None
    if s in ("a", "an", "one"):
        return 1
    if s.startswith("half"):
        return 0.5
    if s.endswith("hundred"):
        return 100
    if s.endswith("dozen"):
        return 12
    half = s.endswith("and a half")
    if half:
        s = s[: -len("and a half")].strip()
    total = 0
    for token in s.split():
        if token in _TENS:
            total += _TENS[token]
        elif token in _SMALL:
            total += _SMALL[token]
        else:
            return None
    return total + 0.5 if half else total


def spelled_year(words: str) -> int | None:
    """The year a spelled-out year stands for.

    Examples:
        >>> spelled_year("nineteen ninety-six"), spelled_year("two thousand"), spelled_year("nineteen oh five")
        (1996, 2000, 1905)
    """
    tokens = words.lower().replace("-", " ").split()
    if tokens[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(t for t in tokens[2:] if t != "and")) if len(tokens) > 2 else 0
        return None if rest is None else 2000 + int(rest)
    if tokens[0] != "nineteen":
        return None
    if tokens[1:] == ["hundred"]:
        return 1900
    rest = parse_number(" ".join(t for t in tokens[1:] if t != "oh"))
    return None if rest is None else 1900 + int(rest)


def tense(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> int:
    """Which way the sentence around ``text[start:end]`` points: PAST, FUTURE or NEAREST.

    The nearest tense marker in the sentence decides: future markers
    (``will``, ``is to``, ``plans to``, ``might``...) against past ones
    (``was``, ``met``, ``-ed`` forms); NEAREST when there is none. A verb of
    reporting (``said``, ``told``) gives the tense of the report: a marker of
    the expression's own clause a few words away outweighs it.

    Examples:
        >>> s = "The minister will visit Paris on Monday."
        >>> tense(s, s.index("Monday"), s.index("Monday") + 6) == FUTURE
        True
        >>> s = "The minister visited Paris on Monday, officials said."
        >>> tense(s, s.index("Monday"), s.index("Monday") + 6) == PAST
        True
    """
    return _tense_read(text, start, end, lo, len(text) if hi is None else hi)[0]


def _tense_read(text: str, start: int, end: int, lo: int, hi: int,
                forward: bool = False) -> tuple[int, int]:
    """:func:`tense`, and how many characters of the sentence it read.

    With ``forward``, whether the tense is FUTURE is all that is asked: a
    sentence without a future marker is not read further (NEAREST).
    """
    left = max(lo, start - 200)
    right = min(hi, end + 200)
    sentence_start = left
    for boundary in SENTENCE_END_RE.finditer(text, left, start):
        sentence_start = boundary.end()
    after = SENTENCE_END_RE.search(text, end, right)
    sentence_end = after.start() if after else right
    nearest: list[tuple[int, int, int] | None] = [None] * len(_MARKERS)
    for k, (_, pattern) in enumerate(_MARKERS):
        for m in pattern.finditer(text, sentence_start, sentence_end):
            nearest[k] = _nearer(nearest[k], m.start(), m.end(), start, end)
        if forward and nearest[0] is None:  # (the future markers come first)
            return NEAREST, sentence_end - sentence_start
    return _verdict(text, start, end, sentence_start, nearest), sentence_end - sentence_start


def _nearer(best: tuple[int, int, int] | None, ms: int, me: int, start: int,
            end: int) -> tuple[int, int, int] | None:
    """``(distance, ms, me)`` of the marker ``text[ms:me]`` when nearer ``text[start:end]`` than ``best``."""
    if ms < end and me > start:
        return best  # inside the expression itself
    distance = start - me if me <= start else ms - end
    if best is None or distance < best[0]:
        return (distance, ms, me)
    return best


def _verdict(text: str, start: int, end: int, sentence_start: int,
             nearest: Sequence[tuple[int, int, int] | None]) -> int:
    """The direction of the nearest tense marker (one per kind of :data:`_MARKERS`).

    A verb of reporting gives the tense of the report, not of what is reported.
    It yields to a farther marker of the expression's own clause, a few words
    away with nothing parting them (``will visit Paris on Monday, officials
    said``), unless the expression goes with the report (nothing parts those:
    ``said on Monday``; or the expression opens the sentence: ``On Monday,
    officials said``).
    """
    best: tuple[int, int, int, int] | None = None
    for (direction, _), found in zip(_MARKERS, nearest):
        if found is None or direction == _REPORT:
            continue
        if best is None or found[0] < best[0]:
            best = (found[0], direction, found[1], found[2])
    report = nearest[-1]
    if report is None:
        return NEAREST if best is None else best[1]
    if best is None:
        return PAST
    joined = _joined(text, start, end, report[1], report[2])
    if report[0] < best[0] and (
            joined
            or report[1] >= end and len(text[sentence_start:start].split()) <= 2
            or best[0] > _CLAUSE_REACH or not _joined(text, start, end, best[2], best[3])):
        return PAST
    if joined and report[2] <= start and not _joined(text, start, end, best[2], best[3]):
        return PAST  # the expression goes with the report, the marker with another clause
    return best[1]


def _joined(text: str, start: int, end: int, ms: int, me: int) -> bool:
    """Whether nothing parts the marker ``text[ms:me]`` from the expression ``text[start:end]``.

    After the expression, ``that`` parts them too: it opens the clause of what was
    reported (``told voters on Sunday that he would``).
    """
    if me <= start:
        return CLAUSE_BREAK_RE.search(text, me, start) is None
    return CLAUSE_BREAK_RE.search(text, end, ms) is None and THAT_RE.search(text, end, ms) is None


#: how far (in characters) a marker of the expression's own clause outweighs a nearer report
_CLAUSE_REACH = 60
#: the verbs of reporting as a kind of marker (last in :data:`_MARKERS`)
_REPORT = 2
_MARKERS = ((FUTURE, FUTURE_RE), (PAST, PAST_RE), (_REPORT, REPORT_RE))
_STOP_RE = re.compile(r"[.!?;\n]")  #: what every match of SENTENCE_END_RE starts with


@attrs.define
class _ZoneMarkers:
    """The tense markers of a zone, found once: per pattern, their starts and ends.

    Each is found when first asked for: a zone read only for a future tense
    (:meth:`_Context.future`) with no future marker in it needs no other.
    """

    text: str
    lo: int
    hi: int
    stops: list[int]  #: where a sentence can end (``.!?;`` and line breaks)
    found: list[tuple[list[int], list[int]] | None]

    def markers(self, kind: int) -> tuple[list[int], list[int]]:
        """The starts and ends of the markers of ``_MARKERS[kind]``."""
        found = self.found[kind]
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in _MARKERS[kind][1].finditer(self.text, self.lo, self.hi):
                starts.append(m.start())
                ends.append(m.end())
            found = self.found[kind] = (starts, ends)
        return found


def _zone_markers(text: str, lo: int, hi: int) -> _ZoneMarkers:
    """The tense markers of ``text[lo:hi]`` (found when first needed)."""
    stops = [m.start() for m in _STOP_RE.finditer(text, lo, hi)]
    return _ZoneMarkers(text, lo, hi, stops, [None] * len(_MARKERS))


def _is_word(char: str) -> bool:
    """A word character as ``\\b`` sees it."""
    return char.isalnum() or char == "_"


def _word_start(text: str, lo: int, end: int, back: int) -> int:
    """Where the ``back``-th word (run of word characters) starting before ``end`` starts, or -1.

    Words start at ``lo`` at the earliest (as a scan from ``lo`` finds them).
    """
    i = end
    for _ in range(back):
        while i > lo and not ((c := text[i - 1]).isalnum() or c == "_"):  # (_is_word, inline)
            i -= 1
        if i == lo:
            return -1
        while i > lo and ((c := text[i - 1]).isalnum() or c == "_"):
            i -= 1
    return i


def _resync(text: str, lo: int, floor: int, end: int, back: int) -> int:
    """A point before ``end`` where a marker scan of ``text[floor:end]`` agrees with a scan of the zone from ``lo``.

    A match of FUTURE_RE examines at most three words and the character after
    them (PAST_RE one word), so scans that stop at ``end`` and at the end of
    the zone find the same markers up to the start of the ``back``-th word
    before ``end`` (3 for FUTURE_RE, 1 for PAST_RE); ``floor`` when that is
    before it. Elsewhere they can differ only by a marker across ``end``.
    """
    word = _word_start(text, lo, end, back)
    return word if word > floor else floor


#: how a future marker can end (its last word, lower-cased): a cut word ending otherwise
#: does not make one
_FUTURE_ENDS = ("t", "ll", "to", "would", "payable", "upcoming", "scheduled", "of", "as", "should",
                "can", "may")


def _no_future(zone: _ZoneMarkers, sentence_start: int, sentence_end: int, cut_future: bool) -> bool:
    """Whether a scan of the sentence alone surely finds no future marker (a quick answer).

    None of the zone's is in the sentence, and the zone's scan tried every
    place in it: a scan that stops at the end of the sentence could find one
    only where it reads up to that end, so only in a cut word (``will|ing``):
    one that ends a marker (``will``, ``to``), or starts the ``have`` or
    ``not have`` after which a modal is none (``might ha|ve``); or where it
    stops in the white space of that look-ahead (``might| have``,
    ``might not |have``). ``cut_future``: whether the end of the sentence is
    such a stop (:func:`_cut_future`).
    """
    starts, ends = zone.found[0] or zone.markers(0)
    i = bisect.bisect_right(ends, sentence_start)
    if i < len(starts) and starts[i] < sentence_end:
        return False
    return not cut_future


#: the letters a cut word that could make a future marker ends with: the last letters of
#: :data:`_FUTURE_ENDS`, and those of ``have`` and ``not`` (either case; none other is read
#: as one of them ignoring case but ``\u017f``, which is not ASCII)
_CUT_LAST = frozenset("".join(e[-1] for e in _FUTURE_ENDS) + "havenot")
_CUT_LAST |= frozenset(c.upper() for c in _CUT_LAST)


def _cut_future(text: str, lo: int, at: int) -> bool:
    """Whether a scan stopping at ``at`` could read a future marker where the zone's does not.

    In the word cut at ``at`` (``will|ing``, ``might ha|ve``), or, at ``at``
    next to white space, in the word before it: a modal whose look-ahead for
    ``have`` the stop cuts short (``might| have``, ``might not |have``). See
    :func:`_no_future`; the word is read only when its last letter could be.
    """
    i = at
    while i > lo and text[i - 1].isspace():
        i -= 1
    if i == lo:
        return False
    c = text[i - 1]
    if c.isascii() and c not in _CUT_LAST:
        return False
    cut_word = text[_word_start(text, lo, i, 1):i]
    if not cut_word.isascii():
        return True  # (``ſ`` reads ``s`` ignoring case)
    cut_word = cut_word.lower()
    return cut_word.endswith(_FUTURE_ENDS) or "have".startswith(cut_word) or "not".startswith(cut_word)


def _tense_with(zone: _ZoneMarkers, text: str, start: int, end: int, lo: int, hi: int,
                forward: bool = False) -> int:
    """:func:`tense`, with the markers of the zone ``[lo, hi]`` found beforehand (same result).

    ``forward``: as for :func:`_tense_read`.

    The markers wholly inside the sentence come from the zone's scan; only
    near the edges of the sentence, where a scan of the sentence alone could
    read a marker differently (``embed|ded`` cut by the window), is the
    sentence scanned again, over a few words.
    """
    right = min(hi, end + 200)
    stops = zone.stops
    sentence_end = right
    i = bisect.bisect_left(stops, end)
    if i < len(stops) and stops[i] < right:
        after = SENTENCE_END_RE.search(text, end, right)
        sentence_end = after.start() if after else right
    # a scan that stops inside a word may read a marker in its first part (``embed|ded``), and
    # one that stops in the white space after a modal may cut its look-ahead for ``have``
    # short (``might| have``): the end is then a cut, as inside a word
    cut = cut_future = False  # (cut_future: the cut could make a future marker)
    if sentence_end < hi:
        c, d = text[sentence_end - 1], text[sentence_end]
        if (c.isalnum() or c == "_") and (d.isalnum() or d == "_"):  # (_is_word, inline)
            cut = True
            cut_future = _cut_future(text, zone.lo, sentence_end)
        elif c.isspace() or d.isspace():
            cut = cut_future = _cut_future(text, zone.lo, sentence_end)
    if forward and not cut_future and not (zone.found[0] or zone.markers(0))[0]:
        return NEAREST  # no future marker in the zone: the answer of _no_future, wherever the sentence starts
    left = max(lo, start - 200)
    sentence_start = left
    i = bisect.bisect_left(stops, left)
    if i < len(stops) and stops[i] < start:  # else no sentence boundary: no need to look
        for boundary in SENTENCE_END_RE.finditer(text, left, start):
            sentence_start = boundary.end()
    if forward and _no_future(zone, sentence_start, sentence_end, cut_future):
        return NEAREST
    nearest: list[tuple[int, int, int] | None] = []
    for n, (direction, pattern) in enumerate(_MARKERS):
        starts, ends = zone.markers(n)
        best = None
        if cut:
            inner_end = _resync(text, lo, sentence_start, sentence_end, 3 if direction == FUTURE else 1)
        else:
            inner_end = sentence_end
        tail_from = inner_end
        if starts:
            i = bisect.bisect_left(starts, sentence_start)
            j = bisect.bisect_right(ends, inner_end)  # markers [i, j) lie in [sentence_start, inner_end]
            if (i > 0 and ends[i - 1] > sentence_start) or (j < len(starts) and starts[j] < inner_end):
                tail_from, j = sentence_start, i  # a marker across an edge: scan the sentence alone
            if i < j:
                k = bisect.bisect_right(ends, start, i, j) - 1  # the nearest marker before
                if k >= i:
                    best = _nearer(best, starts[k], ends[k], start, end)
                k = bisect.bisect_left(starts, end, i, j)  # the nearest marker after
                if k < j:
                    best = _nearer(best, starts[k], ends[k], start, end)
        if tail_from < sentence_end:
            for m in pattern.finditer(text, tail_from, sentence_end):
                best = _nearer(best, m.start(), m.end(), start, end)
        if forward and direction == FUTURE and best is None:  # (the future markers come first)
            return NEAREST
        nearest.append(best)
    return _verdict(text, start, end, sentence_start, nearest)


# the handlers' small patterns, compiled once (``re.match(pattern, ...)`` looks each up per call)
_DIGITS_RE = re.compile(r"\d+")
_YEAR_DIGITS_RE = re.compile(r"\d{4}")
_VALUE_RE = re.compile(r"(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q(\d)|H(\d)|W(\d\d)))?(?:T.*)?")
_THEN_LOWER_RE = re.compile(r"\s+[a-z]")  #: a lower-case word next
_THEN_UPPER_RE = re.compile(r"\s+[A-Z]")
_THEN_WORD_RE = re.compile(r"\s+\w")
_THEN_ENDED_RE = re.compile(r"\s+(?:ended|ending|to\s+date)\b")


#: the numbers of the commonest days and ordinals, looked up (``3``, ``03``, ``3rd``, ``20th``)
_LEADING_INT = {
    f"{i:{pad}}{suffix}": i for i in range(100) for pad in ("", "02") for suffix in ("", "st", "nd", "rd", "th")
}


def _leading_int(text: str) -> int:
    """The number a day or ordinal starts with (``3rd`` -> 3)."""
    known = _LEADING_INT.get(text)
    if known is not None:
        return known
    digits = _DIGITS_RE.match(text)
    return int(digits[0]) if digits else 0


#: the month of each name as the patterns find them most (``Sept``, ``SEPT.``, ``September``)
_MONTH_OF = {
    form: n for name, n in MONTHS.items()
    for form in (name.title(), name.upper(), name.title() + ".", name.upper() + ".")
}


def _month(word: str) -> int:
    known = _MONTH_OF.get(word)
    if known:
        return known
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTHS[w[:3]]


def _value_date(value: str) -> tuple[dt.date, str] | None:
    """A date inside the unit a value names, and the unit (``1989-Q3`` -> (1989-08-15, quarter))."""
    m = _VALUE_RE.fullmatch(value)
    if not m:
        return None
    year = int(m[1])
    if m[3]:
        return dt.date(year, int(m[2]), int(m[3])), "day"
    if m[2]:
        return dt.date(year, int(m[2]), 15), "month"
    if m[4]:
        return dt.date(year, int(m[4]) * 3 - 1, 15), "quarter"
    if m[5]:
        return dt.date(year, 3 if m[5] == "1" else 9, 15), "half"
    if m[6]:
        try:
            return dt.date.fromisocalendar(year, int(m[6]), 3), "week"
        except ValueError:
            return None
    return dt.date(year, 7, 1), "year"


def _year_near(anchor: dt.date | None, month: int, day: int | None, ahead: bool) -> int | None:
    """The year of a month (and day) given without one.

    Ahead in a future-tense sentence, else in the past (also when the sentence
    shows no tense: news mostly reports what happened), unless that puts it
    more than nine months away, where the nearer year is likelier.
    """
    if anchor is None:
        return None
    year = timex.year_for_month(anchor, month, day, FUTURE if ahead else PAST)
    if year is None:
        return year
    gap = abs((year * 12 + month) - (anchor.year * 12 + anchor.month))
    if gap > 9:
        return timex.year_for_month(anchor, month, day, NEAREST)
    return year


@functools.lru_cache(maxsize=2048)
def _month_value(anchor: dt.date | None, month: int, day: int | None, ahead: bool) -> str:
    """The value of a month (and day) given without a year (:func:`_year_near`); remembered.

    Dense text names the same few dates again and again.
    """
    return timex.month_date(anchor, month, day, _year_near(anchor, month, day, ahead))


#: the calendar arithmetic of weekdays and relative units, remembered (pure functions of a
#: few values, asked the same again and again where expressions are dense)
_weekday_date = functools.lru_cache(maxsize=2048)(timex.weekday_date)
_shift = functools.lru_cache(maxsize=2048)(timex.shift)


#: how much the sentences of a zone are read, at least, before its markers are found at once
#: because the reads overlap (see :meth:`_Context.direction`)
_DENSE_READ = 8000


@attrs.define
class _Context:
    """What resolving one expression needs: the text, the anchor, the reference time."""

    text: str
    lo: int
    hi: int
    anchor: dt.date | None
    ref: str | None = None  #: the last absolute date value mentioned
    quarter: str | None = None  #: the last quarter reported on (``1989-Q3``)
    anaphoric: bool = False  #: set by a handler whose value came from the reference time
    scanned: int = 0  #: how much text the tense of the zone's sentences has read so far
    markers: _ZoneMarkers | None = None  #: the tense markers of the zone, once found
    #: the zone is a headline whose verb is an infinitive: what it tells is ahead (``Saudi
    #: Arabia to host AI summit in February``)
    headline_ahead: bool = False

    def past_quarter(self) -> dt.date | None:
        """A day in the quarter under report: the last one mentioned if it is over, else none."""
        if self.quarter is None:
            return None
        found = _value_date(self.quarter)
        if found is None:
            return None
        if self.anchor is not None and found[0] > self.anchor:
            return None
        return found[0]

    def direction(self, start: int, end: int, forward: bool = False) -> int:
        # each sentence is read anew (up to 400 characters) until that has cost as much as
        # reading the whole zone once: then its markers are found once (dense expressions).
        # Sooner where the reads overlap: when they have read four times the text gone
        # through, and an eighth of the zone (at least _DENSE_READ characters)
        if self.headline_ahead:
            return FUTURE
        if self.markers is None:
            scanned, size = self.scanned, self.hi - self.lo
            if scanned < size and (scanned < 4 * (end - self.lo) or scanned < _DENSE_READ
                                   or 8 * scanned < size):
                direction, read = _tense_read(self.text, start, end, self.lo, self.hi, forward)
                self.scanned += read
                return direction
            self.markers = _zone_markers(self.text, self.lo, self.hi)
        return _tense_with(self.markers, self.text, start, end, self.lo, self.hi, forward)

    def future(self, start: int, end: int) -> bool:
        """Whether :meth:`direction` is FUTURE: all most handlers ask (the past and NEAREST resolve alike).

        A sentence without a future marker is then not read for the others.
        """
        if self.markers is not None and not self.headline_ahead:  # (what direction does then, without a call)
            return _tense_with(self.markers, self.text, start, end, self.lo, self.hi, True) == FUTURE
        return self.direction(start, end, True) == FUTURE

    def anchored_direction(self, start: int, end: int) -> int:
        """:meth:`direction` where only a value resolved against the anchor depends on it.

        Without an anchor such a value stays underspecified whatever the tense
        (``XXXX-WXX-1``), so the sentence is not read: NEAREST.
        """
        return NEAREST if self.anchor is None else self.direction(start, end)

    def weekday_future(self, start: int, end: int, weekday: int) -> bool:
        """:meth:`future` for a weekday, where it matters (or a schedule in the present
        tense before it: ``The board meets Monday``).

        Without an anchor the value stays underspecified whatever the tense
        (``XXXX-WXX-1``), and the anchor's own weekday is the anchor either
        way: the sentence is not read then.
        """
        a = self.anchor
        return a is not None and a.weekday() != weekday and (
            _scheduled_before(self.text, self.lo, start) or self.future(start, end))

    def month_future(self, start: int, end: int, month: int, day: int | None) -> bool:
        """Whether a month (and day) given without a year is ahead, where it matters.

        A deadline preposition (``by``, ``until``, ``through``, ``effective``,
        ``of record``) and a schedule in the present tense (``takes effect``,
        :func:`_scheduled_before`) point forwards; otherwise the tense of the sentence.
        Without an anchor the year stays unknown whatever the tense, and the
        anchor's own month (or day) is in the anchor's year either way: the
        sentence is not read then.
        """
        a = self.anchor
        if a is None or month == a.month and (day is None or day == a.day):
            return False
        if _deadline_before(self.text, max(self.lo, start - 16), start) or _scheduled_before(self.text, self.lo, start):
            return True
        return self.future(start, end)

    def ref_date(self) -> tuple[dt.date, str] | None:
        if self.ref is not None:
            return _value_date(self.ref)
        return None


Handler = Callable[[Any, _Context], "tuple[int, int, Resolved] | None"]

# --------------------------------------------------------------------------- handlers

_D, _T, _DUR, _SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET
G = Granularity


def _squeeze(words: str) -> str:
    """Lower-cased, one space between words (``This  past`` -> ``this past``)."""
    words = words.lower()
    return words if words.isalpha() else " ".join(words.split())


def _pos_mod(m: Any, *names: str) -> str | None:
    for name in names:
        word = m.group(name)
        if word:
            key = word.lower().split()[1] if word.lower().startswith("the ") else word.lower()
            return POSITION_MODS.get(key)
    return None


def _with_pos(m: Any, res: Resolved, names: tuple[str, ...] = ("pos", "posof")) -> Resolved:
    mod = _pos_mod(m, *names)
    return res._replace(mod=mod) if mod else res


def _month_date(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    a = ctx.anchor
    start, end = m.span()
    name = m["m1"] or m["m2"]
    if name:
        month = _month(name)
        day = _leading_int(m["d1"] or m["d2"])
        year_s = m["y1"] or m["y2"]
        year: int | None = int(year_s) if year_s else None
        if year is None:
            value = _month_value(a, month, day, ctx.month_future(start, end, month, day))
        else:
            value = timex.month_date(a, month, day, year)
        res = Resolved(_D, value, G.DAY)
        if m["weekof"]:
            found = _value_date(value)
            if found is not None and found[1] == "day":
                res = Resolved(_D, timex.format_unit(found[0], "week"), G.WEEK)
    elif m["m3"]:
        y3 = m["y3"]
        year = int(y3) if y3[0].isdigit() else spelled_year(y3)
        if year is None:
            return None
        res = Resolved(_D, f"{year:04d}-{_month(m['m3']):02d}", G.MONTH)
    elif m["m4"]:
        det = " ".join(m["det"].lower().split())
        direction = PAST if det in ("last", "past", "this past") else FUTURE if det in ("next", "coming", "this coming") else NEAREST
        month = _month(m["m4"])
        if a is not None and det == "this":
            year = a.year
        elif a is not None and det in ("last", "next") and month == a.month:
            year = a.year + (-1 if det == "last" else 1)
        elif a is not None and det == "last" and month == (a.month - 2) % 12 + 1:
            year = a.year - 1  # the month just gone is "last month", not "last <name>"
        else:
            year = timex.year_for_month(a, month, None, direction)
        res = Resolved(_D, timex.month_date(a, month, None, year), G.MONTH)
    elif m["m5"]:
        offset = {"this": 0, "last": -1, "next": 1}[m["rel5"].lower()]
        year = None if a is None else a.year + offset
        res = Resolved(_D, timex.month_date(a, _month(m["m5"]), None, year), G.MONTH)
    else:
        name = m["m6"]
        if (name and not (m["pos"] or m["posof"]) and _the_before(ctx.text, max(ctx.lo, start - 20), start)
                and not MONTH_QUALIFIES_RE.match(ctx.text, end, ctx.hi)):
            return None  # "the annual March for Life": a name, not the month
        month = _month(name or m["m7"])
        ahead = ctx.month_future(start, end, month, None)
        value = _month_value(a, month, None, ahead)
        res = Resolved(_D, value, G.MONTH)
    if m["pos"] or m["posof"]:
        res = _with_pos(m, res)
    return start, end, res


def _numeric_date(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    if m["y"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    elif m["y3"]:
        y, mo, d = int(m["y3"]), int(m["m3"]), int(m["d3"])
    elif m["y4"]:
        y, mo, d = int(m["y4"]), int(m["m4"]), int(m["d4"])
    else:
        y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
        if y < 100:
            y += 1900 if y >= 50 else 2000
    try:
        value = dt.date(y, mo, d).isoformat()
    except ValueError:
        return None
    return m.start(), m.end(), Resolved(_D, value, G.DAY)


def _year(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    if m["y"]:
        res = Resolved(_D, m["y"], G.YEAR)
    elif m["spelled"]:
        year = spelled_year(m["spelled"])
        if year is None:
            return None
        res = Resolved(_D, str(year), G.YEAR)
    elif m["decw"]:
        tens = _TENS[m["decw"].lower()[:-3] + "y"]
        res = Resolved(_D, f"19{tens // 10}", G.DECADE, POSITION_MODS.get((m["pos3"] or "").lower()))
    elif m["dec"]:
        dec = m["dec"].lstrip("'\u2019")
        if len(dec) == 2:
            dec = ("19" if ctx.anchor is None or int(dec) > ctx.anchor.year % 100 else "20") + dec
        res = Resolved(_D, dec[:3], G.DECADE)
        mod = POSITION_MODS.get((m["pos2"] or "").lower())
        if mod:
            res = res._replace(mod=mod)
    else:
        word = m["cent"].lower()
        n = _leading_int(word) if word[0].isdigit() else _ORDINALS[word]
        res = Resolved(_D, f"{n - 1:02d}", G.CENTURY)
    return m.start(), m.end(), _with_pos(m, res)


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
          "4th": 4, "final": 4, "last": 4}


def _quarter(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    a = ctx.anchor
    start, end = m.start(), m.end()
    the = ""
    if m["unit2"]:
        unit, ordinal, year_word = m["unit2"].lower(), m["ord2"].lower(), m["pre"].lower()
        adj = ""
    else:
        unit = m["unit"].lower()
        ordinal = (m["ord"] or "").lower()
        adj = " ".join((m["adj"] or "").lower().replace("-", " ").split())
        year_word = (m["year"] or m["yr"] or "").lower()
        the = (m["the"] or "").lower().strip()
        if not ordinal and not the:
            return None
        if unit == "period" and not adj:
            return None
        if unit == "half" and not ordinal:
            return None
        if ordinal in ("final", "last") and not the:
            return None  # "last quarter" is the relative kind
        if the == "that" and not ordinal:
            return None
        # adjectival "third-quarter profit": the determiner belongs to the noun
        if the and ordinal and not adj and m["hy"] == "-" and not m["of"] and _THEN_LOWER_RE.match(ctx.text[end:end + 2]):
            start = m.start("ord")
    year: int | None = None
    if _YEAR_DIGITS_RE.fullmatch(year_word):
        year = int(year_word)
    elif a is not None and year_word:
        year = a.year + {"this year": 0, "the year": 0, "last year": -1, "next year": 1}.get(year_word, 0)
    ago = any(w in adj for w in ("ago", "earlier", "before", "comparable", "corresponding"))
    if ordinal:
        q = _ORD_Q[ordinal]
        if unit == "half":
            q = 1 if q == 1 else 3
        if year is None and a is not None:
            current = (a.month - 1) // 3 + 1
            year = a.year - (1 if ago else 0)
            if q > current and not ago and not ctx.future(m.start(), m.end()):
                year -= 1  # a quarter still to come is not reported on
        y = "XXXX" if year is None else str(year)
        if unit == "half":
            value = f"{y}-H{1 if q == 1 else 2}"
        else:
            value = f"{y}-Q{q}"
            if not ago:
                ctx.quarter = value
        return start, end, Resolved(_D, value, G.QUARTER)
    # "the quarter", "the latest quarter", "the year-ago quarter", "the 1988 period":
    # the quarter under discussion, else the last one completed
    ended = QUARTER_ENDED_RE.match(ctx.text, end)
    base: dt.date | None = None
    if ended is not None and unit != "half" and a is not None:
        # "the quarter ended Sept. 30": the quarter holding that day
        month, day = _month(ended["mon"]), int(ended["day"])
        try:
            base = dt.date(_year_near(a, month, day, False) or a.year, month, day)
        except ValueError:
            base = None
    if base is None:
        quarter = ctx.past_quarter()
        if a is not None and "current" in adj:
            base = a
        elif the == "this" and a is not None:
            base = quarter or a
        elif quarter is not None and not any(w in adj for w in ("latest", "recent")):
            base = quarter
        elif a is not None:
            base = timex._add_months(a, -3)  # the last quarter completed
    if base is not None and year is not None:
        base = base.replace(year=year)
    elif base is not None and ago:
        base = base.replace(year=base.year - 1)
        ctx.anaphoric = True
    value = timex.format_unit(base, "quarter")
    if not ago and year is None and base is not None:
        ctx.quarter = value
    return start, end, Resolved(_D, value, G.QUARTER)


_REL_OFFSET = {
    "last": -1, "past": -1, "this past": -1, "the past": -1, "the previous": -1, "the prior": -1,
    "the last": -1, "this": 0, "current": 0, "the current": 0, "the": 0, "that": 0,
    "the same": 0, "that same": 0, "the full": 0, "the entire": 0, "the whole": 0, "the latest": -1, "next": 1, "coming": 1, "this coming": 1, "the coming": 1,
    "the following": 1, "the next": 1,
}


def _relative(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    a = ctx.anchor
    if m["yearend"]:
        return m.start(), m.end(), Resolved(_D, _shift(a, "year", 0), G.YEAR, "END")
    if m["yago"]:
        ctx.anaphoric = True
        quarter = ctx.past_quarter()
        if quarter is not None:
            value = timex.format_unit(quarter.replace(year=quarter.year - 1), "quarter")
            return m.start(), m.end(), Resolved(_D, value, G.QUARTER)
        return m.start(), m.end(), Resolved(_D, _shift(a, "year", -1), G.YEAR)
    det = _squeeze(m["det"])
    unit = m["unit"].lower()
    offset = _REL_OFFSET[det]
    pos = _pos_mod(m, "pos", "posof", "pos5") if m["pos"] or m["posof"] or m["pos5"] else None
    if m["ofyear"] and unit not in timex.SEASONS:
        return None  # "the week of 1990"? not a pattern news uses
    if unit == "day":
        # "that day", "the next day", "earlier that day": the day under discussion
        ref = ctx.ref_date()
        if det not in ("that", "that same", "the same", "the next", "the following", "the previous", "the prior"):
            return None
        if ref is None or ref[1] != "day":
            return None
        ctx.anaphoric = True
        value = (ref[0] + dt.timedelta(days=offset)).isoformat()
        return m.start(), m.end(), Resolved(_D, value, G.DAY, pos)
    if det in ("the full", "the entire", "the whole"):
        det = "the"
    if det == "the following" and unit in ("week", "month", "year") and ctx.ref_date() is not None:
        base = ctx.ref_date()[0]  # type: ignore[index]
        return m.start(), m.end(), Resolved(_D, _shift(base, unit, 1), timex.granularity(unit), pos)
    if det == "that" and unit in ("week", "month", "year") and ctx.ref_date() is not None:
        base = ctx.ref_date()[0]  # type: ignore[index]
        return m.start(), m.end(), Resolved(_D, _shift(base, unit, 0), timex.granularity(unit), pos)
    if m["fiscal"] and det == "the latest":
        return m.start(), m.end(), Resolved(_D, _shift(a, "year", -1), G.YEAR, pos)
    if det in ("the", "that", "the same"):
        if unit == "weekend":
            if a is None:
                return m.start(), m.end(), Resolved(_D, "XXXX-WXX-WE", G.WEEK, pos)
            # the weekend before the anchor, or the coming one
            if ctx.future(m.start(), m.end()):
                sat = a + dt.timedelta(days=(5 - a.weekday()) % 7)
            else:
                sat = a - dt.timedelta(days=(a.weekday() - 5) % 7)
            return m.start(), m.end(), Resolved(_D, timex.format_unit(sat, "weekend"), G.WEEK, pos)
        if unit in ("year", "month", "week") and not pos:
            if _THEN_ENDED_RE.match(ctx.text[m.end():m.end() + 12]):
                return m.start(), m.end(), Resolved(_DUR, timex.duration(1, unit), timex.granularity(unit))
            if det != "the":
                return None
        elif not pos and unit not in timex.SEASONS:
            return None
    if unit in ("decade", "century") and det in ("the past", "the last", "past", "the next", "the coming", "the previous"):
        return m.start(), m.end(), Resolved(_DUR, timex.duration(1, unit), timex.granularity(unit))
    if unit in timex.SEASONS or unit == "season":
        if unit == "season":
            return None
        code = timex.SEASONS[unit]
        if m["ofyear"]:
            year = int(m["ofyear"]) if m["ofyear"][0].isdigit() else spelled_year(m["ofyear"])
            if year is not None:
                return m.start(), m.end(), Resolved(_D, f"{year}-{code}", G.SEASON, pos)
        if det in ("the", "that", "the same"):
            value = timex.season_year(a, code, ctx.anchored_direction(m.start(), m.end()))
        else:
            value = timex.season_year(a, code, NEAREST, offset)
        return m.start(), m.end(), Resolved(_D, value, G.SEASON, pos)
    if det.startswith("the") and det not in ("the", "the same", "the current") and offset != 0 and unit in ("week", "month"):
        # "the past week", "the next month": a stretch of time up to / from now
        return m.start(), m.end(), Resolved(_DUR, timex.duration(1, unit), timex.granularity(unit), pos)
    value = _shift(a, unit, offset)
    return m.start(), m.end(), Resolved(_D, value, timex.granularity(unit), pos)


def _weekday(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    a = ctx.anchor
    start, end = m.span()
    wd = WEEKDAYS[m["wd"].lower()]
    part = (m["part"] or "").lower()
    if m["plural"] or m["pplural"]:
        value = f"XXXX-WXX-{wd + 1}" + (f"T{PARTS_OF_DAY[part]}" if part else "")
        return start, end, Resolved(_SET, value, G.DAY)
    det = m["det"]
    det = _squeeze(det) if det else ""
    if det in ("last", "past", "this past"):
        if a is None:
            value = _weekday_date(None, wd)
        else:
            value = _weekday_date(a - dt.timedelta(days=1), wd, PAST)
    elif det in ("next", "coming", "this coming"):
        value = _weekday_date(None if a is None else a + dt.timedelta(days=1), wd, FUTURE)
    elif det.startswith("the "):
        # "the previous Friday", "the following Monday": seen from the day under discussion
        ref = ctx.ref_date()
        base = ref[0] if ref is not None and ref[1] == "day" else a
        ctx.anaphoric = ref is not None
        if base is None:
            value = _weekday_date(None, wd)
        elif det == "the previous":
            value = _weekday_date(base - dt.timedelta(days=1), wd, PAST)
        else:
            value = _weekday_date(base + dt.timedelta(days=1), wd, FUTURE)
    else:
        value = _weekday_date(a, wd, FUTURE if ctx.weekday_future(start, end, wd) else PAST)
    mod = POSITION_MODS.get((m["pos"] or "").lower())
    if part:
        return start, end, Resolved(_T, f"{value}T{PARTS_OF_DAY[part]}", G.TIME, mod)
    return start, end, Resolved(_D, value, G.DAY, mod)


_DAY_OFFSET = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
               "the day after tomorrow": 2, "this": 0, "last": -1}


def _deictic(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    a = ctx.anchor
    if m["present"]:
        word = " ".join(m["present"].lower().split())
        start = m.start()
        if word in ("at present",):
            start = m.start() + 3
        if word.startswith("today"):
            return None if a is None else (m.start(), m.start() + 5, Resolved(_D, a.isoformat(), G.DAY))
        if word == "so far this year":
            return None
        return start, m.end(), Resolved(_D, "PRESENT_REF", None)
    if m["pastref"]:
        word = m["pastref"].lower()
        if word == "earlier":
            return None
        return m.start(), m.end(), Resolved(_D, "PAST_REF", None)
    if m["pxunit"]:
        words = m["pxunit"].lower().split()
        start = m.start() + (3 if words[0] == "in" else 0)
        unit = timex.unit_of(next(w for w in words if w.rstrip("s") in ("day", "week", "month", "year", "quarter")))
        if unit == "quarter" or words[-2] == "recent":
            return start, m.end(), Resolved(_D, "PAST_REF", None)
        return start, m.end(), Resolved(_DUR, timex.duration(None, unit), timex.granularity(unit))
    if m["adjref"]:
        word = m["adjref"].lower()
        value = {"current": "PRESENT_REF", "recent": "PAST_REF", "future": "FUTURE_REF"}[word]
        return m.start(), m.end(), Resolved(_D, value, None)
    if m["futref"]:
        word = m["futref"].lower()
        if word == "later":
            return None
        return m.start(), m.end(), Resolved(_D, "FUTURE_REF", None)
    if m["part6"]:
        # "in the morning", "mid-afternoon (yesterday)": of the day under discussion, or the day named
        part = m["part6"].lower()
        mod = POSITION_MODS.get((m["pos6"] or "").lower())
        if m["day6"]:
            day = "XXXX-XX-XX" if a is None else (a + dt.timedelta(days=_DAY_OFFSET[m["day6"].lower()])).isoformat()
        elif ctx.ref is not None and len(ctx.ref) == 10 and ctx.ref[:1].isdigit():
            day = ctx.ref
            ctx.anaphoric = True
        else:
            day = "XXXX-XX-XX" if a is None else a.isoformat()
        return m.start(), m.end(), Resolved(_T, f"{day}T{PARTS_OF_DAY[part]}", G.TIME, mod)
    if m["day"]:
        word = " ".join(m["day"].lower().split())
        part = (m["part"] or "").lower()
        if word == "tonight":
            part = "night"
        pos = m["pos"]
    else:
        word = " ".join(m["det3"].lower().split())
        part = m["part3"].lower()
        pos = m["pos3"]
        if word == "last" and part != "night":
            return None
    offset = _DAY_OFFSET[word]
    value = "XXXX-XX-XX" if a is None else (a + dt.timedelta(days=offset)).isoformat()
    mod = POSITION_MODS.get((pos or "").lower())
    if part:
        return m.start(), m.end(), Resolved(_T, f"{value}T{PARTS_OF_DAY[part]}", G.TIME, mod)
    return m.start(), m.end(), Resolved(_D, value, G.DAY, mod)


def _ago(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    a = ctx.anchor
    unit = timex.unit_of(m["unit"])
    n = parse_number(m["num"])
    direction = " ".join(m["dir"].lower().split())
    mod = APPROX_MODS.get(" ".join((m["mod"] or "").lower().split()))
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if direction in ("earlier", "later") and unit != "year":
        # "three days later": TimeML marks the duration, "later" is a signal
        value = timex.duration(n if n is None or not float(n).is_integer() else int(n), unit)
        return m.start(), m.end("unit"), Resolved(_DUR, value, timex.granularity(unit), mod)
    if n is None or not float(n).is_integer():
        value = timex.duration(None, unit)
        return m.start(), m.end(), Resolved(_D, "PAST_REF" if sign < 0 else "FUTURE_REF", None, mod)
    n = int(n)
    base = a
    if unit == "year":
        # "a year earlier" / "a year ago" in a report on a quarter: that quarter a year back
        quarter = ctx.past_quarter()
        if quarter is not None and (direction != "ago" or n == 1):
            ctx.anaphoric = True
            value = timex.format_unit(quarter.replace(year=quarter.year + sign * n), "quarter")
            return m.start(), m.end(), Resolved(_D, value, G.QUARTER, mod)
        if direction in ("earlier", "later"):
            ref = ctx.ref_date()
            if ref is not None:
                ctx.anaphoric = True
                base = ref[0]
    if unit in ("hour", "minute", "second"):
        return m.start(), m.end(), Resolved(_D, _shift(base, "day", 0), G.DAY, mod)
    value = _shift(base, unit, sign * n)
    return m.start(), m.end(), Resolved(_D, value, timex.granularity(unit), mod)


def _duration(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    text = ctx.text
    if m["bare"]:
        words = m["bare"].lower().split()
        unit = timex.unit_of(words[-1])
        return m.start(), m.end(), Resolved(_DUR, timex.duration(None, unit), timex.granularity(unit))
    unit = timex.unit_of(m["unit"])
    num = " ".join(m["num"].lower().split())
    n = parse_number(num)
    start = m.start()
    det = (m["det"] or "").lower()
    if num in ("a", "an") and unit in ("second", "quarter"):
        return None  # "a second round", "a quarter of the votes"
    if m["tail"] and "old" in m["tail"].lower():
        return None  # ages: "a 6-year-old", "52 years old"
    if unit in ("quarter", "half") and text.startswith(" of", m.end()):
        return None  # "three quarters of the votes"
    if num in ("a", "an") and unit == "day" and ctx.text[m.end("unit"):m.end("unit") + 1] == "-":
        return None
    if unit == "quarter" and n is not None and not float(n).is_integer():
        return None
    adjacent = "-" in m["hy"]
    # "a two-year contract": the determiner belongs to the noun, not the duration
    if det and adjacent and not m["tail"]:
        after = text[m.end():m.end() + 2]
        if _THEN_WORD_RE.match(after):  # (or "\s\w", which it covers)
            start = m.start("mod") if m["mod"] else m.start("adj") if m["adj"] else m.start("num")
    if (det in ("a", "an") and n is not None and num not in ("a", "an") and not num.startswith("couple")
            and not adjacent and not m["adj"]):
        # "a 10 days' wait": the determiner goes with the noun; "a few days", "a couple of days": one count
        start = m.start("mod") if m["mod"] else m.start("num")
    # "$5 a year", "three times a week": a rate, not a time (TimeBank leaves most unmarked)
    if num in ("a", "an") and not det and not m["mod"] and not m["adj"]:
        before = text[max(ctx.lo, m.start() - 12):m.start()]
        if RATE_BEFORE_RE.search(before):
            return None
        if unit == "weekend" and _THEN_LOWER_RE.match(text[m.end():m.end() + 2]):
            return None  # "a weekend anniversary"
    mod = APPROX_MODS.get(" ".join((m["mod"] or m["mod2"] or "").lower().split()))
    if m["tail"] and "so" in m["tail"].lower():
        mod = "APPROX"
    adj = (m["adj"] or "").lower()
    if adj in ("year-earlier", "year-ago"):
        pass
    if (
        n is not None and float(n).is_integer() and not det and not m["adj"] and not m["mod"]
        and unit in ("day", "week", "month", "year") and IN_BEFORE_RE.search(text, max(ctx.lo, start - 4), start)
        and ctx.future(m.start(), m.end())
    ):
        # "will be redeemed in five years": the date that far ahead
        return start, m.end(), Resolved(_D, _shift(ctx.anchor, unit, int(n)), timex.granularity(unit))
    if unit == "quarter" and n is not None:
        return start, m.end(), Resolved(_DUR, timex.duration(n * 3, "month"), G.MONTH, mod)
    return start, m.end(), Resolved(_DUR, timex.duration(n, unit), timex.granularity(unit), mod)


def _time(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    a = ctx.anchor
    if m["noon"]:
        word = m["noon"].lower()
        hh, mm = (24 if word == "midnight" else 12), 0
    else:
        hh = int(m["h"] or m["h2"])
        mm = int(m["m"] or m["m2"] or 0)
        ampm = (m["ampm"] or "").lower().replace(" ", "").replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
        if (m["ampm"] or "").upper() in ("GMT", "UTC") and m["m"] is None:
            return None
    weekday, deixis = m["wd"], m["deix"]
    if not (weekday or deixis or m["mon"]):
        later = TIME_DAY_AFTER_RE.match(ctx.text, m.end(), ctx.hi)
        if later is not None:
            weekday, deixis = later["wd"], later["deix"]
    if weekday:
        wd = WEEKDAYS[weekday.lower()]
        day = _weekday_date(a, wd, FUTURE if ctx.weekday_future(m.start(), m.end(), wd) else PAST)
    elif deixis:
        word = deixis.lower()
        day = "XXXX-XX-XX" if a is None else (a + dt.timedelta(days=_DAY_OFFSET[word])).isoformat()
    elif m["mon"]:
        d = _leading_int(m["day"])
        year = int(m["year"]) if m["year"] else None
        month = _month(m["mon"])
        if year is None:
            year = _year_near(a, month, d, ctx.month_future(m.start(), m.end(), month, d))
        day = timex.month_date(a, month, d, year)
    elif ctx.ref is not None and len(ctx.ref) == 10 and ctx.ref[:1].isdigit():
        day = ctx.ref  # "at 10 p.m.": on the day under discussion (the reference time)
        ctx.anaphoric = True
    else:
        day = "XXXX-XX-XX" if a is None else a.isoformat()
    mod = "APPROX" if m["mod"] and m["mod"].lower() in ("around", "about", "approximately") else None
    if m["mod"] and not mod:
        mod = "BEFORE" if "before" in m["mod"].lower() else "AFTER"
    return m.start(), m.end(), Resolved(_T, f"{day}T{hh:02d}:{mm:02d}", G.TIME, mod)


def _set(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    if m["adv"]:
        adv = m["adv"].lower().replace("-", "")
        if adv == "quarterly" and _THEN_LOWER_RE.match(ctx.text[m.end():m.end() + 2]):
            return None  # "its quarterly dividend": a kind of payment
        if adv == "daily" and _THEN_UPPER_RE.match(ctx.text[m.end():m.end() + 2]):
            return None  # "the party daily Granma": a newspaper
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
                "yearly": "year", "quarterly": "quarter", "hourly": "hour", "nightly": "day",
                "biweekly": "week", "semiannually": "half"}[adv]
        every = 2 if adv == "biweekly" else 1
        return m.start(), m.end(), Resolved(_SET, timex.duration(every, unit), timex.granularity(unit))
    if m["per"]:
        unit = m["punit"].lower()
        unit = {"night": "day", "annum": "year"}.get(unit, unit)
        return m.start(), m.end(), Resolved(_SET, timex.duration(1, unit), timex.granularity(unit))
    word = m["unit"].lower()
    n: float | None = parse_number(m["num"]) if m["num"] else 1
    if word in WEEKDAYS:
        return m.start(), m.end(), Resolved(_SET, f"XXXX-WXX-{WEEKDAYS[word] + 1}", G.DAY)
    if word in PARTS_OF_DAY:
        return m.start(), m.end(), Resolved(_SET, f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", G.TIME)
    if word in timex.SEASONS:
        return m.start(), m.end(), Resolved(_SET, f"XXXX-{timex.SEASONS[word]}", G.SEASON)
    if word.rstrip(".") in MONTHS:
        return m.start(), m.end(), Resolved(_SET, f"XXXX-{_month(word):02d}", G.MONTH)
    unit = timex.unit_of(word)
    if m["q"].lower() == "every" and m.group(0).lower().split()[1] == "other":
        n = 2
    return m.start(), m.end(), Resolved(_SET, timex.duration(n, unit), timex.granularity(unit))


def _holiday(m: Any, ctx: _Context) -> tuple[int, int, Resolved] | None:
    a = ctx.anchor
    hol = " ".join(m["hol"].split()).replace("\u2019", "'")
    fixed = {"Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24),
             "New Year's": (1, 1), "New Year's Day": (1, 1), "New Year's Eve": (12, 31),
             "Independence Day": (7, 4), "Valentine's Day": (2, 14), "Halloween": (10, 31),
             "Boxing Day": (12, 26)}
    det = (m["det"] or "").lower()
    if det in ("last", "next"):
        direction = PAST if det == "last" else FUTURE
    else:
        direction = ctx.anchored_direction(m.start(), m.end())
    year = int(m["y"]) if m["y"] else None
    if hol in fixed:
        month, day = fixed[hol]
        return m.start(), m.end(), Resolved(_D, timex.month_date(a, month, day, year, direction), G.DAY)
    rule = {"Thanksgiving": (11, 3, 4), "Thanksgiving Day": (11, 3, 4), "Labor Day": (9, 0, 1),
            "Memorial Day": (5, 0, -1)}[hol]
    month, weekday, nth = rule
    if year is None:
        year = timex.year_for_month(a, month, 25 if nth == -1 else 7 * nth - 3, direction)
    if year is None:
        return m.start(), m.end(), Resolved(_D, f"XXXX-{month:02d}-XX", G.DAY)
    if nth == -1:
        last = timex.nth_weekday(year, month, weekday, 4)
        day_ = last + dt.timedelta(days=7) if (last + dt.timedelta(days=7)).month == month else last
    else:
        day_ = timex.nth_weekday(year, month, weekday, nth)
    return m.start(), m.end(), Resolved(_D, day_.isoformat(), G.DAY)


#: every pattern, its handler and the trigger kinds it runs near; on overlap the
#: longer match wins, then the earlier entry
_TABLE: tuple[tuple[re.Pattern[str], Handler, frozenset[str], int, int], ...] = (
    # pattern, handler, trigger kinds, how far before / after a trigger a match may reach
    (TIME_RE, _time, frozenset({"clock", "clockword"}), 30, 40),
    (MONTH_DATE_RE, _month_date, frozenset({"month"}), 35, 30),
    (NUMERIC_DATE_RE, _numeric_date, frozenset({"numdate"}), 12, 12),
    (HOLIDAY_RE, _holiday, frozenset({"holiday"}), 15, 20),
    (AGO_RE, _ago, frozenset({"direction", "backward"}), 60, 20),
    (QUARTER_RE, _quarter, frozenset({"quarter"}), 60, 35),
    (RELATIVE_RE, _relative, frozenset({"day", "calendar", "century", "season"}), 35, 10),
    (WEEKDAY_RE, _weekday, frozenset({"wd"}), 25, 20),
    (SET_RE, _set, frozenset({"every", "setadv"}), 5, 40),
    (DURATION_RE, _duration, frozenset({"unit", "day", "calendar", "quarter", "century"}), 45, 15),
    (YEAR_RE, _year, frozenset({"year", "century", "spelled"}), 30, 30),
    (DEICTIC_RE, _deictic, frozenset({"deixis", "direction", "part"}), 20, 25),
)
PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = tuple((p, h) for p, h, *_ in _TABLE)
_HANDLERS = tuple(h for _, h in PATTERNS)
_KINDS = (*TRIGGER_WORDS, "clock", "numdate", "year")
#: for each trigger kind, the patterns (by rank) to run near it
_PATTERNS_OF = {
    k: tuple((i, before, after) for i, (_, _, kinds, before, after) in enumerate(_TABLE) if k in kinds)
    for k in _KINDS
}
_HOLIDAY_RANK = next(i for i, row in enumerate(_TABLE) if row[0] is HOLIDAY_RE)
_YEAR_TARGETS = (*_PATTERNS_OF["calendar"], (_HOLIDAY_RANK, 15, 20))  # "New Year's Day"
_DURATION_RANK = next(i for i, row in enumerate(_TABLE) if row[0] is DURATION_RE)
#: the kinds whose words can be a duration's unit, and their patterns when no number comes first
_UNCOUNTED = {
    k: tuple(t for t in targets if t[0] != _DURATION_RANK)
    for k, targets in _PATTERNS_OF.items()
    if any(t[0] == _DURATION_RANK for t in targets)
}
_YEAR_UNCOUNTED = tuple(t for t in _YEAR_TARGETS if t[0] != _DURATION_RANK)
_Targets = tuple[tuple[int, int, int], ...]  #: a trigger's patterns: ``(rank, before, after)`` each
_MONTH_CHECK, _COUNT_CHECK, _PART_CHECK = 1, 2, 3
#: for each trigger word: what to check (a month's capital, a count before a unit, this or
#: last before a part of the day), its patterns, and its patterns without the count
_TRIGGER_INFO: dict[str, tuple[int, _Targets, _Targets]] = {
    word: (
        _MONTH_CHECK if kind == "month" else _COUNT_CHECK if kind in _UNCOUNTED else _PART_CHECK if kind == "part" else 0,
        _YEAR_TARGETS if word == "year" else _PATTERNS_OF[kind],
        (_YEAR_UNCOUNTED if word == "year" else _UNCOUNTED[kind]) if kind in _UNCOUNTED else (),
    )
    for word, kind in _KIND_OF.items()
}

# --------------------------------------------------------------------------- extraction


def _trigger_scans(lowered: str) -> tuple[Iterable[re.Match[str]], Iterable[re.Match[str]]]:
    """The matches of NUMBER_TRIGGER_RE in ``lowered``, and of TRIGGER_RE in it with a space put before.

    A scan for a character class (``\\d``, TRIGGER_RE's first) is the slow part: ASCII
    text (once its common punctuation is made spaces: ``spaced_punctuation``) is scanned for
    literals instead, in a copy made of its words, spaces and zeros (``_SPACED``), with
    the same matches (of the copy, for the words: the same places and words).
    """
    spaced = " " + lowered
    if len(spaced) < _SHORT_SCAN:
        return NUMBER_TRIGGER_RE.finditer(lowered), TRIGGER_RE.finditer(spaced)
    if not spaced.isascii():
        copy = spaced_punctuation(spaced)  # (the commonest characters beyond ASCII: no words)
        if not copy.isascii():
            return NUMBER_TRIGGER_RE.finditer(lowered), TRIGGER_RE.finditer(spaced)
        spaced = copy
    spaced = spaced.translate(_SPACED)
    if spaced.count("0") * _DENSE_DIGITS > len(spaced):
        numbers: Iterable[re.Match[str]] = NUMBER_TRIGGER_RE.finditer(lowered)
    else:
        number_at = NUMBER_TRIGGER_RE.match
        numbers = filter(None, (number_at(lowered, run.start() - 1) for run in _DIGIT_RUN_RE.finditer(spaced)))
    return numbers, ASCII_TRIGGER_RE.finditer(spaced)


def _triggers(text: str, lowered: str, start: int) -> Iterator[tuple[int, int, _Targets]]:
    """The triggers of ``lowered`` (``text[start:...]`` lower-cased) in text order: ``(at, to, patterns)``.

    The trigger words, with the numbers (few) woven in as they come.
    """
    number_matches, word_matches = _trigger_scans(lowered)
    numbers: list[tuple[int, int, _Targets]] = []
    year, clock, numdate = _PATTERNS_OF["year"], _PATTERNS_OF["clock"], _PATTERNS_OF["numdate"]
    for m in number_matches:
        at, to = m.span()
        if m[1] is not None or m[2] is not None:
            numbers.append((at, to, year))  # 1998, 1990s, '80s
        elif m[3] is not None:
            numbers.append((at, to, clock))
        after = m[4]
        if after is not None and to - at <= 4 and after.isdigit():
            numbers.append((at, to, numdate))  # 9/3/2017, 2017-09-03
    numbers.append((len(lowered) + 1, 0, ()))  # (past the end: none after it)
    k = 0
    next_number = numbers[0][0]
    info = _TRIGGER_INFO
    for m in word_matches:
        word = m[1]
        check, targets, uncounted = info[word]
        at = m.start()  # (the start of the word, without the space put before)
        if check:
            if check == _MONTH_CHECK:
                if not text[start + at].isupper():
                    continue  # "may", "march", "sept" as plain words
            elif check == _COUNT_CHECK:
                if not _counted(lowered, at):
                    if not uncounted:
                        continue
                    targets = uncounted
            elif not _part_det(lowered, at):
                continue
        while next_number < at:
            yield numbers[k]
            k += 1
            next_number = numbers[k][0]
        yield at, at + len(word), targets
    yield from numbers[k:-1]


def _windows(text: str, start: int, end: int) -> list[list[list[int]]]:
    """For each pattern, the stretches ``[lo, hi]`` of ``text[start:end]`` near its triggers, merged.

    The triggers are taken in text order (:func:`_triggers`), each spread at
    once over the stretches of its patterns: for one pattern they all reach
    as far before and after.
    """
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # a few characters change length when lower-cased
        lowered = "".join(c.lower()[:1] or c for c in text[start:end])
    windows: list[list[list[int]]] = [[] for _ in PATTERNS]
    for at, to, targets in _triggers(text, lowered, start):
        at += start
        to += start
        for rank, before, after in targets:
            a = at - before
            if a < start:
                a = start
            b = to + after
            if b > end:
                b = end
            spans = windows[rank]
            if spans and a <= spans[-1][1]:
                if b > spans[-1][1]:
                    spans[-1][1] = b
            else:
                spans.append([a, b])
    return windows


def find_timexes(text: str, start: int = 0, end: int | None = None,
                 anchor: dt.date | None = None) -> list[TimeExpression]:
    """Temporal expressions in ``text[start:end]``, resolved against ``anchor``.

    Args:
        text: the article text.
        start: where to start looking.
        end: where to stop (default: the end of the text).
        anchor: the publication date, or ``None`` (values that need it then
            stay underspecified).

    Returns:
        Non-overlapping expressions in text order.

    Examples:
        >>> text = "Trump and Xi spoke on Monday morning, after meeting earlier this month."
        >>> [(t.span.text, t.value) for t in find_timexes(text, anchor=dt.date(2017, 4, 24))]
        [('Monday morning', '2017-04-24TMO'), ('earlier this month', '2017-04')]
        >>> [(t.span.text, t.value) for t in find_timexes("The talks will resume next week.")]
        [('next week', 'XXXX-WXX')]
    """
    end = len(text) if end is None else end
    return _find(text, start, end, _Context(text=text, lo=start, hi=end, anchor=anchor))


#: characters that the patterns, ignoring case, read as ``s``, ``i`` and ``k`` but that
#: lower-case to themselves (long s, dotless i, the Kelvin sign): a match holding one
#: spells no word of the handlers' tables
_ODD_CASE_RE = re.compile("[\u017f\u0131\u212a]")


_START = operator.itemgetter(1)  #: a candidate's start


def _find(text: str, start: int, end: int, ctx: _Context) -> list[TimeExpression]:
    """The expressions of one stretch of text, resolved with (and updating) ``ctx``."""
    ctx.lo, ctx.hi = start, end
    candidates: list[tuple[int, int, int, Any]] = []
    for rank, spans in enumerate(_windows(text, start, end)):
        pattern = PATTERNS[rank][0]
        for lo, hi in spans:
            for m in pattern.finditer(text, lo, hi):
                s, e = m.span()
                if e > s:
                    candidates.append((s - e, s, rank, m))
    # in text order: when no two overlap (most texts), they are all taken as they are
    candidates.sort(key=_START)
    reach = -1
    for minus_length, s, _rank, _m in candidates:
        if s < reach:
            break
        reach = s - minus_length
    else:
        chosen = [(s, rank, m) for _, s, rank, m in candidates]
        candidates = []
    if candidates:
        # longest first, then the earlier, then the pattern ranked first (no two tie on all
        # three: one pattern's matches do not overlap), so the matches are never compared
        candidates.sort()
        taken = bytearray(end - start)
        chosen = []
        for minus_length, s, rank, m in candidates:
            e = s - minus_length
            if taken.find(1, s - start, e - start) != -1:
                continue
            chosen.append((s, rank, m))
            taken[s - start:e - start] = b"\x01" * (e - s)
        chosen.sort()
    ctx.scanned = 0
    ctx.markers = None
    found = []
    ascii_text = text.isascii()  # (a flag of the string: no scan)
    handlers = _HANDLERS
    for _s, rank, m in chosen:
        if not ascii_text and _ODD_CASE_RE.search(m.group()):
            continue  # "ſunday": matched ignoring case, but no word the handlers know
        ctx.anaphoric = False
        result = handlers[rank](m, ctx)
        if result is None:
            continue
        s, e, res = result
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if e <= s:
            continue
        if not ctx.anaphoric and res.type is _D and res.value[:1].isdigit():
            # the reference time for what follows ("a year earlier" is none)
            ctx.ref = res.value
        found.append(
            TimeExpression(
                span=Span(s, e, text[s:e]),
                type=res.type,
                value=res.value,
                granularity=res.granularity,
                mod=res.mod,
                origin=__name__,  # what the host stamps it with: no copy to make
            )
        )
    return found


def find_dates(article: Article, anchor: PublicationDate | None) -> Iterator[TimeExpression]:
    """Temporal expressions in the editorial zones of an article.

    Args:
        article: the zoned article.
        anchor: the publication date to resolve against, or ``None``.

    Yields:
        Temporal expressions, zone by zone in text order.
    """
    day = anchor.value if anchor is not None else None
    text = article.text
    # read as a reader sees it (same offsets): ``Monday`` ending a wrapped line and ``morning``
    # on the next are one expression; ``[Monday](url)`` is ``Monday``
    flat = reader_view(text)
    ctx = _Context(text=flat, lo=0, hi=len(flat), anchor=day)  # the reference time runs on
    for zone in article.zones_of(*EDITORIAL):
        # (headline's English: ``X to host Y``, the infinitive for what is to come)
        ctx.headline_ahead = zone.kind is ZoneKind.HEADLINE and HEADLINE_AHEAD_RE.match(flat, zone.start, zone.end) is not None
        if flat is text:
            yield from _find(flat, zone.start, zone.end, ctx)
            continue
        for found in _find(flat, zone.start, zone.end, ctx):
            yield attrs.evolve(found, span=Span.of(text, *snap_to_entities(text, found.span.start, found.span.end)))


@hookimpl
def newsparse_extract_dates(article: Article, anchor: PublicationDate | None) -> Iterator[TimeExpression]:
    return find_dates(article, anchor)


@hookimpl(trylast=True)  # the fallback: a portal plugin knows its own time stamps
def newsparse_publication_date(dump: Dump, zones: Sequence[Zone]) -> PublicationDate | None:
    return read_publication_date(dump, zones)
