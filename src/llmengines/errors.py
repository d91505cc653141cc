"""Errors people can act on, and the exit codes they map to.

Every error the CLI reports is one of these: one line on stderr, a documented exit code, no traceback.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit statuses of the ``llmengines`` command (documented in ``--help`` and the README)."""

    OK = 0
    INTERNAL = 1  # a bug: one line and a hint to report it (the traceback under --debug)
    USAGE = 2  # unknown option, engine, hardware, precision or technique; bad argument
    DATA = 3  # a data file that cannot be read or does not validate
    INTERRUPTED = 130  # Ctrl-C


class LlmEnginesError(Exception):
    """Base of every error that is reported to people as one line."""

    exit_code: ExitCode = ExitCode.INTERNAL


class UsageError(LlmEnginesError):
    """The command line asks for something that does not exist or does not make sense."""

    exit_code = ExitCode.USAGE


class UnknownNameError(UsageError):
    """A name that matches no id or alias of its kind, with the closest spellings."""

    def __init__(self, kind: str, text: str, suggestions: list[tuple[str, str]]) -> None:
        self.kind = kind
        self.text = text
        self.suggestions = suggestions
        super().__init__(self._message())

    def _message(self) -> str:
        message = f"unknown {self.kind} {self.text!r}"
        if self.suggestions:
            shown = [
                repr(spelling) if spelling == canonical else f"{spelling!r} ({canonical})"
                for spelling, canonical in self.suggestions
            ]
            message += " — did you mean " + " or ".join(shown) + "?"
        return message


class OutputError(UsageError):
    """Stdout or stderr cannot be written (closed, full, an I/O error): ``cannot write output: …``."""


class DataError(LlmEnginesError):
    """A data file that cannot be read or does not validate; ``problems`` lists each one located."""

    exit_code = ExitCode.DATA

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = problems or []
        super().__init__(message)
