"""What the process is talking to: a terminal or a pipe, with or without colour, at what width and encoding.

One object decides all of it, so that every renderer behaves the same way (the idea is httpie's).
"""

from __future__ import annotations

import codecs
import os
import sys

from llmengines.record_class import Frozen, record

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from typing import TextIO


@record(frozen=True, slots=True)
class Environment(Frozen):
    """Terminal facts for one invocation."""

    stdout_isatty: bool
    color: bool
    width: int
    unicode: bool  # can stdout encode box drawing, ✓ and ▇?
    width_given: bool = False  # COLUMNS is set: tables fit that width even in a pipe

    @classmethod
    def detect(cls, *, no_color: bool = False, stdout: TextIO | None = None) -> Environment:
        """Read the environment: ``NO_COLOR`` / ``TERM=dumb`` / ``--no-color`` turn colour off, ``FORCE_COLOR`` on."""
        out = stdout if stdout is not None else sys.stdout
        try:
            isatty = out.isatty()
        except (AttributeError, ValueError):
            isatty = False
        force = bool(os.environ.get("FORCE_COLOR"))
        off = no_color or bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
        color = not off and (isatty or force)
        width = _width(isatty)
        return cls(
            stdout_isatty=isatty,
            color=color,
            width=width,
            unicode=_can_encode(out, "┃✓✗▇…·"),
            width_given=_columns() is not None,
        )

    def plain(self) -> Environment:
        """The same environment without colour: for text that goes into data formats."""
        return Environment(self.stdout_isatty, False, self.width, self.unicode, self.width_given)

    @property
    def table_width(self) -> int | None:
        """The width a table must fit: the terminal's, or ``COLUMNS`` in a pipe; None for as wide as it is."""
        return self.width if self.stdout_isatty or self.width_given else None

    @property
    def interactive(self) -> bool:
        """Whether output is for a person (tables) rather than a program (tab-separated values)."""
        return self.stdout_isatty


MAX_WIDTH = 10_000  # wider than any terminal; a larger COLUMNS is taken as this


def ignore_bad_terminal_sizes() -> None:
    """Drop ``COLUMNS`` and ``LINES`` from the environment unless each is a plain positive number.

    Rich, Click and :func:`shutil.get_terminal_size` read them, and some call ``int()`` on anything
    ``str.isdigit()`` accepts — ``COLUMNS=²`` was a crash in every command. An unusable value is ignored,
    as if it were not set (the terminal's own size, or the pipe's default, applies).
    """
    for name in ("COLUMNS", "LINES"):
        value = os.environ.get(name)
        if value is not None and _size(value) is None:
            del os.environ[name]


def _size(text: str) -> int | None:
    # ASCII digits only, and few enough of them to be a size ('²' and '٣' are digits to str.isdigit()).
    if not (text.isascii() and text.isdigit()) or len(text) > 9 or int(text) <= 0:
        return None
    return min(int(text), MAX_WIDTH)


def _columns() -> int | None:
    """``COLUMNS`` when it is a usable size (at least 20), else None."""
    columns = _size(os.environ.get("COLUMNS", ""))
    return None if columns is None else max(columns, 20)


def _width(isatty: bool) -> int:
    columns = _columns()
    if columns is not None:
        return columns
    if isatty:
        try:
            return min(max(terminal_size((100, 24))[0], 20), MAX_WIDTH)
        except (ValueError, OSError):
            return 100
    return 100


def terminal_size(fallback: tuple[int, int]) -> tuple[int, int]:
    """(columns, lines) as :func:`shutil.get_terminal_size` gives them, without importing :mod:`shutil` (and the
    compression modules it imports: ~3 ms of every table on a terminal)."""
    sizes = []
    for name in ("COLUMNS", "LINES"):
        try:
            sizes.append(int(os.environ[name]))
        except (KeyError, ValueError):
            sizes.append(0)
    columns, lines = sizes
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return columns, lines


def _can_encode(stream: TextIO, sample: str) -> bool:
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        codecs.lookup(encoding)
        sample.encode(encoding)
    except (LookupError, UnicodeEncodeError):
        return False
    return True
