"""Loading the bundled dataset on the query path: JSON into typed records, with no validation.

``data/dataset.json`` is generated from the YAML under ``data/`` by :mod:`llmengines.build`, which validates
it with pydantic; a test keeps the two in agreement. Trusting it here keeps every invocation free of YAML
parsing and of pydantic (see the startup budget in the README).
"""

from __future__ import annotations

import os

from llmengines.json_text import load_file
from llmengines.lazy import once
from llmengines.models import (
    Community,
    Dataset,
    Deployment,
    Device,
    DevicePlace,
    Dispute,
    Engine,
    Erratum,
    Footnote,
    HardwarePrices,
    Links,
    ModelPrices,
    PriceStatement,
    Pricing,
    Reference,
    Score,
    Source,
    SourceLayer,
    Technique,
    TokenPrice,
)
from llmengines.record_class import asdict  # dataclasses.asdict's result, without its deep copies

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing (nor pathlib)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

_BUNDLED_FILE = os.path.join(os.path.dirname(__file__), "data", "dataset.json")


def __getattr__(name: str) -> Path:
    # BUNDLED_JSON, a Path, for the build and the overlay cache; the query path reads _BUNDLED_FILE without pathlib.
    if name == "BUNDLED_JSON":
        from pathlib import Path

        return Path(_BUNDLED_FILE)
    raise AttributeError(f"module 'llmengines.dataset' has no attribute {name!r}")


@once
def bundled() -> Dataset:
    """The bundled dataset (read once per process)."""
    return dataset_from_dict(bundled_dict())


@once
def bundled_dict() -> dict[str, Any]:
    """The bundled dataset as JSON data (read once per process; treat as read-only)."""
    data: dict[str, Any] = load_file(_BUNDLED_FILE)
    return data


def dataset_to_dict(dataset: Dataset) -> dict[str, Any]:
    """The dataset as JSON-ready data: the ``export`` format, whose JSON Schema ``llmengines schema`` prints."""
    return asdict(dataset)


def engine_to_dict(engine: Engine) -> dict[str, Any]:
    """One engine as JSON-ready data, with the same field names as in ``export`` (equal to ``asdict(engine)``).

    Written out because ``dataclasses.asdict`` deep-copies every value: with a 1,000-engine overlay it cost more
    than the rest of ``list`` together. A test keeps the two equal.
    """
    e = engine
    return {
        "id": e.id,
        "name": e.name,
        "organization": e.organization,
        "org_type": e.org_type,
        "released": e.released,
        "open_source": e.open_source,
        "commercial": e.commercial,
        "github_stars": e.github_stars,
        "docs": e.docs,
        "community": {"sns": e.community.sns, "forum": e.community.forum, "meetup": e.community.meetup},
        "links": {"repository": e.links.repository, "webpage": e.links.webpage, "papers": tuple(e.links.papers)},
        "platforms": dict(e.platforms),
        "hardware": dict(e.hardware),
        "deployment": {"scale": e.deployment.scale, "devices": e.deployment.devices},
        "techniques": dict(e.techniques),
        "precisions": dict(e.precisions),
        "scores": {
            k: {"value": v.value, "uncertain": v.uncertain, "low": v.low, "high": v.high} for k, v in e.scores.items()
        },
        "aliases": tuple(e.aliases),
        "hardware_notes": dict(e.hardware_notes),
        "stars_as_of": e.stars_as_of,
        "latest_release": e.latest_release,
        "latest_release_date": e.latest_release_date,
        "last_push": e.last_push,
        "stars_per_day": e.stars_per_day,
    }


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
        latest_release=d.get("latest_release"),
        latest_release_date=d.get("latest_release_date"),
        last_push=d.get("last_push"),
        stars_per_day=d.get("stars_per_day"),
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
        devices=tuple(device_from_dict(v) for v in d.get("devices", ())),
        sources=tuple(
            SourceLayer(**{**s, "aliases": tuple(s.get("aliases", ())), "restates": tuple(s.get("restates", ()))})
            for s in d.get("sources", ())
        ),
        history=d.get("history", {}),
        price_history=tuple(
            PriceStatement(**{**s, "footnotes": tuple(s.get("footnotes", ()))}) for s in d.get("price_history", ())
        ),
        disputes=tuple(Dispute(**x) for x in d.get("disputes", ())),
        edition=d.get("edition"),
    )


def device_from_dict(d: dict[str, Any]) -> Device:
    """A :class:`Device` from trusted, already-validated data."""
    return Device(
        id=d["id"],
        name=d["name"],
        column=d["column"],
        places=tuple(DevicePlace(**p) for p in d["places"]),
        url=d.get("url"),
        memory_gb=d.get("memory_gb"),
        variant_of=d.get("variant_of"),
        aliases=tuple(d.get("aliases", ())),
        edge_names=tuple(d.get("edge_names", ())),
    )
