from __future__ import annotations

import codecs
import json
import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import InputError, reading
from newsparse.reading import (
    continues,
    read_dump,
    reader_view,
    snap_to_entities,
    split_lines,
    wrap_width,
    wrapped_runs,
)

from .conftest import DATA, SEEDS, need, wrap

TEXT = "Headline – café\n\n“Quote,” he said.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected_and_recorded(data, encoding):
    dump = read_dump(data)
    assert dump.text == TEXT
    assert dump.encoding == encoding
    assert not dump.problems


def test_cp1252_undefined_bytes_are_kept_not_dropped():
    dump = read_dump(b"caf\xe9 \x81\x8d end")
    assert dump.encoding == "cp1252"
    assert dump.text == "café \x81\x8d end"


def test_utf8_cut_inside_its_last_character_stays_utf8_and_says_so():
    data = "Zürich talks end in “deadlock”".encode()[:-2]  # two of the three bytes of ”
    dump = read_dump(data)
    assert dump.encoding == "utf-8"
    assert dump.text == "Zürich talks end in “deadlock\ufffd"
    [problem] = dump.problems
    assert problem.kind == "decoding" and "last 1 byte(s) were replaced" in problem.message
    # with no other character of more than one byte, the last bytes alone are no evidence
    # of UTF-8: a cp1252 text ending in an accented letter stays cp1252
    assert read_dump("Café".encode("cp1252")).text == "Café"


def test_invalid_utf16_is_replaced_and_said():
    dump = read_dump(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8")
    assert dump.text.startswith("ok")
    assert [p.kind for p in dump.problems] == ["decoding"]


def test_binary_input_is_refused_with_a_reason():
    with pytest.raises(InputError, match="NUL byte at offset 3"):
        read_dump(b"GIF\x00\x01\x02", name="x.gif")
    with pytest.raises(InputError, match="control bytes"):
        read_dump(bytes(range(1, 32)) * 10)


def test_size_limit():
    with pytest.raises(InputError, match="over the limit"):
        read_dump(b"x" * 101, max_size=100)
    with pytest.raises(InputError, match="characters"):
        read_dump("x" * 101, max_size=100)


def test_empty_input_has_no_lines():
    assert read_dump(b"").lines == ()
    assert read_dump("").text == ""


def test_wrong_type_is_an_input_error():
    with pytest.raises(InputError, match="int"):
        read_dump(42)  # type: ignore[arg-type]


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_dump(tmp_path / "nope.txt")


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0c"])
def test_every_line_break_keeps_offsets_exact(brk):
    text = f"one{brk}two{brk}{brk}three"
    lines = split_lines(text)
    assert [line.text for line in lines] == ["one", "two", "", "three"]
    for line in lines:
        assert text[line.start : line.end] == line.text
    assert "".join(text[line.start : line.next_start] for line in lines) == text


def test_mixed_breaks_cover_the_text():
    text = "a\r\nb\rc\nd\u2028e"
    lines = split_lines(text)
    assert [line.number for line in lines] == [1, 2, 3, 4, 5]
    assert lines[-1].next_start == len(text)


# --------------------------------------------------------------------------- hard-wrapped text


def test_copied_pages_and_corpus_texts_are_not_taken_for_wrapped():
    dumps = sorted(need(DATA / "dumps" / "dev").glob("*.txt")) + sorted(need(SEEDS).glob("*.txt"))
    assert [p.name for p in dumps if wrap_width(p.read_text(encoding="utf-8").splitlines())] == []
    for name in ("timex", "quotes"):
        with need(DATA / name / "dev.jsonl").open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle]
        assert [t[:60] for t in texts if wrap_width(t.splitlines())] == []


@pytest.mark.parametrize("width", [60, 72, 78, 100])
def test_wrapped_dumps_are_found_with_their_width(width):
    for path in sorted(need(SEEDS).glob("*.txt")):
        found = wrap_width(wrap(path.read_text(encoding="utf-8"), width, "   ").splitlines())
        assert found is not None and width - 8 <= found <= width, (path.name, found)


def test_a_wrapped_line_goes_on_unless_the_next_word_would_have_fitted():
    assert continues("The storm hit the coast on Monday and cut", "power to homes.", 45)
    assert not continues("The storm hit the coast.", "Power was cut.", 45)
    assert not continues("The storm hit the coast on Monday and cut", "* Power was cut.", 45)  # a list item
    assert not continues("The storm hit the coast on Monday and cut", "   ", 45)
    assert not continues("", "https://example.com/" + "x" * 60, 45)  # (a blank line goes on in nothing)
    texts = ["The storm hit the coast on Monday and cut", "power to thousands of homes.", "", "Crews worked."]
    assert wrapped_runs(texts, 45) == [(0, 2), (2, 3), (3, 4)]
    assert wrapped_runs(texts, None) == [(0, 1), (1, 2), (2, 3), (3, 4)]


def test_the_readers_view_joins_wrapped_lines_exactly_where_the_zoner_does():
    texts = [path.read_text(encoding="utf-8") for path in sorted(need(SEEDS).glob("*.txt"))]
    texts += [wrap(t, width, indent) for t in texts[:2] for width in (40, 64, 78, 100) for indent in ("", "   ")]
    # a short wrapped text with two lines longer than any wrap (URLs): allowed by wrap_width
    short = wrap(texts[0], 72)[:2500] + "\n" + ("https://example.com/" + "x" * 140 + "\n") * 2
    assert read_dump(short).wrap_width == 72
    texts.append(short)
    for text in texts:
        view = reader_view(text)
        assert len(view) == len(text)
        joined = {i for i, (a, b) in enumerate(zip(text, view)) if a == "\n" and b == " "}
        dump = read_dump(text)
        lines = [line.text for line in dump.lines]
        runs = [(a, b) for a, b in wrapped_runs(lines, dump.wrap_width) if b - a > 1]
        expected = {dump.lines[k].end for a, b in runs for k in range(a, b - 1)}
        assert joined == expected


def test_a_span_found_in_the_view_is_cut_from_whole_entities():
    text = "Xi said:&nbsp;&quot;We will win.&quot; Then he left."
    view = reader_view(text)
    assert len(view) == len(text) and view.count('"') == 2
    a, b = view.index('"'), view.rindex('"') + 1
    assert text[slice(*snap_to_entities(text, a, b))] == "&quot;We will win.&quot;"
    assert snap_to_entities(text, 0, 7) == (0, 7)  # (no entity near: as it was)


def test_an_equal_text_seen_before_gets_itself_back_from_the_view():
    # The extractors take the slow road (spans re-cut from the original) when
    # the view is another object than their text: a dump parsed a second time,
    # as an equal but new string, must not be handed the first one's object.
    first, second = ("Plain words, nothing to change. " * 3)[:-1], "Plain words, nothing to change. " * 3
    second = second[:-1]
    assert first == second and first is not second
    assert reader_view(first) is first
    assert reader_view(second) is second
    marked, again = "He said &quot;yes&quot;.", "".join(["He said &quot;", "yes&quot;."])
    assert reader_view(marked) == reader_view(again) != marked  # (a changed view is shared)


_PIECES = ["a", " ", "\n", "\r", "é", "中", "\U0001f600", "\ud800", "\udc00", "x" * 130, "y" * 128, "\n" + "z" * 129]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.integers(1, 6))
@settings(max_examples=300)
def test_the_fast_scans_find_what_the_patterns_find(text, most):
    # _has_surrogate encodes instead of searching, a chunk at a time (chunks made small
    # here, so a surrogate falls at either side of a cut); _long_lines finds line breaks
    # instead of trying ``^`` at every character: the patterns' own answers.
    from itertools import islice

    from newsparse import reading

    for chunk in (3, 1 << 16):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(reading, "_SURROGATE_CHUNK", chunk)
            assert reading._has_surrogate(text) == bool(reading.SURROGATE_RE.search(text))
    expected = sum(1 for _ in islice(reading._LONG_LINE_RE.finditer(text), most))
    assert reading._long_lines(text, most) == expected


@given(st.lists(st.sampled_from(["a", " ", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "é"]),
                max_size=30).map("".join))
@settings(max_examples=300)
def test_lines_are_the_lines_of_splitlines(text):
    # split_lines makes its Lines without a call per line: each is a Line, as Line._make gives it.
    from newsparse.model import Line

    lines, start = [], 0
    for number, raw in enumerate(text.splitlines(keepends=True), 1):
        content = raw.splitlines()[0]
        lines.append(Line._make((number, start, start + len(content), start + len(raw), content)))
        start += len(raw)
    assert split_lines(text) == tuple(lines)
    assert all(type(line) is Line for line in split_lines(text))


def test_the_common_punctuation_is_no_word_character():
    # made spaces, it must split no word and join none: no word character in either engine
    for char in reading.COMMON_PUNCTUATION:
        assert re.fullmatch(r"\W", char) and regex.fullmatch(r"\W", char), repr(char)
    text = "Xinhua’s “report” — 5 °C €3 «ok»"
    assert reading.spaced_punctuation(text).split() == re.findall(r"\w+", text)
