"""The value types newsparse produces and plugins exchange.

Every public type is a small frozen :mod:`attrs` class: hashable, safe to share
between threads and processes, and changed only with :func:`attrs.evolve`.
Everything extracted from a dump carries a :class:`Span`, whose ``text`` is
exactly ``article.text[span.start:span.end]``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

import attrs

__all__ = [
    "Agency",
    "Article",
    "Byline",
    "Caption",
    "CueVerb",
    "Dateline",
    "Dump",
    "Granularity",
    "Line",
    "Problem",
    "PublicationDate",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceKind",
    "Span",
    "TimeExpression",
    "TimexType",
    "Zone",
    "ZoneKind",
]


# --------------------------------------------------------------------------- enums


class ZoneKind(str, enum.Enum):
    """What a run of lines in a dump is.

    Blank lines belong to the zone around them; every line is in exactly one zone.
    """

    BREADCRUMB = "breadcrumb"  #: the section path (``Path: World >> Asia >>``)
    HEADLINE = "headline"  #: the article's title
    STANDFIRST = "standfirst"  #: the summary under the headline
    BYLINE = "byline"  #: author names and their affiliation
    DATELINE = "dateline"  #: places, dates and time stamps of the article
    CAPTION = "caption"  #: photo captions and credits
    BODY = "body"  #: the article's paragraphs
    RELATED = "related"  #: related-story lists and their headings
    WIDGET = "widget"  #: share, reaction, comment, print and prev/next controls
    OTHER = "other"  #: menus, footers, notices, ads, anything else

    def __str__(self) -> str:
        return self.value


class QuoteKind(str, enum.Enum):
    """How a quote renders the speaker's words."""

    DIRECT = "direct"  #: verbatim, inside quotation marks
    INDIRECT = "indirect"  #: reported speech, no quotation marks
    MIXED = "mixed"  #: reported speech holding a quoted fragment

    def __str__(self) -> str:
        return self.value


class SourceKind(str, enum.Enum):
    """What kind of body a :class:`Source` is."""

    AGENCY = "agency"  #: News agencies (Xinhua, Reuters, AP, KCNA, TASS).
    MEDIA = "media"  #: Newspapers, broadcasters and websites; "media reports".
    BODY = "body"  #: Governments, ministries, organisations, companies.
    GROUP = "group"  #: Unnamed groups of people ("diplomats", "experts").
    PHOTO_CREDIT = "photo_credit"  #: who a photo is credited to
    PUBLISHER = "publisher"  #: the publisher of the dump itself
    OTHER = "other"  #: anything else credited with information

    def __str__(self) -> str:
        return self.value


class TimexType(str, enum.Enum):
    """The TIMEX3 ``type`` of a temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"

    def __str__(self) -> str:
        return self.value


class Granularity(str, enum.Enum):
    """The unit a temporal expression is resolved to."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


def _to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    # A typed converter: attrs' mypy plugin reads the accepted type from it.
    return tuple(items)


def _to_zone_kind(value: ZoneKind | str) -> ZoneKind:
    # ZoneKind(value), without the call through the enum machinery for a ZoneKind (a dump
    # has a zone per run of lines, and every zone is made with one)
    return value if type(value) is ZoneKind else ZoneKind(value)


@functools.lru_cache(maxsize=128)
def _zone_kinds(kinds: tuple[ZoneKind | str, ...]) -> frozenset[ZoneKind]:
    # Article.zones_of's kinds: asked for the same few sets in every article
    return frozenset(map(ZoneKind, kinds))


def _confidence(instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be in [0, 1], got {value!r}")


def _check(item: Any, kinds: Mapping[str, tuple[type, bool]]) -> None:
    """Raise the error of an extracted item that fails its one-line check (extractions are
    made by the hundred thousand, and an attrs validator per field costs a call each):
    each field named in ``kinds`` is of its type (or ``None`` when allowed) and
    ``confidence`` is in [0, 1]."""
    for name, (kind, optional) in kinds.items():
        value = getattr(item, name)
        if not isinstance(value, kind) and not (optional and value is None):
            raise TypeError(f"'{name}' must be {kind!r} (got {value!r} that is a {type(value)!r})")
    if not 0.0 <= item.confidence <= 1.0:
        raise ValueError(f"confidence must be in [0, 1], got {item.confidence!r}")


# --------------------------------------------------------------------------- spans


@attrs.frozen
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``.

    Offsets are Python ``str`` indices into the decoded text.

    Examples:
        >>> text = "Putin said so."
        >>> Span.of(text, 0, 5)
        Span(start=0, end=5, text='Putin')
        >>> len(Span.of(text, 6, 10))
        4
    """

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        # One check for the three fields: spans are made by the hundred thousand.
        if not 0 <= self.start <= self.end or len(self.text) != self.end - self.start:
            if self.start < 0:
                raise ValueError(f"span start must be >= 0, got {self.start}")
            if self.end < self.start:
                raise ValueError(f"span end {self.end} is before its start {self.start}")
            raise ValueError(
                f"span text has {len(self.text)} characters but covers {self.end - self.start}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text`` from ``start`` to ``end``."""
        return cls(start, end, text[start:end])

    @classmethod
    def from_match(cls, match: Any, group: int | str = 0, offset: int = 0) -> Span:
        """The span of one group of a ``re`` / ``regex`` match.

        Args:
            match: a match object.
            group: the group to take.
            offset: added to the match's offsets, when the pattern ran on a slice
                of the text starting at ``offset``.
        """
        start, end = match.span(group)
        return cls(start + offset, end + offset, match.group(group))

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


# --------------------------------------------------------------------------- input


class Line(NamedTuple):
    """One line of a dump.

    ``text`` is the line without its line break; ``end`` is where the content
    stops and ``next_start`` where the next line begins (after the break).

    A named tuple rather than an attrs class: a dump has one per line (a million
    in a megabyte of blank lines), and a tuple is several times cheaper to make.
    """

    number: int  #: 1-based
    start: int
    end: int
    next_start: int
    text: str

    @property
    def is_blank(self) -> bool:
        """Whether the line holds only white space."""
        return not self.text.strip()

    @property
    def span(self) -> Span:
        """The line's content as a span (without its line break)."""
        return Span(self.start, self.end, self.text)


@attrs.frozen(kw_only=True)
class Dump:
    """A decoded dump, split into lines: the input of the zoning hook.

    Build one with :func:`newsparse.reading.read_dump`.
    """

    text: str = attrs.field(repr=False)
    lines: tuple[Line, ...] = attrs.field(converter=_to_tuple, default=(), repr=False)
    name: str | None = None  #: the file path or another name of the input
    url: str | None = None
    encoding: str | None = None  #: ``None`` when the input was already ``str``
    problems: tuple[Problem, ...] = attrs.field(converter=_to_tuple, default=())

    @functools.cached_property
    def wrap_width(self) -> int | None:
        """The width the text was hard-wrapped at (``lynx -dump``, ``html2text``), or ``None``.

        See :func:`newsparse.reading.wrap_width`; the lines of one paragraph are
        then read as one (:func:`newsparse.reading.wrapped_runs`).
        """
        return _reading().wrap_width([line.text for line in self.lines])  # type: ignore[no-any-return]


@functools.cache
def _reading() -> Any:
    # newsparse.reading, which builds Dumps: imported when first needed, then kept (an
    # import statement in Dump.wrap_width would cost more than the width of a short dump)
    from . import reading

    return reading


@attrs.frozen(kw_only=True)
class Zone:
    """A run of whole lines of one :class:`ZoneKind`."""

    kind: ZoneKind = attrs.field(converter=_to_zone_kind)
    span: Span
    first_line: int  #: number of the zone's first line (1-based)
    last_line: int  #: number of its last line

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


# --------------------------------------------------------------------------- metadata


@attrs.frozen(kw_only=True)
class Byline:
    """The byline line and the author names read from it."""

    span: Span
    authors: tuple[str, ...] = attrs.field(converter=_to_tuple, default=())
    affiliation: str | None = None  #: ``China Daily`` in ``Zhang Yunbi | China Daily``


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline (``BEIJING, Sept 6 (Reuters) -``) and the place it names."""

    span: Span
    place: str | None = None


@attrs.frozen(kw_only=True)
class Caption:
    """A photo caption and the source its photo is credited to."""

    span: Span
    credit: str | None = None  #: ``AP`` in ``... Photo: AP``
    credit_span: Span | None = None


@attrs.frozen(kw_only=True)
class PublicationDate:
    """When the article was published.

    ``span`` is the time stamp in the dump it was read from, or ``None`` when
    the caller gave the date.
    """

    value: dt.date = attrs.field(validator=attrs.validators.instance_of(dt.date))
    span: Span | None = None
    confidence: float = attrs.field(default=1.0, validator=_confidence)
    origin: str = ""


# --------------------------------------------------------------------------- extractions


@attrs.frozen(kw_only=True)
class Source:
    """A medium, agency, body or group credited with information."""

    name: str  #: the canonical name (``Xinhua`` for ``China's Xinhua News Agency``)
    kind: SourceKind
    span: Span
    confidence: float = 1.0
    origin: str = ""  #: the plugin that found it; set (or corrected) by the host

    def __attrs_post_init__(self) -> None:
        if not (isinstance(self.kind, SourceKind) and 0.0 <= self.confidence <= 1.0):
            _check(self, _SOURCE_FIELDS)  # (says what is wrong)


@attrs.frozen(kw_only=True)
class Quote:
    """Attributed speech: what was said, by whom, with which cue.

    ``content`` runs from the first quoted piece to the last; when the
    attribution interrupts it (``"A," he said, "B."``) the pieces are in
    ``parts``. The built-in extractor draws a content's edges as the
    attribution corpora do: the complementizer is in (``said [that the talks
    failed]``), the full stop closing the sentence out.
    ``speaker`` is the mention in the text (possibly a pronoun);
    ``speaker_name`` is the fullest name the article gives that speaker.
    """

    content: Span
    kind: QuoteKind
    parts: tuple[Span, ...] = attrs.field(converter=_to_tuple, default=())
    speaker: Span | None = None
    speaker_name: str | None = None
    cue: Span | None = None
    cue_class: str | None = None  #: ``speech``, ``belief``, ``evidence``, ...
    source: str | None = None  #: the source the quote came through (nearest the speaker)
    source_chain: tuple[str, ...] = attrs.field(converter=_to_tuple, default=())
    confidence: float = 1.0
    origin: str = ""

    def __attrs_post_init__(self) -> None:
        if not (isinstance(self.kind, QuoteKind) and 0.0 <= self.confidence <= 1.0):
            _check(self, _QUOTE_FIELDS)  # (says what is wrong)


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A temporal expression with its TIMEX3 type and value.

    ``value`` follows TIMEX3: ``2017-09-04``, ``2017-W16``, ``P3M``,
    ``PRESENT_REF``, ``XXXX-09-03`` when the year is unknown.
    """

    span: Span
    type: TimexType
    value: str
    granularity: Granularity | None = None
    mod: str | None = None  #: The TIMEX3 mod (``START``, ``EARLY``, ``APPROX``, ...).
    confidence: float = 1.0
    origin: str = ""

    def __attrs_post_init__(self) -> None:
        g = self.granularity
        if not (isinstance(self.type, TimexType) and (g is None or isinstance(g, Granularity))
                and 0.0 <= self.confidence <= 1.0):
            _check(self, _TIMEX_FIELDS)  # (says what is wrong)


_SOURCE_FIELDS: Mapping[str, tuple[type, bool]] = {"kind": (SourceKind, False)}
_QUOTE_FIELDS: Mapping[str, tuple[type, bool]] = {"kind": (QuoteKind, False)}
_TIMEX_FIELDS: Mapping[str, tuple[type, bool]] = {"type": (TimexType, False), "granularity": (Granularity, True)}


@attrs.frozen(kw_only=True)
class Problem:
    """Something that went wrong while parsing, kept on the Article.

    ``kind`` is one of ``plugin-error`` (a plugin raised), ``invalid-result``
    (a plugin returned something unusable), ``timeout`` (a plugin ran over its
    budget), ``decoding`` (characters had to be replaced) or ``conflict``.
    """

    kind: str
    message: str
    plugin: str | None = None
    hook: str | None = None


# --------------------------------------------------------------------------- lexicon


@attrs.frozen(kw_only=True)
class CueVerb:
    """A reporting word or phrase (``said``, ``according to``) and its class."""

    text: str
    cue_class: str = "speech"  #: ``speech``, ``belief``, ``evidence``, ...


@attrs.frozen(kw_only=True)
class Agency:
    """A source the lexicon knows by name, with its aliases.

    Examples:
        >>> Agency(name="Xinhua", aliases=("Xinhua News Agency",), kind=SourceKind.AGENCY)
        Agency(name='Xinhua', aliases=('Xinhua News Agency',), kind=<SourceKind.AGENCY: 'agency'>)
    """

    name: str
    aliases: tuple[str, ...] = attrs.field(converter=_to_tuple, default=())
    kind: SourceKind = attrs.field(
        default=SourceKind.AGENCY, validator=attrs.validators.instance_of(SourceKind)
    )


# --------------------------------------------------------------------------- article


@attrs.frozen(kw_only=True)
class Article:
    """A parsed dump: its zones, metadata and everything extracted from it.

    The zones partition ``text``: joined in order, their spans give back the
    whole text, boilerplate included.
    """

    text: str = attrs.field(repr=False)
    name: str | None = None
    url: str | None = None
    encoding: str | None = None
    zones: tuple[Zone, ...] = attrs.field(converter=_to_tuple, default=(), repr=False)
    headline: Span | None = None
    section_path: tuple[str, ...] = attrs.field(converter=_to_tuple, default=())
    standfirst: Span | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    publisher: str | None = None
    publication_date: PublicationDate | None = None
    captions: tuple[Caption, ...] = attrs.field(converter=_to_tuple, default=())
    paragraphs: tuple[Span, ...] = attrs.field(converter=_to_tuple, default=(), repr=False)
    related: tuple[Span, ...] = attrs.field(converter=_to_tuple, default=(), repr=False)
    quotes: tuple[Quote, ...] = attrs.field(converter=_to_tuple, default=(), repr=False)
    sources: tuple[Source, ...] = attrs.field(converter=_to_tuple, default=(), repr=False)
    dates: tuple[TimeExpression, ...] = attrs.field(converter=_to_tuple, default=(), repr=False)
    problems: tuple[Problem, ...] = attrs.field(converter=_to_tuple, default=())

    def zones_of(self, *kinds: ZoneKind | str) -> Iterator[Zone]:
        """The zones of the given kinds, in text order."""
        try:
            wanted = _zone_kinds(kinds)
        except TypeError:  # (an unhashable kind: ZoneKind says what is wrong)
            wanted = frozenset(map(ZoneKind, kinds))
        return (z for z in self.zones if z.kind in wanted)

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def boilerplate(self) -> tuple[Zone, ...]:
        """The zones that are not article content (widgets, related lists, other)."""
        return tuple(self.zones_of(ZoneKind.WIDGET, ZoneKind.RELATED, ZoneKind.OTHER))

    def line_zones(self) -> list[tuple[int, ZoneKind]]:
        """``(line number, zone kind)`` for every line, in order."""
        return [
            (n, zone.kind) for zone in self.zones for n in range(zone.first_line, zone.last_line + 1)
        ]
