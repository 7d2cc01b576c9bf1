"""Sources: agencies, media, bodies and groups credited with information,
photo credits, and the publisher of the dump.

- **Known agencies and media** come from the lexicon (the ``newsparse_agencies``
  hook) and are found by name or alias in the editorial zones: ``China's Xinhua
  News Agency`` and ``Xinhua`` both give ``Xinhua``; ``the CCTV report`` gives
  ``CCTV``.
- **Unknown media** are read off their names: a capitalised name ending in
  ``News Agency`` / ``Press Agency`` (an agency) or ``Television``, ``TV``,
  ``Radio``, ``Broadcasting ...``, ``Daily``, ``Times``, ``Post`` (media);
  or beside the kind of medium they are: ``the newspaper Haaretz``, ``public
  broadcaster Kan``, ``the daily Le Monde``, ``Time magazine``, ``Channel 12``.
- **Media reports** (``media reports``, ``state media``, ``local press``): kind
  ``MEDIA``, named by the phrase.
- **Groups** credited with a statement (``Diplomats say``, ``Some experts
  say``, ``according to analysts``): kind ``GROUP``.
- **Bodies** credited with information (``the Pentagon said``, ``China's
  foreign ministry said``, ``according to the World Health Organization``):
  kind ``BODY``.
- **Photo credits** of ``article.captions``: kind ``PHOTO_CREDIT``.
- **The publisher** from a copyright notice (``© 2017 China Daily``,
  ``Copyright 2019 X. All rights reserved``) anywhere in the dump, else from
  the byline's affiliation, else from its masthead (its name alone on one of
  the page's first lines, above the headline): kind ``PUBLISHER``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

import attrs
import regex

from ..lexicon import Lexicon, words_pattern
from ..model import Article, Source, SourceKind, Span, ZoneKind
from ..plugins import hookimpl
from ..reading import spaced_punctuation
from .zones import AGENCY_SIGNATURE_RE

__all__ = ["find_sources"]

EDITORIAL = (ZoneKind.HEADLINE, ZoneKind.STANDFIRST, ZoneKind.BODY, ZoneKind.CAPTION)

_CAP = r"\p{Lu}[\p{L}\p{N}’'&.\-]*+"
#: what an unknown medium's name ends with
MEDIA_KINDS = (
    r"News\s++Agency", r"Press\s++Agency", r"News\s++Service", "Television", "TV", "Radio",
    r"Broadcasting(?:\s++(?:Corporation|Company|System|Service))?", "Daily", "Times", "Post", "Herald",
    "Tribune", "Gazette", "Journal", "Chronicle", "News",
)
UNKNOWN_MEDIA_RE = regex.compile(
    rf"(?<![\p{{L}}’'])(?P<name>(?:{_CAP}\s++){{1,4}}(?P<kind>{'|'.join(MEDIA_KINDS)}))(?![\p{{L}}])"
)
#: the first word of every kind: a name is looked for only around one (``re`` finds
#: these literal words several times faster than ``regex``)
MEDIA_KIND_HEAD_RE = re.compile("|".join(dict.fromkeys(re.split(r"\W", kind, maxsplit=1)[0] for kind in MEDIA_KINDS)))
#: a character no name of ``UNKNOWN_MEDIA_RE`` holds: neither one of its words (``_CAP``)
#: nor white space. A name lies between two of them.
NAME_BREAK_RE = regex.compile(r"[^\p{L}\p{N}’'&.\-\s]")
NAME_BREAK_BEFORE_RE = regex.compile(r"(?r)[^\p{L}\p{N}’'&.\-\s]")
#: a medium named beside the kind of medium it is: ``the newspaper Haaretz``, ``public
#: broadcaster Kan``, ``the daily Le Monde``, ``the fact-checking site Politifact``; ``the
#: Yomiuri newspaper``, ``Time magazine``; ``Channel 12``. The words of a name are
#: capitalised, on one line (``[ \t]``: a name never runs over a line break).
_NAME_WORDS = r"\p{Lu}[\p{L}\p{N}’'&.\-]*+(?:[ \t\xa0]++\p{Lu}[\p{L}\p{N}’'&.\-]*+){0,3}"
#: the same, with the small words that link the words of a name (``The Times of India``,
#: ``Diário de Notícias``, ``Procter & Gamble``): before the kind, which ends the name (after
#: it, ``the newspaper El Universal of Mexico City`` would take the city in)
_LINKED_NAME_WORDS = (r"\p{Lu}[\p{L}\p{N}’'&.\-]*+(?:[ \t\xa0]++(?:(?:of|&|de|del|della|du|des|da|do|di"
                      # (``and`` only after a newspaper's word: ``The Post and Courier``, ``Mail and
                      # Guardian``; not ``CNN and Time magazine``)
                      r"|(?<=\b(?:Post|Mail|Press|Times|Star|Herald|Journal|Chronicle|Gazette|Tribune|Mirror"
                      r"|Express|Examiner|Courier|Sentinel|Observer|Telegraph|Globe|Register)[ \t\xa0]++)and)"
                      r"[ \t\xa0]++)?\p{Lu}[\p{L}\p{N}’'&.\-]*+){0,3}")
TYPED_MEDIA_RES = (
    regex.compile(r"(?<![\p{L}])(?:newspaper|broadcaster|daily|magazine|tabloid|weekly|(?:news[ \t]++)?"
                  rf"(?:website|site|outlet|channel))[ \t\xa0]++(?P<name>{_NAME_WORDS})"),
    regex.compile(r"(?<![\p{L}])(?P<name>Channel[ \t\xa0]++\d{1,3}(?:[ \t\xa0]++News)?)(?![\p{L}\p{N}])"),
    regex.compile(rf"(?<![\p{{L}}\p{{N}}’'&.\-])(?P<name>{_LINKED_NAME_WORDS})[ \t\xa0]++(?:newspaper|broadcaster|magazine"
                  r"|tabloid|news[ \t]++(?:website|site|outlet|channel))(?![\p{L}])"),
)
#: the words one of those holds (a zone without any is not searched)
TYPED_MEDIA_WORDS = frozenset("newspaper broadcaster daily magazine tabloid weekly website site outlet channel "
                              "Channel".split())
#: those words, found fast (``re``, literal words, the longest first): the patterns are tried only at them
MEDIUM_WORD_RE = re.compile("|".join(sorted(TYPED_MEDIA_WORDS, key=len, reverse=True)))
#: how far before a kind's word a name before it may start
MEDIUM_NAME_REACH = 160
#: capitalised words that say which medium it is no more than ``the`` does (``The German
#: newspaper``, ``Local broadcaster``, ``the site Saturday``, ``a Swahili newspaper``): a
#: name of these alone is none
NOT_MEDIUM_NAMES = frozenset(
    "The A An This That These If Local State National Regional Leading Popular Conservative Liberal Online "
    "Public Private Official Independent Daily Weekly Business Financial Evening Morning Its His Her Their "
    "Web US U.S. UK U.K. EU UN "
    "Israeli Iraqi Saudi Pakistani Kuwaiti Qatari Yemeni Emirati Somali Thai Bangladeshi Nepali Afghani "
    "Swahili Hindi Urdu Hebrew Arabic Farsi Greek "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split())
NON_SPACE_RE = regex.compile(r"\S++")
#: sentence words that may stand before a name, no part of it
LEADING_NAME_WORDS = frozenset("The A An In On At But And Its His Her Their".split())
LEADING_WORDS_RE = regex.compile(r"(?:(?:" + "|".join(sorted(LEADING_NAME_WORDS)) + r")\s++)++")
MEDIA_HEAD_RE = regex.compile(r"\b(?:[Mm]edia|[Pp]ress)(?P<tail>\s++(?:reports?|outlets?|accounts?))?\b")
MEDIA_MOD_RE = regex.compile(
    r"(?:local|state|state-run|state-owned|official|foreign|international|national|Chinese|"
    r"Russian|Japanese|Korean|South\s++Korean|North\s++Korean|US|U\.S\.|Western|Iranian|Indian|"
    r"British|Turkish|Israeli|Arab|social)\s++$",
    regex.IGNORECASE,
)
GROUP_MOD_RE = regex.compile(
    r"(?:(?:some|many|most|other|several|western|foreign|senior|top|local|independent|military|"
    r"security|political|legal|health|industry|market|government|US|U\.S\.|UN|EU|Chinese|"
    r"Russian|American|European|Western|Korean|Japanese)\s++){1,2}+$",
    regex.IGNORECASE,
)
#: what makes a group or a media phrase a source: a cue right after it, or "according to" before
GROUP_CUE_AFTER_RE = regex.compile(
    r"\s++(?:(?:have|has|had|also|have\s++long|widely|privately|publicly)\s++){0,2}+"
    r"(?:say|said|says|believe|believed|believes|warn|warned|warns|told|tell|think|thought|"
    r"expect|expected|note|noted|suggest|suggested|estimate|estimated|predict|predicted|agree|"
    r"agreed|fear|feared|argue|argued|point\s++out|pointed\s++out|reported|report|quoted|"
    r"cited|claimed|claim|have\s++said|added|speculated|described|revealed|show|showed)\b",
    regex.IGNORECASE,
)
ACCORDING_BEFORE_RE = regex.compile(r"(?:according\s++to|citing|cited\s++by|quoted\s++by)\s++(?:the\s++)?$",
                                    regex.IGNORECASE)
COPYRIGHT_RE = regex.compile(
    r"(?:©|\(c\)|Copyright(?:\s*+©)?)\s*+(?:(?:19|20)\d\d(?:\s*+[-–]\s*+(?:19|20)\d\d)?\s*+)?,?\s*+"
    r"(?P<name>(?!All\b)\p{Lu}[\p{L}\p{N}’'&.\- ]{1,60}?)"
    r"\s*+(?:(?:19|20)\d\d\s*+)?(?:[.,|]|\s+-|\s*+All\s++rights|\s*+$)",
    regex.IGNORECASE | regex.MULTILINE,
)


#: a cheap first pass: the words of a zone decide which patterns are worth running
WORD_RE = regex.compile(r"\w++")
#: ``WORD_RE``'s word characters in ASCII (letters, digits, ``_``) kept, any other byte a space
ASCII_WORD_BYTES = bytes(i if i < 128 and (chr(i).isalnum() or i == 95) else 32 for i in range(256))
#: punctuation common in news text, each read as a space so that a zone holding only such
#: non-ASCII characters can be split by ``ASCII_WORD_BYTES`` too (none is a word character:
#: checked against ``WORD_RE`` here)
UNKNOWN_MEDIA_WORDS = frozenset(
    "Agency Service Television TV Radio Broadcasting Daily Times Post Herald Tribune Gazette "
    "Journal Chronicle News".split()
)
MEDIA_WORDS = frozenset("media press Media Press".split())
GROUP_WORDS = frozenset(
    w
    for head in (
        "diplomats experts analysts officials observers economists insiders sources witnesses "
        "residents critics scientists researchers lawmakers investigators activists strategists "
        "commentators historians scholars academics traders investors pollsters aides advisers "
        "advisors people"
    ).split()
    for w in (head, head.capitalize())
)


#: the words an organisation's name ends with (``the Foreign Ministry``, ``the World Health
#: Organization``, ``Human Rights Watch``), and the bodies named by one word (``the Pentagon``,
#: ``NATO``); ``ministry`` in lower case after its domain (``China's foreign ministry``)
BODY_HEADS = frozenset(
    "Ministry Department Office Council Committee Commission Organization Organisation Authority "
    "Administration Government Court Police Army Navy Bank Fund Institute Foundation Bureau Board Union "
    "Nations Watch International Cabinet Secretariat Corps Command Forces Agency Center Centre Centers "
    "Centres ministry".split()
)
BODY_NAMES = frozenset(
    "Pentagon Kremlin UN NATO EU WHO IMF IAEA OPEC FBI CIA Interpol Hamas Hezbollah Congress Parliament "
    "Senate".split()
)
BODY_WORDS = BODY_HEADS | BODY_NAMES
#: the name before a head word: capitalised words (no full stop: a sentence's end, but for
#: ``U.S.``), maybe an owner first (``China's Foreign Ministry``, ``South Dakota's Department``);
#: for ``ministry``, its domain (``the foreign ministry``)
BODY_NAME_RE = regex.compile(
    # (read backwards from the head: one try, where a forward search tries every place; no
    # possessive quantifier, which read backwards would swallow the capital a word starts with)
    r"(?r)(?:(?:\p{Lu}[\p{L}\-]*\s+){0,2}\p{Lu}[\p{L}\-]*['’]s\s+)?"
    r"(?:(?:\p{Lu}[\p{L}&\-]*|U\.S\.|U\.N\.|U\.K\.)\s+(?:and\s+(?=\p{Lu}))?){0,5}"
    r"(?:(?:foreign|defen[cs]e|health|interior|finance|justice|education|trade|commerce|economy|"
    r"agriculture|energy|environment)\s+)?\Z"
)
#: the words before an ``and`` that end a body of their own: ``the White House and Justice
#: Department`` names two (``the Food and Drug Administration`` one)
JOINED_NOT_NAME = BODY_WORDS | frozenset(["House"])
#: ``News Agency``, ``Press Agency``: media (:data:`UNKNOWN_MEDIA_RE`), no body
NOT_BODY_BEFORE = ("News ", "Press ")


#: one small pattern per group word: finding a literal word is much faster than an alternation
GROUP_WORD_RES = {w: regex.compile(r"\b" + w + r"\b") for w in GROUP_WORDS}
FAMILIAR_RE = regex.compile(r"\s++familiar\s++with\s++the\s++(?:matter|situation|talks|plans?|case|deal)\b")


def _known(lexicon: Lexicon) -> tuple[regex.Pattern[str], frozenset[str], frozenset[str]]:
    def build() -> tuple[regex.Pattern[str], frozenset[str], frozenset[str]]:
        names = [n for a in lexicon.agencies for n in (a.name, *a.aliases)]
        # the first distinctive word of each name (``The Associated Press`` -> ``Associated``)
        firsts = frozenset(
            next((w for w in WORD_RE.findall(n) if w not in ("The", "the")), n) for n in names
        )
        # every word some pattern waits for: a zone's words are looked up in it
        wanted = firsts | UNKNOWN_MEDIA_WORDS | MEDIA_WORDS | GROUP_WORDS | TYPED_MEDIA_WORDS | BODY_WORDS
        return words_pattern(names, flags=0), firsts, wanted

    return lexicon.compiled("sources.agencies", build)


def _credit_name(credit: str, lexicon: Lexicon) -> str:
    agency = lexicon.agency(credit)
    return agency.name if agency is not None else credit


def find_sources(article: Article, lexicon: Lexicon) -> Iterator[Source]:
    """The sources named in an article.

    Args:
        article: the zoned article.
        lexicon: supplies the known agencies (compiled once per Parser).

    Yields:
        Sources: agencies and media, media reports, groups, photo credits, the publisher.

    Examples:
        >>> from newsparse.testing import make_parser
        >>> text = ("Talks stall\\n\\nThe talks stalled on Monday, China's Xinhua News Agency "
        ...         "reported, and diplomats say more sanctions are likely.\\n")
        >>> [(s.name, s.kind.value) for s in make_parser().parse(text).sources]
        [('Xinhua', 'agency'), ('diplomats', 'group')]
    """
    text = article.text
    known, first_words, wanted = _known(lexicon)
    credits = [c.credit_span for c in article.captions if c.credit_span is not None]
    for zone in article.zones_of(*EDITORIAL):
        # a caption's credit is a photo credit, not an agency named in the text
        found: list[tuple[int, int]] = [(c.start, c.end) for c in credits if zone.start <= c.start < zone.end]
        # only the words some pattern waits for: cheaper than a set of all the zone's words
        words = _wanted_words(text, zone.start, zone.end, wanted)
        hits = words & first_words
        if hits:
            yield from _known_sources(text, zone.start, zone.end, known, lexicon, found, hits)
        if not words.isdisjoint(UNKNOWN_MEDIA_WORDS):
            yield from _unknown_media(text, zone.start, zone.end, found)
        if not words.isdisjoint(TYPED_MEDIA_WORDS):
            yield from _typed_media(text, zone.start, zone.end, found)
        if not words.isdisjoint(MEDIA_WORDS):
            yield from _media_reports(text, zone.start, zone.end, found)
        if not words.isdisjoint(GROUP_WORDS):
            yield from _groups(text, zone.start, zone.end, words)
        if not words.isdisjoint(BODY_WORDS):
            yield from _bodies(text, zone.start, zone.end, words & BODY_WORDS, found)
    for zone in article.zones_of(ZoneKind.BYLINE):
        # the agencies a report's closing signature credits (``ab/rt (AFP, Reuters, dpa)``)
        if AGENCY_SIGNATURE_RE.match(text[zone.start:zone.end].strip()):
            words = _wanted_words(text, zone.start, zone.end, wanted) & first_words
            if words:
                yield from _known_sources(text, zone.start, zone.end, known, lexicon, [], words)
    for zone in article.zones_of(ZoneKind.DATELINE):
        # an agency in brackets in a time stamp credits the report: ``(Xinhua) 09:15, November 21``
        if "(" in text[zone.start:zone.end]:
            words = _wanted_words(text, zone.start, zone.end, wanted) & first_words
            if words:
                for source in _known_sources(text, zone.start, zone.end, known, lexicon, [], words):
                    if text[source.span.start - 1:source.span.start] == "(" \
                            and text[source.span.end:source.span.end + 1] == ")":
                        yield source
    for caption in article.captions:
        if caption.credit_span is not None and caption.credit_span.text.strip():
            yield Source(
                origin=__name__,
                name=_credit_name(caption.credit_span.text, lexicon),
                kind=SourceKind.PHOTO_CREDIT,
                span=caption.credit_span,
            )
    publisher = _publisher(article) or _masthead(article, lexicon)
    if publisher is not None:
        if publisher.name.islower() and (medium := lexicon.agency(publisher.name)) is not None:
            # a copyright line in lower case (``© 2024 npr``): the medium's own name
            publisher = attrs.evolve(publisher, name=medium.name)
        yield publisher


def _wanted_words(text: str, start: int, end: int, wanted: frozenset[str]) -> AbstractSet[str]:
    """``wanted.intersection(WORD_RE.findall(text, start, end))``, by a byte table where it can.

    Splitting the zone's bytes, translated by the table, is several times faster than
    the regex: so is an ASCII zone read, and a zone whose other characters are all common
    punctuation (read as spaces). In any other zone (accents, other scripts), each
    character beyond ASCII is read as a break: the pieces hold every ASCII word the
    regex finds, and also pieces of longer words (``é`` + ``Times``), which a search for
    the piece with the regex's own word edges drops.

    Examples:
        >>> sorted(_wanted_words("Xinhua’s “report” — e_1, éTimes", 0, 31, frozenset({"Xinhua", "report", "Times"})))
        ['Xinhua', 'report']
    """
    segment = text[start:end]
    if not segment.isascii():
        segment = spaced_punctuation(segment)
        if not segment.isascii():
            if not _ascii_words(wanted):  # (a wanted word beyond ASCII: only the regex finds it)
                return wanted.intersection(WORD_RE.findall(segment))
            pieces = segment.encode("ascii", "replace").translate(ASCII_WORD_BYTES).decode("ascii").split()
            return {w for w in wanted.intersection(pieces) if _whole_word(w).search(segment)}
    return wanted.intersection(segment.encode("ascii").translate(ASCII_WORD_BYTES).decode("ascii").split())


@functools.lru_cache(maxsize=8)
def _ascii_words(words: frozenset[str]) -> bool:
    return all(map(str.isascii, words))


@functools.lru_cache(maxsize=1024)
def _whole_word(word: str) -> regex.Pattern[str]:
    """``word`` where ``WORD_RE`` finds it as a word of its own: no word character either side."""
    return regex.compile(rf"(?<!\w){regex.escape(word)}(?!\w)")


def _known_sources(text: str, start: int, end: int, known: regex.Pattern[str], lexicon: Lexicon,
                   found: list[tuple[int, int]], hits: AbstractSet[str]) -> Iterator[Source]:
    """Known names, tried only where one of their first words occurs (``str.find`` is fast)."""
    starts: set[int] = set()
    for word in hits:
        at = text.find(word, start, end)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
                starts.add(at)
                if text[max(0, at - 4):at] in ("The ", "the "):
                    starts.add(at - 4)
            at = text.find(word, after, end)
    last = -1
    for at in sorted(starts):
        if at < last:
            continue
        match = known.match(text, at, end)
        if match is None:
            continue
        agency = lexicon.agency(match.group())
        if agency is not None and not any(a < match.end() and match.start() < b for a, b in found):
            found.append(match.span())
            last = match.end()
            yield Source(origin=__name__, name=agency.name, kind=agency.kind, span=Span.from_match(match))


def _media_names(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``UNKNOWN_MEDIA_RE.finditer(text, start, end)``, run only on the stretches between
    two name breaks that hold the first word of a kind: no name crosses a break, and
    every name holds such a word (the pattern costs a try at every character)."""
    done = start
    while (head := MEDIA_KIND_HEAD_RE.search(text, done, end)) is not None:
        at = head.start()
        before = NAME_BREAK_BEFORE_RE.search(text, done, at)
        after = NAME_BREAK_RE.search(text, at, end)
        run_start, done = done if before is None else before.end(), end if after is None else after.start()
        yield from UNKNOWN_MEDIA_RE.finditer(text, run_start, done)


def _unknown_media(text: str, start: int, end: int, found: list[tuple[int, int]]) -> Iterator[Source]:
    for match in _media_names(text, start, end):
        s, e = match.span("name")
        lead = LEADING_WORDS_RE.match(text, s, e)  # sentence words before the name
        if lead:
            s = lead.end()
        if e - s < 4 or any(a < e and s < b for a, b in found):
            continue
        words = text[s:e].split()
        if len(words) < 2:
            continue
        kind = SourceKind.AGENCY if words[-1] in ("Agency", "Service") else SourceKind.MEDIA
        found.append((s, e))
        yield Source(origin=__name__, name=" ".join(words), kind=kind, span=Span.of(text, s, e), confidence=0.7)


def _typed_media(text: str, start: int, end: int, found: list[tuple[int, int]]) -> Iterator[Source]:
    """Media named beside the kind of medium they are (:data:`TYPED_MEDIA_RES`: the name
    after the kind first, ``the French daily Le Monde``), tried only at the words of the kinds."""
    at = [m.start() for m in MEDIUM_WORD_RE.finditer(text, start, end)
          if (m.start() == 0 or not text[m.start() - 1].isalpha()) and not text[m.end():m.end() + 1].isalpha()]
    if not at:
        return
    after, channel, before = TYPED_MEDIA_RES
    matches = [m for a in at if (m := after.match(text, a, end) or channel.match(text, a, end))]
    for a in at:
        line = text.rfind("\n", start, a) + 1
        for m in before.finditer(text, max(start, line, a - MEDIUM_NAME_REACH), min(end, a + 16)):
            if m.end("name") < a <= m.end():  # (the name that ends right before this word)
                matches.append(m)
                break
    for match in matches:
        name = _medium_name(text, match, before_kind=match.re is before)
        if name is None:
            continue
        s, e, words = name
        if any(a < e and s < b for a, b in found):
            continue
        found.append((s, e))
        yield Source(origin=__name__, name=" ".join(words), kind=SourceKind.MEDIA,
                     span=Span.of(text, s, e), confidence=0.7)


def _medium_name(text: str, match: regex.Match[str], before_kind: bool) -> tuple[int, int, list[str]] | None:
    """The span and words of the name a match of :data:`TYPED_MEDIA_RES` holds; ``None``
    when its words name no medium (:data:`NOT_MEDIUM_NAMES`, a people's adjective)."""
    s, e = match.span("name")
    lead = LEADING_WORDS_RE.match(text, s, e)  # sentence words before the name
    if lead:
        s = lead.end()
    spans = [m.span() for m in NON_SPACE_RE.finditer(text, s, e)]  # its words
    # a sentence ends inside: the name is on the side of the kind (``February. The
    # Maariv newspaper``, ``the daily Granma. It``)
    ends = [k for k, (a, b) in enumerate(spans) if text[b - 1] == "." and not _abbreviation(text[a:b])]
    if ends and before_kind:
        spans = spans[ends[-1] + 1:]
        while spans and text[spans[0][0]:spans[0][1]] in LEADING_NAME_WORDS:
            del spans[0]
    elif ends:
        spans = spans[:ends[0] + 1]
        spans[-1] = (spans[-1][0], spans[-1][1] - 1)
    # an owner: ``Russia's Kommersant`` (not after ``The``: ``The Lloyd's List International
    # newspaper`` is one name)
    owned = lead is None or not lead.group().rstrip().endswith(("The", "the"))
    while owned and len(spans) > 1 and text[spans[0][0]:spans[0][1]].endswith(("’s", "'s")):
        del spans[0]
    words = [text[a:b] for a, b in spans]
    if not words or words[-1].endswith(("’s", "'s", "-language", "-based")) \
            or all(w in NOT_MEDIUM_NAMES or _nationality(w) for w in words):
        return None
    return spans[0][0], spans[-1][1], words


def _abbreviation(word: str) -> bool:
    """Whether a word ending in a full stop is an abbreviation (``U.S.``, ``Inc.``, ``Jr.``)."""
    return "." in word[:-1] or word in ("Inc.", "Co.", "Corp.", "Ltd.", "Jr.", "Sr.", "St.")


def _nationality(word: str) -> bool:
    """Whether a capitalised word reads as a people's or a country's adjective (``German``,
    ``Chinese``, ``British``, ``Israeli``, ``Russia's``)."""
    return len(word) > 4 and word.endswith(("an", "ese", "ish", "ch", "’s", "'s")) and word[:1].isupper()


def _credited(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are credited: a cue after, ``according to`` before."""
    return bool(
        GROUP_CUE_AFTER_RE.match(text, end) or ACCORDING_BEFORE_RE.search(text[max(0, start - 30):start])
    )


def _bodies(text: str, start: int, end: int, heads: AbstractSet[str],
            found: list[tuple[int, int]]) -> Iterator[Source]:
    """Governments, ministries and organisations credited with information: a cue right
    after the name (``the Pentagon said``, ``China's foreign ministry said``) or ``according
    to`` before it (``according to the World Health Organization``)."""
    spans = []
    for head in heads:
        at = text.find(head, start, end)
        while at >= 0:
            after = at + len(head)
            if (at == start or not text[at - 1].isalnum()) and (after >= end or not text[after].isalnum()) \
                    and (head in BODY_NAMES or not text[max(start, at - 6):at].endswith(NOT_BODY_BEFORE)):
                # the name goes on after its head (``Ministry of Foreign Affairs``), maybe to a
                # short form in brackets (``(IAEA)``)
                tail = BODY_TAIL_RE.match(text, after, min(end, after + 200)) if head[:1].isupper() else None
                named = tail.end() if tail else after
                # (the pattern scans ahead for its ``(`` wherever it is tried: tried only before one)
                short = BODY_SHORT_RE.match(text, named, min(end, named + 40)) \
                    if text[named:named + 3].lstrip()[:1] == "(" else None
                spans.append((at, after, named, short.end() if short else named, head))
            at = text.find(head, after, end)
    taken = sorted(found)  # (what other finders took: none overlaps another, so a bisection tells)
    for at, after, named, e, head in sorted(spans):
        # credited (:func:`_credited`, in two steps: the cue after it needs no name, the
        # ``according to`` before it the name's start, looked for only where its words are)
        cued = GROUP_CUE_AFTER_RE.match(text, e) is not None
        if not cued and not any(word in text[max(start, at - 160):at] for word in CREDIT_BEFORE_WORDS):
            continue  # not credited, whatever its name
        name = BODY_NAME_RE.search(text, max(start, at - 120), at)
        s = name.start() if name is not None else at
        joined = text.rfind(" and ", s, at)
        if joined >= 0 and text[max(s, text.rfind(" ", s, joined) + 1):joined] in JOINED_NOT_NAME:
            s = joined + 5  # two bodies (``the White House and Justice Department``), not one name
        while text.startswith(BODY_NAME_LEADS, s, at):
            s = text.index(" ", s) + 1
        if s == at and named == after and head not in BODY_NAMES:
            continue  # ``the ministry said``, ``Police said``: which one, the text said before
        i = bisect.bisect_left(taken, (e,)) - 1  # the last span starting before this one ends
        if not (cued or ACCORDING_BEFORE_RE.search(text[max(0, s - 30):s])) or i >= 0 and taken[i][1] > s:
            continue
        bisect.insort(taken, (s, e))
        found.append((s, e))
        yield Source(origin=__name__, name=" ".join(text[s:named].split()), kind=SourceKind.BODY,
                     span=Span.of(text, s, e), confidence=0.6)


#: the titles that end a body's name and start a person's (``the Centers for Disease Control
#: Director Tom Frieden``)
TAIL_STOP_PATTERN = (
    r"(?:Director|Chief|Secretary|Minister|President|Chair|Chairman|Chairwoman|Head|Commissioner|"
    r"Administrator|Spokesman|Spokeswoman|Spokesperson|Deputy|Acting|Executive)\b"
)
#: what goes on after a name's head: ``Ministry of Foreign Affairs``, ``Office for National
#: Statistics``, ``Department of Homeland Security``
BODY_TAIL_RE = regex.compile(
    r"\s++(?:of|for|on)\s++(?:the\s++)?\p{Lu}[\p{L}\-]*+(?:\s++(?:and\s++)?(?!" + TAIL_STOP_PATTERN + r")"
    r"\p{Lu}[\p{L}\-]*+){0,4}")
#: the words of :data:`ACCORDING_BEFORE_RE` (its pattern runs only where one is near)
CREDIT_BEFORE_WORDS = ("ccording", "citing", "cited", "quoted")
#: words before a body's name, no part of it
BODY_NAME_LEADS = ("The ", "the ", "A ", "An ")
#: an organisation's short form in brackets after its name: ``(WHO)``, ``(JCS)``
BODY_SHORT_RE = regex.compile(r"\s++\(\p{Lu}[\p{Lu}\p{N}&.\-]++\)")


def _media_reports(text: str, start: int, end: int, found: list[tuple[int, int]]) -> Iterator[Source]:
    for match in MEDIA_HEAD_RE.finditer(text, start, end):
        s, e = match.span()
        mod = MEDIA_MOD_RE.search(text[max(start, s - 40):s])
        if mod:
            s -= len(mod.group())
        if any(a < e and s < b for a, b in found):
            continue
        if not match.group("tail") and not _credited(text, s, e):
            continue  # a bare "media" / "press" is a source only when credited
        name = " ".join(text[s:e].lower().split())
        yield Source(origin=__name__, name=name, kind=SourceKind.MEDIA, span=Span.of(text, s, e), confidence=0.7)


def _groups(text: str, start: int, end: int, words: AbstractSet[str]) -> Iterator[Source]:
    for word in sorted(words & GROUP_WORDS):
        for match in GROUP_WORD_RES[word].finditer(text, start, end):
            s, e = match.span()
            if word in ("people", "People"):
                tail = FAMILIAR_RE.match(text, e)
                if tail is None:
                    continue
                e = tail.end()
            if not _credited(text, s, e):
                continue
            mod = GROUP_MOD_RE.search(text[max(start, s - 40):s])
            if mod:
                s -= len(mod.group())
            yield Source(
                origin=__name__,
                name=" ".join(text[match.start():e].lower().split()),
                kind=SourceKind.GROUP,
                span=Span.of(text, s, e),
                confidence=0.6,
            )


def _masthead(article: Article, lexicon: Lexicon) -> Source | None:
    """The publisher from its name alone on one of the first lines of the page, above the
    headline (``BBC News``, ``TASS``, ``South China Morning Post``): a medium the lexicon
    knows, or a name shaped like one."""
    text = article.text
    headline = article.headline.start if article.headline is not None else len(text)
    lines = 0
    for zone in article.zones:
        if zone.start >= headline or lines >= MASTHEAD_LINES:
            break
        if zone.kind not in (ZoneKind.OTHER, ZoneKind.BREADCRUMB, ZoneKind.WIDGET):
            continue
        at = zone.start
        for line in text[zone.start:zone.end].split("\n"):
            s, name = at + len(line) - len(line.lstrip()), line.strip()
            at += len(line) + 1
            if not name:
                continue
            lines += 1
            if lines > MASTHEAD_LINES:
                break
            if len(name.split()) > 5:
                continue
            agency = lexicon.agency(name)
            if agency is not None and agency.kind in (SourceKind.MEDIA, SourceKind.AGENCY):
                found = agency.name
            elif (shaped := UNKNOWN_MEDIA_RE.fullmatch(name)) is not None and shaped["kind"] != "News" \
                    or MEDIUM_OF_PLACE_RE.fullmatch(name) is not None:
                # (not ``... News``: a menu's ``All News``, ``World News``; ``The Times of Israel``)
                found = name
            else:
                continue
            return Source(origin=__name__, name=found, kind=SourceKind.PUBLISHER,
                          span=Span.of(text, s, s + len(name)), confidence=0.5)
    return None


#: a masthead naming the place of its kind of medium: ``The Times of Israel``, ``The Times of India``
MEDIUM_OF_PLACE_RE = regex.compile(
    rf"The\s++(?:{'|'.join(MEDIA_KINDS)})\s++of\s++\p{{Lu}}\p{{L}}++(?:\s++\p{{Lu}}\p{{L}}++){{0,2}}"
)
#: how many lines at the top of a page are read for the publisher's masthead
MASTHEAD_LINES = 6


def _publisher(article: Article) -> Source | None:
    """The publisher from a copyright notice outside the body, else the byline affiliation."""
    text = article.text
    for zone in article.zones:
        if zone.kind in (ZoneKind.BODY, ZoneKind.HEADLINE, ZoneKind.STANDFIRST, ZoneKind.CAPTION):
            continue
        # A notice starts with "©", "(c)" or "copyright" in some case: most zones hold
        # none, and finds in the lower-cased text are cheaper than the search, which
        # starts at the first of them. ``İ`` is the one character beyond ASCII the
        # pattern takes for one of those letters (and the one whose lower case is
        # longer, shifting the offsets): a zone holding it is searched whole.
        segment = text[zone.start:zone.end]
        first = 0
        if "\u0130" not in segment:
            low = segment.lower()
            cues = [at for at in (low.find("©"), low.find("(c)"), low.find("copyright")) if at >= 0]
            if not cues:
                continue
            first = min(cues)
        for match in COPYRIGHT_RE.finditer(text, zone.start + first, zone.end):
            s, e = match.span("name")
            while e > s and text[e - 1] in " .,-":
                e -= 1
            name = text[s:e]
            if e - s >= 2 and not name.lower().startswith(("all ", "by ", "the author", "of ")):
                return Source(origin=__name__, name=name, kind=SourceKind.PUBLISHER, span=Span.of(text, s, e), confidence=0.8)
    byline = article.byline
    if byline is not None and byline.affiliation:
        at = byline.span.text.rfind(byline.affiliation)
        if at >= 0:
            s = byline.span.start + at
            return Source(
                origin=__name__,
                name=byline.affiliation,
                kind=SourceKind.PUBLISHER,
                span=Span.of(text, s, s + len(byline.affiliation)),
                confidence=0.6,
            )
    return None


@hookimpl
def newsparse_extract_sources(article: Article, lexicon: Lexicon) -> Iterator[Source]:
    return find_sources(article, lexicon)
