"""A pager for tables taller than the terminal, as git and gh do it.

Only for a table on a terminal (never in a pipe, never for data formats), only when the table does not fit on
one screen (what ``less -F`` would decide, decided here so that short output starts no process at all), and
never with ``--no-pager``. The pager is ``$LLMENGINES_PAGER``, else ``$PAGER``, else ``less -FRX`` where there is
a ``less``; an empty value or ``cat`` means none.
"""

from __future__ import annotations

import os
import sys

try:  # the C module: signal.py builds enums (an import of enum) that this never uses
    import _signal  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - an interpreter without it
    import signal as _signal

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

DEFAULT = ("less", "-FRX")  # -F: quit if one screen; -R: keep colours; -X: leave the table on the screen
OFF = ("", "cat")


def pager_command() -> list[str] | None:
    """The pager to run, as an argument list; None for none."""
    command = _configured()
    if not isinstance(command, tuple):  # not DEFAULT
        return command
    import shutil  # it imports compression modules besides: show() leaves the search to posix_spawnp

    less = shutil.which(DEFAULT[0])
    return [less, *DEFAULT[1:]] if less else None


def _configured() -> list[str] | tuple[str, ...] | None:
    """The pager the environment asks for (None: none), or :data:`DEFAULT` where it asks for none in particular."""
    for variable in ("LLMENGINES_PAGER", "PAGER"):
        value = os.environ.get(variable)
        if value is not None:
            value = value.strip()
            if value in OFF:
                return None
            import shlex

            try:
                return shlex.split(value)
            except ValueError:  # an open quote: not a command we can run
                return None
    return DEFAULT


def fits(text: str) -> bool:
    """Whether ``text`` fits on one screen of the terminal (``LINES`` wins, as for the width)."""
    from llmengines.environment import terminal_size

    rows = terminal_size((80, 24))[1]
    return text.count("\n") < max(rows, 1)


def show(text: str, encoding: str | None = None) -> None:
    """Write ``text`` to stdout, through the pager if it does not fit on the screen.

    If the pager cannot be started the text is written directly. While the pager runs, Ctrl-C belongs to it
    (as with git): our process waits for it instead of ending under it.
    """
    if fits(text) or not _is_terminal():  # first: most tables fit
        sys.stdout.write(text)
        return
    configured = _configured()
    if not configured:
        sys.stdout.write(text)
        return
    command = list(configured)  # the default found on $PATH when it is started, as pager_command() finds it
    sys.stdout.flush()
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # for a bare `less` in $PAGER too
    try:
        wait = _start(command, env)
    except OSError:
        sys.stdout.write(text)
        return
    previous = _ignore_interrupts()
    try:
        wait(text.encode(encoding or "utf-8", "replace"))
    finally:
        if previous is not None:
            _signal.signal(_signal.SIGINT, previous)


def _ignore_interrupts() -> Any:
    """Ignore Ctrl-C (it is the pager's now) and return the handler it had; None where that cannot be done."""
    try:
        return _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
    except ValueError:  # not the main thread (a library caller): Ctrl-C stays as it is
        return None


def _start(command: list[str], env: dict[str, str]) -> Callable[[bytes], None]:
    """Start ``command`` reading a pipe (OSError if it cannot be); the function that feeds it and waits for it.

    ``os.posix_spawnp`` where there is one: :mod:`subprocess` costs an import of several milliseconds. As
    ``subprocess.Popen`` does by default, the pager gets SIGPIPE and SIGXFSZ back at their defaults (Python
    ignores them); the descriptors Python opened are not inheritable, so it gets the pipe and our stdout/stderr.
    """
    spawn = getattr(os, "posix_spawnp", None)
    if spawn is None:  # pragma: no cover - Windows
        return _popen(command, env)
    read, write = os.pipe()
    defaults = [getattr(_signal, name) for name in ("SIGPIPE", "SIGXFSZ") if hasattr(_signal, name)]
    try:
        pid = spawn(command[0], command, env, file_actions=[(os.POSIX_SPAWN_DUP2, read, 0)], setsigdef=defaults)
    except BaseException:
        os.close(write)
        raise
    finally:
        os.close(read)

    def feed_and_wait(data: bytes) -> None:
        try:
            rest = memoryview(data)
            while rest:
                rest = rest[os.write(write, rest) :]
        except BrokenPipeError:  # the reader quit before reading everything: that is fine
            pass
        finally:
            os.close(write)
        os.waitpid(pid, 0)

    return feed_and_wait


def _popen(command: list[str], env: dict[str, str]) -> Callable[[bytes], None]:  # pragma: no cover - Windows
    import subprocess

    process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)

    def feed_and_wait(data: bytes) -> None:
        assert process.stdin is not None
        try:
            process.stdin.write(data)
            process.stdin.close()
        except BrokenPipeError:
            pass
        process.wait()

    return feed_and_wait


def _is_terminal() -> bool:
    # The stream itself, whatever the caller was told: a pager on anything but a terminal only gets in the way.
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
