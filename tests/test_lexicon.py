"""The English lexicon: cue verbs in all their forms, with classes; agencies; plugins adding words."""

from __future__ import annotations

from newsparse import hookimpl
from newsparse.default_plugins.lexicon_en import AGENCIES, CUE_VERBS, inflect
from newsparse.model import Agency, CueVerb, SourceKind
from newsparse.testing import make_parser


def test_every_form_of_the_verbs_of_saying() -> None:
    words = {c.text: c.cue_class for c in CUE_VERBS}
    for form in ("say", "says", "said", "saying", "told", "telling", "added", "warns", "urged",
                 "stressed", "noted", "insisted", "denies", "pledged", "vowed", "asked", "according to",
                 "tweeted", "wrote", "written", "acknowledged", "pointed out", "called for"):
        assert words[form] == "speech", form
    assert words["believes"] == "belief" and words["thought"] == "belief"
    assert words["shows"] == "evidence" and words["found"] == "evidence"


def test_inflect_regular_and_irregular_verbs() -> None:
    assert inflect("urge") == ("urge", "urges", "urged", "urging")
    assert inflect("reply") == ("reply", "replies", "replied", "replying")
    assert inflect("stress") == ("stress", "stresses", "stressed", "stressing")
    assert inflect("tell") == ("tell", "tells", "told", "telling")


def test_agencies_have_unique_aliases() -> None:
    seen: dict[str, str] = {}
    for agency in AGENCIES:
        for alias in (agency.name, *agency.aliases):
            assert seen.setdefault(alias.casefold(), agency.name) == agency.name, alias
    kinds = {a.name: a.kind for a in AGENCIES}
    assert kinds["Xinhua"] is SourceKind.AGENCY and kinds["CCTV"] is SourceKind.MEDIA


def test_the_parser_lexicon_serves_the_classes() -> None:
    lexicon = make_parser().lexicon
    assert lexicon.cue_class("Said") == "speech"
    assert lexicon.cue_class("according  to") == "speech"
    assert lexicon.cue_class("believes") == "belief"
    assert lexicon.agency("Korean Central News Agency").name == "KCNA"


class Harrumph:
    """A lexicon plugin with a cue verb and an agency the default lexicon lacks."""

    @hookimpl
    def newsparse_cue_verbs(self) -> list[CueVerb]:
        return [CueVerb(text="harrumphed", cue_class="speech")]

    @hookimpl
    def newsparse_agencies(self) -> list[Agency]:
        return [Agency(name="Gazette of Ruritania", aliases=("GoR",))]


def test_a_plugin_extends_the_cues_and_agencies() -> None:
    text = "Talks stall\n\nThe minister harrumphed that the talks were over, GoR reported.\n"
    plain = make_parser().parse(text)
    assert not [q for q in plain.quotes if q.cue is not None and q.cue.text == "harrumphed"]
    extended = make_parser(Harrumph()).parse(text)
    [quote] = [q for q in extended.quotes if q.cue is not None and q.cue.text == "harrumphed"]
    assert quote.speaker.text == "The minister"
    assert "Gazette of Ruritania" in {s.name for s in extended.sources}
