"""The default English lexicon: cue verbs and well-known news sources."""

from __future__ import annotations

from ..model import Agency, CueVerb, SourceKind
from ..plugins import hookimpl

__all__ = ["AGENCIES", "CUE_VERBS"]

CUE_VERBS: tuple[CueVerb, ...] = tuple(
    CueVerb(text=word)
    for word in (
        "say says said saying tell tells told telling add adds added adding "
        "warn warns warned warning note notes noted urge urges urged stress stresses stressed "
        "insist insists insisted deny denies denied pledge pledges pledged vow vows vowed "
        "ask asks asked state states stated announce announces announced claim claims claimed "
        "report reports reported write writes wrote explain explains explained"
    ).split()
) + (CueVerb(text="according to"),)

AGENCIES: tuple[Agency, ...] = (
    Agency(name="Xinhua", aliases=("Xinhua News Agency",)),
    Agency(name="Reuters"),
    Agency(name="AP", aliases=("Associated Press", "The Associated Press")),
    Agency(name="AFP", aliases=("Agence France-Presse",)),
    Agency(name="KCNA", aliases=("Korean Central News Agency", "KCNA News Agency")),
    Agency(name="TASS", aliases=("TASS news agency",)),
    Agency(name="CCTV", aliases=("China Central Television",), kind=SourceKind.MEDIA),
)


@hookimpl
def newsparse_cue_verbs() -> tuple[CueVerb, ...]:
    return CUE_VERBS


@hookimpl
def newsparse_agencies() -> tuple[Agency, ...]:
    return AGENCIES
