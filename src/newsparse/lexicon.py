"""The lexicon: cue verbs and known sources, merged from every plugin once.

A :class:`Lexicon` is built once per :class:`~newsparse.Parser` from the
``newsparse_cue_verbs`` and ``newsparse_agencies`` hooks and handed to the
extractors with every article. Extractors compile their lexicon-dependent
patterns through :meth:`Lexicon.compiled`, so each pattern is built once per
Parser, never per article.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs
import regex

from .model import Agency, CueVerb, _to_tuple

__all__ = ["Lexicon", "merge_lexicon", "words_pattern"]

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class Lexicon:
    """Cue verbs and known sources, as every plugin contributed them.

    Examples:
        >>> lex = merge_lexicon(cue_verbs=[("p", ["said", "told"])], agencies=[])
        >>> sorted(lex.cue_words)
        ['said', 'told']
        >>> lex.cue_class("Said")
        'speech'
    """

    cue_verbs: tuple[CueVerb, ...] = attrs.field(converter=_to_tuple, default=())
    agencies: tuple[Agency, ...] = attrs.field(converter=_to_tuple, default=())
    _cache: dict[Any, Any] = attrs.field(
        factory=dict, init=False, repr=False, eq=False, hash=False
    )
    _lock: threading.Lock = attrs.field(
        factory=threading.Lock, init=False, repr=False, eq=False, hash=False
    )

    @property
    def cue_words(self) -> frozenset[str]:
        """Every cue word or phrase, lower-cased."""
        return self.compiled("cue_words", lambda: frozenset(c.text.lower() for c in self.cue_verbs))

    def cue_class(self, word: str) -> str | None:
        """The class of a cue word (``speech``, ``belief``, ...), or ``None``."""
        classes = self.compiled(
            "cue_classes", lambda: {c.text.lower(): c.cue_class for c in self.cue_verbs}
        )
        return classes.get(" ".join(word.lower().split()))

    def agency(self, alias: str) -> Agency | None:
        """The agency known by this name or alias (case-insensitive), or ``None``."""
        index = self.compiled(
            "agency_index",
            lambda: {a.casefold(): agency for agency in self.agencies for a in (agency.name, *agency.aliases)},
        )
        return index.get(" ".join(alias.split()).casefold())

    def compiled(self, key: Any, build: Callable[[], T]) -> T:
        """Build a value from this lexicon once and keep it.

        Extractors use it for patterns that depend on the lexicon::

            pattern = lexicon.compiled("quotes.cue", lambda: words_pattern(lexicon.cue_words))

        Args:
            key: names the value; use your module name as a prefix.
            build: makes the value; called at most once per key and lexicon.

        Returns:
            The value ``build`` returned the first time.
        """
        try:
            return self._cache[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]  # type: ignore[no-any-return]


def words_pattern(words: Iterable[str], *, flags: int = regex.IGNORECASE) -> regex.Pattern[str]:
    """A compiled pattern matching any of ``words`` as whole words, longest first.

    Uses a ``regex`` named list, which matches in time independent of the list's
    length. An empty list gives a pattern that never matches (a bare named list
    with no entries would match the empty string everywhere).

    Examples:
        >>> words_pattern(["said", "according to"]).findall("He said, according to AP.")
        ['said', 'according to']
        >>> words_pattern([]).search("anything") is None
        True
    """
    options = sorted({" ".join(w.split()) for w in words if w.strip()}, key=len, reverse=True)
    if not options:
        return regex.compile(r"(?!)")
    phrases = [o.replace(" ", "\\s+") if " " in o else None for o in options]
    # Named lists match literal strings; phrases need flexible white space, so
    # they go in an alternation (few of them), single words in the named list.
    singles = [o for o, p in zip(options, phrases) if p is None]
    multi = [regex.escape(o).replace("\\ ", r"\s+") for o, p in zip(options, phrases) if p]
    alternatives = multi + ([r"\L<words>"] if singles else [])
    return regex.compile(
        r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", flags, words=singles
    )


def merge_lexicon(
    *,
    cue_verbs: Iterable[tuple[str, Iterable[str | CueVerb]]],
    agencies: Iterable[tuple[str, Iterable[Agency]]],
) -> Lexicon:
    """Merge what the lexicon hooks returned, plugin by plugin.

    Cue verbs merge by union (the first class given to a word wins, in plugin
    name order). Agencies are keyed by their case-folded name, with aliases
    combined; an alias claimed by two agencies warns and stays with the agency
    whose name sorts first.

    Args:
        cue_verbs: ``(plugin name, words)`` pairs; a plain ``str`` is a speech cue.
        agencies: ``(plugin name, agencies)`` pairs.

    Returns:
        The merged lexicon.
    """
    cues: dict[str, CueVerb] = {}
    for _plugin, words in sorted(cue_verbs, key=lambda pair: pair[0]):
        for word in words:
            cue = word if isinstance(word, CueVerb) else CueVerb(text=str(word))
            key = " ".join(cue.text.lower().split())
            if key and key not in cues:
                cues[key] = CueVerb(text=key, cue_class=cue.cue_class)

    by_name: dict[str, Agency] = {}
    for _plugin, found in sorted(agencies, key=lambda pair: pair[0]):
        for agency in found:
            key = agency.name.casefold()
            if key in by_name:
                known = by_name[key]
                aliases = dict.fromkeys((*known.aliases, *agency.aliases))
                by_name[key] = attrs.evolve(known, aliases=tuple(aliases))
            else:
                by_name[key] = agency
    owner: dict[str, str] = {}
    merged = []
    for key in sorted(by_name):
        agency = by_name[key]
        kept = []
        for alias in agency.aliases:
            folded = alias.casefold()
            if folded in owner and owner[folded] != key:
                warnings.warn(
                    f"alias {alias!r} is claimed by {owner[folded]!r} and {key!r}; "
                    f"keeping it for {owner[folded]!r}",
                    stacklevel=2,
                )
                continue
            owner[folded] = key
            kept.append(alias)
        merged.append(attrs.evolve(agency, aliases=tuple(kept)))
    return Lexicon(cue_verbs=cues.values(), agencies=merged)
