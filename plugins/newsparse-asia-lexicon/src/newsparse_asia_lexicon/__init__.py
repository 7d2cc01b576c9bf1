"""Asian news agencies and media, and regional reporting verbs, for newsparse.

A lexicon plugin: it only supplies words through the lexicon hooks; the
built-in extractors do the finding.

Examples:
    >>> import newsparse_asia_lexicon
    >>> from newsparse.testing import make_parser
    >>> text = "Floods\\n\\nThe floods eased on Monday, the Vietnam News Agency reported.\\n"
    >>> [s.name for s in make_parser(newsparse_asia_lexicon).parse(text).sources]
    ['VNA']
"""

from __future__ import annotations

from newsparse import hookimpl
from newsparse.model import Agency, CueVerb, SourceKind

__all__ = ["AGENCIES", "CUE_VERBS"]

_M = SourceKind.MEDIA

#: Agencies (kind ``agency``) and media (``media``), canonical name first.
AGENCIES: tuple[Agency, ...] = (
    # agencies the built-in lexicon knows: same canonical names, extra aliases
    Agency(name="Yonhap", aliases=("Yonhap News",)),
    Agency(name="Kyodo", aliases=("Kyodo News Service",)),
    Agency(name="Bernama", aliases=("Malaysian National News Agency",)),
    Agency(name="Antara", aliases=("Antara News",)),
    Agency(name="PTI", aliases=("Press Trust of India news agency",)),
    Agency(name="ANI", aliases=("ANI news agency",)),
    # other agencies
    Agency(name="VNA", aliases=("Vietnam News Agency",)),
    Agency(name="PNA", aliases=("Philippine News Agency",)),
    Agency(name="UNI", aliases=("United News of India",)),
    Agency(name="APP", aliases=("Associated Press of Pakistan",)),
    Agency(name="BSS", aliases=("Bangladesh Sangbad Sangstha",)),
    Agency(name="RSS", aliases=("Rastriya Samachar Samiti",)),
    Agency(name="KPL", aliases=("Lao News Agency",)),
    Agency(name="AKP", aliases=("Agence Kampuchea Presse",)),
    Agency(name="Montsame", aliases=("MONTSAME",)),
    Agency(name="Kazinform"),
    Agency(name="Thai News Agency"),
    Agency(name="Myanmar News Agency"),
    # broadcasters and newspapers
    Agency(name="Channel NewsAsia", aliases=("CNA News",), kind=_M),
    Agency(name="NHK World", kind=_M),
    Agency(name="KBS World", kind=_M),
    Agency(name="Korean Central Television", aliases=("KCTV",), kind=_M),
    Agency(name="Phoenix TV", aliases=("Phoenix Television",), kind=_M),
    Agency(name="The Straits Times", aliases=("Straits Times",), kind=_M),
    Agency(name="South China Morning Post", aliases=("SCMP",), kind=_M),
    Agency(name="The Hindu", kind=_M),
    Agency(name="Dawn", kind=_M),
    Agency(name="Asahi Shimbun", aliases=("The Asahi Shimbun",), kind=_M),
    Agency(name="Yomiuri Shimbun", aliases=("The Yomiuri Shimbun",), kind=_M),
    Agency(name="Nikkei", aliases=("Nikkei Asia",), kind=_M),
    Agency(name="The Korea Herald", aliases=("Korea Herald",), kind=_M),
    Agency(name="JoongAng Ilbo", kind=_M),
    Agency(name="Chosun Ilbo", kind=_M),
    Agency(name="Taipei Times", kind=_M),
    Agency(name="Focus Taiwan", kind=_M),
    Agency(name="The Jakarta Post", aliases=("Jakarta Post",), kind=_M),
    Agency(name="Bangkok Post", kind=_M),
    Agency(name="VnExpress", kind=_M),
    Agency(name="Rappler", kind=_M),
    Agency(name="ABS-CBN", aliases=("ABS-CBN News",), kind=_M),
)

#: Reporting verbs, every form, with their class.
CUE_VERBS: tuple[CueVerb, ...] = tuple(
    CueVerb(text=form, cue_class=cls)
    for forms, cls in (
        ("aver avers averred averring", "speech"),
        ("apprise apprises apprised apprising", "speech"),
        ("brief briefs briefed briefing", "speech"),
        ("highlight highlights highlighted highlighting", "speech"),
        ("laud lauds lauded lauding", "speech"),
        ("reaffirm reaffirms reaffirmed reaffirming", "speech"),
    )
    for form in forms.split()
)


@hookimpl
def newsparse_agencies() -> tuple[Agency, ...]:
    return AGENCIES


@hookimpl
def newsparse_cue_verbs() -> tuple[CueVerb, ...]:
    return CUE_VERBS
