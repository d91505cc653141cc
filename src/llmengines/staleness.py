"""Staleness said once: a line on stderr when the newest source of an answer is more than a year old.

Only on a terminal's stderr by default (``$LLMENGINES_STALENESS``: ``auto``, ``always`` or ``never``): stdout
stays data, and scripts and tests that read stderr are not told the same thing on every run. The clock is the
real one; ``$LLMENGINES_TODAY`` (YYYY-MM-DD) sets it, for tests.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    import datetime as dt

    from llmengines.models import Dataset

ENV_MODE = "LLMENGINES_STALENESS"
ENV_TODAY = "LLMENGINES_TODAY"
MAX_AGE_DAYS = 365


def today() -> dt.date:
    """Today, or the day ``$LLMENGINES_TODAY`` names."""
    import datetime as dt  # here: most runs never ask (stderr is not a terminal)

    given = os.environ.get(ENV_TODAY, "").strip()
    if given:
        try:
            return dt.date.fromisoformat(given)
        except ValueError:
            pass
    return dt.date.today()


def _day(text: str) -> dt.date | None:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text if len(text) == 10 else f"{text}-01")
    except ValueError:
        return None


def newest(dataset: Dataset) -> tuple[dt.date, str] | None:
    """The newest date among the dataset's sources and its figures (refreshed or from the user's files)."""
    from llmengines.editions import newest_date

    found: list[tuple[dt.date, str]] = []
    day = _day(newest_date(dataset))
    if day is not None:
        label = next((s.label for s in dataset.sources if s.date == newest_date(dataset)), "the survey")
        found.append((day, f"{label} ({day.isoformat()})"))
    for e in dataset.engines:
        stamp = _day(e.stars_as_of) if e.stars_as_of and len(e.stars_as_of) == 10 else None
        if stamp is not None:
            found.append((stamp, f"GitHub figures of {stamp.isoformat()}"))
    return max(found) if found else None


def note(dataset: Dataset) -> str | None:
    """The line to print, or None when the answer's newest source is recent enough."""
    latest = newest(dataset)
    if latest is None:
        return None
    age = (today() - latest[0]).days
    if age <= MAX_AGE_DAYS:
        return None
    return (
        f"note: the newest source of this answer is {latest[1]}, {age} days old; 'llmengines refresh' updates "
        "GitHub stars and releases (support cells and prices come from the survey's sources only)"
    )


def maybe_warn(dataset: Dataset) -> None:
    """Print :func:`note` on stderr if it applies and the mode allows (see the module docstring)."""
    mode = os.environ.get(ENV_MODE, "auto").strip().casefold()
    if mode == "never" or (mode != "always" and not _tty()):
        return
    if dataset.edition is not None:  # an earlier state was asked for (--source, --as-of): its age is the point
        return
    line = note(dataset)
    if line:
        if _tty():  # wrapped for the person reading it: a long line would overflow a narrow terminal
            import textwrap

            line = textwrap.fill(line, width=max(_width(), 40), subsequent_indent="  ")
        sys.stderr.write(line + "\n")


def _width() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (AttributeError, ValueError, OSError):
        return 80


def _tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
