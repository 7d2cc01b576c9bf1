from __future__ import annotations

import sys
import time
import types

import pytest

from newsparse import (
    Agency,
    CueVerb,
    Parser,
    PluginError,
    Source,
    SourceKind,
    Span,
    ZoneKind,
    hookimpl,
)
from newsparse.plugins import BUILTIN_PLUGINS
from newsparse.testing import check_spans, make_parser

TEXT = (
    "Storm hits coast\n\n"
    "The storm hit the coast on Monday and cut power to thousands of homes, the Weather Wire reported.\n"
)


def plugin(**hooks):
    """A plugin object with the given hook implementations."""
    return types.SimpleNamespace(**hooks)


class Raising:
    @hookimpl
    def newsparse_extract_sources(self, article):
        raise RuntimeError("boom")


class WeatherWire:
    @hookimpl
    def newsparse_agencies(self):
        return [Agency(name="Weather Wire", kind=SourceKind.AGENCY)]


def test_builtins_are_plugins_under_dotted_names(parser):
    names = {info.name for info in parser.plugins()}
    assert set(BUILTIN_PLUGINS) <= names
    zones = next(i for i in parser.plugins() if i.name == "newsparse.default_plugins.zones")
    assert zones.builtin and "newsparse_zone_lines" in zones.hooks


def test_a_raising_plugin_costs_only_its_own_results():
    parser = make_parser(Raising(), WeatherWire())
    article = parser.parse(TEXT)
    [problem] = article.problems
    assert problem.kind == "plugin-error"
    assert problem.hook == "newsparse_extract_sources"
    assert "boom" in problem.message
    assert [s.name for s in article.sources] == ["Weather Wire"]
    assert article.headline is not None


def test_strict_parser_raises_plugin_error():
    with pytest.raises(PluginError, match="boom"):
        make_parser(Raising(), strict=True).parse(TEXT)


def test_a_failing_generator_is_caught_too():
    class Lazy:
        @hookimpl
        def newsparse_extract_sources(self, article):
            yield Source(name="X", kind=SourceKind.OTHER, span=Span(0, 5, "Storm"))
            raise ValueError("half way")

    article = make_parser(Lazy()).parse(TEXT)
    assert any("half way" in p.message for p in article.problems)
    assert all(s.origin != "Lazy" for s in article.sources)


def test_invalid_results_are_recorded_not_dropped_silently():
    class Sloppy:
        @hookimpl
        def newsparse_extract_sources(self, article):
            return [
                "not a source",
                Source(name="X", kind=SourceKind.OTHER, span=Span(0, 5, "XXXXX")),
                Source(name="Y", kind=SourceKind.OTHER, span=Span(10_000, 10_005, "Storm")),
                Source(name="Storm", kind=SourceKind.OTHER, span=Span(0, 5, "Storm")),
            ]

    article = make_parser(Sloppy()).parse(TEXT)
    messages = [p.message for p in article.problems if p.kind == "invalid-result"]
    assert len(messages) == 3
    assert "Storm" in [s.name for s in article.sources]
    check_spans(article)


def test_results_are_stamped_with_their_plugin():
    class Named:
        @hookimpl
        def newsparse_extract_sources(self, article):
            return [Source(name="Storm", kind=SourceKind.OTHER, span=Span(0, 5, "Storm"), origin="lies")]

    parser = make_parser(("my-plugin", Named()))
    [source] = [s for s in parser.parse(TEXT).sources if s.name == "Storm"]
    assert source.origin == "my-plugin"


def test_portal_zoner_answers_first_and_bad_zoning_falls_back():
    class Portal:
        @hookimpl
        def newsparse_zone_lines(self, dump):
            if not dump.text.startswith("Storm"):
                return None
            return [ZoneKind.HEADLINE] + [ZoneKind.OTHER] * (len(dump.lines) - 1)

    class Broken:
        @hookimpl(tryfirst=True)
        def newsparse_zone_lines(self, dump):
            return [ZoneKind.BODY]  # wrong length

    article = make_parser(Portal(), Broken()).parse(TEXT)
    assert [z.kind for z in article.zones] == [ZoneKind.HEADLINE, ZoneKind.OTHER]
    assert any("zone kinds for 3 lines" in p.message for p in article.problems)
    other = make_parser(Portal()).parse("Not the portal\n\nSome text of the page body that goes on.\n")
    assert other.headline.text == "Not the portal"  # the generic zoner took over


def test_lexicon_hooks_run_once_per_parser():
    calls = []

    class Counting:
        @hookimpl
        def newsparse_cue_verbs(self):
            calls.append(1)
            return ["opined", CueVerb(text="believes", cue_class="belief")]

    parser = make_parser(Counting())
    parser.parse(TEXT)
    parser.parse(TEXT)
    assert calls == [1]
    assert parser.lexicon.cue_class("opined") == "speech"
    assert parser.lexicon.cue_class("believes") == "belief"


def test_disable_blocks_a_builtin():
    parser = make_parser(disable=["newsparse.default_plugins.sources"])
    assert "newsparse.default_plugins.sources" not in {i.name for i in parser.plugins()}
    assert parser.parse("Head line here\n\nReuters said it rained.\n").sources == ()


def test_unknown_hook_fails_when_building():
    bad = plugin(newsparse_extract_quotez=hookimpl(lambda article: []))
    with pytest.raises(PluginError, match="newsparse_extract_quotez"):
        make_parser(bad)


def test_hook_wrappers_are_refused():
    class Wrapper:
        @hookimpl(wrapper=True)
        def newsparse_extract_dates(self, article):
            return (yield)

    with pytest.raises(PluginError, match="wrapper"):
        make_parser(Wrapper())


def test_a_slow_plugin_is_abandoned_after_its_budget():
    class Slow:
        @hookimpl
        def newsparse_extract_sources(self, article):
            time.sleep(5)
            return []

    started = time.perf_counter()
    article = make_parser(Slow(), plugin_timeout=0.2).parse(TEXT)
    assert time.perf_counter() - started < 3
    assert [p.kind for p in article.problems] == ["timeout"]
    assert article.headline is not None


def test_entry_point_plugins_load_only_with_autoload():
    pytest.importorskip("newsparse_entrypoint_probe", reason="install tests/fixtures/newsparse-entrypoint-probe")
    assert "probe" in {i.name for i in Parser().plugins()}
    assert "probe" not in {i.name for i in Parser(autoload=False).plugins()}
    assert "probe" not in {i.name for i in Parser(disable=["probe"]).plugins()}
    info = next(i for i in Parser().plugins() if i.name == "probe")
    assert info.version == "0.1.0" and not info.builtin
    assert Parser().lexicon.agency("Probe Wire Service") is not None


def test_core_tests_do_not_see_installed_plugins(parser):
    assert all(i.builtin for i in parser.plugins())
    assert "newsparse_entrypoint_probe" not in sys.modules or parser.lexicon.agency("Probe Wire Service") is None


def test_results_are_materialised_as_materialised_says():
    # Lists and generators are made tuples without its checks; every result comes out
    # as _materialised gives it (a string or a mapping's keys are not spread by a fast path).
    from newsparse.plugins import _materialised, build_plugin_manager, call_each

    class OwnList(list):
        pass

    def gen():
        yield from "ab"

    results = [[1, 2], gen, OwnList([3]), "text", b"bytes", {"k": 1}, {5}, range(2), 7, None, (8,)]
    for result in results:
        made = result() if callable(result) else result
        expected = _materialised(result() if callable(result) else result, True)
        pm = build_plugin_manager(
            [("p", plugin(newsparse_extract_sources=hookimpl(lambda article, made=made: made)))],
            autoload=False, disable=BUILTIN_PLUGINS,
        )
        got = [c.result for c in call_each(pm, "newsparse_extract_sources", {"article": None}, [])]
        assert got == ([] if expected is None else [expected]), result
        assert type(got[0]) is type(expected) if got else expected is None
