"""What the default view must show, computed from the two independent readers by the documented rule.

Per cell, the newest source that states it: the paper's version 3 (``source_v3``) where it states the cell, the
list with its erratum (``source_tables``) otherwise. Imports nothing from ``llmengines``.
"""

from __future__ import annotations

from typing import Any

from . import source_tables as src
from . import source_v3 as v3

#: The overview columns Table 4 states unambiguously (not the docs level, told apart only by colour, nor forums).
V3_OVERVIEW = ("organization", "org_type", "released", "open_source", "github_stars")


def overview() -> dict[str, dict[str, Any]]:
    """The list's overview with Table 4's values, stars as of Sep. 2025 and stars per day."""
    listed, paper = src.overview(), v3.overview()
    out = {}
    for engine, row in listed.items():
        new = {**row, **{k: paper[engine][k] for k in V3_OVERVIEW}}
        new["stars_per_day"] = paper[engine]["stars_per_day"]
        new["stars_as_of"] = v3.STARS_AS_OF if new["github_stars"] is not None else None
        out[engine] = new
    return out


def precisions() -> dict[str, dict[str, str]]:
    """Table 11 states every cell of the list's precision matrix: it is the newest for all of them."""
    listed, paper = src.precisions(), v3.precisions()
    assert {e: set(r) for e, r in listed.items()} == {e: set(r) for e, r in paper.items()}
    return paper


def disputes() -> dict[tuple[str, str], tuple[Any, Any]]:
    """(engine, field) → (the list's value, the paper's) wherever they differ on a cell that is not a dated figure."""
    out: dict[tuple[str, str], tuple[Any, Any]] = {}
    listed, paper = src.overview(), v3.overview()
    for engine, row in paper.items():
        for key in ("organization", "org_type", "released", "open_source"):
            if row[key] != listed[engine][key]:
                out[(engine, key)] = (listed[engine][key], row[key])
    lp, pp = src.precisions(), v3.precisions()
    for engine, row in pp.items():
        for key, value in row.items():
            if value != lp[engine][key]:
                out[(engine, f"precisions.{key}")] = (lp[engine][key], value)
    return out


def pricing_by_model() -> dict[str, dict[str, tuple[float | None, float | None, set[str]]]]:
    """Per cell the newest source's price: Table 6's rows (in its order), then any the list alone has."""
    listed, paper = src.pricing_by_model(), v3.pricing_by_model()
    out = {m: dict(row) for m, row in paper.items()}
    for model, row in listed.items():
        for provider, cell in row.items():
            out.setdefault(model, {}).setdefault(provider, cell)
    return out


def pricing_by_hardware() -> dict[str, dict[str, float | None]]:
    """Per cell the newest source's hourly price: Table 7's rows, then any the list alone has."""
    listed, paper = src.pricing_by_hardware(), v3.pricing_by_hardware()
    out = {h: dict(row) for h, row in paper.items()}
    for device, row in listed.items():
        for provider, value in row.items():
            out.setdefault(device, {}).setdefault(provider, value)
    return out
