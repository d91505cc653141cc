"""``llmengines devices``: the devices and product families the source names, with their survey column."""

from __future__ import annotations

from llmengines.models import Dataset, Device
from llmengines.render import Column, Records
from llmengines.views.dataset import text_cell
from llmengines.vocabulary import HARDWARE

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from typing import Any


def _places(device: Device) -> str:
    by_section: dict[str, list[str]] = {}
    for p in device.places:
        by_section.setdefault(p.section, []).append(f"{p.line}" + (f" {p.row}" if p.row else ""))
    return "; ".join(f"{section} (line {', '.join(lines)})" for section, lines in by_section.items())


def device_record(device: Device) -> dict[str, Any]:
    """A device as a JSON record (``devices``)."""
    return {
        "id": device.id,
        "name": device.name,
        "column": device.column,
        "column_name": HARDWARE[device.column].name,
        "memory_gb": device.memory_gb,
        "variant_of": device.variant_of,
        "url": device.url,
        "aliases": list(device.aliases),
        "edge_names": list(device.edge_names),
        "named_in": _places(device),
        "places": [{"section": p.section, "line": p.line, "text": p.text, "row": p.row} for p in device.places],
    }


def list_devices(dataset: Dataset) -> Records:
    """Every device the source names, in the order of the matrix's columns, with where the source names it."""
    order = list(HARDWARE)
    devices = sorted(dataset.devices, key=lambda d: order.index(d.column))  # stable: the file's order within
    records = [device_record(d) for d in devices]

    def memory(value: Any, env: Any) -> str:
        return "" if value is None else f"{value} GB"

    columns = [
        Column("id", "Id", no_wrap=True),
        Column("name", "Device"),
        Column("column_name", "Survey column (--hw)"),
        Column("column", "Column id", no_wrap=True, drop=4),
        Column("memory_gb", "Memory", memory, justify="right", no_wrap=True, drop=2),
        Column("named_in", "Named in the source", text_cell, drop=1),
        Column("url", "Vendor link", text_cell, drop=3),
    ]
    caption = (
        f"{len(records)} devices · --hw ID resolves to its column, stated in a note; a Mobile / Edge device also "
        "needs the engine's Mobile / Edge cell to name it · lines of the survey list as published "
        f"({dataset.source.list_date})"
    )
    return Records(records, columns, caption=caption)
