"""The state of one invocation and what every command asks of it: the dataset, its provenance, the terminal.

Light on purpose (no Typer, no Rich): both ways of running a command — the Typer app (:mod:`llmengines.app`) and
the fast path (:mod:`llmengines.fast`) — set the global options here and the commands read them from here.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path
    from typing import Any

    from llmengines.environment import Environment
    from llmengines.formats import OutputFormat
    from llmengines.models import Dataset
    from llmengines.overlays import Loaded
    from llmengines.provenance import Provenance
    from llmengines.render import Document, Grid, Records


class State:
    """The global options (``--no-color``, ``--debug``, ``--data``, ``--source``, ``--as-of``), before or after
    the command, and what the run loaded."""

    __slots__ = ("answered", "as_of", "data", "debug", "loaded", "no_color", "source")

    def __init__(self) -> None:
        self.no_color = False
        self.debug = False
        self.data: tuple[str, ...] = ()  # --data FILE, in order
        self.source: str | None = None  # --source NAME: the dataset as that source left it
        self.as_of: str | None = None  # --as-of DATE: the dataset as its sources stood on that day
        self.loaded: Loaded | None = None  # the merged dataset, built on first use
        self.answered: Dataset | None = None  # the dataset this run answered from (for the staleness note)


state = State()


def reset() -> None:
    """Every run starts from the defaults: main() runs many times in one process (tests), and an option such as
    --debug must not carry over to a run that fails before the options are read again."""
    state.__init__()  # type: ignore[misc]


def set_globals(
    *,
    no_color: bool = False,
    debug: bool = False,
    data: Sequence[str] | None = None,
    source: str | None = None,
    as_of: str | None = None,
) -> None:
    """Apply global options; given again after the command they add to those before it (``--data`` appends,
    ``--source`` and ``--as-of`` after the command replace those before it)."""
    state.no_color = state.no_color or no_color
    state.debug = state.debug or debug
    if data:
        state.data = (*state.data, *data)
    if source is not None:
        state.source = source
    if as_of is not None:
        state.as_of = as_of
    state.loaded = None


def current_dataset() -> Dataset:
    """The dataset every command answers from: the bundled survey data with the user's overlays merged in."""
    if state.loaded is None and _bundled_only():  # the common case, without loading the overlay machinery
        from llmengines.dataset import bundled

        state.answered = bundled()
        return state.answered
    state.answered = _loaded().dataset
    return state.answered


def current_provenance() -> Provenance:
    """Where each value of :func:`current_dataset` comes from (the survey or an overlay file), for the views.

    ``current_provenance().origin(engine.id, "hardware.nvidia")`` is None for the survey's value, else the file.
    """
    if state.loaded is None and _bundled_only():
        from llmengines.provenance import Provenance

        return Provenance()  # every value is the survey's: no overlay machinery for that
    return _loaded().provenance


def _bundled_only() -> bool:
    """Whether this run answers from the bundled dataset alone (no overlay, no earlier edition)."""
    from llmengines.files import overlays_configured

    return not overlays_configured(state.data) and state.source is None and state.as_of is None


def _loaded() -> Loaded:
    if state.loaded is None:
        from llmengines.overlays import load

        base = edition_base()
        # An earlier edition is the sources' state then: today's refreshed figures are not part of it.
        state.loaded = load(state.data, refreshed=base is None, base=base)
    return state.loaded


def loaded() -> Loaded:
    """The merged dataset with its provenance (built on first use)."""
    return _loaded()


def edition_base() -> dict[str, Any] | None:
    """The bundled dataset as ``--source`` / ``--as-of`` ask for it, or None for the default (newest) view."""
    if state.source is None and state.as_of is None:
        return None
    from llmengines import editions
    from llmengines.dataset import bundled, bundled_dict
    from llmengines.errors import UsageError

    if state.source is not None and state.as_of is not None:
        raise UsageError("give --source or --as-of, not both")
    dataset = bundled()
    if state.source is not None:
        layer = editions.resolve_source(dataset, state.source)
    else:
        layer = editions.source_as_of(dataset, state.as_of or "")
    return editions.at(bundled_dict(), layer.id)


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
    *,
    no_pager: bool = True,
    texts: Callable[[], list[str] | None] | None = None,
) -> None:
    """Choose the format, build the result for it (colour only for tables), and write it to stdout.

    With ``svg``, the table view is also rendered, in colour, to that file. Unless ``no_pager``, a table taller
    than the terminal goes through the pager (commands that take ``--no-pager`` pass it on). Then, on stderr, the
    field names when ``--fields help`` asked for them, and the staleness note of the dataset answered from.

    ``texts``, where given, gives the JSON text of each record ``make`` would make, if every one is known (or
    None): a JSON array of all the fields of more than :data:`~llmengines.render.LARGE_TABLE` records is then
    written from them, as :func:`~llmengines.render.dumps_records` would write it, without making the records.
    """
    from llmengines.formats import OutputFormat
    from llmengines.render import (
        asks_for_field_list,
        choose_format,
        dumps_texts,
        emit,
        field_list_note,
        parse_fields,
        save_svg,
        write,
    )

    here = env()
    chosen = choose_format(fmt, json_flag, here)
    selected = parse_fields(fields)
    if svg is not None:  # first: a picture that cannot be saved fails the command before stdout gets data
        save_svg(make, selected, svg)
    known = texts() if chosen is OutputFormat.JSON and selected is None and texts is not None else None
    array = None if known is None else dumps_texts(known, here)
    if array is not None:
        write(array + "\n", here)
        result = None
    else:
        result = make(here if chosen is OutputFormat.TABLE else here.plain())
        emit(result, chosen, here, selected, page=not no_pager)
    if result is not None and asks_for_field_list(selected) and (note := field_list_note(result, chosen)):
        import sys

        sys.stderr.write(f"{note}\n")
    if state.answered is not None:
        from llmengines.staleness import maybe_warn

        maybe_warn(state.answered)
