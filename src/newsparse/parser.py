"""The Parser: read -> zone -> extract -> merge -> Article.

A :class:`Parser` owns its plugin manager and lexicon, built once; parsing an
article only calls the plugins. :func:`parse` uses a default Parser built on
first use.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import os
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from . import merge
from .errors import InputError, PluginError
from .lexicon import Lexicon, merge_lexicon
from .metadata import build_zones, read_metadata
from .model import (
    Article,
    Dump,
    Problem,
    PublicationDate,
    Quote,
    Source,
    SourceKind,
    TimeExpression,
    Zone,
    ZoneKind,
)
from .plugins import PluginInfo, build_plugin_manager, call_each, plugin_infos
from .reading import DEFAULT_MAX_SIZE, read_dump

__all__ = ["Parser", "parse"]

DateLike = dt.date | str | None


class Parser:
    """Parses dumps into Articles with a fixed set of plugins.

    Build one Parser and reuse it: building loads the plugins and compiles the
    lexicon; parsing is cheap. A Parser is safe to use from several threads.

    Args:
        plugins: extra plugin modules or objects (or ``(name, plugin)`` pairs),
            called before installed and built-in ones.
        autoload: load plugins installed under the ``newsparse`` entry-point group.
        disable: names of plugins to leave out, built-in
            (``newsparse.default_plugins.quotes``) or installed (the entry-point name).
        strict: raise :exc:`~newsparse.PluginError` when a plugin fails instead
            of recording the failure on the Article.
        max_size: the largest input accepted (bytes, or characters for ``str``).
        plugin_timeout: seconds one plugin call may take before it is abandoned
            and recorded as a problem; ``None`` for no limit (the fastest).

    Raises:
        PluginError: a plugin implements an unknown hook or wraps one.

    Examples:
        >>> parser = Parser(autoload=False)
        >>> article = parser.parse("Rain ends drought\\n\\nIt rained on Monday, officials said.\\n")
        >>> article.headline.text
        'Rain ends drought'
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object] = (),
        autoload: bool = True,
        disable: Iterable[str] = (),
        strict: bool = False,
        max_size: int = DEFAULT_MAX_SIZE,
        plugin_timeout: float | None = None,
    ) -> None:
        self.strict = strict
        self.max_size = max_size
        self.plugin_timeout = plugin_timeout
        self._pm = build_plugin_manager(plugins, autoload=autoload, disable=disable)
        problems: list[Problem] = []
        self.lexicon: Lexicon = merge_lexicon(
            cue_verbs=[(c.plugin, c.result) for c in self._call("newsparse_cue_verbs", {}, problems)],
            agencies=[(c.plugin, c.result) for c in self._call("newsparse_agencies", {}, problems)],
        )
        #: Problems met while building (a lexicon plugin that failed); every
        #: Article parsed with this Parser repeats them.
        self.problems: tuple[Problem, ...] = tuple(problems)

    @property
    def plugin_manager(self) -> Any:
        """The underlying :class:`pluggy.PluginManager` (for inspection)."""
        return self._pm

    def plugins(self) -> list[PluginInfo]:
        """The registered plugins: name, hooks and distribution version."""
        return plugin_infos(self._pm)

    def _call(self, hook: str, kwargs: dict[str, Any], problems: list[Problem], collect: bool = True) -> Any:
        return call_each(
            self._pm,
            hook,
            kwargs,
            problems,
            strict=self.strict,
            timeout=self.plugin_timeout,
            collect=collect,
        )

    def parse(
        self,
        data: str | bytes | os.PathLike[str],
        *,
        publication_date: DateLike = None,
        url: str | None = None,
        name: str | None = None,
    ) -> Article:
        """Parse one dump.

        Args:
            data: the dump: ``str``, ``bytes`` (decoded: UTF-8, UTF-16/32 with a
                BOM, else cp1252) or a path.
            publication_date: the date to resolve relative dates against, as a
                :class:`datetime.date` or an ISO string; overrides what the dump says.
            url: the page's address, when known.
            name: a name for the input (a path is its own name).

        Returns:
            The Article. Plugin failures are in ``article.problems``.

        Raises:
            InputError: the input is binary, too large or unreadable, or
                ``publication_date`` is not a date.
            PluginError: a plugin failed and the Parser is strict.
        """
        given_date = _as_date(publication_date)
        size = len(data) if isinstance(data, (str, bytes)) else _GC_PAUSE_AT + 1
        if size > _GC_PAUSE_AT:
            with _gc_paused():
                return self._parse(data, given_date, url, name)
        return self._parse(data, given_date, url, name)

    def _parse(
        self, data: str | bytes | os.PathLike[str], given_date: dt.date | None, url: str | None, name: str | None
    ) -> Article:
        dump = read_dump(data, name=name, url=url, max_size=self.max_size)
        problems: list[Problem] = [*self.problems, *dump.problems]

        zones = self._zone(dump, problems)
        if given_date is not None:
            pub: PublicationDate | None = (
                _caller_date(given_date) if type(given_date) is dt.date
                else PublicationDate(value=given_date, origin="caller")
            )
        else:
            pub = self._publication_date(dump, zones, problems)

        fields = read_metadata(dump, zones)
        fields.update(
            text=dump.text, name=dump.name, url=dump.url, encoding=dump.encoding, zones=zones, publication_date=pub
        )
        article = Article(**fields)
        text = dump.text
        sources = merge.merge_items(
            merge.validate(
                self._call("newsparse_extract_sources", {"article": article, "lexicon": self.lexicon}, problems),
                Source, text, "newsparse_extract_sources", problems, _stamp,
            ),
            exclusive=False,
        )
        quotes = merge.merge_items(
            merge.validate(
                self._call(
                    "newsparse_extract_quotes",
                    {"article": article, "lexicon": self.lexicon, "sources": sources},
                    problems,
                ),
                Quote, text, "newsparse_extract_quotes", problems, _stamp,
            ),
            exclusive=True,
        )
        dates = merge.merge_items(
            merge.validate(
                self._call("newsparse_extract_dates", {"article": article, "anchor": pub}, problems),
                TimeExpression, text, "newsparse_extract_dates", problems, _stamp,
            ),
            exclusive=True,
        )
        publisher = article.publisher
        if publisher is None:
            publisher = next((s.name for s in sources if s.kind is SourceKind.PUBLISHER), None)
        if not (sources or quotes or dates or problems) and publisher is article.publisher:
            return article  # (nothing found: the draft has every field the Article would have)
        # (made anew from the same fields: cheaper than attrs.evolve, which reads them back)
        fields.update(sources=sources, quotes=quotes, dates=dates, publisher=publisher, problems=problems)
        return Article(**fields)

    def _zone(self, dump: Dump, problems: list[Problem]) -> tuple[Zone, ...]:
        hook = "newsparse_zone_lines"
        for call in self._call(hook, {"dump": dump}, problems, collect=False):
            try:
                kinds = list(call.result)
                if set(map(type, kinds)) - {ZoneKind}:  # strings from a plugin: convert
                    kinds = [ZoneKind(kind) for kind in kinds]
            except (TypeError, ValueError) as error:
                message = f"unusable zoning: {error}"
            else:
                if len(kinds) == len(dump.lines):
                    return build_zones(dump, kinds)
                message = f"returned {len(kinds)} zone kinds for {len(dump.lines)} lines"
            if self.strict:
                raise PluginError(message, plugin=call.plugin, hook=hook)
            problems.append(Problem(kind="invalid-result", message=message, plugin=call.plugin, hook=hook))
        # No zoner answered (all disabled or failing): keep every line, as other.
        return build_zones(dump, [ZoneKind.OTHER] * len(dump.lines))

    def _publication_date(
        self, dump: Dump, zones: tuple[Zone, ...], problems: list[Problem]
    ) -> PublicationDate | None:
        hook = "newsparse_publication_date"
        for call in self._call(hook, {"dump": dump, "zones": zones}, problems, collect=False):
            value = call.result
            if isinstance(value, PublicationDate):
                error = None if value.span is None else merge.span_error(value.span, dump.text)
                if error is None:
                    return attrs.evolve(value, origin=call.plugin)
            else:
                error = f"returned a {type(value).__name__}, expected PublicationDate"
            problems.append(Problem(kind="invalid-result", message=error, plugin=call.plugin, hook=hook))
        return None


#: Inputs larger than this (characters or bytes) are parsed with the cyclic
#: garbage collector paused.
_GC_PAUSE_AT = 20_000


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    # A large dump makes hundreds of thousands of small objects (a tuple per
    # line, spans, zones) in one burst. Each burst sets off the cyclic collector
    # again and again, and each pass walks the whole heap, so a large dump would
    # cost more per byte than a small one. These objects hold no cycles that
    # need collecting now: pause the collector and restore it after.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _stamp(item: Any, plugin: str) -> Any:
    # A plugin may set its own name already (the built-ins do): no copy then.
    return item if item.origin == plugin else attrs.evolve(item, origin=plugin)


@functools.lru_cache(maxsize=64)
def _caller_date(value: dt.date) -> PublicationDate:
    # The caller's date, made once for the many dumps of one day (a PublicationDate
    # is immutable: Articles can share it).
    return PublicationDate(value=value, origin="caller")


def _as_date(value: DateLike) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InputError(f"publication_date must be a date or an ISO date string, not {value!r}")


_default: Parser | None = None
_default_lock = threading.Lock()


def default_parser() -> Parser:
    """The Parser :func:`parse` uses: built on first use, with installed plugins."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Parser()
    return _default


def parse(
    data: str | bytes | os.PathLike[str],
    *,
    publication_date: DateLike = None,
    url: str | None = None,
    name: str | None = None,
) -> Article:
    """Parse one dump with the default Parser (installed plugins included).

    Args:
        data: the dump as ``str``, ``bytes`` or a path.
        publication_date: overrides the date the dump gives (date or ISO string).
        url: the page's address, when known.
        name: a name for the input.

    Returns:
        The parsed :class:`~newsparse.Article`.

    Raises:
        InputError: the input cannot be read as text.

    Examples:
        >>> import newsparse
        >>> article = newsparse.parse(
        ...     "Storm hits coast\\n\\nThe storm hit on Monday, officials said.\\n",
        ...     publication_date="2017-09-07",
        ... )
        >>> article.publication_date.value
        datetime.date(2017, 9, 7)
    """
    return default_parser().parse(data, publication_date=publication_date, url=url, name=name)
