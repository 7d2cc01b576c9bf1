"""newsparse: news-portal dumps to structured articles, quotes, sources and dates.

Examples:
    >>> import newsparse
    >>> article = newsparse.parse("Storm hits coast\\n\\nThe storm hit the coast on Monday.\\n")
    >>> article.headline.text
    'Storm hits coast'
"""

from __future__ import annotations

import logging

from .batch import BatchResult, parse_many
from .errors import InputError, NewsparseError, PluginError
from .lexicon import Lexicon
from .model import (
    Agency,
    Article,
    Byline,
    Caption,
    CueVerb,
    Dateline,
    Dump,
    Granularity,
    Line,
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
from .parser import Parser, parse
from .plugins import PluginInfo, hookimpl
from .render import render_html
from .serialize import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json

__all__ = [
    "SCHEMA_VERSION",
    "Agency",
    "Article",
    "BatchResult",
    "Byline",
    "Caption",
    "CueVerb",
    "Dateline",
    "Dump",
    "Granularity",
    "InputError",
    "Lexicon",
    "Line",
    "NewsparseError",
    "Parser",
    "PluginError",
    "PluginInfo",
    "Problem",
    "PublicationDate",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceKind",
    "Span",
    "TimeExpression",
    "TimexType",
    "Zone",
    "ZoneKind",
    "from_dict",
    "from_json",
    "hookimpl",
    "parse",
    "parse_many",
    "render_html",
    "to_dict",
    "to_frames",
    "to_json",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> object:
    # to_frames lives in newsparse.frames, imported on first use so that
    # `import newsparse` never imports pandas (an optional extra).
    if name == "to_frames":
        from .frames import to_frames

        return to_frames
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
