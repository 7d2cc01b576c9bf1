"""The HTML view: every zone and quote shown, text escaped, nothing fetched."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from newsparse import (
    Article,
    Parser,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    TimeExpression,
    TimexType,
    Zone,
    ZoneKind,
    render_html,
)
from newsparse.cli import main
from newsparse.model import Granularity

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Dom(HTMLParser):
    """Elements with their attributes and the text inside them; checks tags nest properly."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[dict[str, object]] = []
        self.stack: list[dict[str, object]] = []
        self.errors: list[str] = []
        self.feed(page)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[e['tag'] for e in self.stack]}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element: dict[str, object] = {"tag": tag, "attrs": dict(attrs), "text": [], "parent": self.stack[-1] if self.stack else None}
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1]["tag"] != tag:
            self.errors.append(f"</{tag}> does not close {self.stack[-1]['tag'] if self.stack else None}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element["text"].append(data)  # type: ignore[attr-defined]

    def find(self, **wanted: str | None) -> list[dict[str, object]]:
        """Elements whose attributes have the given values (``None``: present with any value)."""
        out = []
        for e in self.elements:
            attrs = e["attrs"]
            assert isinstance(attrs, dict)
            named = {k.replace("_", "-"): v for k, v in wanted.items()}
            if all(k in attrs and (v is None or attrs[k] == v) for k, v in named.items()):
                out.append(e)
        return out


def text(element: dict[str, object]) -> str:
    return "".join(element["text"])  # type: ignore[arg-type]


def inside(element: dict[str, object], **wanted: str) -> bool:
    """Whether an ancestor of ``element`` has these attribute values."""
    parent = element["parent"]
    while parent is not None:
        attrs = parent["attrs"]  # type: ignore[index]
        if all(attrs.get(k.replace("_", "-")) == v for k, v in wanted.items()):
            return True
        parent = parent["parent"]  # type: ignore[index]
    return False


def check_article_shown(dom: Dom, article: Article, a: int = 0) -> None:
    """Every zone and quote of the Article is in the DOM with its text; the text column is the dump."""
    assert not dom.errors
    (section,) = dom.find(data_article=str(a))
    zones = [e for e in dom.find(data_zone_index=None) if inside(e, id=f"article-{a}")]
    assert len(zones) == len(article.zones)
    shown = []
    for e in dom.elements:
        attrs = e["attrs"]
        if attrs.get("class") == "zt" and inside(e, id=f"article-{a}"):  # type: ignore[union-attr]
            shown.append(text(e))
    assert "".join(shown) == article.text
    for i, zone in enumerate(article.zones):
        (element,) = [z for z in zones if z["attrs"]["data-zone-index"] == str(i)]  # type: ignore[index]
        assert element["attrs"]["data-zone"] == zone.kind.value  # type: ignore[index]
        assert article.text[zone.start:zone.end] in text(element)
    for q, quote in enumerate(article.quotes):
        fragments = [e for e in dom.find(data_quote=str(q)) if inside(e, id=f"article-{a}")]
        assert fragments, f"quote {q} not shown"
        assert "".join(text(f) for f in fragments) == quote.content.text
        assert {f["attrs"]["data-kind"] for f in fragments} == {quote.kind.value}  # type: ignore[index]
        if quote.speaker is not None:
            speakers = [e for e in dom.find(data_speaker_of=None)
                        if str(q) in e["attrs"]["data-speaker-of"].split() and inside(e, id=f"article-{a}")]  # type: ignore[index]
            assert "".join(text(s) for s in speakers) == quote.speaker.text
        if quote.cue is not None:
            cues = [e for e in dom.find(data_cue_of=None)
                    if str(q) in e["attrs"]["data-cue-of"].split() and inside(e, id=f"article-{a}")]  # type: ignore[index]
            assert "".join(text(c) for c in cues) == quote.cue.text
    for s, source in enumerate(article.sources):
        fragments = [e for e in dom.find(data_source=str(s)) if inside(e, id=f"article-{a}")]
        assert "".join(text(f) for f in fragments) == source.span.text
    for d, date in enumerate(article.dates):
        fragments = [e for e in dom.find(data_date=str(d)) if inside(e, id=f"article-{a}")]
        assert "".join(text(f) for f in fragments) == date.span.text
        assert fragments[0]["attrs"]["data-value"] == date.value  # type: ignore[index]
        assert date.value in fragments[0]["attrs"]["title"]  # type: ignore[index]
    assert section["attrs"]["id"] == f"article-{a}"  # type: ignore[index]


LINKING = ("src", "href", "action", "formaction", "data", "poster", "srcset", "background")


def outside_references(dom: Dom) -> list[str]:
    """Resource or link attributes pointing anywhere but into the page, and CSS that loads things."""
    found = []
    for e in dom.elements:
        attrs = e["attrs"]
        assert isinstance(attrs, dict)
        for name in LINKING:
            value = (attrs.get(name) or "").strip()
            if name in attrs and not value.startswith("#"):
                found.append(f"{e['tag']} {name}={value}")
        css = text(e) if e["tag"] == "style" else attrs.get("style") or ""
        if re.search(r"url\(|@import", css, re.I):
            found.append(f"{e['tag']} loads through CSS")
    return found


@pytest.fixture
def seeds(parser: Parser, seed_000: str, seed_004: str) -> list[Article]:
    return [parser.parse(seed_000, name="000.txt"), parser.parse(seed_004, name="004.txt")]


def test_seed_dumps_render(seeds: list[Article]) -> None:
    assert any(article.quotes for article in seeds)
    for article in seeds:
        page = render_html(article)
        dom = Dom(page)
        check_article_shown(dom, article)
        assert not outside_references(dom)
        assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page, re.I)
        headline = dom.find(data_meta="headline")
        assert headline and article.headline is not None
        assert text(headline[0]) == article.headline.text.strip()


def test_several_articles_have_an_index(seeds: list[Article]) -> None:
    page = render_html(seeds, title="Seeds")
    dom = Dom(page)
    links = [e["attrs"]["href"] for e in dom.elements if e["tag"] == "a"]  # type: ignore[index]
    assert links == ["#article-0", "#article-1"]
    for a, article in enumerate(seeds):
        check_article_shown(dom, article, a)
    assert "<title>Seeds</title>" in page


def test_dump_holding_html_stays_text(parser: Parser) -> None:
    dump = (
        "Mayor <b>warns</b> of floods\n\n"
        '"<script>alert(1)</script> is not a plan," the mayor said on Monday.\n\n'
        "<img src=https://example.com/x.png onerror=alert(2)>\n"
    )
    article = parser.parse(dump, name='<img src="x">', url="https://example.com/story")
    page = render_html(article)
    assert page.count("<script") == 1  # the page's own script only
    assert "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    dom = Dom(page)
    assert not outside_references(dom)
    check_article_shown(dom, article)
    assert [e["tag"] for e in dom.elements].count("script") == 1
    assert [e["tag"] for e in dom.elements].count("img") == 0
    (name,) = dom.find(data_meta="dump")
    assert text(name) == '<img src="x">'


def _article() -> Article:
    text = 'Intro line\n"We will meet on Monday," Reuters quoted Jane Doe as saying, "and talk."\n'
    line2 = text.index('"We')
    quote_start = line2 + 1
    first = Span.of(text, quote_start, text.index(",", quote_start))
    second_start = text.index("and talk")
    second = Span.of(text, second_start, second_start + len("and talk."))
    content = Span.of(text, first.start, second.end)
    speaker = Span.of(text, text.index("Jane"), text.index("Jane") + len("Jane Doe"))
    cue = Span.of(text, text.index("quoted"), text.index("quoted") + len("quoted"))
    # A source that overlaps the speaker without nesting, to force splitting.
    source = Span.of(text, text.index("Reuters"), text.index("Jane") + len("Jane"))
    monday = Span.of(text, text.index("Monday"), text.index("Monday") + len("Monday"))
    # A date that starts inside the quote and runs past its first part.
    odd = Span.of(text, text.index("on Monday"), text.index("Reuters"))
    return Article(
        text=text,
        name="made up",
        zones=[
            Zone(kind=ZoneKind.HEADLINE, span=Span.of(text, 0, line2), first_line=1, last_line=1),
            Zone(kind=ZoneKind.BODY, span=Span.of(text, line2, len(text)), first_line=2, last_line=2),
        ],
        headline=Span.of(text, 0, len("Intro line")),
        quotes=[
            Quote(content=content, kind=QuoteKind.MIXED, parts=(first, second), speaker=speaker,
                  speaker_name="Jane Q. Doe", cue=cue, source="Reuters", source_chain=("Reuters",)),
            Quote(content=first, kind=QuoteKind.INDIRECT, speaker=speaker, speaker_name="Jane Q. Doe"),
        ],
        sources=[Source(name="Reuters", kind=SourceKind.AGENCY, span=source)],
        dates=[
            TimeExpression(span=monday, type=TimexType.DATE, value="2017-04-24", granularity=Granularity.DAY),
            TimeExpression(span=odd, type=TimexType.DATE, value="XXXX-WXX-1", granularity=Granularity.DAY, mod="APPROX"),
        ],
    )


def test_overlapping_spans_nest_properly() -> None:
    article = _article()
    page = render_html(article)
    dom = Dom(page)
    check_article_shown(dom, article)  # includes: every end tag closes its own start tag
    parts = dom.find(data_quote_part="0")
    assert [text(p) for p in parts] == [s.text for s in article.quotes[0].parts]
    # The shared speaker mention is linked to both quotes; the overlapping source splits it.
    speaker = dom.find(data_speaker_of="0 1")
    assert [text(e) for e in speaker] == ["Jane", " Doe"]
    assert speaker[0]["attrs"]["data-speaker-name"] == "Jane Q. Doe"  # type: ignore[index]
    assert "Jane Q. Doe" in speaker[0]["attrs"]["title"]  # type: ignore[index]
    assert [text(e) for e in dom.find(data_source="0")] == ["Reuters quoted Jane"]
    first = dom.find(data_quote="0")[0]
    assert "source chain: Reuters" in first["attrs"]["title"]  # type: ignore[index]
    (date,) = dom.find(data_date="0")
    assert "granularity=day" in date["attrs"]["title"] and inside(date, data_quote="0")  # type: ignore[index]
    odd = dom.find(data_date="1")
    assert len(odd) >= 2 and "mod=APPROX" in odd[0]["attrs"]["title"]  # type: ignore[index]
    rows = dom.find(data_qrow=None)
    assert [r["attrs"]["data-kind"] for r in rows] == ["mixed", "indirect"]  # type: ignore[index]


def test_empty_inputs() -> None:
    assert "0 articles" in render_html([])
    page = render_html(Article(text="no zones <here>"))
    dom = Dom(page)
    assert not dom.errors
    assert dom.find(data_zone_gap="") and "no zones &lt;here&gt;" in page
    # A zone may be empty (a last blank line); it is still shown, in its place.
    text_ = "Head\nbody"
    article = Article(text=text_, zones=[
        Zone(kind=ZoneKind.HEADLINE, span=Span.of(text_, 0, 5), first_line=1, last_line=1),
        Zone(kind=ZoneKind.BODY, span=Span.of(text_, 5, 9), first_line=2, last_line=2),
        Zone(kind=ZoneKind.WIDGET, span=Span.of(text_, 9, 9), first_line=3, last_line=3),
    ])
    dom = Dom(render_html(article))
    check_article_shown(dom, article)
    assert [e["attrs"]["data-zone"] for e in dom.find(data_zone_index=None)] == ["headline", "body", "widget"]  # type: ignore[index]


def test_cli_render(tmp_path, seed_000: str) -> None:
    dump = tmp_path / "seed.txt"
    dump.write_text(seed_000, encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["render", "--no-autoload", str(dump), "-o", str(out), "--publication-date", "2017-04-24"]) == 0
    page = out.read_text(encoding="utf-8")
    dom = Dom(page)
    assert not dom.errors
    assert dom.find(data_meta="published")[0]["text"] == ["2017-04-24  (given)"]
    assert dom.find(data_zone="body")
