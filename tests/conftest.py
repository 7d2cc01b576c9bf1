"""Shared fixtures: parsers without installed plugins, and paths to the shared data."""

from __future__ import annotations

import html
import re
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsparse import Parser
from newsparse.reading import MARKDOWN_LINK_RE
from newsparse.testing import make_parser

#: ../shared/data beside the checkout (CI has it too); tests that need it skip without it.
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEEDS = DATA / "dumps" / "seeds"
SEED_000 = SEEDS / "000_7693a7a7eaa7c0b9.txt"
SEED_004 = SEEDS / "004_15a6c8497f3520fe.txt"


def need(path: Path) -> Path:
    """Skip the test when a shared-data path is missing."""
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


def cpu_seconds(work: Callable[[], object], repeat: int = 3) -> float:
    """The best of ``repeat`` runs of ``work``, in CPU seconds of this process
    (other processes on a shared machine slow a wall clock down, not this)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def assert_linear(small: Callable[[], object], large: Callable[[], object], most: float,
                  slack: float = 0.02, attempts: int = 3) -> None:
    """Fail unless ``large`` takes at most ``most`` times what ``small`` takes (plus ``slack`` s).

    Each is the best of three runs; a busy spell on a shared machine can still
    slow one set down, so a ratio over the bound is measured again (the best
    of each so far counts) before it fails: cost that grows faster than the
    input stays over it however often it is measured.
    """
    t_small = t_large = float("inf")
    for _ in range(attempts):
        t_small, t_large = min(t_small, cpu_seconds(small)), min(t_large, cpu_seconds(large))
        if t_large <= most * t_small + slack:
            return
    raise AssertionError(f"{t_small:.4f}s -> {t_large:.4f}s: over {most:g}x")


def wrap(text: str, width: int, indent: str = "") -> str:
    """``text`` as a text-mode browser or ``html2text`` leaves it: each line broken at ``width``."""
    out = []
    for line in text.splitlines():
        out += textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False,
                             break_long_words=False) if line.strip() else [line]
    return "\n".join(out) + "\n"


def markdown(text: str) -> str:
    """``text`` as ``html2text`` writes a page: some names linked, a heading mark on the first line."""
    linked = re.sub(r"\b(Putin|Xinhua|CCTV|Moon Jae-in|Trump|KCNA|United Nations)\b",
                    lambda m: f"[{m[1]}](https://example.com/{m[1].replace(' ', '_')})", text)
    return "# " + linked.replace("Related Stories", "**Related Stories**")


def entities(text: str) -> str:
    """``text`` as a naive scraper leaves it: every quotation mark an HTML entity."""
    return text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace('"', "&quot;")


#: The forms other tools save a page in: each must give what the copied page gives.
SAVED_FORMS = {
    "wrapped at 50": lambda text: wrap(text, 50, "   "),
    "wrapped at 64": lambda text: wrap(text, 64, "   "),
    "wrapped at 78": lambda text: wrap(text, 78, "   "),
    "markdown": markdown,
    "entities": entities,
}


def as_shown(text: str) -> str:
    """A span's text as a page shows it, to compare the saved forms with the copied page."""
    return " ".join(MARKDOWN_LINK_RE.sub(r"\g<text>", html.unescape(text)).removeprefix("# ").split())


@pytest.fixture(scope="session")
def parser() -> Parser:
    """A Parser with the built-in plugins only (installed plugins are not loaded)."""
    return make_parser()


@pytest.fixture
def seed_000() -> str:
    return need(SEED_000).read_text(encoding="utf-8")


@pytest.fixture
def seed_004() -> str:
    return need(SEED_004).read_text(encoding="utf-8")
