"""Engines as compact rows, for the merged-overlay cache: read in one pass straight into :class:`Engine` records.

A cached 1,000-engine dataset used to be read as JSON objects (a dict per engine, per table, per score) and then
converted into records. As rows — each engine a JSON array in :class:`Engine`'s field order, its matrices arrays
in the vocabulary's order where the engine's keys are in that order — the JSON is half the size, and each row
becomes its record directly. :func:`engine_row` and :func:`engine_from_row` are exact inverses up to
:func:`llmengines.dataset.engine_from_dict` (a test checks every engine of a merged overlay).
"""

from __future__ import annotations

from llmengines.models import Community, Deployment, Engine, Links, Score
from llmengines.vocabulary import HARDWARE_IDS, PLATFORM_IDS, PRECISION_IDS, TECHNIQUE_IDS

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from typing import Any


def _packed(table: dict[str, Any], ids: tuple[str, ...]) -> Any:
    # Only a table with exactly the vocabulary's keys in its order becomes a list: anything else stays as it is.
    return [table[k] for k in ids] if len(table) == len(ids) and tuple(table) == ids else table


def engine_row(d: dict[str, Any]) -> list[Any]:
    """An engine's JSON data (as :func:`llmengines.dataset.engine_from_dict` takes it) as a row."""
    links = d["links"]
    c, dep = d["community"], d["deployment"]
    return [
        d["id"],
        d["name"],
        d["organization"],
        d["org_type"],
        d["released"],
        d["open_source"],
        d["commercial"],
        d["github_stars"],
        d["docs"],
        [c["sns"], c["forum"], c["meetup"]],
        [links.get("repository"), links.get("webpage"), list(links.get("papers", ()))],
        _packed(d["platforms"], PLATFORM_IDS),
        _packed(d["hardware"], HARDWARE_IDS),
        [dep["scale"], dep["devices"]],
        _packed(d["techniques"], TECHNIQUE_IDS),
        _packed(d["precisions"], PRECISION_IDS),
        {k: [v["value"], v.get("uncertain", False), v.get("low"), v.get("high")] for k, v in d["scores"].items()},
        list(d.get("aliases", ())),
        d.get("hardware_notes", {}),
        d.get("stars_as_of"),
        d.get("latest_release"),
        d.get("latest_release_date"),
        d.get("last_push"),
        d.get("stars_per_day"),
    ]


def engines_from_rows(rows: list[list[Any]]) -> tuple[Engine, ...]:
    """The engines of :func:`engine_row` rows; equal values share one (immutable) score, community or
    deployment record, which makes 1,000 engines about a third quicker to build."""
    shared: dict[tuple[Any, ...], Any] = {}
    return tuple(engine_from_row(row, shared) for row in rows)


def _one(shared: dict[tuple[Any, ...], Any], kind: type, values: list[Any]) -> Any:
    key = (kind, *values)
    found = shared.get(key)
    if found is None:
        found = shared[key] = kind(*values)
    return found


def _scores(shared: dict[tuple[Any, ...], Any], scores: dict[Any, list[Any]]) -> dict[Any, Score]:
    out = {}
    for dimension, values in scores.items():  # eight an engine: a loop without a call per score
        key = (Score, *values)
        score = shared.get(key)
        if score is None:
            score = shared[key] = Score(*values)
        out[dimension] = score
    return out


def engine_from_row(row: list[Any], shared: dict[tuple[Any, ...], Any] | None = None) -> Engine:
    """The :class:`Engine` of a row of :func:`engine_row` (:class:`ValueError`/:class:`TypeError` if not one)."""
    if shared is None:
        shared = {}
    (
        id_,
        name,
        organization,
        org_type,
        released,
        open_source,
        commercial,
        github_stars,
        docs,
        community,
        links,
        platforms,
        hardware,
        deployment,
        techniques,
        precisions,
        scores,
        aliases,
        hardware_notes,
        stars_as_of,
        latest_release,
        latest_release_date,
        last_push,
        stars_per_day,
    ) = row
    return Engine(
        id_,
        name,
        organization,
        org_type,
        released,
        open_source,
        commercial,
        github_stars,
        docs,
        _one(shared, Community, community),
        Links(links[0], links[1], tuple(links[2])),
        dict(zip(PLATFORM_IDS, platforms, strict=True)) if type(platforms) is list else platforms,
        dict(zip(HARDWARE_IDS, hardware, strict=True)) if type(hardware) is list else hardware,
        _one(shared, Deployment, deployment),
        dict(zip(TECHNIQUE_IDS, techniques, strict=True)) if type(techniques) is list else techniques,
        dict(zip(PRECISION_IDS, precisions, strict=True)) if type(precisions) is list else precisions,
        _scores(shared, scores),
        tuple(aliases),
        hardware_notes,
        stars_as_of,
        latest_release,
        latest_release_date,
        last_push,
        stars_per_day,
    )
