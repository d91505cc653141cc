"""``llmengines devices``: the devices the source names, with their survey column and where it names them."""

from __future__ import annotations

from llmengines.registry import EXIT_CODES_HELP, command
from llmengines.session import current_dataset, output

TYPE_CHECKING = False
if TYPE_CHECKING:
    from llmengines.options import FieldsOption, FormatOption, JsonOption, SvgOption


@command("devices", epilog=EXIT_CODES_HELP)
def devices_command(
    fmt: FormatOption = None, json_flag: JsonOption = False, fields: FieldsOption = None, svg: SvgOption = None
) -> None:
    """List the devices the source names — vendor links under its hardware matrix, Mobile / Edge details, the
    hardware pricing table — each with the survey column it belongs to and where the source names it.

    \b
      llmengines devices
      llmengines devices --json | jq -r '.[] | "\\(.id) \\(.column)"'
      llmengines find --hw mi300x --precision fp8

    Every id (and alias) is accepted by --hw: it resolves to its column, and a note on stderr says so (the
    survey records columns, not devices). A Mobile / Edge device (jetson, adreno, mali, snapdragon, apple-edge)
    also needs the engine's Mobile / Edge cell to name it.
    """
    from llmengines.devices import list_devices

    dataset = current_dataset()
    output(lambda _env: list_devices(dataset), fmt, json_flag, fields, svg)
