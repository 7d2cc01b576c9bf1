from __future__ import annotations

import newsparse_science_sources as plugin

from newsparse import Parser
from newsparse.testing import check_spans, make_parser

TEXT = (
    "Water plumes found above Europa\n"
    "\n"
    "NASA scientists have found water vapour above the surface of Jupiter's moon Europa, "
    "according to a study published in Nature Astronomy on Monday.\n"
    "\n"
    "A new report from the European Space Agency said the plumes were rare, and scientists "
    "at the University of Leicester said more flybys were needed to confirm them.\n"
)


def test_sources_are_found_with_exact_spans():
    article = make_parser(plugin).parse(TEXT)
    check_spans(article)
    found = {(s.name, s.kind.value) for s in plugin.find_science_sources(article)}
    assert found == {
        ("Nature Astronomy", "media"),
        ("European Space Agency", "body"),
        ("University of Leicester", "body"),
    }
    # merged with the built-in sources: a span both found is kept once
    names = [s.name for s in article.sources]
    assert {"Nature Astronomy", "University of Leicester", "European Space Agency"} <= set(names)
    assert len(names) == len({(s.span.start, s.span.end, s.name) for s in article.sources})


def test_without_the_plugin_they_are_not_found():
    names = {s.name for s in make_parser().parse(TEXT).sources}
    assert "University of Leicester" not in names


def test_the_plugin_is_discovered_through_its_entry_point():
    assert "science-sources" in {info.name for info in Parser().plugins()}
    assert "science-sources" not in {info.name for info in Parser(autoload=False).plugins()}
