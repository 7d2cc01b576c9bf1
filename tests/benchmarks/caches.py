"""The caches keyed on text that the built-in plugins keep between dumps.

Shared by ``bench.py`` and ``scaling_run.py`` (which imports it only after its
clock has started, as it does newsparse). As a plugin, this module empties
those caches in whichever process parses a dump of a new pass over the inputs
(see :func:`newsparse_zone_lines`), so that ``parse_many``'s workers read each
pass as new text, as ``bench.py`` does with :func:`forget_text` in its own
process.
"""

from __future__ import annotations

from newsparse import hookimpl
from newsparse.default_plugins import quotes as quotes_plugin
from newsparse.default_plugins import zones as zones_plugin

#: the pass of the last dump this process parsed
_pass: str | None = None


def forget_text() -> None:
    """Empty the caches keyed on text that the built-in plugins keep between dumps.

    The zoner remembers what it read off each short line (a site's furniture
    repeats from one page to the next) and attribution the names it has split.
    A pass over texts already parsed finds every line and name there, which a
    run over millions of distinct dumps does not: timed passes start with
    these caches empty, so that they read new text. What stays warm is what a
    long run keeps: compiled patterns, lexicon tables, dateparser's data.
    """
    zones_plugin._LINE_CACHE.clear()
    zones_plugin._TITLE_CACHE.clear()
    quotes_plugin._name_tokens.cache_clear()
    quotes_plugin._titled_name.cache_clear()


@hookimpl(tryfirst=True)
def newsparse_zone_lines(dump):  # type: ignore[no-untyped-def]
    """Before a dump named ``PASS/NAME`` of a pass this process has not seen: :func:`forget_text`.

    Zones nothing (the built-in zoner does): runs first, so before any cache is read.
    """
    global _pass
    this = (dump.name or "").partition("/")[0]
    if this != _pass:
        _pass = this
        forget_text()
    return None
