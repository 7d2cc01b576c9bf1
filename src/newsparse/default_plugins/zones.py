"""The generic zoner: splits any portal's dump into zones (the built-in fallback).

It reads only layout signals that news pages share, so it works on portals it
has never seen:

* the body is the densest run of long, sentence-like lines (they end in
  punctuation and hold function words). Each line gets a score (long
  sentences score high; short, title-cased, link-like lines, boilerplate
  vocabulary and repeated lines score low, and a run of such lines costs more
  the longer it gets), and the body is the maximum-sum segment of those
  scores. Short lines inside it (subheads, one-sentence paragraphs, list
  items) stay body; copyright footers and comment sections are barriers the
  body never crosses; paragraphs later in the page weigh a little less, since
  pages put the article before comments and teasers, and text past such a
  barrier must be far denser than the best run above it to be the body;
  when all prose on the page is weak, a long table of figures is the body
  (standings, calendars);
* the segment then grows over short gaps (photo captions and a box of
  related links do not count) to further strong paragraphs or a run of
  shorter ones; over a list introduced by a colon, a table of dates or
  prices, or a list of short phrases; through a numbered list (a listicle)
  met in the body, up and down the page; over tables stacked right above it;
  and through plain lines of facts under its last paragraph (a recipe, a
  schedule). Between a listicle's items only items, paragraphs and phrases
  are body, not markup debris or repeated buttons; headlines under a
  related-stories heading inside the body are related; an author's bio
  closing the body is cut off;
* the headline is the title-like line (a few words, no final period) shortly
  above the body, preferring one with a byline or time stamp under it, one
  the page repeats on its own (as in its ``<title>``), and one whose words
  recur in the lead;
* a standfirst repeats or summarises the lead; bylines, datelines, captions,
  breadcrumbs, related lists and widgets have recognisable wording.

Hard-wrapped dumps (``lynx -dump``, ``html2text``: see
:func:`newsparse.reading.wrap_width`) are zoned a paragraph at a time, its
lines read as one; Markdown lines are read as a page shows them (links as
their text, without heading and bold marks).

Every step is linear in the length of the dump: each line is looked at a fixed
number of times (a bounded window at most), and patterns are anchored or
bounded, with cheap word-set checks before the costlier searches.

"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set
from itertools import chain, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

import regex

from ..model import Dump, ZoneKind
from ..plugins import hookimpl
from ..reading import MARKDOWN_LINK_RE, MARKDOWN_MARK_RE, wrapped_runs

__all__ = ["LineInfo", "classify_line", "zone_lines", "zone_texts"]

# --------------------------------------------------------------------------- kinds

# ``ZoneKind.BODY`` and the like go through the enum's descriptor at each use,
# about ten times slower than reading a global: the per-line loops below
# compare with these instead.
_BREADCRUMB = ZoneKind.BREADCRUMB
_HEADLINE = ZoneKind.HEADLINE
_STANDFIRST = ZoneKind.STANDFIRST
_BYLINE = ZoneKind.BYLINE
_DATELINE = ZoneKind.DATELINE
_CAPTION = ZoneKind.CAPTION
_BODY = ZoneKind.BODY
_RELATED = ZoneKind.RELATED
_WIDGET = ZoneKind.WIDGET
_OTHER = ZoneKind.OTHER

# --------------------------------------------------------------------------- patterns

#: A word: letters or digits, with inner apostrophes or hyphens.
WORD_RE = regex.compile(r"\w++(?:['’\-]\w++)*+")
#: ``WORD_RE`` for the standard ``re`` engine, about twice as fast on it (its
#: ``\w`` leaves out combining marks, which ``regex`` counts as word
#: characters). Linear: ``\w`` never matches the joining ``'’-``, so nothing
#: can be matched two ways.
WORD_FAST_RE = re.compile(r"\w+(?:['’\-]\w+)*")
#: What may close a sentence after its final mark: quotes and brackets.
CLOSERS = "\"'”’»)]」』）"
#: Marks that end a sentence (or a colon, a semicolon).
SENTENCE_MARKS = frozenset(".!?…:;。！？")
#: Characters of scripts written without spaces between words.
CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
#: Lower-case letter (or digit, closing punctuation) glued to a capital: a join of two links.
GLUE_RE = regex.compile(r"(?<=[\p{Ll}\d.!?)”’\"])(?=\p{Lu}\p{Ll})")

FUNCTION_WORDS = frozenset(
    """a an the of to in on at for from by with about into over after before as and but or
    nor so if than that which who whom whose this these those it its is are was were be been
    being has have had do does did will would can could may might must should shall not no
    he she they we you i his her their our your my him them us me there here then also when
    while where what how why said says say told just more most some any all such only very""".split()
)

#: Words that mark a line as site furniture even when it reads like a sentence:
#: its forms, the phrases, ...
#: What a cookie banner says near the word (a story about cookies does not).
_COOKIE_BANNER_WORDS = (
    "accept|consent|browsing|experience|website|site|settings|privacy"
    "|sito|sitio|esperienza|experiencia|navigation|navigazione|navegación"
)
#: The phrases, each with the lower-case strings one of which a line must
#: hold for it to match: it is searched only in lines holding one.
_BOILERPLATE_STRONG_FORMS = (
    (("cookie",), rf"cookies?\b(?=.{{0,80}}?\b(?:{_COOKIE_BANNER_WORDS})\b)"),
    (("cookie",), rf"(?:{_COOKIE_BANNER_WORDS})\b.{{0,80}}?\bcookies?"),
    (("cookie",), r"(?:uses?|use of|accept(?: all)?|allow(?: all)?|reject(?: all)?|manage|enable) cookies?"),
    (("reserved",), r"all rights reserved"),
    (("javascript",), r"javascript"),
    (("browser",), r"your browser"),
    (("unsubscribe",), r"unsubscribe"),
    (("affiliate",), r"affiliate links?"),
    (("privacy", "cookie"), r"(?:privacy|cookie) (?:policy|notice|settings)"),
    (("terms",), r"terms (?:of|and) (?:use|service|conditions)"),
    (("newsletter",), r"sign up for (?:our|the) (?:\w+ )?newsletters?"),
    (("newsletter",), r"subscribe to (?:our|the) (?:\w+ )?newsletters?"),
    (("to the editor",), r"letters? to the editor"),
    (("ing by",), r"(?:reporting|editing|writing) by"),
    (("sharing is caring",), r"sharing is caring"),
    (("explorer",), r"internet explorer"),
    (("trademark",), r"registered trademarks?"),
    (("trademark",), r"trademarks? of"),
    (("on this",), r"information (?:provided )?on this (?:web)?site"),
    (("not intended",), r"not intended to (?:diagnose|be)"),
    (("vary",), r"results (?:may )?vary"),
    (("consult your",), r"consult your (?:physician|doctor)"),
    (("trademark",), r"(?:is|are) a (?:registered )?trademark"),
    (("contributed",), r"contributed (?:reporting|to this (?:report|article|story))"),
    (("additional reporting",), r"additional reporting"),
    (("support",), r"support (?:our |independent |quality |local |nonprofit |award-winning |science )+(?:journalism|newsroom|reporting|work)"),
    (("support",), r"support journalism"),
    (("consider",), r"consider (?:supporting|subscribing|donating|pitching in|making a (?:donation|contribution))"),
    (("donate now",), r"donate now"),
    (("enjoy",), r"(?:enjoyed|enjoying) (?:this|the) (?:article|story)"),
    (("to the bottom", "to the end"), r"(?:made it|got) to the (?:bottom|end) of this"),
    (("this story", "this article"), r"this (?:story|article)(?: about [^.]{0,80}?)? (?:was|is) (?:written|produced|published|originally)"),
    (("originally",), r"originally (?:published|appeared)"),
    (("contribution", "donation", "support", "your gift"), r"your (?:contribution|donation|support|gift)\b[^.]{0,40}?\bhelps? us"),
    (("independent",), r"keep (?:\w+ ){0,3}free and independent"),
    (("fundraising",), r"our (?:\w+ ){0,3}fundraising (?:campaign|effort|drive)"),
    (("inbox",), r"(?:delivered|straight) to your inbox"),
    (("inbox",), r"in your inbox"),
    (("rights",), r"rights (?:&|and) permissions"),
    # calls to follow the site elsewhere (``Join ST's Telegram channel and get the latest
    # breaking news delivered to you``, ``Follow us on Google News``, ``Download our app``)
    (("channel",), r"(?:join|follow|subscribe to) (?:[\w'’]+ ){0,3}(?:telegram|whatsapp|youtube) channel"),
    (("delivered to you",), r"news delivered to you"),
    (("follow us on",), r"follow us on"),
    (("listen to",), r"(?:you can )?(?:now )?listen to (?:[\w'’]+ ){0,3}articles"),
    (("download our",), r"download our (?:[\w'’]+ ){0,2}app"),
)
_BOILERPLATE_STRONG_PHRASES = r"\b(?:" + "|".join(form for _, form in _BOILERPLATE_STRONG_FORMS) + r")\b"
#: ... an author's bio, ...
_BOILERPLATE_STRONG_BIO = (
    r"\b(?:is an? (?:\w+ ){0,3}(?:writer|reporter|contributor|editor|correspondent|columnist|journalist) (?:at|for|with|based))"
    r"\b"
)
#: ... a copyright mark.
_BOILERPLATE_STRONG_MARK = r"©|\(c\)\s*\d{4}"
#: Words that mark a line as site furniture even when it reads like a sentence.
BOILERPLATE_STRONG_RE = regex.compile(
    "(?i)" + "|".join((_BOILERPLATE_STRONG_PHRASES, _BOILERPLATE_STRONG_BIO, _BOILERPLATE_STRONG_MARK))
)


def _forms_by_cue(forms: Sequence[tuple[tuple[str, ...], str]]) -> dict[str, list[regex.Pattern[str]]]:
    """Each form compiled (ignoring case), under each of its cues."""
    by_cue: dict[str, list[regex.Pattern[str]]] = {}
    for cues, form in forms:
        compiled = regex.compile("(?i)" + form)
        for cue in cues:
            by_cue.setdefault(cue, []).append(compiled)
    return by_cue


#: ``BOILERPLATE_STRONG_RE``'s forms one by one, by the lower-case strings one
#: of which a line must hold for each to match: a form is searched only where
#: one of its cues is (the phrases cost the most; a line holds few cues).
BOILERPLATE_STRONG_FORMS_OF = _forms_by_cue((
    *((cues, rf"\b(?:{form})\b") for cues, form in _BOILERPLATE_STRONG_FORMS),
    (("is a",), _BOILERPLATE_STRONG_BIO),
    (("©", "(c)"), _BOILERPLATE_STRONG_MARK),
))

#: Words that make a sentence of eight words or more a report, not furniture, whatever
#: else it holds (``Facebook said advertisers had fled``).
REPORTING_WORDS = frozenset("said says told".split())
#: Words that mark a line as site furniture unless it is a long sentence.
BOILERPLATE_RE = regex.compile(
    r"(?i)\b(?:cookies?|subscri(?:be|ption|ber)s?|newsletters?|sign(?:ing)?[ -]?(?:in|up)|log[ -]?(?:in|out)"
    r"|advertise(?:ment|ments|r|rs)?|sponsored|copyright|privacy(?: policy| notice)?"
    r"|read more|continue reading|(?:article|story) continues (?:below|after)|click here|download (?:the|our) app"
    r"|follow us|contact us|about us|skip to (?:main )?content|paywall|premium content|free trial"
    r"|most (?:read|popular|viewed|shared)|trending|recommended for you|you may also like|more from"
    r"|related (?:stories|articles|news|posts|content|coverage|links|topics|reading)"
    r"|comments? (?:policy|section)|leave a (?:comment|reply)|post a comment|share (?:this|on|via)"
    r"|sharing options|skip to|listen to (?:this|the) (?:article|story)|summary of this|why you can trust"
    r"|see it (?:now|at)|shop now|buy now|check price|view deal|sponsored content|promoted|read (?:the )?(?:full )?review)\b"
)
#: A line that is only an ad break: furniture the story runs on past.
AD_BREAK_RE = regex.compile(
    r"(?i)\W*+(?:advertisements?|(?:the )?(?:article|story) continues (?:below|after)(?: (?:this |the )?(?:ad|advert|advertisement))?"
    r"|continue reading (?:the main story|below))\W*+"
)
#: A copyright footer or the comments section: the article never runs on past one.
COPYRIGHT_RE = regex.compile(
    r"(?i)(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}|copyright)|\ball rights reserved\b|^\W{0,3}copyright\b"
    r"|^\W{0,3}\d*\s*comments?\W{0,3}$"
    r"|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|comments? (?:are|is) closed"
    r"|\(score: -?\d|^\W{0,3}(?:\d+\s+)?(?:reader )?comments?\s*(?:\(\d+\))?:?\s*$|load (?:all )?comments"
    r"|log in to comment|show comments|view comments|flag as inappropriate|report abuse|\breply to this\b"
)

#: Words without which the patterns above cannot match: a set lookup spares
#: most lines the regex search.
BOILERPLATE_STRONG_TRIGGERS = frozenset(
    """cookie cookies reserved javascript browser unsubscribe affiliate privacy terms newsletter
    newsletters editor reporting editing writing sharing explorer registered trademark trademarks
    website site intended vary consult contributed additional writer reporter contributor editor
    correspondent columnist journalist support supporting subscribing donating donate pitching
    enjoyed enjoying bottom end story article originally inbox rights contribution donation gift
    independent fundraising telegram whatsapp youtube delivered follow download listen""".split()
)
BOILERPLATE_TRIGGERS = frozenset(
    """cookie cookies subscribe subscription subscriptions subscriber subscribers newsletter
    newsletters sign signin signup sign-in sign-up signing log login logout log-in log-out advertise
    advertisement advertisements advertiser advertisers sponsored copyright privacy read continue continues
    click download follow contact about skip paywall premium free most trending recommended you
    more related comment comments leave post share sharing listen summary why see shop buy check
    view promoted""".split()
)
COPYRIGHT_TRIGGERS = frozenset(
    "copyright reserved comment comments reply score flag abuse conversation discussion".split()
)
#: Words that mark a short line as furniture (a long line may use them in passing).
FURNITURE_WORDS = frozenset(
    """comment comments reply replies share tweet email e-mail mail print login register menu search
    next previous video videos photo photos gallery podcast podcasts watch listen follow join
    download app shop deal deals coupon coupons fax tel phone alert alerts summary trust rss""".split()
)
CAPTION_TRIGGERS = frozenset(
    """photo photos photograph photographs picture pictures image images pictured credit credits
    source video videos getty shutterstock istock istockphoto afp ap epa reuters xinhua file caption
    courtesy""".split()
)

#: Widget controls: share, reactions, comments, print, font size, prev/next.
WIDGET_WORDS = frozenset(
    """share shares sharing shared this page article story tweet tweets email e-mail print
    comment comments reply facebook twitter x linkedin whatsapp reddit pinterest telegram
    flipboard mix messenger wechat weibo copy link links url save bookmark prev previous next
    back top font size text larger smaller a aa touched sympathetic bored angry amused sad
    happy surprised moved no comment like likes love wow haha views view votes vote rate
    on via to the with of and or your friend friends send close open menu more less click tap copied""".split()
)
WIDGET_STRONG = frozenset(
    """share shares sharing tweet print comment comments reply facebook twitter linkedin
    whatsapp reddit pinterest telegram flipboard prev previous next font touched sympathetic
    bored angry amused bookmark email copy copied""".split()
)
WIDGET_SYMBOLS_RE = regex.compile(r"^[\s<>«»‹›←→|/\\·•\-–—+*#()\[\]0-9A-Za-z:,.!?&]{1,200}$")

WIDGET_TRIGGERS = WIDGET_STRONG | frozenset("prev previous next back top older newer".split())
ARROWS_RE = regex.compile(r"^[<>«»‹›←→\s]+$")
#: the filters of a live page (not its ``Live`` badge: menus have a ``Live`` link too)
LIVE_CONTROLS_RE = regex.compile(r"(?i)^\W{0,2}(?:key events|show key events only|show all (?:updates|posts)"
                                 r"|(?:show|load) (?:more|newer|older) (?:updates|posts))\W{0,2}$")

#: Headings of related-story lists.
RELATED_HEAD_RE = regex.compile(
    r"(?i)^\W{0,3}(?:related(?: (?:stories|articles|news|posts|content|coverage|links|reading|topics|video|videos|items))?"
    r"|(?:read|see) (?:more|also|next)|more (?:stories|news|articles|on|from|by|like this|in|to read|headlines|great|top)\b.{0,40}"
    r"|from (?:our|the) archives?"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: (?:stories|articles|for you|reading))?"
    r"|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories| news)?|top stories|latest (?:news|stories|articles)"
    r"|editor'?s? picks?|what to read next|further reading|don'?t miss|popular (?:now|stories|articles)"
    r"|also (?:read|see|on)|in (?:other|related) news|next up in\b.{0,40})\W{0,3}$"
)

#: A link to another story inside the body: ``READ MORE: ...``, ``Related: ...``.
RELATED_INLINE_RE = regex.compile(
    r"(?i)^\W{0,2}(?:see (?:more|also)|read (?:more|also|next)|related(?: post| story| article| coverage)?"
    r"|more on|also read|also see|recommended|leggi anche(?: su)?|lire aussi|lesen sie auch|on [\w.]+\.com)\s*:"
)

#: the kind of piece a byline may name before ``by`` (``Guide by Will Judd``, ``Analysis by``);
#: not ``Photo by``, a credit
GENRE_LABELS = "(?:guide|review|analysis|opinion|commentary|column|essay|feature|interview|preview|explainer|report)"
#: what opens a byline, as a pattern's text (lower case: matched ignoring case): ``By``,
#: ``Written by``, ``Guide by``, ``Author``, ``Reporter``; for the zoner (:data:`BYLINE_RE`) and
#: for reading the names after it (``metadata.BYLINE_PREFIX_RE``)
BYLINE_LEAD = r"(?:(?:written |posted |reported |words |story |text |" + GENRE_LABELS + r" )?by|author|reporter)"
#: A byline: ``By Jane Doe``, ``Zhang Yunbi | China Daily``, ``Reuters staff``, ``Guide by Will Judd``.
BYLINE_RE = regex.compile(r"(?i)^\W{0,2}" + BYLINE_LEAD + r"[:\s]\s*+(?-i:\p{Lu}|\p{Ll}{1,3}\s\p{Lu}|\p{Lo})")
#: words of a site's sections (lower case), never an author's name: ``All News | North Korea``
SECTION_WORDS = frozenset(
    "all news home world politics business sports sport opinion latest top breaking national local "
    "entertainment lifestyle tech technology science health culture travel video videos photos markets "
    "economy region international nation society features sections editorial editorials".split()
)
#: a line naming an author's role: ``Europe digital editor``, ``Political correspondent``,
#: ``Senior reporter, BBC News``
AUTHOR_ROLE_RE = regex.compile(
    r"^(?:\p{Lu}[\p{L}\-]*+\s++)?(?:[\p{Ll}\-]++\s++){0,3}(?:editor|correspondent|reporter|writer|columnist"
    r"|journalist|analyst|producer|contributor)s?(?:,\s*+\p{Lu}[\p{L}&.\- ]{0,40})?$"
)
BYLINE_PIPE_RE = regex.compile(
    r"^(?:\p{Lu}[\p{L}'’.\-]*+\s?){2,4}\s*\|\s*(?:\p{Lu}[\p{L}.&\-]*+\s?){1,5}$"
)
#: Names only: ``Kevin Johnson and Kevin McCoy USA TODAY``. The first name has two words at
#: least: a single word before ``&`` or ``and`` opens a menu's topic (``Arts & Culture News``,
#: ``Fraud & Identity Theft``), not a list of authors.
BYLINE_NAMES_RE = regex.compile(
    r"^(?:\p{Lu}[\p{L}'’.\-]*+\s){1,2}\p{Lu}[\p{L}'’.\-]*+(?:,\s|\s(?:and|&)\s)(?:\p{Lu}[\p{L}'’.\-]*+\s?){2,8}+"
    r"(?:\s*[|,/@].{0,40})?$"
)
#: The signature closing a report written from agency copy: the editors' initials and the
#: agencies (``ab/rt (AFP, Reuters, dpa)``), or the agencies credited (``Source: Al Jazeera
#: and news agencies``, ``With agencies``).
AGENCY_SIGNATURE_RE = regex.compile(
    r"^(?:\p{Ll}{1,4}(?:/\p{Ll}{1,4})++(?:\s*+\(\p{Lu}[\p{L} ,.&/\-]{1,60}\))?"
    r"|(?i:(?:sources?\s*+:|with|[-–—]|\()\s*+(?:[\p{L}.\- ]{2,40}\s(?:and|&)\s)?(?:news\s)?agencies\)?\.?)"
    r"|(?i:\(?with (?:inputs|input|reporting) from [\p{L} ,.&\-]{2,40}\)?\.?))$"
)
#: the words one of which an agency signature without initials holds
SIGNATURE_TRIGGERS = frozenset("agencies inputs input reporting".split())
BYLINE_STAFF_RE = regex.compile(
    r"(?i)^(?:(?-i:\p{Lu})[\p{L}.\-]*\s){1,3}(?:staff(?: writers?| reporters?)?|correspondents?|news desk|newsroom|wire services?)$"
)

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
DATE_PART = (
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}:\d\d|\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago|(?-i:[Yy]esterday|[Tt]oday))"
)
#: Some date or time stamp anywhere in a line.
DATE_ANY_RE = regex.compile(rf"(?i)(?<!\w){DATE_PART}(?!\w)")
#: ``DATE_ANY_RE`` for the standard ``re`` engine, faster on it: it finds the
#: same stamps in printable ASCII text (``_re_safe``), where the two engines'
#: classes agree (they differ on ``\s`` for the separators ``\x1c-\x1f``).
DATE_ANY_FAST_RE = re.compile(DATE_ANY_RE.pattern)
#: A line that is a time stamp, possibly with a label: ``Updated: 2017-09-07 07:33``.
DATELINE_LABEL_RE = regex.compile(
    r"(?i)^\W{0,2}(?:(?:last |first )?(?:updated|published|posted|modified|released|created|date|time)"
    r"(?: on| at| date)?\s*[:|\-–]?\s*|on\s+)"
)
#: the lower-case words a time stamp holds besides its date (``Updated 3 hours ago.``)
STAMP_WORDS = frozenset("updated published posted modified edited created released last first ago "
                        "hours hour minutes minute mins days weeks months years seconds since date time".split())
#: A stamp's label right before its date, no name between (``Updated - November 12, 2024``)
LABELLED_STAMP_RE = regex.compile(
    r"(?i)^\W{0,2}(?:last\s+|first\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at))?\s*[:|\-–—]?\s*"
    r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
)
#: A stamp label inside a line: ``..., Global Desk Last Updated: Dec 19, 2025``.
STAMP_LABEL_RE = regex.compile(r"(?i)\b(?:last updated|updated|published|posted|first published)\s*(?:on|at)?\s*:")
#: A name followed by a time stamp: ``Patrick Clarke Published 10:19am 19 December 2025``.
BYLINE_STAMP_RE = regex.compile(
    r"^(?:\p{Lu}[\p{L}'’.\-]+\s){1,3}(?i:published|updated|posted|\||-|–|—|·|•)\s"
)
#: The comment count after a blog's stamp (``Posted on ... by Jane Doe - 5 Comments on ...``), as
#: a pattern's text: for the zoner and for reading the author before it (``metadata.STAMP_BYLINE_RE``)
COMMENTS_TAIL = r"\s+[-–—|·•]\s+(?i:\d+|no|one)\s+(?i:comments?)\b"
COMMENTS_TAIL_RE = regex.compile(COMMENTS_TAIL)
#: A line that is only a person's name: two to four capitalised words.
NAME_RE = regex.compile(
    r"^\p{Lu}[\p{Ll}'’.\-]+(?:\s(?:(?:de|da|van|von|bin|al|la|le|del)\s)?\p{Lu}[\p{L}'’.\-]*){1,3}$"
)
#: A name with the place the author writes from: ``Kate Connolly in Berlin`` (a byline).
_NAME = r"\p{Lu}[\p{Ll}'’.\-]+(?:\s(?:(?:de|da|van|von|bin|al|la|le|del)\s)?\p{Lu}[\p{L}'’.\-]*){1,3}"
_PLACE = r"\p{Lu}[\p{L}'’.\-]*(?:\s\p{Lu}[\p{L}'’.\-]*){0,2}"
NAME_IN_PLACE_RE = regex.compile(rf"^{_NAME}(?:,? and {_NAME})? in {_PLACE}(?:,? and {_NAME}(?: in {_PLACE})?)?$")
#: The heading of an author's bio.
ABOUT_AUTHOR_RE = regex.compile(r"(?i)^\W{0,2}about (?:the )?(?:authors?|writer|reporter)\W{0,2}$")
#: an e-mail address: a short line holding one closes an article as its author's contact
#: (``Michael Torres covers City Hall. Email: mtorres@example.com``), not as its text
EMAIL_RE = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}\b")
#: the most words such a contact line has
CONTACT_WORDS = 30
#: Words of the labels that look like names: ``Key Points``, ``Top Stories``.
NOT_NAME_WORDS = frozenset(
    """key points takeaways highlights summary contents top latest news stories story more home
    menu related live updates update opinion analysis video videos photo photos watch listen
    share sponsored advertisement editor editors pick picks trending popular read world sports
    business politics health science technology tech culture travel lifestyle entertainment
    by presented powered brought download now""".split()  # (``Presented By Carahsoft``: a sponsor)
)
#: An agency dateline opening a report: ``BEIJING, Sept 6 (Reuters) -``.
AGENCY_DATELINE_RE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{Lu}.'’\-]++(?:\s\p{Lu}[\p{Lu}.'’\-]++){0,3})(?:,\s*[\p{L}.\- ]{1,30}?)?"
    r"(?:,\s*(?P<date>" + MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?))?\s*\((?P<agency>[\p{L} .&]{2,30})\)\s*[-–—:_]+\s*"
)

#: Photo credits that make a line a caption.
_CAPTION_FORMS = (
    r"\[\s*photos?\s*/\s*[^\]\n]{1,60}\]",
    r"\(\s*(?:photo|photograph|picture|image)s?(?:\s+by|:)\s*[^)\n]{1,80}\)",
    r"\b(?:photo|photograph|picture|image|pictured|credit|source|video)s?(?:\s+credit)?\s*(?::|by)\s*[^\n]{1,80}$",
    r"\bcredit\.{2,}\s*[^\n]{1,80}$",
    r"^courtesy(?: of)?\s",
    r"\bvia (?:AP|AFP|Reuters|Getty Images)\s*$",
    r"\((?:AP|AFP|Reuters|EPA|Getty)(?: Photo)?[^)\n]{0,60}\)\s*$",
    r"\b(?:getty images|shutterstock|istock(?:photo)?|afp|ap photo|epa|reuters|xinhua|(?:file|submitted|staff|contributed|courtesy) photo)\s*[)\]]?\s*$",
    r"^(?:file photo|photo|image|caption)\b",
    r"(?-i:[^.!?\s]\s(?:AP|AFP|EPA|Reuters|Getty Images|Shutterstock))$",
    # an agency and its photographer in brackets closing the line: ``(Xinhua/Li Xueren)``
    r"(?-i:\(\p{Lu}[\p{L}.&\-]+(?:\s\p{Lu}[\p{L}.&\-]+){0,2}\s?/\s?\p{Lu}[\p{L}.'’\-]+(?:\s\p{Lu}[\p{L}.'’\-]+){0,3}\))\s*$",
)
CAPTION_RE = regex.compile(r"(?i)(?:" + "|".join(_CAPTION_FORMS) + ")")
#: ``CAPTION_RE``'s forms one by one, the cheap ones first: searching each in
#: turn says whether it matches in about half the time.
CAPTION_PARTS = tuple(
    regex.compile(r"(?i)" + _CAPTION_FORMS[k]) for k in (0, 1, 3, 4, 5, 6, 8, 2, 7, 9, 10)
)

#: The label of an article's source credit (``Source:``).
SOURCE_LABEL_RE = regex.compile(r"(?i)^\s*+sources?\s*+:\s*+")
#: An article's source alone on a line: ``Source: Xinhua``, ``Source: China Daily``.
SOURCE_CREDIT_RE = regex.compile(SOURCE_LABEL_RE.pattern + r"(?-i:\p{Lu})[\p{L}.&'’\-]*+(?:\s++[\p{L}.&'’\-]++){0,3}$")
#: the fewest words of a headline over a deck of 13 to 15 words (a section label has fewer)
DECK_HEADLINE_WORDS = 6
#: how far into a line :func:`_first_word` looks for its first word
FIRST_WORD_SPAN = 100
#: A photo credit led by its label: ``Image: Jens Schlueter/AFP``, ``Photo: AP``.
CREDIT_LABEL_RE = regex.compile(r"(?i)^(?:photo|photograph|picture|image|foto|bild|credit)s?\s*+(?:credit\s*+)?[:|]")
#: the fewest words of a paragraph of a live page's entry
ENTRY_MIN_WORDS = 6
#: the fewest words of a caption without a full stop above such a credit (a subhead has fewer)
CAPTION_MIN_WORDS = 7
#: A photo credit on its own line: ``Jason Cipriani/ZDNet``, ``Doug Mills/The New York Times``.
CREDIT_LINE_RE = regex.compile(
    r"^\p{Lu}[\p{L}'’.\-]*(?:\s\p{Lu}[\p{L}'’.\-]*){0,3}\s?/\s?(?:The\s)?\p{Lu}[\p{L}.&\-]*(?:\s\p{Lu}[\p{L}.&\-]*){0,3}$"
)
#: a caption's sentence closed by a pipe and its credit: the outlet, maybe after the
#: photographer (``... on Friday.  | KYODO``, ``... | Francis Chung/POLITICO``). A pattern's
#: text, for the zoner (:data:`PIPE_CREDIT_RE`) and the caption's credit (``metadata.CREDIT_RE``)
PIPE_CREDIT = (
    r"(?<=[.!?][\"”’)]?)\s+\|\s+(?:(?P<by>[^/|\n]{1,40})/\s*)?(?P<credit>\p{Lu}[\p{L}\-&. ]{1,30}?)\s*$"
)
PIPE_CREDIT_RE = regex.compile(PIPE_CREDIT)
#: a credit in brackets, outlet and photographer: ``(ABC News: Jess Langford)``, ``(Reuters: Kim
#: Hong-Ji)``, ``(Supplied)``, ``(Supplied: Queensland Police)`` (``who``: the photographer, or
#: who supplied the picture)
BRACKET_CREDIT_RE = regex.compile(
    r"^\((?:(?P<supplied>Supplied)|(?!(?:Update|Updated|Note|Editor|Correction|Read|Watch|Listen|Video|Warning|"
    r"Pictured|Related|See|Live)\b)(?P<outlet>\p{Lu}[\p{L}.&\-]*+(?:\s\p{Lu}[\p{L}.&\-]*+){0,3})(?=:))"
    r"(?::\s?(?P<who>\p{Lu}[\p{L}'’.\-]*+(?:\s\p{Lu}[\p{L}'’.\-]*+){0,3}))?\)$"
)
#: the agencies and picture desks photos are credited to, as a pattern's alternatives
PICTURE_AGENCIES = (
    r"Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|Getty\s+Images|EPA(?:-EFE)?|PA\s+Media|Xinhua"
    r"|Bloomberg|Shutterstock|Alamy|Anadolu(?:\s+Agency)?|NurPhoto|Sipa|REX|Handout|Corbis"
)
#: ``Al Goldis, Associated Press``: a photographer and an agency.
AGENCY_CREDIT_RE = regex.compile(
    r"^\p{Lu}[\p{L}'’.\-]*(?:\s\p{Lu}[\p{L}'’.\-]*){0,3},\s(?:The\s)?(?:" + PICTURE_AGENCIES + r")$"
)

#: A breadcrumb trail: ``Path: Sino-US >> Sino-US News>> Updates >>``.
BREADCRUMB_RE = regex.compile(
    r"(?i)^(?:(?:path|you are here|you are at|home|location)\s*[:>»›]"
    r"|(?:[\p{L}\d&'’.\-]{1,25}(?:\s[\p{L}\d&'’.\-]{1,25}){0,3}(?:\s*(?:>>|»|›|>)\s*|\s/\s)){2}"
    # two sections alone, parted by a double arrow: ``China >> Politics``
    r"|(?-i:\p{Lu})[\p{L}\d&'’.\-]{0,24}(?:\s[\p{L}\d&'’.\-]{1,25}){0,2}\s*(?:>>|»|›)\s*"
    r"(?-i:\p{Lu})[\p{L}\d&'’.\-]{0,24}(?:\s[\p{L}\d&'’.\-]{1,25}){0,2}$)"
)

#: The words ``RELATED_HEAD_RE`` may start with (after up to three non-word characters).
RELATED_STARTS = tuple(
    "related read see more from you recommended most trending top latest editor what further don popular also in next".split()
)
#: Longer lines cannot match ``RELATED_HEAD_RE`` (its longest form is about 60 characters).
RELATED_HEAD_MAX_CHARS = 90
#: What ``BYLINE_STAMP_RE`` needs after the name: a stamp word or a separator (``|``, a dash, a dot).
BYLINE_STAMP_WORDS = frozenset("published updated posted".split())
BREADCRUMB_TRIGGERS = frozenset("path you home location".split())
BYLINE_TRIGGERS = frozenset("by written posted reported words story text author reporter".split())
STAFF_TRIGGERS = frozenset("staff writer writers reporter reporters correspondent correspondents news newsroom wire".split())
DIGIT_RE = regex.compile(r"\d")
#: A capital letter starting a word.
CAPITAL_WORD_RE = regex.compile(r"(?<![\w'’\-])\p{Lu}")

#: Byte tables for ASCII lines: a word character (``\\w`` or a joining ``'`` or ``-``)
#: lower-cased, anything else a space ...
ASCII_WORD_CHARS = bytes(
    (i | 0x20 if 65 <= i <= 90 else i) if i < 128 and (chr(i).isalnum() or chr(i) in "_'-\x01")
    else i if i >= 128 else 32
    for i in range(256)
)
#: ... the shape of a character, for ``CAPITAL_WORD_RE`` and ``GLUE_RE``:
#: ``U`` a capital, ``l`` a small letter, ``d`` a digit, ``p`` what may end a
#: word glued to a link (``.!?)"``), ``j`` the other characters that join words
#: (``_'-``), ``q`` the apostrophe ``’`` (as ``\\x01``, see ``ASCII_STAND_INS``),
#: a space for white space, ``o`` anything else ...
ASCII_SHAPES = bytes(
    ord(
        "U" if "A" <= chr(i) <= "Z" else "l" if "a" <= chr(i) <= "z" else "d" if "0" <= chr(i) <= "9"
        else "p" if chr(i) in '.!?)"' else "j" if chr(i) in "_'-" else "q" if i == 1
        else " " if chr(i).isspace() else "o"
    )
    for i in range(256)
)
#: ... for ``CAPITAL_WORD_RE`` alone: ``U`` a capital, ``w`` what its look-behind
#: refuses (``\\w``, ``'``, ``’`` as ``\\x01``, ``-``), a space anything else ...
ASCII_CAPITALS = bytes(
    ord("U") if 65 <= i <= 90 else ord("w") if i < 128 and (chr(i).isalnum() or chr(i) in "_'-\x01")
    else i if i >= 128 else 32
    for i in range(256)
)
#: ... and white space (as ``str.split`` knows it) a space, anything else ``x``.
#: (Bytes beyond ASCII, never in an ASCII line, stay as they are in the tables
#: for lines read at once: ``\x80`` separates the lines, see ``LINE_SEPARATOR``.)
ASCII_SPACES = bytes(i if i >= 128 else 32 if chr(i).isspace() else ord("x") for i in range(256))
#: Joins the ASCII lines read at once by the byte tables.
LINE_SEPARATOR = b"\x80"
#: A joiner (``'``, ``-``, or ``’`` as ``\x01``) in a line translated by
#: ``ASCII_WORD_CHARS`` without a word character on both sides (before it:
#: the look-behind spans the joiner too, so that the pattern starts with a
#: character set, which ``re`` scans for fast).
LONE_JOINER_RE = re.compile(rb"(?s)['\-\x01](?:(?<![0-9a-z_].)|(?![0-9a-z_]))")
#: ``LONE_JOINER_RE`` for each joiner: starting with a literal, which ``re``
#: scans for several times faster still. Replaced by a space one after the
#: other, they replace what it does: a joiner and a space alike are no word
#: character for the joiners next to them.
LONE_JOINER_PARTS = tuple(
    re.compile(rb"(?s)" + joiner + rb"(?:(?<![0-9a-z_].)|(?![0-9a-z_]))") for joiner in (b"'", b"-", b"\x01")
)
#: Stand-ins for the common non-ASCII punctuation, so a line holding only
#: such can be read by the byte tables too: ``\x01`` (not in the line) for the
#: apostrophe ``’``, a joiner that may precede a glued capital (shape ``q``),
#: characters of the same classes for the others.
ASCII_STAND_INS = (
    ("’", "\x01"), ("”", '"'), ("“", "("), ("‘", "("), ("—", "("), ("–", "("), ("…", "("),
    ("\xa0", " "), ("©", "("), ("«", "("), ("»", "("), ("•", "("), ("·", "("),
)

#: Closing controls of a page: ``< Prev Next >``, ``Back to top``.
NAV_RE = regex.compile(
    r"(?i)^[\s<«‹←↑^]*(?:(?:prev(?:ious)?|next|older|newer)(?![\w\-])\W*+(?:\w++\W*+){0,3}|(?:back to )?top\W{0,3})$"
)

#: A numbered list item or heading: ``1. Jazz in the Gardens``, ``2) Lego``.
LIST_ITEM_RE = regex.compile(r"^\W{0,2}\d{1,3}[.)]\s")

#: What a headline never holds: a byline's "by", a handle, a credit, a counter.
_NOT_TITLE_FORMS = (
    r"^by\s",
    r"^[-–•*·»›>]\s",
    r"^[\w\- ]{1,30}:\s*[\d$€£¥][^\s]*(?:\s+\S+){0,2}$",
    r"^home\s+(?-i:\p{Lu})",
    # a credit (``Photo by``, ``| By Jane Doe``), not a headline's ``by`` (``vows faster buses by summer``)
    r"(?:\b(?:photos?|photograph(?:s|y)?|pictures?|images?|videos?|story|words|text|written|posted|published"
    r"|reported|reporting|edited|editing|produced|compiled|illustrations?|graphics?|opinion|analysis|column"
    r"|commentary|review|reviewed|tested|hosted|presented|narrated|directed|sponsored|powered|interview"
    r"|translated|translation)|[|,:–—-])\s*by[:\s]|\w\s+by:",
    r"@\w",
    r"\|\s*(?:getty|ap|afp|reuters|shutterstock)",
    r"/\s*getty",
    r"\b\d+\s+of\s+\d+\b",
    r"text size",
    r"\bvotes?\b",
    r"^rating\b",
    r"\b(?:posted|published|updated)\b",
)
NOT_TITLE_RE = regex.compile(r"(?i)(?:" + "|".join(_NOT_TITLE_FORMS) + ")")
#: ``NOT_TITLE_RE``'s forms one by one, the anchored (cheap) ones first.
NOT_TITLE_PARTS = tuple(
    regex.compile(r"(?i)" + _NOT_TITLE_FORMS[k]) for k in (0, 1, 2, 3, 11, 4, 5, 6, 7, 8, 9, 10, 12)
)
#: Lower-case strings one of which an ASCII line must hold for ``NOT_TITLE_RE`` to
#: match it (with a line starting ``-``, ``*``, ``>``, or holding "of" and a digit).
NOT_TITLE_CUES = (
    "by", ":", "home", "@", "|", "/", "text size", "vote", "rating", "posted", "published", "updated",
)
#: ASCII digits, for cheap checks on ASCII lines.
ASCII_DIGITS = frozenset("0123456789")
ASCII_DIGIT_RE = re.compile(r"[0-9]")
#: A digit, a separator and a digit (``2017-09``, ``10:30``), in ASCII.
DATE_SEPARATOR_RE = re.compile(r"[0-9][-/.:][0-9]")
#: The lower-case start of every month name ``MONTH`` matches.
MONTH_CUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

#: A numbered list item, with its number.
LIST_NUMBER_RE = regex.compile(r"^\W{0,2}(\d{1,3})(?:[.)]\s|\W{0,2}$)")
#: How far (non-blank lines) one numbered item may be from the next.
LIST_GAP = 40

#: How strong the paragraph under a list's last item must be (a sentence of a dozen words).
ITEM_PARAGRAPH_MIN = 1.0

#: How far (non-blank lines) the body reaches over a gap to a strong paragraph.
EXTEND_WINDOW = 6
#: How strong that paragraph must be (a sentence of about 40 words).
EXTEND_MIN = 4.0
#: A run of plain lines under the body is its list of facts when this long ...
FACTS_MIN_LINES = 5
#: ... and this share of its lines hold digits, a colon or a sentence.
FACTS_SHARE = 0.7
#: Lines up to this long are remembered from one dump to the next ...
CACHE_MAX_CHARS = 200
#: ... up to this many (then the memory starts afresh).
CACHE_MAX_LINES = 20_000
_LINE_CACHE: dict[str, tuple[LineInfo, ZoneKind | None, float]] = {}
#: The same for ``_title_score`` of the lines that may be headlines.
_TITLE_CACHE: dict[str, float] = {}

#: How many tables stacked above the body it takes in.
TABLES_UP = 4
#: Kinds of line the body reaches over to a paragraph beyond: photo captions, a box of links.
PASSABLE = (_CAPTION, _RELATED)
#: How much denser text past a comments or copyright barrier must be to be the body.
AFTER_BARRIER = 2.0
#: ... or how much a run of shorter paragraphs in a row must weigh.
EXTEND_RUN_MIN = 4.0
#: A body weighing less than this is weak: a table of data may be the article instead ...
WEAK_BODY = 8.0
#: ... when it has this many rows.
TABLE_PAGE_ROWS = 8
#: Scores at or below this are barriers: copyright footers, comment sections.
BARRIER = -12.0

#: How many lines a related-stories list may run under its heading.
RELATED_LIST_MAX = 30

#: The score of a line of boilerplate vocabulary (cookies, newsletters, ads).
BOILER_SCORE = -1.5

#: A paragraph this long (a sentence) is article text, not a teaser.
TAIL_PARAGRAPH_WORDS = 20

TITLE_MAX_WORDS = 30
#: Bonus for a headline whose content words all recur in the lead paragraphs.
HEADLINE_OVERLAP = 3.0
#: How much dearer each further line of a run of furniture is (at most double).
ESCALATE = 0.25
#: How much weaker a paragraph at the end of the page counts than one at the top.
LATE = 0.3
#: How much of the best run's weight the run from an agency lead with no
#: header (time stamp, byline) above it must reach to take its place.
LEAD_SHARE = 0.25
#: How many non-blank lines above the body the headline may be.
HEADLINE_WINDOW = 40
#: a headline's label before a colon, in up to four words: ``Spain floods: ...``, ``Ukraine war: ...``
HEADLINE_LABEL_RE = regex.compile(r"\p{Lu}[\p{L}\p{N}'’-]*+(?: [\p{L}\p{N}'’-]++){0,3}: \S")
#: a headline's source after a dash or a colon at its end: ``... so far — Peskov``, ``...: JCS``
HEADLINE_SOURCE_RE = regex.compile(r"\S\s++(?:[—–-]|:)\s++\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,2}$")


# --------------------------------------------------------------------------- lines


class LineInfo(NamedTuple):
    """What the zoner reads off one non-blank line.

    A named tuple, as :class:`newsparse.model.Line`: one is made for every new
    line of every dump, and a tuple is the cheapest object to build.

    Examples:
        >>> info = classify_line("The storm hit the coast on Monday, officials said.")
        >>> info.words, info.sentence, info.score > 0
        (9, True, True)
        >>> classify_line("Sign up for our newsletter").boilerplate
        True
    """

    words: int
    chars: int
    sentence: bool  #: ends like a sentence
    function_share: float  #: share of words that are function words
    capital_share: float  #: share of words starting with a capital letter
    glued: int  #: how many places two link texts are glued together (lines not ending like a sentence)
    boilerplate: bool
    score: float  #: how body-like the line is: > 0 for paragraphs, < 0 for furniture
    vocab: frozenset[str] = frozenset()  #: its words, lower-cased
    key: str = ""  #: its words joined, to spot repeated lines


def classify_line(text: str) -> LineInfo:
    """Read the layout signals of one line.

    Args:
        text: the line, without its line break.

    Returns:
        Its :class:`LineInfo`.
    """
    return _classify(text.strip())


def _ascii_words(padded: Sequence[bytes]) -> list[list[str]]:
    """``WORD_FAST_RE`` on each ASCII line (as bytes, after a space), lower-cased, by a byte table.

    An apostrophe or a hyphen joins two words only between two word
    characters, as in the regex: anywhere else it splits, like a space. The
    lines are read at once, joined by ``LINE_SEPARATOR``.

    The stand-in ``\\x01`` is read back as the apostrophe ``’`` it stands for.

    Examples:
        >>> _ascii_words([b" Kim's e-mail to NATO", b" -- Jo said 'no' a-'b", b" It\\x01s \\x01Tis"])
        [["kim's", 'e-mail', 'to', 'nato'], ['jo', 'said', 'no', 'a', 'b'], ['it’s', 'tis']]
    """
    data = LINE_SEPARATOR.join(padded).translate(ASCII_WORD_CHARS)
    for lone in LONE_JOINER_PARTS:
        data = lone.sub(b" ", data)
    words = data.decode("latin-1")
    if "\x01" in words:  # (the apostrophe ``’``'s stand-in: see ``ASCII_STAND_INS``)
        words = words.replace("\x01", "’")
    return list(map(str.split, words.split(LINE_SEPARATOR.decode("latin-1"))))


def _strong_boilerplate(head: str) -> bool:
    """``BOILERPLATE_STRONG_RE.search(head) is not None``, each form searched only where its cue is.

    The cues are in lower case. The pattern takes ``İ`` for ``i`` and ``ſ``
    for ``s``, which lower-case to something else: a line holding either is
    searched whole.

    Examples:
        >>> _strong_boilerplate("Sign up for our daily newsletter"), _strong_boilerplate("He is a writer")
        (True, False)
    """
    if "İ" in head or "ſ" in head:
        return BOILERPLATE_STRONG_RE.search(head) is not None
    low = head.lower()
    for cue, forms in BOILERPLATE_STRONG_FORMS_OF.items():
        if cue in low:
            for form in forms:
                if form.search(head) is not None:
                    return True
    return False


def _ascii_glue(padded: bytes) -> int:
    """``GLUE_RE``'s count on an ASCII line (as bytes, after a space): capital-small pairs after a small letter, digit, ``.!?)"``.

    Every capital-small pair but those after a capital, ``_'-``, a space
    (the one before the line too), other punctuation.

    Examples:
        >>> _ascii_glue(b" HomeNewsSports 2Day Q&As")
        3
    """
    shapes = padded.translate(ASCII_SHAPES)
    return (
        shapes.count(b"Ul") - shapes.count(b"UUl") - shapes.count(b"jUl") - shapes.count(b" Ul") - shapes.count(b"oUl")
    )


def _ascii_counts(padded: Sequence[bytes], table: bytes, pair: bytes) -> list[int]:
    """For each ASCII text (as bytes, after a space) translated by ``table``: how often ``pair`` occurs.

    The texts are translated at once, joined by ``LINE_SEPARATOR``.

    With ``ASCII_CAPITALS`` and ``b" U"``: ``CAPITAL_WORD_RE``'s count (capitals
    after anything but ``\\w'-``); with ``ASCII_SPACES`` and ``b" x"``:
    ``len(text.split())``, without building the list. (The space before the
    text stands for its start.)

    Examples:
        >>> _ascii_counts([b" Kim's 'Ex' in-Law (Big) O'Neil"], ASCII_CAPITALS, b" U")
        [3]
        >>> _ascii_counts([b"  a\\tb\\x1cc  d "], ASCII_SPACES, b" x")
        [4]
    """
    translated = LINE_SEPARATOR.join(padded).translate(table).split(LINE_SEPARATOR)
    return list(map(bytes.count, translated, repeat(pair)))


def _asciify(text: str) -> str | None:
    """The text with ``ASCII_STAND_INS`` for its non-ASCII punctuation, if that leaves it ASCII.

    Examples:
        >>> _asciify("“It’s on” — he said"), _asciify("café")
        ('(It\\x01s on" ( he said', None)
    """
    if "\x01" in text:
        return None
    for char, stand_in in ASCII_STAND_INS:
        if char in text:
            text = text.replace(char, stand_in)
    return text if text.isascii() else None


def _classify(stripped: str) -> LineInfo:
    return _classify_lines([stripped])[0]


def _classify_lines(lines: Sequence[str]) -> list[LineInfo]:
    """What the zoner reads off each of the stripped lines.

    Each signal is computed for all the lines at once, mostly by ``map``
    over C functions (byte tables, splits, sets), which spares each line a
    dozen Python calls; the loop at the end only weighs the signals.
    """
    samples = [text[:4000] for text in lines]
    plains = [sample if sample.isascii() and "\x01" not in sample else _asciify(sample) for sample in samples]
    # ASCII lines (and those made ASCII by stand-ins): the counts by byte tables
    # (about three times faster than the regexes); the other lines get empty
    # bytes here and the regexes below.
    datas = [b"" if plain is None else b" " + plain.encode("ascii") for plain in plains]
    lowers = _ascii_words(datas)
    capitals = _ascii_counts(datas, ASCII_CAPITALS, b" U")
    tokens = _ascii_counts(datas, ASCII_SPACES, b" x")  # white-space tokens
    for i, plain in enumerate(plains):
        if plain is None:
            sample = samples[i]
            lowers[i] = WORD_FAST_RE.findall(sample.lower())
            capitals[i] = len(CAPITAL_WORD_RE.findall(sample))
            tokens[i] = len(lines[i].split())
    vocabs = list(map(frozenset, lowers))
    functions = list(map(sum, map(map, repeat(FUNCTION_WORDS.__contains__), lowers)))
    # Whether each line ends like a sentence: in . ! ? … (or a colon, a
    # semicolon), followed by at most three closing quotes or brackets.
    tails = [text[-8:] for text in lines]
    bares = list(map(str.rstrip, tails, repeat(CLOSERS)))
    sentences = [len(tail) - len(bare) <= 3 and bare[-1:] in SENTENCE_MARKS for tail, bare in zip(tails, bares)]

    infos = []
    for stripped, sample, plain, data, lower, capital_words, n, vocab, function, sentence in zip(
        lines, samples, plains, datas, lowers, capitals, tokens, vocabs, functions, sentences
    ):
        chars = len(stripped)
        if chars > 4000:
            n = max(len(lower), chars // 6)
        if n < chars // 12:  # text without spaces: count two characters as a word
            n = max(n, len(CJK_RE.findall(sample)) // 2)
        nw = len(lower) or 1
        if n < 3 or sentence:
            glued = 0
        elif plain is not None:
            glued = _ascii_glue(data)
        else:
            glued = len(GLUE_RE.findall(sample))
        head = stripped[:600]
        # (or a shorter report: ``The bakery said its cookie sales had doubled.``)
        long_sentence = sentence and (n >= 15 or (n >= 8 and not vocab.isdisjoint(REPORTING_WORDS)))
        symbol = "(c)" in head or "(C)" in head or plain is not sample and "©" in head
        boiler = (
            n < 60
            and (symbol or not vocab.isdisjoint(BOILERPLATE_STRONG_TRIGGERS))
            and _strong_boilerplate(head)
        ) or (
            not long_sentence
            and n < 40
            and not vocab.isdisjoint(BOILERPLATE_TRIGGERS)
            and BOILERPLATE_RE.search(head) is not None
        ) or (n <= 6 and not sentence and not vocab.isdisjoint(FURNITURE_WORDS) and not _labelled_value(stripped))
        barrier = (
            n < 40
            and (symbol or not vocab.isdisjoint(COPYRIGHT_TRIGGERS))
            and COPYRIGHT_RE.search(head) is not None
        )
        fshare = function / nw
        cshare = capital_words / nw
        if barrier:
            boiler = True
            score = -12.0
        elif boiler:
            # an ad break inside the story (``ADVERTISEMENT``, ``Story continues below
            # advertisement``) is furniture, but the story runs on past it
            score = 0.0 if n <= 8 and AD_BREAK_RE.fullmatch(stripped) else BOILER_SCORE
        elif glued >= 3 and glued * 12 >= n and not sentence:
            score = -3.0
        elif n >= 12:
            if sentence:
                score = min(n, 100) / 8 - 0.8
            elif cshare > 0.5:
                score = -0.3  # a long title: a teaser's headline
            elif fshare >= 0.2:
                score = min(n, 100) / 12 - 0.5
            else:
                score = 0.5
        elif n >= 6:
            if sentence:
                score = 0.8
            elif fshare >= 0.2:
                score = 0.0
            else:
                score = -0.3 if cshare < 0.7 else -1.0
        elif n >= 2 and sentence and stripped[-1] not in ":;":
            score = 0.1
        elif n >= 2 and cshare < 0.5:
            score = -0.3
        else:
            score = -1.0 if n < 2 or cshare < 0.7 else -1.5
        infos.append(LineInfo(
            n, chars, sentence, fshare, cshare, glued, boiler, score, vocab, " ".join(lower) if chars <= 300 else "",
        ))
    return infos


# --------------------------------------------------------------------------- kinds of line


def _is_widget(text: str, info: LineInfo) -> bool:
    if info.words <= 4 and LIVE_CONTROLS_RE.match(text):
        return True  # a live page's filters: ``Key events``, ``Show key events only``
    if len(text) > 200 or info.vocab and info.vocab.isdisjoint(WIDGET_TRIGGERS):
        return False
    if not WIDGET_SYMBOLS_RE.match(text):
        return False
    if NAV_RE.match(text):
        return True
    words = [w.lower() for w in _words(text)]
    words = [w for w in words if not w.isdigit()]
    if not words:
        return ARROWS_RE.match(text) is not None
    return all(w in WIDGET_WORDS for w in words) and any(w in WIDGET_STRONG for w in words)


def _is_related(text: str) -> bool:
    """A related-stories heading, or a link to another story (``Read more: ...``)."""
    if len(text) <= RELATED_HEAD_MAX_CHARS:
        start = 0
        if not text[:1].isalnum():  # (most lines start with a letter or a digit)
            while start < 3 and start < len(text) and not (text[start].isalnum() or text[start] == "_"):
                start += 1
        if (
            text[start : start + 12].lower().startswith(RELATED_STARTS)
            and RELATED_HEAD_RE.match(text) is not None
        ):
            return True
    return ":" in text and RELATED_INLINE_RE.match(text) is not None


def _is_byline(text: str, info: LineInfo) -> bool:
    if info.words > 25:
        return False
    vocab = info.vocab
    if not vocab.isdisjoint(BYLINE_TRIGGERS) and BYLINE_RE.match(text):
        return info.words <= 20 or not info.sentence
    if "|" in text and BYLINE_PIPE_RE.match(text) and not _section_label(text):
        return True  # ``Zhang Yunbi | China Daily``; not a section's label (``All News | North Korea``)
    if (
        info.words <= 14
        and text[:1].isupper()
        and ("|" in text or "-" in text or "–" in text or "—" in text or "·" in text or "•" in text
             or not vocab.isdisjoint(BYLINE_STAMP_WORDS))
        and BYLINE_STAMP_RE.match(text)
        and _has_date(text)
        and not LABELLED_STAMP_RE.match(text)  # (``Updated - November 12, 2024 ... - CHENNAI``: no name)
    ):
        return True
    if not vocab.isdisjoint(STAFF_TRIGGERS) and BYLINE_STAFF_RE.match(text):
        return True
    if (text[:1].islower() and "/" in text or not vocab.isdisjoint(SIGNATURE_TRIGGERS)) \
            and AGENCY_SIGNATURE_RE.match(text):
        return True
    return (
        info.words <= 10
        and not info.sentence
        and ("and" in vocab or "," in text or "&" in text)
        and BYLINE_NAMES_RE.match(text) is not None
    )


def _is_dateline(text: str, info: LineInfo) -> bool:
    if info.words > 16:
        return False
    if info.words <= 8 and "(" in text and AGENCY_DATELINE_RE.match(text):
        return True
    if (
        (ASCII_DIGIT_RE if text.isascii() else DIGIT_RE).search(text) is None  # (``re`` is faster, same on ASCII)
        and "today" not in info.vocab
        and "yesterday" not in info.vocab
    ):
        return False
    if not _has_date(text) or LIST_ITEM_RE.match(text):
        return False
    if _stamp_label(text) or STAMP_LABEL_RE.search(text):
        return True
    # The date stamp must be most of the line: what is left is a few words (``On``
    # counted: ``On March 12, officials said ...`` is a sentence).
    rest = (DATE_ANY_FAST_RE if _re_safe(text) else DATE_ANY_RE).sub(" ", text)
    rest_words = [w for w in _words(rest) if not w.isdigit()]
    if len(rest_words) > 3:
        # or of a part of a line of labelled parts (``Source: Xinhua | 2023-12-12 18:25:47 |
        # Editor: huaxia``): the others a few words each
        parts = [_words(part) for part in rest.split("|")] if "|" in text else []
        return 2 <= len(parts) <= 5 and all(len(words) <= 3 for words in parts) and any(
            all(w.isdigit() for w in words) for words in parts)
    # a short sentence holding a date (``He arrived yesterday.``, ``The summit opens Sept 3.``)
    # is not a stamp: its other words are a clause's, not a stamp's labels
    return not (text.endswith(".") and any(
        w.islower() and len(w) > 3 and w not in STAMP_WORDS for w in rest_words))


def _is_caption(text: str, info: LineInfo) -> bool:
    if info.words > 80:
        return False
    if (not info.vocab.isdisjoint(CAPTION_TRIGGERS) or "/" in text and text.endswith(")")) and any(
            f.search(text) for f in CAPTION_PARTS):
        return True
    if "|" in text and (credit := PIPE_CREDIT_RE.search(text)) is not None and (
            credit["by"] is not None or credit["credit"].isupper()):
        return True  # ``Ishiba delivers a policy speech in the Diet on Friday.  | KYODO``
    if info.words > 8:
        return False
    if "/" in text:
        return CREDIT_LINE_RE.match(text) is not None
    if text[:1] == "(":
        return BRACKET_CREDIT_RE.match(text) is not None
    return "," in text and AGENCY_CREDIT_RE.match(text) is not None


def _is_breadcrumb(text: str, info: LineInfo) -> bool:
    return (
        info.words <= 20
        and not info.sentence
        and (">" in text or "»" in text or "›" in text or " / " in text or not info.vocab.isdisjoint(BREADCRUMB_TRIGGERS))
        and BREADCRUMB_RE.match(text) is not None
        # (not a byline and its time stamp: ``TOI News Desk / TIMESOFINDIA.COM / Updated: Dec 21, 2024``)
        and not (STAMP_LABEL_RE.search(text) and _has_date(text))
    )


def _is_title(text: str, info: LineInfo) -> bool:
    if not 2 <= info.words <= TITLE_MAX_WORDS or info.boilerplate or info.glued >= 3:
        return False
    stripped = text.rstrip()
    if stripped.endswith((":", ",", ";")):
        return False
    first = text[0] if text[:1].isalnum() else next((c for c in text if c.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit() or not first.isalpha() or first.islower() and info.capital_share > 0.5)


def _labelled_value(text: str) -> bool:
    """A fact under a label of two words or more: ``Market share: 3.58%``, ``Where to watch: Prime Video``."""
    label, colon, value = text.partition(":")
    return bool(colon) and label.count(" ") >= 1 and bool(value.strip())


def _words(text: str) -> list[str]:
    """``WORD_RE.findall(text)``, by the faster ``WORD_FAST_RE`` on a line of ASCII text (same words there).

    (On a long text ``regex`` gets ahead again: it skips runs of spaces and
    punctuation faster.)
    """
    return (WORD_FAST_RE if len(text) <= 1000 and text.isascii() else WORD_RE).findall(text)


def _norm(text: str) -> str:
    return " ".join(_words(text.lower()))


def _norm_head(text: str, size: int) -> str:
    """``_norm(text)[:size]``, reading no more of a long ASCII text than it needs.

    The words of a prefix are the text's words but for the last one, which the
    cut may have shortened: when the others fill ``size`` characters, they are
    the start of the text's.

    Examples:
        >>> text = "The Quick, brown fox's e-mail " * 100
        >>> _norm_head(text, 200) == _norm(text)[:200]
        True
    """
    for cut in (2 * size, 5 * size):  # (prose fills ``size`` from about ``size + size // 8``)
        if len(text) <= cut:
            break
        part = text[:cut]
        if not part.isascii():
            break
        joined = " ".join(WORD_FAST_RE.findall(part.lower())[:-1])
        if len(joined) >= size:
            return joined[:size]
    return _norm(text)[:size]


# --------------------------------------------------------------------------- the zoner


def _best_segment(scores: Sequence[float]) -> tuple[int, int] | None:
    """The maximum-sum run of scores (Kadane), as inclusive indices."""
    best = 0.0
    best_range = None
    total = 0.0
    start = 0
    for i, s in enumerate(scores):
        if total <= 0:
            total = s
            start = i
        else:
            total += s
        if total > best:
            best = total
            best_range = (start, i)
    return best_range


def _read_lines(stripped: Sequence[str]) -> dict[str, tuple[LineInfo, ZoneKind | None, float]]:
    """The signals, the special kind and the base score of each distinct line.

    Short lines (menus, footers, buttons) recur from one dump of a portal to
    the next: what was read of them is kept in ``_LINE_CACHE`` (bounded,
    emptied when full), so a stream of dumps reads each only once.
    """
    cache = _LINE_CACHE
    distinct = dict.fromkeys(stripped)
    seen: dict[str, tuple[LineInfo, ZoneKind | None, float] | None] = dict(zip(distinct, map(cache.get, distinct)))
    new = [t for t, known in seen.items() if known is None]
    if new:
        infos = _classify_lines(new)
        kinds = list(map(_special_kind, new, infos))
        read = list(zip(infos, kinds, map(_base_score, new, infos, kinds)))
        seen.update(zip(new, read))
        kept = [(t, known) for t, known in zip(new, read) if len(t) <= CACHE_MAX_CHARS]
        if len(cache) + len(kept) > CACHE_MAX_LINES:
            cache.clear()
        cache.update(kept)
    return seen  # type: ignore[return-value]  # every line read now


def _base_score(text: str, info: LineInfo, kind: ZoneKind | None) -> float:
    """A line's score, lowered for the special kinds of line."""
    s = info.score
    if kind is _RELATED:
        # A list heading ends the body; a link inside it ("Read more: ...") does not.
        s = min(s, -1.0 if RELATED_INLINE_RE.match(text) else -4.0)
    elif kind is not None and kind is not _CAPTION:
        s = min(s, -2.0)
    elif kind is _CAPTION:
        s = min(s, -0.5)
    return s


def _from_lead(
    texts: Sequence[str],
    infos: Sequence[LineInfo],
    special: Sequence[ZoneKind | None],
    scores: Sequence[float],
    segment: tuple[int, int] | None,
) -> tuple[tuple[int, int] | None, int]:
    """Prefer the body a report's lead opens when the best run misses it.

    An agency dateline (``ST. JOSEPH, Mich. (AP) —``) opens the first
    paragraph of a report. When the best run of prose (often a block of glued
    teasers above the article) does not hold such a lead, the run that starts
    at the lead is the body if the lead sits under a time stamp or byline (the
    report's own header), or else if its run weighs at least ``LEAD_SHARE`` of
    the best run (one wire teaser under a long report does not).

    Returns:
        The run, and the index of the lead it was moved to (else -1).
    """
    leads = [
        j for j, text in enumerate(texts)
        if "(" in text and infos[j].words > 8 and infos[j].sentence and scores[j] > 0
        and AGENCY_DATELINE_RE.match(text)
    ]
    if not leads or segment is not None and any(segment[0] <= j <= segment[1] for j in leads):
        return segment, -1
    # The heaviest run starting at each line (its best prefix), right to left:
    # linear however many leads a page (a wire feed) holds.
    n = len(scores)
    weight = [0.0] * (n + 1)
    ends = list(range(n))
    for k in range(n - 1, -1, -1):
        if weight[k + 1] > 0:
            weight[k] = scores[k] + weight[k + 1]
            ends[k] = ends[k + 1]
        else:
            weight[k] = scores[k]
    lead = max(leads, key=weight.__getitem__)  # the first of equals
    headed = any(special[k] in (_DATELINE, _BYLINE) for k in range(max(0, lead - 3), lead))
    if not headed and segment is not None and weight[lead] < LEAD_SHARE * sum(scores[segment[0] : segment[1] + 1]):
        return segment, -1
    return (lead, ends[lead]), lead


def _before_barrier(scores: Sequence[float], segment: tuple[int, int] | None) -> tuple[int, int] | None:
    """Prefer a body above the first comments or copyright barrier.

    Pages put the article before their comments and footers: text past such a
    barrier wins only when it is far denser than the best run above it.
    """
    if segment is None:
        return None
    barrier = next((j for j in range(segment[0]) if scores[j] <= BARRIER), -1)
    if barrier < 0:
        return segment
    above = _best_segment(scores[:barrier])
    if above is None:
        return segment
    weight = sum(scores[above[0] : above[1] + 1])
    if weight * AFTER_BARRIER >= sum(scores[segment[0] : segment[1] + 1]):
        return above
    return segment


def _table_page(
    texts: Sequence[str],
    idx: Sequence[int],
    infos: Sequence[LineInfo],
    scores: Sequence[float],
    segment: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """On a page of data (standings, a calendar) the body is its table.

    When the best run of prose is weak (a few short sentences: teasers), a
    long table above it (``TABLE_PAGE_ROWS`` lines or more with no blank line
    between, most holding digits, no furniture) is the article instead.
    """
    if segment is not None and sum(scores[segment[0] : segment[1] + 1]) >= WEAK_BODY:
        return segment
    end = segment[0] if segment is not None else len(texts)
    best = None
    start = 0
    while start < end:
        k = start
        digits = 0
        while k < end and (k == start or idx[k] == idx[k - 1] + 1):
            if scores[k] <= BARRIER:
                return segment  # nothing past a footer
            digits += DIGIT_RE.search(texts[k]) is not None
            k += 1
        rows = k - start
        if (
            rows >= TABLE_PAGE_ROWS
            and digits >= 0.7 * rows
            and not any(infos[r].boilerplate or infos[r].words > 30 for r in range(start, k))
            and (best is None or rows > best[1] - best[0] + 1)
        ):
            best = (start, k - 1)
        start = k
    return best or segment


def zone_texts(texts: Sequence[str]) -> list[ZoneKind]:
    """One zone kind per line, from the lines' texts alone.

    Args:
        texts: the lines, without line breaks.

    Returns:
        A kind for every line.

    Examples:
        >>> zone_texts(["Home > World > Asia", "Storm hits coast", "",
        ...             "A storm hit the coast on Monday, cutting power to thousands of homes, officials said.",
        ...             "Share this page"])
        [<ZoneKind.BREADCRUMB: 'breadcrumb'>, <ZoneKind.HEADLINE: 'headline'>, <ZoneKind.HEADLINE: 'headline'>, <ZoneKind.BODY: 'body'>, <ZoneKind.WIDGET: 'widget'>]
    """
    n_lines = len(texts)
    all_stripped = list(map(str.strip, texts))
    idx = [i for i, t in enumerate(all_stripped) if t]  # non-blank lines
    if not idx:
        return [_OTHER] * n_lines
    stripped = [t for t in all_stripped if t]
    # Menus and teasers repeat: read each distinct line once.
    seen = _read_lines(stripped)
    known = list(map(seen.__getitem__, stripped))
    infos: list[LineInfo] = list(map(itemgetter(0), known))
    special: list[ZoneKind | None] = list(map(itemgetter(1), known))
    scores = list(map(itemgetter(2), known))
    m = len(idx)

    # Repeated lines (menus, page titles): counted on a normalised key, linear.
    keys = list(map(attrgetter("key"), infos))
    counts = Counter(keys)
    del counts[""]
    get_count = counts.get  # a missing key costs a Python call in ``Counter.__getitem__``
    repeated = [get_count(key, 0) > 1 for key in keys]
    # Furniture in a run costs more the longer the run: isolated short lines
    # inside a body (subheads, credits) are cheap, blocks of menus are not.
    # Pages put the article before comments, teasers and footers: later text
    # must be denser to win. (The ``min`` of each step written out: it is
    # the same number, without a call per line.)
    run = 0
    for j, s in enumerate(scores):
        if repeated[j] and infos[j].words < 12:
            s -= 0.5
            if not s <= -0.5:
                s = -0.5
        if s > 0:
            scores[j] = s * (1.0 - LATE * j / m)
            run = 0
        else:
            run += 1
            factor = 1 + ESCALATE * (run - 1)
            scores[j] = (s if s <= -0.2 else -0.2) * (factor if factor <= 2.0 else 2.0)

    segment = _best_segment(scores)
    segment, lead = _from_lead(stripped, infos, special, scores, segment)
    segment = _before_barrier(scores, segment)
    prose = segment
    segment = _table_page(stripped, idx, infos, scores, segment)
    body_first, body_last = segment if segment else (m, -1)
    # Paragraphs just outside the run whose gap to it is small are body too.
    body_first, body_last = _extend(scores, infos, special, repeated, body_first, body_last)
    # and a live page's entries under it, each under its time stamp
    body_last = _extend_entries(infos, special, body_first, body_last)
    # Trim trailing furniture the run swallowed at its end.
    while body_last > body_first and scores[body_last] < 0:
        body_last -= 1
    body_last = _cut_tail(infos, special, body_first, body_last)
    body_last = _cut_bio(stripped, infos, body_first, body_last)
    # Lines outside strict_to < j < listed were reached by a list rule below.
    listed = body_last + 1  # lines from here to the new end are a list's items
    body_last = _extend_list(stripped, idx, infos, special, repeated, body_first, body_last)
    # A numbered list the body starts (1., 2., 3. ...) runs on to its last item.
    strict_from, strict_to = body_last + 1, body_first - 1
    body_first, body_last = _numbered_list(stripped, scores, body_first, body_last)
    # Tables of figures right above the body (each under its heading) are part of it.
    body_first = _extend_tables_up(stripped, idx, infos, body_first, body_last)
    # Then plain lines of facts (a meal plan, a schedule) up to the page's furniture.
    body_last = _extend_facts(stripped, infos, special, body_first, body_last)
    # and not over the author's contact that closes the article
    body_last = _cut_contact(stripped, infos, special, body_first, body_last)
    if lead >= 0 and body_first < lead:
        body_first = lead  # what the rules above reached above a report's lead is furniture

    labels: list[ZoneKind] = [_OTHER] * m
    teasers = -1  # the last line of a list of headlines under a related-stories heading in the body
    for j in range(m):
        kind = special[j]
        if body_first <= j <= body_last:
            if j <= teasers:
                labels[j] = _RELATED
                continue
            if kind is _RELATED and RELATED_HEAD_RE.match(stripped[j]):
                k = j + 1
                while k <= body_last and special[k] is None and _is_teaser(stripped[k], infos[k]):
                    k += 1
                if k - j > 2:  # two or more: a list, not a subhead
                    teasers = k - 1
            if kind is _DATELINE and _dated_text(stripped[j]):
                labels[j] = _BODY  # a quoted tweet's signature, a dated list item
            elif kind is _BYLINE and body_first + 2 < j < body_last and BYLINE_NAMES_RE.match(stripped[j]):
                labels[j] = _BODY  # names mid-article: a subhead (``Hike and Bike Trail``)
            elif kind is not None:
                labels[j] = kind
            elif infos[j].boilerplate or scores[j] <= -3 and strict_to < j < listed or not infos[j].vocab:
                # boilerplate, a long run of furniture in the prose (a list the
                # body was extended over is read by its own rule), or only
                # symbols (☆☆☆, * * *)
                labels[j] = _OTHER
            elif (j >= strict_from or j <= strict_to) and not _list_content(
                stripped[j], infos[j], scores[j], repeated[j]
            ):
                labels[j] = _OTHER  # around listicle items: only items, paragraphs and phrases
            else:
                labels[j] = _BODY
        elif kind is not None:
            labels[j] = kind
    _mark_credited_captions(stripped, idx, infos, labels, body_first, body_last)
    _mark_captions_over_credits(stripped, idx, infos, labels)
    _mark_source_credits(stripped, labels, body_first)

    if body_first <= body_last:
        while (
            body_first < body_last
            and segment is prose  # a table's rows are not titles
            and labels[body_first] is _BODY
            and not infos[body_first].sentence
            and infos[body_first].words < 25
        ):
            labels[body_first] = _OTHER
            body_first += 1
        _mark_standfirst(stripped, infos, labels, body_first, body_last)
    else:
        body_first = body_last = m
    _mark_related(stripped, infos, labels, 0, body_first, above_body=True)
    _mark_headline(stripped, infos, labels, keys, counts, body_first)
    _mark_related(stripped, infos, labels, body_last + 1, m)

    # Blank lines take the kind of the line before them (blank lines at the
    # top, the kind of the first line): each line's kind runs to the next line.
    lengths = map(int.__sub__, [*idx[1:], n_lines], idx)
    out = [labels[0]] * idx[0]
    out.extend(chain.from_iterable(map(repeat, labels, lengths)))
    return out


def _special_kind(text: str, info: LineInfo) -> ZoneKind | None:
    if info.words > 80:
        return None
    if "omment" in text and (tail := COMMENTS_TAIL_RE.search(text)) is not None:
        # a blog's stamp line with its comment count and the title after it (``Posted on
        # December 20, 2025 by Jane Doe - 5 Comments on <title>``): read as the stamp alone
        head = text[:tail.start()]
        kind = _special_kind(head, classify_line(head))
        if kind is _BYLINE or kind is _DATELINE:
            return kind
    if info.words > 25:  # too long for a breadcrumb, a byline or a time stamp
        if _is_widget(text, info):
            return _WIDGET
        if _is_related(text):
            return _RELATED
        if _is_caption(text, info):
            return _CAPTION
        return None
    if _is_breadcrumb(text, info):
        return _BREADCRUMB
    if _is_widget(text, info):
        return _WIDGET
    if _is_related(text):
        return _RELATED
    if _is_byline(text, info):
        return _BYLINE
    if _is_dateline(text, info):
        return _DATELINE
    if _is_caption(text, info):
        return _CAPTION
    return None


def _extend(
    scores: Sequence[float],
    infos: Sequence[LineInfo],
    special: Sequence[ZoneKind | None],
    repeated: Sequence[bool],
    first: int,
    last: int,
) -> tuple[int, int]:
    """Grow the body over short gaps to further strong paragraphs.

    Lists, spec tables, photo credits and boxes of related links may break a
    body into pieces; a strong paragraph (a long sentence) within a few lines
    of the body (captions and the headings of link boxes, ``Related``, not
    counted), with no copyright or comments barrier between, belongs to the
    same article.
    """
    if first > last:
        return first, last
    n = len(scores)
    for step in (1, -1):
        edge = last if step == 1 else first
        j = edge + step
        run = 0.0  # the weight of the paragraphs in a row just read
        boxed = 0  # captions and link-box headings between: the body goes on past pictures and link boxes
        while 0 <= j < n and (abs(j - edge) - boxed <= EXTEND_WINDOW or run > 0):
            s = scores[j]
            boxed += special[j] is _CAPTION or special[j] is _RELATED
            if s <= BARRIER or infos[j].boilerplate and s <= -3 and special[j] not in PASSABLE:
                break
            run = run + s if s > 0 and not repeated[j] else 0.0  # a repeated line: a gallery's caption
            if s >= EXTEND_MIN or run >= EXTEND_RUN_MIN:
                edge = j  # the run goes on as long as its paragraphs do
                boxed = 0
            j += step
        if step == 1:
            last = edge
        else:
            first = edge
    return first, last


def _extend_entries(
    infos: Sequence[LineInfo], special: Sequence[ZoneKind | None], first: int, last: int
) -> int:
    """The body goes on through the entries of a live page under it.

    An entry is a time stamp, maybe a title, then paragraphs of sentences; the
    body ending right above one such entry (``2 Mar 2025 15.20 GMT`` /
    ``Zelensky arrives at Lancaster House`` / ``Ukrainian president ...``)
    goes on to the end of the last entry in a row. The stamps stay datelines.
    """
    if first > last:
        return last
    n = len(infos)
    j = last + 1
    while j < n and special[j] is _DATELINE:
        k = j + 1
        if k < n and special[k] is None and not infos[k].sentence and infos[k].words <= TITLE_MAX_WORDS \
                and not infos[k].boilerplate:
            k += 1  # the entry's title
        end = k
        while end < n and special[end] is None and infos[end].sentence and infos[end].words >= ENTRY_MIN_WORDS \
                and not infos[end].boilerplate:
            end += 1
        if end == k:
            break  # a stamp with no paragraph under it: no entry
        last = end - 1
        j = end
    return last


def _extend_facts(
    texts: Sequence[str], infos: Sequence[LineInfo], special: Sequence[ZoneKind | None], first: int, last: int
) -> int:
    """The body goes on through a run of plain lines of facts under its last paragraph.

    Recipes, meal plans, schedules and spec sheets follow their introduction
    as short lines, blank lines between or not. The run is every line up to the
    page's furniture (a widget, a related list, a byline, boilerplate, glued
    links); it must be ``FACTS_MIN_LINES`` long, with most lines holding
    digits, a colon or a full sentence, which menus and tag lists do not.
    """
    if first > last:
        return last
    k = last + 1
    facts = widgets = 0
    while k < len(texts):
        if special[k] is _WIDGET and widgets < 2 and NAV_RE.match(texts[k]) is None:
            widgets += 1  # a recipe card's print button (not prev/next: the end of a page)
        elif special[k] is not None or infos[k].boilerplate or not infos[k].vocab or infos[k].glued:
            break
        else:
            facts += infos[k].sentence or ":" in texts[k] or DIGIT_RE.search(texts[k]) is not None
        k += 1
    run = k - last - 1
    if run >= FACTS_MIN_LINES and facts >= FACTS_SHARE * run:
        return k - 1
    return last


#: a short bio of the author closing the article: a name, ``is``, and a journalist's job
#: (``Dana Levi is The Times of Israel's political correspondent.``, ``Jane Doe is a reporter
#: for the Post``)
BIO_LINE_RE = regex.compile(
    r"\p{Lu}[\p{L}'’\-]++(?:\s\p{Lu}\.?[\p{L}'’\-]*+){1,3}\s(?:is|was)\s(?:an?\s|the\s|\p{Lu})[^.]{0,80}?"
    r"\b(?:correspondent|reporter|editor|writer|columnist|journalist|contributor|producer)s?\b[^.]{0,80}\.?$"
)


def _cut_bio(texts: Sequence[str], infos: Sequence[LineInfo], first: int, last: int) -> int:
    """End the body before the author's bio that closes it.

    The bio is the body's last line, a paragraph naming its author, under the
    author's name (maybe with a job title between) or ``About the author``.
    """
    if last > first and infos[last].words <= 30 and BIO_LINE_RE.match(texts[last]):
        return last - 1  # ``Dana Levi is The Times of Israel's political correspondent.``
    if last - first < 4 or infos[last].words < 20:
        return last
    for j in (last - 2, last - 1):
        text = texts[j]
        if ABOUT_AUTHOR_RE.match(text) or NAME_RE.match(text) and text in texts[last][:300]:
            return j - 1
    return last


def _cut_contact(texts: Sequence[str], infos: Sequence[LineInfo], special: Sequence[ZoneKind | None],
                 first: int, last: int) -> int:
    """End the body before the author's contact lines that close it.

    Short lines holding an e-mail address after the last paragraph
    (``Michael Torres covers City Hall. Email: mtorres@example.com``,
    ``Reach her at jdoe@example.com``) are the author's, not the story's;
    so is what follows them (a list of related stories, widgets).
    """
    j = last
    while j > first and (special[j] is not None or _is_teaser(texts[j], infos[j])) and not _contact(texts[j], infos[j]):
        j -= 1
    if not _contact(texts[j], infos[j]):
        return last
    while j > first and _contact(texts[j], infos[j]):
        j -= 1
    return j


def _contact(text: str, info: LineInfo) -> bool:
    return info.words <= CONTACT_WORDS and "@" in text and EMAIL_RE.search(text) is not None


def _cut_tail(infos: Sequence[LineInfo], special: Sequence[ZoneKind | None], first: int, last: int) -> int:
    """End the body at the first related-list heading or widget after its last real paragraph.

    What follows the last paragraph of some length under such a line is a
    list of teasers, however sentence-like.
    """
    j = last
    while j >= first and not (infos[j].sentence and infos[j].words >= TAIL_PARAGRAPH_WORDS):
        j -= 1
    for k in range(max(j, first) + 1, last + 1):
        if special[k] in (_RELATED, _WIDGET):
            return k - 1
    return last


def _is_teaser(text: str, info: LineInfo) -> bool:
    """A story's headline in a list: a short line, not a sentence (or cut short with ``...``)."""
    return 2 <= info.words <= 25 and (not info.sentence or text.endswith(("...", "…")))


def _list_content(text: str, info: LineInfo, score: float, repeated: bool) -> bool:
    """Whether a line between a listicle's items is its text: an item, a paragraph, a phrase.

    Single words (markup debris, bare links, logos) and short lines the page
    repeats (buttons) are not.
    """
    return score > 0 or _item_number(text) is not None or info.words >= (3 if repeated else 2)


def _item_number(text: str) -> int | None:
    """The number of a numbered list item (``1. Lego``, ``2) Jazz``, or ``3`` alone on its line)."""
    if not (text[:1].isdigit() or text[1:2].isdigit() or text[2:3].isdigit()):
        return None
    match = LIST_NUMBER_RE.match(text)
    return int(match[1]) if match is not None else None


def _numbered_list(texts: Sequence[str], scores: Sequence[float], first: int, last: int) -> tuple[int, int]:
    """How far a numbered list met in the body runs: ``1. ...``, ``2. ...``, ``3. ...``.

    A listicle numbers its items in order, each with its paragraphs and
    whatever the page puts between (pictures, embeds, buttons, prices). An
    item inside the body or just around it is followed up and down the page
    (the next number, or the one before, within ``LIST_GAP`` lines and no
    barrier between); a list of three or more items takes the body from its
    first item to the paragraphs under its last.
    """
    if first > last:
        return first, last
    n = len(texts)
    found = [
        (j, number)
        for j in range(max(0, first - EXTEND_WINDOW), min(n, last + EXTEND_WINDOW + 1))
        if (number := _item_number(texts[j]) or 0) >= 1  # 0 is a counter, not an item
    ]
    if not found:
        return first, last
    ends = []
    items = []
    for (at, number), step in ((found[-1], 1), (found[0], -1)):
        items.append(at)
        j = at + step
        while 0 <= j < n and abs(j - at) <= LIST_GAP and scores[j] > BARRIER:
            if number + step >= 1 and _item_number(texts[j]) == number + step:
                at, number = j, number + step
                items.append(at)
            j += step
        ends.append((at, number))
    (top, top_number), (bottom, bottom_number) = ends[1], ends[0]
    if bottom_number - top_number < 2:
        return first, last
    # Items that are bare numbers must carry paragraphs: else it is a ranked
    # list of headlines (``Most read: 1 ... 2 ...``).
    items = sorted(set(items))
    if any(len(texts[j]) <= 4 for j in items):
        gaps = sum(
            1 for a, b in zip(items, items[1:]) if any(scores[k] >= EXTEND_MIN for k in range(a + 1, b))
        )
        if gaps * 2 < len(items) - 1:
            return first, last
    if bottom > last:
        # The last item's paragraphs: the first within reach, and strong ones close under it.
        last = bottom
        for k in range(bottom + 1, min(n, bottom + LIST_GAP + 1)):
            if scores[k] <= BARRIER or last > bottom and k - last > EXTEND_WINDOW:
                break
            if scores[k] >= (EXTEND_MIN if last > bottom else ITEM_PARAGRAPH_MIN):
                last = k
    return min(first, top), last


def _stamp_label(text: str) -> bool:
    """Whether a line opens with a time stamp's label (``Updated:``); ``On`` alone is none,
    as it opens sentences too (``On March 12, officials said ...``)."""
    label = DATELINE_LABEL_RE.match(text)
    return label is not None and label.group().strip().lower() != "on"


#: the words of a time of day in a stamp (``2 Mar 2025 15.20 GMT``, ``10:33 am ET``)
CLOCK_WORDS = frozenset("am pm a.m. p.m. gmt utc bst cet cest est edt cst cdt pst pdt et pt ist kst jst hkt sgt "
                        "aest msk".split())
#: and the other words of a page's own time stamp: its weekday, ``at`` before its time (``Thu 14
#: Nov 2024 at 6:12am``), the letters of ``p.m.`` split apart, a time with its ``am`` (``12am``
#: of ``6:12am``, ``9am``)
STAMP_TIME_WORDS = CLOCK_WORDS | frozenset(
    "at on a p m mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday "
    "saturday sunday".split()
) | frozenset(f"{n:{width}}{m}" for n in range(60) for width in ("d", "02d") for m in ("am", "pm"))


def _dated_text(text: str, stamp_words: Set[str] = CLOCK_WORDS) -> bool:
    """Whether a line holding a date says more than a time stamp would: a word that is no
    number and none of ``stamp_words`` (a time of day's, by default)."""
    if _stamp_label(text):
        return False
    rest = (DATE_ANY_FAST_RE if _re_safe(text) else DATE_ANY_RE).sub(" ", text)
    return any(not w.isdigit() and w.lower() not in stamp_words for w in _words(rest))


def _mark_credited_captions(
    texts: Sequence[str], idx: Sequence[int], infos: Sequence[LineInfo], labels: list[ZoneKind], first: int, last: int
) -> None:
    """A photo caption in the body, with its credit on the next line.

    The pair stands alone (blank lines around it): a sentence of at most 40
    words, then a short capitalised line without final punctuation
    (``Berkeley Earth``, ``NASA Worldview``).
    """
    for j in range(max(first, 0), min(last, len(labels) - 1)):
        k = j + 1
        if (
            labels[j] is _BODY
            and labels[k] is _BODY
            and idx[k] == idx[j] + 1
            and (j == 0 or idx[j - 1] < idx[j] - 1)
            and (k + 1 >= len(idx) or idx[k + 1] > idx[k] + 1)
            and infos[j].sentence
            and not texts[j].endswith(":")
            and infos[j].words <= 40
            and infos[k].words <= 5
            and not infos[k].sentence
            and infos[k].capital_share >= 0.5
        ):
            labels[j] = labels[k] = _CAPTION


def _mark_captions_over_credits(
    texts: Sequence[str], idx: Sequence[int], infos: Sequence[LineInfo], labels: list[ZoneKind]
) -> None:
    """The line right above a bare photo credit is its caption: outside the body, and inside
    it a line that does not end like a sentence above a labelled credit (``Image: Jens
    Schlueter/AFP``), as pages that print a caption without a full stop lay it out."""
    for k in range(1, len(labels)):
        j = k - 1
        if (
            labels[k] is _CAPTION
            and infos[k].words <= 8
            and idx[k] == idx[j] + 1
            and 3 <= infos[j].words <= 40
            and not infos[j].boilerplate
            and (
                labels[j] is _OTHER and (infos[j].sentence or infos[j].words >= 12  # a caption, not a headline
                                         # (or in sentence case over a labelled credit: ``Scholz said
                                         # he had lost trust in Lindner`` / ``Image: Michael ...``)
                                         or infos[j].words >= 5 and infos[j].capital_share < 0.5
                                         and CREDIT_LABEL_RE.match(texts[k]) is not None)
                or labels[j] is _BODY and not infos[j].sentence and infos[j].words >= CAPTION_MIN_WORDS
                and CREDIT_LABEL_RE.match(texts[k]) is not None
            )
        ):
            labels[j] = _CAPTION
    # (and the line right under a bare credit or a gallery's counter that has no caption above
    # it, outside the body: pages that print the credit over the picture, ``Getty Images`` /
    # ``Zelensky spoke to reporters in Kyiv on Tuesday``, ``Image 1 of 13`` / ``...``)
    for k in range(len(labels) - 1):
        j = k + 1
        if (
            labels[k] is _CAPTION
            and infos[k].words <= 4
            and (k == 0 or labels[k - 1] is not _CAPTION)
            and idx[j] == idx[k] + 1
            and labels[j] is _OTHER
            and 4 <= infos[j].words <= 40
            and not infos[j].boilerplate
            and (not infos[k].sentence or infos[k].words == 1 and texts[k].endswith(":"))  # (or ``Image:``)
            and "/" not in texts[k]  # (``View PDF/Print Mode``, ``Traffic/Transport``: menus' links)
        ):
            labels[j] = _CAPTION


def _mark_source_credits(texts: Sequence[str], labels: list[ZoneKind], body_first: int) -> None:
    """Above the body, a ``Source: Xinhua`` line under no caption credits the article: a byline."""
    for j in range(min(body_first, len(labels))):
        if labels[j] is _CAPTION and (j == 0 or labels[j - 1] is not _CAPTION) \
                and SOURCE_CREDIT_RE.match(texts[j]) is not None:
            labels[j] = _BYLINE


def _extend_list(
    texts: Sequence[str],
    idx: Sequence[int],
    infos: Sequence[LineInfo],
    special: Sequence[ZoneKind | None],
    repeated: Sequence[bool],
    first: int,
    last: int,
) -> int:
    """A body ending in a colon goes on through the list it introduces.

    The list is the run of lines that follow without a blank line between them.
    """
    if first > last:
        return last
    end = _extend_colon_list(texts, idx, infos, special, last)
    if end == last:
        end = _extend_data_list(texts, idx, infos, special, repeated, last)
    return end


def _extend_colon_list(
    texts: Sequence[str], idx: Sequence[int], infos: Sequence[LineInfo], special: Sequence[ZoneKind | None], last: int
) -> int:
    if not texts[last].endswith(":"):
        return last
    k = last + 1
    while (
        k < len(texts)
        and idx[k] == idx[k - 1] + 1
        and k - last <= 100
        and not infos[k].boilerplate
        and special[k] not in (_WIDGET, _RELATED, _BYLINE)
    ):
        k += 1
    return k - 1


def _extend_data_list(
    texts: Sequence[str],
    idx: Sequence[int],
    infos: Sequence[LineInfo],
    special: Sequence[ZoneKind | None],
    repeated: Sequence[bool],
    last: int,
) -> int:
    """A table of dates, scores or prices right after the body is part of it.

    The table is a run of at least three lines with no blank line between
    them, most of them holding digits or nearly all of them short phrases
    (three to six words, or a ``label: value``) the page does not repeat,
    maybe under a short heading (and a print button). Menus rarely hold
    digits and repeat across the page; footers are stopped by their copyright
    barrier.
    """
    start = last + 1
    for _ in range(2):  # the table's heading, maybe with a print button
        if start < len(texts) and (
            infos[start].words <= 8 and not infos[start].boilerplate or special[start] is _WIDGET
        ):
            start += 1
    k = start
    with_digits = phrases = 0
    while (
        k < len(texts)
        and k - start < 200
        and (k == start or idx[k] == idx[k - 1] + 1)
        and not infos[k].boilerplate
        and infos[k].words <= 30
    ):
        # (a bare time stamp is the page's, not a row: ``Posted`` / ``14 Nov 2024`` / ``, updated``)
        with_digits += DIGIT_RE.search(texts[k]) is not None and not (
            special[k] is _DATELINE and not _dated_text(texts[k], STAMP_TIME_WORDS))
        phrases += (
            3 <= infos[k].words <= 6 or infos[k].words > 6 and ":" in texts[k]
        ) and not infos[k].glued and special[k] is None and not repeated[k]
        k += 1
    run = k - start
    if run >= 3 and (with_digits >= 0.6 * run or phrases >= 0.8 * run):
        return k - 1
    return last


def _extend_tables_up(
    texts: Sequence[str], idx: Sequence[int], infos: Sequence[LineInfo], first: int, last: int
) -> int:
    """Tables of figures stacked right above the body belong to it.

    Each is a run of at least three lines with no blank line between them,
    most holding digits (as in ``_extend_data_list``), maybe under a short
    heading; one table after another is taken, up to ``TABLES_UP`` of them.
    """
    if first > last:
        return first
    for _ in range(TABLES_UP):
        end = first - 1
        k = end
        with_digits = 0
        while (
            k >= 0
            and end - k < 200
            and (k == end or idx[k] == idx[k + 1] - 1)
            and not infos[k].boilerplate
            and infos[k].words <= 30
        ):
            with_digits += DIGIT_RE.search(texts[k]) is not None
            k -= 1
        run = end - k
        if run < 3 or with_digits < 0.6 * run:
            break
        first = k + 1
        if k >= 0 and infos[k].words <= 8 and not infos[k].boilerplate:
            first = k  # the table's heading
    return first


def _mark_standfirst(
    texts: Sequence[str], infos: Sequence[LineInfo], labels: list[ZoneKind], first: int, last: int
) -> None:
    """A line at the top of the body that the next paragraphs repeat is the standfirst."""
    j = first
    candidates = [k for k in range(j + 1, min(last, j + 4) + 1) if labels[k] is _BODY]
    # (a repeat starts with the same word: most lines are ruled out by it, unread)
    word = _first_word(texts[j])
    if word is not None:
        candidates = [k for k in candidates if _first_word(texts[k]) in (word, None)]
    if not candidates:
        return
    head = _norm_head(texts[j], 200)
    head_words = head.split()
    if len(head_words) < 6:
        return
    prefix = " ".join(head_words[: min(len(head_words), 10)])
    for k in candidates:
        if _norm_head(texts[k][:400], len(prefix)) == prefix:
            labels[j] = _STANDFIRST
            return


def _first_word(text: str) -> str | None:
    """The first word of ``_norm(text)`` when the text's start is ASCII and the word ends
    within it, else ``None`` (unknown, read in full).

    Examples:
        >>> _first_word('"Storm hits" coast'), _first_word("Zürich wins")
        ('storm', None)
    """
    if not text[:FIRST_WORD_SPAN].isascii():
        return None
    match = WORD_FAST_RE.search(text, 0, FIRST_WORD_SPAN)
    if match is None or match.end() >= FIRST_WORD_SPAN:
        return None
    return match.group().lower()


def _headline_score(text: str, info: LineInfo, repeated: bool, distance: int) -> float:
    """How much a title-like line above the body looks like the article's headline.

    Every term is a multiple of 0.25: the sum is exact in any order, and the
    part the line decides alone is kept from one dump to the next.
    """
    s = 3.0 - 0.25 * distance + _title_score(text, info)
    if repeated and info.words >= 3:
        s += 1.5
    return s


def _title_score(text: str, info: LineInfo) -> float:
    """The terms of ``_headline_score`` the line decides alone (kept in ``_TITLE_CACHE``)."""
    known = _TITLE_CACHE.get(text)
    if known is not None:
        return known
    s = 0.0
    if 4 <= info.words <= 20:
        s += 1.5
    elif info.words == 3:
        s += 0.5
    elif info.words <= 2:
        s -= 0.5
    else:
        s -= 0.5
    if info.function_share > 0.05:
        s += 0.5
    if info.words >= 8 and info.function_share < 0.08 and info.capital_share > 0.8:
        s -= 3.0  # a menu run together on one line
    if info.capital_share > 0.5 and info.words <= 3:
        s -= 1.0
    if (info.words <= 4 or info.function_share <= 0.05) and (
            text.upper() == text if text.isascii() else not any(c.islower() for c in text)):
        s -= 1.5  # a section label in capitals (a headline in capitals is longer, with small words)
    if text.rstrip().endswith("."):
        s -= 1.5
    if _not_title(text) or _has_date(text):
        s -= 2.5  # a byline, a time stamp, a credit
    if RELATED_HEAD_RE.match(text):
        s -= 3.0
    if len(_TITLE_CACHE) >= CACHE_MAX_LINES:
        _TITLE_CACHE.clear()
    _TITLE_CACHE[text] = s
    return s


def _not_title(text: str) -> bool:
    """``NOT_TITLE_RE.search``, sparing ASCII lines without any of its cues the search."""
    if text.isascii():
        low = text.lower()
        if not (
            any(map(low.__contains__, NOT_TITLE_CUES))
            or low.startswith(("-", "*", ">"))
            or "of" in low and not ASCII_DIGITS.isdisjoint(low)
        ):
            return False
    return any(form.search(text) for form in NOT_TITLE_PARTS)


def _has_date(text: str) -> bool:
    """``DATE_ANY_RE.search``, sparing lines without a digit (or ``today``, ``yesterday``) the search.

    Examples:
        >>> _has_date("Updated 10:30"), _has_date("Storm hits coast"), _has_date("Yesterday")
        (True, False, True)
    """
    if "oday" in text or "esterday" in text:
        pass
    elif text.isascii():
        # Every stamp but those holds a month, "ago" or a digit with a separator and a digit.
        if DATE_SEPARATOR_RE.search(text) is None:
            if ASCII_DIGIT_RE.search(text) is None:
                return False
            low = text.lower()
            if "ago" not in low and not any(map(low.__contains__, MONTH_CUES)):
                return False
    elif DIGIT_RE.search(text) is None:
        return False
    return (DATE_ANY_FAST_RE if _re_safe(text) else DATE_ANY_RE).search(text) is not None


def _re_safe(text: str) -> bool:
    """Whether a pattern finds the same in the text with ``re`` as with ``regex``: printable ASCII."""
    return text.isascii() and text.isprintable()


def _repeated_alone(j: int, infos: Sequence[LineInfo], keys: Sequence[str], counts: Counter[str]) -> bool:
    """Whether line j recurs in the page while its neighbours do not.

    A headline recurs as the page title; a teaser recurs with its whole
    carousel, neighbours included.
    """
    if counts[keys[j]] < 2:
        return False
    for k in (j - 1, j + 1):
        if 0 <= k < len(infos) and infos[k].words >= 4 and counts[keys[k]] > 1 and keys[k] != keys[j]:
            return False
    return True


def _content_words(info: LineInfo) -> list[str]:
    """A line's distinct content words: longer than three letters, no function word."""
    return [w for w in info.vocab if len(w) > 3 and w not in FUNCTION_WORDS]


def _shared_content(info: LineInfo, lead: set[str]) -> int:
    """How many of a line's content words the lead paragraphs use."""
    return len(lead.intersection(_content_words(info)))


def _section_label(text: str) -> bool:
    """Whether a line is a site's section label: ``All News | North Korea``, ``World | Asia``."""
    if "|" not in text:
        return False
    first = text.split("|", 1)[0].lower().split()
    return bool(first) and SECTION_WORDS.issuperset(first)


def _mark_headline(
    texts: Sequence[str],
    infos: Sequence[LineInfo],
    labels: list[ZoneKind],
    keys: Sequence[str],
    counts: Counter[str],
    body_first: int,
) -> None:
    """Pick the headline: a title-like line shortly above the body."""
    best = None
    best_score = 0.0
    lo = max(0, body_first - HEADLINE_WINDOW)
    distance = 0  # furniture lines between the candidate and the body
    # The headline shares its content words with the lead paragraphs.
    lead: set[str] = set()
    for k in range(body_first, min(len(labels), body_first + 8)):
        if labels[k] is _BODY:
            lead.update(infos[k].vocab)
    for j in range(body_first - 1, lo - 1, -1):
        if labels[j] is _OTHER and _is_title(texts[j], infos[j]) and not _section_label(texts[j]):
            s = _headline_score(texts[j], infos[j], _repeated_alone(j, infos, keys, counts), distance)
            content = _content_words(infos[j])
            if content and lead:
                shared = len(lead.intersection(content))  # (the content words are distinct)
                s += HEADLINE_OVERLAP * shared / max(len(content), 3)
            # Bylines and time stamps sit right under the headline.
            under = labels[j + 1 : min(j + 5, body_first)]
            if _BYLINE in under or _DATELINE in under:
                s += 2.0
            if s > best_score:
                best, best_score = j, s
        if labels[j] is _OTHER:
            distance += 1
    if best is None and body_first < len(texts):
        # Plain texts: a short first line above the body is its title.
        j = body_first - 1
        if (
            0 <= j <= 2
            and labels[j] is _OTHER
            and infos[j].words <= TITLE_MAX_WORDS
            and not infos[j].boilerplate
        ):
            best = j
    if best is None:
        return
    # A long title-like line right under a shorter one is the standfirst.
    above = best - 1
    if (
        above >= 0
        and labels[above] is _OTHER
        and _is_title(texts[above], infos[above])
        and infos[above].words >= 3
        and (
            infos[best].words >= 16 and infos[above].words <= infos[best].words * 0.75
            # a headline of its own length (no section label) over a deck half as long again
            or infos[best].words >= 13 and DECK_HEADLINE_WORDS <= infos[above].words <= infos[best].words * 0.75
            # a Title Case headline over a sentence-case summary
            or infos[best].words >= 10 and infos[above].capital_share - infos[best].capital_share >= 0.4
            # a headline over a deck: the headline tells the lead's story (more of its words)
            or lead and _shared_content(infos[above], lead) >= 3 + _shared_content(infos[best], lead)
            # a labelled headline (``Spain floods: anger grows as ...``) over a longer deck
            or infos[best].words >= 10 and infos[above].words < infos[best].words
            and HEADLINE_LABEL_RE.match(texts[above]) is not None
            and HEADLINE_LABEL_RE.match(texts[best]) is None
            # a headline naming its source at its end over a sentence-case deck (``Kremlin sees no
            # grounds for talks with Kyiv so far — Peskov`` / ``The spokesman stressed that ...``)
            or infos[best].words >= 8 and HEADLINE_SOURCE_RE.search(texts[above]) is not None
            and HEADLINE_SOURCE_RE.search(texts[best]) is None and infos[best].function_share >= 0.2
        )
        and _headline_score(texts[above], infos[above], counts[keys[above]] > 1, 0) >= 4.0
    ):
        labels[best] = _STANDFIRST
        best = above
    elif lead:
        # a headline over two or three summary lines (bullet points, ``King visits ...`` /
        # ``Monarch met families ...`` / ``He praised volunteers ...``): it tells the lead's
        # story, more of its words than any of them
        for top in (best - 2, best - 3):
            if top < 0 or not all(labels[k] is _OTHER and _is_title(texts[k], infos[k]) for k in range(top, best)):
                break
            shared = _shared_content(infos[top], lead)
            if shared >= 2 + max(_shared_content(infos[k], lead) for k in range(top + 1, best + 1)) \
                    and _headline_score(texts[top], infos[top], counts[keys[top]] > 1, 0) >= 4.0:
                for k in range(top + 1, best + 1):
                    labels[k] = _STANDFIRST
                best = top
                break
    labels[best] = _HEADLINE
    # A bare name just under the headline is the byline (three lines down at most, not
    # counting share buttons, or right above the time stamp), and the author's role on the
    # line under it.
    others = 0
    for k in range(best + 1, min(best + 8, body_first, len(labels))):
        if labels[k] is _BYLINE or labels[k] is _DATELINE and "by " in texts[k].lower():
            break  # (a time stamp naming its author: ``11/19/2019 by Lars Brandle``)
        if labels[k] is _WIDGET:
            continue
        others += 1
        if others > 3 and not (k + 1 < len(labels) and labels[k + 1] is _DATELINE):
            continue  # (``Kawala Xie`` / ``Published: 8:30pm, 12 Apr 2024``, under a deck and labels)
        if (
            labels[k] is _OTHER
            and (NAME_RE.match(texts[k]) or NAME_IN_PLACE_RE.match(texts[k]))
            and not infos[k].boilerplate
            and infos[k].vocab.isdisjoint(NOT_NAME_WORDS)
        ):
            labels[k] = _BYLINE
            if k + 1 < body_first and labels[k + 1] is _OTHER and infos[k + 1].words <= 6 \
                    and AUTHOR_ROLE_RE.match(texts[k + 1]):
                labels[k + 1] = _BYLINE  # ``Europe digital editor``
            break
    # A line under the headline that summarises the story is the standfirst.
    # (a deck without a full stop too: ``Riders say they have heard promises before``, in
    # sentence case with its small words, not a Title Case teaser or a label)
    k = best + 1
    if k < len(labels) and labels[k] is _OTHER and not infos[k].boilerplate and (
        infos[k].sentence and 8 <= infos[k].words <= 60
        or 5 <= infos[k].words <= 40 and infos[k].function_share >= 0.2 and infos[k].capital_share < 0.5
        and not _not_title(texts[k]) and not _has_date(texts[k])
    ):
        labels[k] = _STANDFIRST
    if best + 1 < len(labels) and labels[best + 1] is _STANDFIRST:
        # the standfirst's other summary lines, down to the byline or time stamp under them
        k = best + 2
        while k < min(best + 4, body_first) and labels[k] is _OTHER and 5 <= infos[k].words <= 20 \
                and not texts[k].endswith(")") and _is_title(texts[k], infos[k]):
            # (not a bare name, a byline; nor a caption with its credit)
            k += 1
        if k < len(labels) and k > best + 2 and (labels[k] is _BYLINE or labels[k] is _DATELINE):
            for j in range(best + 2, k):
                labels[j] = _STANDFIRST


def _mark_related(
    texts: Sequence[str], infos: Sequence[LineInfo], labels: list[ZoneKind], start: int, end: int,
    above_body: bool = False,
) -> None:
    """Headline lists under a related-stories heading, and glued runs of links (lines start to end).

    Above the body (``above_body``), the first line under a heading may be the article's
    headline over its deck (``Trending`` / ``Delhi Metro services hit ...`` / ``Commuters
    faced delays ...``), not the list's."""
    in_list = 0
    headed = False  # the list is under a heading (``Related topics``), not after an inline link
    for j in range(start, end):
        info = infos[j]
        if labels[j] is _RELATED:
            in_list = RELATED_LIST_MAX
            headed = info.words <= 4
            continue
        if in_list and labels[j] is _DATELINE:
            in_list -= 1  # the list's time stamps
            continue
        if in_list and headed and labels[j] is _BYLINE:
            labels[j] = _RELATED  # the list's tags (``Olaf Scholz, Christian Lindner, Germany``) or authors
            in_list -= 1
            continue
        if labels[j] is not _OTHER:
            in_list = 0
            continue
        if info.glued >= 3 and not info.sentence and not info.boilerplate:
            labels[j] = _RELATED
            continue
        k = j + 1
        while k < len(labels) and labels[k] is _CAPTION:
            k += 1  # (the lead photo between)
        if k < len(labels) and labels[k] in (_BYLINE, _STANDFIRST):
            in_list = 0  # a headline over its byline: the article, not the list
            continue
        if above_body and in_list == RELATED_LIST_MAX and headed and _over_its_deck(texts, infos, labels, j, k):
            in_list = 0  # (``Trending`` / the article's headline / its deck / ... / its time stamp)
            continue
        if in_list and (
            _is_title(texts[j], info) and info.words >= 3 and not texts[j].endswith(".")
            or info.words <= 3 and not info.boilerplate
        ):
            labels[j] = _RELATED  # a headline, or the section label above it
            in_list -= 1
        else:
            in_list = 0


def _over_its_deck(texts: Sequence[str], infos: Sequence[LineInfo], labels: list[ZoneKind], j: int, k: int) -> bool:
    """Whether line ``j``, first under a list's heading, is a headline over its deck: a
    sentence (``k``) with no teaser's headline under it, and the article's time stamp or
    byline a few lines further down."""
    if k + 1 >= len(labels) or not (infos[k].sentence and 8 <= infos[k].words <= 40) or labels[k] is not _OTHER:
        return False
    if labels[k + 1] is _OTHER and _is_title(texts[k + 1], infos[k + 1]) and infos[k + 1].words >= 5:
        return False  # another teaser under it: a list of headlines with their summaries
    return any(labels[x] in (_BYLINE, _DATELINE) for x in range(k + 1, min(k + 6, len(labels))))


def _plain(text: str) -> str:
    """A line of Markdown as a page shows it, for reading its layout: links as their text,
    without heading and bold marks."""
    if "](" in text:
        text = MARKDOWN_LINK_RE.sub(r"\g<text>", text)
    return MARKDOWN_MARK_RE.sub(r"\g<bold>", text) if "#" in text or "**" in text else text


def zone_lines(dump: Dump) -> list[ZoneKind]:
    """One zone kind per line of the dump.

    Args:
        dump: the dump.

    Returns:
        A kind for every line in ``dump.lines``.
    """
    texts = [line.text for line in dump.lines]
    if "](" in dump.text or "# " in dump.text or "**" in dump.text:  # (Markdown: ``html2text``)
        texts = list(map(_plain, texts))
    if dump.wrap_width is None:
        return zone_texts(texts)
    # hard-wrapped text (``lynx -dump``, ``html2text``): a paragraph's lines are read as one
    runs = wrapped_runs(texts, dump.wrap_width)
    kinds = zone_texts([" ".join(t.strip() for t in texts[a:b]) for a, b in runs])
    return [kind for (a, b), kind in zip(runs, kinds) for _ in range(a, b)]


@hookimpl(trylast=True)  # the fallback: any portal plugin answers first
def newsparse_zone_lines(dump: Dump) -> Sequence[ZoneKind]:
    return zone_lines(dump)
