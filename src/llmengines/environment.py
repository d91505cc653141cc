"""What the process is talking to: a terminal or a pipe, with or without colour, at what width and encoding.

One object decides all of it, so that every renderer behaves the same way (the idea is httpie's).
"""

from __future__ import annotations

import codecs
import os
import sys
from typing import TextIO

from llmengines.record_class import Frozen, record


@record(frozen=True, slots=True)
class Environment(Frozen):
    """Terminal facts for one invocation."""

    stdout_isatty: bool
    color: bool
    width: int
    unicode: bool  # can stdout encode box drawing, ✓ and ▇?

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
        return cls(stdout_isatty=isatty, color=color, width=width, unicode=_can_encode(out, "┃✓✗▇…·"))

    def plain(self) -> Environment:
        """The same environment without colour: for text that goes into data formats."""
        return Environment(self.stdout_isatty, False, self.width, self.unicode)

    @property
    def interactive(self) -> bool:
        """Whether output is for a person (tables) rather than a program (tab-separated values)."""
        return self.stdout_isatty


def _width(isatty: bool) -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), 20)
    if isatty:
        import shutil  # only on a terminal: it imports compression modules besides

        return max(shutil.get_terminal_size((100, 24)).columns, 20)
    return 100


def _can_encode(stream: TextIO, sample: str) -> bool:
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        codecs.lookup(encoding)
        sample.encode(encoding)
    except (LookupError, UnicodeEncodeError):
        return False
    return True
