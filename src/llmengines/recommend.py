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
Everything else is ``rank``'s (:mod:`llmengines.scoring`): a technique figure counts only the cells the source
knows (supported / known, with the coverage shown); a key the source says nothing about — no star count (the four
commercial services), or every cell of a technique set unknown — is left out of that engine's score and the other
weights renormalised, and its reason says so: unknown is not zero, and it is not a reason to rank an engine last.
Ties: more stars, then id.
"""

from __future__ import annotations

from llmengines.environment import Environment
from llmengines.filters import Filters, Match, apply
from llmengines.models import Dataset
from llmengines.record_class import Frozen, record
from llmengines.render import Column, Records, bar, stars
from llmengines.scoring import BREADTH, BREADTH_NOTE, Scored, figure_record, max_stars, order_key, score
from llmengines.vocabulary import Term

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any


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
    Term("latency", "Latency", ("ttft", "low-latency")),  # not "fast": asked (AMBIGUOUS)
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


def recommend(dataset: Dataset, filters: Filters, priority: Priority) -> list[Recommendation]:
    """The engines that meet ``filters``, best first for ``priority``, numbered from 1, each with its reason."""
    most = max_stars(dataset.engines)
    matches = {m.engine.id: m for m in apply(dataset.engines, filters)}
    weights = priority.weights
    ordered = sorted((score(m.engine, weights, most) for m in matches.values()), key=order_key)
    out = []
    for place, s in enumerate(ordered, 1):
        numbered = Scored(s.engine, s.score, s.figures, place)
        match = matches[s.engine.id]
        out.append(Recommendation(numbered, match, weights, reason(numbered, match, weights, filters)))
    return out


def drivers(scored: Scored, weights: dict[str, float], limit: int = 3) -> list[str]:
    """The figures that contributed most to the score (weight × figure), largest first: ``throughput 5.0 ×3``."""
    shares = sorted(
        ((weights[f.key] * (f.value or 0.0), f) for f in scored.figures if f.value is not None and weights[f.key]),
        key=lambda pair: -pair[0],
    )
    return [f"{f.key} {f.detail} ×{weights[f.key]:g}" for _, f in shares[:limit]]


NO_STARS = "community size unknown (no star count): scored without it"


def caveats(scored: Scored, match: Match, weights: dict[str, float] | None = None) -> list[str]:
    """What the score could not see: cells the source leaves unknown, a missing star count, uncertain readings."""
    out = []
    if scored.score is None:
        missing = [f.key for f in scored.figures if f.value is None]
        out.append("no score: no figure for " + ", ".join(missing) + " (ranked last)")
    if match.unknown:
        out.append("unknown in the source: " + ", ".join(match.unknown))
    if scored.engine.github_stars is None and scored.score is not None:  # unscored: "no score" says it all
        out.append(NO_STARS)
    out += [
        f"{f.key} unknown in the source (known 0/{f.total} cells): scored without it"
        for f in scored.figures
        if f.value is None and f.key != "stars" and scored.score is not None
    ]
    if scored.left_out and weights:
        used = sum(w for f in scored.figures if f.value is not None and (w := weights.get(f.key, 0.0)))
        if used < sum(weights.values()):
            out.append(f"weights renormalised over {used:g} of {sum(weights.values()):g}")
    if scored.uncertain:
        out.append("~ uncertain chart reading")
    return out


def reason(scored: Scored, match: Match, weights: dict[str, float], filters: Filters) -> str:
    """One line: what matched, what is unknown, and which figures drove the score (largest share first)."""
    parts = []
    if match.matched:
        parts.append("meets " + ", ".join(match.matched))
    top = drivers(scored, weights) if scored.score is not None else []  # nothing drove a score it does not have
    if top:
        parts.append("driven by " + ", ".join(top))
    return "; ".join(parts + caveats(scored, match, weights))


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
    from llmengines.record_class import replace  # a record's, without importing dataclasses

    options: list[tuple[str, Filters]] = []
    f = filters
    lists: tuple[tuple[str, tuple[str, ...], Callable[[tuple[str, ...]], Filters]], ...] = (
        ("--hw", f.hardware, lambda rest: replace(f, hardware=rest)),
        ("--os", f.platforms, lambda rest: replace(f, platforms=rest)),
        ("--precision", f.precisions, lambda rest: replace(f, precisions=rest)),
        ("--technique", f.techniques, lambda rest: replace(f, techniques=rest)),
    )
    # a value read from a device or word is named as typed ("drop --hw tpu-v5e", not the column "tpu")
    typed = {(r.option, r.read_as[0].split(".", 1)[1]): r.word for r in f.readings if len(r.read_as) == 1}
    for flag, values, without in lists:
        if f.any_of and len(values) > 1:
            # With --any, dropping one value makes the option stricter; only dropping it all relaxes it.
            options.append((f"{flag} {','.join(typed.get((flag, v), v) for v in values)}", without(())))
        else:
            # One value at a time: "drop --precision fp4" says more than "drop --precision".
            options += [
                (f"{flag} {typed.get((flag, v), v)}", without(tuple(x for x in values if x != v))) for v in values
            ]
    if not f.any_of:  # --hw words and devices that are more than one cell (apple, cpu, jetson …)
        options += [
            (f"--hw {g.id}", replace(f, hardware_groups=tuple(x for x in f.hardware_groups if x != g)))
            for g in f.hardware_groups
        ]
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
    if f.install:
        options.append((f"--install {','.join(f.install)}", replace(f, install=())))
    if f.api:
        options.append((f"--api {','.join(f.api)}", replace(f, api=())))
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
    from llmengines.evidence import evidence
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
                "figures": {f.key: figure_record(f, r.weights.get(f.key, 0.0), s) for f in s.figures},
                "uncertain": s.uncertain,
                # What the paper's own runs observed: shown beside the score, never part of it.
                "evidence": evidence(s.engine.id, priority.id),
            }
            | engine_record(s.engine, dataset)
        )

    def score_cell(value: Any, env: Environment) -> str:
        return "—" if value is None else f"{bar(value, 5.0, env, width=8)} {value:.2f}"

    columns = [
        Column("rank", "#", justify="right", no_wrap=True),
        Column("name", "Engine", no_wrap=True),
        Column("score", "Score", score_cell, no_wrap=True),
        # On a narrow terminal Observed goes first (but for ease), then Stars, then Why (wrapped at spaces while it
        # fits, else hidden and named in the caption): the rank and the score are never squeezed or cut.
        Column("reason", "Why (largest weight × figure first)", _why, wraps=True, drop=1),
        # For ease, what the paper saw installing it is the evidence beside the survey's ease scores: always shown.
        Column("evidence.text", "Observed (v3 §6)", drop=0 if priority.id == "ease" else 8),
        Column("github_stars", "Stars", stars, justify="right", drop=7),
    ]
    weights = ", ".join(f"{k} {w:g}" for k, w in priority.weights.items())
    caption = f"priority {priority.id}: {weights} (score = Σ weight × figure / Σ weight, 0–5)"
    if any(key in BREADTH for key in priority.weights):
        caption += f"; technique {BREADTH_NOTE}"
    caption += f" · {filters.describe()}" if not filters.empty else " · no constraints"
    caption += " · Observed: what paper v3's own runs saw (§6), shown beside the score, not part of it"
    example = None
    if not records and dataset.engines:  # so that a misspelt --fields is refused even when nothing matched
        sample = recommend(dataset, Filters(), priority)[:1]
        example = recommend_view(sample, priority, dataset, Filters()).records[0] if sample else None
    return Records(records, columns, caption=caption, example=example)
