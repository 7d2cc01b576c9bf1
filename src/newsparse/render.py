"""An HTML view of parsed articles, for people checking what newsparse found.

:func:`render_html` turns one Article (or several) into one self-contained HTML
document: the dump text with its zones shaded and labelled in a margin, quotes
highlighted by kind, each quote's speaker and cue linked to it, sources and
dates underlined, and a header with the metadata. The page makes no network
requests: styles and the small script are inline, and a Content Security Policy
forbids loading anything else. All dump text is escaped.

The markup is built in one pass over the sorted span boundaries. Between two
boundaries the set of open spans is constant; the open elements are kept as a
stack ordered outermost first (zones, then by start, longest first), and where a
span ends inside another one the inner elements are closed and reopened, so
overlapping spans still give properly nested tags.

Elements carry data attributes for tests and scripts: ``data-article``,
``data-zone`` (kind) with ``data-zone-index``, ``data-quote`` (the quote's index
in ``article.quotes``) with ``data-kind``, ``data-speaker-of`` / ``data-cue-of``
(indices of the quotes a mention belongs to), ``data-source``, ``data-date``
with ``data-value`` / ``data-type`` / ``data-granularity``.
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from .model import Article, Quote, Span, ZoneKind

__all__ = ["render_html"]

#: Where each kind of mark sits in the nesting order when two marks share a
#: start and an end (smaller is outer).
RANK_ZONE = 0
RANK_CAPTION = 1
RANK_RELATED = 1
RANK_QUOTE = 2
RANK_PART = 3
RANK_SPEAKER = 4
RANK_CUE = 4
RANK_SOURCE = 5
RANK_CREDIT = 5
RANK_DATE = 6

ZONE_COLOURS = {
    ZoneKind.BREADCRUMB: "#eef1f6",
    ZoneKind.HEADLINE: "#fdf1d6",
    ZoneKind.STANDFIRST: "#fbf5e6",
    ZoneKind.BYLINE: "#e8f4ea",
    ZoneKind.DATELINE: "#e6f1f7",
    ZoneKind.CAPTION: "#f3eaf6",
    ZoneKind.BODY: "#ffffff",
    ZoneKind.RELATED: "#f1f1ea",
    ZoneKind.WIDGET: "#ececec",
    ZoneKind.OTHER: "#e4e4e4",
}

CSS = """
:root { --direct: #ffd9a0; --indirect: #bfe3ff; --mixed: #d9c8ff; --speaker: #c2185b;
  --cue: #2e7d32; --source: #6d4c41; --date: #1565c0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #222; background: #f6f6f4; }
main { max-width: 1180px; margin: 0 auto; padding: 16px 20px 80px; }
h1.page { font-size: 20px; margin: 4px 0 12px; }
nav.index { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 16px; margin-bottom: 16px; }
nav.index ol { margin: 4px 0; padding-left: 22px; }
nav.index .counts { color: #777; font-size: 13px; }
section.article { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin-bottom: 28px; }
header.meta { padding: 14px 18px 8px; border-bottom: 1px solid #e3e3e3; }
header.meta h2 { margin: 0 0 6px; font-size: 22px; line-height: 1.25; }
header.meta dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; font-size: 13.5px; }
header.meta dt { color: #777; }
header.meta dd { margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; padding: 8px 18px;
  font-size: 12.5px; color: #444; border-bottom: 1px solid #e3e3e3; background: #fafafa; }
.legend .key { display: inline-flex; align-items: center; gap: 4px; }
.legend .sw { display: inline-block; min-width: 26px; padding: 0 4px; border-radius: 3px; text-align: center; }
.doc { padding: 6px 0; }
.zone { display: grid; grid-template-columns: 118px 1fr; border-top: 1px solid rgba(0,0,0,.05); }
.zl { font: 11px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; text-transform: uppercase; letter-spacing: .04em;
  color: #555; padding: 6px 8px 6px 14px; border-right: 3px solid rgba(0,0,0,.12); }
.zl small { display: block; text-transform: none; color: #999; letter-spacing: 0; }
.zt { white-space: pre-wrap; overflow-wrap: anywhere; padding: 6px 16px; font-size: 15px; line-height: 1.6; }
.zone-gap .zt { color: #999; }
.q { border-radius: 3px; padding: 1px 0; cursor: pointer; }
.q[data-kind="direct"] { background: var(--direct); }
.q[data-kind="indirect"] { background: var(--indirect); }
.q[data-kind="mixed"] { background: var(--mixed); }
.q.split { background: transparent; box-shadow: inset 0 -2px 0 #bbb; }
.qp { border-radius: 3px; }
.qp[data-kind="direct"] { background: var(--direct); }
.qp[data-kind="indirect"] { background: var(--indirect); }
.qp[data-kind="mixed"] { background: var(--mixed); }
.sp { color: var(--speaker); font-weight: 600; border-bottom: 2px solid var(--speaker); cursor: pointer; }
.cue { color: var(--cue); font-style: italic; font-weight: 600; border-bottom: 2px dotted var(--cue); cursor: pointer; }
.src { text-decoration: underline 2px var(--source); text-underline-offset: 3px; }
.date { text-decoration: underline 2px wavy var(--date); text-underline-offset: 4px; cursor: help; }
.cap { outline: 1px dashed #b08cc0; }
.credit { font-weight: 600; color: #7b3f91; }
.rel { border-bottom: 1px dashed #b5b58a; }
.qn::after { content: attr(data-n); font: 600 10px/1 ui-monospace, monospace; vertical-align: super;
  color: #777; margin-left: 1px; }
.active, .active .q, .active .qp { outline: 2px solid #e53935; outline-offset: 1px; }
tr.active { background: #ffecec; }
details.tables { padding: 4px 18px 14px; border-top: 1px solid #e3e3e3; }
details.tables summary { cursor: pointer; color: #444; padding: 6px 0; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 12px; }
th, td { text-align: left; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid #eee; }
th { color: #666; font-weight: 600; }
td.n { color: #888; font-variant-numeric: tabular-nums; }
.kind { display: inline-block; padding: 0 5px; border-radius: 3px; font-size: 12px; }
.kind.direct { background: var(--direct); } .kind.indirect { background: var(--indirect); } .kind.mixed { background: var(--mixed); }
#info { position: fixed; right: 14px; bottom: 14px; max-width: 420px; background: #fff; border: 1px solid #bbb;
  border-radius: 6px; box-shadow: 0 2px 10px rgba(0,0,0,.15); padding: 10px 12px; font-size: 13px; display: none; }
#info.on { display: block; }
#info dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
#info dt { color: #777; }
#info dd { margin: 0; }
.problems { color: #a33; font-size: 13px; }
"""

# Clicking a quote, a speaker or a cue marks every element of that quote (its
# fragments, speaker, cue and table row) and shows the quote's details.
SCRIPT = """
(function () {
  document.documentElement.setAttribute('data-script', 'ran');
  var info = document.getElementById('info');
  function clear() {
    document.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
    info.classList.remove('on');
  }
  function show(ref) {
    clear();
    var ids = ref.split(' ');
    ids.forEach(function (id) {
      document.querySelectorAll('[data-qref~="' + id + '"]').forEach(function (e) { e.classList.add('active'); });
    });
    var row = document.querySelector('tr[data-qrow="' + ids[0] + '"]');
    if (!row) { return; }
    var dl = document.createElement('dl');
    row.querySelectorAll('td[data-label]').forEach(function (td) {
      var dt = document.createElement('dt'); dt.textContent = td.getAttribute('data-label');
      var dd = document.createElement('dd'); dd.textContent = td.textContent;
      dl.appendChild(dt); dl.appendChild(dd);
    });
    info.replaceChildren(dl);
    info.classList.add('on');
  }
  document.addEventListener('click', function (ev) {
    var el = ev.target.closest('[data-qref]');
    if (el) {
      show(el.getAttribute('data-qref'));
      var first = el.tagName === 'TR' && document.querySelector('.doc [data-qref~="' + el.getAttribute('data-qref') + '"]');
      if (first) { first.scrollIntoView({block: 'center'}); }
    } else if (!ev.target.closest('#info')) { clear(); }
  });
})();
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _attrs(**values: Any) -> str:
    """``key="value"`` pairs, escaped; ``None`` values are left out, ``_`` becomes ``-``."""
    out = []
    for key, value in values.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        out.append(f' {name}="{_esc(str(value))}"')
    return "".join(out)


@attrs.frozen
class _Mark:
    """One element to draw over ``text[start:end]``; split into fragments where needed."""

    start: int
    end: int
    layer: int  #: 0 for zones (always outermost), 1 for inline marks
    rank: int
    seq: int  #: tie-breaker: the order the marks were made
    open_tag: str
    close_tag: str
    open_again: str | None = None  #: the opening tag of a continued fragment
    close_early: str | None = None  #: the closing tag of a fragment that is continued

    @property
    def key(self) -> tuple[int, int, int, int, int]:
        return (self.layer, self.start, -self.end, self.rank, self.seq)


# --------------------------------------------------------------------------- marks


def _quote_title(number: int, quote: Quote) -> str:
    lines = [f"{quote.kind.value} quote {number + 1}"]
    if quote.speaker is not None or quote.speaker_name:
        said = quote.speaker.text if quote.speaker is not None else "-"
        name = f" \u2192 {quote.speaker_name}" if quote.speaker_name and quote.speaker_name != said else ""
        lines.append(f"speaker: {said}{name}")
    else:
        lines.append("speaker: (none found)")
    if quote.cue is not None:
        cls = f" ({quote.cue_class})" if quote.cue_class else ""
        lines.append(f"cue: {quote.cue.text}{cls}")
    chain = _chain(quote)
    if chain:
        lines.append(f"source chain: {chain}")
    return "\n".join(lines)


def _chain(quote: Quote) -> str:
    if quote.source_chain:
        return " \u2192 ".join(quote.source_chain)
    return quote.source or ""


def _grouped(items: Iterable[tuple[Span, int]]) -> dict[tuple[int, int], list[int]]:
    """Quote indices by span, so one mention shared by two quotes is one element."""
    out: dict[tuple[int, int], list[int]] = {}
    for span, index in items:
        out.setdefault((span.start, span.end), []).append(index)
    return out


def _marks(article: Article, a: int) -> list[_Mark]:
    marks: list[_Mark] = []

    def add(span: Span | tuple[int, int], layer: int, rank: int, open_tag: str, close_tag: str,
            open_again: str | None = None, close_early: str | None = None) -> None:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        if end > start or layer == 0:  # an empty zone is still shown
            marks.append(_Mark(start, end, layer, rank, len(marks), open_tag, close_tag,
                               open_again, close_early))

    for i, zone in enumerate(article.zones):
        kind = zone.kind.value
        lines = (f"line {zone.first_line}" if zone.first_line == zone.last_line
                 else f"lines {zone.first_line}\u2013{zone.last_line}")
        head = (f'<div class="zone zone-{_esc(kind)}"'
                f'{_attrs(data_zone=kind, data_zone_index=i, data_start=zone.start, data_end=zone.end)}'
                f' style="background:{ZONE_COLOURS.get(zone.kind, "#fff")}">')
        add(zone.span, 0, RANK_ZONE,
            f'{head}<div class="zl">{_esc(kind)}<small>{lines}</small></div><div class="zt">',
            "</div></div>",
            f'{head}<div class="zl"></div><div class="zt">')

    for caption in article.captions:
        credit = caption.credit or "-"
        add(caption.span, 1, RANK_CAPTION,
            f'<span class="cap" data-caption=""{_attrs(title=f"caption; credit: {credit}")}>',
            "</span>")
        if caption.credit_span is not None:
            add(caption.credit_span, 1, RANK_CREDIT,
                f'<span class="credit"{_attrs(data_credit=caption.credit, title=f"photo credit: {caption.credit}")}>',
                "</span>")
    for span in article.related:
        add(span, 1, RANK_RELATED, '<span class="rel" data-related="">', "</span>")

    for q, quote in enumerate(article.quotes):
        ref = f"{a}-{q}"
        kind = quote.kind.value
        title = _quote_title(q, quote)
        cls = "q split" if quote.parts else "q"
        add(quote.content, 1, RANK_QUOTE,
            f'<span class="{cls}"{_attrs(data_quote=q, data_kind=kind, data_qref=ref, title=title)}>',
            "</span>")
        for p, part in enumerate(quote.parts):
            add(part, 1, RANK_PART,
                f'<span class="qp"{_attrs(data_quote_part=q, data_part=p, data_kind=kind, data_qref=ref, title=title)}>',
                "</span>")
    speakers = _grouped((qt.speaker, q) for q, qt in enumerate(article.quotes) if qt.speaker is not None)
    for (start, end), indices in speakers.items():
        quote = article.quotes[indices[0]]
        name = quote.speaker_name or article.text[start:end]
        chain = _chain(quote)
        shown = [str(i + 1) for i in indices]
        title = f"speaker of quote {', '.join(shown)}: {name}" + (
            f"\nsource chain: {chain}" if chain else "")
        add((start, end), 1, RANK_SPEAKER,
            f'<span class="sp"{_attrs(data_speaker_of=" ".join(map(str, indices)), data_speaker_name=quote.speaker_name, data_qref=" ".join(f"{a}-{i}" for i in indices), title=title)}>',
            f'<span class="qn"{_attrs(data_n="/".join(shown))}></span></span>', None, "</span>")
    cues = _grouped((qt.cue, q) for q, qt in enumerate(article.quotes) if qt.cue is not None)
    for (start, end), indices in cues.items():
        quote = article.quotes[indices[0]]
        title = f"cue of quote {', '.join(str(i + 1) for i in indices)}" + (
            f" ({quote.cue_class})" if quote.cue_class else "")
        add((start, end), 1, RANK_CUE,
            f'<span class="cue"{_attrs(data_cue_of=" ".join(map(str, indices)), data_qref=" ".join(f"{a}-{i}" for i in indices), title=title)}>',
            "</span>")

    for s, source in enumerate(article.sources):
        add(source.span, 1, RANK_SOURCE,
            f'<span class="src"{_attrs(data_source=s, data_name=source.name, data_source_kind=source.kind.value, title=f"source: {source.name} ({source.kind.value})")}>',
            "</span>")
    for d, date in enumerate(article.dates):
        gran = date.granularity.value if date.granularity is not None else None
        parts = [f"TIMEX3 {date.type.value} value={date.value}"]
        if gran:
            parts.append(f"granularity={gran}")
        if date.mod:
            parts.append(f"mod={date.mod}")
        add(date.span, 1, RANK_DATE,
            f'<span class="date"{_attrs(data_date=d, data_value=date.value, data_type=date.type.value, data_granularity=gran, data_mod=date.mod, title=" ".join(parts))}>',
            "</span>")
    return marks


def _weave(text: str, marks: Sequence[_Mark]) -> str:
    """The escaped text with every mark's tags, properly nested.

    One pass over the sorted boundaries. ``open_now`` is the stack of open
    marks; at each boundary the wanted stack is the active marks in key order,
    and everything above the common prefix of the two is closed and (re)opened.
    Empty zones are drawn where they stand, between the zones around them;
    other empty marks are left out.
    """
    n = len(text)
    starts: dict[int, list[_Mark]] = {}
    ends: dict[int, list[_Mark]] = {}
    empty: dict[int, list[_Mark]] = {}
    points = {0, n}
    for mark in marks:
        start, end = max(0, min(mark.start, n)), max(0, min(mark.end, n))
        if end <= start:
            if mark.layer == 0:
                empty.setdefault(start, []).append(mark)
            continue
        starts.setdefault(start, []).append(mark)
        ends.setdefault(end, []).append(mark)
        points.add(start)
        points.add(end)
    order = sorted(points)
    active: list[tuple[tuple[int, int, int, int, int], _Mark]] = []
    open_now: list[_Mark] = []
    opened: set[int] = set()
    out: list[str] = []
    for p, q in itertools.pairwise(order):
        for mark in ends.get(p, ()):
            active.remove((mark.key, mark))
        for mark in starts.get(p, ()):
            bisect.insort(active, (mark.key, mark), key=lambda item: item[0])
        wanted = [mark for _, mark in active]
        keep = 0
        while keep < len(open_now) and keep < len(wanted) and open_now[keep] is wanted[keep]:
            keep += 1
        for mark in reversed(open_now[keep:]):
            continued = mark.close_early is not None and mark.end > p
            out.append(mark.close_early if continued and mark.close_early is not None else mark.close_tag)
        out.extend(m.open_tag + m.close_tag for m in empty.pop(p, ()))
        for mark in wanted[keep:]:
            again = id(mark) in opened
            out.append(mark.open_again if again and mark.open_again is not None else mark.open_tag)
            opened.add(id(mark))
        open_now = wanted
        out.append(_esc(text[p:q]))
    for mark in reversed(open_now):
        out.append(mark.close_tag)
    out.extend(m.open_tag + m.close_tag for m in empty.pop(n, ()))
    return "".join(out)


def _gaps(article: Article) -> list[_Mark]:
    """Grey blocks for text no zone covers, so every character is shown."""
    gaps: list[_Mark] = []
    covered = sorted((z.start, z.end) for z in article.zones)
    pos = 0
    for start, end in [*covered, (len(article.text), len(article.text))]:
        if start > pos:
            gaps.append(_Mark(pos, start, 0, RANK_ZONE, -1 - len(gaps),
                              '<div class="zone zone-gap" data-zone-gap=""><div class="zl">(no zone)</div><div class="zt">',
                              "</div></div>"))
        pos = max(pos, end)
    return gaps


# --------------------------------------------------------------------------- page


def _label(article: Article, a: int) -> str:
    if article.headline is not None and article.headline.text.strip():
        return article.headline.text.strip()
    return article.name or f"Article {a + 1}"


def _header(article: Article, a: int) -> str:
    rows: list[tuple[str, str]] = []
    if article.name:
        rows.append(("dump", article.name))
    if article.url:
        rows.append(("url", article.url))  # shown as text, never fetched or linked
    if article.section_path:
        rows.append(("section", " \u203a ".join(article.section_path)))
    if article.byline is not None:
        by = article.byline.span.text.strip()
        if article.byline.authors:
            by += f"  (authors: {', '.join(article.byline.authors)})"
        if article.byline.affiliation:
            by += f"  (affiliation: {article.byline.affiliation})"
        rows.append(("byline", by))
    if article.dateline is not None:
        place = f"  (place: {article.dateline.place})" if article.dateline.place else ""
        rows.append(("dateline", article.dateline.span.text.strip() + place))
    if article.publisher:
        rows.append(("publisher", article.publisher))
    pub = article.publication_date
    if pub is not None:
        said = f"  (from \u201c{pub.span.text}\u201d)" if pub.span is not None else "  (given)"
        rows.append(("published", pub.value.isoformat() + said))
    else:
        rows.append(("published", "unknown"))
    if article.standfirst is not None:
        rows.append(("standfirst", article.standfirst.text.strip()))
    rows.append(("found", f"{len(article.zones)} zones, {len(article.quotes)} quotes, "
                          f"{len(article.sources)} sources, {len(article.dates)} dates"))
    meta = "".join(f'<dt>{_esc(k)}</dt><dd data-meta="{_esc(k)}">{_esc(v)}</dd>' for k, v in rows)
    problems = ""
    if article.problems:
        items = "".join(f"<li>{_esc(p.kind)}: {_esc(p.message)}</li>" for p in article.problems)
        problems = f'<ul class="problems">{items}</ul>'
    return (f'<header class="meta"><h2 data-meta="headline">{_esc(_label(article, a))}</h2>'
            f"<dl>{meta}</dl>{problems}</header>")


LEGEND = (
    '<div class="legend">'
    '<span class="key"><span class="sw" style="background:var(--direct)">&nbsp;</span>direct quote</span>'
    '<span class="key"><span class="sw" style="background:var(--indirect)">&nbsp;</span>indirect quote</span>'
    '<span class="key"><span class="sw" style="background:var(--mixed)">&nbsp;</span>mixed quote</span>'
    '<span class="key"><span class="sp">speaker</span></span>'
    '<span class="key"><span class="cue">cue</span></span>'
    '<span class="key"><span class="src">source</span></span>'
    '<span class="key"><span class="date">date</span></span>'
    '<span class="key">zones:</span>'
    + "".join(f'<span class="key"><span class="sw" style="background:{c};border:1px solid #ccc">'
              f"{k.value}</span></span>" for k, c in ZONE_COLOURS.items())
    + "</div>"
)


def _tables(article: Article, a: int) -> str:
    rows = []
    for q, quote in enumerate(article.quotes):
        cells = [
            ("#", str(q + 1)), ("kind", quote.kind.value), ("content", quote.content.text),
            ("speaker", quote.speaker.text if quote.speaker is not None else ""),
            ("speaker name", quote.speaker_name or ""),
            ("cue", quote.cue.text if quote.cue is not None else ""),
            ("source chain", _chain(quote)),
        ]
        tds = "".join(
            f'<td data-label="{_esc(label)}"{" class=n" if label == "#" else ""}>'
            + (f'<span class="kind {_esc(value)}">{_esc(value)}</span>' if label == "kind" else _esc(value))
            + "</td>"
            for label, value in cells
        )
        rows.append(f'<tr{_attrs(data_qrow=f"{a}-{q}", data_qref=f"{a}-{q}", data_kind=quote.kind.value)}>{tds}</tr>')
    quotes = ("<table class=\"quotes\"><tr><th>#</th><th>kind</th><th>content</th><th>speaker</th>"
              "<th>speaker name</th><th>cue</th><th>source chain</th></tr>" + "".join(rows) + "</table>")
    srows = "".join(
        f'<tr{_attrs(data_srow=s)}><td class="n">{s + 1}</td><td>{_esc(src.text)}</td><td>{_esc(x.name)}</td><td>{_esc(x.kind.value)}</td></tr>'
        for s, (x, src) in enumerate((x, x.span) for x in article.sources)
    )
    sources = ("<table class=\"sources\"><tr><th>#</th><th>text</th><th>name</th><th>kind</th></tr>"
               + srows + "</table>")
    drows = "".join(
        f'<tr{_attrs(data_drow=d)}><td class="n">{d + 1}</td><td>{_esc(x.span.text)}</td><td>{_esc(x.type.value)}</td>'
        f'<td>{_esc(x.value)}</td><td>{_esc(x.granularity.value if x.granularity else "")}</td>'
        f'<td>{_esc(x.mod or "")}</td></tr>'
        for d, x in enumerate(article.dates)
    )
    dates = ("<table class=\"dates\"><tr><th>#</th><th>text</th><th>type</th><th>value</th>"
             "<th>granularity</th><th>mod</th></tr>" + drows + "</table>")
    return (f'<details class="tables" open><summary>{len(article.quotes)} quotes</summary>{quotes}</details>'
            f'<details class="tables"><summary>{len(article.sources)} sources</summary>{sources}</details>'
            f'<details class="tables"><summary>{len(article.dates)} dates</summary>{dates}</details>')


def _article(article: Article, a: int) -> str:
    body = _weave(article.text, [*_marks(article, a), *_gaps(article)])
    return (f'<section class="article" id="article-{a}"{_attrs(data_article=a, data_name=article.name)}>'
            f'{_header(article, a)}{LEGEND}<div class="doc">{body}</div>{_tables(article, a)}</section>')


def render_html(article_or_articles: Article | Iterable[Article], *, title: str | None = None) -> str:
    """One self-contained HTML page showing what newsparse found in the articles.

    The page shows each dump's text with its zones shaded and labelled in a
    margin, quotes highlighted by kind (direct, indirect, mixed), speakers and
    cues marked and linked to their quotes (click one to see the resolved name
    and source chain), sources and dates underlined (hover a date for its TIMEX3
    value, type and granularity), and the metadata in a header. With several
    articles, an index at the top links to each. The page loads nothing from
    the network, and all text is escaped.

    Args:
        article_or_articles: one Article or an iterable of them.
        title: the page title; by default the headline (one article) or a count.

    Returns:
        The HTML document as a string.

    Examples:
        >>> import newsparse
        >>> page = render_html(newsparse.parse('Storm <b>hits</b>\\n\\n"Run," she said.\\n'))
        >>> page.startswith("<!DOCTYPE html>")
        True
        >>> "Storm &lt;b&gt;hits&lt;/b&gt;" in page
        True
    """
    articles = [article_or_articles] if isinstance(article_or_articles, Article) else list(article_or_articles)
    if title is None:
        title = _label(articles[0], 0) if len(articles) == 1 else f"{len(articles)} articles"
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<meta name=\"generator\" content=\"newsparse\"><title>{_esc(title)}</title>",
        f"<style>{CSS}</style></head><body><main>",
    ]
    if len(articles) > 1:
        parts.append(f'<h1 class="page">{_esc(title)}</h1>')
    if len(articles) > 1:
        items = "".join(
            f'<li><a href="#article-{a}">{_esc(_label(art, a))}</a> '
            f'<span class="counts">{_esc(art.name or "")} \u00b7 {len(art.quotes)} quotes, '
            f"{len(art.sources)} sources, {len(art.dates)} dates</span></li>"
            for a, art in enumerate(articles)
        )
        parts.append(f'<nav class="index"><b>{len(articles)} articles</b><ol>{items}</ol></nav>')
    parts.extend(_article(art, a) for a, art in enumerate(articles))
    parts.append(f'</main><div id="info" role="status"></div><script>{SCRIPT}</script></body></html>\n')
    return "".join(parts)
