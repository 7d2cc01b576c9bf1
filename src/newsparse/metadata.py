"""From line kinds to zones, and the article's metadata read off the zones.

The zoning hook says what each line is; this module turns those kinds into
:class:`~newsparse.model.Zone` runs and reads the headline, section path,
standfirst, byline, dateline, captions, body paragraphs and related headlines
from them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from itertools import groupby, islice
from typing import Any

import regex

from .default_plugins.zones import (
    AGENCY_SIGNATURE_RE,
    BRACKET_CREDIT_RE,
    BYLINE_LEAD,
    COMMENTS_TAIL,
    CREDIT_LABEL_RE,
    CREDIT_LINE_RE,
    PICTURE_AGENCIES,
    PIPE_CREDIT,
    RELATED_HEAD_RE,
    SOURCE_LABEL_RE,
)
from .model import Byline, Caption, Dateline, Dump, PublicationDate, Span, Zone, ZoneKind
from .reading import MARKDOWN_HEADING_RE, continues

__all__ = [
    "build_zones",
    "read_byline",
    "read_caption",
    "read_dateline",
    "read_metadata",
    "read_publication_date",
    "read_section_path",
    "split_run_on",
]

BREADCRUMB_SEP_RE = regex.compile(r"\s*(?:>>|»|›|>|/|\|)\s*")
BREADCRUMB_PREFIX_RE = regex.compile(r"^\s*(?:Path|You are here|You are at|Location)\s*:\s*", regex.IGNORECASE)
BREADCRUMB_HOME = frozenset({"home", "homepage", "home page", "index"})
BYLINE_PREFIX_RE = regex.compile(r"^\W{0,2}" + BYLINE_LEAD + r"\s*:?\s+", regex.IGNORECASE)
#: Where the names in a byline stop: a date, a time stamp, "on Friday", "Updated".
BYLINE_TAIL_RE = regex.compile(
    r"(?i)\s+(?:on\s+\p{Lu}|updated|published|posted|\d{1,2}:\d\d|\d+\s+mins?\b|(?:mon|tue|wed|thu|fri|sat|sun)\w*day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}-\d\d-\d\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:on\s+)?\d{1,2}[/.]\d{1,2}[/.]\d\d)"  # (``11/14/24``, ``On 11/13/19``, ``14.11.2024``)
)
#: The outlet a byline's author writes for, ending it: ``for The Guardian``, ``FOR MAILONLINE``
FOR_OUTLET_RE = regex.compile(
    r"\s+(?i:for)\s+(?P<org>(?:(?i:the)\s+)?\p{Lu}[\p{L}\d.&'’\-]*+(?:\s+\p{Lu}[\p{L}\d.&'’\-]*+){0,4})$"
)
#: What parts two authors' names: a comma, ``&``, or ``and`` in the languages of the stamps
#: newsparse reads (``und``, ``et``, ``y``, ``e``, ``en``, ``dan``).
_AUTHOR_JOIN = r"\s*[,&]\s*|\s+(?:and|und|et|y|e|en|dan)\s+"
BYLINE_SPLIT_RE = regex.compile(_AUTHOR_JOIN)
#: A time stamp's line ending with its author: ``Posted on October 27, 2015 by Jane Smith``
#: (``by``, and ``von``, ``par``, ``por``, ``door``, ``oleh``); names in capitals to the end,
#: or to a handle in brackets and a blog's comment count (``by Jane Doe (JD) - 5 Comments``).
STAMP_BYLINE_RE = regex.compile(
    r"\d\D{0,40}?\s(?P<by>(?:by|von|par|por|door|oleh)\s+(?P<names>\p{Lu}[\p{L}.'’\-]*+"
    rf"(?:(?:\s+|{_AUTHOR_JOIN})\p{{Lu}}[\p{{L}}.'’\-]*+){{0,7}}))"
    r"(?:\s*\([^()\n]{1,30}\))?(?:" + COMMENTS_TAIL + r".*)?\s*$"
)
#: A byline opening a time stamp's line: ``TOI News Desk / TIMESOFINDIA.COM / Updated: ...``.
STAMP_LEAD_BYLINE_RE = regex.compile(
    r"^(?P<names>\p{Lu}[^/|\n]{1,60}?)\s*+[/|]\s*+(?:[^/|\n]{1,40}?\s*+[/|]\s*+)?"
    r"(?:(?i:updated|published|posted)\b|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d\d)\b)"  # (or the date: ``Selin Aydin |15.11.2024``)
)
BYLINE_STAFF_RE = regex.compile(r"(?i)^(?P<org>[^,]+?)\s+(?:staff(?: writers?| reporters?)?|news desk|newsroom|wire services?)$")
#: A part of a byline naming the author's role, not an author (``Amsterdam correspondent``).
BYLINE_ROLE_RE = regex.compile(
    r"(?i)\b(?:correspondents?|reporters?|editors?|writers?|columnists?|contributors?|journalists?|producers?"
    r"|bureau|desk|chief|staff|analysts?|photographers?|critic|special to|for the)\b"
)
#: The place an author writes from, after the name: ``Kate Connolly in Berlin``.
BYLINE_PLACE_RE = regex.compile(r"\s+in\s+\p{Lu}[\p{L}'’.\- ]*$")
#: A part of a byline naming the author's outlet: ``By Jane Doe, Associated Press``.
BYLINE_ORG_RE = regex.compile(
    r"\b(?:Press|News|Times|Post|Journal|Herald|Tribune|Agency|Network|Daily|Magazine|Radio|Television|TV"
    r"|Reuters|Bloomberg|Xinhua)$"  # (an acronym, ``AFP``, is BYLINE_ACRONYM_RE's)
)
#: Degrees and credentials after an author's name (``Rachael Link, MS, RD``): no author.
CREDENTIALS = frozenset("MS MA MD PhD DO RD RN MPH CPA JD MBA BSc MSc BA BS DPhil LLB LLM DDS DVM Esq Jr Sr".split())
#: One word in capitals: an agency or an outlet (``PTI``, ``IANS``, ``AFP``), not a person.
BYLINE_ACRONYM_RE = regex.compile(r"\p{Lu}{2,6}")
#: An agency dateline opening a report: ``BEIJING, Sept 6 (Reuters) -``.
AGENCY_DATELINE_RE = regex.compile(
    r"^\W{0,2}(?P<place>\p{Lu}[\p{Lu}.'’\-]++(?:\s\p{Lu}[\p{Lu}.'’\-]++){0,3})(?:,\s*[\p{L}.\- ]{1,30}?)?"
    r"(?:,\s*(?P<date>\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    # ``(Reuters) -``, or TASS's ``MOSCOW, December 21. /TASS/.``
    r"(?:\s*\((?P<agency>[\p{L} .&]{2,30})\)\s*[-–—:_]+|\.?\s*/(?P<agency>\p{Lu}[\p{L} .&\-]{1,30})/\.?)"
)
#: A place in capitals opening a report: ``WASHINGTON —``.
CAPS_DATELINE_RE = regex.compile(r"^(?P<place>\p{Lu}[\p{Lu}.'’\- ]{2,30}?)(?:,\s*[\p{L}.\- ]{1,30}?)?\s*[-–—]\s")
#: Photo credits: ``Photo: AP``, ``[Photo/Xinhua]``, ``(Photo by X/Getty Images)``, ``Credit... X``.
CREDIT_RE = regex.compile(
    r"(?i)(?:\[\s*(?:photo|image|picture)s?\s*/\s*(?P<credit>[^\]\n]{1,60}?)\s*\]"
    r"|\(\s*(?:photo|photograph|picture|image)s?\s*(?:by|:|credit:?)\s*(?:[^)/\n]{1,60}/\s*){0,3}(?P<credit>[^)/\n]{1,60}?)\s*\)"
    r"|\b(?:photo|photograph|picture|image)s?\s*(?:credit)?\s*(?::|by)\s*(?:[^/\n]{1,60}/\s*){0,3}(?P<credit>[^\n/]{1,60}?)\s*$"
    r"|\bcredit\s*(?::|\.{2,}|…)\s*(?:[^/\n]{1,60}/\s*){0,3}(?P<credit>[^\n/]{1,60}?)\)?\s*$"
    r"|\((?P<credit>AP|AFP|Reuters|EPA|Xinhua|Getty Images)(?: Photo)?(?:/[^)\n]{0,60})?\)\s*$"
    # a pipe and the credit closing a caption's sentence: ``... on Friday.  | KYODO``
    r"|(?-i:" + PIPE_CREDIT + ")"
    # the photographer and the agency in brackets closing a caption: ``[Abdel Kareem Hana/AP Photo]``
    r"|\[(?:[^\]/\n]{1,60}/\s*){1,3}(?P<credit>[^\]/\n]{1,60}?)(?:\s+Photo)?\s*\]\s*$)"
)
#: A picture agency's credit alone on a line: ``Getty Images``, ``AFP via Getty Images``, ``Reuters``.
BARE_CREDIT_RE = regex.compile(r"^(?:(?:\p{Lu}[\p{L}.\-]*+\s++){1,3}via\s++)?(?:" + PICTURE_AGENCIES + r")$")
#: Where two glued headlines meet: a lower-case word (or a digit, or closing
#: punctuation) directly followed by a capital or a hashtag.
GLUE_RE = regex.compile(r"(?<=[\p{Ll}\d!?)”’\"])(?=\p{Lu}[\p{L}'’\s]|#\p{L})")
MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
#: Written dates: ISO, ``Sept 7, 2017``, ``7 September 2017``, ``Monday, April 24, 2017``.
DATE_RE = regex.compile(
    r"(?i)(?<![\w-])(?:(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"
    rf"|{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)(?!\d)"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?P<year2>(?:19|20)\d\d)(?!\d)"
    r"|(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year3>(?:19|20)\d\d)(?!\d)"
    # a year in two digits, slashes between (``11/14/24 6:33 PM ET``, The Hill's stamps)
    r"|(?P<a2>[0-3]?\d)/(?P<b2>[0-3]?\d)/(?P<yy>\d\d)(?![\d/]))"
)
#: A month and day without a year (``Sept 6``), as in agency datelines.
MONTH_DAY_RE = regex.compile(rf"(?i)(?<!\w){_MONTH}\s+(?P<day>[0-3]?\d)(?!\d)")
YEAR_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: a month name right before a stamp's first number (``Oktober 27, 2015``, ``Sept. 3``)
STAMP_MONTH_RE = regex.compile(r"(?<!\w)\p{L}{3,}\.?\s+\Z")
#: what a stamp ends with after its last number: ``AM``, ``p.m.``, ``Uhr``
STAMP_TAIL_RE = regex.compile(r"\s*(?:[ap]\.?m\b\.?|uhr\b)", regex.IGNORECASE)
#: A label saying a stamp is the publication (not the update) time.
PUBLISHED_RE = regex.compile(r"(?i)\b(?:published|posted|first published|released)\b")
#: How many lines after the body starts a stamp may still be the article's own.
STAMP_WINDOW = 8
#: Zones whose lines the metadata never reads (a dump is mostly these).
_UNREAD = frozenset({ZoneKind.OTHER, ZoneKind.WIDGET})


def build_zones(dump: Dump, kinds: Sequence[ZoneKind]) -> tuple[Zone, ...]:
    """Group consecutive lines of the same kind into zones.

    The zones cover the whole text in order: each line with its line break.

    Args:
        dump: the dump.
        kinds: one kind per line of ``dump.lines``.

    Returns:
        The zones in text order.
    """
    zones = []
    lines = dump.lines
    text = dump.text
    i = 0
    # The runs of one kind (the same object) are measured by groupby, in C: a dump
    # can have a million lines.
    for _, run in groupby(islice(kinds, len(lines)), id):
        j = i + len(list(run)) - 1
        start, end = lines[i].start, lines[j].next_start
        zones.append(
            Zone(
                kind=kinds[i],
                span=Span(start, end, text[start:end]),
                first_line=lines[i].number,
                last_line=lines[j].number,
            )
        )
        i = j + 1
    if i < len(lines):
        kinds[i]  # fewer kinds than lines: the IndexError reading past them always gave
    return tuple(zones)


def split_run_on(text: str, offset: int = 0) -> list[Span]:
    """Split a run of glued headlines into one span per headline.

    A new headline starts where a lower-case word, a digit or closing
    punctuation runs straight into a capital letter (``loversXi``) or a
    hashtag. Short capitalised stems are kept whole, so ``iPhone``,
    ``McDonald`` and ``YouTube`` are not split.

    Args:
        text: the line.
        offset: where the line starts in the article text.

    Returns:
        The headlines, each a span with article offsets, white space trimmed.

    Examples:
        >>> [s.text for s in split_run_on("Xi meets TrumpUS can gain from Belt and Road#Caixin Weekly#Bike craze")]
        ['Xi meets Trump', 'US can gain from Belt and Road', '#Caixin Weekly#Bike craze']
        >>> [s.text for s in split_run_on("New iPhone sales rise at McDonald's")]
        ["New iPhone sales rise at McDonald's"]
    """
    cuts = [0]
    tag_open = False
    for match in GLUE_RE.finditer(text):
        pos = match.start()
        k = pos
        while k > 0 and pos - k < 40 and text[k - 1].isalpha():
            k -= 1
            if text[k].isupper():
                break  # the stem starts at its capital: "eventMc|Donald" has stem "Mc"
        stem = text[k:pos]
        if stem and len(stem) <= 3 and (stem[0].isupper() or len(stem) == 1):
            continue  # iPhone, eBay, McDonald, MacBook, YouTube, LeBron
        if text[pos] == "#":
            if tag_open:
                tag_open = False
                continue  # the closing mark of a tag: "#Caixin Weekly#" heads the next words
            tag_open = True
        cuts.append(pos)
    cuts.append(len(text))
    spans = []
    for start, end in zip(cuts, cuts[1:]):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start + offset, end + offset, text[start:end]))
    return spans


def read_section_path(text: str) -> tuple[str, ...]:
    """The parts of a breadcrumb trail, without a leading "Home".

    Examples:
        >>> read_section_path("Path: Sino-US >> Sino-US News>> Updates >>")
        ('Sino-US', 'Sino-US News', 'Updates')
        >>> read_section_path("Home > World > Asia")
        ('World', 'Asia')
    """
    trail = BREADCRUMB_PREFIX_RE.sub("", text)
    parts = [part.strip() for part in BREADCRUMB_SEP_RE.split(trail) if part.strip()]
    if parts and parts[0].lower() in BREADCRUMB_HOME:
        parts = parts[1:]
    return tuple(parts)


def read_byline(span: Span) -> Byline:
    """The author names and affiliation of a byline line.

    Examples:
        >>> text = "Zhang Yunbi | China Daily"
        >>> b = read_byline(Span.of(text, 0, len(text)))
        >>> b.authors, b.affiliation
        (('Zhang Yunbi',), 'China Daily')
        >>> read_byline(Span.of("By Jane Doe and John Roe", 0, 24)).authors
        ('Jane Doe', 'John Roe')
        >>> b = read_byline(Span.of("Reuters staff", 0, 13))
        >>> b.authors, b.affiliation
        ((), 'Reuters')
        >>> b = read_byline(Span.of("By Global Times", 0, 15))
        >>> b.authors, b.affiliation
        ((), 'Global Times')
        >>> text = "By Anna de Vries, Amsterdam correspondent"
        >>> read_byline(Span.of(text, 0, len(text))).authors
        ('Anna de Vries',)
    """
    if AGENCY_SIGNATURE_RE.match(span.text):
        # ``ab/rt (AFP, Reuters, dpa)``, ``Source: Al Jazeera and news agencies``: the
        # agencies the copy came from (sources, not the publisher), and no author's name
        return Byline(span=span, authors=())
    source = SOURCE_LABEL_RE.match(span.text)
    if source is not None:  # ``Source: Xinhua``: the organisation credited, no author
        return Byline(span=span, authors=(), affiliation=span.text[source.end():].strip() or None)
    names = BYLINE_PREFIX_RE.sub("", span.text)
    tail = BYLINE_TAIL_RE.search(names)
    if tail is not None:
        names = names[: tail.start()]
    names = names.strip(" ,;|-–—")
    affiliation = None
    outlet = FOR_OUTLET_RE.search(names)
    if outlet is not None and outlet.start() > 0:
        # ``By Jane Doe for The Guardian``, ``By REBECCA SHAW FOR MAILONLINE``: the outlet the
        # author writes for (the whole part had been read as a role, and the name lost)
        affiliation = outlet["org"]
        names = names[:outlet.start()]
    if "|" in names:
        names, affiliation = (part.strip() for part in names.split("|", 1))
    staff = BYLINE_STAFF_RE.match(names)
    if staff is not None:
        return Byline(span=span, authors=(), affiliation=staff["org"].strip())
    authors: list[str] = []
    parts = BYLINE_SPLIT_RE.split(names)
    for part in parts:
        part = part.strip()
        part = BYLINE_PLACE_RE.sub("", part)  # ``Kate Connolly in Berlin``
        if BYLINE_ROLE_RE.search(part) and not part.islower():
            part = _name_before_role(part)  # ``Will Judd Former Deputy Tech Editor``: the name
        if not part or part.islower() or part.replace(".", "") in CREDENTIALS:
            continue  # ``Amsterdam correspondent``, ``special to``: the author's role, no name
        if affiliation is None and (BYLINE_ORG_RE.search(part) and (authors or len(parts) == 1 and _outlet_alone(part))
                                    or BYLINE_ACRONYM_RE.fullmatch(part)):
            # ``By Jane Doe, Associated Press``; ``By Global Times``, ``The Associated Press``
            # (the outlet alone); ``PTI``, ``IANS``: an agency
            affiliation = part
            continue
        authors.append(part)
    return Byline(span=span, authors=tuple(authors), affiliation=affiliation or None)


#: words that open a role after an author's name in the same part (``Former Deputy Tech Editor``)
ROLE_OPENERS = frozenset(
    "former senior deputy chief staff contributing associate managing executive assistant lead principal "
    "special political foreign digital".split()
)


def _name_before_role(part: str) -> str:
    """The name a role in capitals follows in one part of a byline, or ``""`` (the part is a role).

    The role opens with one of ``ROLE_OPENERS``, two or three name words in: ``Will Judd Former
    Deputy Tech Editor`` is ``Will Judd``; ``Amsterdam Correspondent``, ``News Nation Bureau``
    and ``Jane Doe Politics Reporter`` (where would the name end?) none.

    Examples:
        >>> _name_before_role("Will Judd Former Deputy Tech Editor"), _name_before_role("Jane Doe Senior Writer")
        ('Will Judd', 'Jane Doe')
        >>> _name_before_role("Amsterdam Correspondent"), _name_before_role("Jane Doe Politics Reporter")
        ('', '')
        >>> _name_before_role("Washington Bureau Chief"), _name_before_role("New York Times Staff Writer")
        ('', '')
        >>> _name_before_role("News Nation Bureau"), _name_before_role("Ap National Security Writer")
        ('', '')
    """
    words = part.split()
    if not all(w[:1].isupper() for w in words):
        return ""
    for k in (2, 3):
        if k < len(words) and words[k].lower() in ROLE_OPENERS:
            name = " ".join(words[:k])
            if BYLINE_ROLE_RE.search(" ".join(words[k:])) and not BYLINE_ROLE_RE.search(name) \
                    and not BYLINE_ORG_RE.search(name):
                return name  # (not a role's or an outlet's: ``Washington Bureau Chief``)
            return ""
    return ""


def _outlet_alone(part: str) -> bool:
    """Whether a byline's only part, ending like an outlet's name, is all of one: three words
    at most, or opening with ``The`` (``Global Times``, ``The New York Times``; not ``Tom
    Davies Associated Press``, a name run into the outlet's)."""
    words = part.split()
    return len(words) <= 3 or words[0] == "The"


def _stamp_byline(span: Span) -> Byline | None:
    """The author a time stamp's line ends with (``... 2015 by Jane Smith``), or starts with
    (``TOI News Desk / TIMESOFINDIA.COM / Updated: Dec 21, 2024``), as a byline."""
    match = STAMP_BYLINE_RE.search(span.text)
    if match is None:
        lead = STAMP_LEAD_BYLINE_RE.match(span.text)
        if lead is None:
            return None
        return read_byline(Span.from_match(lead, "names", offset=span.start))
    authors = tuple(a for a in BYLINE_SPLIT_RE.split(match["names"]) if a)
    start, end = match.span("by")
    return Byline(span=Span(span.start + start, span.start + end, match["by"]), authors=authors)


def read_dateline(span: Span) -> Dateline | None:
    """The dateline opening a line (``BEIJING, Sept 6 (Reuters) -``), with its place.

    Examples:
        >>> text = "BEIJING, Sept 6 (Reuters) - China said on Wednesday ..."
        >>> d = read_dateline(Span.of(text, 0, len(text)))
        >>> d.span.text, d.place
        ('BEIJING, Sept 6 (Reuters) -', 'BEIJING')
    """
    match = AGENCY_DATELINE_RE.match(span.text) or CAPS_DATELINE_RE.match(span.text)
    if match is None:
        return None
    end = match.end()
    while end > 0 and span.text[end - 1].isspace():
        end -= 1
    place = match["place"].strip()
    return Dateline(span=Span(span.start, span.start + end, span.text[:end]), place=place or None)


def read_caption(span: Span) -> Caption:
    """A caption with the source its photo is credited to.

    Examples:
        >>> text = "Xi and Trump walk together at Mar-a-Lago. Photo: AP"
        >>> read_caption(Span.of(text, 0, len(text))).credit
        'AP'
        >>> text = "Workers at the site. (Photo by John Doe/Getty Images)"
        >>> read_caption(Span.of(text, 0, len(text))).credit
        'Getty Images'
        >>> read_caption(Span.of("Rescuers at work. [Photo/Xinhua]", 0, 32)).credit
        'Xinhua'
        >>> read_caption(Span.of("Rubble in Gaza [Abdel Kareem Hana/AP Photo]", 0, 43)).credit
        'AP'
    """
    match = None
    for match in CREDIT_RE.finditer(span.text):  # noqa: B007 - keep the last credit on the line
        pass
    if match is None or not match["credit"]:
        return Caption(span=span)
    credit_span = Span.from_match(match, "credit", offset=span.start)
    return Caption(span=span, credit=credit_span.text, credit_span=credit_span)


def _captions(text: str, spans: list[Span]) -> list[Caption]:
    """The captions of the caption lines: a line without a credit and a credit alone on the
    next line (``Image: Jens Schlueter/AFP``, ``Ben Curtis/AP``) are one caption; so are a
    bare credit and the line without a credit under it (``Getty Images`` / ``Zelensky spoke
    in Kyiv``)."""
    out: list[Caption] = []
    for caption in map(read_caption, spans):
        last = out[-1] if out else None
        if last is not None and last.credit_span is None and text.count("\n", last.span.end, caption.span.start) == 1 \
                and not text[last.span.end:caption.span.start].strip():
            joined = _joined_credit(text, last, caption)
            if joined is not None:
                out[-1] = Caption(span=Span.of(text, last.span.start, caption.span.end),
                                  credit=joined[0], credit_span=joined[1])
                continue
        out.append(caption)
    return out


def _joined_credit(text: str, above: Caption, below: Caption) -> tuple[str | None, Span | None] | None:
    """When a caption line without a credit and the caption line right under it are one
    caption: its credit and the credit's span (both ``None`` for one that names nobody);
    else ``None``."""
    if below.credit_span is not None and CREDIT_LABEL_RE.match(below.span.text) is not None \
            or above.span.text.endswith(":") and " " not in above.span.text:
        # a labelled credit under its caption (``Image: Jens Schlueter/AFP``), or a label over
        # its caption (``Image:`` / ``The chancellor spoke to reporters``)
        return below.credit, below.credit_span
    if below.credit_span is not None:
        return None
    if BARE_CREDIT_RE.match(above.span.text):
        return above.span.text, above.span  # ``Getty Images`` over its caption
    bracket = BRACKET_CREDIT_RE.match(below.span.text)
    if bracket is not None:
        # ``(ABC News: Jess Langford)`` under its caption: the outlet credited, or who
        # supplied the picture (``(Supplied: Queensland Police)``; ``(Supplied)`` names nobody)
        group = "who" if bracket["supplied"] else "outlet"
        credit = Span.from_match(bracket, group, below.span.start) if bracket[group] else None
        return (credit.text if credit else None), credit
    if CREDIT_LINE_RE.match(below.span.text):
        # ``Ben Curtis/AP`` under its caption: the photographer and the agency credited
        line = below.span.text
        at = line.rindex("/") + 1
        at += len(line[at:]) - len(line[at:].lstrip())
        credit = Span.of(text, below.span.start + at, below.span.end)
        return credit.text, credit
    return None


def _zone_lines(dump: Dump, zone: Zone, limit: int | None = None) -> list[Span]:
    """The zone's lines as spans, without their edge white space; in hard-wrapped text,
    the lines of one paragraph make one span. ``limit``: its first lines only."""
    # str.strip() skips the same white space as str.isspace(), in C.
    spans: list[Span] = []
    width = dump.wrap_width
    last = zone.last_line if limit is None else min(zone.last_line, zone.first_line - 1 + limit)
    lines = dump.lines[zone.first_line - 1 : last]
    for i, line in enumerate(lines):
        content = line.text
        stripped = content.strip()
        if stripped:
            start = line.start + len(content) - len(content.lstrip())
            end = start + len(stripped)
            if width is not None and spans and continues(lines[i - 1].text, content, width):
                start = spans.pop().start  # (the previous line goes on in this one)
            spans.append(Span(start, end, dump.text[start:end]))
    return spans


def read_metadata(dump: Dump, zones: Sequence[Zone]) -> dict[str, Any]:
    """Read the article's metadata off its zones.

    Args:
        dump: the dump.
        zones: its zones.

    Returns:
        Keyword arguments for :class:`~newsparse.model.Article`: ``headline``,
        ``section_path``, ``standfirst``, ``byline``, ``dateline``, ``captions``,
        ``paragraphs`` and ``related``.
    """
    by_kind: dict[ZoneKind, list[Span]] = {}
    for zone in zones:
        if zone.kind not in _UNREAD:
            by_kind.setdefault(zone.kind, []).extend(_zone_lines(dump, zone))

    def first(kind: ZoneKind) -> Span | None:
        spans = by_kind.get(kind)
        return spans[0] if spans else None

    crumb = first(ZoneKind.BREADCRUMB)
    section_path = read_section_path(crumb.text) if crumb is not None else ()

    by = first(ZoneKind.BYLINE)
    byline = read_byline(by) if by is not None else None
    if byline is None or not byline.authors and AGENCY_SIGNATURE_RE.match(byline.span.text):
        # a time stamp ending with its author, as a dateline or a line of its own
        # above the body (``Posted on Oktober 27, 2015 by Admin``)
        head: list[Span] = []
        for zone in zones:
            if zone.kind is ZoneKind.BODY or len(head) >= 3:
                break
            if zone.kind is ZoneKind.OTHER:
                head.extend(_zone_lines(dump, zone, limit=6)[:3])
        signature = byline
        for span in by_kind.get(ZoneKind.DATELINE, [])[:3] + head[:3]:
            byline = _stamp_byline(span)
            if byline is not None:
                break
        else:
            byline = signature  # (a report's closing signature, when no author is named above)

    dateline = None
    for span in by_kind.get(ZoneKind.DATELINE, [])[:3] + by_kind.get(ZoneKind.BODY, [])[:1]:
        dateline = read_dateline(span)
        if dateline is not None:
            break
    stamp = first(ZoneKind.DATELINE)
    if dateline is None and stamp is not None:
        dateline = Dateline(span=stamp)

    captions = _captions(dump.text, by_kind.get(ZoneKind.CAPTION, []))

    related: list[Span] = []
    for span in by_kind.get(ZoneKind.RELATED, []):
        if RELATED_HEAD_RE.match(span.text):
            continue  # the list's heading, not a headline
        related.extend(split_run_on(span.text, span.start))

    headline = first(ZoneKind.HEADLINE)
    if headline is not None and headline.text.startswith("#"):
        mark = MARKDOWN_HEADING_RE.match(headline.text)  # (Markdown: ``# Storm hits coast``)
        if mark is not None and mark.end() < len(headline.text):
            headline = Span(headline.start + mark.end(), headline.end, headline.text[mark.end():])
    return {
        "headline": headline,
        "section_path": section_path,
        "standfirst": first(ZoneKind.STANDFIRST),
        "byline": byline,
        "dateline": dateline,
        "captions": tuple(captions),
        "paragraphs": tuple(by_kind.get(ZoneKind.BODY, [])),
        "related": tuple(related),
    }


def _full_date(match: regex.Match[str]) -> dt.date | None:
    try:
        if match["y"]:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        if match["year"]:
            return dt.date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
        if match["year2"]:
            return dt.date(int(match["year2"]), MONTHS[match["month2"].lower()], int(match["day2"]))
        if match["yy"]:
            # 11/14/24 (US, month first), or 14/11/24 (day first, when it cannot be a month)
            a, b = int(match["a2"]), int(match["b2"])
            month, day = (b, a) if a > 12 else (a, b)
            return dt.date(2000 + int(match["yy"]), month, day)
        # 10/31/2024 (US, month first) or 31.10.2024 / 31/10/2024 (day first).
        a, b = int(match["a"]), int(match["b"])
        month, day = (b, a) if match["sep"] == "." or a > 12 else (a, b)
        return dt.date(int(match["year3"]), month, day)
    except (ValueError, KeyError):
        return None


#: Languages whose time stamps dateparser reads (fewer load faster).
STAMP_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "tr", "sv", "id", "ro", "cs")
#: the words of a stamp (a month name among them), and its numbers but for a time of day's
STAMP_WORD_RE = regex.compile(r"\p{L}+")
STAMP_NUMBER_RE = regex.compile(r"\d{1,2}:\d\d(?::\d\d)?|(\d+)")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")


@functools.lru_cache(maxsize=16)
def _date_data_parser(languages: tuple[str, ...] = STAMP_LANGUAGES) -> Any:
    # dateparser is imported and set up on first use only: most dumps never need it.
    import dateparser.date

    return dateparser.date.DateDataParser(
        languages=list(languages),
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            # Absolute dates only: a relative one ("heute") is read from the wall clock.
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        },
        # The languages are tried in their order for every stamp, never the one
        # that read the previous stamp first: the date of a dump must not depend
        # on which dumps the process parsed before it ("05.06.2019" is 5 June
        # after a German stamp, 6 May after an English one).
        try_previous_locales=False,
    )


@functools.lru_cache(maxsize=1)
def _month_languages() -> dict[str, frozenset[str]] | None:
    """Each word of a month name of :data:`STAMP_LANGUAGES` (lower-cased): the languages naming a month so.

    Read from dateparser's own data, so that the two agree; ``None`` when that
    data is not where this dateparser keeps it (every stamp then goes to every
    language).
    """
    import importlib

    names: dict[str, set[str]] = {}
    try:
        for language in STAMP_LANGUAGES:
            info = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
            for key in _MONTH_KEYS:
                for name in info[key]:
                    for word in STAMP_WORD_RE.findall(name.lower()):
                        names.setdefault(word, set()).add(language)
    except (ImportError, AttributeError, KeyError, TypeError):
        return None
    return {word: frozenset(languages) for word, languages in names.items()}


def _stamp_languages(stamp: str) -> tuple[str, ...]:
    """The languages dateparser may read ``stamp`` in as a whole date, in :data:`STAMP_LANGUAGES` order.

    A whole date names its month or gives it as a number: with three numbers
    or more besides a time of day (``11.14.2019 09:00``) any language may read it; otherwise only the
    languages with a month name among its words (none: ``2019 após 36
    etapas``, ``30, 2015 by Admin``). dateparser tries each language in turn and
    builds its patterns on first use, a fifth of a second for all of them:
    trying only these keeps the result and spares the rest.
    """
    if sum(1 for m in STAMP_NUMBER_RE.finditer(stamp) if m.group(1)) >= 3:
        return STAMP_LANGUAGES
    months = _month_languages()
    if months is None:
        return STAMP_LANGUAGES
    named: set[str] = set()
    for word in STAMP_WORD_RE.findall(stamp.lower()):
        named.update(months.get(word, ()))
    return tuple(language for language in STAMP_LANGUAGES if language in named)


def _foreign_stamp(line: str) -> tuple[int, int, dt.date] | None:
    """A full date in a short stamp line that the English patterns do not read.

    dateparser reads the many formats and languages of time stamps; it is given
    only the stamp (its label cut off), never running text.
    """
    year = YEAR_RE.search(line) if 6 <= len(line) <= 80 else None
    if year is None:  # only absolute stamps: "2 days ago" would need the wall clock
        return None
    # Give dateparser the stamp from its first number on: labels before it
    # (``Updated:``, ``Publié le``) are not part of the date.
    start = next(i for i, c in enumerate(line) if c.isdigit())
    end = len(line.rstrip())
    date = _stamp_date(line[start:end], int(year.group()))
    if date is None:
        # A month named before the number, and words after the last number
        # (``Posted on Oktober 27, 2015 by Admin``): the stamp is what lies
        # between them. Tried second, so a stamp read whole stays as it was.
        month = STAMP_MONTH_RE.search(line, 0, start)
        last = max(i for i, c in enumerate(line) if c.isdigit()) + 1
        tail = STAMP_TAIL_RE.match(line, last)
        start2, end2 = (month.start() if month else start), (tail.end() if tail else last)
        if (start2, end2) != (start, end):
            start, end = start2, end2
            date = _stamp_date(line[start:end], int(year.group()))
    return None if date is None else (start, end, date)


def _stamp_date(stamp: str, year: int) -> dt.date | None:
    """The day dateparser reads in a stamp, if it is a whole date of ``year``."""
    languages = _stamp_languages(stamp)
    if not languages:
        return None
    try:
        found = _date_data_parser(languages).get_date_data(stamp)
    except Exception:  # dateparser fails on odd input in many ways: no date, then
        return None
    if found is None or found.date_obj is None or found.period != "day":
        return None
    if found.date_obj.year != year:  # read relative to today, not from the stamp
        return None
    return found.date_obj.date()  # type: ignore[no-any-return]


def read_publication_date(dump: Dump, zones: Sequence[Zone]) -> PublicationDate | None:
    """The publication date from the dump's own time stamps.

    Looks at the stamps in dateline zones, then bylines, then the lines around
    the top of the body; a stamp labelled ``Published`` / ``Posted`` wins over
    one labelled ``Updated``. A month and day without a year (an agency
    dateline, ``BEIJING, Sept 6 (Reuters) -``) is used only with a year found
    in another stamp of the page, and with low confidence. Never the wall clock.

    Args:
        dump: the dump.
        zones: its zones.

    Returns:
        The date with the span of the stamp it was read from, or ``None``.

    Examples:
        >>> from newsparse.reading import read_dump
        >>> from newsparse.default_plugins.zones import zone_lines
        >>> dump = read_dump("Storm hits coast\\nUpdated: 2017-09-07 07:33\\n\\n"
        ...                  "A storm hit the coast on Monday, cutting power to thousands, officials said.\\n")
        >>> read_publication_date(dump, build_zones(dump, zone_lines(dump))).value
        datetime.date(2017, 9, 7)
        >>> dump = read_dump("Storm hits coast\\nUpdated: 10/31/2024\\n\\n"
        ...                  "A storm hit the coast on Monday, cutting power to thousands, officials said.\\n")
        >>> read_publication_date(dump, build_zones(dump, zone_lines(dump))).value
        datetime.date(2024, 10, 31)
    """
    text = dump.text
    tiers: dict[ZoneKind, float] = {ZoneKind.DATELINE: 0.9, ZoneKind.BYLINE: 0.8}
    body_start = next((z.start for z in zones if z.kind is ZoneKind.BODY), None)
    candidates: list[tuple[bool, bool, float, int, dt.date, Span]] = []
    for zone in zones:
        confidence = tiers.get(zone.kind)
        if confidence is None:
            continue
        for match in DATE_RE.finditer(text, zone.start, zone.end):
            value = _full_date(match)
            if value is not None:
                line_start = text.rfind("\n", 0, match.start()) + 1
                published = PUBLISHED_RE.search(text, line_start, match.start()) is not None
                above = body_start is None or match.start() < body_start
                candidates.append((published, above, confidence, -match.start(), value, Span.from_match(match)))
    if not candidates:
        # Stamps in other formats or languages (``Publié le 24 avril 2017``).
        for zone in zones:
            if zone.kind is ZoneKind.DATELINE:
                for line in dump.lines[zone.first_line - 1 : zone.last_line]:
                    found = _foreign_stamp(line.text)
                    if found is not None:
                        start, end, value = found
                        return PublicationDate(
                            value=value, span=Span.of(text, line.start + start, line.start + end), confidence=0.7
                        )
    if candidates:
        # A stamp labelled "Published" first, then one above the body, then the tier.
        published, above, confidence, _, value, span = max(candidates, key=lambda c: c[:4])
        confidence = min(confidence + 0.05 * published, 1.0) if above or published else confidence - 0.2
        return PublicationDate(value=value, span=span, confidence=confidence)
    # Stamps in other lines just above or at the top of the body.
    lines = dump.lines
    if body_start is not None:
        first_body = next((i for i, line in enumerate(lines) if line.start >= body_start), 0)
        lo, hi = max(0, first_body - STAMP_WINDOW), min(len(lines), first_body + 2)
        for line in lines[lo:hi]:
            if len(line.text) > 300:
                continue
            stamp = DATE_RE.search(line.text)
            if stamp is not None and (value := _full_date(stamp)) is not None:
                return PublicationDate(value=value, span=Span.from_match(stamp, offset=line.start), confidence=0.6)
        for line in lines[lo:first_body]:
            if YEAR_RE.search(line.text) and (found := _foreign_stamp(line.text)) is not None:
                start, end, value = found
                return PublicationDate(
                    value=value, span=Span.of(text, line.start + start, line.start + end), confidence=0.5
                )
        # An agency dateline gives month and day; a year must come from elsewhere.
        line = lines[first_body]
        dateline = AGENCY_DATELINE_RE.match(line.text)
        if dateline is not None and dateline["date"]:
            md = MONTH_DAY_RE.search(dateline["date"])
            year = YEAR_RE.search(text, 0, min(len(text), 200_000))
            if md is not None and year is not None:
                try:
                    value = dt.date(int(year.group()), MONTHS[md["month"].lower()], int(md["day"]))
                except (ValueError, KeyError):
                    return None
                start = line.start + dateline.start("date")
                return PublicationDate(
                    value=value, span=Span(start, start + len(dateline["date"]), dateline["date"]), confidence=0.3
                )
    return None
