"""Sphinx configuration for the newsparse docs.

Build with ``sphinx-build -W -n docs docs/_build/html`` against the installed
package (no ``sys.path`` tricks).
"""

from importlib.metadata import version as _version

project = "newsparse"
author = "newsparse developers"
copyright = "2026, newsparse developers"
release = _version("newsparse")
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

# Offline builds: no intersphinx (CI has no network beyond package registries),
# so references into the standard library and dependencies are not resolvable.
nitpicky = True
nitpick_ignore_regex = [
    # standard library and third-party types named in annotations
    ("py:class", r"(datetime|os|io|collections\.abc|typing|enum|threading|pluggy|attrs|attr|regex|re|pandas|dask|pathlib|argparse)\..*"),
    ("py:class", r"(str|int|float|bool|bytes|object|dict|list|tuple|set|frozenset|type|None|Any|T|TypeVar|Exception|ValueError|IO)"),
    ("py:(class|obj|data)", r"(optional|Iterable|Iterator|Sequence|Mapping|Callable)"),
    ("py:(class|exc|func|meth|mod|obj|data)", r"(datetime|os|io|pluggy|attrs|dateparser|regex|json|re|pandas|dask)(\..*)?"),
    # annotation aliases defined in our modules, shown by name only
    ("py:class", r"(DateLike|Candidate|PathLike|newsparse\..*\.T)"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"newsparse {release}"
html_static_path = ["_static"]
exclude_patterns = ["_build"]
