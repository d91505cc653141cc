"""A pager for tables taller than the terminal, as git and gh do it.

Only for a table on a terminal (never in a pipe, never for data formats), only when the table does not fit on
one screen (what ``less -F`` would decide, decided here so that short output starts no process at all), and
never with ``--no-pager``. The pager is ``$LLMENGINES_PAGER``, else ``$PAGER``, else ``less -FRX`` where there is
a ``less``; an empty value or ``cat`` means none.
"""

from __future__ import annotations

import os
import shutil
import sys

DEFAULT = ("less", "-FRX")  # -F: quit if one screen; -R: keep colours; -X: leave the table on the screen
OFF = ("", "cat")


def pager_command() -> list[str] | None:
    """The pager to run, as an argument list; None for none."""
    import shlex

    for variable in ("LLMENGINES_PAGER", "PAGER"):
        value = os.environ.get(variable)
        if value is not None:
            value = value.strip()
            if value in OFF:
                return None
            try:
                return shlex.split(value)
            except ValueError:  # an open quote: not a command we can run
                return None
    less = shutil.which(DEFAULT[0])
    return [less, *DEFAULT[1:]] if less else None


def fits(text: str) -> bool:
    """Whether ``text`` fits on one screen of the terminal (``LINES`` wins, as for the width)."""
    rows = shutil.get_terminal_size((80, 24)).lines
    return text.count("\n") < max(rows, 1)


def show(text: str, encoding: str | None = None) -> None:
    """Write ``text`` to stdout, through the pager if it does not fit on the screen.

    If the pager cannot be started the text is written directly. While the pager runs, Ctrl-C belongs to it
    (as with git): our process waits for it instead of ending under it.
    """
    command = pager_command()
    if command is None or fits(text) or not _is_terminal():
        sys.stdout.write(text)
        return
    import signal
    import subprocess

    sys.stdout.flush()
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # for a bare `less` in $PAGER too
    try:
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        sys.stdout.write(text)
        return
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread (a library caller): Ctrl-C stays as it is
        previous = None
    try:
        assert pager.stdin is not None
        try:
            pager.stdin.write(text.encode(encoding or "utf-8", "replace"))
            pager.stdin.close()
        except BrokenPipeError:  # the reader quit before reading everything: that is fine
            pass
        pager.wait()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _is_terminal() -> bool:
    # The stream itself, whatever the caller was told: a pager on anything but a terminal only gets in the way.
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
