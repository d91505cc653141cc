"""``--why-not ENGINE,…`` (``find``, ``recommend``): per named engine, each criterion that did not hold.

One record per criterion check that is not ✅ — with the source's column name, what the source's cell says and
whether that is a *no* (❌) or *unknown* (the source's ``-``, or a Mobile / Edge cell naming other devices) —
and one record saying so for a named engine that is in the answer. Flat records, so that the same answer reads
well as a table, in a pipe and as JSON.
"""

from __future__ import annotations

from llmengines.environment import Environment
from llmengines.filters import Check, Filters, criteria, evaluate
from llmengines.models import Engine, Support
from llmengines.render import Column, Records, support
from llmengines.views.dataset import text_cell
from llmengines.vocabulary import HARDWARE, PLATFORMS, PRECISIONS, TECHNIQUES

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

_MATRICES = {
    "hardware": ("Hardware Support Matrix", HARDWARE),
    "platforms": ("Hardware Support Matrix", PLATFORMS),
    "precisions": ("Numeric Precision Support Matrix", PRECISIONS),
    "techniques": ("Optimization Coverage Matrix", TECHNIQUES),
}
_SYMBOLS = {"yes": "✅", "no": "❌", "unknown": "-"}
_FIELDS: dict[
    str, tuple[str, Callable[[Engine], str]]
] = {  # non-matrix checks: the source's table and what it says, read off the engine
    "deployment.scale": ("Deployment Scalability vs. Hardware Diversity (scale)", lambda e: e.deployment.scale),
    "deployment.devices": ("Deployment Scalability vs. Hardware Diversity (devices)", lambda e: e.deployment.devices),
    "open_source": ("Overview: Open Source", lambda e: e.open_source),
    "org_type": ("Overview: Organization", lambda e: e.org_type),
    "github_stars": ("Overview: GitHub Stars", lambda e: "-" if e.github_stars is None else str(e.github_stars)),
    "commercial": ("Commercial Inference Engines list", lambda e: "listed" if e.commercial else "not listed"),
}


def _where(key: str, engine: Engine) -> tuple[str, str, str]:
    """(the source's table, its column, what the cell says) for a check key."""
    if key.startswith("hardware_notes.edge~"):
        name = key.split("~", 1)[1]
        detail = engine.hardware_notes.get("edge")
        cell = _SYMBOLS[engine.supports("hardware", "edge")] + (f" ({detail})" if detail else "")
        return "Hardware Support Matrix", f"Mobile / Edge, naming {name}", cell
    dimension, _, rest = key.partition(".")
    if dimension in _MATRICES and rest in _MATRICES[dimension][1]:
        table, terms = _MATRICES[dimension]
        return table, terms[rest].name, _SYMBOLS[engine.supports(dimension, rest)]
    field = next((f for f in _FIELDS if key.startswith(f)), None)
    if field is None:
        return "", key, ""
    table, read = _FIELDS[field]
    return table, table, read(engine)


def _failing(check: Check, engine: Engine) -> list[tuple[str, Support]]:
    parts = check.parts or (check,)
    results = [(p.key, p.test(engine)) for p in parts]
    if check.parts and check.test(engine) == "yes":
        return []
    if engine.supports("hardware", "edge") != "yes":  # no Mobile / Edge at all: its detail says nothing more
        results = [(k, v) for k, v in results if not k.startswith("hardware_notes.edge~")]
    return [(k, v) for k, v in results if v != "yes"] or results


def why_not_records(engines: Sequence[Engine], filters: Filters) -> list[dict[str, Any]]:
    """The records of ``--why-not``: for each engine, each check of a criterion that did not hold."""
    records = []
    # a value read from a device or word is named as typed (--hw mi300x), its column in "column"
    typed = {(r.option, r.read_as[0].split(".", 1)[1]): r.word for r in filters.readings if len(r.read_as) == 1}

    def as_typed(option: str) -> str:
        flag, _, values = option.partition(" ")
        return f"{flag} {','.join(typed.get((flag, v), v) for v in values.split(','))}" if values else option

    for engine in engines:
        match = evaluate(engine, filters)
        listed = match.status == "yes" or (match.status == "unknown" and filters.include_unknown)
        base = {"id": engine.id, "name": engine.name, "status": "match" if match.status == "yes" else match.status,
                "listed": listed}  # fmt: skip
        rows = []
        for criterion in criteria(filters):
            verdict, _ = criterion.outcome(engine)
            if verdict == "yes":
                continue
            for check in criterion.checks:
                if criterion.any_of or check.test(engine) != "yes":
                    for key, value in _failing(check, engine):
                        table, column, says = _where(key, engine)
                        rows.append(base | {"criterion": as_typed(criterion.option), "key": key, "table": table,
                                            "column": column, "source_says": says, "verdict": value})  # fmt: skip
        if not rows:
            rows.append(base | {"criterion": None, "key": None, "table": None, "column": None, "source_says": None,
                                "verdict": "yes"})  # fmt: skip
        records.extend(rows)
    return records


def _verdict(value: Any, env: Environment) -> str:
    if value == "yes":
        return f"{support('yes', env)} in the answer" if env.unicode else "in the answer"
    word = "no" if value == "no" else "unknown"
    return f"{support(value, env)} {word}"


def why_not_view(engines: Sequence[Engine], filters: Filters, command: str) -> Records:
    """``--why-not``: the records above, as a table whose caption says what no and unknown mean."""
    records = why_not_records(engines, filters)
    columns = [
        Column("name", "Engine", no_wrap=True),
        Column("criterion", "Criterion", text_cell, no_wrap=True),
        Column("column", "Source column", text_cell),
        Column("source_says", "Source says", text_cell),
        Column("verdict", "Verdict", _verdict, no_wrap=True),
        Column("table", "Source table", text_cell, drop=1),
    ]
    left_out = len({r["id"] for r in records if not r["listed"]})
    caption = (
        f"{left_out} of {len(engines)} named engines left out of {command} {filters.describe()} · no: the source "
        "says ❌ · unknown: the source says nothing ('-'), which --include-unknown accepts"
    )
    return Records(records, columns, title=f"Why not: {', '.join(e.name for e in engines)}", caption=caption)
