"""Quotes: direct, indirect and mixed quotes, with cue, speaker and source.

The extractor reads the editorial zones (headline, standfirst, body, caption)
paragraph by paragraph, through :func:`newsparse.reading.reader_view` (a
hard-wrapped paragraph is one paragraph, a Markdown link reads as its text;
the spans are cut from the text as it stands):

1. **Quotation regions.** Straight and curly double quotes (and single quotes
   in a paragraph without double ones) are paired; an opening mark with no
   close runs to the end of its paragraph, and continues into the next one
   when that paragraph opens with a mark again (multi-paragraph quotes).
   Regions of a few words without sentence punctuation (scare quotes, titles)
   stay inside the surrounding sentence; the others are *direct quotes*.
2. **Direct quotes** take their attribution from right after the quote
   (``"...," Putin said`` / ``"...," said Putin``, and then a second piece
   ``, "..."`` or ``. "..."`` joins the same quote as a part) or right before it
   (``Moon told Putin: "..."``, ``Said Ellis: "..."``), or from a paragraph
   that closes on a cue and a colon (``In a statement, the mayor said:``). A
   quoted paragraph with no cue of its own that follows a quote belongs to that
   quote's speaker.
3. **Indirect quotes** come from the cue words of the lexicon in the other
   sentences: ``X said (that) ...`` (content to the end of the sentence, cut
   at ``, adding that ...``, which starts a second quote), ``..., X said.``
   (content from the sentence start), ``according to X``, ``X quoted Y as
   saying``, ``with analysts saying ...``; ``X said A and added that B`` is two
   quotes. A content holding a short quoted fragment is *mixed*. ``X called Y
   "Z"`` (and ``..., calling Y "Z"``, ``what X called "Z"``) is a quote too,
   unless a name is given (``a show called "Veep"``, ``so-called``, ``what is
   called``). An evidence noun reports without ``that`` (``polls show her
   pulling away``; ``records compiled by the Center show``). A cue followed by
   ``by``, or a participle after a form of ``be`` (``were charged Tuesday
   with``), is a passive, no report; so is a deed (``would continue his
   push``). A headline ``Graham: Trump is destroying the party`` is the
   quote of a person the article names (or of a medium, an
   agency, a poll: ``Reuters: ...``, ``Poll: ...``), and so is a transcript's
   turn in the body (``JAKE TAPPER: ...``).
4. **Speakers** are the noun phrase next to the cue, titles and roles
   included (``Chinese Foreign Minister Wang Yi``, ``a spokesperson for North
   Korea's foreign ministry``), a quantifier opening a clause (``Many said``) or a
   poll's share of people (``About 4 in 10 say``); a pronoun (``He said``) or a relative ``who``
   (``Trump, who said``) is the speaker mention as written. ``speaker_name`` is,
   for a person, the fullest personal name the article gives, titles left out
   (``Xi`` and ``He`` -> ``Xi Jinping`` after ``Chinese President Xi Jinping``):
   ``he`` / ``she`` take the most recent person named before them whose
   honorific (``Mr.``, ``Mrs.``) does not contradict the pronoun, ``who`` takes
   its antecedent; for anything else (``the ministry``) it is the mention
   itself, and ``None`` for ``they`` / ``I`` / ``we``.
5. **Sources**: the sources named in the attribution (``according to the CCTV
   report``, ``Xinhua quoted KCNA as saying``) become the quote's
   ``source_chain`` in text order; ``source`` is the last (nearest the speaker).

Quotes never overlap one another.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import regex

from ..lexicon import Lexicon
from ..model import Article, Quote, QuoteKind, Source, SourceKind, Span, ZoneKind
from ..plugins import hookimpl
from ..reading import reader_view, snap_to_entities

__all__ = ["find_quotes"]

EDITORIAL = (ZoneKind.HEADLINE, ZoneKind.STANDFIRST, ZoneKind.BODY, ZoneKind.CAPTION)

#: a paragraph: a line without its leading and trailing white space (every line break is white
#: space, so a match stays in its line); the standard ``re`` module runs this simple pattern fastest
PARAGRAPH_RE = re.compile(r"\S(?:[^\n\r\u2028\u2029\x0b\x0c\x85]*\S)?")
#: any quotation mark or apostrophe: a paragraph without one has no quotation region
ANY_MARK_RE = re.compile(r"[\"“”«»„'‘’`]")
#: two apostrophes or two backticks: a double mark in some archives (````Expect no extensions,''``)
DOUBLE_MARK_RE = regex.compile(r"''|``|[\"“”«»„]")
#: what the archives' two-character marks stand for: a straight mark, an opening one
DOUBLE_MARK_FORMS = {"''": '"', "``": "“"}
SINGLE_MARK_RE = regex.compile(r"(?<![\w])[‘'](?=[\w“\"])|(?<=[\w.,!?;:—–-])[’'](?![\w])")
#: a possible sentence end inside a paragraph: end punctuation, closing marks, space, then a
#: capital or an opening mark (the paragraph's own end needs no match)
SENTENCE_END_RE = regex.compile(r"[.?!…]++[”’\"')\]]*+(\s++)(?=(?:``|[“‘\"'(\[])?[\p{Lu}\d])")
#: the word before a dot: back to a space (``str.isspace``, which ``\x1c``-``\x1f`` are and
#: ``\s`` not), an opening bracket or a mark, matched backwards from the dot
WORD_BEFORE_RE = regex.compile(r"(?r)[^\s\x1c-\x1f(\"“]*+")
#: words (with inner apostrophes, hyphens, dots) and punctuation; the dot of an
#: abbreviation (``Mr.``, ``U.S.``) is a token of its own, recognised by :func:`_inner_dot`.
#: The standard ``re`` module runs this simple pattern fastest. (No possessive quantifiers:
#: ``re`` reads them from Python 3.11 on. Nothing follows a token that could make the engine
#: backtrack into it, so they would not change the tokens; they would spare the engine some
#: bookkeeping, a tenth of this pattern's time, a few thousandths of a parse's.)
TOKEN_RE = re.compile(r"\w+(?:[’'\-&.]\w+)*|[^\w\s]")
#: a token with the white space before it: one string per token, its text found by ``str.lstrip``
#: (``\s`` and ``str.isspace`` agree, and no token starts with white space)
TOKEN_WS_RE = re.compile(r"\s*(?:" + TOKEN_RE.pattern + ")")
WORDS_RE = regex.compile(r"\w++")
#: ``WORDS_RE`` finds at least 6 / 3 / 2 words: a match stops after them, where counting
#: them all would scan (and copy) a long quote's every word
SIX_WORDS_RE = regex.compile(r"\W*+(?:\w++\W*+){6}")
THREE_WORDS_RE = regex.compile(r"\W*+(?:\w++\W*+){3}")
TWO_WORDS_RE = regex.compile(r"\W*+(?:\w++\W*+){2}")
PAREN_RE = regex.compile(r"\([^()]{0,60}+\)")
LOWER_WORD_RE = re.compile(r"[a-z]+")

ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen sens rep reps gov gen lt col sgt capt prof st jr sr rev hon adm maj cmdr "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd no vs etc pres supt "
    "insp atty amb ft mt u.s u.k u.n e.u d.c a.m p.m".split()
)

#: the states' abbreviations of US news (``Sen. Rand Paul, R-Ky., said``; ``DECATUR, Ill. —``):
#: abbreviations only when capitalised (``critical mass.`` ends a sentence)
STATE_ABBREVIATIONS = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont "
    "neb nev okla ore pa penn tenn tex va vt wash wis wisc wyo".split()
)
#: a word this long (or longer) before a dot is no abbreviation
ABBREVIATION_SPAN = max(map(len, ABBREVIATIONS | STATE_ABBREVIATIONS)) + 1 + 2  # (``R-Calif``)


def _abbreviation(word: str) -> bool:
    """Whether ``word``, right before a dot, is an abbreviation: ``Mr``, ``Calif``, ``R-Ky``."""
    low = word.lower()
    if low in ABBREVIATIONS or (len(low) == 1 and low.isalpha()):
        return True
    state = word.rsplit("-", 1)[-1]  # (``R-Ky``: party and state)
    return state[:1].isupper() and state.lower() in STATE_ABBREVIATIONS

PRONOUNS = frozenset("he she they i we you it".split())
#: the pronouns that name people as a subject (``as he mentioned``, ``said she``)
PERSONAL_SUBJECTS = frozenset("he she they we i".split())
#: common first names in English-language news and the pronoun they take, for people the
#: text gives no ``Mr.`` or ``Mrs.`` to: ``she said`` is not Donald Trump's
FIRST_NAME_GENDER = {
    **dict.fromkeys(
        "aaron adam alan albert alex alexander andrew anthony antonio barack ben benjamin bernie bill "
        "billy bob bobby brad brandon brett brian bruce bryan carl carlos charles charlie chris "
        "christopher chuck cory craig dan daniel dave david dennis derek don donald doug douglas "
        "duncan dylan ed eddie edward emmanuel eric frank fred gary george gerald greg gregory harold "
        "harry henry howard ian jack jacob jake james jared jason jeb jeff jeffrey jeremy jerry jesse "
        "jim jimmy joe joel john johnny jon jonathan jordan jorge jose joseph josh joshua juan justin "
        "keith ken kenneth kevin larry lawrence lee leon luis marco mark martin "
        "matt matthew michael mike mitch mitt nathan neil newt nicholas nick omar oscar pat patrick "
        "paul peter phil philip rand randy ray raymond reince richard rick rob robert roger ron ronald "
        "roy rudy russell ryan sam samuel scott sean sergei stephen steve steven ted terry thomas tim "
        "timothy todd tom tony travis tyler vladimir walter wayne william xi "
        # (first names in ``-ian``, ``-ean``: not read as a people's adjective, ``Italian``; words
        # of four letters are none either: ``Jian``, ``Tian``)
        "christian adrian julian sebastian fabian damian dorian killian maximilian florian".split(),
        "m",
    ),
    **dict.fromkeys(
        "abigail alexandra alice alicia amanda amy andrea angela ann anna anne barbara betsy "
        "betty beverly brenda carly carol caroline catherine cheryl christina christine claire "
        "deborah debbie debra denise diana diane donna doris dorothy elaine elizabeth ellen emily "
        "emma frances gina gloria grace heather heidi helen hillary hope ivanka jane janet janice "
        "jean jennifer jessica jill joan joanne judith judy julia julie karen kate katherine kathleen "
        "kathy katie kay kelly kelly-ann kellyanne kimberly kirsten kristen laura lauren linda lisa "
        "lois lori lynn margaret maria marie marilyn martha mary megan melania melissa michelle "
        "monica nancy natalie nicole nikki olivia pamela patricia paula rachel rebecca rose ruth "
        "sally samantha sandra sara sarah sharon shirley stephanie susan susana tammy teresa theresa "
        "tiffany tina tulsi valerie victoria virginia wendy vivian gillian jillian lillian marian".split(),
        "f",
    ),
}
PERSONAL_PRONOUNS = {"he": "m", "she": "f"}
#: speakers that name no one themselves (``He said``, ``..., who said``)
NAMELESS_SPEAKERS = PRONOUNS | {"who", "which"}
#: what ends a poll's share of people (``47 percent``, ``42%``)
SHARE_ENDS = frozenset(["percent", "%"])
SMALL_NUMBERS = frozenset("one two three four five six seven eight nine".split())
#: words before a poll's share (``about 4 in 10``)
SHARE_MODIFIERS = frozenset("about nearly almost roughly only just some over around".split())
#: a share of people without a number (``a majority of voters``, ``two-thirds of Republicans``)
SHARE_NOUNS = frozenset("majority minority plurality half third quarter".split())
SHARE_FRACTIONS = ("-thirds", "-quarters", "-fifths", "-fourths")
#: what may come before a paragraph's opening quotation mark: bidirectional controls
PARAGRAPH_OPENING_MARKS = "\u202a\u202b\u202c\u200e\u200f\ufeff "
#: the tokens that close a quotation
CLOSING_MARK_TOKENS = frozenset(['"', "”", "’", "'"])
#: quantifiers that stand for people when they open a clause (``Many said``, ``Another said``)
QUANTIFIER_SPEAKERS = frozenset("another some many most both few several all".split())
#: words before a small number that stand with it for people named before (``The three said``)
NUMBER_GROUP_WORDS = frozenset("the all these those".split())
DETERMINERS = frozenset(
    "the a an this these those some many most several few other another one two three four "
    "five six seven eight nine ten both all his her its their our my your each every no any "
    "numerous various dozens hundreds thousands".split()
)
POSSESSIVE_DETERMINERS = frozenset("his her its their our my your".split())
#: words between a subject and its cue: auxiliaries, negation, common adverbs
AUXILIARIES = frozenset(
    "has have had also previously earlier later then repeatedly would will could can may might "
    "should must did does do is was were are be been not never once again just recently "
    "publicly privately reportedly already often always still even first initially originally "
    "since long further falsely correctly rightly wrongly has've n't 've 'd ’ve ’d ’s 's "
    "subsequently frequently openly flatly bluntly clearly simply now".split()
) | frozenset(f"{verb}n{mark}t" for verb in "do does did would could should is was are were has have had"
              .split() for mark in "'’") | frozenset(f"{w}{mark}t" for w in ("won", "can") for mark in "'’")
#: ``assume`` before an office it takes, a deed (``assumed the role of``, ``assumed control``)
ASSUME_FORMS = frozenset("assume assumes assumed assuming".split())
OFFICES = frozenset("role roles control office power command responsibility duties leadership presidency "
                    "post mantle helm chairmanship".split())
#: ``find`` before where something was found (``found outside his home``)
FIND_FORMS = frozenset("find finds found".split())
PLACE_PREPOSITIONS = frozenset("outside inside near beneath behind beside along under underneath".split())
#: the negated ``can`` (``you can't tell``)
CANNOT = frozenset(["can't", "can’t", "cannot"])
#: the prepositions that make the word after them a noun (``for fear that``, ``in hope that``)
NOUN_PREPOSITIONS = frozenset("for of in with from without despite amid about".split())
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "morning afternoon evening night week weekend month year".split()
)
#: participles dating the noun before them (``a report published Wednesday``, ``a poll released
#: Monday``): with the time after them, no speaker's name
DATED_PARTICIPLES = frozenset(
    "published released issued aired posted broadcast filed conducted taken unveiled sent obtained".split()
)
#: the months, as a time after ``in`` (``prosecutors in April``)
MONTH_WORDS = frozenset("january february march april may june july august september october november "
                        "december jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: auxiliaries and modals: after a cue, a reported clause has begun (a later ``that`` is not
#: its complementizer)
CLAUSE_VERBS = frozenset("would will could can should may might must is are was were has have had do does did "
                         "won't wouldn't can't couldn't isn't wasn't won’t wouldn’t can’t couldn’t isn’t "
                         "wasn’t".split())
#: words that open an adjunct after a cue (``said in a statement``), not a reported clause
ADJUNCT_STARTS = frozenset("in on at during after before via through while when to with from by of about for "
                           "last this earlier later late recently again also".split())
#: the class of the cues that attribute only a quotation (``"...," the statement read``)
QUOTING = "quoting"
#: a relative pronoun as a speaker (``The senator, who said she would run, lost``)
RELATIVE_SPEAKERS = frozenset("who which".split())
#: the ones told, in a word (``told reporters the deal was dead``)
TOLD_OBJECTS = frozenset("me him her us them you reporters journalists lawmakers supporters voters".split())
#: when, said right after a subject (``The government Saturday condemned``): not part of it
SUBJECT_TIMES = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
#: lowercase words that never belong to a speaker noun phrase
STOP_WORDS = frozenset(
    "that which who whom whose when where while if because as but or so than then to in on at "
    "by with from into after before during about over under since until is are was were be "
    "been being has have had do does did will would can could should may might must not also "
    "and nor yet though although whether what how why there here said says say told tells "
    "not only just even very too more less much such against between through without within "
    "upon among amid toward towards across behind beyond like unlike per via despite amongst amidst "
    "onto throughout besides except beside".split()
)
#: where a poll's counted people stop, walking back from the cue (``47 percent of voters``)
SHARE_STOPS = STOP_WORDS | SHARE_ENDS
#: lowercase words that extend a name leftwards (``former Secretary of State``)
ROLE_WORDS = frozenset(
    "former then-president spokesman spokeswoman spokesperson spokespeople official officials "
    "minister secretary president senator leader chairman chairwoman chair director adviser "
    "advisor aide manager chief executive analyst expert professor economist strategist "
    "nominee candidate counterpart governor mayor lawmaker congressman congresswoman "
    "representative ambassador envoy general commander head deputy acting senior top "
    "presidential vice foreign defense defence state national federal local campaign press "
    "prime supreme republican democratic democrat founder co-founder partner attorney lawyer "
    "judge justice host anchor correspondent reporter columnist author writer editor "
    "researcher scientist pollster consultant activist billionaire businessman businesswoman "
    "mogul star actor actress singer coach player owner ceo cfo president-elect hopeful "
    "frontrunner front-runner rival opponent challenger incumbent house white party".split()
)
#: sentence adverbs that join the sentence to the one before, not adjuncts of time or place
CONNECTIVES = frozenset("but and however also still meanwhile yet so then now instead thus indeed moreover "
                        "furthermore".split())
#: adverbs of time not in ``-ly`` that may stand before a participle cue (``, later telling``)
TIME_ADVERBS = frozenset("later then also again earlier afterwards afterward still".split())
#: the modal verbs (``would understand "..."``: what a belief's verb takes after one, no one said)
MODALS = frozenset("would could should might may will can must shall".split())
#: the institutions a role belongs to, before it in a speaker's phrase (``ministry spokeswoman``)
INSTITUTIONS = frozenset("ministry department office agency council committee government party army police "
                         "navy court commission bureau embassy military".split())
#: the kinds of medium before a medium's name in its phrase (``state broadcaster CCTV``, ``the
#: official news agency KCNA``, ``the newspaper Haaretz``)
MEDIUM_KINDS = frozenset(
    "broadcaster broadcasters newspaper daily tabloid weekly magazine agency news outlet channel network "
    "website site television radio media official state-run state-owned".split()
)
#: the nouns of people a speaker's phrase may hang on (``a spokesman for the ministry``)
PERSON_HEADS = ROLE_WORDS - frozenset("former then-president acting senior top presidential vice foreign defense "
                                      "defence state national federal local campaign press prime supreme "
                                      "republican democratic house white party".split()) | frozenset(
    "source sources people person member members officer officers staff worker workers employee employees "
    "resident residents witness witnesses diplomat diplomats expert experts analysts insider insiders "
    "representatives negotiator negotiators investigators investigator prosecutor prosecutors".split())
#: the speakers' nouns that stand alone, with no determiner (``..., said police``)
BARE_SPEAKERS = PERSON_HEADS | frozenset(["police"])
#: the prepositions that hang a phrase on a speaker (``a spokesman for``, ``an adviser to``)
SPEAKER_LINKS = frozenset("for of to at with from in near".split())
#: the adjectives between such a person and the preposition (``people familiar with``)
SPEAKER_ADJECTIVES = frozenset("close familiar briefed involved knowledgeable".split())
#: the prepositions after them (``briefed on``)
SPEAKER_LINKS_ON = SPEAKER_LINKS | frozenset(["on"])
#: what links a person's name to the place or organisation after it (``Sanders of Vermont``)
OWNER_LINKS = ("of", "from", "at")
OWNER_LINK_RE = regex.compile(r"\s+(?:" + "|".join(OWNER_LINKS) + r")\s+")
#: the prepositions that chain a subject's noun phrases (``Jane Roe of Oxfam in Nairobi``)
#: (not ``to``: ``answers to staff``, ``meditation to reduce``)
CHAIN_LINKS = SPEAKER_LINKS - frozenset(["to"]) | frozenset(["on"])
#: the most prepositional phrases a subject is followed back over
MAX_CHAIN_LINKS = 4
#: marks a clause's subject may follow
CLAUSE_OPENING_MARKS = frozenset([",", ";", ":", "—", "–", ".", "“", '"', "”", "?", "!"])
#: nouns a person's phrase hangs on through another preposition: the knowledge of a matter, the
#: towns near a place (``sources with knowledge of the talks``, ``residents of the towns near Valencia``)
INTERMEDIATE_NOUNS = frozenset(
    "knowledge understanding details town towns village villages city cities area areas region regions "
    "district districts community communities neighbourhood neighbourhoods neighborhood neighborhoods".split())
#: the small words inside an organisation's name (``The Commission for Air Quality Management``)
ORG_NAME_LINKS = frozenset("for of on and the to in at".split())
#: focus words that may open a speaker's mention, no part of the name (``Even Lindsey Graham``)
NAME_FOCUS_WORDS = frozenset("even only also just".split())
#: the lower-case particles inside names (``Osama bin Laden``, ``Ursula von der Leyen``)
NAME_PARTICLES = frozenset("de van von bin al del la le da der".split())
#: capitalised words that open a sentence but never start a speaker
SENTENCE_ADVERBS = frozenset(
    "but and however also still meanwhile yet so then now instead thus indeed moreover "
    "furthermore later earlier previously separately last this on in at during after before "
    "while when if as although though because since asked speaking writing".split()
)
#: words before a personal name that make it a person's
TITLE_WORDS = frozenset(
    "president vice prime minister foreign secretary general chancellor premier spokesman "
    "spokeswoman spokesperson senator sen. sens. rep. reps. representative gov. governor mayor "
    "king queen prince princess chairman chairwoman director ambassador judge justice mr. mrs. "
    "ms. dr. prof. professor chief executive ceo leader pope speaker commander gen. col. lt. "
    "adm. sgt. capt. maj. officer deputy assistant attorney defense defence state treasury "
    "finance trade commerce interior affairs counterpart former candidate nominee "
    "congressman congresswoman lawmaker envoy adviser advisor aide host anchor coach rev. "
    "sir lord lady dame sheikh emir crown minority majority whip sheriff detective "
    "president-elect first lady gop democratic republican".split()
)
TITLE_OR_ROLE_WORDS = TITLE_WORDS | ROLE_WORDS
#: titles that make the one name after them a person's (``Senator Cruz``; not ``the state Division``)
PERSONAL_TITLES = frozenset(
    "president senator governor mayor representative congressman congresswoman chancellor premier "
    "minister ambassador judge justice professor bishop archbishop cardinal pope rabbi imam pastor "
    "king queen prince princess sheikh emir sir lord lady dame general colonel captain sergeant "
    "sheriff detective officer chairman chairwoman director secretary spokesman spokeswoman".split()
)
HONORIFIC_GENDER = {"mr.": "m", "mrs.": "f", "ms.": "f", "sir": "m", "lord": "m", "lady": "f",
                    "dame": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f",
                    "mr": "m", "mrs": "f", "ms": "f", "congressman": "m", "congresswoman": "f",
                    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}
#: capitalised words that make a name an organisation or a place, not a person
NON_PERSON_WORDS = frozenset(
    "ministry council house department agency news party committee times post press "
    "television tv radio network channel university institute center centre foundation "
    "association union nations states kingdom republic court congress senate parliament "
    "government administration office commission bank fund group inc corp company "
    "corporation co ltd journal daily herald tribune review service services board bureau "
    "police army navy force forces command organization organisation kremlin pentagon "
    "korea china russia japan america britain france germany india iran iraq syria israel "
    "washington beijing moscow pyongyang seoul tokyo london paris berlin brussels europe "
    "asia africa campaign club team league church school hospital city county "
    "democrats republicans gop fbi cia nato un eu who imf district twitter facebook instagram "
    "youtube monday tuesday wednesday thursday friday saturday sunday american mexican british "
    "chinese russian french german staff chiefs guard guards corps agencies "
    "convention conference summit assembly caucus caucuses primaries debate rally act museum airport "
    "stadium hotel tower electric motors dynamics".split()
)
#: cue forms that are also common nouns: a verb only after a subject or before "that"
#: adjectives before a cue that is also a noun make it the noun (``earlier pledges``, ``repeated
#: claims``, ``public remarks``); none is an adverb that goes before a verb (``earlier said``
#: does not take a noun's form of the cue)
NOUN_ADJECTIVES = frozenset(
    "earlier previous prior recent repeated past public private similar new false unfounded baseless "
    "such many several numerous frequent persistent initial early later latest further".split()
)
#: the forms of :data:`NOUNISH` that report, as verbs after their subject, without ``that`` after
#: them (``Trump claims the election was rigged``, ``Officials stress the importance``): not those
#: of deeds or things (``posts a video``, ``shows``)
REPORTING_VERB_FORMS = frozenset("claims notes reports hopes fears estimates forecasts finds demands "
                                 "promises vows pledges hints jokes boasts answers replies doubts stress "
                                 "stresses".split())
NOUNISH = frozenset(
    "report reports claim claims note notes state states pledge pledges vow vows warning warnings "
    "comment comments remark remarks answer answers demand demands charge charges question "
    "questions hint hints promise promises estimate estimates forecast forecasts doubt doubts "
    "fear fears hope hopes figure figures worry worries counter counters tweet tweets post "
    "posts protest protests joke jokes find finds show shows feel concern reply replies "
    "boast boasts plea pleas caution record records statement advise repeat complaint "
    "suspect suspects question quip quips threat threats reading findings finding "
    "testimony admission denial warning mention mentions recall recalls disclose lament "
    "laments muse muses speculate charge address response stress stresses".split()
)
#: -ing cue forms that continue the sentence's subject (``..., adding that``)
PARTICIPLE_SUFFIX = "ing"
#: words in ``-ing`` that open a title in an appositive (``X, acting director of Y,``) or
#: name the members of a group (``Officials, including Gov. Chris Christie,``): no participle
TITLE_INGS = frozenset("acting outgoing incoming managing presiding founding visiting ranking leading ruling "
                       "governing reigning longstanding long-standing sitting serving including excluding "
                       "concerning regarding".split())
#: what a participle's phrase goes on with (``speaking at``, ``citing the report``, ``facing a
#: challenge``, ``hoping to``; or a name: ``citing KCNA``), unlike a noun in ``-ing`` (``a
#: marketing consultant``, ``paper, packaging and publishing concern``)
PARTICIPLE_OBJECT_STARTS = frozenset(
    "the a an at on in to for with from about of his her their its our my this that these those through after "
    "before during later earlier as by into over up out off under outside inside behind near".split())
#: participle cues that report a clause without ``that`` (``..., saying it was over``);
#: other participles (``..., maintaining peace``) need ``that`` or a quotation after them
BARE_CLAUSE_PARTICIPLES = frozenset(
    "saying adding noting telling warning arguing insisting claiming explaining writing "
    "asking stating declaring announcing acknowledging admitting conceding suggesting "
    "hoping predicting recalling reporting citing".split()
)
QUOTE_OPENERS = frozenset('"“‘\'')
#: cue verbs taking a person as object before the reported clause
OBJECT_CUES = frozenset(
    "tell tells told telling inform informs informed informing assure assures assured assuring "
    "remind reminds reminded reminding warn warns warned warning urge urges urged urging ask "
    "asks asked asking advise advises advised advising instruct instructs instructed "
    "instructing promise promises promised promising".split()
)
#: cues that are no report before ``to`` (``added to her lead``)
NOT_BEFORE_TO = frozenset("add adds added adding".split())
#: ``continue``: speech on its own (``"...," he continued``), a deed before ``to`` (``continue to search``)
CONTINUE_FORMS = frozenset("continue continues continued continuing".split())
#: verbs of going on or starting before ``to`` and a cue (``continues to insist``, ``began to argue``)
GOING_ON = CONTINUE_FORMS | frozenset("begin begins began start starts started".split())
#: what opens a reported clause after such a cue (most objects after it are deeds: ``maintain its grip``)
GOING_ON_CLAUSES = frozenset("that whether if he she they we i".split())
#: cues that are no report before these words: ``added 200,000 jobs``, ``adds more
#: flights``, ``protested against the plan``, ``protested outside parliament``
NOT_SPEECH_BEFORE = {
    **dict.fromkeys(NOT_BEFORE_TO, SMALL_NUMBERS | POSSESSIVE_DETERMINERS
                    | frozenset("more another new extra additional ten eleven twelve dozen dozens hundreds "
                                "thousands millions".split())),
    # ``the alienation reported from immigrant enclaves``: where it is seen, no report of it
    **dict.fromkeys("report reports reported".split(), frozenset(["from"])),
    **dict.fromkeys("protest protests protested protesting".split(),
                    frozenset("against outside over in at near on across throughout".split())),
    # ``rescuers continue to search``: going on with a deed (``"...," he continued`` is speech)
    **dict.fromkeys(CONTINUE_FORMS, frozenset(["to"])),
    # ``then state and local leaders could call``: the noun
    "state": frozenset("and or".split()),
}
#: the forms of ``go`` that make the cue ``go on`` (a deed before a determiner: ``went on a trip``)
GO_FORMS = frozenset("go goes went going gone".split())
#: what one goes on without an article, a deed: ``Tickets go on sale``, ``went on trial``
GOING_ON_DEEDS = frozenset("sale trial strike air display tour vacation leave hiatus record".split())
#: cues that are a deed before these words, unless a clause (``that``) follows the noun:
#: ``would continue his push``, ``maintains a commanding lead`` (``continued his warnings that``
#: reports)
DEED_FORMS = {
    **dict.fromkeys(CONTINUE_FORMS, POSSESSIVE_DETERMINERS),
    **dict.fromkeys("maintain maintains maintained maintaining".split(),
                    POSSESSIVE_DETERMINERS | frozenset(["a", "an"])),
}
#: ``, calling`` (or ``, but called``, ``and calls``) after a clause: what follows is a quote of its
#: own (see :func:`_calling_at`)
CALLING_AFTER_RE = re.compile(r",\s+calling\b|,?\s+(?:and|but)\s+call(?:ed|s)\b")
#: nouns that make an evidence cue (``polls show that``) clear
EVIDENCE_SUBJECTS = frozenset(
    "poll polls survey surveys study studies data research report reports analysis figures "
    "numbers statistics records documents evidence results investigation review audit test "
    "tests memo emails email filings filing documents papers probe inquiry census".split()
)
#: ``a statement saying that``: a participle cue after these continues the subject's speech
MESSAGE_NOUNS = frozenset(
    "statement letter tweet tweets post release email emails memo report message ad video note "
    "interview speech op-ed column editorial filing complaint lawsuit sign signs banner banners "
    "posting remarks testimony".split()
)
#: the nouns that head a speaker's phrase of several prepositional phrases (``Officials in
#: Kyiv``, ``a 2018 analysis of the data``), besides names
CHAIN_HEADS = PERSON_HEADS | MESSAGE_NOUNS | EVIDENCE_SUBJECTS | NON_PERSON_WORDS | frozenset(
    "people authorities voters critics supporters opponents exiles women men lawmakers citizens "
    "families parents teachers students doctors nurses scientists researchers economists percent "
    "majority majorities number cohort".split())
#: the cue forms that put their speaker after them in plain reporting (``..., said the
#: official``); after another cue (``criticised the response``) only a name or a speaker's
#: noun (:data:`CHAIN_HEADS`) is one
INVERTING_CUES = frozenset(
    "said says added adds asked asks wrote writes explained explains noted notes continued continues "
    "recalled recalls replied replies responded responds insisted insists warned warns argued argues "
    "stated states declared declares told".split())
#: what ``according to`` is followed by when it tells how, not who says so (``according to plan``)
ACCORDING_MANNERS = frozenset("plan plans schedule preference preferences needs taste tastes wishes".split())
#: the forms of ``say``, the cue a Title Case headline ends on (``..., Lindsey Graham Says``)
SAY_FORMS = frozenset("say says said".split())
#: what opens the question after ``asked`` (``Asked whether he would run, Smith said``; a
#: topic after ``about`` is what it was about, see :func:`_question_after`)
QUESTION_WORDS = frozenset("whether if what how who whom why when where which".split())
#: what opens what an audience is told or asked, after it: ``told him about the plan``,
#: ``asked Mook if he would`` (not a relative's word: ``tells voters who wonder why``)
TOLD_WHAT = frozenset("about whether if what how why".split())
#: what may stand before a participle ``asked`` that has no subject of its own
ASKED_OPENERS = frozenset(", when while after before once if being".split())
#: words between ``asked`` and its question (besides adverbs in ``-ly``): ``asked again whether``
ASKED_ADJUNCTS = frozenset("again also later then once twice repeatedly".split())
#: cues looked at in one sentence: enough for any real sentence, and it bounds the work
MAX_CUES_PER_SENTENCE = 24
SUBORDINATORS = frozenset("when while after as if although though because since before once until".split())
#: forms of ``call`` that report what someone called something (``Trump called it "a disgrace"``):
#: not cue words of the lexicon (``called him`` alone reports nothing), so only a quotation
#: after them makes a quote, see :func:`_calling_quotes`
CALL_WORDS = frozenset("call calls called calling".split())
#: a word right after ``called`` that makes another verb of it: ``called on`` / ``called for``
#: (cues of the lexicon), ``called off``, ``called him back``, a passive ``called by``
CALL_PARTICLES = frozenset("on upon for out off up back in into to at by from with about over around after".split())
#: forms of ``be`` (and ``it's``) before ``called``: a passive, which names (``what is called "Y"``)
CALL_PASSIVE = frozenset("is are was were be been being am it's it’s that's that’s what's what’s "
                         "there's there’s".split())
#: what may stand before the subject of ``called``: the clause's opening (``a group called the
#: "X"`` has a noun phrase after a verb or a preposition: a name, not a speaker)
CALL_SUBJECT_OPENERS = SUBORDINATORS | frozenset(
    ", ; : — – - -- ( “ \" ‘ and but or so yet what which that who whom whose where why how".split())
#: relatives before the subject of an objectless ``called "Y"`` (``what Trump called "a disgrace"``)
CALL_RELATIVES = frozenset("what which that who whom".split())
#: the longest object between ``called`` and the quotation (``called Clinton, his rival, an ISIS
#: "co-founder"``), in tokens
CALL_OBJECT_LIMIT = 12
#: words that end the object of ``called``: a new clause (``called her mother, who said "``,
#: ``called Smith to say "``) rather than what was called something
CALL_OBJECT_STOPS = STOP_WORDS - frozenset("and of for in at on from than more less such very too much even".split())
#: the most quotes looked at for what a ``called`` quote overlaps (a bound on pathological text,
#: never reached in news: quotes seldom hold or overlap one another)
_CALL_OVERLAP_LOOK = 64
#: the most words between two quotations of one ``called`` (``a "liar" who was not "honorable"``)
CALL_GAP_LIMIT = 4
#: past tenses that :func:`_np_forward` may take for a noun: a subject phrase ends before them
#: (``Carson took the stage Tuesday and called``)
IRREGULAR_PASTS = frozenset(
    "said says told is was are were has had have took made went came gave got held left met ran sent "
    "spoke wrote became began drew won lost stood kept brought thought hit put set cut let struck fought "
    "sought led felt saw knew heard found shook rose fell laid paid spent sat threw chose taught "
    "swore withdrew understood forgave".split())
CLAUSE_STARTERS = frozenset(
    "he she they i we you it there this that these those the a an his her their its our my "
    "your some many most no all both each every one".split()
)
#: what may follow a trailing cue before the sentence ends
TRAILING_ADJUNCT_RE = regex.compile(
    # (``said at least 40 died`` reports a clause: not ``at`` a place)
    r"(?:\s++(?:in|on|at(?!\s++(?:least|most)\b)|during|after|before|via|through|while|when|"
    r"earlier|later|late|recently|told|adding|noting|saying|according"
    # (``said this week``; not ``said this is ...``)
    r"|(?:last|this)\s++(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|"
    r"autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    r"(?:[\s,]++(?!that\b)[^\s.;!?]++){0,10}+"
    # a bare day ends the sentence at once (``said Tuesday night.``; not ``says tonight he is``)
    r"|\s++(?:yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s++(?:morning|afternoon|evening|night))?+)?+"
    r"[\s\"”’')\]]*+(?:[.;!?…]|$)"
)
#: a time right after a cue, before the clause it reports (``said on Monday the talks had
#: failed``, ``said Tuesday night it would``, ``said on Jan. 5 that``)
CUE_TIME_RE = regex.compile(
    r"\s++(?:on\s++)?+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s++(?:morning|afternoon|evening|night))?+"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s++\d{1,2}\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s++\d{1,2}\b"
    r"|(?:late\s++|earlier\s++)?(?:last|this)\s++(?:week|weekend|month|year|morning|afternoon|evening)"
    r"|yesterday|today|tonight|earlier|recently)(?:\s*+,)?+"
)
#: a time after a cue, then a comma and a subordinate clause: the cue trails what it reports
#: (``..., customs data showed on Monday, as factories rushed shipments``)
TIME_THEN_CLAUSE_RE = regex.compile(
    CUE_TIME_RE.pattern.removesuffix(r"(?:\s*+,)?+") + r"\s*+,\s++(?:as|while|when|after|before|because|since"
    r"|amid|despite|with|although|though|even|adding|noting|saying|citing|in\s++a)\b"
)
#: before a participle, a passive: what follows its time is no clause it reports
PASSIVE_AUXILIARIES = frozenset("is are was were be been being".split())
#: the words :data:`CUE_TIME_RE` may start with, lower-cased
CUE_TIME_FIRST = SUBJECT_TIMES | MONTH_WORDS | frozenset("on late earlier last this recently".split())
QUOTED_AS_SAYING_RE = regex.compile(
    r"\bquot(?:ed|es|ing)\s++(?P<speaker>[^.;!?]{1,160}?)\s++as\s++(?:saying|telling\s++[^.;!?]{1,80}?)\b",
    regex.IGNORECASE,
)

#: ``X was quoted (by Y) as saying``: the subject is the speaker
PASSIVE_QUOTED_RE = regex.compile(
    r"\b(?:was|were|is|are|been)\s++(?P<verb>quoted)(?:\s++(?:by|in|on)\s++[^.;!?]{1,80}?)?\s++as\s++saying\b")


class _Toks:
    """A paragraph's tokens as four parallel lists, looked at by index: no object per token.

    Most tokens are only looked at through ``lows`` (to find the cues), so
    building an object per token would cost more than everything else.
    """

    __slots__ = ("starts", "ends", "texts", "lows")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str], lows: list[str]) -> None:
        self.starts, self.ends, self.texts, self.lows = starts, ends, texts, lows

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: slice) -> _Toks:
        return _Toks(self.starts[i], self.ends[i], self.texts[i], self.lows[i])

    def extend(self, other: _Toks) -> None:
        """Append ``other``'s tokens (which it gives up: an empty ``self`` takes its lists)."""
        if not self.starts:
            self.starts, self.ends, self.texts, self.lows = other.starts, other.ends, other.texts, other.lows
            return
        self.starts += other.starts
        self.ends += other.ends
        self.texts += other.texts
        self.lows += other.lows


#: the tokens of a paragraph with neither a quotation mark nor a cue (never changed)
NO_TOKENS = _Toks([], [], [], [])


class _Cue:
    """A cue found among a paragraph's tokens (quacks like a match object)."""

    __slots__ = ("a", "b", "word", "cls", "ti", "tend")

    def __init__(self, a: int, b: int, word: str, cls: str, ti: int, tend: int) -> None:
        self.a, self.b, self.word, self.cls, self.ti, self.tend = a, b, word, cls, ti, tend

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def span(self) -> tuple[int, int]:
        return (self.a, self.b)

    def group(self) -> str:
        return self.word


#: the cues of a paragraph with neither a quotation mark nor a cue word (never changed)
NO_CUES: dict[int, _Cue] = {}


class _Region:
    """A pair of quotation marks (a plain class with slots: thousands are made per corpus,
    and a frozen attrs class costs several times more to build)."""

    __slots__ = ("start", "end", "closed", "direct")

    def __init__(self, start: int, end: int, closed: bool, direct: bool) -> None:
        self.start = start  #: at the opening mark
        self.end = end  #: after the closing mark (or the paragraph end)
        self.closed = closed
        self.direct = direct  #: long enough to be a quote of its own


class _Found:
    """A quote found, before it becomes a :class:`~newsparse.Quote` (slots, for speed)."""

    __slots__ = ("content", "parts", "speaker", "cue", "cue_class", "direct", "rank")

    def __init__(self, content: tuple[int, int], parts: tuple[tuple[int, int], ...],
                 speaker: tuple[int, int] | None, cue: tuple[int, int] | None, cue_class: str | None,
                 direct: bool, rank: int) -> None:
        self.content = content
        self.parts = parts
        self.speaker = speaker
        self.cue = cue
        self.cue_class = cue_class
        self.direct = direct
        self.rank = rank  # lower wins overlaps


def _tokens(text: str, start: int, end: int) -> _Toks:
    """The tokens of ``text[start:end]``, built without a Python loop per token."""
    chunks = TOKEN_WS_RE.findall(text, start, end)  # each token with the white space before it
    if not chunks:
        return _Toks([], [], [], [])
    ends = list(itertools.accumulate(map(len, chunks), initial=start))
    del ends[0]
    texts = list(map(str.lstrip, chunks))
    starts = list(map(operator.sub, ends, map(len, texts)))
    return _Toks(starts, ends, texts, list(map(str.lower, texts)))


class _SpanSet:
    """Sorted, non-overlapping spans, with overlap tests in logarithmic time."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)  # spans starting before our end
        return i > 0 and self.ends[i - 1] > s

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


def _region_at(regions: Sequence[_Region], starts: Sequence[int], pos: int) -> _Region | None:
    """The region holding ``pos`` (``starts`` are the regions' starts, in order)."""
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and regions[i].start <= pos < regions[i].end:
        return regions[i]
    return None


def _regions_over(regions: Sequence[_Region], starts: Sequence[int], s: int, e: int) -> list[_Region]:
    """The regions overlapping ``s:e``."""
    i = max(0, bisect.bisect_right(starts, s) - 1)
    out = []
    while i < len(regions) and regions[i].start < e:
        if regions[i].end > s:
            out.append(regions[i])
        i += 1
    return out


def _inner_dot(toks: _Toks, k: int) -> bool:
    """Whether the ``.`` token at ``k`` closes an abbreviation (``Mr.``, ``R-S.C.``), not a sentence."""
    if k <= 0 or toks.texts[k] != "." or toks.ends[k - 1] != toks.starts[k]:
        return False
    before = toks.texts[k - 1]
    return "." in before or _abbreviation(before)


#: words ending in ``ly`` that are no adverb of manner (``a rally``, ``the assembly``)
NOT_ADVERBS = frozenset("only early daily weekly family italy ally rally assembly "
                        "supply reply anomaly monopoly july holy belly bully".split())


def _is_adverb(low: str) -> bool:
    return low.endswith("ly") and len(low) > 4 and low not in NOT_ADVERBS


# --------------------------------------------------------------------------- quotation regions


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Paired quotation marks in one paragraph: ``(open, close_end, closed)``."""
    first = ANY_MARK_RE.search(text, start, end)
    if first is None:
        return []  # no mark at all (a third of the paragraphs): one quick scan
    at = first.start()  # no double mark starts before the first mark
    if text[at] in "'‘’":  # (mostly an apostrophe): is there a double mark after it?
        double = DOUBLE_MARK_RE.search(text, at, end)
        at = -1 if double is None else double.start()
    widths: dict[int, int] = {}
    if at >= 0:
        marks = [(m.start(), m.group()) for m in DOUBLE_MARK_RE.finditer(text, at, end)]
        if text.find("''", at, end) >= 0 or text.find("``", at, end) >= 0:
            # two apostrophes: a straight double mark two wide; two backticks: an opening one
            widths = {pos: 2 for pos, mark in marks if mark in DOUBLE_MARK_FORMS}
            marks = [(pos, DOUBLE_MARK_FORMS.get(mark, mark)) for pos, mark in marks]
    else:
        # no double mark: single ones, which pair, so two at least (``Trump’s`` has one)
        if text.count("'", start, end) + text.count("‘", start, end) + text.count("’", start, end) < 2:
            return []
        marks = [(m.start(), m.group()) for m in SINGLE_MARK_RE.finditer(text, start, end)]
        if len(marks) < 2:
            return []
    regions: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for pos, ch in marks:
        if ch in "“«„‘":
            if open_at is None:
                open_at = pos
            elif ch == "“" and text[pos - 1] in ",.?!" and (pos + 1 >= end or text[pos + 1].isspace()):
                regions.append((open_at, pos + 1, True))  # ``"It's unusual,“ said``: a typo for ”
                open_at = None
        elif ch in "”»’":
            if open_at is not None:
                regions.append((open_at, pos + 1, True))
                open_at = None
            elif ch == "”" and not text[start:pos].strip(PARAGRAPH_OPENING_MARKS):
                open_at = pos  # a paragraph opened by a closing mark (``” … they are``): a typo
        else:  # straight marks: open after space or punctuation, else close
            width = widths.get(pos, 1) if widths else 1
            before = text[pos - 1] if pos > start else " "
            after = text[pos + width] if pos + width < end else " "
            if open_at is None:
                if before.isalnum() and not after.isalnum() and ch == '"':
                    continue  # a stray closing mark (or inches)
                open_at = pos
            else:
                if after.isalnum() and not before.isalnum() and before not in ".,!?;:—–-":
                    continue  # looks like another opening mark: keep the first
                regions.append((open_at, pos + width, True))
                open_at = None
    if open_at is not None:
        regions.append((open_at, end, False))
    return regions


#: the small words a title leaves in lower case (``Takin' It To the Streets``)
TITLE_SMALL_WORDS = frozenset("a an the of to in on for and or with at by from".split())


def _a_title(inner: str) -> bool:
    """Whether the quoted ``inner`` is a title (``Sunday Morning Futures,``, ``Takin' It To the
    Streets``): two to ten words, each capitalised but the small ones after the first. (Not
    asked of a quotation that ends a sentence inside its marks: a headline's Title Case
    quotes one, ``'All Bets Are Off.'``.)"""
    words = inner.split()
    return 2 <= len(words) <= 10 and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words[1:])


def _is_direct(text: str, start: int, end: int) -> bool:
    inner_end = end - 1 if text[end - 1 : end] in "”\"'’»" else end
    if text[start + 1:start + 2].isupper() and text[inner_end - 1:inner_end] not in ".?!" \
            and _a_title(text[start + 1:inner_end]):
        return False  # a title (``On ABC's "This Week," Carson said``): a name, not a quote
    # (six words take eleven characters at least: most scare quotes are shorter)
    if inner_end - start > 11 and SIX_WORDS_RE.match(text, start + 1, inner_end) is not None:
        return True  # six words or more
    stripped = text[start + 1 : inner_end].rstrip()
    return stripped[-1:] in (".", "?", "!", ",", "…") and len(stripped) > 8 and TWO_WORDS_RE.match(stripped) is not None


# --------------------------------------------------------------------------- sentences


def _sentences(text: str, start: int, end: int, regions: Sequence[_Region]) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph; no boundary falls inside a direct quote.

    The paragraph starts with no white space (as :data:`PARAGRAPH_RE` finds it), and so does
    every sentence: a boundary is before a capital, a digit or an opening mark.
    """
    out = []
    a = start
    # only a direct quote holds a boundary back: the regions are in order, none overlapping
    # the next, so the direct region holding a position is the region holding it, if direct
    # (most paragraphs have none: no look-up at all)
    direct = [r for r in regions if r.direct]
    starts = [r.start for r in direct]
    for m in SENTENCE_END_RE.finditer(text, start, end):
        pos = m.end()  # (before the end: the next character is looked ahead at)
        # the word before the end mark; a dot after a longer word than any abbreviation (most
        # dots) is looked at no further
        dot = m.start()
        # (a dot right after a quotation mark or a bracket, ``"a disgrace".``, ends no abbreviation)
        if text[dot] == "." and text[dot - 1] not in "\"(“" and not (
                dot - ABBREVIATION_SPAN >= start and text[dot - ABBREVIATION_SPAN:dot].isalnum()):
            word = WORD_BEFORE_RE.match(text, start, dot)  # (a match, if only an empty one)
            if word is not None and _abbreviation(word.group().strip("'’\"“”()")):
                continue
        if direct:
            r = _region_at(direct, starts, pos - 1)
            if r is not None and pos < r.end:
                # inside a quote: a boundary only where the quote itself closes
                continue
        out.append((a, m.start(1)))  # (the white space after the end mark is in no sentence)
        a = pos
    out.append((a, end))
    return out


# --------------------------------------------------------------------------- speakers


def _skip_back(toks: _Toks, i: int) -> int:
    """Skip auxiliaries, adverbs and short time adjuncts before a cue."""
    lows = toks.lows
    while i >= 0:
        low = lows[i]
        if low in ("may", "will") and toks.texts[i][:1] in "MW" and i > 0 and toks.texts[i - 1][:1].isupper():
            return i  # a name: ``Theresa May said``
        if low in AUXILIARIES or (_is_adverb(low) and not toks.texts[i][:1].isupper()):
            i -= 1
        elif low in TIME_WORDS and i >= 1 and lows[i - 1] in ("on", "last", "this", "late", "early", "friday", "on"):
            i -= 2
            while i >= 0 and lows[i] in ("on", "late", "early"):
                i -= 1
        elif low in ("yesterday", "today", "tonight"):
            i -= 1
        elif low in TIME_WORDS and i >= 2 and lows[i - 1] in DATED_PARTICIPLES and toks.texts[i - 2][:1].isalpha():
            i -= 2  # ``A news report published Wednesday said``: the report, not Wednesday
        elif low == "to" and i >= 1 and lows[i - 1] in GOING_ON and i + 2 < len(lows) \
                and (lows[i + 2] in GOING_ON_CLAUSES or toks.texts[i + 2] in QUOTE_OPENERS):
            i -= 2  # ``Mr. Trump continues to insist he`` (not ``continued to maintain its grip``)
        elif low in MONTH_WORDS and i >= 1 and lows[i - 1] in ("in", "since", "until"):
            i -= 2  # ``prosecutors in April said``
        elif low == ")":
            j = i - 1
            while j >= 0 and j > i - 12 and toks.texts[j] != "(":
                j -= 1
            if j < 0 or toks.texts[j] != "(" or j == i - 1:
                return i
            # ``Sen. Ted Cruz (R-Texas) said``: the parenthesis belongs to the name
            return i
        else:
            return i
    return i


def _opens_clause(toks: _Toks, i: int) -> bool:
    """Whether token ``i`` opens a clause: first, or after ``,`` ``;`` ``—`` ``.`` ``and`` ``but``."""
    return i == 0 or toks.texts[i - 1] in (",", ";", "—", ".") or toks.lows[i - 1] in ("and", "but")


def _number_group(toks: _Toks, i: int) -> bool:
    """Whether the number at token ``i`` stands for people named before, with the word opening
    its clause before it: ``The three``, ``All four``, ``These two`` (not ``in the two``)."""
    lows = toks.lows
    return lows[i] in SMALL_NUMBERS and i > 0 and lows[i - 1] in NUMBER_GROUP_WORDS and _opens_clause(toks, i - 1)


def _np_back(toks: _Toks, i: int) -> tuple[int, int] | None:
    """The token range ``[j, i]`` of the noun phrase ending at token ``i``."""
    if i < 0:
        return None
    texts = toks.texts
    lows = toks.lows
    head = texts[i]
    low = lows[i]
    if low in PRONOUNS:
        return (i, i)
    if low in QUANTIFIER_SPEAKERS and _opens_clause(toks, i):
        return (i, i)  # ``Many said ...``, ``Another said ...``: a quantifier standing for people
    if low == "whom" and i >= 2 and lows[i - 1] == "of" and (lows[i - 2] in QUANTIFIER_SPEAKERS or lows[i - 2] in SMALL_NUMBERS):
        return (i - 2, i)  # ``families of victims, many of whom say``: some of those named before
    if _number_group(toks, i):
        return (i - 1, i)  # ``The three said ...``, ``All four said ...``: a number standing for people
    if head == ")":
        j = i - 1
        while j >= 0 and j > i - 12 and texts[j] != "(":
            j -= 1
        if j <= 0 or texts[j] != "(":
            return None
        inner = _np_back(toks, j - 1)
        return (inner[0], i) if inner else None
    if not head[:1].isalnum():
        return None
    if head[:1].isupper() or _name_number(texts, i):
        if low in SENTENCE_ADVERBS and (i == 0 or not texts[i - 1][:1].isupper()):
            return None
        named = True
    else:
        if low in STOP_WORDS or low in DETERMINERS or _is_adverb(low) or low.isdigit() or (
                low.endswith(("ing", "ed")) and not (i > 0 and lows[i - 1] in DETERMINERS)):
            return None
        named = False
    j = i
    k = i - 1
    steps = 0
    while k >= 0 and steps < 12:
        steps += 1
        ttext = texts[k]
        tlow = lows[k]
        if ttext == ")":
            m = k - 1
            while m >= 0 and m > k - 12 and texts[m] != "(":
                m -= 1
            if m >= 0 and texts[m] == "(":
                k = m - 1
                continue
            break
        if ttext == "." and _inner_dot(toks, k):
            k -= 1
            continue
        if ttext in ("’", "'") and k > 0 and toks.ends[k - 1] == toks.starts[k] and texts[k - 1][-1:] == "s" \
                and texts[k - 1][:1].isupper():
            j = k - 1  # an owner's plural possessive: ``Sanders’ campaign``
            k -= 2
            continue
        if not ttext[:1].isalnum():
            break
        if tlow in DETERMINERS and not (ttext == "A" and texts[k + 1] == "." and j == k + 2):
            # (``A.`` before a surname is an initial, not the article: ``Jill A. Martin``)
            if tlow in ("one", "two", "three", "four", "five") and k > 0 and lows[k - 1] in DETERMINERS:
                j = k
                k -= 1
                continue
            j = k
            break
        if tlow in ("of", "for", "at", "and", "&") or tlow in NAME_PARTICLES and not ttext[:1].isupper():
            # (a capitalised particle opens a name: ``Al Jazeera``, ``De Blasio``)
            if k > 0 and texts[k - 1][:1].isalnum() and (texts[k - 1][:1].isupper() or lows[k - 1] not in STOP_WORDS):
                k -= 1
                continue
            break
        if ttext[:1].isupper() or named and _name_number(texts, k):
            if tlow in SENTENCE_ADVERBS and (k == 0 or not texts[k - 1][:1].isalnum()):
                break
            j = k
        elif named:
            if tlow in ROLE_WORDS or tlow in MEDIUM_KINDS or tlow.endswith(("an", "ese", "ish")) \
                    and tlow not in STOP_WORDS or tlow in INSTITUTIONS and lows[k + 1] in ROLE_WORDS:
                j = k  # (``foreign ministry spokeswoman Maria Zakharova``)
            elif tlow.endswith(("'s", "’s")) and k > 0 and lows[k - 1] in DETERMINERS:
                j = k  # an owner: ``the territory's Health Ministry``
            else:
                break
        else:
            if tlow in STOP_WORDS or _is_adverb(tlow) or tlow.endswith(("ing",)) or tlow in AUXILIARIES \
                    or tlow in PRONOUNS:
                break
            j = k
        k -= 1
    # trim connectors at the left edge
    while j < i and lows[j] in ("of", "for", "at", "and", "&"):
        j += 1
    return (j, i)


def _name_number(texts: Sequence[str], i: int) -> bool:
    """Whether token ``i`` is a short number inside a name: after a capitalised word
    (``Channel 12``, ``BBC Radio 4``)."""
    return len(texts[i]) <= 3 and texts[i].isdigit() and i > 0 and texts[i - 1][:1].isupper()


def _clause_on_noun(toks: _Toks, first: int, name: int) -> bool:
    """Whether ``a move`` (tokens ``first`` to ``name``) and the name after it open a relative
    clause on the noun (``..., a move Matsuno described as``), not a role before a name
    (``..., journalist Martha Raddatz said``)."""
    lows = toks.lows
    return toks.texts[name][:1].isupper() and lows[first] in DETERMINERS and not any(
        lows[y] in ROLE_WORDS for y in range(first, name))


def _speaker_before(text: str, toks: _Toks, cue_index: int) -> tuple[int, int] | None:
    """The speaker mention before the cue at token ``cue_index``, as offsets of ``text``."""
    rng = _speaker_tokens(toks, cue_index)
    if rng is None or rng[0] == rng[1] and toks.lows[rng[0]] == "there":
        return None  # (``There were reports``: an existential ``there`` is nobody)
    return toks.starts[rng[0]], toks.ends[rng[1]]


def _linked_object(toks: _Toks, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last``, after a preposition, are what a speaker's phrase
    hangs on (``for the ministry``, ``to Hillary Clinton``, ``with her thinking``, ``in
    employment law``), not a time (``prosecutors in April``) or a verb's object (``urged
    members to make them``)."""
    lows = toks.lows
    if lows[last] in TIME_WORDS or lows[last] in MONTH_WORDS:
        return False
    return lows[first - 1] != "to" or lows[first] in DETERMINERS or lows[first] in PRONOUNS \
        or lows[first] in ("him", "them", "us", "me") or toks.texts[first][:1].isupper()


def _hung_on(toks: _Toks, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """``rng`` with the person or message it hangs on by a preposition: ``a spokesman for [the
    ministry]``, ``people familiar with [the talks]``, ``a statement from [the ministry]``."""
    if rng is None or rng[0] < 2 or toks.lows[rng[0] - 1] not in SPEAKER_LINKS \
            or not _linked_object(toks, rng[0], rng[1]):
        return rng
    k = rng[0] - 2
    if toks.lows[k] in SPEAKER_ADJECTIVES and k >= 1:
        k -= 1
    if toks.lows[k] in PERSON_HEADS or toks.lows[k] in MESSAGE_NOUNS:
        owner = _np_back(toks, k)
        return rng if owner is None else (owner[0], rng[1])
    if toks.lows[k] in INTERMEDIATE_NOUNS:
        # ``sources with knowledge of [the matter]``, ``residents of the worst-hit towns near [Valencia]``
        inner = _np_back(toks, k)
        if inner is not None:
            hung = _hung_on(toks, (inner[0], k))
            if hung is not None and hung[0] < inner[0]:
                return (hung[0], rng[1])
    return rng


def _s_form(low: str) -> bool:
    """Whether the lower-cased word ``low`` ends in the ``s`` of a plural or of a verb's present
    (``leaders``, ``rips``): not ``-ss``, ``-us``, ``-is``, an owner's ``'s`` or a small word."""
    return len(low) > 3 and low[-1] == "s" and not low.endswith(("ss", "us", "is", "'s", "’s")) \
        and low not in STOP_WORDS


def _chained(toks: _Toks, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """``rng`` with the noun phrases it hangs on by prepositions, when the first of them opens
    the clause: the whole subject (``Jane Roe of Oxfam in [Nairobi]``, ``Experts at the
    University of Oxford in [England]``, ``Police in [Beijing]``); else ``rng`` alone."""
    if rng is None:
        return rng
    lows = toks.lows
    texts = toks.texts
    start = rng[0]
    for _ in range(MAX_CHAIN_LINKS):
        k = start - 1
        if k < 1 or lows[k] not in CHAIN_LINKS:
            return rng
        if lows[k - 1] in SPEAKER_ADJECTIVES and k >= 2:
            k -= 1
        inner = _np_back(toks, k - 1)
        if inner is None or inner[0] >= start:
            return rng
        start = inner[0]
        if start == 0 or texts[start - 1] in CLAUSE_OPENING_MARKS or lows[start - 1] in ("and", "but"):
            # (the first phrase's head a name or a speaker's noun: not ``The ad uses footage of``)
            # (a capital opening the clause makes no name: ``Tickets for the tour``)
            named = texts[k - 1][:1].isupper() and k - 1 > start
            # (or a plural's, in lower case or opening the sentence: ``Organizers of both conventions``)
            plural = _s_form(lows[k - 1]) and (texts[k - 1][:1].islower() or k - 1 == start)
            return (start, rng[1]) if named or lows[k - 1] in CHAIN_HEADS or plural else rng
    return rng


def _owned_by_name(toks: _Toks, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """``rng`` with the person's name it belongs to by ``of`` / ``from`` / ``at``: ``Sen.
    Bernie Sanders of [Vermont]``, ``Friedrich Merz of [the conservative CDU]``, ``Amy
    Glasmeier of [the Massachusetts Institute of Technology]`` (not ``the Bank of [America]``:
    a name of two words at least, or one after a title)."""
    if rng is None:
        return rng
    lows = toks.lows
    texts = toks.texts
    k = rng[0] - 1
    # (lower-case words before the organisation's name: ``of the conservative CDU``)
    n = 0
    while k >= 2 and n < 2 and texts[k][:1].islower() and lows[k] not in OWNER_LINKS and lows[k] not in STOP_WORDS \
            and lows[k] not in DETERMINERS:
        k -= 1
        n += 1
    if n and k >= 2 and lows[k] == "the":
        k -= 1
    if k < 1 or lows[k] not in OWNER_LINKS or not texts[k - 1][:1].isupper():
        return rng
    owner = _np_back(toks, k - 1)
    if owner is None or not texts[owner[0]][:1].isupper():
        return rng
    ends = toks.ends
    starts = toks.starts
    # (the owner's words as written: ``Mr.`` is one)
    words = "".join(texts[x] + (" " if ends[x] != starts[x + 1] else "") for x in range(owner[0], k)).split()
    if words[0].lower() in DETERMINERS or not _names_a_person(words, _name_tokens(" ".join(words))):
        return rng
    return (owner[0], rng[1])


#: asides between commas right before a cue (``X, however, said``): the subject is before them
PARENTHETICAL_ASIDES = CONNECTIVES - frozenset("but and so now yet".split()) | frozenset(
    ["though", "too", "in turn", "for instance", "for example", "for one", "of course", "in fact", "for his part",
     "for her part", "for their part", "for its part", "by contrast", "in contrast", "in particular", "at least",
     "in response", "in a statement"])
#: what may come right before a subject that has an appositive: a mark (a dash too: ``WASHINGTON --
#: President Obama, ...,`` / ``— Brendan Buck, ...,``), a conjunction or a subordinator (``when
#: John Smith, the minister, said``, ``ago that Michael Bloomberg, who ..., said``) or ``even``
#: (``Even the hawks, like Rubio, say``)
APPOSED_OPENING_MARKS = frozenset([",", ":", "“", '"', ".", "?", "!", ";", "”", "—", "–", "-"])
APPOSED_OPENING_WORDS = SUBORDINATORS | frozenset("and but so that even".split())


#: a dash around an appositive in a speaker's mention (``Kall -- co-editor of ...``)
DASH_APPOSITIVE_RE = regex.compile(r" ?(?:--|[—–]) ?+")


def _double_hyphen(toks: _Toks, i: int) -> bool:
    """Whether token ``i`` is the second hyphen of ``--`` (a dash in plain-text archives)."""
    return toks.texts[i] == "-" and i > 0 and toks.texts[i - 1] == "-" and toks.ends[i - 1] == toks.starts[i]


def _opens_subject(toks: _Toks, first: int) -> bool:
    """Whether the noun phrase at token ``first``, before an appositive, opens its clause."""
    if first == 0 or toks.texts[first - 1] in APPOSED_OPENING_MARKS:
        return True
    before = toks.lows[first - 1]
    # (``that`` a complementizer, not a determiner: not ``of that 2013 report``)
    return before in APPOSED_OPENING_WORDS and (
        before != "that" or toks.texts[first][:1].isupper() or toks.lows[first] in DETERMINERS)


def _speaker_tokens(toks: _Toks, cue_index: int) -> tuple[int, int] | None:
    """The first and last token of :func:`_speaker_before`'s mention."""
    i = _skip_back(toks, cue_index - 1)
    if i < 0:
        return None
    if toks.texts[i] == "," and i >= 3:
        # ``Proponents of the bill, however, say`` / ``X, a lawyer, for instance, said``: an aside
        # between commas is no appositive; the subject is before it
        k = i - 1
        while k > i - 4 and toks.texts[k][:1].islower():
            k -= 1
        if k < i - 1 and toks.texts[k] == "," and " ".join(toks.lows[k + 1:i]) in PARENTHETICAL_ASIDES:
            inner = _speaker_ending(toks, _skip_back(toks, k - 1))
            if inner is not None and inner[0] > 0 and toks.texts[inner[0] - 1] in (",", "—", "–"):
                # (the phrase before the aside an appositive itself: ``Brian Murphy, the chairman
                # of the party, for example, said``)
                return _speaker_ending(toks, k) or inner
            return inner
    return _speaker_ending(toks, i)


def _speaker_ending(toks: _Toks, i: int) -> tuple[int, int] | None:
    """The first and last token of the speaker's mention that ends at token ``i`` (a comma, a
    dash: the mention before an appositive, ending before this mark)."""
    if i < 0:
        return None
    if toks.lows[i] in ("who", "which") and i >= 1:
        # ``Trump, who said``: the relative pronoun is the mention (its antecedent is
        # found for ``speaker_name``)
        return (i, i)
    elif (toks.texts[i] in (",", "–", "—") or _double_hyphen(toks, i)) and i >= 2:
        # ``X, a spokesman for Y, said`` / ``Sen. Lindsey Graham, R-S.C., a candidate, said`` /
        # ``X – who led the talks – said``: the name before the appositives, when it opens the clause
        mark = toks.texts[i]
        if mark == "-":  # ``X -- co-editor of a book, Y -- said``: the mark is two tokens
            i -= 1
        rng = None
        # (a phrase hung on a person, ``The spokesman for the ministry, John Smith,``, only when
        # no name opens the clause: ``Sen. X, a Democrat from Rhode Island,`` is Sen. X's)
        for hung in (False, True):
            k = i - 1
            commas = 0
            while k >= 0 and k > i - 40 and commas < 3:
                if toks.texts[k] == mark and (mark != "-" or _double_hyphen(toks, k)):
                    commas += 1
                    first = _np_back(toks, k - 1 if mark != "-" else k - 2)
                    if hung:
                        first = _hung_on(toks, first)
                    if first is not None and _opens_subject(toks, first[0]):
                        rng = (first[0], i - 1)
                        break
                elif toks.texts[k] == ")":
                    # past a parenthesis: ``Sen. Ted Cruz (R-Texas), a candidate,`` / ``... (ROTC) program,``
                    m = k - 1
                    while m >= 0 and m > k - 12 and toks.texts[m] not in ("(", ")"):
                        m -= 1
                    if m < 0 or toks.texts[m] != "(":
                        break
                    k = m
                elif toks.texts[k] in (";", "?", "!", "(") or (toks.texts[k] == "." and not _inner_dot(toks, k)):
                    break
                k -= 1
            if rng is not None:
                break
        if rng is None and mark == ",":
            # ``Another delegate on the slate, Jim Poolman, said``: a name alone between the
            # commas is the speaker when the phrase before it opens no clause we can tell
            k = i - 1
            while k > i - 5 and toks.texts[k][:1].isupper() and toks.texts[k][:1].isalpha() \
                    or toks.texts[k] == "." and _inner_dot(toks, k):
                k -= 1
            if i - 5 <= k < i - 2 and toks.texts[k] == "," and toks.lows[k + 1] not in DETERMINERS \
                    and toks.texts[k - 1][:1].isalpha() and toks.texts[k - 1][:1].islower():
                rng = (k + 1, i - 1)
                # with the phrase it names when that opens the clause (``One of his advisers, Tad
                # Devine,``), as for a name that opens it; not an adjunct (``After the vote, X,``)
                c = k - 1
                while c > k - 12 and c > 0 and (toks.texts[c - 1][:1].isalnum() or toks.texts[c - 1] in ("’", "'")) \
                        and toks.lows[c - 1] not in CLAUSE_VERBS and toks.lows[c - 1] not in APPOSED_OPENING_WORDS:
                    c -= 1
                if (c == 0 or toks.texts[c - 1] in APPOSED_OPENING_MARKS or toks.lows[c - 1] in APPOSED_OPENING_WORDS) \
                        and (toks.lows[c] in DETERMINERS or toks.texts[c][:1].isupper()) \
                        and toks.lows[c] not in SENTENCE_ADVERBS and toks.lows[c] not in ADJUNCT_STARTS:
                    rng = (c, i - 1)
        if rng is None and mark == "," and toks.texts[i - 1] == ")":
            # ``Sen. Jack Reed (D-R.I.), said``: the parenthesis is the appositive
            first = _np_back(toks, i - 1)
            if first is not None and _opens_subject(toks, first[0]):
                rng = (first[0], i - 1)
        if rng is None:
            return None
        for x in range(rng[0] + 1, i - 1):
            # ``Xinhua, citing KCNA, said`` / ``Trump, speaking at a rally, said``: a participle's
            # phrase between the commas tells how, not who (``X, acting director of Y,`` does)
            if toks.texts[x] == mark and toks.lows[x + 1].endswith("ing") and toks.lows[x + 1] not in TITLE_INGS \
                    and (toks.lows[x + 1] in BARE_CLAUSE_PARTICIPLES or toks.lows[x + 1] == "quoting"
                         or toks.lows[x + 2] in PARTICIPLE_OBJECT_STARTS or toks.texts[x + 2][:1].isupper()):
                rng = (rng[0], x - 1)
                break
    elif toks.lows[i] in ("and", "but") and i >= 1:
        # ``Gary Emineth became a delegate and said``: the clause's subject
        k = 0
        for x in range(i - 1, -1, -1):
            if toks.texts[x] in (".", ";", "?", "!", ":") and not _inner_dot(toks, x):
                k = x + 1
                break
        depth = 0  # (not in a parenthesis: ``(although he allowed ...) and promised``)
        for x in range(i - 1, k - 1, -1):
            if toks.texts[x] in (",", ";", ":", "—"):
                break
            depth += (toks.texts[x] == ")") - (toks.texts[x] == "(")
            if not depth and toks.lows[x] in SUBORDINATORS and x + 1 < i - 1:
                # ``some people were yawning as he mentioned the wage and described``, ``was
                # complete when Trump called ... and promised``: the subordinate clause's
                # subject, joined to the cue with no comma between
                if toks.lows[x + 1] in PERSONAL_SUBJECTS:
                    return (x + 1, x + 1)
                if toks.texts[x + 1][:1].isupper() and toks.lows[x] in CLAUSE_ONLY_SUBORDINATORS:
                    named = _np_forward(toks, x + 1)
                    if named is not None and named[1] < i - 1 and not toks.lows[named[1]].endswith(POSSESSIVE_ENDS):
                        return named
        # an opening adjunct up to its comma (``Earlier in the day, President Xi met Scholz and
        # called for ...``: not ``the day``; but ``But the minister, who ...,``), or a
        # participle's clause (``Appearing before supporters, Suu Kyi said ... but added``)
        k = _past_opening_adjunct(toks, _past_dateline(toks, k, i - 1), i - 1)
        while k < i and toks.lows[k] in SENTENCE_ADVERBS:
            k += 1
        rng = _np_forward(toks, k)
        if rng is not None:  # (not on into the verb: ``The president met the families ... and said``)
            rng = (rng[0], _subject_end(toks, rng[0], rng[1] + 1) - 1)
        if rng is None or rng[1] >= i - 1 or rng[0] == rng[1] and toks.lows[rng[0]] in DETERMINERS:
            return None
        if rng[1] + 1 < i and toks.texts[rng[1] + 1] == ",":  # ``X, a former chairman, became``
            for x in range(rng[1] + 2, min(i, rng[1] + 25)):
                if toks.texts[x] == ",":
                    rng = (rng[0], x - 1)
                    break
    else:
        restricted = _restrictive_relative(toks, i)
        if restricted is not None:
            return restricted  # ``Democrats in Iowa who watched the debate said``: not ``the debate``
        rng = _chained(toks, _hung_on(toks, _owned_by_name(toks, _np_back(toks, i))))
        # (a share needs a word before its last: none at the sentence's first token)
        share = _share_back(toks, i) if i else None
        if share is not None and (rng is None or share[0] < rng[0]):
            rng = share  # ``Six in 10 Americans``, ``A majority of Democrats``: not just the people
    return rng


#: how many words a restrictive relative clause before a cue may hold (``who watched the
#: Saturday debate``)
RELATIVE_REACH = 14
#: what opens another clause inside a relative one (``who gained attention when he yelled``)
RELATIVE_CLAUSE_STOPS = SUBORDINATORS | frozenset("that which whom whose".split())
#: the pronouns a restrictive relative clause may pick people out of (``Those who``)
RELATIVE_HEADS = frozenset("those anyone everyone someone anybody everybody nobody people".split())


def _restrictive_relative(toks: _Toks, i: int) -> tuple[int, int] | None:
    """A subject with a restrictive relative clause ending at token ``i``: ``Democrats in Iowa
    who watched the Saturday debate``, ``Anyone who knows McConnell``, ``Those who said the
    economy was their issue`` (the people the clause picks out say it, not its object).

    Only ``who`` after a noun phrase with no comma between (``Trump, who ...,`` is an
    appositive, read apart), and only words up to the cue: a mark ends the search.
    """
    lows, texts = toks.lows, toks.texts
    if lows[i] in STOP_WORDS or lows[i] in PRONOUNS:
        return None  # (``who came to Philadelphia to protest``: an infinitive, no cue's subject)
    k = i
    stop = max(0, i - RELATIVE_REACH)
    while k > stop and texts[k][:1].isalnum():
        k -= 1
        if lows[k] == "who" or lows[k] in RELATIVE_CLAUSE_STOPS:
            break
    if k == i or lows[k] not in ("who", "whose") or k == 0 or not texts[k - 1][:1].isalnum():
        return None
    if lows[k] == "whose" and not _has_verb(toks, k + 2, i + 1):
        return None  # (``The hacker whose mischief revealed that``: the cue is the clause's own)
    # (``The state officials whose laws were struck down say``: the officials say it)
    antecedent: tuple[int, int] | None
    if lows[k - 1] in RELATIVE_HEADS:  # (``A majority of those who``)
        antecedent = _fraction_back(toks, k - 1) or (k - 1, k - 1)
    else:
        antecedent = _chained(toks, _hung_on(toks, _owned_by_name(toks, _np_back(toks, k - 1))))
    if antecedent is None or not _opens_subject(toks, antecedent[0]):
        return None
    a = antecedent[0]
    if a >= 2 and texts[a - 1] == "," and texts[a - 2][:1].isupper() and texts[k - 1][:1].isupper():
        return None  # ``residents in Jupiter, Florida who were voting``: a place after a place
    return (a, i)


#: the spelled numbers a share's people may be counted in (``One in three``, ``two in five voters``)
SHARE_DENOMINATORS = SMALL_NUMBERS - frozenset(["one"]) | frozenset(["ten"])


def _spelled_share(lows: Sequence[str], k: int) -> bool:
    """Whether token ``k`` ends a share spelled out: ``One in three``, ``two in five``."""
    return lows[k] in SHARE_DENOMINATORS and k >= 2 and lows[k - 1] == "in" and (
        lows[k - 2] in SMALL_NUMBERS or lows[k - 2].isdigit())


def _share_back(toks: _Toks, i: int) -> tuple[int, int] | None:
    """A poll's share of people ending at token ``i``: ``Six in 10``, ``about 4 in 10 voters``,
    ``Nearly nine out of 10``, ``47 percent of voters``, ``42%`` (what polls say, as news
    reports them)."""
    lows = toks.lows
    j = i
    if lows[j] not in SHARE_ENDS and not lows[j].isdigit() and not _spelled_share(lows, j):
        # the people counted: ``voters``, ``likely voters``, ``of voters`` (a few words)
        k = j
        while k > i - 3 and k > 0 and lows[k][:1].isalpha() and lows[k] not in SHARE_STOPS \
                and not _spelled_share(lows, k):
            k -= 1
        if lows[k] == "of" and k > 0:
            k -= 1
        j = k
    if lows[j] in SHARE_ENDS and j > 0 and lows[j - 1].replace(".", "", 1).isdigit():
        j -= 1
    elif (lows[j].isdigit() or lows[j] == "ten" or _spelled_share(lows, j)) and j >= 2 and lows[j - 1] in ("in", "of") and (
            lows[j - 2].isdigit() or lows[j - 2] in SMALL_NUMBERS):
        j -= 2
        if lows[j + 1] == "of" and j >= 1 and lows[j - 1] == "out":
            return None
    elif (lows[j].isdigit() or lows[j] == "ten") and j >= 3 and lows[j - 2:j] == ["out", "of"] and (
            lows[j - 3].isdigit() or lows[j - 3] in SMALL_NUMBERS):
        j -= 3  # ``Nearly nine out of 10``
    else:
        return _fraction_back(toks, i)
    while j > 0 and lows[j - 1] in SHARE_MODIFIERS:
        j -= 1
    if j > 0 and lows[j - 1] == "than" and j > 1 and lows[j - 2] in ("more", "fewer", "less"):
        j -= 2
    return (j, i)


def _fraction_back(toks: _Toks, i: int) -> tuple[int, int] | None:
    """A share of people without a number ending at token ``i``: ``A majority of Democrats``,
    ``Nearly two-thirds of Republicans``, ``half of the respondents``."""
    lows = toks.lows
    k = i
    while k > i - 4 and k > 0 and lows[k] != "of" and lows[k][:1].isalpha():
        k -= 1
    if k == i or lows[k] != "of" or k == 0:
        return None
    j = k - 1
    if not (lows[j] in SHARE_NOUNS or lows[j].endswith(SHARE_FRACTIONS)):
        return None
    if j > 0 and lows[j - 1] in ("a", "the", "one"):
        j -= 1
    while j > 0 and lows[j - 1] in SHARE_MODIFIERS:
        j -= 1
    return (j, i)


def _subject_with_relative(toks: _Toks, first: int, cue: int) -> bool:
    """Whether the sentence from token ``first`` opens with a noun phrase and a relative clause
    on it (``, who``) before the cue at token ``cue``: a subject, no quote's content."""
    phrase = _np_forward(toks, first)
    if phrase is None:
        return False
    k = phrase[1] + 1
    return k + 1 < cue and toks.texts[k] == "," and toks.lows[k + 1] in ("who", "whose")


def _np_forward(toks: _Toks, i: int, loose: bool = False) -> tuple[int, int] | None:
    """The token range of the noun phrase starting at token ``i`` (inverted speakers).

    ``loose`` also accepts a phrase opening with lowercase words when a name
    follows (``said conservative activist Bob Klaus``).
    """
    texts = toks.texts
    lows = toks.lows
    n = len(lows)
    if i >= n:
        return None
    low = lows[i]
    if low in PERSONAL_SUBJECTS:
        return (i, i)
    if not texts[i][:1].isalnum() or low in STOP_WORDS or low in PRONOUNS:
        return None
    if not (texts[i][:1].isupper() or low in DETERMINERS or low in ROLE_WORDS or low in BARE_SPEAKERS):
        if not (loose and any(t[:1].isupper() for t in texts[i + 1:i + 4]) and not _is_adverb(low)
                and low not in TIME_WORDS):
            return None
    j = i
    k = i + 1
    stop = min(n, i + 12)
    while k < stop:
        ttext = texts[k]
        tlow = lows[k]
        if ttext == "." and _inner_dot(toks, k):
            j = k
            k += 1
            continue
        if not ttext[:1].isalnum():
            if ttext == "(":
                m = k + 1
                while m < n and m < k + 10 and texts[m] != ")":
                    m += 1
                if m < n and texts[m] == ")":
                    j = m
                    k = m + 1
                    continue
            break
        if tlow in ("of", "for", "at", "&") and k + 1 < n and texts[k + 1][:1].isalnum():
            k += 1
            continue
        if tlow in SPEAKER_ADJECTIVES and k + 2 < n and lows[k + 1] in SPEAKER_LINKS_ON \
                and texts[k + 2][:1].isalnum():
            k += 2  # ``officials close to the talks``, ``people briefed on the plan``
            continue
        if tlow.endswith(("n't", "n’t")):
            break  # a verb's negation ends the phrase (``said Ivanka Trump's statement didn't ...``)
        if ttext[:1].isupper() or (tlow not in STOP_WORDS and not _is_adverb(tlow) and not tlow.endswith(("ing", "ed"))
                                   and tlow not in TIME_WORDS and tlow not in PRONOUNS):
            j = k
            k += 1
            continue
        break
    if j + 2 < n and texts[j + 1] == "," and texts[j + 2][:1].isupper() \
            and not any(t[:1].isupper() for t in texts[i:j + 1]):
        # a role, then the name (``said its executive director, Martin Kaiser``): both
        k = j + 2
        while k < n and k < j + 6 and texts[k][:1].isupper() and texts[k][:1].isalpha():
            k += 1
        if k == n or not texts[k][:1].isalnum() and not _inner_dot(toks, k):  # (``Sen.``: a title)
            j = k - 1
    return (i, j)


# --------------------------------------------------------------------------- cue checks


def _question_after(
    text: str, toks: _Toks, i: int, last: int
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The question a subjectless ``asked`` reports, and who asked it.

    ``[when] asked [by X] whether|what|how ... ,``: the question runs from
    its first word to the next comma or the end of the sentence; ``asked about
    X,``: what it was about, ``X``.
    """
    asker = None
    lows = toks.lows
    while i < last and (_is_adverb(lows[i]) or lows[i] in ASKED_ADJUNCTS):
        i += 1  # ``Asked specifically what``, ``asked again whether``
    if i + 1 < last and lows[i] == "on" and lows[i + 1] in SUBJECT_TIMES:
        i += 2  # ``Asked on Monday whether``
    if i < last and toks.lows[i] == "by":
        j = i + 1
        while j < last and j < i + 8 and toks.lows[j] not in QUESTION_WORDS and toks.lows[j] != "to" \
                and toks.texts[j] not in (",", ";", ".", "?"):
            j += 1
        if j == i + 1 or j >= last or toks.texts[j] in (",", ";", ".", "?"):
            return None
        asker = (toks.starts[i + 1], toks.ends[j - 1])
        i = j
    about = i < last and lows[i] == "about"
    if about:
        i += 1  # ``Asked about her own vote``: what the question was about
    elif i >= last or not (lows[i] in QUESTION_WORDS or asker is not None and lows[i] == "to"):
        return None
    j = i + 1
    while j < last and (toks.texts[j] not in (",", ";", "?", ".") or _inner_dot(toks, j)):
        j += 1  # (to the end of the question: not the dot of ``Mr.``)
    if j - i < (2 if about else 3):
        return None  # ``asked about it``: no question to report
    return _trim(text, toks.starts[i], toks.ends[j - 1]), asker


#: what opens the words after an evidence noun that still belong to its phrase (``records
#: compiled by the Center``, ``polls released Tuesday``, ``figures from the ministry``)
EVIDENCE_MODIFIERS = frozenset(
    "from by of in on for at with released compiled conducted published obtained filed issued "
    "taken made reviewed cited provided posted gathered collected".split()
)
#: how many words back from an evidence cue its noun is looked for
EVIDENCE_REACH = 14


def _evidence_subject(toks: _Toks, ci: int) -> int:
    """The evidence noun the cue at ``ci`` reports from, or -1: ``polls show``, ``records from
    the 2008 cycle show``, ``numbers released Tuesday by the state show``."""
    lows = toks.lows
    i = _skip_back(toks, ci - 1)
    if i < 0:
        return -1
    if lows[i] in EVIDENCE_SUBJECTS:
        return i
    for j in range(i - 1, max(-1, ci - EVIDENCE_REACH), -1):
        if not toks.texts[j][:1].isalnum() and toks.texts[j] not in ("’", "'", "-", "."):
            return -1  # (a clause or a quotation ends the phrase)
        if lows[j] in EVIDENCE_SUBJECTS and lows[j + 1] in EVIDENCE_MODIFIERS:
            return j
    return -1


#: past participles of cues that do not end in -ed (``was told``, ``is said to``)
PASSIVE_PARTICIPLES = frozenset("told said written shown found known seen heard thought held".split())
#: what may stand between a form of ``be`` and its participle (``was first reported``)
PASSIVE_ADVERBS = frozenset("not first also widely never later previously since long often still just".split())


def _after_be(lows: list[str], ci: int) -> bool:
    """Whether the token at ``ci`` follows a form of ``be`` (adverbs between): a passive."""
    j = ci - 1
    while j >= 0 and (lows[j] in PASSIVE_ADVERBS or _is_adverb(lows[j])):
        j -= 1
    return j >= 0 and lows[j] in PASSIVE_AUXILIARIES


def _verb_after_subject(toks: _Toks, ci: int) -> bool:
    """Whether the form at ``ci`` (``claims``, ``notes``, ``stress``) is a verb after its subject: after
    a name or a noun after its article, before a clause's first word (``Trump claims the
    election was rigged``, ``the paper notes the government``), or a name between commas
    (``Democrats, Frank notes, applaud``); not a noun (``his claims``, ``credit reports each``)."""
    if ci == 0 or ci + 1 >= len(toks):
        return False
    lows, texts = toks.lows, toks.texts
    plow, nlow = lows[ci - 1], lows[ci + 1]
    if not texts[ci - 1][:1].isalpha() or plow in DETERMINERS or plow in STOP_WORDS or plow.endswith(POSSESSIVE_ENDS):
        return False
    if nlow == ",":  # (an attribution between commas)
        return texts[ci - 1][:1].isupper() and ci >= 2 and texts[ci - 2] == ","
    # (a name, or a noun after its article: not ``free credit reports each year``)
    return nlow in CLAUSE_STARTERS and (texts[ci - 1][:1].isupper() or ci >= 2 and lows[ci - 2] in DETERMINERS)


def _cue_ok(toks: _Toks, ci: int, cls: str) -> bool:
    """Whether the cue token at ``ci`` is used as a reporting verb here."""
    lows = toks.lows
    low = lows[ci]
    has_prev = ci > 0
    has_next = ci + 1 < len(lows)
    plow = lows[ci - 1] if has_prev else ""
    nlow = lows[ci + 1] if has_next else ""
    if plow in QUANTIFIER_SPEAKERS and _opens_clause(toks, ci - 1) and not low.endswith("ing"):
        return True  # ``Many said ...``: a quantifier standing for people
    if (plow in DETERMINERS and plow not in ("that", "one") or plow in ("to", "of")) \
            and not _spelled_share(lows, ci - 1) and not _number_group(toks, ci - 1):
        # (``One in three said``, ``The three said``: people)
        if low.endswith("ed") and plow in ("to",):
            return False
        if plow in DETERMINERS or plow == "of":
            return False
    if has_prev and plow.endswith(("’s", "'s")) and plow not in ("it's", "it’s", "he's", "she's", "that's"):
        return False  # ``Trump's claims``
    if low in NOUNISH:
        if plow in NOUN_ADJECTIVES or plow in NOUN_PREPOSITIONS:
            return False  # ``despite earlier pledges not to``, ``repeated claims that``, ``for fear that``: nouns
        subj = has_prev and (plow in PRONOUNS or plow in AUXILIARIES or plow in ("who", "to")
                             or _is_adverb(plow))
        if not (subj or nlow == "that" and has_prev or cls == "evidence" and _evidence_subject(toks, ci) >= 0
                or low in REPORTING_VERB_FORMS and _verb_after_subject(toks, ci)):
            return False
    if cls == "belief":
        if nlow not in CLAUSE_STARTERS and not (has_next and toks.texts[ci + 1][:1].isupper()):
            return False
        if low in ("figure", "figures", "figured", "consider", "considers", "considered", "understand",
                   "understands", "understood", "imagine", "imagined", "suppose", "supposed") and nlow != "that":
            return False
    if cls == "evidence" and nlow != "that" and _evidence_subject(toks, ci) < 0:
        return False
    if low in NOT_SPEECH_BEFORE and (nlow in NOT_SPEECH_BEFORE[low] or nlow[:1].isdigit()):
        return False
    if (low.endswith("ed") or low in PASSIVE_PARTICIPLES) and nlow not in ("that", "as") and _after_be(lows, ci):
        return False  # a passive (``was first reported last week by``): its subject is no speaker
    if low == "said" and (nlow == "," and plow == "that" and (ci == 1 or toks.texts[ci - 2] in CLAUSE_OPENING_MARKS)
                          or nlow == "that" and plow == "having" and toks.texts[ci + 2:ci + 3] == [","]):
        return False  # ``That said, ...``, ``Having said that, ...``: a turn of the argument
    if low in DEED_FORMS and nlow in DEED_FORMS[low] and "that" not in lows[ci + 2:ci + 5]:
        return False  # ``would continue his push``: a deed (``continued his warnings that`` reports)
    if nlow == "not" and lows[ci + 2:ci + 4] == ["to", "be"]:
        return False  # ``who asked not to be named``
    if low == "tell" and plow in CANNOT:
        return False  # ``you can't tell whether``: cannot know
    if low in ASSUME_FORMS and (nlow in OFFICES or nlow in DETERMINERS and lows[ci + 2:ci + 3] != []
                                and lows[ci + 2] in OFFICES):
        return False  # ``assumed the role of embattled hero``, ``assumed control``: a deed
    if low in FIND_FORMS and nlow in PLACE_PREPOSITIONS:
        return False  # ``tests of the hair found outside his home``: where, not what
    if nlow == "on" and low in GO_FORMS and lows[ci + 2:ci + 3] and (lows[ci + 2] in DETERMINERS
                                                                     or lows[ci + 2] in GOING_ON_DEEDS):
        return False  # ``went on a trip``, ``go on an adventure that``, ``go on sale``: a deed
    return True


# --------------------------------------------------------------------------- the extractor


def _has_word(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds a word character (``WORDS_RE``), most often seen in its first
    two characters: a letter (``str.isalpha``) is one, and the pattern runs only where neither is."""
    return a < b and (text[a].isalpha() or a + 1 < b and text[a + 1].isalpha()) or (
        WORDS_RE.search(text, a, b) is not None)


def _kind(spans: Sequence[tuple[int, int]], regions: Sequence[_Region], starts: Sequence[int],
          text: str) -> QuoteKind:
    """Direct when every word is inside quotation marks, mixed when some are, else indirect."""
    inside = outside = 0
    for s, e in spans:
        # the first region overlapping ``s:e`` (the regions are in order, none overlapping the next)
        i = bisect.bisect_right(starts, s) - 1
        if i < 0 or regions[i].end <= s:
            i += 1
        if i == len(regions) or regions[i].start >= e:
            outside += 1
            continue
        if regions[i].start <= s and e <= regions[i].end:
            # all inside one quotation (a direct quote): only whether it has a word matters
            inside += _has_word(text, s, e)
            continue
        # a word within the marks, a word between or around them (a mark is no word
        # character, so no word runs across one): whether there is one is enough
        pos = s
        while i < len(regions) and regions[i].start < e:
            r = regions[i]
            i += 1
            a, b = max(s, r.start), min(e, r.end)
            if not inside and _has_word(text, a, b):
                inside = 1
            if not outside and pos < a and _has_word(text, pos, a):
                outside = 1
            pos = b
        if not outside and pos < e and _has_word(text, pos, e):
            outside = 1
    if inside and not outside:
        return QuoteKind.DIRECT
    if inside:
        return QuoteKind.MIXED
    return QuoteKind.INDIRECT


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return s, e


class _Paragraph:
    __slots__ = ("start", "end", "regions", "region_starts", "sentences", "sentence_starts", "toks", "cues")

    def __init__(self, text: str, start: int, end: int, table: _CueTable) -> None:
        self.start = start
        self.end = end
        self.regions = regions = [
            _Region(s, e, closed, _is_direct(text, s, e)) for s, e, closed in _quote_regions(text, start, end)
        ]
        self.region_starts: list[int] = []
        self.sentence_starts: list[int] = []
        runs = b""
        checkable = table.checkable
        if not regions and checkable:
            # the ``[a-z]+`` runs of the lower-cased paragraph, one byte per character (so that
            # a sentence's runs are a slice of it): a cue word is one of them
            runs = _runs(text[start:end].lower())
            if not _may_hold_cue(runs.split(), table) and text[end - 1] != ":":
                # no quotation mark and no cue: nothing to look at here (the sentences and
                # tokens of a paragraph serve only its own quotation marks and cues, and
                # a closing colon the quoted paragraph after it: ``The statement read:``)
                self.sentences: list[tuple[int, int]] = []
                self.toks = NO_TOKENS
                self.cues: dict[int, _Cue] = NO_CUES
                return
        self.sentences = sentences = _sentences(text, start, end, regions)
        self.sentence_starts = [a for a, _ in sentences]
        # tokens only for the sentences holding a cue word or a quotation mark
        self.region_starts = starts = [r.start for r in regions]
        if len(sentences) == 1 or not checkable:
            # the whole paragraph: it holds a cue word or a quotation mark (or a cue word may
            # be in any sentence: one the byte runs cannot see, such as ``déclaré``)
            toks = _tokens(text, sentences[0][0], sentences[-1][1])
        else:
            region_ends = []
            if regions:
                runs = _runs(text[start:end].lower())
                region_ends = [r.end for r in regions]
            toks = _Toks([], [], [], [])
            run_start = run_end = -1  # neighbouring kept sentences are tokenised in one go
            for s, e in sentences:
                # (a region overlaps the sentence when the last one starting before its end
                # ends after its start: the regions are in order, none overlapping the next)
                r = bisect.bisect_left(starts, e) - 1
                if not (r >= 0 and region_ends[r] > s) and not _may_hold_cue(runs[s - start:e - start].split(), table):
                    if run_start >= 0:
                        toks.extend(_tokens(text, run_start, run_end))
                        run_start = -1
                    continue
                if run_start < 0:
                    run_start = s
                run_end = e
            if run_start >= 0:
                toks.extend(_tokens(text, run_start, run_end))
        self.toks = toks
        lows = toks.lows
        hits = itertools.compress(range(len(lows)), map(table.first_words.__contains__, lows))
        texts = toks.texts
        tstarts = toks.starts
        tends = toks.ends
        ntoks = len(lows)
        cues: dict[int, _Cue] = {}
        self.cues = cues
        by_first = table.by_first
        for i in hits:  # only the tokens that may start a cue
            low = lows[i]
            if texts[i][:1].isupper() and low != "according" and i > 0 and texts[i - 1][:1].isalpha() and not (
                    texts[i - 1][:1].isupper() and (low in SAY_FORMS if i + 1 == ntoks or texts[i + 1] == "."
                                                    else texts[i + 1][:1].isupper())):
                # ``the United States``; but a cue in a Title Case headline stays (``Rubio Says
                # Abandoning ...``, ``..., Lindsey Graham Says``)
                continue
            multi, seconds, single = by_first[low]
            if i + 1 < ntoks and lows[i + 1] in seconds:  # (a multi-word cue may start here)
                for rest, n, cls in multi:  # the longest first
                    if lows[i + 1:i + n] == rest:  # (shorter, so unequal, past the last token)
                        a, b = tstarts[i], tends[i + n - 1]
                        cues[i] = _Cue(a, b, text[a:b], cls, i, i + n)
                        break
                if i in cues:
                    continue
            if single is not None:
                cues[i] = _Cue(tstarts[i], tends[i], texts[i], single, i, i + 1)


def _token_index(toks: _Toks, pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left(toks.starts, pos)


class _CueTable(NamedTuple):
    """The cues of a lexicon, arranged for the look-ups of :class:`_Paragraph`."""

    #: every first word of a cue
    first_words: frozenset[str]
    #: by first word: what follows it in its multi-word cues (with their lengths and classes,
    #: the longest first), their second words (most tokens after a first word are none of them),
    #: and its class as a single cue word (or ``None``): one look-up per token
    by_first: dict[str, tuple[tuple[tuple[list[str], int, str], ...], frozenset[str], str | None]]
    #: whether every cue word is a run of ``a-z``: only then can the byte runs of
    #: :func:`_runs` (and :func:`_may_hold_cue`) rule paragraphs and sentences out before
    #: their tokens
    checkable: bool
    #: the first words, single cue words and the other words of each multi-word cue (by its first
    #: word) as ASCII bytes, to be looked for among the runs of :func:`_runs` (not the quoting
    #: cues: the runs rule out text without quotation marks, where those attribute nothing)
    first_runs: frozenset[bytes]
    single_runs: frozenset[bytes]
    phrase_runs: dict[bytes, list[tuple[bytes, ...]]]


#: ``a-z`` kept, every other byte a space
_RUNS_TABLE = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def _runs(lowered: str) -> bytes:
    """``lowered`` with a space for every character but ``a-z``, one byte per character.

    Its ``split()`` gives the ``[a-z]+`` runs of ``lowered``, several times faster than a
    regex scan (the ASCII codec puts one ``?`` for any other character).
    """
    return lowered.encode("ascii", "replace").translate(_RUNS_TABLE)


def _may_hold_cue(words: list[bytes], table: _CueTable) -> bool:
    """Whether the ``[a-z]+`` runs of a paragraph or a sentence may make a cue: a single cue
    word, or a multi-word cue's first word with its other words.

    A token ``said`` is the run ``said`` of the lower-cased text, so a cue among the tokens
    always passes; ``was`` with no ``convinced`` (the first word of ``was convinced``, in
    most sentences) does not.
    """
    present: set[bytes] | None = None
    for w in table.first_runs.intersection(words):
        if w in table.single_runs:
            return True
        for rest in table.phrase_runs.get(w, ()):
            if present is None:
                present = set(words)
            if all(x in present for x in rest):
                return True
    return False


def _cue_table(lexicon: Lexicon) -> _CueTable:
    """Single cue words and multi-word cues (by first word), built once per lexicon."""

    def build() -> _CueTable:
        singles: dict[str, str] = {}
        phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for cue in lexicon.cue_verbs:
            words = tuple(cue.text.lower().split())
            if len(words) == 1:
                singles[words[0]] = cue.cue_class
            elif words:
                phrases.setdefault(words[0], []).append((words, cue.cue_class))
        for options in phrases.values():
            options.sort(key=lambda o: -len(o[0]))
        checkable = all(LOWER_WORD_RE.fullmatch(w) for c in lexicon.cue_verbs for w in c.text.lower().split())
        first_words = frozenset(singles) | frozenset(phrases)
        by_first = {
            w: (tuple((list(words[1:]), len(words), cls) for words, cls in phrases.get(w, ())),
                frozenset(words[1] for words, _ in phrases.get(w, ())), singles.get(w))
            for w in first_words
        }
        # (a word with other characters than ASCII is never a run: left out; nor is a quoting
        # cue, which attributes only a quotation: the runs serve text without quotation marks)
        runs = [w for w, cls in singles.items() if w.isascii() and cls != QUOTING]
        phrase_runs = {
            w.encode(): [tuple(x.encode() for x in words[1:]) for words, _ in options]
            for w, options in phrases.items() if w.isascii()
        }
        return _CueTable(
            first_words=first_words,
            by_first=by_first,
            checkable=checkable,
            first_runs=frozenset(w.encode() for w in (*runs, *phrases) if w.isascii()),
            single_runs=frozenset(w.encode() for w in runs),
            phrase_runs=phrase_runs,
        )

    return lexicon.compiled("quotes.cue_table.v6", build)


#: the sort key of quotes found: their content
CONTENT = operator.attrgetter("content")

_Attribution = tuple[tuple[int, int], _Cue, int]  # speaker, cue, index of the token after it
#: what :func:`_attribution_before` returns for a quote inside a reported clause
MIXED: _Attribution = ((0, 0), _Cue(0, 0, "", "", 0, 0), 0)


def _attribution_after(text: str, para: _Paragraph, region: _Region) -> _Attribution | None:
    """``"...," X said`` / ``"...," said X`` right after a quote."""
    toks = para.toks
    j = _token_index(toks, region.end)
    if j < len(toks) and toks.texts[j] in (",", "—", "–", "-"):
        j += 1
    if j >= len(toks) or toks.starts[j] - region.end > 4:
        return None
    m = para.cues.get(j)
    if m is not None:
        rng = _np_forward(toks, m.tend, loose=True)
        if rng is None:
            return None
        return (toks.starts[rng[0]], toks.ends[rng[1]]), m, rng[1] + 1
    ci = j
    texts = toks.texts
    stop = min(j + 10, len(texts))
    while ci < stop:
        ttext = texts[ci]
        if ttext == "(" and ci > j:  # ``Rep. Jim Jordan (R-Ohio) said``
            close = next((x for x in range(ci + 1, min(ci + 8, len(toks))) if toks.texts[x] == ")"), None)
            if close is not None:
                ci = close + 1
                continue
        if ttext in (",", "—") and ci > j:
            # ``"...," Michael Briggs, a spokesman for Sanders, said``
            for cj in range(ci + 1, min(ci + 25, len(toks))):
                if toks.texts[cj] in (".", "?", "!", ";", "“", '"', "”", ":") and not _inner_dot(toks, cj):
                    break
                m = para.cues.get(cj)
                if m is not None and toks.texts[cj - 1] in (",", "—"):
                    rng = _np_back(toks[j:ci], ci - j - 1)
                    if rng is not None and rng[0] == 0:
                        return (toks.starts[j], toks.starts[cj - 1]), m, m.tend
                    return None
            return None
        if ttext == "." and _inner_dot(toks, ci):
            ci += 1
            continue
        if ttext in (".", "?", "!", "“", '"', ";", "”", ":", ",", "(", "—"):
            break
        m = para.cues.get(ci)
        if m is None and ci > j and toks.lows[ci].endswith("ed") and not ttext[:1].isupper() \
                and len(toks.lows[ci]) > 4 and ci + 1 < len(texts) and texts[ci + 1] in (".", ",", "!", "?"):
            # an unlisted verb of saying: ``"Go register," Trump implored.``
            m = _Cue(toks.starts[ci], toks.ends[ci], ttext, "speech", ci, ci + 1)
        if m is not None:
            sp = _speaker_before(text, toks[j:ci + 1], ci - j)
            if sp is None or sp[0] < toks.starts[j]:
                return None
            if texts[j][:1].isupper() and text[region.end - 2:region.end - 1] == "." and _reports_a_clause(toks, m):
                # ``"... warning." The network said the station ...``: a quote that ends its
                # sentence, then a new sentence reporting something else
                return None
            return sp, m, m.tend
        ci += 1
    return None


def _reports_a_clause(toks: _Toks, cue: _Cue) -> bool:
    """Whether a clause of its own follows the cue (``said the station would close``), not
    just an adjunct (``said on Tuesday.``) or an object (``told reporters.``)."""
    i = cue.tend
    if i >= len(toks):
        return False
    low = toks.lows[i]
    if low == "that" or low in CLAUSE_STARTERS:
        return True
    if not toks.texts[i][:1].isalpha() or low in ADJUNCT_STARTS or low in TIME_WORDS or cue.word.lower() in OBJECT_CUES:
        return False
    n = 0  # the words to the sentence's end
    while i + n < len(toks) and toks.texts[i + n] not in (".", "!", "?", ";") and n < 4:
        n += 1
    return n >= 4


def _attribution_before(text: str, para: _Paragraph, region: _Region,
                        regions: Sequence[_Region]) -> _Attribution | None:
    """``X said: "...`` / ``X told Y, "...`` in the same sentence, right before a quote.

    Returns :data:`MIXED` for a quote inside a reported clause (``X said that "..."``).
    """
    toks = para.toks
    si = _token_index(toks, region.start)
    p = si - 1
    colon = p >= 0 and toks.texts[p] == ":"
    if p >= 0 and toks.texts[p] in (",", ":", "—", "–"):
        p -= 1
    stop = max(0, si - 16)
    first = p
    texts = toks.texts
    lows = toks.lows
    tstarts = toks.starts
    region_starts = para.region_starts
    cues = para.cues
    while p >= stop:
        ttext = texts[p]
        if ttext in (".", "?", "!", ";", "”", '"') and not _inner_dot(toks, p):
            break
        x = tstarts[p]
        i = bisect.bisect_right(region_starts, x) - 1  # (:func:`_region_at`, inline)
        if i >= 0 and x < regions[i].end:
            break  # inside another quotation
        m = cues.get(p)
        if m is None and colon and p == first and not ttext[:1].isupper() and lows[p].endswith(("ed", "s")) \
                and len(lows[p]) > 3 and p > 0 and (texts[p - 1][:1].isupper() or lows[p - 1] in PRONOUNS):
            m = _Cue(tstarts[p], toks.ends[p], ttext, "speech", p, p + 1)  # ``he demurred: "...``
        if m is not None and m.cls == QUOTING and m.tend < si and not (m.tend == si - 1 and texts[m.tend] in (",", ":")):
            m = None  # ``a chant of "Feel the Bern!"``: a quoting cue attributes only the quote right after it
        if m is not None:
            if "that" in lows[m.tend:si] or (m.tend < si and texts[si - 1] not in (",", ":", "—", "–")) \
                    or m.tend == si and (m.cls == "evidence" or m.cls == "belief" and p > 0 and lows[p - 1] in MODALS):
                # ``X said that "...``: a mixed quote, for the indirect pass; so is a quotation an
                # evidence verb takes as its object (``the group had shown "flexibility"``), or a
                # belief's after a modal (``hoped Americans would understand "why a father ..."``):
                # what no one said
                return MIXED
            sp = _speaker_before(text, toks, p)
            if sp is None and (lows[p].endswith("ing") or p > 0 and lows[p - 1] == "to"):
                # ``..., saying: "`` / ``interjected to say: "``: the clause's subject
                sp = _sentence_subject(text, toks, para, tstarts[p])
            if sp is None and (colon or texts[si - 1] == ",") and texts[p][:1].isupper():
                sp = _speaker_after(toks, m, si - 1)  # ``Said Ellis: "...``, ``Said Comey, "...``
            if sp is not None:
                return sp, m, si
            return None
        p -= 1
    return None


def _colon_before(text: str, para: _Paragraph) -> _Attribution | None:
    """``Caddell continued:`` / ``In a statement, the mayor said:`` closing a paragraph: the
    attribution of the quoted paragraph after it."""
    toks = para.toks
    n = len(toks)
    if n < 3 or toks.texts[n - 1] != ":" or toks.ends[n - 1] != para.end:
        return None
    for p in range(n - 2, max(-1, n - 14), -1):
        if toks.texts[p] in (".", "?", "!", ";", "”", '"') and not _inner_dot(toks, p):
            return None
        m = para.cues.get(p)
        if m is None:
            continue
        if m.tend != n - 1 and not (toks.texts[p][:1].isupper() and m.tend < n - 1):
            return None  # (``said the following:`` and the like: not the cue's own colon)
        sp = _speaker_before(text, toks, p)
        if sp is None and toks.texts[p][:1].isupper():
            sp = _speaker_after(toks, m, n - 1)  # ``Said Ellis:``
        return (sp, m, n - 1) if sp is not None else None
    return None


def _speaker_after(toks: _Toks, cue: _Cue, stop: int) -> tuple[int, int] | None:
    """The noun phrase right after an inverted cue (``Said Ellis:``), ending before token ``stop``."""
    rng = _np_forward(toks, cue.tend)
    if rng is None or rng[1] >= stop:
        return None
    return (toks.starts[rng[0]], toks.ends[rng[1]])


#: words that end a speaker's appositive: a clause of its own follows (``said Smith, but Jones``)
APPOSITIVE_BREAKS = PRONOUNS | frozenset("but while although though whereas because who which that as when".split())


def _direct_quotes(text: str, paras: list[_Paragraph], used_cues: set[int]) -> list[_Found]:
    found: list[_Found] = []
    prev_speaker: tuple[int, int] | None = None
    prev_para_index = -2
    # a quote left open at the end of the previous paragraph: its pieces and attribution
    open_pieces: list[tuple[int, int]] = []
    open_attr: _Attribution | None = None
    for pi, para in enumerate(paras):
        regions = para.regions
        k = 0
        if open_pieces and not (regions and regions[0].start == para.start):
            found.append(_direct_found(open_pieces, open_attr, prev_speaker if open_attr is None else None))
            open_pieces, open_attr = [], None
        cue_firsts: list[int] | None = None
        cue_reach: list[int] = []
        while k < len(regions):
            region = regions[k]
            continuing = bool(open_pieces) and k == 0
            if not region.direct and not continuing:
                # a short fragment is a quote only with an attribution after it (when it opens
                # its sentence) or a cue right before it (``called it: "..."``, ``says "..."``):
                # without a cue that reaches the token before it, it stays in its sentence
                # (most scare quotes), found without looking for either attribution
                toks = para.toks
                si = _token_index(toks, region.start)
                if cue_firsts is None:
                    cue_firsts = list(para.cues)  # (in token order)
                    cue_reach = list(itertools.accumulate((m.tend for m in para.cues.values()), max))
                c = bisect.bisect_left(cue_firsts, si) - 1
                if c >= 0 and cue_reach[c] >= si - 1 or si > 0 and toks.texts[si - 1] == ":":
                    after = _attribution_after(text, para, region)
                elif si > 0 and toks.texts[si - 1] not in (".", "?", "!", ":", ";", "”", '"') or (
                        after := _attribution_after(text, para, region)) is None:
                    k += 1
                    continue
            else:
                after = _attribution_after(text, para, region)
            if after is not None and k + 1 < len(regions) and _introduces(text, para, region, after, regions[k + 1]):
                after = None  # ``"...Storage." The signature reads, "Farah ..."``: the next quote's
            before = None if after is not None or continuing else _attribution_before(text, para, region, regions)
            if before is MIXED:
                k += 1
                continue
            if not region.direct and after is not None:
                ti = _token_index(para.toks, region.start)
                if ti > 0 and para.toks.texts[ti - 1] not in (".", "?", "!", ":", ";", "”", '"'):
                    after = None  # ``warned of an "all-out war", according to``: a fragment
            if not region.direct and after is None and not continuing and (
                    before is None or para.toks.starts[before[1].tend] != region.start and
                    _token_index(para.toks, region.start) - before[1].tend > 1
                    or _word_after(para.toks, region)):
                # a short fragment without its own attribution stays in its sentence, and so does
                # one its clause goes on after (``said "most people in politics" can't be trusted``)
                k += 1
                continue
            attr = after or before
            if attr is None and not continuing and k == 0 and region.start == para.start and pi > 0 \
                    and paras[pi - 1].end + 4 >= para.start:
                attr = _colon_before(text, paras[pi - 1])  # ``Caddell continued:`` / ``"...``
            lead = _mixed_lead(para, region) if after is not None and region.direct and not continuing else -1
            pieces = [*open_pieces, (region.start, region.end)] if continuing else [(region.start, region.end)]
            if lead >= 0:
                pieces = [(lead, region.end)]  # ``The economy is "very strong," she said``: mixed
            if continuing and attr is None:
                attr = open_attr
            last = region
            if after is not None:
                # a second piece right after the attribution joins the quote: ``, "..."`` / ``. "..."``
                t = after[2]
                toks = para.toks
                while t < len(toks) and toks.texts[t] not in (",", ".", ":", "“", '"', "?", "!", ";") \
                        and toks.starts[t] - after[1].b < 120:
                    t += 1
                if t < len(toks) and toks.texts[t] == "," and k + 1 < len(regions):
                    # past the speaker's appositive (``said Josh Bivens, research director at
                    # EPI. "..."``): words only, no cue of their own, to the sentence's end
                    u = t + 1
                    while u < len(toks) and toks.starts[u] < regions[k + 1].start and toks.texts[u] != "." \
                            and toks.starts[u] - after[1].b < 160 and u not in para.cues \
                            and toks.lows[u] not in APPOSITIVE_BREAKS:
                        u += 1
                    if u < len(toks) and toks.texts[u] == ".":
                        t = u
                if t < len(toks) and toks.texts[t] in (",", ".", ":"):
                    t += 1
                if k + 1 < len(regions) and t < len(toks) and toks.starts[t] == regions[k + 1].start:
                    nxt = regions[k + 1]
                    if _attribution_after(text, para, nxt) is None:
                        pieces.append((nxt.start, nxt.end))
                        last = nxt
                        k += 1
            if attr is not None:
                used_cues.add(attr[1].a)
            if not last.closed and last.end == para.end and pi + 1 < len(paras):
                open_pieces, open_attr = pieces, attr
                k += 1
                continue
            open_pieces, open_attr = [], None
            inherit = None
            if attr is None and prev_speaker is not None and (
                (pi == prev_para_index + 1 and region.start == para.start)
                or (k > 0 and found and found[-1].content[1] >= para.start)
            ):
                # a quoted paragraph (or piece) with no cue of its own, right after a quote
                inherit = prev_speaker
            f = _direct_found(pieces, attr, inherit)
            found.append(f)
            if f.speaker is not None:
                prev_speaker = f.speaker
                prev_para_index = pi
            k += 1
    if open_pieces:
        found.append(_direct_found(open_pieces, open_attr, None))
    return found


def _word_after(toks: _Toks, region: _Region) -> bool:
    """Whether the clause goes on right after the closing mark of ``region`` with its verb
    (``"most people in politics" can't be trusted``; not ``"no way" and left``)."""
    ti = _token_index(toks, region.end)
    return ti < len(toks) and toks.lows[ti] in CLAUSE_VERBS


def _mixed_lead(para: _Paragraph, region: _Region) -> int:
    """Where a mixed quote starts whose quoted part ``region`` closes before its attribution (``The
    economy is "very strong," she said``): at its sentence's start, when a word right before the
    mark continues the sentence, with no cue and no other quotation before it there; else -1."""
    toks = para.toks
    ti = _token_index(toks, region.start)
    if ti == 0 or not toks.texts[ti - 1][:1].isalnum():
        return -1
    k = bisect.bisect_right(para.sentence_starts, region.start) - 1
    start = para.sentences[k][0]
    first = _token_index(toks, start)
    if ti - first < 2 or any(t in para.cues for t in range(first, ti)) \
            or _regions_over(para.regions, para.region_starts, start, region.start):
        return -1
    return start


def _introduces(text: str, para: _Paragraph, region: _Region, after: _Attribution, nxt: _Region) -> bool:
    """Whether an attribution after a quote closed by a full stop introduces the next quote
    (``"...Storage." The signature reads, "Farah ..."``): it opens a sentence of its own and
    ends on a comma or a colon right before that quote."""
    if text[region.start:region.end].rstrip("\"”’' ")[-1:] != ".":
        return False
    toks = para.toks
    t = after[2]
    return t + 1 < len(toks) and toks.texts[t] in (",", ":") and toks.starts[t + 1] == nxt.start \
        and after[0][0] > region.end and toks.texts[_token_index(toks, after[0][0])][:1].isupper()


def _direct_found(pieces: list[tuple[int, int]], attr: _Attribution | None,
                  inherit: tuple[int, int] | None) -> _Found:
    content = (pieces[0][0], pieces[-1][1])
    parts = tuple(pieces) if len(pieces) > 1 else ()
    if attr is None:
        return _Found(content, parts, inherit, None, None, True, 0)
    speaker, cue, _ = attr
    return _Found(content, parts, speaker, cue.span(), cue.cls, True, 0)


#: words in -ing that head a noun phrase, not a participle's clause (``Nothing he said``)
NOUN_INGS = frozenset("nothing something anything everything king morning evening spring string thing "
                      "building wedding meeting hearing ruling funding polling housing timing".split())


def _opening_participle(low: str) -> bool:
    """Whether a sentence opening with ``low`` opens with a participle's clause before its subject
    (``Speaking at a rally, ...``, ``Asked about the plan, ...``)."""
    return low == "asked" or low.endswith("ing") and len(low) > 5 and low not in NOUN_INGS


#: the subordinators that are no preposition: a name after one is a clause's subject
#: (``when Trump called``; not ``went after Hillary Clinton``, ``as Elian's parent``)
CLAUSE_ONLY_SUBORDINATORS = frozenset("when while because although though if once".split())
#: prepositions that open an adjunct before a sentence's subject (besides those of
#: :data:`SENTENCE_ADVERBS`): ``For months, Cruz had praised Trump``
OPENING_PREPOSITIONS = frozenset("for over within throughout despite amid under among by until".split())
#: adverbs that may open a sentence with a comma of their own, besides :data:`CONNECTIVES`
#: and those in ``-ly``: ``Likewise, Trump went after ...``
DISCOURSE_ADVERBS = frozenset("likewise similarly additionally nevertheless nonetheless otherwise "
                              "afterward afterwards overall again once".split())
#: what ends a time adjunct opening a sentence: ``Eight years ago,``, ``A few days later,``
TIME_ADJUNCT_ENDS = frozenset("ago later earlier".split())
#: the words of a time's amount (``A few days later``, ``Eight years ago``, ``Minutes later``)
TIME_AMOUNT_WORDS = SMALL_NUMBERS | frozenset(
    "a an the few several couple of some many ten twenty thirty just only about nearly almost "
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "moments moment".split())
#: how many tokens an opening adjunct may hold before its comma
OPENING_ADJUNCT_REACH = 14


def _past_opening_adjunct(toks: _Toks, k: int, stop: int) -> int:
    """The first token after the adjunct opening a clause at token ``k`` and its comma, or
    ``k`` when no adjunct opens it (the comma before token ``stop``).

    An adjunct opens with a sentence adverb or a preposition (``In a statement,``, ``For
    months,``), a participle (``Appearing before supporters,``) or ends as a time does
    (``Eight years ago,``, ``A few days later,``); not before a relative clause's comma
    (``Earlier this month the minister, who ...,``).
    """
    lows, texts = toks.lows, toks.texts
    for _ in range(3):  # (``By contrast, in the final two years of his term, Democrats ...``)
        if k >= len(lows):
            return k
        low = lows[k]
        if k + 1 < stop and texts[k + 1] == "," and (low in CONNECTIVES or low in DISCOURSE_ADVERBS or _is_adverb(low)):
            k += 2  # ``Likewise, Trump went after ...``, ``However, ...``
            continue
        opening = low in SENTENCE_ADVERBS and low not in CONNECTIVES or low in OPENING_PREPOSITIONS \
            or low in SUBORDINATORS or _opening_participle(low)  # (``Once in my early 20s,``)
        after = k
        for x in range(k + 1, min(stop, k + OPENING_ADJUNCT_REACH)):
            if texts[x] == ",":
                if (opening or lows[x - 1] in TIME_ADJUNCT_ENDS) \
                        and not (x + 1 < len(lows) and lows[x + 1] in RELATIVE_SPEAKERS):
                    after = x + 1
                    # (a place's state after its city: ``In St. Clairsville, Ohio,``)
                    while after + 1 < stop and texts[after + 1] == "," and texts[after][:1].isupper() \
                            and texts[after - 2][:1].isupper():
                        after += 2
                break
            if not opening and lows[x] not in TIME_ADJUNCT_ENDS and lows[x] not in TIME_AMOUNT_WORDS \
                    and not lows[x].isdigit():
                break  # (``The candidate changed her story a few months later,``: no time adjunct)
        if after == k or lows[k] not in TIME_AMOUNT_WORDS and not opening and not lows[k].isdigit():
            return k
        k = after
    return k


def _sentence_subject(text: str, toks: _Toks, para: _Paragraph, pos: int) -> tuple[int, int] | None:
    """The subject at the start of the sentence holding ``pos`` (for ``..., saying``)."""
    k = bisect.bisect_right(para.sentence_starts, pos) - 1
    for s, e in para.sentences[max(0, k):k + 1]:
        if s <= pos < e:
            i = _token_index(toks, s)
            if i < len(toks) and toks.lows[i] in SUBORDINATORS:
                # ``When his family moved back, his mother refused ..., insisting``
                k = i
                while k < len(toks) and toks.starts[k] < pos and toks.texts[k] != ",":
                    k += 1
                if k < len(toks) and toks.texts[k] == "," and toks.starts[k] < pos:
                    i = k + 1
            else:
                # ``Appearing before supporters, Suu Kyi said ...``, ``For months, Cruz had praised
                # Trump, stating``, ``But a few days later, Trump reversed himself, telling``
                while i < len(toks) and toks.lows[i] in CONNECTIVES and toks.starts[i] < pos:
                    i += 1
                i = _past_opening_adjunct(toks, i, _token_index(toks, pos))
            while i < len(toks) and toks.lows[i] in SENTENCE_ADVERBS and toks.starts[i] < pos:
                i += 1
            rng = _np_forward(toks, i)
            if rng is None:
                return None
            # extend a name run ``Russian President Vladimir Putin``
            if toks.ends[rng[1]] >= pos:
                return None
            # (not on into the verb: ``The central bank kept rates on hold, saying``)
            return (toks.starts[rng[0]], toks.ends[_subject_end(toks, rng[0], rng[1] + 1) - 1])
    return None


def _indirect_quotes(text: str, paras: list[_Paragraph], used_cues: set[int],
                     directs: list[_Found]) -> list[_Found]:
    found: list[_Found] = []
    speaker: tuple[int, int] | None
    taken = _SpanSet()  # the contents found so far, direct ones first: quotes never overlap
    for f in directs:
        taken.add(*f.content)
    # where each direct quote's attribution begins (its content, speaker or cue, whichever is first),
    # and its cue (``X said A but added, "B"``: A ends before the direct quote's cue)
    attributions = sorted({
        *(min([f.content[0], *(x[0] for x in (f.speaker, f.cue) if x is not None and x[0] >= f.content[0] - 200)])
          for f in directs),
        *(f.cue[0] for f in directs if f.cue is not None and f.cue[0] < f.content[0]),
    })

    def add(content: tuple[int, int], speaker: tuple[int, int] | None, cue: _Cue, rank: int,
            parts: tuple[tuple[int, int], ...] = ()) -> None:
        s, e = content
        if e > s and not taken.overlaps(s, e):
            taken.add(s, e)
            found.append(_Found((s, e), parts, speaker, cue.span(), cue.cls, False, rank))

    for para in paras:
        if not para.cues:
            continue
        toks = para.toks
        by_sentence: dict[int, list[tuple[_Cue, int, str]]] = {}
        for ci, m in para.cues.items():
            if m.a in used_cues or (para.regions and _region_at(para.regions, para.region_starts, m.a) is not None):
                continue
            k = bisect.bisect_right(para.sentence_starts, m.a) - 1
            if k >= 0 and m.a < para.sentences[k][1]:
                by_sentence.setdefault(k, []).append((m, ci, m.cls))
        lows = toks.lows
        texts = toks.texts
        # (what ends a content at ``, calling``: most paragraphs have no ``calling``)
        calling_after = text.find("call", para.start, para.end) >= 0
        for k, cues in by_sentence.items():
            s_start, s_end = para.sentences[k]
            cues = cues[:MAX_CUES_PER_SENTENCE]
            s_first = _token_index(toks, s_start)
            s_last = _token_index(toks, s_end)  # exclusive
            sentence_speaker: tuple[int, int] | None = None
            stoks = toks[s_first:s_last]
            # the speaker before each cue of the sentence, found once: a cue looks at those
            # after it for where its content ends
            speakers: dict[int, tuple[int, int] | None] = {}
            for m, ci, cls in cues:
                low = m.word.lower()
                cue_end_i = m.tend
                rel = ci - s_first
                if low.startswith("according"):
                    # ``according to X, CLAUSE`` / ``CLAUSE, according to X``
                    # the source runs to the next comma or the sentence end (``according to
                    # a new report by Politico,``)
                    a0 = cue_end_i
                    a1 = a0
                    while a1 < s_last and a1 < a0 + 25 and (
                            toks.texts[a1] not in (",", ".", ";", "?", "!", "—", "“", '"') or _inner_dot(toks, a1)):
                        a1 += 1
                    if a1 == a0:
                        continue
                    if not ACCORDING_MANNERS.isdisjoint(lows[a0:min(a1, a0 + 2)]):
                        continue  # ``went according to plan``, ``according to your preference``: how
                    speaker = (toks.starts[a0], toks.ends[a1 - 1])
                    after_i = a1
                    between_commas = rel > 1 and stoks.texts[rel - 1] == "," and after_i < s_last \
                        and toks.texts[after_i] == "," and not _has_verb(toks, s_first, ci - 1)
                    if rel == 0 or (rel <= 2 and all(w in SENTENCE_ADVERBS for w in stoks.lows[:rel])) \
                            or between_commas and lows[s_first] not in DETERMINERS \
                            and _past_opening_adjunct(toks, s_first, ci) == ci \
                            and lows[after_i + 1:after_i + 2] != [] and lows[after_i + 1] not in CLAUSE_VERBS:
                        # (``In addition, according to the department, CLAUSE``: what follows; not
                        # ``Among the precedents at risk, according to X, are ...``, inverted)
                        if after_i < s_last and toks.texts[after_i] == ",":
                            content = _trim(text, toks.ends[after_i], s_end)
                        else:
                            continue
                    elif between_commas and (both := _around_attribution(
                            text, toks, s_first, ci, after_i + 1, s_last, para)) is not None:
                        # ``The implication, according to the aide, is that ...``: a subject
                        # before, its verb after: what was said on both sides
                        add((both[0][0], both[1][1]), speaker, m, 2, both)
                        continue
                    else:
                        content = _trim(text, s_start, m.start())
                    add(content, speaker, m, 2)
                    continue
                if low == "asked" and (rel == 0 or stoks.lows[rel - 1] in ASKED_OPENERS):
                    # ``Asked whether ..., X said`` / ``when asked by Y about ...``: the question
                    # is what was said (by the one who asked, when the text names them)
                    question = _question_after(text, toks, cue_end_i, s_last)
                    if question is not None:
                        add(question[0], question[1], m, 4)
                    continue
                if cls == QUOTING or not _cue_ok(stoks, rel, cls):
                    continue  # (a quoting cue attributes only a quotation: no clause of its own)
                nxt_i = cue_end_i
                # the token after the cue (``""`` at the sentence end)
                nxt_low = lows[nxt_i] if nxt_i < s_last else ""
                nxt_text = texts[nxt_i] if nxt_i < s_last else ""
                if rel in speakers:
                    speaker = speakers[rel]
                else:
                    speaker = speakers[rel] = _speaker_before(text, stoks, rel)
                # where the ``who`` of a cue in a restrictive relative clause is (``Those who said
                # ... said``), else -1
                relative_at = speaker[0] if speaker is not None and rel >= 2 and stoks.lows[rel - 1] == "who" \
                    and stoks.texts[rel - 2][:1].isalnum() else -1
                if cls == "evidence":
                    # the evidence noun's whole phrase: ``records compiled by the Center show``
                    noun = _evidence_subject(stoks, rel)
                    held = _np_back(stoks, noun) if noun >= 0 else None
                    if held is not None and (speaker is None or stoks.starts[held[0]] < speaker[0]):
                        last = rel - 1
                        while last > noun and (stoks.lows[last] in AUXILIARIES or _is_adverb(stoks.lows[last])):
                            last -= 1
                        speaker = (stoks.starts[held[0]], stoks.ends[last])
                participle = low.endswith(PARTICIPLE_SUFFIX)
                passive = None
                if participle:
                    # ``..., adding that`` / ``by saying`` continue the clause's subject;
                    # ``he is saying`` has its own
                    prev_low = stoks.lows[rel - 1] if rel > 0 else ""
                    quoted = QUOTED_AS_SAYING_RE.search(text, s_start, m.end()) if prev_low == "as" else None
                    passive = PASSIVE_QUOTED_RE.search(text, s_start, m.end()) if prev_low == "as" else None
                    if passive is not None and passive.end() != m.end():
                        passive = None
                    if passive is not None:
                        # ``Lavrov was quoted by RIA as saying``: the subject
                        speaker = _speaker_before(text, toks, _token_index(toks, passive.start("verb")))
                        if speaker is None:
                            continue
                    elif quoted is not None and quoted.end() == m.end():
                        # ``Xinhua quoted Xi as saying that``: the speaker is the one quoted
                        speaker = quoted.span("speaker")
                    elif prev_low in ("is", "was", "are", "were", "been", "be", "am", "keeps", "kept"):
                        pass
                    elif prev_low in (",", "by", "after", "before", "while", "without", "in", "when", "—") \
                            or prev_low in MESSAGE_NOUNS \
                            or (rel > 1 and (_is_adverb(prev_low) or prev_low in TIME_ADVERBS)
                                and stoks.texts[rel - 2] == ","):
                        if low not in BARE_CLAUSE_PARTICIPLES and not (nxt_low == "that" or nxt_text in QUOTE_OPENERS):
                            # ``..., maintaining peace``: a participle that takes an
                            # object, not a reported clause, unless ``that`` follows
                            continue
                        if low in ("reporting", "writing") and nxt_low in ("from", "for", "in", "on", "at"):
                            continue  # ``X, reporting from Jerusalem, said``: where, not what
                        speaker = sentence_speaker or _sentence_subject(text, toks, para, m.start())
                        if speaker is None and prev_low == "," and rel > 2 and (s_first + rel - 2) in para.cues:
                            # ``"...," he said, adding that ...``: the one who said it
                            speaker = _speaker_before(text, stoks, rel - 2)
                        if speaker is None and prev_low == ",":
                            # ``"...," Johnson told reporters in London, adding that ...``: the
                            # speaker of the direct quote this sentence opened
                            speaker = next((f.speaker for f in reversed(directs) if f.cue is not None
                                            and s_start <= f.cue[0] < m.start()), None)
                    elif low in BARE_CLAUSE_PARTICIPLES and (nxt_low == "that" or nxt_low in CLAUSE_STARTERS) \
                            and speaker is not None \
                            and _with_before(stoks, _token_index(stoks, speaker[0])):
                        # ``with analysts saying a strong reading will ...``: the absolute
                        # construction, its noun phrase the speaker
                        pass
                    else:
                        continue
                    if speaker is None:
                        continue
                # trailing cue: ``CLAUSE, X said.`` / ``CLAUSE, said X.``
                trailing = TRAILING_ADJUNCT_RE.match(text, m.end(), s_end)
                if trailing is None and speaker is not None and speaker[0] > s_start:
                    trailing = TIME_THEN_CLAUSE_RE.match(text, m.end(), s_end)
                # ``said on Monday the talks had failed``: a time, then the clause said
                # (a past's: ``says tonight she is`` is hers; not a passive's: ``was announced Wednesday, they``)
                timed = _clause_after_time(text, toks, m.end(), s_last, s_end) if nxt_low in CUE_TIME_FIRST \
                    and not low.endswith("s") and not (ci > 0 and lows[ci - 1] in PASSIVE_AUXILIARIES) else -1
                if timed >= 0:
                    trailing = None
                inverted = None
                if not participle and nxt_i < s_last and (rel == 0 or _comma_before(stoks.texts, rel)) \
                        and nxt_low != "that":
                    inverted = _np_forward(toks, nxt_i)
                    if inverted is not None and low not in INVERTING_CUES and not texts[inverted[1]][:1].isupper() \
                            and lows[inverted[1]] not in CHAIN_HEADS:
                        # ``The leader, Kemi Badenoch, criticised the response.``: the object of a
                        # verb that rarely comes before its speaker, unless the phrase names one
                        inverted = None
                    if inverted is not None and rel > 0 and _subject_with_relative(toks, s_first, ci):
                        # ``Economist Aparna Mathur, who studies tax policy, said Trump's plan ...``:
                        # the comma closes the subject's relative clause, not a quote
                        inverted = None
                    if inverted is not None:
                        inv_end = toks.ends[inverted[1]]
                        if TRAILING_ADJUNCT_RE.match(text, inv_end, s_end) or (
                                inverted[1] + 1 < s_last and toks.texts[inverted[1] + 1] == ","):
                            speaker = (toks.starts[inverted[0]], inv_end)
                            left = _clause_before(text, toks, s_first, ci, para)
                            if left is not None:
                                add(left, speaker, m, 3)
                                sentence_speaker = speaker
                            continue
                if speaker is None and not (low in ("said", "says", "say") and nxt_low == "that"):
                    continue
                sp_i = ci
                if speaker is not None:
                    sp_i = _token_index(toks, speaker[0])
                    for extra in (1, 2):  # ``..., journalist Martha Raddatz said``
                        x = sp_i - extra - 1
                        if x > s_first + 3 and texts[x] == "," and all(
                                lows[y] not in STOP_WORDS and texts[y][:1].isalnum() and not texts[y][:1].isupper()
                                for y in range(x + 1, sp_i)) and not _clause_on_noun(toks, x + 1, sp_i):
                            sp_i = x + 1
                            speaker = (toks.starts[sp_i], speaker[1])
                            break
                # (a relative ``who`` after its comma heads no quote of what comes before it: that
                # is its antecedent, ``Economist Jane Roe, who advised the governor``)
                comma_led = sp_i > s_first + 3 and _comma_before(texts, sp_i) \
                    and lows[sp_i] not in RELATIVE_SPEAKERS
                if comma_led and trailing is None and not participle and nxt_text != ",":
                    # ``CLAUSE, X told Y in a call.``: trailing unless a "that" clause follows
                    opener = toks.lows[s_first] in SENTENCE_ADVERBS or toks.lows[s_first] in TIME_WORDS
                    if low in OBJECT_CUES and not opener and "that" not in lows[cue_end_i:min(s_last, cue_end_i + 15)]:
                        left = _clause_before(text, toks, s_first, sp_i, para)
                        if left is not None:
                            add(left, speaker, m, 3)
                            sentence_speaker = speaker
                            continue
                if speaker is not None and (trailing is not None or nxt_text == ",") \
                        and (not participle or passive is not None):
                    # the clause before the speaker
                    if nxt_text == "," and sp_i > s_first and toks.texts[sp_i - 1] == ",":
                        # ``At times last year, people close to him said, the mere mention ...``:
                        # an attribution inside the sentence, what was said on both sides
                        both = _around_attribution(text, toks, s_first, sp_i, nxt_i + 1, s_last, para)
                        if both is not None:
                            add((both[0][0], both[1][1]), speaker, m, 3, both)
                            sentence_speaker = speaker
                            continue
                    if comma_led or (sp_i > s_first and _comma_before(texts, sp_i)):
                        left = _clause_before(text, toks, s_first, sp_i, para)
                        if left is not None:
                            add(left, speaker, m, 3)
                            sentence_speaker = speaker
                            continue
                    if trailing is not None:
                        continue
                # leading cue: content after the cue
                if nxt_low == "by" or nxt_low == "to" and low in NOT_BEFORE_TO:
                    continue  # a passive (``rejected by 64 percent``), ``adding to his wins``
                begin = m.end() if timed < 0 else timed
                limit = min(s_last, cue_end_i + 18)
                # (a clause's subject right after the cue: its past, too, says the clause has begun)
                # (not after a cue that tells someone: ``told a few thousand teachers who covered``)
                subject_next = nxt_low in CLAUSE_STARTERS and nxt_low != "that" and low not in OBJECT_CUES
                for t in range(cue_end_i, limit):
                    if lows[t] == "that":
                        begin = toks.ends[t]
                        break
                    if texts[t] in (",", ";", ":") and t > cue_end_i or lows[t] in CLAUSE_VERBS \
                            or t in para.cues and lows[t - 1] not in DETERMINERS and para.cues[t].cls != QUOTING \
                            or subject_next and t > cue_end_i + 1 and _past_form(lows, t):  # (not ``told a briefing``)
                        # (``said A and said that B``: B's ``that`` is the next cue's; ``says the
                        # system would allow ... that information``, ``said the foundation hid
                        # four donations that totaled``: a clause has begun)
                        break
                if begin == m.end() and low in OBJECT_CUES:
                    # ``told POLITICO she was ...`` / ``told reporters the deal ...``: the clause
                    # after the one told
                    obj = cue_end_i
                    if obj < s_last and toks.lows[obj] in TOLD_OBJECTS:
                        obj += 1
                    else:
                        while obj < min(s_last, cue_end_i + 5) and toks.texts[obj][:1].isupper():
                            obj += 1
                    if cue_end_i < obj < s_last and (toks.lows[obj] in CLAUSE_STARTERS
                                                     or toks.lows[obj] in TOLD_WHAT and obj < s_last - 1):
                        # (``told him about the plan``, ``asked Mook if ...``: what he was told, asked)
                        begin = toks.starts[obj]
                    else:
                        # ``told a news conference in Moscow the talks had failed``
                        obj = _clause_after_object(toks, cue_end_i, s_last)
                        if obj >= 0:
                            begin = toks.starts[obj]
                end = s_end
                # (``Xinhua, citing KCNA, said ...``: a participle between its subject and the
                # subject's verb; its phrase ends at the comma before that verb's cue)
                between_commas = participle and speaker is not None and ci >= 2 and texts[ci - 1] == "," \
                    and toks.ends[ci - 2] == speaker[1]
                # stop before a following participle cue (``, adding that``), ``according to``,
                # or a new clause with its own speaker (``, and he warned that``)
                for m2, ci2, _cls2 in cues[:MAX_CUES_PER_SENTENCE]:
                    if m2.start() <= begin or ci2 <= 0:
                        continue
                    low2 = m2.group().lower()
                    if toks.texts[ci2 - 1] == "," and (low2.endswith("ing") or low2.startswith("according")
                                                        or between_commas):
                        end = toks.starts[ci2 - 1]
                        break
                    if toks.lows[ci2 - 1] in ("and", "but") and not low2.endswith("ing") and ci2 - 1 > cue_end_i:
                        end = toks.starts[ci2 - 1]  # ``X said A and added that B``: B is a quote of its own
                        break
                    if not low2.endswith("ing"):
                        rel2 = ci2 - s_first
                        if rel2 in speakers:
                            sp2 = speakers[rel2]
                        else:
                            sp2 = speakers[rel2] = _speaker_before(text, stoks, rel2)
                        if sp2 is not None and sp2[0] > begin:
                            j2 = _token_index(toks, sp2[0]) - 1
                            if j2 > cue_end_i and (toks.lows[j2] in ("and", "but", "while", "whereas")
                                                   or toks.texts[j2] in (";", ",")):
                                end = toks.starts[j2]
                                break
                        elif sp2 is not None and sp2[0] < relative_at and sp2[1] > m.b:
                            # ``Those who said the economy was their issue said ...``: the later
                            # cue's subject takes this cue's clause in; what it says ends there
                            end = sp2[1]
                            break
                if speaker is not None and sp_i > s_first and texts[sp_i - 1] == "," \
                        and lows[sp_i] in RELATIVE_SPEAKERS and speaker[1] == toks.ends[sp_i]:
                    # ``The company, which declined to comment, has denied ...``: the
                    # relative clause ends at its comma, and what was said with it
                    for t in range(_token_index(toks, begin), s_last):
                        if toks.starts[t] >= end:
                            break
                        if texts[t] == "," and t + 1 < s_last and texts[t + 1][:1].isalpha():
                            end = toks.starts[t]
                            break
                calling = CALLING_AFTER_RE.search(text, begin, end) if calling_after else None
                if calling is not None:
                    end = calling.start()  # ``rejected the offer, calling it "an insult"``: a quote of its own
                quoted = QUOTED_AS_SAYING_RE.search(text, begin, end)
                if quoted is not None:
                    comma = text.rfind(",", begin, quoted.start())
                    if comma > begin:
                        end = comma
                # stop before a direct quote and its attribution
                at = bisect.bisect_right(attributions, begin)
                if at < len(attributions) and attributions[at] < end:
                    end = attributions[at]
                    t = _token_index(toks, end) - 1
                    if t > cue_end_i and lows[t] in ("and", "but"):
                        end = toks.starts[t]  # (``... but added, "..."``: no ``but`` in A)
                content = _trim(text, begin, end)
                if content[1] <= content[0] or TWO_WORDS_RE.match(text, content[0], content[1]) is None:
                    continue  # fewer than two words
                add(content, speaker, m, 4)
                sentence_speaker = speaker
    return found


def _with_before(stoks: _Toks, first: int) -> bool:
    """Whether ``with`` (``with 50 percent saying``) comes right before the phrase at ``first``."""
    return first > 0 and stoks.lows[first - 1] == "with"


def _has_verb(toks: _Toks, a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` (exclusive) hold a finite verb, roughly: an auxiliary,
    a common irregular past or a past in ``-ed``."""
    lows = toks.lows
    return any(lows[t] in CLAUSE_VERBS or _past_form(lows, t) for t in range(a, b))


def _past_form(lows: list[str], t: int) -> bool:
    """Whether token ``t`` looks like a verb's past: a common irregular one, or ``-ed`` not
    after a determiner (``the talks failed``; not ``the wounded``)."""
    low = lows[t]
    return low in IRREGULAR_PASTS or low.endswith("ed") and len(low) > 4 and lows[t - 1] not in DETERMINERS


def _clause_after_time(text: str, toks: _Toks, at: int, last: int, end: int) -> int:
    """Where the clause a cue reports starts after a time (``said on Monday the talks had
    failed``), else -1 (``said on Monday in Geneva``: an adjunct)."""
    m = CUE_TIME_RE.match(text, at, end)
    if m is None:
        return -1
    t = _token_index(toks, m.end())
    if t >= last or not (toks.lows[t] in CLAUSE_STARTERS and toks.lows[t] not in ("that", "this", "one")
                         or toks.texts[t][:1].isupper()) or not _has_verb(toks, t + 1, last):
        return -1
    return toks.starts[t]


#: the nouns of an audience a cue tells (``told a news conference``, ``told the BBC``)
AUDIENCE_ENDS = frozenset("conference briefing meeting rally crowd audience interviewer reporters journalists "
                          "lawmakers parliament assembly congress senate committee court jury panel "
                          "newspaper broadcaster radio television station agency magazine police investigators "
                          "detectives officers prosecutors authorities officials judge judges delegates donors "
                          "supporters voters students members colleagues viewers listeners readers".split())


def _clause_after_object(toks: _Toks, cue_end: int, last: int) -> int:
    """The first token of the clause after an audience a cue tells (``told a news conference in
    Moscow the talks had failed``, ``told the BBC it would``), or of what it was told ``about``;
    else -1."""
    lows = toks.lows
    texts = toks.texts
    t = cue_end
    if t < last and lows[t] in ("a", "an", "the"):
        t += 1
    audience = False
    while t < last and t < cue_end + 5 and (texts[t][:1].isupper() or lows[t] in AUDIENCE_ENDS or (
            lows[t].isalpha() and lows[t] not in STOP_WORDS and lows[t] not in CLAUSE_STARTERS)):
        audience = audience or texts[t][:1].isupper() or lows[t] in AUDIENCE_ENDS
        t += 1
    if not audience:
        return -1
    if t < last - 1 and lows[t] in TOLD_WHAT:
        return t  # ``told officials about the plan``, ``asked the panel whether``
    if t < last and lows[t] in ("in", "at", "on") and t + 1 < last and texts[t + 1][:1].isupper():
        t += 2  # ``in Moscow``
        while t < last and texts[t][:1].isupper():
            t += 1
    if t < last and lows[t] in CLAUSE_STARTERS and lows[t] not in ("a", "an") and _has_verb(toks, t + 1, last):
        return t
    return -1


def _around_attribution(text: str, toks: _Toks, first: int, speaker: int, after: int, last: int,
                        para: _Paragraph) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two parts of a sentence an attribution between commas splits: tokens ``first`` to
    the comma before ``speaker``, and ``after`` to ``last`` (exclusive), when the second goes
    on with what was said (``, the minister said, the economy will grow``), not with an
    adjunct or a clause of the speaker's own (``, he said, adding``, ``, he said, in an
    interview``, ``, he said, and``)."""
    if last - after < 3:
        return None
    lows = toks.lows
    low = lows[after]
    # (an auxiliary goes on with the subject before the attribution: ``The economy, he said, will grow``)
    if low in STOP_WORDS and low not in CLAUSE_VERBS or not toks.texts[after][:1].isalnum():
        return None
    verb = after  # (past adverbs: ``, Putin said, later telling TASS that``)
    while verb < last - 1 and (_is_adverb(lows[verb]) or lows[verb] in AUXILIARIES and lows[verb] not in CLAUSE_VERBS):
        verb += 1
    if lows[verb].endswith("ing") or verb in para.cues:
        return None
    left = _trim(text, toks.starts[first], toks.starts[speaker - 1])
    right = _trim(text, toks.starts[after], toks.ends[last - 1])
    if left[1] <= left[0] or para.regions and any(
            r.direct for r in _regions_over(para.regions, para.region_starts, left[0], right[1])):
        return None  # (a direct quote's attribution is the direct pass's)
    return left, _content_edges(text, *right, right[0])


def _comma_before(texts: Sequence[str], i: int) -> bool:
    """Whether a comma or a dash ends the clause before token ``i``: right before it, or inside
    the closing mark of a quoted fragment (``was "heartbreaking," she said``)."""
    before = texts[i - 1]
    return before in (",", "—", "–") or before in CLOSING_MARK_TOKENS and i >= 2 and texts[i - 2] == ","


def _clause_before(text: str, toks: _Toks, first: int, stop: int, para: _Paragraph) -> tuple[int, int] | None:
    """The clause from the sentence start to the comma before token ``stop``."""
    if stop <= first:
        return None
    start = toks.starts[first]
    end = toks.starts[stop - 1] if toks.texts[stop - 1] in (",", "—", "–") else toks.ends[stop - 1]
    # after the last cue-bearing direct quote in the sentence: start after it
    if any(r.direct and r.start >= start for r in _regions_over(para.regions, para.region_starts, start, end)):
        return None
    s, e = _trim(text, start, end)
    if e <= s or THREE_WORDS_RE.match(text, s, e) is None:
        return None  # fewer than three words
    return (s, e)


# --------------------------------------------------------------------------- "called it "..."


def _present_verb(toks: _Toks, t: int) -> bool:
    """Whether the lower-case token ``t``, ending in ``s`` between a word and a determiner, is a
    verb in the present (``Sanders rips the agreement``), not a plural (``the agreements``)."""
    return (_s_form(toks.lows[t]) and toks.texts[t][:1].islower()
            and toks.lows[t - 1] not in DETERMINERS and toks.texts[t - 1][:1].isalpha()
            and toks.lows[t + 1:t + 2] != [] and toks.lows[t + 1] in DETERMINERS)


def _subject_end(toks: _Toks, a: int, b: int) -> int:
    """The end (exclusive) of the subject noun phrase in tokens ``a:b``: before a verb that the
    phrase finders took in (``Carson took the stage``, ``Reed, said after a lunch``)."""
    lows = toks.lows
    for t in range(a + 1, b):
        low = lows[t]
        if low in SUBJECT_TIMES and lows[t - 1] not in DETERMINERS:
            return t  # ``The government Saturday condemned ...`` (not ``The Sunday Times``)
        if low == "," and t + 1 < b and (lows[t + 1] in ("who", "which") or lows[t + 1] in IRREGULAR_PASTS
                                         or lows[t + 1].endswith("ed")):
            return t
        if toks.texts[t][:1].islower() and (_past_form(lows, t) or low in GOING_ON and lows[t + 1:t + 2] == ["to"]):
            return t  # (``Mr. Trump continues to insist ..., saying``)
        if _present_verb(toks, t) and t + 1 < b:
            return t  # ``Sanders rips the agreement, arguing``
    return b


def _past_dateline(toks: _Toks, i: int, stop: int) -> int:
    """The first token after a dateline opening a sentence at token ``i`` (``WASHINGTON —``,
    ``DECATUR, Ill. —``: a word in capitals, a dash within eight tokens), else ``i``."""
    texts = toks.texts
    if texts[i].isupper() and len(texts[i]) > 1:
        dash = next((j for j in range(i + 1, min(stop, i + 8)) if texts[j] in ("—", "–", "--")), None)
        if dash is not None:
            return dash + 1
    return i


def _participle_subject(toks: _Toks, s_first: int, cue: int) -> tuple[int, int] | None:
    """The subject of the clause a participle (``..., calling it``) follows: the sentence's
    first noun phrase, past an opening phrase (``However,``, ``In a statement Tuesday,``,
    ``Following a late meeting,``) or a dateline (``DECATUR, Ill. —``)."""
    lows = toks.lows
    texts = toks.texts
    i = _past_dateline(toks, s_first, cue)
    if i < cue and (lows[i] in SENTENCE_ADVERBS or lows[i] in SUBORDINATORS or lows[i].endswith("ing")):
        # to the comma before the clause (a capital or a word that opens one after it)
        for j in range(i + 1, min(cue, i + 20)):
            if texts[j] == "," and j + 1 < cue and (texts[j + 1][:1].isupper() or lows[j + 1] in CLAUSE_STARTERS):
                i = j + 1
                break
    while i < cue and lows[i] in SENTENCE_ADVERBS and texts[i][:1].isupper():
        i += 1
    rng = _np_forward(toks, i)
    if rng is None or rng[1] >= cue - 1:
        return None
    return rng[0], min(rng[1] + 1, _subject_end(toks, rng[0], rng[1] + 1))


def _calling_at(text: str, para: _Paragraph, i: int, sentences: dict[int, Any]) -> tuple[_Found, list[_Region]] | None:
    """``X called Y "Z"`` / ``..., calling Y "Z"`` / ``what X called "Z"`` at the token ``i``.

    The content is the object with the quotation (a mixed quote), or the quotation alone
    after a relative (``which Trump called "a disgrace"``); it runs on over a second quotation
    a few words later (``called them "liars" who "lie"``). A name is no speech: ``so called``,
    a passive (``what is called "Y"``), ``a show called "Veep"`` / ``a group called the "X"``
    (no object of its own, or a noun phrase that opens no clause before ``called``). Also
    returns the quotations the content holds.
    """
    toks = para.toks
    lows = toks.lows
    if i + 1 >= len(lows) or lows[i + 1] in CALL_PARTICLES or (i > 0 and lows[i - 1] == "so"):
        return None  # ``called on`` / ``called for`` (cues of the lexicon), ``so called "experts"``
    texts = toks.texts
    regions = para.regions
    tstarts = toks.starts  # (``_token_index`` is ``bisect_left`` on these, inline below)
    a = tstarts[i]
    # the regions up to the word (none starts inside it: no mark is in ``called``)
    r = bisect.bisect_right(para.region_starts, a)
    if r and regions[r - 1].end > a:
        return None  # inside a quotation
    k = bisect.bisect_right(para.sentence_starts, a) - 1
    if k < 0 or a >= para.sentences[k][1]:
        return None
    s_start, s_end = para.sentences[k]
    # each sentence's tokens are sliced once, and only so many calls are looked at in one
    # (as with cues): a text that is one endless sentence costs no more per call
    seen = sentences.get(k)
    if seen is None:
        s_first = bisect.bisect_left(tstarts, s_start)
        seen = sentences[k] = [0, s_first, toks[s_first:bisect.bisect_left(tstarts, s_end)]]
    seen[0] += 1
    if seen[0] > MAX_CUES_PER_SENTENCE:
        return None
    s_first, stoks = seen[1], seen[2]
    # the first quotation after the cue, in its sentence, after an object of a few words
    if r >= len(regions) or regions[r].start >= s_end:
        return None
    ti = bisect.bisect_left(tstarts, regions[r].start)
    if ti - i - 1 > CALL_OBJECT_LIMIT or ti + 1 < len(lows) and lows[ti + 1] == "to":
        return None  # (``called the hotline "to check"``: a purpose, not what it was called)
    low = lows[i]
    if low == "called":
        j = i - 1
        while j >= s_first and (_is_adverb(lows[j]) or lows[j] in ("also", "often", "sometimes", "now", "once")):
            j -= 1
        if j >= s_first and lows[j] in CALL_PASSIVE:
            return None
    has_object = False
    for t in range(i + 1, ti):
        tl = lows[t]
        if texts[t][:1].isalnum():
            if tl in CALL_OBJECT_STOPS and not (tl == "that" and t == i + 1):
                return None
            has_object = has_object or tl not in ("a", "an", "the")
        elif not (texts[t] in (",", "(", ")", "’", "'", "-", "&") or texts[t] == "." and _inner_dot(toks, t)):
            return None
    if ti > i + 1 and texts[ti - 1] == ",":
        return None  # ``called the police, "...``: a quotation of its own
    # the speaker: the subject of the clause
    rel = i - s_first
    prev = lows[i - 1] if i > s_first else ""
    if low == "calling" and (prev in (",", "—", "–") or prev in MESSAGE_NOUNS
                             or prev in ("by", "after", "before", "while", "without", "when")):
        # ``Trump hit back, calling it "a witch hunt"`` / ``a statement calling it``
        rng = _participle_subject(toks, s_first, i)
        if rng is None:
            return None
        speaker = (toks.starts[rng[0]], toks.ends[rng[1] - 1])
    else:
        in_sentence = _speaker_tokens(stoks, rel)  # (the sentence's tokens from ``s_first`` on)
        if in_sentence is None:
            return None
        speaker = (stoks.starts[in_sentence[0]], stoks.ends[in_sentence[1]])
        sp_i = s_first + in_sentence[0]
        if lows[sp_i] not in ("who", "which"):
            # back over what the phrase finder leaves out (``The former first lady``,
            # ``Sanders’ campaign``), to what opens the subject
            j = sp_i - 1
            while j >= s_first:
                if lows[j] in DETERMINERS or lows[j] in ROLE_WORDS or lows[j] == "first":
                    j -= 1
                    continue
                owner = _np_back(toks, j - 1) if texts[j] in ("’", "'") and j > s_first else None
                if owner is None or owner[0] < s_first or not texts[owner[1]][:1].isupper():
                    break
                j = owner[0] - 1
            before = lows[j] if j >= s_first else ","
            if before not in CALL_SUBJECT_OPENERS and not (low == "calling" and before == "with"):
                return None  # ``to a website called the "...``: a name after a verb or a preposition
            if not has_object and before not in CALL_RELATIVES:
                return None  # ``a show called "Veep"``
            last = s_first + in_sentence[1]
            end = _subject_end(toks, sp_i, last + 1) if last > sp_i else sp_i + 1  # (one word: no verb)
            speaker = (tstarts[j + 1], toks.ends[end - 1])
    # a second quotation a few words on, in the same clause: another complement (``"liars" and
    # "thugs"``, ``a "new low" and a "disgrace"``), a relative clause on it (``"fools" who "want
    # war"``), the object's own words (``its "claim of right" over the emails "wrong"``); not a
    # new predicate (``"disgusting" and referred to her "tape"``) nor a cue of its own
    held = [regions[r]]
    while r + 1 < len(regions) and regions[r + 1].start < s_end:
        t0 = _token_index(toks, held[-1].end)
        t1 = _token_index(toks, regions[r + 1].start)
        if t1 - t0 > CALL_GAP_LIMIT or t1 == t0 or not all(x[:1].isalnum() for x in texts[t0:t1]) or any(
                x in para.cues for x in range(t0, t1)):
            break
        if lows[t0] in ("and", "or", "but") and any(x not in ("a", "an", "the") for x in lows[t0 + 1:t1]):
            break
        r += 1
        held.append(regions[r])
    end = held[-1].end
    content = _trim(text, tstarts[i + 1], end) if has_object else (held[0].start, end)
    return _Found(content, (), speaker, (a, toks.ends[i]), "speech", False, 4), held


def _calling_quotes(text: str, paras: list[_Paragraph], found: list[_Found]) -> list[_Found]:
    """``found`` with the quotes of :func:`_calling_at` added: those that overlap nothing found,
    or only their quotations found as direct quotes with no attribution (now attributed)."""
    calls = []
    for para in paras:
        regions = para.regions
        if not regions:
            continue  # (a quotation after the cue is what makes a quote)
        last = regions[-1].start
        if text.find("call", para.start, last) < 0 and text.find("Call", para.start, last) < 0:
            continue
        lows = para.toks.lows
        sentences: dict[int, Any] = {}
        for i in itertools.compress(range(len(lows)), map(CALL_WORDS.__contains__, lows)):
            at = _calling_at(text, para, i, sentences)
            if at is not None:
                calls.append(at)
    if not calls:
        return found
    # what each call overlaps, found by bisection: the quotes in text order, with the
    # furthest any of them reaches so far (a quote may hold another)
    found = sorted(found, key=CONTENT)
    starts = [f.content[0] for f in found]
    reach = list(itertools.accumulate((f.content[1] for f in found), max))
    dropped: set[int] = set()
    added: list[_Found] = []
    added_end = -1
    for call, held in calls:
        s = call.content[0]
        if s < added_end:
            continue  # (a call before it took its quotation)
        # the most quotations it may hold: a quote of the other passes with a cue of its own
        # stays (and one after the first quotation ends the content before it)
        while held:
            e = held[-1].end
            over = []
            j = bisect.bisect_left(starts, e) - 1
            looked = 0
            while j >= 0 and reach[j] > s and looked < _CALL_OVERLAP_LOOK:
                if found[j].content[1] > s and j not in dropped:
                    over.append(j)
                j -= 1
                looked += 1
            if over or looked == _CALL_OVERLAP_LOOK:  # (most calls overlap nothing: taken as they are)
                spans = [(x.start, x.end) for x in held]  # (what the quotes it overlaps may be)
                if looked == _CALL_OVERLAP_LOOK or not all(
                        found[x].cue is None and not found[x].parts and found[x].content in spans for x in over):
                    held = held[:-1]
                    continue
                dropped.update(over)
            call.content = (s, e)
            added.append(call)
            added_end = e
            break
    return [f for j, f in enumerate(found) if j not in dropped] + added


# --------------------------------------------------------------------------- "In a poll, ..."

#: the nouns that credit what follows ``In a ...,`` (``In the latest CBS News poll, she led ...``;
#: ``In a statement, the ministry ...``)
IN_SOURCE_NOUNS = frozenset(
    "poll polls survey surveys study report statement interview letter memo tweet post op-ed "
    "column editorial speech filing testimony".split()
)
#: ``In <a phrase ending in one of IN_SOURCE_NOUNS, or with its modifiers>, <clause>``
IN_SOURCE_RE = regex.compile(
    r"(?<![^\s\"“(])In\s+(?P<source>(?:[\w’'/&.-]+\s+){0,8}?(?P<noun>"
    + "|".join(sorted(map(regex.escape, IN_SOURCE_NOUNS), key=len, reverse=True))
    + r")(?:\s+(?:of|by|from|with|for|released|conducted|published)\s+[^,;:\n]{1,60})?),\s+"
    r"(?=[\p{L}\d])"
)


def _in_source_quotes(text: str, paras: Sequence[_Paragraph], table: _CueTable,
                      found: list[_Found]) -> list[_Found]:
    """``In the latest CBS News poll, she led Sanders 56 percent to 32.``: what a poll, a
    statement or an interview holds, when the clause reports it with no cue of its own (a
    cue's own rules take ``In a statement, the ministry said ...``)."""
    out = []
    starts: list[int] | None = None  # the quotes found, by start (only once a clause is to be taken)
    reach: list[int] = []
    for para in paras:
        if text.find("In ", para.start, para.end) < 0:
            continue
        sentences = None
        last_end = para.start
        for m in IN_SOURCE_RE.finditer(text, para.start, para.end):
            if m.start() < last_end:
                continue  # (inside the clause of the one before: one per sentence)
            source = m["source"].split()
            before = source[:source.index(m["noun"])] if m["noun"] in source else source
            if any((w.lower() in STOP_WORDS or w.lower() == "of") and w.lower() not in DETERMINERS for w in before):
                continue  # ``In response to the report,``, ``In the wake of the poll,``
            # the clause runs to the end of its sentence (``she led Mr. Sanders ...``)
            if sentences is None:
                sentences = para.sentences or _sentences(text, para.start, para.end, para.regions)
                sentence_starts = [s_ for s_, _ in sentences]
            a = m.end()
            k = bisect.bisect_right(sentence_starts, a) - 1
            b = sentences[k][1] if k >= 0 and a < sentences[k][1] else para.end
            last_end = b
            a, b = _trim(text, a, b)
            if not table.first_runs.isdisjoint(_runs(text[a:b].lower()).split()):
                continue  # a cue word in the clause: its own rules
            if starts is None:
                taken = sorted(f.content for f in found)
                starts = [s_ for s_, _ in taken]
                reach = list(itertools.accumulate((e for _, e in taken), max))  # (a quote may hold another)
            k = bisect.bisect_left(starts, b)
            if k > 0 and reach[k - 1] > a:
                continue  # (overlaps a quote found)
            cls = "evidence" if m["noun"].lower() in EVIDENCE_SUBJECTS else "speech"
            out.append(_Found((a, b), (), m.span("source"), (m.start(), m.start() + 2), cls, False, 3))
    return found + out if out else found


# --------------------------------------------------------------------------- "Graham: ..." headlines

#: ``Graham: Trump's rhetoric is destroying the party``: a headline's way of saying who said what
HEADLINE_CLAIM_RE = regex.compile(r"(?P<speaker>\p{Lu}[^:\n]{0,58}?)\s*:\s+(?P<content>\S.*\S)")
#: what a headline's ``X:`` may credit besides a person or a medium (``Poll: ...``)
HEADLINE_EVIDENCE = frozenset("poll survey study report census audit probe".split())
#: small words a speaker's name in a headline may hold (``Former AG Mukasey at RNC``)
HEADLINE_NAME_LINKS = frozenset("of at for the and de van von al".split())


def _name_colon_quotes(text: str, article: Article, paras: Sequence[_Paragraph], people: _People | None,
                     sources: Sequence[Source]) -> list[_Found]:
    """``Name: claim`` lines (headlines, a transcript's turns), when the name is a source's.

    The headlines are those of the headline zones, and the text's first line when it is
    short and editorial (a bare article's title). A label (``Watch:``, ``Analysis:``) or a
    topic (``Brexit:``, ``Premier League:``) is as short and as capitalised as a name: only
    a name the article gives a person (a speaker's, or a titled one such as ``Sen. Lindsey
    Graham``), a medium or agency the sources name there (``NY Post:``), or a poll, survey,
    study or report (``Poll: Wealthy voters abandon ...``) makes the claim theirs. In the
    body, a transcript's turn (``JAKE TAPPER: Donald Trump released ...``) is the quote of a
    person the article names, whole name, when a sentence follows the colon.
    """
    lines = [(m.start(), m.end()) for zone in article.zones_of(ZoneKind.HEADLINE)
             for m in PARAGRAPH_RE.finditer(text, zone.start, zone.end)]
    first = paras[0]
    if not lines and not text[:first.start].strip() and text.count(" ", first.start, first.end) < 20:
        lines.append((first.start, first.end))
    headlines = len(lines)
    # a transcript's turns in the body (``JAKE TAPPER: Donald Trump released ...``): only a
    # person's whole name, and a sentence after it (``Razer Pro: the new king`` is a list item)
    lines += [(p.start, p.end) for p in paras if 0 < text.find(":", p.start, min(p.end, p.start + 60))]
    out = []
    for n, (start, end) in enumerate(lines):
        if text.find(":", start, end) < 0:
            continue  # (no colon, no claim: most headlines, found without the pattern)
        m = HEADLINE_CLAIM_RE.fullmatch(text, start, end)
        if m is None or len(m["content"].split()) < 3:
            continue
        words = m["speaker"].split()
        if len(words) > 6 or not all(w[:1].isupper() or w in HEADLINE_NAME_LINKS for w in words):
            continue
        a, b = m.span("speaker")
        # (a name in capitals, ``JAKE TAPPER``, as the article's people know it)
        names = [w.title() if w.isupper() else w for w in _name_tokens(m["speaker"])]
        if n >= headlines:
            if people is None or len(words) > 4 or not names or not m["content"][:1].isupper() or not all(
                    w in people.by_token for w in names):
                continue
        elif not (
            len(words) == 1 and words[0].lower() in HEADLINE_EVIDENCE
            or any(src.kind in (SourceKind.MEDIA, SourceKind.AGENCY) and a <= src.span.start and src.span.end <= b
                   for src in sources)
            or people is not None and any(w in people.by_token for w in names)
        ):
            continue
        colon = text.index(":", m.end("speaker"))
        out.append(_Found(m.span("content"), (), m.span("speaker"), (colon, colon + 1), "speech", False, 2))
    return out


# --------------------------------------------------------------------------- names


#: both name patterns open with ``\b(?=\p{Lu})``, which their first letter implies: it lets
#: the scan skip most positions at once
LONG_NAME_RUN_RE = regex.compile(
    r"\b(?=\p{Lu})(?<![\w’'])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev)\.\s++"
    r"\p{Lu}[\p{L}’'\-]*+(?:\s++(?:\p{Lu}\.|\p{Lu}[\p{L}’'\-]*+)){0,4}+"
    r"|\p{Lu}[\p{L}’'\-]*+(?:\s++(?:\p{Lu}\.|\p{Lu}[\p{L}’'\-]*+)){1,5}+)"
)
NAME_RUN_RE = regex.compile(
    r"\b(?=\p{Lu})(?<![\w’'])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev)\.\s++)?"
    r"\p{Lu}[\p{L}’'\-]*+(?:\s++(?:\p{Lu}\.|\p{Lu}[\p{L}’'\-]*+)){0,5}+"
)
#: particles and the capitalised words after them, right after a run: the rest of its name
#: (``Lula`` + `` da Silva``, ``Bill`` + `` de Blasio``); looked for only at the few runs
#: a particle's first letter follows (in the runs' own patterns, it slowed every run)
_PARTICLES = "|".join(sorted(NAME_PARTICLES))
PARTICLE_TAIL_RE = regex.compile(
    rf"(?:\s++(?:{_PARTICLES})(?:\s++(?:{_PARTICLES}))*+\s++\p{{Lu}}[\p{{L}}’'\-]*+(?:\s++\p{{Lu}}[\p{{L}}’'\-]*+)*+)++"
)
_PARTICLE_FIRSTS = frozenset(p[0] for p in NAME_PARTICLES)
#: a person's name as a whole, particles and all (``Bill de Blasio``)
PERSON_NAME_RE = regex.compile(
    rf"{NAME_RUN_RE.pattern}(?:\s++(?:(?:{_PARTICLES})\s++)*+(?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}’'\-]*+))*+"
)


def _run_end(text: str, end: int, stop: int) -> int:
    """Where the name run ending at ``end`` ends with the particles and words after it."""
    if text[end:end + 1] == " " and text[end + 1:end + 2] in _PARTICLE_FIRSTS:
        tail = PARTICLE_TAIL_RE.match(text, end, stop)
        if tail is not None:
            return tail.end()
    return end


#: how an owner's name ends (``CNN's``, ``Fox News’``)
POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


@functools.lru_cache(maxsize=8192)
def _name_tokens(mention: str) -> tuple[str, ...]:
    """The personal-name tokens of a mention: titles, roles and nationalities left out."""
    words = [w.strip(",") for w in (PAREN_RE.sub(" ", mention) if "(" in mention else mention).split()]
    while words and words[-1].lower().endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    # drop everything up to the last title-like word, or the last owner (``CNN's Jake Tapper``)
    cut = 0
    last = len(words) - 1
    for n, w in enumerate(words):
        low = w.lower()
        if low in NAME_PARTICLES and 0 < n < last and (words[n - 1][:1].isupper() or words[n - 1] in NAME_PARTICLES) \
                and (words[n + 1][:1].isupper() or words[n + 1] in NAME_PARTICLES):
            continue  # ``Bill de Blasio``, ``Ursula von der Leyen``
        if low in TITLE_WORDS or low in DETERMINERS or not w[:1].isupper() or low in NON_PERSON_WORDS \
                or low in NAME_FOCUS_WORDS \
                or low.endswith(("ese", "ian", "ean")) and len(low) > 4 and low not in FIRST_NAME_GENDER \
                or low in ("us", "u.s.", "un", "u.n.", "eu", "uk") \
                or "-" in low and all(p in TITLE_WORDS for p in low.split("-")) \
                or n < last and low.endswith(POSSESSIVE_ENDS):
            cut = n + 1
    if cut and cut == last and (words[last].lower() in MONTH_WORDS or words[last].lower() in TIME_WORDS):
        return ()  # ``President Trump's July``: a time after an owner, no one's name
    return tuple(words[cut:])


def _dashes_as_commas(mention: str) -> str:
    """``mention`` with an appositive's dashes as commas (``Kall -- co-editor of a book``)."""
    if " --" in mention or " — " in mention or " – " in mention:
        return DASH_APPOSITIVE_RE.sub(", ", mention)
    return mention


def _appositive_name(mention: str) -> tuple[str, ...]:
    """The name after a role in lower case: ``its executive director, Martin Kaiser``, or
    ``chief cabinet secretary Hirokazu Matsuno`` (not ``an adviser to Hillary Clinton``)."""
    role, comma, rest = _dashes_as_commas(mention).partition(",")
    if comma:
        last = role.split()[-1:]  # (the role's last word: ``director``)
        if not last or not last[0][:1].islower():
            return ()
        name = rest.split(",", 1)[0].strip()
    else:
        words = mention.split()
        k = next((n for n, w in enumerate(words) if w[:1].isupper()), 0)
        if k == 0 or words[k - 1] not in ROLE_WORDS and words[k - 1] not in TITLE_WORDS:
            return ()
        name = " ".join(words[k:])
    words = name.split()  # (a person's name: a run of capitalised words, none an organisation's)
    if len(words) > 4 or PERSON_NAME_RE.fullmatch(name) is None or any(w.lower() in NON_PERSON_WORDS for w in words):
        return ()
    return _name_tokens(name)


def _names_a_person(words: Sequence[str], tokens: Sequence[str]) -> bool:
    """Whether ``words`` with the name ``tokens`` at their end name a person: two name words at
    least (``Bernie Sanders``), or one after a personal title (``Mr. Burman``, ``Sen. Cruz``);
    none an organisation's or a place's word."""
    if not tokens or any(t.lower() in NON_PERSON_WORDS for t in tokens):
        return False
    return len(tokens) >= 2 or _one_word_name(tokens[0], words[-2].lower() if len(words) >= 2 else "")


def _mention_name(mention: str) -> tuple[str, ...]:
    """The name tokens of a speaker mention: of its first part, or of the name after a role.

    In a name owning a place or an organisation (``Sen. Bernie Sanders of Vermont``), the
    owner's: two name words at least, or one after a title (``Mr. Burman of the Tax Policy
    Center``); none in a role's (``A professor at Harvard``).
    """
    mention = _dashes_as_commas(mention)
    # (where the speaker is names nobody: ``Officials in Kyiv``, ``Jane Roe of Oxfam in Nairobi``)
    first = mention.split(",", 1)[0].split(" in ", 1)[0]
    words = first.split()
    if len(words) > 2 and words[0].lower() in ("the", "a", "an") and len(first) == len(mention) \
            and all(w.lstrip("(")[:1].isupper() or w in ORG_NAME_LINKS for w in words[1:]) \
            and not any(w.endswith(("'s", "’s")) or w.lower() in ROLE_WORDS or w.lower() in TITLE_WORDS
                        for w in words) \
            and not NON_PERSON_WORDS.isdisjoint(w.lower() for w in words):
        return ()  # an organisation (``The Commission for Air Quality Management``): no person's name
    owner = OWNER_LINK_RE.split(first, 1)
    if len(owner) > 1:
        words = owner[0].split()
        if words and (words[-1][:1].islower()
                      or words[-1].lower() in PERSON_HEADS and words[-1].lower() not in TITLE_WORDS):
            # a message's (``An email from Neera Tanden``): its sender's; a role's (``A professor
            # at Harvard``, ``Residents of Valencia``): none but an appositive's (a title's,
            # ``Secretary of State John Kerry``, is the name after it, below)
            if words[-1].lower() in MESSAGE_NOUNS:
                return _name_tokens(owner[1])
            return _appositive_name(mention)
        if words and words[0].lower() not in DETERMINERS:  # (``The Hollywood Chamber of Commerce``)
            tokens = _name_tokens(owner[0])
            if _names_a_person(words, tokens):
                return tokens
    return _name_tokens(first) or _appositive_name(mention)


#: titles of one kind of person a single name may follow (besides :data:`PERSONAL_TITLES`,
#: honorifics and abbreviations): ``Speaker Ryan``, ``Leader McConnell`` (not a party's
#: name: ``Republican Jews``, ``Democratic Socialists``)
ONE_NAME_TITLES = frozenset("speaker leader candidate nominee".split())
#: titles' abbreviations a run may end on without their dot (``Former Rep``, ``Lt. Gov``)
TITLE_ABBREVIATIONS = frozenset("sen sens rep reps gov gen lt col adm sgt capt maj dr prof rev vp mr mrs ms u".split())


def _one_word_name(token: str, before: str) -> bool:
    """Whether ``token`` alone, after the lower-cased word ``before``, is a person's name:
    after a personal title (``Senator Sanders``, ``Mr. Manafort``), and no title's
    abbreviation (``Former Rep``), initial or acronym itself. Not what a title-like word
    before a thing leaves (``Free Trade Agreement``, ``Council on Foreign Relations``)."""
    low = token.lower()
    if token.isupper() or len(token.rstrip(".")) < 2 or low.rstrip(".") in TITLE_ABBREVIATIONS \
            or low in CLAUSE_VERBS or low in STOP_WORDS:
        return False  # (``The President Can``: a headline's capitals)
    return before.endswith(".") or before in HONORIFIC_GENDER or before in PERSONAL_TITLES or before in ONE_NAME_TITLES


@functools.lru_cache(maxsize=8192)
def _titled_name(mention: str, prev: str) -> tuple[tuple[str, ...], str | None] | None:
    """The personal name of a capitalised run, when a title makes it a person's, with the
    gender its honorific gives; ``prev`` is the lower-cased word before the run."""
    first = mention.split(None, 1)[0].lower()
    if first not in TITLE_WORDS and prev not in ROLE_WORDS and prev not in TITLE_WORDS \
            and " " not in mention:
        return None
    words = mention.split()
    if prev not in ROLE_WORDS and prev not in TITLE_WORDS and TITLE_WORDS.isdisjoint([w.lower() for w in words]):
        return None  # no title before or in it (``New York``): not titled, whatever its name tokens
    tokens = _name_tokens(mention)
    lead = words[: len(words) - len(tokens)]
    # a title before an owner's possessive is the owner's: ``Sen. Bernie Sanders’ College`` (for
    # All Act) titles no College
    owned = next((n + 1 for n in range(len(lead) - 1, -1, -1) if lead[n].lower().endswith(POSSESSIVE_ENDS)), 0)
    if owned:
        lead = lead[owned:]
        prev = ""
    titled = prev in ROLE_WORDS or prev in TITLE_WORDS or any(w.lower() in TITLE_WORDS for w in lead)
    if len(tokens) == 1 and not _one_word_name(tokens[0], lead[-1].lower() if lead else prev):
        return None
    if tokens and titled and not any(t.lower() in NON_PERSON_WORDS for t in tokens):
        gender = next((g for w in [*lead, prev] if (g := HONORIFIC_GENDER.get(w.lower()))), None)
        return tuple(tokens), gender
    return None


class _People:
    """Person names of an article, to resolve pronouns and short names."""

    def __init__(self, text: str, paras: Sequence[_Paragraph]) -> None:
        self.full: list[tuple[str, ...]] = []
        self.by_token: dict[str, list[tuple[str, ...]]] = {}
        self.gender: dict[tuple[str, ...], str] = {}
        #: the words that came with each name (``French President Emmanuel Macron``), for the
        #: descriptions that refer back to it (``the French leader``): kept as they are, read
        #: only when a description needs them (few articles have one)
        self._said_with: list[tuple[tuple[str, ...], str]] = []
        #: the names of the article's speakers (as :meth:`add_speaker` found them)
        self.speakers: set[tuple[str, ...]] = set()
        self._described: dict[tuple[str, ...], set[str]] | None = None
        #: the named mentions of each paragraph, found when a pronoun first needs them
        self._mentions: list[list[tuple[int, tuple[str, ...]]] | None] = [None] * len(paras)
        self._names: dict[str, tuple[str, ...] | None] = {}  # mention -> its fullest name
        self._text = text
        self._paras = paras
        #: the paragraphs are in text order, none overlapping the next (they are found
        #: zone by zone, and zones partition the text): the mentions before a position
        #: are those of the paragraphs before it, in order
        self._para_starts = [para.start for para in paras]
        # a titled name has at least two words (``President Xi``): single words are
        # looked at only when a pronoun needs resolving
        for para in paras:
            for m in LONG_NAME_RUN_RE.finditer(text, para.start, para.end):
                start = m.start()
                mention = text[start:_run_end(text, m.end(), para.end)]
                before = text[max(0, start - 16):start].rsplit(None, 1)  # the last word before the run
                prev = before[-1].lower() if before else ""
                if prev not in TITLE_OR_ROLE_WORDS and TITLE_WORDS.isdisjoint(mention.lower().split()):
                    # no title before or in the run (``New York``, most runs): what
                    # :func:`_titled_name` says first, found here without a call
                    continue
                found = _titled_name(mention, prev)
                if found is None:
                    continue
                name, gender = found
                self._add(name)
                if gender:
                    self.gender.setdefault(name, gender)
                self._said_with.append((name, f"{prev} {mention}"))

    def _add(self, name: tuple[str, ...]) -> None:
        if name in self.full:
            return
        self.full.append(name)
        for t in name:
            self.by_token.setdefault(t, []).append(name)

    def described(self) -> dict[tuple[str, ...], set[str]]:
        """The role and nationality words said with each name (lower-cased; found once)."""
        if self._described is None:
            self._described = {}
            for name, words in self._said_with:
                said = {w for w in words.lower().replace(",", " ").split()
                        if w in DESCRIPTION_WORDS or _nationality_word(w)}
                if said:
                    self._described.setdefault(name, set()).update(said)
        return self._described

    def add_speaker(self, mention: str) -> None:
        if mention.lower() in NAMELESS_SPEAKERS:
            return  # a pronoun names nobody
        tokens = _mention_name(mention)
        if not tokens or len(tokens) > 4 or any(t.lower() in NON_PERSON_WORDS for t in tokens):
            return
        if len(tokens) == 1 and (tokens[0].isupper() or tokens[0].endswith("s")):
            return  # acronyms and plurals are not people
        name = self.fullest(tokens)
        if name is None:
            name = tuple(tokens)
            self._add(name)
        self.speakers.add(name)
        if " and " not in mention:  # (``Merkel and French President Macron``: whose words?)
            self._said_with.append((name, mention))

    def resolve_description(self, pos: int, words: Sequence[str]) -> tuple[str, ...] | None:
        """The most recent person before ``pos`` a description refers back to: ``the French
        leader`` (``words``: ``french``, ``leader``) is the last person named with ``French``
        and a leader's title; ``the president`` the last named a president."""
        described = self.described()
        if not described:
            return None
        *adjectives, role = words
        roles = LEADER_TITLES if role == "leader" else {role}
        # (further back, a role of someone unnamed is likelier)
        for at, name in self._mentions_before(pos, DESCRIPTION_REACH):
            if pos - at > DESCRIPTION_CHARS:
                return None
            said = described.get(name)
            if said and not roles.isdisjoint(said) and all(a in said for a in adjectives):
                return name
        return None

    def _mentions_before(self, pos: int, paragraphs: int | None = None) -> Iterator[tuple[int, tuple[str, ...]]]:
        """The 39 last mentions of a known person before ``pos``, the nearest first, in its
        paragraph and the ``paragraphs - 1`` before it (``None``: all), found only in the
        paragraphs reached (a pronoun's person is most often in its own)."""
        left = 39
        k = bisect.bisect_left(self._para_starts, pos) - 1  # the last paragraph starting before it
        stop = -1 if paragraphs is None else k - paragraphs
        while k > stop and k >= 0:
            mentions = self._paragraph_mentions(k)
            # (the mentions before ``pos`` by bisection: a long paragraph has many after it)
            for i in range(bisect.bisect_left(mentions, (pos,)) - 1, -1, -1):
                yield mentions[i]
                left -= 1
                if not left:
                    return
            k -= 1

    def fullest(self, tokens: Sequence[str]) -> tuple[str, ...] | None:
        """The longest known name holding ``tokens``; of two as long, one a speaker's
        (``Smith`` who said it is ``Patricia Smith``, not ``victim Sean Smith``)."""
        best = None
        for name in self.by_token.get(tokens[-1], ()) if tokens else ():
            if all(t in name for t in tokens) and (best is None or len(name) > len(best) or len(name) == len(best)
                                                   and name in self.speakers and best not in self.speakers):
                best = name
        return best

    def _paragraph_mentions(self, k: int) -> list[tuple[int, tuple[str, ...]]]:
        """The mentions of paragraph ``k`` that name a known person, in text order (found once)."""
        found = self._mentions[k]
        if found is not None:
            return found
        found = self._mentions[k] = []
        para = self._paras[k]
        names = self._names
        by_token = self.by_token
        for m in NAME_RUN_RE.finditer(self._text, para.start, para.end):
            mention = self._text[m.start():_run_end(self._text, m.end(), para.end)]
            if mention in names:  # the same words name the same person throughout
                name = names[mention]
            else:
                # the name tokens of a run are among its words (the last one maybe
                # without a possessive ``'s``): a run with none of them known names
                # nobody, found without :func:`_name_tokens` (most runs)
                words = mention.split()
                last = words[-1]
                while last.lower().endswith(("’s", "'s")):
                    last = last[:-2]
                if by_token.keys().isdisjoint(words) and last not in by_token:
                    name = None
                else:
                    tokens = _name_tokens(mention) or words
                    name = self.fullest(tokens) if any(w in by_token for w in tokens) else None
                names[mention] = name
            if name is not None:
                found.append((m.start(), name))
        return found

    def _subject_before(self, k: int, pos: int, want: str | None) -> tuple[str, ...] | None:
        """The person who opens the sentence before a pronoun that opens its own (in paragraph
        ``k`` or the one before): ``Zelensky has arrived, where he was greeted by Starmer. He
        said ...`` is Zelensky's, though Starmer was named last."""
        if k < 0:
            return None
        text = self._text
        start = self._paras[k].start
        # (a paragraph starts at its first word; its sentence's end is a few characters before
        # the pronoun: both read without reading the paragraph up to it)
        if pos > start and SENTENCE_CLOSE_RE.search(text, max(start, pos - 12), pos) is None:
            return None  # the pronoun does not open its sentence (``"...," he said``)
        if pos <= start:  # the paragraph's first word: the last sentence before it
            k -= 1
            if k < 0:
                return None
            end = self._paras[k].end
        else:
            end = pos
        para = self._paras[k]
        lo = max(para.start, end - SUBJECT_SENTENCE_CHARS)
        opened = para.start if lo == para.start else -1  # (-1: the sentence starts before the window)
        for m in SENTENCE_END_RE.finditer(text, lo, end):
            if m.end() < end:
                opened = m.end()
        if opened < 0:
            return None  # a sentence too long to be the one before: no subject looked for
        mentions = self._paragraph_mentions(k)
        i = bisect.bisect_left(mentions, (opened,))
        if i == len(mentions) or mentions[i][0] >= end:
            return None
        at, name = mentions[i]
        lead = text[opened:at]
        words = lead.lower().split()
        if "," in lead or len(words) > SUBJECT_LEAD_WORDS or '"' in lead or "“" in lead or "‘" in lead \
                or not SUBJECT_LEAD_STOPS.isdisjoint(words):
            # (not the sentence's subject: ``After meeting Obama, Trump said``, ``The rise of
            # Bannon gave Beck``; a name a quotation opens with, ``"Donald Trump's ignorant
            # view ...," Khan said``)
            return None
        g = self.gender.get(name) or _first_name_gender(name)
        return name if g is None or g == want else None

    def resolve(self, pos: int, pronoun: str) -> tuple[str, ...] | None:
        """The person a pronoun refers to: the one who opens the sentence before, when the
        pronoun opens its own; else the most recent person before ``pos`` (among the 39 last
        named) whose gender does not contradict it."""
        if not self.by_token:
            return None  # nobody named in the article: no paragraph to walk back through
        want = PERSONAL_PRONOUNS.get(pronoun)
        subject = self._subject_before(bisect.bisect_left(self._para_starts, pos) - 1, pos, want)
        if subject is not None:
            return subject
        for _at, name in self._mentions_before(pos):
            g = self.gender.get(name) or _first_name_gender(name)
            if g is None or g == want:
                return name
        return None


def _first_name_gender(name: tuple[str, ...]) -> str | None:
    """``m`` or ``f`` when a word before the surname is a common first name (``Debbie``)."""
    for token in name[:-1]:
        g = FIRST_NAME_GENDER.get(token.lower())
        if g is not None:
            return g
    return None


def _antecedent(text: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase a relative ``who`` at ``pos`` refers to (past an appositive)."""
    start = max(0, pos - 200)
    toks = _tokens(text, start, pos)
    i = len(toks) - 1
    if i >= 0 and toks.texts[i] == ",":
        i -= 1
    rng = _np_back(toks, i)
    if rng is None:
        return None
    j = rng[0] - 1
    if j >= 1 and toks.texts[j] == "," and not toks.texts[rng[0]][:1].isupper():
        # ``Armin Laschet, the leader of the opposition, who``: the name before the appositive
        k = j - 1
        while k >= 0 and toks.texts[k] not in (",", ".", ";") and k > j - 12:
            k -= 1
        first = _np_back(toks, j - 1)
        if first is not None and toks.texts[first[1]][:1].isupper():
            rng = first
    return toks.starts[rng[0]], toks.ends[rng[1]]


def _speaker_name(text: str, span: tuple[int, int], people: _People) -> str | None:
    mention = text[span[0]:span[1]]
    low = mention.lower()
    if low in PERSONAL_PRONOUNS:
        name = people.resolve(span[0], low)
        return " ".join(name) if name else None
    if low in ("who", "which"):
        antecedent = _antecedent(text, span[0])
        return _speaker_name(text, antecedent, people) if antecedent else None
    if low in PRONOUNS:
        return None
    described = DESCRIPTION_RE.fullmatch(mention) if mention[:4] in ("the ", "The ") \
        and mention[mention.rfind(" ") + 1:].lower() in DESCRIPTION_WORDS else None
    if described is not None:
        # ``The French leader``, ``the president``: the person named before with those words
        name = people.resolve_description(span[0], described.group(1).lower().split())
        if name is not None:
            return " ".join(name)
    if " and " in mention and "," not in mention and "—" not in mention and "(" not in mention:
        # two people named together (``German Chancellor Angela Merkel and French President
        # Emmanuel Macron``): both, when each part names one
        first, second = (_person_name(part, people) for part in mention.split(" and ", 1))
        if first and second:
            return f"{first} and {second}"
    # (a mention in lower case names nobody but the name after its role: ``its director, Martin Kaiser``)
    tokens = _appositive_name(mention) if mention[:1].islower() else _mention_name(mention)
    if mention.isupper():  # (a transcript's ``JAKE TAPPER:``)
        tokens = tuple(t.title() for t in tokens)
    if tokens:
        name = people.fullest(tokens)
        if name is not None:
            return " ".join(name)
    if "  " in mention or "\n" in mention:  # (a name over a line break, or around a link's markup)
        mention = " ".join(mention.split()).replace("( ", "(").replace(" )", ")")
    head = CLAUSE_AFTER_MENTION_RE.search(mention)
    if head is not None:
        # the noun phrase, not what a clause after its comma says of it (``The report,
        # published on Thursday``, ``one resident, who asked not to be named``)
        mention = mention[:head.start()]
    # (the short form after a name: ``The Joint Chiefs of Staff (JCS)``)
    return (ABBREVIATION_AFTER_RE.sub("", mention) or mention) if mention[-1:] == ")" else mention


def _body_name(text: str, span: tuple[int, int], bodies: dict[int, Source]) -> str | None:
    """The name of the body a speaker's mention is, maybe after ``the`` (not ``A spokesman for
    the ministry``, which is a person's)."""
    body = bodies.get(span[1])
    if body is None or body.span.start < span[0] or text[span[0]:body.span.start].strip().lower() not in NO_WORDS_OR_THE:
        return None
    return body.name


NO_WORDS_OR_THE = frozenset(["", "the"])
#: an abbreviation in brackets ending a name (``The Joint Chiefs of Staff (JCS)``)
ABBREVIATION_AFTER_RE = regex.compile(r"[ \t]++\(\p{Lu}[\p{Lu}\p{N}&.\-]++\)\Z")


#: a sentence's end, right before the pronoun that opens the next one
SENTENCE_CLOSE_RE = regex.compile(r"[.!?][\"”’')\]]*+\s++\Z")
#: how far back the sentence before a pronoun is looked for (a long paragraph is not read whole
#: for each pronoun)
SUBJECT_SENTENCE_CHARS = 600
#: the most words before the person who opens a sentence (a title, a role: ``Ukrainian
#: president Volodymyr Zelensky``)
SUBJECT_LEAD_WORDS = 4
#: words before a person that make the person no sentence's subject (``The rise of Bannon``)
SUBJECT_LEAD_STOPS = STOP_WORDS | frozenset(["of", "for"])
#: the roles a description may name a person by (``the president``, ``the French leader``)
DESCRIPTION_WORDS = frozenset(
    "president premier chancellor minister prime king queen leader spokesman spokeswoman spokesperson "
    "senator governor mayor ambassador envoy secretary general commander chairman chairwoman ceo "
    "coach judge prosecutor".split()
)
#: in how many paragraphs a description looks for its person (its own and those before it)
DESCRIPTION_REACH = 3
#: and how many characters
DESCRIPTION_CHARS = 1500
#: what ``leader`` stands for
LEADER_TITLES = frozenset("president premier chancellor prime king queen leader".split())
#: ``the`` and a role, maybe after a nationality: ``The French leader``, ``the Chinese president``
DESCRIPTION_RE = regex.compile(
    r"(?i:the)\s++((?:\p{Lu}\p{Ll}++\s++)?(?i:" + "|".join(sorted(DESCRIPTION_WORDS)) + r"))")


def _nationality_word(word: str) -> bool:
    """Whether a lower-cased word reads as a people's adjective (``french``, ``chinese``, ``british``)."""
    return len(word) > 4 and word.endswith(("an", "ese", "ish", "ch")) and word.isalpha()


def _person_name(mention: str, people: _People) -> str | None:
    """The full name of the person a capitalised mention names, if it names one the article knows."""
    if not mention[:1].isupper():
        return None
    tokens = _mention_name(mention)
    name = people.fullest(tokens) if tokens else None
    return " ".join(name) if name else None


#: a relative or participle clause or an appositive after a mention's noun phrase (``, who
#: asked not to be named``, ``, published on Thursday``, ``— whose father``, ``, a top
#: decision-making body``); not a list (``spirits, wines``)
CLAUSE_AFTER_MENTION_RE = regex.compile(
    r"\s*+[,—–]\s++(?=(?:who|whose|whom|which|where|\p{Ll}+(?:ing|ed)|found|known|seen|held|written|"
    r"shown|told|led|a|an|the)\b)"
)


#: ``that`` (and a comma after it) right before a content: the complementizer opens the content
THAT_BEFORE_RE = regex.compile(r"(?<![\w'’-])that[ \t]*+,?[ \t]*+\Z")


#: a label in capitals and a colon opening a paragraph: a dateline (``NEW DELHI:``) or a kicker
#: (``BREAKING:``), no part of what anyone said
CAPS_LABEL_RE = regex.compile(r"(?:\p{Lu}[\p{Lu}.’'&-]*+[ \t]++){0,3}\p{Lu}[\p{Lu}.’'&-]++[ \t]*+:[ \t]++(?=\S)")


def _content_edges(text: str, a: int, b: int, floor: int) -> tuple[int, int]:
    """A content's edges as attribution corpora draw them (PARC, PolNeAR).

    The complementizer is in (``said [that the talks failed]``); the full stop closing the
    sentence is out (``said [the talks failed].``), unless it is an abbreviation's
    (``in the U.S.``) or inside a quotation (``“...failed.”`` ends with its mark). ``floor``
    is where the content may start at the earliest: the end of the cue or of the quote
    before it.
    """
    if text[a:a + 2].isupper():
        m = CAPS_LABEL_RE.match(text, a, b)
        if m is not None:
            a = m.end()  # a dateline or a kicker: ``TOKYO: Japan's prime minister will ...``
    lo = max(floor, a - 12, 0)
    if text.find("that", lo, a) >= 0:  # (the pattern's word: most contents have none before them)
        m = THAT_BEFORE_RE.search(text, lo, a)
        if m is not None:
            a = m.start()
    if b - a > 1 and text[b - 1] == "." and text[b - 2] != ".":
        word = text[a:b - 1].rsplit(None, 1)[-1] if not text[b - 2].isspace() else ""
        if not ("." in word or _abbreviation(word.lstrip("(\"“‘'"))):
            b -= 1
            while b > a and text[b - 1] in " \t,;:":
                b -= 1  # (``the wall;.``)
    return a, b


# --------------------------------------------------------------------------- sources


def _sources_for(text: str, found: _Found, sources: Sequence[Source], starts: Sequence[int],
                 sentence: tuple[int, int] | None) -> tuple[str, ...]:
    """The sources named in the quote's attribution sentence, outside a direct quote's words.

    After an attribution that follows what was said, the clause a comma opens is no part of
    it unless it names a relay: ``..., the data showed, missing the forecast in a Reuters
    poll`` (not through Reuters); ``..., the newspaper said, citing Xinhua`` (through Xinhua).
    """
    if sentence is None:
        return ()
    s, e = sentence
    cut = e  # from here on, a source needs a relay's word before it
    attribution = max(found.cue[1] if found.cue else -1, found.speaker[1] if found.speaker else -1)
    if found.content[1] <= attribution:
        comma = text.find(",", attribution, e)
        if comma >= 0:
            cut = comma
    chain: list[str] = []
    i = bisect.bisect_left(starts, s)
    while i < len(sources) and sources[i].span.start < e and len(chain) < 8:
        src = sources[i]
        i += 1
        if src.kind in NO_RELAYS or src.span.end > e:
            continue
        if src.span.start >= cut and RELAY_BEFORE_RE.search(text, max(cut, src.span.start - 40), src.span.start) is None \
                and RELAY_AFTER_RE.match(text, src.span.end, e) is None:
            continue  # in a clause after the attribution, not relaying it
        if any(a <= src.span.start < b for a, b in found.parts or (found.content,)):
            continue  # named inside what was said, not in the attribution
        if src.name not in chain:
            chain.append(src.name)
    return tuple(chain)


#: the kinds of source no quote comes through: a photo's credit, the publisher, a group of
#: people and a body (``a spokesperson for North Korea's foreign ministry`` speaks for it)
NO_RELAYS = frozenset({SourceKind.PHOTO_CREDIT, SourceKind.PUBLISHER, SourceKind.GROUP, SourceKind.BODY})
#: what introduces a relay after an attribution (``said, citing Xinhua``, ``reported, quoting
#: state media``, ``according to KCNA``, ``reports USA Today``, ``as reported by BuzzFeed``)
RELAY_BEFORE_RE = regex.compile(
    r"\b(?:citing|quoting|according\s++to|via|reports?|reported\s++by|told)\s++(?:\S++\s++){0,4}?\Z")
#: what makes a source named after an attribution its relay (``..., CNN reported.``)
RELAY_AFTER_RE = regex.compile(r"\s++(?:reported|reports|said|says|claimed|wrote|quoted)\b")


def _skip_dateline(text: str, spans: list[tuple[int, int]], dateline: Span) -> None:
    """Make the paragraph span that ``dateline`` opens start after it."""
    k = bisect.bisect_left(spans, (dateline.start,))
    if k < len(spans) and spans[k][0] == dateline.start:
        m = PARAGRAPH_RE.search(text, dateline.end, spans[k][1])
        if m is not None:
            spans[k] = m.span()


def find_quotes(article: Article, lexicon: Lexicon, sources: Sequence[Source] = ()) -> Iterator[Quote]:
    """Direct, indirect and mixed quotes of the editorial zones.

    Args:
        article: the zoned article.
        lexicon: the cue verbs (compiled once per Parser).
        sources: the article's sources, for quotes relayed through one.

    Yields:
        Quotes in text order; their contents never overlap.

    Examples:
        >>> from newsparse.testing import make_parser
        >>> text = 'Talks stall\\n\\n"We will not give in," Putin said on Monday.\\n'
        >>> q = make_parser().parse(text).quotes[0]
        >>> q.kind.value, q.speaker.text, q.cue.text
        ('direct', 'Putin', 'said')
    """
    original = article.text
    # read as a reader sees it, with the same offsets: hard-wrapped paragraphs as one line,
    # Markdown links as their text (the spans are cut from the original)
    text = reader_view(original)
    table = _cue_table(lexicon)
    para_spans = [m.span() for zone in article.zones_of(*EDITORIAL)
                  for m in PARAGRAPH_RE.finditer(text, zone.start, zone.end)]
    if article.dateline is not None and para_spans:
        # a report's dateline (``CITY HALL —``, ``LONDON (Reuters) -``) opens its first
        # paragraph but is no part of its first sentence: no speaker, no content
        _skip_dateline(text, para_spans, article.dateline.span)
    paras = [_Paragraph(text, start, end, table) for start, end in para_spans]
    if not paras:
        return
    found: list[_Found] = []
    # (a text without a quotation mark or a cue word, such as most short ones, has no quote of
    # these three passes: they are not run)
    if any(para.regions or para.cues for para in paras):
        used: set[int] = set()
        direct = _direct_quotes(text, paras, used)
        found = _calling_quotes(text, paras, direct + _indirect_quotes(text, paras, used, direct))
    found = _in_source_quotes(text, paras, table, found)
    everything = sorted(found, key=CONTENT)
    speakers = [text[f.speaker[0]:f.speaker[1]] for f in everything if f.speaker is not None]
    # the article's people serve only to name speakers: not looked for in an article without any
    people = _People(text, paras) if speakers else None
    if people is not None:
        for mention in dict.fromkeys(speakers):  # (a speaker named again adds nobody)
            people.add_speaker(mention)
    headlines = _name_colon_quotes(text, article, paras, people, sources)
    if headlines:
        everything = sorted(everything + headlines, key=CONTENT)
    elif not everything:
        return
    # sentence lookup for sources
    sentence_of: list[tuple[int, int]] = [s for p in paras for s in p.sentences]
    sentence_starts = [s for s, _ in sentence_of]
    all_regions = [r for p in paras for r in p.regions]
    region_starts = [r.start for r in all_regions]
    source_starts = [src.span.start for src in sources]
    # the bodies the sources found, by where their names end: a speaker that is one of them
    # (``The Food and Drug Administration``) has its name
    bodies = {src.span.end: src for src in sources if src.kind is SourceKind.BODY}
    # an HTML entity the view shows as its character: spans are cut from the whole entity
    snapping = text is not original and "&" in original
    last_end = -1
    for f in everything:
        if f.content[0] < last_end:
            continue
        if not f.parts:
            f.content = _content_edges(text, *f.content, max(last_end, f.cue[1] if f.cue else -1))
        spans = f.parts or (f.content,)
        kind = _kind(spans, all_regions, region_starts, text)
        # (``Span(a, b, original[a:b])`` is ``Span.of(original, a, b)``, without a call)
        a, b = f.content
        if snapping:
            a, b = snap_to_entities(original, a, b)
            a = max(a, last_end)
        last_end = b
        content = Span(a, b, original[a:b])
        speaker = cue = None
        if f.speaker:
            a, b = f.speaker
            speaker = Span(a, b, original[a:b])
        if f.cue:
            a, b = f.cue
            cue = Span(a, b, original[a:b])
        chain: tuple[str, ...] = ()
        if sources:  # (the sentence is looked up only for the sources named in it)
            anchor = f.cue[0] if f.cue else f.content[0]
            k = bisect.bisect_right(sentence_starts, anchor) - 1
            chain = _sources_for(text, f, sources, source_starts,
                                 sentence_of[k] if k >= 0 and anchor < sentence_of[k][1] else None)
        yield Quote(
            content=content,
            kind=kind,
            parts=tuple(Span.of(original, *(snap_to_entities(original, *p) if snapping else p))
                        for p in f.parts) if f.parts else (),
            speaker=speaker,
            speaker_name=(_body_name(original, f.speaker, bodies) or _speaker_name(text, f.speaker, people))
            if people is not None and f.speaker else None,
            cue=cue,
            cue_class=f.cue_class if cue else None,
            source=chain[-1] if chain else None,
            source_chain=chain,
            confidence=0.9 if f.direct else 0.7,
            origin=__name__,  # what the host stamps it with: no copy to make
        )


@hookimpl
def newsparse_extract_quotes(article: Article, lexicon: Lexicon, sources: Sequence[Source]) -> list[Quote]:
    return list(find_quotes(article, lexicon, sources))
