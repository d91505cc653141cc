"""``changes``: what differs between two sources (or dates) of the dataset."""

from __future__ import annotations

from llmengines.registry import EXIT_CODES_HELP, command
from llmengines.session import output

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Annotated

    import typer

    from llmengines.options import FieldsOption, FormatOption, JsonOption, SvgOption


def _source(name: str | None, default: str) -> str:
    from llmengines import editions
    from llmengines.dataset import bundled

    dataset = bundled()
    if name is None:
        return default
    if len(name) == 10 and name[4] == "-" and name[:4].isdigit():
        return editions.source_as_of(dataset, name).id
    return editions.resolve_source(dataset, name).id


@command("changes", epilog=EXIT_CODES_HELP)
def changes_command(
    *,
    older: Annotated[
        str | None,
        typer.Option(
            "--from", metavar="SOURCE|DATE", help="The earlier state (default: list, as published).", show_default=False
        ),
    ] = None,
    newer: Annotated[
        str | None,
        typer.Option(
            "--to", metavar="SOURCE|DATE", help="The later state (default: the newest source).", show_default=False
        ),
    ] = None,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
) -> None:
    """List what differs between two sources of the dataset (or its state on two dates), cell by cell.

    \b
      llmengines changes
      llmengines changes --from list --to erratum
      llmengines changes --from 2025-06-01 --to v3 --json

    Each change says its kind: disputed (the two sources state the cell differently), corrected (an erratum),
    updated / added (a dated figure: stars, a price). Sources: see 'llmengines info'.
    """
    from llmengines import editions
    from llmengines.dataset import bundled, bundled_dict
    from llmengines.errors import UsageError
    from llmengines.render import Column, Records

    dataset = bundled()
    if not dataset.sources:
        raise UsageError("this dataset has no dated sources to compare")
    a = _source(older, dataset.sources[0].id)
    b = _source(newer, dataset.sources[-1].id)
    order = [s.id for s in dataset.sources]
    if order.index(a) > order.index(b):
        raise UsageError(f"--from {older or a} is newer than --to {newer or b}")
    found = editions.changes(bundled_dict(), a, b)
    labels = {s.id: s.label for s in dataset.sources}

    def value(v: object, _env: object) -> str:
        if isinstance(v, dict):
            return f"{v.get('input')}/{v.get('output')}"
        return "—" if v is None else str(v)

    def label(v: object, _env: object) -> str:
        return "—" if v is None else labels.get(str(v), str(v))

    columns = [
        Column("name", "Engine", no_wrap=True),
        Column("field", "Field"),
        Column("kind", "Kind", no_wrap=True),
        Column("from", "From", value),
        Column("from_source", "Said by", label, drop=2),
        Column("to", "To", value),
        Column("to_source", "Said by", label, drop=1),
    ]
    caption = f"{len(found)} change{'' if len(found) == 1 else 's'} from {labels[a]} to {labels[b]}"
    output(lambda _env: Records(found, columns, caption=caption), fmt, json_flag, fields, svg)
