"""The HTML view in a real browser: headless Chromium shows every zone and quote.

Needs Debian's ``chromium`` package (``apt-get install chromium``); the tests
skip, saying so, where it is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest

from newsparse import Article, Parser, render_html

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars",
)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def find_chromium() -> str | None:
    explicit = os.environ.get("NEWSPARSE_CHROMIUM")
    if explicit:
        return explicit
    if os.path.exists("/usr/bin/chromium"):
        return "/usr/bin/chromium"
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip("headless Chromium not found: install Debian's 'chromium' package "
                    "(apt-get install chromium) or set NEWSPARSE_CHROMIUM to run the browser tests")
    return path


def run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


class Dom(HTMLParser):
    """Attributes and inner text of the elements of a DOM dump (tag soup is fine here)."""

    VOID: ClassVar[set[str]] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[dict[str, str | None], list[str]]] = []
        self.stack: list[tuple[str, list[str]]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        texts: list[str] = []
        self.elements.append((dict(attrs), texts))
        if tag not in self.VOID:
            self.stack.append((tag, texts))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, texts in self.stack:
            texts.append(data)

    def texts(self, name: str, value: str | None = None) -> list[str]:
        return ["".join(t) for a, t in self.elements if name in a and (value is None or a[name] == value)]


@pytest.fixture
def seeds(parser: Parser, seed_000: str, seed_004: str) -> list[Article]:
    return [parser.parse(seed_000, name="000_7693a7a7eaa7c0b9.txt"),
            parser.parse(seed_004, name="004_15a6c8497f3520fe.txt")]


def test_seed_pages_in_chromium(chromium: str, seeds: list[Article], tmp_path: Path) -> None:
    for article in seeds:
        stem = Path(article.name or "page").stem
        page = tmp_path / f"{stem}.html"
        page.write_text(render_html(article), encoding="utf-8")
        url = page.as_uri()

        shot = tmp_path / f"{stem}.png"
        run = run_chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000", url)
        assert shot.exists(), run.stderr[-2000:]
        data = shot.read_bytes()
        assert data.startswith(PNG_MAGIC) and len(data) > 20_000  # a rendered page, not a blank one

        run = run_chromium(chromium, tmp_path / "profile", "--dump-dom", url)
        assert run.returncode == 0, run.stderr[-2000:]
        dom = Dom(run.stdout)
        # The page's inline script ran under its Content Security Policy.
        assert 'data-script="ran"' in run.stdout
        # Every zone, in the browser's DOM, with its kind and its text.
        for i, zone in enumerate(article.zones):
            (shown,) = [a for a, _ in dom.elements if a.get("data-zone-index") == str(i)]
            assert shown["data-zone"] == zone.kind.value
        assert "".join(dom.texts("class", "zt")) == article.text
        # Every quote, with its kind, its speaker and its cue.
        assert article.quotes
        for q, quote in enumerate(article.quotes):
            assert "".join(dom.texts("data-quote", str(q))) == quote.content.text
            kinds = {a["data-kind"] for a, _ in dom.elements if a.get("data-quote") == str(q)}
            assert kinds == {quote.kind.value}
            if quote.speaker is not None:
                speakers = [
                    "".join(t) for a, t in dom.elements
                    if str(q) in (a.get("data-speaker-of") or "").split()
                ]
                assert "".join(speakers) == quote.speaker.text
            if quote.cue is not None:
                cues = ["".join(t) for a, t in dom.elements if str(q) in (a.get("data-cue-of") or "").split()]
                assert "".join(cues) == quote.cue.text
        for d, date in enumerate(article.dates):
            assert "".join(dom.texts("data-date", str(d))) == date.span.text


def test_both_seeds_in_one_page(chromium: str, seeds: list[Article], tmp_path: Path) -> None:
    page = tmp_path / "seeds.html"
    page.write_text(render_html(seeds, title="Seed dumps"), encoding="utf-8")
    run = run_chromium(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    dom = Dom(run.stdout)
    assert [a["href"] for a, _ in dom.elements if "href" in a] == ["#article-0", "#article-1"]
    for a, article in enumerate(seeds):
        section = [t for attrs, t in dom.elements if attrs.get("id") == f"article-{a}"]
        assert len(section) == 1
        assert len([1 for attrs, _ in dom.elements if "data-qrow" in attrs and attrs["data-qrow"].startswith(f"{a}-")]) == len(article.quotes)
