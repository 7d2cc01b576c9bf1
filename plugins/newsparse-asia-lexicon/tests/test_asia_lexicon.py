from __future__ import annotations

import pytest

from newsparse.model import SourceKind
from newsparse.testing import check_spans, make_parser

plugin = pytest.importorskip("newsparse_asia_lexicon")

TEXT = (
    "Floods ease in the Mekong delta\n"
    "\n"
    "The floods eased on Monday, the Vietnam News Agency reported, and Yonhap News said "
    "rescue teams had reached every village.\n"
    "\n"
    "The minister averred that the dykes would hold through the weekend.\n"
)


def test_agencies_and_media_are_found() -> None:
    article = make_parser(plugin).parse(TEXT)
    check_spans(article)
    found = {(s.name, s.kind) for s in article.sources}
    assert ("VNA", SourceKind.AGENCY) in found
    assert ("Yonhap", SourceKind.AGENCY) in found  # an extra alias merged into the built-in agency


def test_regional_cue_verbs_make_quotes() -> None:
    article = make_parser(plugin).parse(TEXT)
    [quote] = [q for q in article.quotes if q.cue is not None and q.cue.text == "averred"]
    assert quote.speaker.text == "The minister"
    assert quote.content.text == "that the dykes would hold through the weekend"
    assert quote.cue_class == "speech"


def test_without_the_plugin_the_names_are_unknown() -> None:
    article = make_parser().parse(TEXT)
    assert "VNA" not in {s.name for s in article.sources}
    assert not [q for q in article.quotes if q.cue is not None and q.cue.text == "averred"]


def test_merging_with_the_built_in_lexicon_does_not_warn() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lexicon = make_parser(plugin).lexicon
    assert lexicon.agency("Yonhap News").name == "Yonhap"
    assert lexicon.agency("Yonhap News Agency").name == "Yonhap"
