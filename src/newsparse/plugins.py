"""The plugin manager: registering plugins and calling them one at a time.

Built-in extractors are plugins like any other, registered under their dotted
module names. Third-party plugins are found through the ``newsparse``
entry-point group. :func:`call_each` is the one place plugin code is called:
it isolates failures, so a broken plugin costs only its own results.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import logging
import threading
import time
import types
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import pluggy

from . import hookspecs
from .errors import PluginError
from .model import Problem, _to_tuple

__all__ = [
    "BUILTIN_PLUGINS",
    "PluginCall",
    "PluginInfo",
    "build_plugin_manager",
    "call_each",
    "hookimpl",
]

log = logging.getLogger(__name__)

#: Marks a function as a hook implementation: ``@hookimpl`` or
#: ``@hookimpl(trylast=True)``. Re-exported as :data:`newsparse.hookimpl`.
hookimpl = pluggy.HookimplMarker("newsparse")

#: The built-in plugins, registered under these names.
BUILTIN_PLUGINS = (
    "newsparse.default_plugins.lexicon_en",
    "newsparse.default_plugins.zones",
    "newsparse.default_plugins.sources",
    "newsparse.default_plugins.quotes",
    "newsparse.default_plugins.dates",
)

#: Tier of an implementation when ranking results: tryfirst > plain > trylast.
TRYFIRST, PLAIN, TRYLAST = 2, 1, 0


@attrs.frozen(kw_only=True)
class PluginInfo:
    """A registered plugin, as :meth:`newsparse.Parser.plugins` lists it."""

    name: str
    hooks: tuple[str, ...] = attrs.field(converter=_to_tuple)
    version: str | None = None  #: the version of the distribution that provides it
    builtin: bool = False


@attrs.frozen(kw_only=True)
class PluginCall:
    """One implementation's result, as :func:`call_each` yields it."""

    plugin: str
    tier: int  #: ``TRYFIRST``, ``PLAIN`` or ``TRYLAST``
    result: Any


def build_plugin_manager(
    plugins: Iterable[object] = (), *, autoload: bool = True, disable: Iterable[str] = ()
) -> pluggy.PluginManager:
    """Create and fill a plugin manager for one Parser.

    Args:
        plugins: extra plugin modules or objects, registered last (so called
            first); a ``(name, plugin)`` pair registers under that name.
        autoload: load plugins installed under the ``newsparse`` entry-point group.
        disable: plugin names to block: built-in module names
            (``newsparse.default_plugins.quotes``) or entry-point names.

    Returns:
        The manager, with every plugin registered and checked.

    Raises:
        PluginError: a plugin implements a hook that does not exist, or wraps one.
    """
    pm = pluggy.PluginManager("newsparse")
    pm.add_hookspecs(hookspecs)
    for name in disable:
        pm.set_blocked(name)
    for name in BUILTIN_PLUGINS:
        if not pm.is_blocked(name):
            pm.register(importlib.import_module(name), name=name)
    if autoload:
        pm.load_setuptools_entrypoints("newsparse")
    for plugin in plugins:
        if isinstance(plugin, tuple):
            name, plugin = plugin
        else:
            name = _default_name(pm, plugin)
        pm.register(plugin, name=name)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as error:
        raise PluginError(str(error), plugin=pm.get_name(error.plugin)) from error
    for hook_name in _hook_names():
        for impl in getattr(pm.hook, hook_name).get_hookimpls():
            if impl.hookwrapper or impl.wrapper:
                raise PluginError(
                    f"plugin {impl.plugin_name!r} wraps {hook_name}; newsparse calls "
                    "plugins one at a time and does not support hook wrappers",
                    plugin=impl.plugin_name,
                    hook=hook_name,
                )
    return pm


def _default_name(pm: pluggy.PluginManager, plugin: object) -> str:
    """A readable name for a plugin passed without one: its module or class path."""
    name = getattr(plugin, "__name__", None)
    if not isinstance(name, str):
        cls = type(plugin)
        name = f"{cls.__module__}.{cls.__qualname__}"
    unique, n = name, 1
    while pm.has_plugin(unique):
        n += 1
        unique = f"{name}#{n}"
    return unique


def _hook_names() -> list[str]:
    return [name for name in hookspecs.__all__ if name.startswith("newsparse_")]


def plugin_infos(pm: pluggy.PluginManager) -> list[PluginInfo]:
    """Describe every plugin registered with ``pm``, sorted by name."""
    versions = {
        pm.get_name(plugin): dist.version for plugin, dist in pm.list_plugin_distinfo()
    }
    infos = []
    for plugin in pm.get_plugins():
        name = pm.get_name(plugin)
        if name is None:
            continue
        hooks = sorted(h.name for h in (pm.get_hookcallers(plugin) or ()))
        infos.append(
            PluginInfo(
                name=name,
                hooks=hooks,
                version=versions.get(name),
                builtin=name in BUILTIN_PLUGINS,
            )
        )
    return sorted(infos, key=lambda info: info.name)


def call_each(
    pm: pluggy.PluginManager,
    hook_name: str,
    kwargs: Mapping[str, Any],
    problems: list[Problem],
    *,
    strict: bool = False,
    timeout: float | None = None,
    collect: bool = True,
) -> Iterator[PluginCall]:
    """Call a hook's implementations one at a time, isolating failures.

    Implementations are called in pluggy's order (``tryfirst`` first, then the
    last registered first), each with only the arguments it declares. An
    iterable result of a collected hook is turned into a tuple inside the call,
    so an error while it is being produced is that plugin's failure too.

    Args:
        pm: the plugin manager.
        hook_name: the hook to call.
        kwargs: every argument of the hook.
        problems: failures are appended here as
            :class:`~newsparse.model.Problem` records.
        strict: raise :exc:`~newsparse.PluginError` instead of recording.
        timeout: seconds an implementation may take; one that takes longer is
            abandoned and recorded as a ``timeout`` problem. ``None``: no limit.
        collect: materialise iterable results (collected hooks).

    Yields:
        A :class:`PluginCall` for every implementation that returned normally and
        not ``None``; a caller after the first result stops iterating.

    Raises:
        PluginError: an implementation failed and ``strict`` is set.
    """
    hook = getattr(pm.hook, hook_name)
    debug = log.isEnabledFor(logging.DEBUG)
    # pluggy stores implementations in reverse call order.
    for impl in reversed(hook.get_hookimpls()):
        args = [*map(kwargs.__getitem__, impl.argnames)]
        started = time.perf_counter() if debug else 0.0
        try:
            if timeout is None:  # (the usual case, without the calls of _run)
                result = impl.function(*args)
                if collect and type(result) is not tuple:
                    # (a list or a generator, the usual results, without the checks of _materialised)
                    result = tuple(result) if type(result) in _ITERABLES else _materialised(result, collect)
            else:
                result = _run(impl.function, args, collect, timeout)
        except _Timeout:
            message = f"{impl.plugin_name} took longer than {timeout} s in {hook_name}"
            if strict:
                raise PluginError(message, plugin=impl.plugin_name, hook=hook_name) from None
            problems.append(
                Problem(kind="timeout", message=message, plugin=impl.plugin_name, hook=hook_name)
            )
            continue
        except Exception as error:
            message = f"{type(error).__name__}: {error}"
            if strict:
                raise PluginError(
                    f"plugin {impl.plugin_name!r} failed in {hook_name}: {message}",
                    plugin=impl.plugin_name,
                    hook=hook_name,
                ) from error
            log.warning("plugin %s failed in %s: %s", impl.plugin_name, hook_name, message)
            problems.append(
                Problem(
                    kind="plugin-error", message=message, plugin=impl.plugin_name, hook=hook_name
                )
            )
            continue
        if debug:
            count = len(result) if isinstance(result, tuple) else int(result is not None)
            log.debug(
                "%s %s: %d item(s) in %.2f ms",
                impl.plugin_name,
                hook_name,
                count,
                (time.perf_counter() - started) * 1000,
            )
        if result is None:
            continue
        tier = TRYFIRST if impl.tryfirst else TRYLAST if impl.trylast else PLAIN
        yield PluginCall(plugin=impl.plugin_name, tier=tier, result=result)


class _Timeout(Exception):
    pass


#: results that :func:`_materialised` turns into tuples, known by their exact type
_ITERABLES = frozenset({list, types.GeneratorType})


def _materialised(result: Any, collect: bool) -> Any:
    if collect and type(result) is not tuple and isinstance(result, Iterable) and not isinstance(result, (str, bytes)):
        return tuple(result)
    return result


def _run(function: Any, args: list[Any], collect: bool, timeout: float | None) -> Any:
    if timeout is None:
        return _materialised(function(*args), collect)

    def call() -> Any:
        return _materialised(function(*args), collect)

    # A daemon thread per call: one that never returns is abandoned, and does
    # not keep the interpreter from exiting.
    outcome: list[Any] = []

    def target() -> None:
        try:
            outcome.append((True, call()))
        except BaseException as error:  # handed back to the calling thread
            outcome.append((False, error))

    thread = threading.Thread(target=target, name="newsparse-plugin", daemon=True)
    thread.start()
    thread.join(timeout)
    if not outcome:
        raise _Timeout
    ok, value = outcome[0]
    if ok:
        return value
    raise value


def distribution_version(name: str) -> str | None:
    """The installed version of a distribution, or ``None``."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None
