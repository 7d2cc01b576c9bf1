"""The default English lexicon: cue verbs (every inflected form, with a class)
and well-known news agencies and broadcasters.

Cue classes:

- ``speech``: verbs of saying and writing (``said``, ``told``, ``warned``,
  ``tweeted``, ``according to``);
- ``belief``: attitudes the text reports as clearly as speech (``believes``,
  ``thinks``, ``expects``, ``fears``);
- ``evidence``: things that show something (``polls show``, ``a study found``);
- ``quoting``: words that attribute a quotation but report no clause of their
  own (``"...," the statement read``, ``protesters chanted``): most of what
  follows them is no speech (``read the book``, ``posted a profit``).

Both tables are served through the lexicon hooks, so a plugin can add words
and agencies; the extractors compile the merged lexicon once per Parser.

Examples:
    >>> sorted(c.text for c in CUE_VERBS if c.text.startswith("warn"))
    ['warn', 'warned', 'warning', 'warns']
    >>> next(a for a in AGENCIES if a.name == "AP").aliases[0]
    'Associated Press'
"""

from __future__ import annotations

from ..model import Agency, CueVerb, SourceKind
from ..plugins import hookimpl

__all__ = ["AGENCIES", "CUE_VERBS", "inflect"]

# base form -> irregular forms (3rd person, past, past participle, -ing)
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "know": ("knows", "knew", "known", "knowing"),
    "read": ("reads", "read", "reading"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "forecast": ("forecasts", "forecast", "forecasted", "forecasting"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "understand": ("understands", "understood", "understanding"),
    "hold": ("holds", "held", "holding"),
    "teach": ("teaches", "taught", "teaching"),
    "see": ("sees", "saw", "seen", "seeing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"),
}

SPEECH_VERBS = (
    "say tell add warn note urge stress insist deny pledge vow ask state announce claim report "
    "write explain argue acknowledge admit confirm declare promise predict respond reply recall "
    "contend maintain emphasize emphasise accuse testify concede reveal disclose tweet comment "
    "remark assert allege complain propose recommend observe conclude boast joke suggest "
    "reiterate affirm repeat mention inform assure caution counter retort quip shout yell "
    "whisper exclaim answer demand threaten instruct advise clarify lament muse speculate hint "
    "charge continue insist agree disagree describe criticize criticise praise blame question "
    "announce estimate forecast swear acknowledge posit opine concur admonish scold plead "
    "brag complain confide confess grumble mutter murmur protest reassure remind rebut retort "
    "scoff sneer stipulate underline underscore vouch wonder elaborate reckon decline cite reject defend endorse blast mock dismiss echo slam"
).split()

BELIEF_VERBS = (
    "believe think feel expect hope fear doubt suspect assume figure worry imagine suppose "
    "realize realise understand consider foresee predict anticipate"
).split()

EVIDENCE_VERBS = "show find indicate demonstrate suggest reveal estimate prove confirm".split()

#: the forms that attribute only a quotation (class ``quoting``): ``"...," the sign read``
QUOTING_CUES = (
    "read reads chant chants chanted chanting sang posted scrawled screamed shrieked hollered "
    "bellowed texted emailed beamed gushed"
).split()

#: multi-word cues and their class
PHRASES: tuple[tuple[str, str], ...] = (
    ("according to", "speech"),
    ("point out", "speech"),
    ("points out", "speech"),
    ("pointed out", "speech"),
    ("pointing out", "speech"),
    ("made clear", "speech"),
    ("make clear", "speech"),
    ("makes clear", "speech"),
    ("making clear", "speech"),
    ("went on", "speech"),
    ("called on", "speech"),
    ("called for", "speech"),
    ("calls on", "speech"),
    ("calls for", "speech"),
    ("call on", "speech"),
    ("call for", "speech"),
    ("calling on", "speech"),
    ("calling for", "speech"),
    ("goes on", "speech"),
    ("go on", "speech"),
    ("shot back", "quoting"),
    ("is convinced", "belief"),
    ("are convinced", "belief"),
    ("was convinced", "belief"),
    ("were convinced", "belief"),
)


def inflect(verb: str) -> tuple[str, ...]:
    """Every form of a regular (or listed irregular) English verb.

    Examples:
        >>> inflect("deny")
        ('deny', 'denies', 'denied', 'denying')
        >>> inflect("stress")
        ('stress', 'stresses', 'stressed', 'stressing')
        >>> inflect("admit")
        ('admit', 'admits', 'admitted', 'admitting')
        >>> inflect("agree")
        ('agree', 'agrees', 'agreed', 'agreeing')
        >>> inflect("say")
        ('say', 'says', 'said', 'saying')
    """
    if verb in IRREGULAR:
        return (verb, *IRREGULAR[verb])
    if verb.endswith("ee"):
        return (verb, verb + "s", verb + "d", verb + "ing")
    if verb.endswith("e"):
        stem = verb[:-1]
        return (verb, verb + "s", stem + "ed", stem + "ing")
    if verb.endswith("y") and verb[-2] not in "aeiou":
        stem = verb[:-1]
        return (verb, stem + "ies", stem + "ied", verb + "ing")
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return (verb, verb + "es", verb + "ed", verb + "ing")
    if verb in ("admit", "regret", "commit", "omit", "submit", "rebut", "plan", "concur", "prefer", "refer",
                "quip", "confer"):
        last = verb[-1]
        return (verb, verb + "s", verb + last + "ed", verb + last + "ing")
    return (verb, verb + "s", verb + "ed", verb + "ing")


def _cues() -> tuple[CueVerb, ...]:
    seen: dict[str, str] = {}
    for cls, verbs in (("speech", SPEECH_VERBS), ("belief", BELIEF_VERBS), ("evidence", EVIDENCE_VERBS)):
        for verb in verbs:
            for form in inflect(verb):
                seen.setdefault(form, cls)
    for word in QUOTING_CUES:
        seen.setdefault(word, "quoting")
    for phrase, cls in PHRASES:
        seen.setdefault(phrase, cls)
    return tuple(CueVerb(text=word, cue_class=cls) for word, cls in seen.items())


#: The cue words: every form of every verb above, with its class.
CUE_VERBS: tuple[CueVerb, ...] = _cues()

_A = SourceKind.AGENCY
_M = SourceKind.MEDIA

#: Major wire agencies and broadcasters, with the names the press uses for them.
AGENCIES: tuple[Agency, ...] = (
    # wire agencies
    Agency(name="AP", aliases=("Associated Press", "The Associated Press")),
    Agency(name="Reuters", aliases=("Thomson Reuters",)),
    Agency(name="AFP", aliases=("Agence France-Presse", "Agence France Presse", "France-Presse")),
    Agency(name="Bloomberg", aliases=("Bloomberg News",)),
    Agency(name="UPI", aliases=("United Press International",)),
    Agency(name="dpa", aliases=("Deutsche Presse-Agentur", "DPA")),
    Agency(name="ANSA"),
    Agency(name="EFE", aliases=("Agencia EFE",)),
    Agency(name="Xinhua", aliases=("Xinhua News Agency", "New China News Agency")),
    Agency(name="China News Service", aliases=("CNS",)),
    Agency(name="KCNA", aliases=("Korean Central News Agency", "KCNA News Agency")),
    Agency(name="Yonhap", aliases=("Yonhap News Agency",)),
    Agency(name="Kyodo", aliases=("Kyodo News", "Kyodo News Agency")),
    Agency(name="Jiji Press", aliases=("Jiji",)),
    Agency(name="TASS", aliases=("TASS news agency", "ITAR-TASS", "Tass", "Itar-Tass")),
    Agency(name="RIA Novosti", aliases=("RIA", "Ria Novosti")),
    Agency(name="Interfax"),
    Agency(name="Sputnik", aliases=("Sputnik News",)),
    Agency(name="PTI", aliases=("Press Trust of India",)),
    Agency(name="ANI", aliases=("Asian News International",)),
    Agency(name="IANS", aliases=("Indo-Asian News Service",)),
    Agency(name="Bernama"),
    Agency(name="Antara", aliases=("Antara News Agency",)),
    Agency(name="CNA", aliases=("Central News Agency",)),
    Agency(name="Anadolu", aliases=("Anadolu Agency", "Anadolu News Agency")),
    Agency(name="IRNA", aliases=("Islamic Republic News Agency", "Irna")),
    Agency(name="WAFA", aliases=("Wafa",)),
    Agency(name="MENA", aliases=("Middle East News Agency",)),
    Agency(name="SANA", aliases=("Syrian Arab News Agency",)),
    Agency(name="APA", aliases=("Austria Presse Agentur",)),
    Agency(name="Canadian Press", aliases=("The Canadian Press",)),
    Agency(name="AAP", aliases=("Australian Associated Press",)),
    Agency(name="PA Media", aliases=("Press Association", "the Press Association")),
    # broadcasters and state media
    Agency(name="CCTV", aliases=("China Central Television",), kind=_M),
    Agency(name="CGTN", aliases=("China Global Television Network",), kind=_M),
    Agency(name="People's Daily", aliases=("People’s Daily",), kind=_M),
    Agency(name="Global Times", kind=_M),
    Agency(name="China Daily", kind=_M),
    Agency(name="BBC", aliases=("British Broadcasting Corporation", "BBC News"), kind=_M),
    Agency(name="CNN", kind=_M),
    Agency(name="Fox News", kind=_M),
    Agency(name="NBC", aliases=("NBC News",), kind=_M),
    Agency(name="CBS", aliases=("CBS News",), kind=_M),
    Agency(name="ABC News", kind=_M),
    Agency(name="NPR", aliases=("National Public Radio",), kind=_M),
    Agency(name="MSNBC", kind=_M),
    Agency(name="Al Jazeera", kind=_M),
    Agency(name="Deutsche Welle", aliases=("DW",), kind=_M),
    Agency(name="France 24", kind=_M),
    Agency(name="RT", aliases=("Russia Today",), kind=_M),
    Agency(name="NHK", kind=_M),
    Agency(name="KBS", kind=_M),
    Agency(name="Arirang", kind=_M),
    Agency(name="Rodong Sinmun", kind=_M),
    Agency(name="The New York Times", aliases=("New York Times",), kind=_M),
    Agency(name="The Washington Post", aliases=("Washington Post",), kind=_M),
    Agency(name="The Wall Street Journal", aliases=("Wall Street Journal",), kind=_M),
    Agency(name="The Guardian", kind=_M),
    Agency(name="Financial Times", kind=_M),
    Agency(name="USA Today", kind=_M),
    Agency(name="Politico", kind=_M),
    Agency(name="Breitbart", aliases=("Breitbart News",), kind=_M),
)


@hookimpl
def newsparse_cue_verbs() -> tuple[CueVerb, ...]:
    return CUE_VERBS


@hookimpl
def newsparse_agencies() -> tuple[Agency, ...]:
    return AGENCIES
