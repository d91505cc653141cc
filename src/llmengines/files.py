"""Where llmengines keeps the user's files, and reading a data file without trusting it.

Light on purpose (stdlib only): the query path uses it to find overlays and their cache without loading
ruamel.yaml or pydantic.
"""

from __future__ import annotations

import os
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
    """The bytes of a data file; :class:`DataError` (one line) if it is missing, a directory, or too large."""
    from pathlib import Path

    file = str(path)
    p = Path(path)
    try:
        if not p.exists():
            raise DataError(f"{file}: no such file")
        if p.is_dir():
            raise DataError(f"{file}: is a directory, not a data file")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataError(f"{file}: {size} bytes is more than the {MAX_FILE_BYTES} a data file may have")
        # Read no more than the limit allows even when the size says nothing: /dev/zero, /dev/urandom and pipes
        # report 0 bytes and never end, and read_bytes() would read until memory ran out.
        with p.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise DataError(f"{file}: more than the {MAX_FILE_BYTES} bytes a data file may have")
        return data
    except OSError as exc:  # permissions, a vanished file, a FIFO that errors …
        raise DataError(f"{file}: cannot read: {exc.strerror or exc}") from None


def user_data_dir() -> Path:
    """Where ``refresh`` writes its overlay: ``$LLMENGINES_DATA_DIR``, else the platform's user data directory."""
    from pathlib import Path

    return Path(_user_data_dir())


def _user_data_dir() -> str:
    # As a string, so that every run can look for refreshed figures without importing pathlib.
    explicit = os.environ.get("LLMENGINES_DATA_DIR")
    if explicit:
        return explicit
    home = os.path.expanduser("~")
    if sys.platform == "win32":
        return os.path.join(os.environ.get("APPDATA") or os.path.join(home, "AppData", "Roaming"), APP)
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Application Support", APP)
    return os.path.join(os.environ.get("XDG_DATA_HOME") or os.path.join(home, ".local", "share"), APP)


def user_cache_dir() -> Path:
    """Where validated overlays are cached: ``$LLMENGINES_CACHE_DIR``, else the platform's user cache directory."""
    from pathlib import Path

    explicit = os.environ.get("LLMENGINES_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP


def refreshed_path() -> Path:
    """The overlay ``llmengines refresh`` writes (and every invocation then reads)."""
    return user_data_dir() / REFRESHED_FILE


def overlays_configured(cli_paths: tuple[str, ...] | list[str] = ()) -> bool:
    """Whether any overlay applies (``--data``, ``$LLMENGINES_DATA`` or refreshed figures), cheaply."""
    if cli_paths or os.environ.get(ENV_DATA, "").strip(os.pathsep + " "):
        return True
    return os.path.isfile(os.path.join(_user_data_dir(), REFRESHED_FILE))
