"""Errors people can act on, and the exit codes they map to.

Every error the CLI reports is one of these: one line on stderr, a documented exit code, no traceback.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from enum import IntEnum
    from typing import Any


class Status:
    """Exit statuses of the ``llmengines`` command (documented in ``--help`` and the reference), as ints.

    :class:`ExitCode` is the same as an ``IntEnum``, made when first asked for: a run raises and exits with
    these and never imports :mod:`enum` (~4 ms here, with the ``functools`` and ``collections`` it imports).
    """

    OK = 0
    INTERNAL = 1  # a bug: one line and a hint to report it (the traceback under --debug)
    USAGE = 2  # unknown option, engine, hardware, precision or technique; bad argument
    DATA = 3  # a data file that cannot be read or does not validate
    INTERRUPTED = 130  # Ctrl-C


def _statuses() -> dict[str, int]:
    return {name: value for name, value in vars(Status).items() if name.isupper()}


if TYPE_CHECKING:

    class ExitCode(IntEnum):  # what ``__getattr__`` makes (tests/test_errors.py checks they agree)
        OK = 0
        INTERNAL = 1
        USAGE = 2
        DATA = 3
        INTERRUPTED = 130

else:

    def __getattr__(name: str) -> object:
        if name == "ExitCode":
            return _exit_code_enum()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _exit_code_enum() -> type[ExitCode]:
    made: Any = globals().get("ExitCode")
    if made is None:
        from enum import IntEnum

        factory: Any = IntEnum  # the functional API, which type checkers cannot follow
        made = factory("ExitCode", _statuses(), module=__name__, qualname="ExitCode")
        made.__doc__ = "Exit statuses of the ``llmengines`` command: :class:`Status` as an ``IntEnum``."
        globals()["ExitCode"] = made
    return made  # type: ignore[no-any-return]


class LlmEnginesError(Exception):
    """Base of every error that is reported to people as one line; ``status`` is its exit status."""

    status: int = Status.INTERNAL

    @property
    def exit_code(self) -> ExitCode:
        """The exit status as an :class:`ExitCode` (which imports enum: the CLI itself uses ``status``)."""
        return _exit_code_enum()(self.status)


class UsageError(LlmEnginesError):
    """The command line asks for something that does not exist or does not make sense."""

    status = Status.USAGE


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

    status = Status.DATA

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = problems or []
        super().__init__(message)
