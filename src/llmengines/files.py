"""Where llmengines keeps the user's files, and reading a data file without trusting it.

Light on purpose (stdlib only): the query path uses it to find overlays and their cache without loading
ruamel.yaml or pydantic.
"""

from __future__ import annotations

import errno
import os
import stat
import sys

from llmengines.errors import DataError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

MAX_FILE_BYTES = 16 * 1024 * 1024  # a data file larger than this is a mistake, not a dataset

APP = "llmengines"
ENV_DATA = "LLMENGINES_DATA"  # overlay files every command loads, os.pathsep-separated
REFRESHED_FILE = "refreshed.yaml"  # what `llmengines refresh` writes in the user data directory


def read_checked(path: str | Path) -> bytes:
    """The bytes of a data file; :class:`DataError` (one line) if it is missing, a directory, or too large.

    A path that is not a regular file (a named pipe, ``/dev/stdin``, a device) is read without blocking and
    within :data:`STREAM_SECONDS`: opening a named pipe nobody writes to would otherwise wait for ever.
    """
    return read_with_identity(path)[0]


def read_with_identity(path: str | Path) -> tuple[bytes, list[int] | None]:
    """:func:`read_checked`'s bytes, and the :func:`file_identity` of the file they were read from, as the open
    descriptor gives it before and after the read (None if it changed meanwhile, or for anything but a file)."""
    file = str(path)
    if not file:
        raise DataError("'': an empty path names no file (an empty --data?)")
    name = _as_read(file)
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise DataError(f"{file}: no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DataError(f"{file}: a loop of symbolic links (each points, in the end, back to itself)") from None
        raise DataError(f"{file}: cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise DataError(f"{file}: is a directory, not a data file")
    if stat.S_ISSOCK(info.st_mode):
        raise DataError(f"{file}: is a socket, not a data file")
    if info.st_size > MAX_FILE_BYTES:
        raise DataError(f"{file}: {info.st_size} bytes is more than the {MAX_FILE_BYTES} a data file may have")
    identity = None
    try:
        if stat.S_ISREG(info.st_mode):
            # Read no more than the limit allows even if the file grows meanwhile.
            with open(name, "rb") as handle:
                before = _identity(os.fstat(handle.fileno()))
                data = handle.read(MAX_FILE_BYTES + 1)
                if before is not None and _identity(os.fstat(handle.fileno())) == before:
                    identity = before
        else:
            data = _read_stream(file)
    except OSError as exc:  # permissions, a vanished file …
        raise DataError(f"{file}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise DataError(f"{file}: more than the {MAX_FILE_BYTES} bytes a data file may have")
    if not data and not stat.S_ISREG(info.st_mode):
        raise DataError(f"{file}: not a regular file, and nothing was written to it")
    return data, identity


def content_digest(raw: bytes | memoryview) -> str:
    """The SHA-256 of ``raw``, in hex: what the caches key a file's content by."""
    # hashlib loads OpenSSL (~10 ms) and then hashes at ~1 GB/s; CPython's own SHA-256 module (_sha256 on 3.11,
    # _sha2 from 3.12) loads at once and hashes at ~100 MB/s: the same digest, the quicker way for small inputs.
    if len(raw) < 512 * 1024:
        for name in ("_sha256", "_sha2"):
            try:
                module = __import__(name)
            except ImportError:
                continue
            small: str = module.sha256(raw).hexdigest()
            return small
    import hashlib

    return hashlib.sha256(raw).hexdigest()


def file_identity(path: str) -> list[int] | None:
    """What changes whenever a regular file is written: device, inode, size, and modification and change times
    (ns); None for anything else, or a file this process cannot open (:func:`read_checked` then says why).

    The file is opened, as a read opens it: so a file its user may not read has no identity to look its content
    up by, and on NFS the open asks the server (close-to-open) where a bare ``stat`` may answer from a cache. The
    change time cannot be set back (``touch -d`` and ``cp -p`` set it to now), so a file rewritten, replaced or
    restored with its old modification time has another identity; :mod:`llmengines.overlays` caches a file's
    digest under it only once the file is some seconds old (git's "racy" rule).
    """
    file = str(path)
    if not file:
        return None
    name = _as_read(file)
    try:
        if not stat.S_ISREG(os.stat(name).st_mode):
            return None  # never opened: a named pipe's writer would see a reader come and go
        # O_NONBLOCK: should the name be swapped for a named pipe meanwhile, the open still returns at once
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        return _identity(os.fstat(fd))
    except OSError:
        return None
    finally:
        os.close(fd)


def _identity(info: os.stat_result) -> list[int] | None:
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
        return None
    return [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def _as_read(file: str) -> str:
    # The name as pathlib reads it ('data.yaml/' and 'data.yaml/.' name the file); plain names go without it.
    return file if _pathlib_normal(file) else _pathlib_name(file)


def _pathlib_name(file: str) -> str:
    from pathlib import Path

    return str(Path(file))


STREAM_SECONDS = 10.0  # how long a pipe or device may take to deliver a whole data file


def _read_stream(file: str) -> bytes:
    """A pipe's or device's bytes, up to one more than the limit, without ever blocking past the deadline."""
    import select
    import time

    fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        deadline = time.monotonic() + STREAM_SECONDS
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_FILE_BYTES:
            chunk: bytes | None
            try:
                chunk = os.read(fd, min(1 << 20, MAX_FILE_BYTES + 1 - size))
            except BlockingIOError:
                chunk = None
            if chunk is None:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([fd], [], [], left)[0]:
                    raise DataError(f"{file}: no complete data within {STREAM_SECONDS:g} s (a pipe nobody closes?)")
                continue
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _home() -> Path:
    """The home directory; the account's own if ``$HOME`` is empty or relative."""
    from pathlib import Path

    return Path(_home_str())


def _home_str() -> str:
    # As a string, so that every run can look for refreshed figures without importing pathlib.
    home = os.path.expanduser("~")
    if os.path.isabs(home):
        return home
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, OSError):
        return home


def _xdg(name: str, default: Path) -> Path:
    # The XDG base directory specification: a relative path in these variables is invalid and is ignored.
    from pathlib import Path

    value = os.environ.get(name, "")
    return Path(value) if value and os.path.isabs(value) else default


def _xdg_str(name: str, default: str) -> str:
    value = os.environ.get(name, "")
    return value if value and os.path.isabs(value) else default


def user_data_dir() -> Path:
    """Where ``refresh`` writes its overlay: ``$LLMENGINES_DATA_DIR``, else the platform's user data directory."""
    from pathlib import Path

    return Path(_user_data_dir())


def _user_data_dir() -> str:
    # As a string, so that every run can look for refreshed figures without importing pathlib.
    explicit = os.environ.get("LLMENGINES_DATA_DIR")
    if explicit:
        return explicit
    home = _home_str()
    if sys.platform == "win32":
        return os.path.join(os.environ.get("APPDATA") or os.path.join(home, "AppData", "Roaming"), APP)
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Application Support", APP)
    return os.path.join(_xdg_str("XDG_DATA_HOME", os.path.join(home, ".local", "share")), APP)


def user_cache_dir() -> Path:
    """Where validated overlays are cached: ``$LLMENGINES_CACHE_DIR``, else the platform's user cache directory."""
    from pathlib import Path

    return Path(user_cache_path())


def user_cache_path() -> str:
    """:func:`user_cache_dir` as a string: a cached overlay query does not import pathlib."""
    explicit = os.environ.get("LLMENGINES_CACHE_DIR")
    if explicit:
        return explicit
    if sys.platform == "win32":
        home = os.path.expanduser("~")
        return os.path.join(os.environ.get("LOCALAPPDATA") or os.path.join(home, "AppData", "Local"), APP, "Cache")
    if sys.platform == "darwin":
        return os.path.join(os.path.expanduser("~"), "Library", "Caches", APP)
    return os.path.join(_xdg_str("XDG_CACHE_HOME", os.path.join(_home_str(), ".cache")), APP)


def refreshed_path() -> Path:
    """The overlay ``llmengines refresh`` writes (and every invocation then reads)."""
    return user_data_dir() / REFRESHED_FILE


def refreshed_file() -> str:
    """``str(refreshed_path())``, without importing pathlib for a folder name pathlib would leave as it is."""
    folder = _user_data_dir()
    if _pathlib_normal(folder):
        return os.path.join(folder, REFRESHED_FILE)
    return str(refreshed_path())


def _pathlib_normal(name: str) -> bool:
    # What pathlib writes back unchanged: no empty or '.' component, no trailing separator, one kind of separator.
    if not name or (os.altsep and os.altsep in name):
        return False
    parts = name.split(os.sep)
    return all(part not in ("", ".") for part in (parts[1:] if name.startswith(os.sep) else parts))


def overlays_configured(cli_paths: tuple[str, ...] | list[str] = ()) -> bool:
    """Whether any overlay applies (``--data``, ``$LLMENGINES_DATA`` or refreshed figures), cheaply."""
    if cli_paths or os.environ.get(ENV_DATA, "").strip(os.pathsep + " "):
        return True
    return os.path.isfile(os.path.join(_user_data_dir(), REFRESHED_FILE))
