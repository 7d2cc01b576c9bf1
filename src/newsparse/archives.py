"""Dumps inside tar and zip archives, read without unpacking them.

Millions of small files are slow to copy and to list; dumps are usually
shipped as archives (``dumps.tar.gz``, ``dumps.zip``). :func:`read_archive`
yields each dump of one as a ``(name, bytes)`` pair, which is what
:func:`newsparse.parse_many` and :meth:`newsparse.Parser.parse` take::

    from newsparse import parse_many
    from newsparse.archives import read_archive

    for result in parse_many(read_archive("dumps.tar.gz"), jobs=4):
        ...

A member's name is the archive's path, a slash and the member's path inside it
(``dumps.tar.gz/2017/04/a.txt``), as :class:`zipfile.Path` names them: unique,
so ``newsparse parse --resume`` can skip the members already parsed.

Members are read one at a time, in the archive's order (a compressed tar can
only be read from start to end), and at most one member's bytes are held.
A member is decompressed again when it is itself gzip, bzip2 or xz data
(:func:`newsparse.reading.decompress`).
"""

from __future__ import annotations

import fnmatch
import os
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath

from .errors import InputError
from .reading import DEFAULT_MAX_SIZE

__all__ = ["ARCHIVE_SUFFIXES", "archive_members", "is_archive", "name_matches", "read_archive"]

#: The file name endings read as archives.
ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".zip")
#: The endings of compressed files, left out when a name is matched against a pattern
#: (``a.txt.gz`` is a ``*.txt`` dump).
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")


def is_archive(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a tar or zip archive (by its ending, see :data:`ARCHIVE_SUFFIXES`).

    Examples:
        >>> is_archive("dumps.tar.gz"), is_archive("DUMPS.ZIP"), is_archive("a.txt.gz")
        (True, True, False)
    """
    return os.fspath(path).lower().endswith(ARCHIVE_SUFFIXES)


def name_matches(name: str, pattern: str) -> bool:
    """Whether a file name matches a glob pattern, compressed or not.

    Examples:
        >>> name_matches("a.txt", "*.txt"), name_matches("a.txt.gz", "*.txt"), name_matches("a.html", "*.txt")
        (True, True, False)
    """
    if fnmatch.fnmatch(name, pattern):
        return True
    for suffix in COMPRESSED_SUFFIXES:
        if name.endswith(suffix) and fnmatch.fnmatch(name[: -len(suffix)], pattern):
            return True
    return False


def _wanted(member: str, pattern: str) -> bool:
    parts = PurePosixPath(member).parts
    # hidden files and folders are left out, as in a directory; so is the resource-fork
    # folder macOS adds to zip files
    if not parts or any(part.startswith(".") or part == "__MACOSX" for part in parts):
        return False
    return name_matches(parts[-1], pattern)


def archive_members(path: str | os.PathLike[str], pattern: str = "*.txt") -> Iterator[str]:
    """The names of the dumps in an archive, as :func:`read_archive` yields them.

    Listing a compressed tar's members decompresses all of it (the list is
    spread through the file); a zip's list is read from its end.

    Args:
        path: the archive.
        pattern: which members to take (a glob on the member's file name; a
            compressed member ``a.txt.gz`` matches ``*.txt``).

    Yields:
        ``"ARCHIVE/MEMBER"`` for each matching file member, in the archive's order.

    Raises:
        InputError: the archive cannot be read (the names yielded before the
            damage stay yielded).
    """
    return (name for name, _ in _members(path, pattern, read=False))


def read_archive(
    path: str | os.PathLike[str], pattern: str = "*.txt", *, max_size: int = DEFAULT_MAX_SIZE
) -> Iterator[tuple[str, bytes]]:
    """The dumps in a tar or zip archive, one at a time, as ``(name, bytes)``.

    Args:
        path: the archive (tar, compressed or not, or zip).
        pattern: which members to take (a glob on the member's file name; a
            compressed member ``a.txt.gz`` matches ``*.txt``).
        max_size: the most bytes read of one member: a larger member is cut
            there (so the parser, with the same limit, refuses it by name
            instead of this holding all of it).

    Yields:
        ``("ARCHIVE/MEMBER", data)`` for each matching file member, in the
        archive's order. Folders, links and hidden files are left out.

    Raises:
        InputError: the archive cannot be read (missing, not an archive,
            corrupt); members yielded before the damage stay yielded.

    Examples:
        >>> import io, tarfile, tempfile, os
        >>> folder = tempfile.mkdtemp()
        >>> archive = os.path.join(folder, "dumps.tar.gz")
        >>> with tarfile.open(archive, "w:gz") as tar:
        ...     data = b"Storm hits coast\\n\\nIt rained.\\n"
        ...     member = tarfile.TarInfo("day1/a.txt")
        ...     member.size = len(data)
        ...     tar.addfile(member, io.BytesIO(data))
        >>> [(name[len(folder) + 1:], data[:16]) for name, data in read_archive(archive)]
        [('dumps.tar.gz/day1/a.txt', b'Storm hits coast')]
    """
    return _members(path, pattern, read=True, max_size=max_size)


def _member_name(archive: str, member: str) -> str:
    """``ARCHIVE/MEMBER``, without the ``./`` that ``tar -C folder .`` puts before every member."""
    while member.startswith("./"):
        member = member[2:]
    return f"{archive}/{member}"


def _members(
    path: str | os.PathLike[str], pattern: str, *, read: bool, max_size: int = DEFAULT_MAX_SIZE
) -> Iterator[tuple[str, bytes]]:
    where = os.fspath(path)
    try:
        if zipfile.is_zipfile(where):
            with zipfile.ZipFile(where) as archive:
                for entry in archive.infolist():
                    if entry.is_dir() or not _wanted(entry.filename, pattern):
                        continue
                    if not read:
                        yield _member_name(where, entry.filename), b""
                        continue
                    with archive.open(entry) as member:
                        yield _member_name(where, entry.filename), member.read(max_size + 1)
            return
        # "r|*": read as a stream, start to end, whatever the compression
        with tarfile.open(where, "r|*") as tar:
            for info in tar:
                if not info.isfile() or not _wanted(info.name, pattern):
                    continue
                if not read:
                    yield _member_name(where, info.name), b""
                    continue
                handle = tar.extractfile(info)
                yield _member_name(where, info.name), handle.read(max_size + 1) if handle else b""
    except (OSError, EOFError, tarfile.TarError, zipfile.BadZipFile, RuntimeError) as error:
        raise InputError(f"cannot read the archive {where}: {error}") from error
