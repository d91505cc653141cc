"""Loading the bundled dataset on the query path: JSON into typed records, with no validation.

``data/dataset.json`` is generated from the YAML under ``data/`` by :mod:`llmengines.build`, which validates
it with pydantic; a test keeps the two in agreement. Trusting it here keeps every invocation free of YAML
parsing and of pydantic (see the startup budget in the README).
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

from llmengines.models import (
    Community,
    Dataset,
    Deployment,
    Engine,
    Erratum,
    Footnote,
    HardwarePrices,
    Links,
    ModelPrices,
    Pricing,
    Reference,
    Score,
    Source,
    Technique,
    TokenPrice,
)

BUNDLED_JSON = Path(__file__).parent / "data" / "dataset.json"


@cache
def bundled() -> Dataset:
    """The bundled dataset (read once per process)."""
    return dataset_from_dict(json.loads(BUNDLED_JSON.read_text(encoding="utf-8")))


def dataset_to_dict(dataset: Dataset) -> dict[str, Any]:
    """The dataset as JSON-ready data: the ``export`` format, whose JSON Schema ``llmengines schema`` prints."""
    return _to_data(dataset)  # type: ignore[no-any-return]


def engine_to_dict(engine: Engine) -> dict[str, Any]:
    """One engine as JSON-ready data, with the same field names as in ``export``."""
    return _to_data(engine)  # type: ignore[no-any-return]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _to_data(value: Any) -> Any:
    # What dataclasses.asdict returns, about five times faster: the records are trees of dataclasses, tuples,
    # dicts and scalars, so nothing needs asdict's deep copies of arbitrary objects.
    kind = type(value)
    if kind in (str, int, float, bool) or value is None:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and hasattr(kind, "__dataclass_fields__"):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _to_data(getattr(value, name)) for name in names}
    if kind is dict:
        return {k: _to_data(v) for k, v in value.items()}
    if kind is tuple or kind is list:
        return kind(_to_data(v) for v in value)
    return value


def engine_from_dict(d: dict[str, Any]) -> Engine:
    """An :class:`Engine` from trusted, already-validated data."""
    links = d["links"]
    return Engine(
        id=d["id"],
        name=d["name"],
        organization=d["organization"],
        org_type=d["org_type"],
        released=d["released"],
        open_source=d["open_source"],
        commercial=d["commercial"],
        github_stars=d["github_stars"],
        docs=d["docs"],
        community=Community(**d["community"]),
        links=Links(links.get("repository"), links.get("webpage"), tuple(links.get("papers", ()))),
        platforms=d["platforms"],
        hardware=d["hardware"],
        deployment=Deployment(**d["deployment"]),
        techniques=d["techniques"],
        precisions=d["precisions"],
        scores={k: Score(**v) for k, v in d["scores"].items()},
        aliases=tuple(d.get("aliases", ())),
        hardware_notes=d.get("hardware_notes", {}),
        stars_as_of=d.get("stars_as_of"),
    )


def dataset_from_dict(d: dict[str, Any]) -> Dataset:
    """A :class:`Dataset` from trusted, already-validated data (the bundled JSON)."""
    p = d["pricing"]
    return Dataset(
        schema_version=d["schema_version"],
        source=Source(**d["source"]),
        snapshot_date=d["snapshot_date"],
        snapshot_note=d["snapshot_note"],
        errata=tuple(Erratum(**e) for e in d["errata"]),
        engines=tuple(engine_from_dict(e) for e in d["engines"]),
        techniques=tuple(
            Technique(
                id=t["id"],
                name=t["name"],
                category=t["category"],
                description=t["description"],
                references=tuple(Reference(**r) for r in t["references"]),
                matrix_column=t.get("matrix_column"),
            )
            for t in d["techniques"]
        ),
        pricing=Pricing(
            currency=p["currency"],
            token_unit=p["token_unit"],
            device_unit=p["device_unit"],
            by_model=tuple(
                ModelPrices(
                    r["model"],
                    {
                        k: TokenPrice(v["input"], v["output"], tuple(v.get("footnotes", ())))
                        for k, v in r["prices"].items()
                    },
                )
                for r in p["by_model"]
            ),
            by_hardware=tuple(HardwarePrices(r["hardware"], dict(r["prices"])) for r in p["by_hardware"]),
            footnotes=tuple(Footnote(**f) for f in p["footnotes"]),
        ),
    )
