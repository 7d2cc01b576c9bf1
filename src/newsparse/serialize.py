"""The JSON format: Article to a JSON-safe dict and back.

Every span is ``{"start": int, "end": int, "text": str}``; zones omit their
text (it is ``text[start:end]`` of the article's ``"text"``). The format has a
``"schema"`` version, raised whenever a key changes meaning or goes away;
adding keys does not raise it. See the JSON format reference in the docs.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from .errors import InputError
from .model import (
    Article,
    Byline,
    Caption,
    Dateline,
    Granularity,
    Problem,
    PublicationDate,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    TimeExpression,
    TimexType,
    Zone,
    ZoneKind,
)

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

#: The version of the JSON format :func:`to_dict` writes.
SCHEMA_VERSION = 1


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def _with_span(span: Span | None, **fields: Any) -> dict[str, Any]:
    out = dict(fields)
    out.update(_span(span) or {"start": None, "end": None, "text": None})
    return out


def to_dict(article: Article) -> dict[str, Any]:
    """The Article as a JSON-safe dict (the newsparse JSON format).

    Args:
        article: a parsed article.

    Returns:
        A dict of str, int, float, bool, None, lists and dicts only.

    Examples:
        >>> import newsparse
        >>> d = newsparse.to_dict(newsparse.parse("Hello world again\\n"))
        >>> d["schema"], d["headline"]
        (1, {'start': 0, 'end': 17, 'text': 'Hello world again'})
    """
    pub = article.publication_date
    return {
        "schema": SCHEMA_VERSION,
        "name": article.name,
        "url": article.url,
        "encoding": article.encoding,
        "text": article.text,
        "zones": [
            {
                "kind": z.kind.value,
                "start": z.start,
                "end": z.end,
                "first_line": z.first_line,
                "last_line": z.last_line,
            }
            for z in article.zones
        ],
        "headline": _span(article.headline),
        "section_path": list(article.section_path),
        "standfirst": _span(article.standfirst),
        "byline": None
        if article.byline is None
        else _with_span(
            article.byline.span,
            authors=list(article.byline.authors),
            affiliation=article.byline.affiliation,
        ),
        "dateline": None
        if article.dateline is None
        else _with_span(article.dateline.span, place=article.dateline.place),
        "publisher": article.publisher,
        "publication_date": None
        if pub is None
        else {
            "value": pub.value.isoformat(),
            "span": _span(pub.span),
            "confidence": pub.confidence,
            "origin": pub.origin,
        },
        "captions": [
            _with_span(c.span, credit=c.credit, credit_span=_span(c.credit_span))
            for c in article.captions
        ],
        "paragraphs": [_span(p) for p in article.paragraphs],
        "related": [_span(r) for r in article.related],
        "quotes": [
            {
                "kind": q.kind.value,
                "content": _span(q.content),
                "parts": [_span(p) for p in q.parts],
                "speaker": _span(q.speaker),
                "speaker_name": q.speaker_name,
                "cue": _span(q.cue),
                "cue_class": q.cue_class,
                "source": q.source,
                "source_chain": list(q.source_chain),
                "confidence": q.confidence,
                "origin": q.origin,
            }
            for q in article.quotes
        ],
        "sources": [
            _with_span(s.span, name=s.name, kind=s.kind.value, confidence=s.confidence, origin=s.origin)
            for s in article.sources
        ],
        "dates": [
            _with_span(
                d.span,
                type=d.type.value,
                value=d.value,
                granularity=None if d.granularity is None else d.granularity.value,
                mod=d.mod,
                confidence=d.confidence,
                origin=d.origin,
            )
            for d in article.dates
        ],
        "problems": [
            {"kind": p.kind, "message": p.message, "plugin": p.plugin, "hook": p.hook}
            for p in article.problems
        ],
    }


def _read_span(d: dict[str, Any] | None) -> Span | None:
    if d is None or d.get("start") is None:
        return None
    return Span(d["start"], d["end"], d["text"])


def _need_span(d: dict[str, Any]) -> Span:
    span = _read_span(d)
    if span is None:
        raise KeyError("start")
    return span


def from_dict(d: dict[str, Any]) -> Article:
    """Rebuild an Article from :func:`to_dict`'s output.

    Args:
        d: a dict in the newsparse JSON format.

    Returns:
        An Article equal to the one serialised.

    Raises:
        InputError: the dict is not in a schema version this library reads.
    """
    if d.get("schema") != SCHEMA_VERSION:
        raise InputError(f"unsupported newsparse JSON schema {d.get('schema')!r}")
    try:
        return _from_dict(d)
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"malformed newsparse JSON: {type(error).__name__}: {error}") from error


def _from_dict(d: dict[str, Any]) -> Article:
    text = d["text"]
    pub = d.get("publication_date")
    byline = d.get("byline")
    dateline = d.get("dateline")
    return Article(
        text=text,
        name=d.get("name"),
        url=d.get("url"),
        encoding=d.get("encoding"),
        zones=[
            Zone(
                kind=ZoneKind(z["kind"]),
                span=Span(z["start"], z["end"], text[z["start"] : z["end"]]),
                first_line=z["first_line"],
                last_line=z["last_line"],
            )
            for z in d["zones"]
        ],
        headline=_read_span(d.get("headline")),
        section_path=d.get("section_path", ()),
        standfirst=_read_span(d.get("standfirst")),
        byline=None
        if byline is None
        else Byline(
            span=_need_span(byline), authors=byline.get("authors", ()), affiliation=byline.get("affiliation")
        ),
        dateline=None
        if dateline is None
        else Dateline(span=_need_span(dateline), place=dateline.get("place")),
        publisher=d.get("publisher"),
        publication_date=None
        if pub is None
        else PublicationDate(
            value=dt.date.fromisoformat(pub["value"]),
            span=_read_span(pub.get("span")),
            confidence=pub.get("confidence", 1.0),
            origin=pub.get("origin", ""),
        ),
        captions=[
            Caption(span=_need_span(c), credit=c.get("credit"), credit_span=_read_span(c.get("credit_span")))
            for c in d.get("captions", ())
        ],
        paragraphs=[_need_span(p) for p in d.get("paragraphs", ())],
        related=[_need_span(r) for r in d.get("related", ())],
        quotes=[
            Quote(
                kind=QuoteKind(q["kind"]),
                content=_need_span(q["content"]),
                parts=[_need_span(p) for p in q.get("parts", ())],
                speaker=_read_span(q.get("speaker")),
                speaker_name=q.get("speaker_name"),
                cue=_read_span(q.get("cue")),
                cue_class=q.get("cue_class"),
                source=q.get("source"),
                source_chain=q.get("source_chain", ()),
                confidence=q.get("confidence", 1.0),
                origin=q.get("origin", ""),
            )
            for q in d.get("quotes", ())
        ],
        sources=[
            Source(
                name=s["name"],
                kind=SourceKind(s["kind"]),
                span=_need_span(s),
                confidence=s.get("confidence", 1.0),
                origin=s.get("origin", ""),
            )
            for s in d.get("sources", ())
        ],
        dates=[
            TimeExpression(
                span=_need_span(t),
                type=TimexType(t["type"]),
                value=t["value"],
                granularity=None if t.get("granularity") is None else Granularity(t["granularity"]),
                mod=t.get("mod"),
                confidence=t.get("confidence", 1.0),
                origin=t.get("origin", ""),
            )
            for t in d.get("dates", ())
        ],
        problems=[Problem(**p) for p in d.get("problems", ())],
    )


def to_json(article: Article, **kwargs: Any) -> str:
    """The Article as a JSON string; keyword arguments go to :func:`json.dumps`."""
    kwargs.setdefault("ensure_ascii", False)
    return json.dumps(to_dict(article), **kwargs)


def from_json(data: str | bytes) -> Article:
    """Rebuild an Article from :func:`to_json`'s output."""
    return from_dict(json.loads(data))
