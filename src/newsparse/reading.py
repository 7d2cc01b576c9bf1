"""Reading input: bytes or ``str`` to a :class:`~newsparse.model.Dump` of lines.

Decoding order for bytes: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; then
strict UTF-8 (or UTF-8 cut inside its last character, as a truncated file is,
when it holds other characters of several bytes: the cut bytes become U+FFFD,
with a problem saying so); then cp1252, the usual encoding of legacy Western dumps, where
the five bytes cp1252 leaves undefined are kept as the Latin-1 characters of the
same number, so no byte is ever lost. Binary data and oversized input raise
:exc:`~newsparse.InputError`.

Compressed input (gzip, bzip2, xz), as bytes or as a file, is decompressed
first, whatever the file is called: it is known by its first bytes. The size
limit applies to the decompressed text, so a small file that inflates to
gigabytes stops at the limit; a stream cut short (a truncated download) is
parsed as far as it goes, with a problem saying so.

Lines end at any of the breaks :meth:`str.splitlines` knows (``\\n``,
``\\r\\n``, ``\\r``, ``\\u2028``, ...); a line's break belongs to the line, so
the lines cover the whole text and offsets stay exact.
"""

from __future__ import annotations

import bz2
import codecs
import functools
import lzma
import os
import re
import zlib
from collections.abc import Callable, Sequence
from itertools import accumulate, count, islice, repeat
from typing import Any

from .errors import InputError
from .model import Dump, Line, Problem

__all__ = [
    "DEFAULT_MAX_SIZE",
    "ENTITY_RE",
    "MARKDOWN_HEADING_RE",
    "MARKDOWN_LINK_RE",
    "MARKDOWN_MARK_RE",
    "continues",
    "decode",
    "decompress",
    "read_dump",
    "reader_view",
    "snap_to_entities",
    "split_lines",
    "wrap_width",
    "wrapped_runs",
]

#: The default size limit, in bytes for ``bytes`` input and characters for ``str``.
DEFAULT_MAX_SIZE = 20_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab and line breaks: common in binary data, rare in text.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b")
_SAMPLE = 65_536
SURROGATE_RE = re.compile("[\ud800-\udfff]")
#: characters encoded at a time by _has_surrogate
_SURROGATE_CHUNK = 1 << 16
# The characters str.splitlines() ends a line at (besides the "\r\n" pair).
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_MAX_CONTROL_SHARE = 0.10


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined: keep them as the
    # C1 control characters Latin-1 gives them, so the text keeps every byte.
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("newsparse-latin1", _latin1_fallback)


def decode(data: bytes, *, name: str | None = None) -> tuple[str, str, list[Problem]]:
    """Decode a dump's bytes.

    Args:
        data: the raw bytes.
        name: the input's name, for error messages.

    Returns:
        ``(text, encoding, problems)``; ``problems`` says when characters had to
        be replaced.

    Raises:
        InputError: the data looks binary (NUL bytes, mostly control characters).

    Examples:
        >>> decode("café".encode("utf-8"))[:2]
        ('café', 'utf-8')
        >>> decode("café".encode("cp1252"))[:2]
        ('café', 'cp1252')
        >>> decode("Zürich café".encode("utf-8")[:-1])[:2]  # cut inside the last character
        ('Zürich caf\ufffd', 'utf-8')
    """
    where = f" in {name}" if name else ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            problems = []
            if "\ufffd" in text and "\ufffd".encode(encoding) not in data:
                problems.append(
                    Problem(
                        kind="decoding",
                        message=f"invalid {encoding} sequences{where} were replaced by U+FFFD",
                    )
                )
            return text, encoding, problems
    sample = data[:_SAMPLE]
    nul = sample.find(b"\0")
    if nul >= 0:
        raise InputError(f"input{where} looks binary: NUL byte at offset {nul}")
    if sample and len(sample.translate(None, delete=_CONTROL_BYTES)) < len(sample) * (
        1 - _MAX_CONTROL_SHARE
    ):
        raise InputError(
            f"input{where} looks binary: more than {_MAX_CONTROL_SHARE:.0%} control bytes"
        )
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        if error.end == len(data) and error.reason == "unexpected end of data" and not data[: error.start].isascii():
            # UTF-8 (it has other characters of more than one byte) cut inside its last
            # character, as a truncated file is: not cp1252, which would misread them all
            return data[: error.start].decode("utf-8") + "\ufffd", "utf-8", [
                Problem(
                    kind="decoding",
                    message=f"the input{where} ends inside a UTF-8 character (a truncated "
                    f"file?): its last {error.end - error.start} byte(s) were replaced by U+FFFD",
                )
            ]
    return data.decode("cp1252", errors="newsparse-latin1"), "cp1252", []


def _gzip() -> Any:
    return zlib.decompressobj(wbits=31)  # 16 + 15: a gzip header and trailer


#: the compressed formats read transparently: name, test of the first bytes, new decompressor
_COMPRESSIONS: tuple[tuple[str, Callable[[bytes], bool], Callable[[], Any]], ...] = (
    ("gzip", lambda head: head[:3] == b"\x1f\x8b\x08", _gzip),
    ("bzip2", lambda head: head[:3] == b"BZh" and head[4:10] == b"1AY&SY", bz2.BZ2Decompressor),
    ("xz", lambda head: head[:6] == b"\xfd7zXZ\x00", lzma.LZMADecompressor),
)


def _compression(data: bytes) -> tuple[str, Callable[[], Any]] | None:
    """The compressed format ``data`` starts with, and how to make its decompressor."""
    for name, test, make in _COMPRESSIONS:
        if test(data):
            return name, make
    return None


def compression_of(data: bytes) -> str | None:
    """The compressed format ``data`` starts with (``gzip``, ``bzip2``, ``xz``), or ``None``.

    Examples:
        >>> import gzip
        >>> compression_of(gzip.compress(b"Storm hits coast")), compression_of(b"Storm hits coast")
        ('gzip', None)
    """
    found = _compression(data)
    return found[0] if found else None


def decompress(data: bytes, *, max_size: int = DEFAULT_MAX_SIZE,
               name: str | None = None) -> tuple[bytes, list[Problem]]:
    """Decompress gzip, bzip2 or xz data; other data is returned as it is.

    Streams written one after another (``cat a.gz b.gz``) are all read.

    Args:
        data: the raw bytes.
        max_size: the most bytes to decompress: past it the input is refused
            before more memory is spent on it (a small file can inflate to
            gigabytes).
        name: the input's name, for messages.

    Returns:
        ``(data, problems)``: the decompressed bytes, and a ``decoding``
        problem when the stream ended before its end marker (the bytes up to
        the cut are kept) or other bytes followed it (they are left out).

    Raises:
        InputError: the data is corrupt, decompresses to nothing before a cut,
            or decompresses to more than ``max_size`` bytes.

    Examples:
        >>> import gzip
        >>> decompress(gzip.compress(b"Storm hits coast"))
        (b'Storm hits coast', [])
        >>> decompress(gzip.compress(b"Storm hits coast")[:-8])[1][0].message
        'the gzip stream ends early (a truncated file?): the 16 bytes before the cut are kept'
    """
    found = _compression(data)
    if found is None:
        return data, []
    kind, new = found
    where = f" {name}" if name else ""
    parts: list[bytes] = []
    size = 0
    rest = data
    problems: list[Problem] = []
    while True:
        decompressor = new()
        try:
            part = decompressor.decompress(rest, max_size + 1 - size)
        except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError) as error:
            raise InputError(f"cannot decompress{where}: the {kind} data is corrupt ({error})") from error
        size += len(part)
        parts.append(part)
        if size > max_size:
            raise InputError(f"input{where} decompresses to over the limit of {max_size:,} bytes")
        if not decompressor.eof:
            if not size:
                raise InputError(f"input{where} is a {kind} stream cut short before any of it could be read")
            problems.append(Problem(
                kind="decoding",
                message=f"the {kind} stream ends early (a truncated file?): "
                f"the {size:,} bytes before the cut are kept",
            ))
            break
        rest = decompressor.unused_data
        if not rest.strip(b"\0"):  # (tar and some tools pad with zeros)
            break
        if compression_of(rest) != kind:
            problems.append(Problem(
                kind="decoding",
                message=f"{len(rest):,} bytes after the end of the {kind} stream are not "
                f"{kind} data and were left out",
            ))
            break
    return b"".join(parts), problems


def _has_surrogate(text: str) -> bool:
    """Whether ``SURROGATE_RE`` finds a surrogate in ``text``.

    The surrogates are the only characters UTF-8 cannot encode: encoding the text (a
    chunk at a time, so that a large one needs no large copy) is several times faster
    than the pattern's search, and an ASCII text holds none.
    """
    if text.isascii():
        return False
    try:
        for at in range(0, len(text), _SURROGATE_CHUNK):
            text[at : at + _SURROGATE_CHUNK].encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


#: The commonest characters of news text beyond ASCII that are no word characters (``\\W``
#: in ``re`` and in ``regex``): quotation marks, dashes, the ellipsis, signs, unbreakable
#: spaces. Made spaces (:func:`spaced_punctuation`), they leave most text ASCII, which
#: byte tables and literal scans read several times faster than patterns read ``str``.
COMMON_PUNCTUATION = "’‘“”—–…«»•·©®™′″°€£\xa0\u2009\u202f"


def spaced_punctuation(text: str) -> str:
    """``text`` with each of :data:`COMMON_PUNCTUATION` made a space (same length, same words).

    Examples:
        >>> spaced_punctuation("Xinhua’s “report” — 5 °C")
        'Xinhua s  report    5  C'
    """
    for char in COMMON_PUNCTUATION:
        if char in text:
            text = text.replace(char, " ")
    return text


def split_lines(text: str) -> tuple[Line, ...]:
    """Split text into :class:`~newsparse.model.Line` records with offsets.

    Examples:
        >>> [(line.text, line.start, line.next_start) for line in split_lines("a\\r\\nbc\\n")]
        [('a', 0, 3), ('bc', 3, 6)]
    """
    raws = text.splitlines(keepends=True)
    next_starts = list(accumulate(map(len, raws)))
    starts = [0, *next_starts[:-1]] if raws else []
    contents = text.splitlines()  # (the same lines, without their breaks)
    ends = map(int.__add__, starts, map(len, contents))
    # Line._make, without the call per line (and its check of the length, which five
    # zipped columns always have)
    return tuple(map(tuple.__new__, repeat(Line), zip(count(1), starts, ends, next_starts, contents)))


def read_dump(
    data: str | bytes | os.PathLike[str],
    *,
    name: str | None = None,
    url: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Dump:
    """Read a dump from text, bytes or a file path.

    Args:
        data: the dump as ``str`` (taken as is), ``bytes`` (decoded, see the
            module docs) or an :class:`os.PathLike` naming a file.
        name: a name for messages and output (defaults to the path).
        url: the page's address, when known.
        max_size: the largest input accepted, in bytes for bytes and files and
            in characters for ``str``.

    Returns:
        The decoded dump with its line table.

    Raises:
        InputError: the input is binary, too large, not a file, or not text.

    Examples:
        >>> dump = read_dump("Headline\\n\\nBody text.\\n")
        >>> [line.text for line in dump.lines]
        ['Headline', '', 'Body text.']
    """
    problems: list[Problem] = []
    encoding: str | None = None
    if isinstance(data, os.PathLike):
        path = os.fspath(data)
        name = name or path
        try:
            size = os.path.getsize(path)
            if size > max_size:
                raise InputError(f"{path} is {size:,} bytes, over the limit of {max_size:,}")
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if len(data) > max_size:
            raise InputError(
                f"input{' ' + name if name else ''} is {len(data):,} bytes, "
                f"over the limit of {max_size:,}"
            )
        data, problems = decompress(data, max_size=max_size, name=name)
        text, encoding, decoded = decode(data, name=name)
        problems.extend(decoded)
    elif isinstance(data, str):
        if len(data) > max_size:
            raise InputError(
                f"input{' ' + name if name else ''} is {len(data):,} characters, "
                f"over the limit of {max_size:,}"
            )
        text = data
        if _has_surrogate(text):
            problems = [
                Problem(
                    kind="decoding",
                    message="the text holds lone surrogates (U+D800-U+DFFF), which are not "
                    "Unicode characters: UTF-8 output must escape them, and JSON readers "
                    "join an escaped high and low surrogate into one character",
                )
            ]
    else:
        raise InputError(f"cannot parse a {type(data).__name__}: give str, bytes or a path")
    return Dump(
        text=text,
        lines=split_lines(text),
        name=name,
        url=url,
        encoding=encoding,
        problems=problems,
    )


# --------------------------------------------------------------------------- hard-wrapped text

#: Widths text is hard-wrapped at (``html2text`` 78, ``lynx -dump`` 76, mail 72, ``fmt`` 75).
WRAP_WIDTHS = range(40, 121)
#: What starts a list item: it never continues the line before.
_ITEM_RE = re.compile(r"\s*(?:[-*+\u2022\u25aa\u25cf\u2013\u2014>#|]|\d{1,3}[.)]|\[\d+\])\s")
#: A line's first word, as a wrapper sees it (it breaks at spaces and tabs only).
_FIRST_WORD_RE = re.compile(r"[ \t]*([^ \t\r\n]*)")
#: A line longer than any width text is wrapped at (a few such lines are allowed, see wrap_width).
_LONG_LINE_RE = re.compile(rf"^[^\n]{{{WRAP_WIDTHS.stop + 8}}}", re.MULTILINE)
#: ``_LONG_LINE_RE`` at the text's start, and after a line break: the break, a literal,
#: is found by a fast scan, where ``^`` is tried at every character
_LONG_FIRST_LINE_RE = re.compile(rf"[^\n]{{{WRAP_WIDTHS.stop + 8}}}")
_LONG_NEXT_LINE_RE = re.compile(rf"\n[^\n]{{{WRAP_WIDTHS.stop + 8}}}")


def wrap_width(texts: Sequence[str]) -> int | None:
    """The width the lines were hard-wrapped at, or ``None`` when they were not.

    Text-mode browsers and converters (``lynx -dump``, ``w3m``, ``html2text``)
    and mail break paragraphs into lines of at most 70-80 characters. Such text
    shows it: nearly every line is at most some width between 40 and 120, many
    lines end within a few characters of it, and the line after such a full
    line often goes on in lower case, mid-sentence. A copied page (a line per
    paragraph) has paragraph lines far longer, and menus and lists of short
    lines do not go on in lower case.

    Examples:
        >>> prose = ("The storm hit the coast on Monday and cut power to thousands of homes "
        ...          "across the region, officials said, as crews worked through the night. ") * 8
        >>> import textwrap
        >>> wrap_width(textwrap.wrap(prose, 72))  # the longest line: what the text shows of 72
        69
        >>> wrap_width(["Home", "World", prose]) is None
        True
    """
    lengths = [n for n in map(len, map(str.rstrip, texts)) if n]
    if len(lengths) < 8:
        return None
    ordered = sorted(lengths)
    # the width: what all but a few lines keep to (a URL or a long word is not broken)
    width = ordered[(len(ordered) * 97) // 100 - 1] if len(ordered) >= 34 else ordered[-1]
    if width not in WRAP_WIDTHS:
        return None
    # (a line a character or two longer than most: the percentile fell short of the width)
    width = max(n for n in lengths if n <= width + 8)
    full = goes_on = 0
    for text, following in zip(texts, texts[1:]):
        if width - 15 <= len(text.rstrip()) <= width:
            full += 1
            head = following.lstrip()[:1]
            if head.islower() or head.isdigit():
                goes_on += 1
    if full < max(6, len(lengths) // 10) or goes_on < max(4, full // 4):
        return None
    return width


def continues(line: str, following: str, width: int) -> bool:
    """Whether ``line`` of text wrapped at ``width`` goes on in ``following``.

    It does when the first word of ``following`` would not have fitted on
    ``line`` (the wrapper moved it down), unless either line is blank or
    ``following`` opens a list item.

    Examples:
        >>> continues("The storm hit the coast on Monday and cut", "power to thousands.", 45)
        True
        >>> continues("The storm hit the coast.", "Power was cut.", 45)
        False
    """
    if not line.strip() or not following.strip() or _ITEM_RE.match(following):
        return False
    # (a wrapper breaks at spaces only: a no-break space belongs to its word)
    first = _FIRST_WORD_RE.match(following)[1]  # type: ignore[index]
    return len(line.rstrip()) + 1 + len(first) > width


def wrapped_runs(texts: Sequence[str], width: int | None) -> list[tuple[int, int]]:
    """The lines grouped into runs that read as one line: ``[(first, stop), ...]``.

    Each run is a paragraph broken by the wrapper (see :func:`continues`); with
    ``width`` ``None`` (the text was not wrapped) every line is a run of its own.

    Examples:
        >>> wrapped_runs(["The storm hit the coast on Monday and cut", "power to thousands.",
        ...               "", "Crews worked all night."], 45)
        [(0, 2), (2, 3), (3, 4)]
    """
    n = len(texts)
    if width is None:
        return [(i, i + 1) for i in range(n)]
    runs = []
    first = 0
    for i in range(n):
        if i + 1 == n or not continues(texts[i], texts[i + 1], width):
            runs.append((first, i + 1))
            first = i + 1
    return runs


# --------------------------------------------------------------------------- Markdown, and the reader's view

#: A Markdown link or image, as ``html2text`` writes them: ``[text](url)``, ``![alt](src "title")``.
MARKDOWN_LINK_RE = re.compile(
    r"!?\[(?P<text>[^\[\]\n]{0,300})\]\([^()\s]{1,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)"
)
#: A Markdown heading's mark, at the start of a line (``html2text``: ``# Storm hits coast``).
MARKDOWN_HEADING_RE = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")
#: Markdown headings and bold together (``# Title``, ``**Related:**``): marks, and the bold text.
MARKDOWN_MARK_RE = re.compile(
    rf"^{MARKDOWN_HEADING_RE.pattern}|\*\*(?P<bold>(?=\S)[^*\n]{{1,300}}(?<=\S))\*\*", re.MULTILINE
)


#: HTML entities a naive scraper leaves for quotation marks and spaces (``&quot;We will,&quot;
#: he said``): the view shows the character at the entity's last place, after spaces.
_ENTITIES = {
    "&quot;": '"', "&#34;": '"', "&#x22;": '"', "&ldquo;": "\u201c", "&rdquo;": "\u201d",
    "&#8220;": "\u201c", "&#8221;": "\u201d", "&#x201c;": "\u201c", "&#x201d;": "\u201d",
    "&laquo;": "\u00ab", "&raquo;": "\u00bb", "&nbsp;": " ", "&#160;": " ", "&#xa0;": " ",
}
#: The entities of :data:`_ENTITIES`, matched ignoring case.
ENTITY_RE = re.compile("|".join(map(re.escape, _ENTITIES)), re.IGNORECASE)


def reader_view(text: str) -> str:
    """``text`` as a reader takes it in, with the same length and offsets.

    The line breaks inside hard-wrapped paragraphs (see :func:`wrap_width`)
    become spaces, and so does the markup of Markdown links and images
    (``html2text`` output): ``[Xinhua](https://...)`` reads ``Xinhua`` with
    spaces around it. The HTML entities of quotation marks and spaces a naive
    scraper leaves (``&quot;``, ``&ldquo;``, ``&nbsp;``) read as their
    character; a span found in the view is cut from ``text`` after
    :func:`snap_to_entities`. What is found in the view is found at the same place in
    ``text``; a text with neither comes back as it is.

    Examples:
        >>> reader_view("Xi told [CCTV](https://cctv.com/a) on Monday.")
        'Xi told  CCTV                      on Monday.'
        >>> reader_view("&quot;We will win,&quot; he said.")
        '     "We will win,     " he said.'
        >>> import textwrap
        >>> text = "The storm hit the coast on Monday and cut power to thousands of homes. " * 12
        >>> reader_view("\\n".join(textwrap.wrap(text, 50))) == text.rstrip()
        True
        >>> reader_view(text) is text  # nothing to change: the text itself
        True
    """
    view = _changed_view(text)
    # (the text itself, not an equal one seen before: callers test ``view is text``)
    return text if view is None else view


@functools.lru_cache(maxsize=2)  # (the quotes and the dates extractors ask for the same text)
def _changed_view(text: str) -> str | None:
    """:func:`reader_view` of ``text``, or ``None`` when it is the text as it is.

    Cached by the text's value, so an equal text seen before (a dump parsed
    twice) gets the answer too; ``None`` keeps it from getting the other
    text object in place of its own.
    """
    view = text
    width = None
    # most texts have more lines longer than any wrap than wrap_width allows (3 %): a scan
    # finds them without splitting the text
    n_lines = text.count("\n") + 1
    allowed = n_lines // 33 + 1
    if n_lines >= 8 and _long_lines(text, allowed + 1) <= allowed:
        lines = text.splitlines(keepends=True)
        width = wrap_width(lines)
    if width is not None:
        for i in range(len(lines) - 1):
            if continues(lines[i], lines[i + 1], width):
                body = lines[i].rstrip(_LINE_BREAKS)
                lines[i] = body + " " * (len(lines[i]) - len(body))
        view = "".join(lines)
    if "&" in view:
        view = ENTITY_RE.sub(_entity, view)
    if "](" in view:
        view = MARKDOWN_LINK_RE.sub(_blank_markup, view)
    if "#" in view or "**" in view:
        view = MARKDOWN_MARK_RE.sub(_blank_mark, view)
    return None if view is text else view


def _long_lines(text: str, most: int) -> int:
    """How many matches ``_LONG_LINE_RE`` has in ``text``, counted up to ``most``."""
    first = 1 if _LONG_FIRST_LINE_RE.match(text) else 0
    return first + sum(1 for _ in islice(_LONG_NEXT_LINE_RE.finditer(text), max(0, most - first)))


def _entity(match: re.Match[str]) -> str:
    return " " * (len(match.group()) - 1) + _ENTITIES[match.group().lower()]


def snap_to_entities(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved out of any HTML entity they fall inside (see :func:`reader_view`).

    The view shows an entity's character at the entity's last place, so a span
    found in the view may start on it: the span then starts where the entity does.

    Examples:
        >>> text = "&quot;We will win,&quot; he said."
        >>> s, e = snap_to_entities(text, 5, 24)
        >>> text[s:e]
        '&quot;We will win,&quot;'
    """
    if "&" not in text[max(0, start - 7):end]:
        return start, end
    for m in ENTITY_RE.finditer(text, max(0, start - 7), min(len(text), start + 7)):
        if m.start() < start < m.end():
            start = m.start()
    for m in ENTITY_RE.finditer(text, max(0, end - 7), min(len(text), end + 7)):
        if m.start() < end < m.end():
            end = m.end()
    return start, end


def _blank_mark(match: re.Match[str]) -> str:
    bold = match["bold"]
    return " " * len(match.group()) if bold is None else f"  {bold}  "


def _blank_markup(match: re.Match[str]) -> str:
    start, end = match.span("text")
    return " " * (start - match.start()) + match["text"] + " " * (match.end() - end)
