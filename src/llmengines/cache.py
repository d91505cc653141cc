"""The cache directory's entries: checksummed, written atomically, pruned, and never trusted when damaged.

An entry is a header line (format, version, its key, and a checksum of the rest), the records as one line of
JSON, and any further lines of text (the engines' JSON texts, :mod:`llmengines.encoded`). Its key names it: the
SHA-256 of an overlay file's bytes (``overlay-…``), or a name with its own prefix (``merged-…``: a merged dataset;
``stat-…``: a file's digest under its identity; ``schema-…``: the overlay records' validation schema). Losing any
entry only costs speed, so whatever cannot be read or written is a miss, never an error.
"""

from __future__ import annotations

import os

from llmengines import json_text
from llmengines.files import content_digest, user_cache_path

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from typing import Any

FORMAT = 7  # bump whenever what is cached changes shape, or what validation accepts (7: texts, CRC-32)
KEEP = 32  # entries kept; older ones are pruned
PREFIXES = ("merged-", "stat-", "schema-")  # keys that name their entry as they are; any other is an overlay's


def entry_file(key: str) -> str:
    """The path of the entry for ``key``."""
    name = key if key.startswith(PREFIXES) else f"overlay-{key}"
    return os.path.join(user_cache_path(), f"{name}.json")


def any_entry(prefix: str) -> bool:
    """Whether the cache directory holds an entry whose key starts with ``prefix`` (one of :data:`PREFIXES`),
    readable or not."""
    try:
        with os.scandir(user_cache_path()) as entries:
            return any(e.name.startswith(prefix) and e.name.endswith(".json") for e in entries)
    except OSError:
        return False


def writable() -> bool:
    """Whether entries can be written: the cache directory is there (made now if need be) and this user may write
    it."""
    folder = user_cache_path()
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK | os.X_OK)


def get(key: str) -> list[Any] | None:
    """The records cached for ``key``, or None: a miss, which the caller checks again and rewrites."""
    found = read(key)
    return None if found is None else found[0]


def read(key: str) -> tuple[list[Any], list[str]] | None:
    """The records cached for ``key`` and the lines of text after them, or None (a miss).

    Only an entry whose checksum holds is trusted: an edited or truncated entry — even one that is well-formed
    JSON, with a wrong type in it — is a miss, as is anything too deeply nested to read.
    """
    from llmengines import __version__

    try:
        with open(entry_file(key), "rb") as file:
            if not _own(os.fstat(file.fileno())):
                return None
            raw = file.read()
        # Views of the bytes, not copies: a big entry is megabytes, and each copy of it ~1 ms.
        view = memoryview(raw)
        end = raw.find(b"\n")
        entry = json_text.loads(str(view[:end], "utf-8")) if end > 0 else None  # not UTF-8 (damaged): a miss
        if (
            not isinstance(entry, dict)
            or entry.get("format") != FORMAT
            or entry.get("version") != __version__
            or entry.get("sha256") != key
            or entry.get("check") != _check(view[end + 1 :])
        ):
            return None
        lines = raw.find(b"\n", end + 1)
        records = json_text.loads(str(view[end + 1 : lines if lines >= 0 else len(raw)], "utf-8"))
        texts = str(view[lines + 1 :], "utf-8").split("\n") if lines >= 0 else []
    except (OSError, ValueError, RecursionError):
        return None
    return (records, texts) if isinstance(records, list) else None


def put(key: str, records: list[Any], text: str | None = None, *, lines: list[str] | None = None) -> None:
    """Cache ``records`` for ``key``; ``text`` is the same records as JSON text when it is at hand, and ``lines``
    (one-line texts) are stored after them, as :func:`read` gives them back."""
    import contextlib  # here, on a miss: with functools and collections, ~2 ms a cached call would not use

    from llmengines import __version__

    target = entry_file(key)
    try:
        compact = (",", ":")
        body = (json_text.dumps(records, ensure_ascii=False, separators=compact) if text is None else text).encode()
    except UnicodeEncodeError:  # a path with undecodable bytes (a lone surrogate): escaped, it reads back the same
        body = json_text.dumps(records, separators=(",", ":")).encode("ascii")
    if lines and not any("\n" in line for line in lines):  # JSON texts never hold one; anything else is left out
        # a lone surrogate cannot be written: the records are then encoded as usual, each time
        with contextlib.suppress(UnicodeEncodeError):
            body += b"\n" + "\n".join(lines).encode()
    head = {"format": FORMAT, "version": __version__, "sha256": key, "check": _check(body)}
    folder, name = os.path.split(target)
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)  # only its user reads what their overlays say
        # Never another's file (O_EXCL: not one already there, nor a symbolic link), and readable by its user only.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with open(fd, "wb") as file:
            file.write(json_text.dumps(head).encode("ascii") + b"\n" + body)
        os.replace(tmp, target)  # atomic: a concurrent reader sees the old entry or the new one, never half
        _prune(folder)
    except OSError:
        pass  # a read-only or full cache directory only costs speed
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)  # gone after the replace; left only by a failed write


def _prune(folder: str) -> None:
    # The newest KEEP entries of overlays, merges and identities; the schema's apart (each edit of an overlay
    # writes two or three entries, and would otherwise push out the one that makes the next first call quick).
    import contextlib

    for prefixes, keep in ((("overlay-", "merged-", "stat-"), KEEP), (("schema-",), 4)):
        entries = sorted(
            (e for e in os.scandir(folder) if e.name.endswith(".json") and e.name.startswith(prefixes)),
            key=lambda entry: entry.stat().st_mtime,
            reverse=True,
        )
        for old in entries[keep:]:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(old.path)


def _own(info: os.stat_result) -> bool:
    """Whether an entry is this user's own and only they can change it: anything else is a miss. An entry is
    trusted to hold what was checked (a merged dataset, a schema that decides what is valid), so one planted
    in a shared or world-writable cache directory by someone else must not be read."""
    euid = getattr(os, "geteuid", None)
    if euid is None:  # Windows: the directory's ACL decides
        return True
    return info.st_uid == euid() and not info.st_mode & 0o022


def _check(body: bytes | memoryview) -> str:
    # What finds a damaged entry (truncated, edited, a bit flipped): CRC-32 sees every such change but one in 2**32,
    # and zlib loads at once, where the SHA-256 of a large entry would load OpenSSL (~5 ms of a cached call).
    try:
        from zlib import crc32
    except ImportError:  # an interpreter built without zlib
        return content_digest(body)
    return f"crc32:{crc32(body):08x}"
