from __future__ import annotations

import json

import pytest

import newsparse
from newsparse import InputError, from_dict, from_json, to_dict, to_json

SPAN_KEYS = {"start", "end", "text"}


def test_round_trip_on_the_seeds(parser, seed_000, seed_004):
    for text, date in ((seed_000, "2017-04-24"), (seed_004, "2017-09-07")):
        article = parser.parse(text, publication_date=date)
        d = to_dict(article)
        assert from_dict(json.loads(json.dumps(d))) == article
        assert from_json(to_json(article)) == article


def test_the_documented_keys_are_there(parser, seed_000):
    d = to_dict(parser.parse(seed_000, publication_date="2017-04-24", url="http://example.com/a"))
    assert d["schema"] == newsparse.SCHEMA_VERSION
    assert d["url"] == "http://example.com/a"
    for key in ("zones", "headline", "standfirst", "section_path", "captions", "related",
                "publication_date", "publisher", "byline", "quotes", "sources", "dates", "problems"):
        assert key in d
    assert d["publication_date"]["value"] == "2017-04-24"
    assert d["publication_date"]["span"] is None  # given by the caller
    assert set(d["headline"]) == SPAN_KEYS
    # zones: contiguous, in order, covering the whole text
    assert d["zones"][0]["start"] == 0 and d["zones"][-1]["end"] == len(d["text"])
    for a, b in zip(d["zones"], d["zones"][1:]):
        assert a["end"] == b["start"]
    for q in d["quotes"]:
        assert q["kind"] in {"direct", "indirect", "mixed"}
        assert SPAN_KEYS <= set(q["content"])
        assert all(SPAN_KEYS <= set(p) for p in q["parts"])
    for s in d["sources"]:
        assert {"name", "kind"} | SPAN_KEYS <= set(s)
        assert d["text"][s["start"] : s["end"]] == s["text"]


def test_lone_surrogates_survive_json(parser):
    article = parser.parse("Head line here\n\nA body line with a \udc80 lone surrogate in it, long enough.\n")
    assert from_json(json.dumps(to_dict(article))) == article


def test_unknown_schema_is_refused():
    with pytest.raises(InputError, match="schema"):
        from_dict({"schema": 999})
    with pytest.raises(InputError, match="malformed"):
        from_dict({"schema": newsparse.SCHEMA_VERSION, "text": "x"})
