"""The state of one invocation and what every command asks of it: the dataset, its provenance, the terminal.

Light on purpose (no Typer, no Rich): both ways of running a command — the Typer app (:mod:`llmengines.app`) and
the fast path (:mod:`llmengines.fast`) — set the global options here and the commands read them from here.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from llmengines.environment import Environment
    from llmengines.formats import OutputFormat
    from llmengines.models import Dataset
    from llmengines.overlays import Loaded, Provenance
    from llmengines.render import Document, Grid, Records


class State:
    """The global options (``--no-color``, ``--debug``, ``--data``), before or after the command."""

    __slots__ = ("data", "debug", "loaded", "no_color")

    def __init__(self) -> None:
        self.no_color = False
        self.debug = False
        self.data: tuple[str, ...] = ()  # --data FILE, in order
        self.loaded: Loaded | None = None  # the merged dataset, built on first use


state = State()


def reset() -> None:
    """Every run starts from the defaults: main() runs many times in one process (tests), and an option such as
    --debug must not carry over to a run that fails before the options are read again."""
    state.__init__()  # type: ignore[misc]


def set_globals(*, no_color: bool = False, debug: bool = False, data: Sequence[str] | None = None) -> None:
    """Apply global options; given again after the command they add to those before it (``--data`` appends)."""
    state.no_color = state.no_color or no_color
    state.debug = state.debug or debug
    if data:
        state.data = (*state.data, *data)
    state.loaded = None


def current_dataset() -> Dataset:
    """The dataset every command answers from: the bundled survey data with the user's overlays merged in."""
    if state.loaded is None:
        from llmengines.files import overlays_configured

        if not overlays_configured(state.data):  # the common case, without loading the overlay machinery
            from llmengines.dataset import bundled

            return bundled()
    return _loaded().dataset


def current_provenance() -> Provenance:
    """Where each value of :func:`current_dataset` comes from (the survey or an overlay file), for the views.

    ``current_provenance().origin(engine.id, "hardware.nvidia")`` is None for the survey's value, else the file.
    """
    return _loaded().provenance


def _loaded() -> Loaded:
    if state.loaded is None:
        from llmengines.overlays import load

        state.loaded = load(state.data)
    return state.loaded


def env() -> Environment:
    """The terminal facts of this invocation (honouring --no-color)."""
    from llmengines.environment import Environment

    return Environment.detect(no_color=state.no_color)


def output(
    make: Callable[[Environment], Records | Document | Grid],
    fmt: OutputFormat | None,
    json_flag: bool,
    fields: str | None,
    svg: Path | None = None,
) -> None:
    """Choose the format, build the result for it (colour only for tables), and write it to stdout.

    With ``svg``, the table view is also rendered, in colour, to that file.
    """
    from llmengines.formats import OutputFormat
    from llmengines.render import choose_format, emit, parse_fields, save_svg

    here = env()
    chosen = choose_format(fmt, json_flag, here)
    selected = parse_fields(fields)
    if svg is not None:  # first: a picture that cannot be saved fails the command before stdout gets data
        save_svg(make, selected, svg)
    emit(make(here if chosen is OutputFormat.TABLE else here.plain()), chosen, here, selected)
