"""The documentation covers the public API and every hook, and builds cleanly."""

from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import hookspecs

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def reference_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (DOCS / "reference").glob("*.rst"))


def hooks():
    return [getattr(hookspecs, name) for name in hookspecs.__all__ if name.startswith("newsparse_")]


@pytest.mark.parametrize("hook", hooks(), ids=lambda h: h.__name__)
def test_every_hook_is_documented(hook):
    doc = inspect.getdoc(hook) or ""
    assert "Returns:" in doc, f"{hook.__name__} has no Returns: section"
    if inspect.signature(hook).parameters:
        assert "Args:" in doc, f"{hook.__name__} has no Args: section"
    assert "Called once" in doc, f"{hook.__name__} does not say when it is called"
    assert f"autofunction:: {hook.__name__}" in reference_text()


@pytest.mark.parametrize("name", newsparse.__all__)
def test_every_public_name_is_in_the_reference(name):
    text = reference_text()
    assert f":: {name}\n" in text or f":: {name} " in text or f"newsparse.{name}" in text, name
    obj = getattr(newsparse, name)
    if inspect.isclass(obj) or inspect.isfunction(obj):
        assert inspect.getdoc(obj), f"{name} has no docstring"


def test_sphinx_build_is_clean(tmp_path):
    if shutil.which("sphinx-build") is None and not _has_sphinx():
        pytest.skip("sphinx is not installed (pip install newsparse[docs])")
    run = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-n", "--keep-going", "-q", "-b", "html",
         str(DOCS), str(tmp_path / "html")],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-4000:]


def _has_sphinx() -> bool:
    try:
        import sphinx  # noqa: F401
    except ImportError:
        return False
    return True
