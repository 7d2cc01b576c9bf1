"""The exceptions newsparse raises.

Everything newsparse raises on purpose derives from :class:`NewsparseError`, so
``except newsparse.NewsparseError`` catches bad input and strict-mode plugin
failures alike. What went wrong without stopping the parse is recorded as a
:class:`~newsparse.model.Problem` on the Article instead.
"""

from __future__ import annotations

__all__ = ["InputError", "NewsparseError", "PluginError"]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class InputError(NewsparseError, ValueError):
    """The input cannot be read as a text dump: binary data, too large, ...

    The message names the problem and, when known, the input.
    """


class PluginError(NewsparseError):
    """A plugin failed and the Parser is strict, or a plugin is unusable.

    Raised when a ``Parser(strict=True)`` meets a plugin that raises or returns
    something invalid, and when building a Parser whose plugins break the
    contract (a misspelt hook name, a hook wrapper).
    """

    def __init__(self, message: str, *, plugin: str | None = None, hook: str | None = None):
        super().__init__(message)
        self.plugin = plugin
        self.hook = hook
