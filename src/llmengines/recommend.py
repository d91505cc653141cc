"""``recommend``: the engines that meet every hard constraint, ranked by a documented weighting of a priority.

It is ``rank`` with fixed weights. The hard constraints are the shared filters (:mod:`llmengines.filters`);
the priority is a set of weights over ``rank``'s keys (:mod:`llmengines.scoring`): the survey's six scores,
the coverage of the techniques relevant to that priority, and community size (GitHub stars).

==============  ====================================================================================
priority        weights (each figure on the survey's 0–5 scale; score = Σ weight × figure / Σ weight)
==============  ====================================================================================
``throughput``  throughput 3, throughput-techniques 2, scalability 1, stars 1
``latency``     latency 3, latency-techniques 2, stars 1
``ease``        ease-of-use 2, ease-of-deployment 2, general-purpose 1, stars 2
``scale``       scalability 3, scale-techniques 2, throughput 1, stars 1
``balanced``    each of the six survey scores 1, techniques (all 23 columns) 1, stars 1
==============  ====================================================================================

The technique sets are those :data:`llmengines.scoring.TECHNIQUE_SETS` defines from the source's own words.
One departure from ``rank``: an engine with no star figure (the four commercial services) is scored on its other
figures instead of being left unscored, and its reason says so — unknown is not zero, and it is not a reason to
rank a service last either. Everything else (the weighted mean, ties: more stars, then id) is ``rank``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from llmengines.environment import Environment
from llmengines.filters import Filters, Match, apply
from llmengines.models import Dataset, Engine
from llmengines.record_class import Frozen, record
from llmengines.render import Column, Records, bar, stars
from llmengines.scoring import BREADTH, Scored, max_stars, order_key, score
from llmengines.vocabulary import Term


@record(frozen=True, slots=True)
class Priority(Frozen):
    """A priority: its weights over ``rank`` keys, and what it means."""

    id: str
    name: str
    weights: dict[str, float]
    meaning: str


PRIORITIES: dict[str, Priority] = {
    p.id: p
    for p in (
        Priority(
            "throughput",
            "Throughput",
            {"throughput": 3, "throughput-techniques": 2, "scalability": 1, "stars": 1},
            "tokens per second across many requests",
        ),
        Priority(
            "latency",
            "Latency",
            {"latency": 3, "latency-techniques": 2, "stars": 1},
            "time to first and next token",
        ),
        Priority(
            "ease",
            "Ease",
            {"ease-of-use": 2, "ease-of-deployment": 2, "general-purpose": 1, "stars": 2},
            "documentation, community, installation, breadth of models and hardware",
        ),
        Priority(
            "scale",
            "Scale",
            {"scalability": 3, "scale-techniques": 2, "throughput": 1, "stars": 1},
            "from one device to many nodes",
        ),
        Priority(
            "balanced",
            "Balanced",
            {
                "general-purpose": 1,
                "ease-of-use": 1,
                "ease-of-deployment": 1,
                "latency": 1,
                "throughput": 1,
                "scalability": 1,
                "techniques": 1,
                "stars": 1,
            },
            "every survey dimension, technique coverage and community alike",
        ),
    )
}
PRIORITY_TERMS: tuple[Term, ...] = (
    Term("throughput", "Throughput", ("tput", "tps", "batch")),
    Term("latency", "Latency", ("ttft", "fast", "low-latency")),
    Term("ease", "Ease", ("ease-of-use", "easy", "simple", "usability")),
    Term("scale", "Scale", ("scalability", "multi-node", "distributed")),
    Term("balanced", "Balanced", ("balance", "all", "default")),
)


@record(frozen=True, slots=True)
class Recommendation(Frozen):
    """One recommended engine: its place, its score and figures (as ``rank`` computes them), and why."""

    scored: Scored
    match: Match
    weights: dict[str, float]
    reason: str


def _weights_for(engine: Engine, weights: dict[str, float]) -> dict[str, float]:
    if engine.github_stars is None:
        return {k: w for k, w in weights.items() if k != "stars"}
    return weights


def recommend(dataset: Dataset, filters: Filters, priority: Priority) -> list[Recommendation]:
    """The engines that meet ``filters``, best first for ``priority``, numbered from 1, each with its reason."""
    most = max_stars(dataset.engines)
    matches = {m.engine.id: m for m in apply(dataset.engines, filters)}
    scored = []
    for match in matches.values():
        weights = _weights_for(match.engine, priority.weights)
        scored.append(score(match.engine, weights, most))
    ordered = sorted(scored, key=order_key)
    out = []
    for place, s in enumerate(ordered, 1):
        weights = _weights_for(s.engine, priority.weights)
        numbered = Scored(s.engine, s.score, s.figures, place)
        match = matches[s.engine.id]
        out.append(Recommendation(numbered, match, weights, reason(numbered, match, weights, filters)))
    return out


def drivers(scored: Scored, weights: dict[str, float], limit: int = 3) -> list[str]:
    """The figures that contributed most to the score (weight × figure), largest first: ``throughput 5.0 ×3``."""
    shares = sorted(
        ((weights[f.key] * (f.value or 0.0), f) for f in scored.figures if f.value is not None),
        key=lambda pair: -pair[0],
    )
    return [f"{f.key} {f.detail} ×{weights[f.key]:g}" for _, f in shares[:limit]]


NO_STARS = "community size unknown (no star count): scored without it"


def caveats(scored: Scored, match: Match) -> list[str]:
    """What the score could not see: cells the source leaves unknown, a missing star count, uncertain readings."""
    out = []
    missing = [f.key for f in scored.figures if f.value is None and f.key != "stars"]
    if missing:
        out.append("no score: no figure for " + ", ".join(missing) + " (ranked last)")
    if match.unknown:
        out.append("unknown in the source: " + ", ".join(match.unknown))
    if scored.engine.github_stars is None:
        out.append(NO_STARS)
    if scored.uncertain:
        out.append("~ uncertain chart reading")
    return out


def reason(scored: Scored, match: Match, weights: dict[str, float], filters: Filters) -> str:
    """One line: what matched, what is unknown, and which figures drove the score (largest share first)."""
    parts = []
    if match.matched:
        parts.append("meets " + ", ".join(match.matched))
    top = drivers(scored, weights)
    if top:
        parts.append("driven by " + ", ".join(top))
    return "; ".join(parts + caveats(scored, match))


@record(frozen=True, slots=True)
class Relaxation(Frozen):
    """One constraint dropped, and what that would give."""

    option: str  # the constraint as typed, e.g. "--precision fp4"
    filters: Filters
    count: int
    best: Recommendation | None


def relaxations(dataset: Dataset, filters: Filters, priority: Priority) -> list[Relaxation]:
    """Each way of dropping one constraint (one value of a list, or one option), with what it would give.

    Most engines first; ``--include-unknown`` is offered too where unknown cells are what stands in the way.
    """
    from dataclasses import replace  # only when nothing qualifies: dataclasses costs an import

    options: list[tuple[str, Filters]] = []
    f = filters
    lists: tuple[tuple[str, tuple[str, ...], Callable[[tuple[str, ...]], Filters]], ...] = (
        ("--hw", f.hardware, lambda rest: replace(f, hardware=rest)),
        ("--os", f.platforms, lambda rest: replace(f, platforms=rest)),
        ("--precision", f.precisions, lambda rest: replace(f, precisions=rest)),
        ("--technique", f.techniques, lambda rest: replace(f, techniques=rest)),
    )
    for flag, values, without in lists:
        if f.any_of and len(values) > 1:
            # With --any, dropping one value makes the option stricter; only dropping it all relaxes it.
            options.append((f"{flag} {','.join(values)}", without(())))
        else:
            # One value at a time: "drop --precision fp4" says more than "drop --precision".
            options += [(f"{flag} {v}", without(tuple(x for x in values if x != v))) for v in values]
    if f.scale is not None:
        options.append((f"--scale {f.scale}", replace(f, scale=None)))
    if f.devices is not None:
        options.append((f"--devices {f.devices}", replace(f, devices=None)))
    if f.open_source:
        options.append((f"--open-source {','.join(f.open_source)}", replace(f, open_source=())))
    if f.org_types:
        options.append((f"--org-type {','.join(f.org_types)}", replace(f, org_types=())))
    if f.min_stars is not None:
        options.append((f"--min-stars {f.min_stars}", replace(f, min_stars=None)))
    if f.commercial is not None:
        options.append(("--commercial" if f.commercial else "--self-hosted", replace(f, commercial=None)))
    if not filters.include_unknown:
        options.append(("unknown cells (--include-unknown)", replace(filters, include_unknown=True)))
    out = []
    for option, relaxed in options:
        found = recommend(dataset, relaxed, priority)
        out.append(Relaxation(option, relaxed, len(found), found[0] if found else None))
    return sorted((r for r in out if r.count), key=lambda r: -r.count)


def relaxation_hint(dataset: Dataset, filters: Filters, priority: Priority) -> list[str]:
    """What to tell people when nothing meets the constraints: which one to relax and what it would give."""
    lines = [f"no engine meets {filters.describe()}; relaxing one constraint would give:"]
    found = relaxations(dataset, filters, priority)
    for r in found:
        best = r.best
        assert best is not None
        top = f"best for {priority.id}: {best.scored.engine.name}"
        if best.scored.score is not None:
            top += f" ({best.scored.score:.2f})"
        lines.append(f"  drop {r.option}: {r.count} engine{'s' if r.count != 1 else ''}, {top}")
    if not found:
        lines.append("  nothing: no single constraint is to blame; drop several (see 'llmengines find')")
    return lines


# --- view -------------------------------------------------------------------------------------------------------


def _why(value: Any, env: Environment) -> str:
    """The reason as a table shows it: the constraints met are in the caption already."""
    parts = [p for p in str(value).split("; ") if not p.startswith("meets ")]
    return "; ".join(p.removeprefix("driven by ").replace(NO_STARS, "no star count") for p in parts)


def recommend_view(found: Sequence[Recommendation], priority: Priority, dataset: Dataset, filters: Filters) -> Records:
    """``recommend``: engines best first, each with its score, reason and the figures behind it."""
    from llmengines.views.dataset import engine_record

    records = []
    for r in found:
        s = r.scored
        # The same shape as rank's records: its keys first, then the engine record (the export's fields).
        records.append(
            {
                "rank": s.rank,
                "score": None if s.score is None else round(s.score, 3),
                "priority": priority.id,
                "reason": r.reason,
                "match": r.match.as_dict(),
                "figures": {
                    f.key: {
                        "raw": f.raw,
                        "value": None if f.value is None else round(f.value, 3),
                        "weight": float(r.weights.get(f.key, 0.0)),
                        "detail": f.detail,
                        "uncertain": f.uncertain,
                        **({"unknown": f.unknown_cells} if f.key in BREADTH else {}),
                    }
                    for f in s.figures
                },
                "uncertain": s.uncertain,
            }
            | engine_record(s.engine, dataset)
        )

    def score_cell(value: Any, env: Environment) -> str:
        return "—" if value is None else f"{bar(value, 5.0, env, width=8)} {value:.2f}"

    columns = [
        Column("rank", "#", justify="right", no_wrap=True),
        Column("name", "Engine", no_wrap=True),
        Column("score", "Score", score_cell, no_wrap=True),
        Column("reason", "Why (largest weight × figure first)", _why),
        Column("github_stars", "Stars", stars, justify="right", drop=1),
    ]
    weights = ", ".join(f"{k} {w:g}" for k, w in priority.weights.items())
    caption = f"priority {priority.id}: {weights} (score = Σ weight × figure / Σ weight, 0–5)"
    if any(key in BREADTH for key in priority.weights):
        caption += "; unknown ('-') technique cells count as not supported"
    caption += f" · {filters.describe()}" if not filters.empty else " · no constraints"
    example = None
    if not records and dataset.engines:  # so that a misspelt --fields is refused even when nothing matched
        sample = recommend(dataset, Filters(), priority)[:1]
        example = recommend_view(sample, priority, dataset, Filters()).records[0] if sample else None
    return Records(records, columns, caption=caption, example=example)
