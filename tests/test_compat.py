"""The package works on the oldest Python that ``pyproject.toml`` admits.

CI runs one Python. Python 3.10's ``re`` reads neither possessive quantifiers
(``\\w++``) nor atomic groups (``(?>...)``): a pattern compiled at import with
either makes ``import newsparse`` fail there. The ``regex`` module reads both
on every Python, so only the standard ``re`` patterns are checked.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import newsparse

ROOT = Path(__file__).resolve().parents[1]


def _oldest_python() -> tuple[int, int]:
    # (read with a pattern: ``tomllib`` is no module of Python 3.10)
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^requires-python\s*=\s*">=\s*3\.(\d+)"', text, re.MULTILINE)
    assert found, "pyproject.toml: requires-python is not of the form '>=3.N'"
    return 3, int(found.group(1))


def _re_patterns() -> dict[str, re.Pattern[str]]:
    """Every standard-library text pattern a newsparse module holds at module level (in containers too)."""
    found: dict[str, re.Pattern[str]] = {}

    def collect(name: str, value: object, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            if isinstance(value.pattern, str):  # (a bytes pattern is read the same way: skipped)
                found[name] = value
        elif depth < 2 and isinstance(value, (tuple, list)):
            for i, item in enumerate(value):
                collect(f"{name}[{i}]", item, depth + 1)
        elif depth < 2 and isinstance(value, dict):
            for key, item in value.items():
                collect(f"{name}[{key!r}]", item, depth + 1)

    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name in ("newsparse.dask", "newsparse.frames", "newsparse.__main__"):
            continue  # (optional extras: their patterns, if any, are not compiled at import)
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            collect(f"{info.name}.{attr}", value)
    return found


def _newer_syntax(pattern: str) -> str | None:
    """A possessive quantifier or an atomic group in ``pattern`` (outside classes and escapes)."""
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # (a ``]`` first in a class is a character)
                i += 1
        elif pattern.startswith("(?>", i):
            return pattern[max(0, i - 10) : i + 3]
        elif c in "*+?}" and pattern[i + 1 : i + 2] == "+" and not (c == "?" and pattern[i - 1 : i] in "*+?}"):
            return pattern[max(0, i - 10) : i + 2]
        i += 1
    return None


def test_newer_syntax_is_found():
    assert _newer_syntax(r"\w++x") == r"\w++"
    assert _newer_syntax(r"(?>ab)c") == "(?>"
    assert _newer_syntax(r"a{2}+") == "a{2}+"
    assert _newer_syntax(r"\w+(?:[’'\-&.+]\w+)*|[^\w\s]") is None  # (a ``+`` in a class)
    assert _newer_syntax(r"a+?b\++c") is None  # (lazy, then an escaped ``+`` repeated)


@pytest.mark.skipif(_oldest_python() >= (3, 11), reason="every admitted Python reads the newer syntax")
def test_re_patterns_compile_on_the_oldest_python():
    patterns = _re_patterns()
    assert len(patterns) > 40  # (the walk found the plugins' patterns)
    newer = {name: where for name, p in patterns.items() if (where := _newer_syntax(p.pattern))}
    assert newer == {}, f"Python {'.'.join(map(str, _oldest_python()))} cannot compile these: {newer}"
