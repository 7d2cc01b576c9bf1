from __future__ import annotations

import time

from newsparse import Source, SourceKind, Span, hookimpl
from newsparse.cli import main
from newsparse.testing import SAMPLE_DUMP, check_plugins, check_spans, make_parser


class Misbehaving:
    """Raises on long texts, returns a mismatched span on short ones, hangs on the sample."""

    @hookimpl
    def newsparse_extract_sources(self, article):
        if article.text == SAMPLE_DUMP:
            time.sleep(3)
            return []
        if len(article.text) > 10_000:
            raise RuntimeError("too long for me")
        return [Source(name="X", kind=SourceKind.OTHER, span=Span(0, 1, "?"))] if article.text else []


def test_sample_dump_has_every_zone_and_parses_cleanly():
    article = make_parser(strict=True).parse(SAMPLE_DUMP)
    check_spans(article)
    kinds = {zone.kind.value for zone in article.zones}
    assert {"breadcrumb", "headline", "byline", "dateline", "caption", "body", "widget", "related", "other"} <= kinds
    assert article.quotes and article.sources and article.dates


def test_check_plugins_reports_each_kind_of_failure_and_spares_the_others():
    parser = make_parser(("misbehaving", Misbehaving()), plugin_timeout=0.5)
    report = check_plugins(parser)
    kinds = {p.kind for p in report["misbehaving"]}
    assert kinds == {"plugin-error", "timeout"}
    assert all(not problems for name, problems in report.items() if name != "misbehaving")
    short = check_plugins(parser, ["Storm hits\n\nA storm hit the coast on Monday, cutting power, officials said.\n"])
    assert [p.kind for p in short["misbehaving"]] == ["invalid-result"]


def test_cli_plugins_check(capsys):
    assert main(["plugins", "--check", "--no-autoload"]) == 0
    out = capsys.readouterr().out
    assert "ok      newsparse.default_plugins.quotes" in out
