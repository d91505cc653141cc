"""Scoring and ranking engines: the arithmetic behind ``rank`` (and ``recommend``, which builds on it).

Every rank key gives an engine a **figure** on the survey's 0–5 scale:

========================  ==========================================================================
key                       figure (0–5)
========================  ==========================================================================
the six survey scores     the score as read off the survey's radar chart (uncertain readings: the
                          midpoint of the range read, flagged ``uncertain``)
``hardware``              5 × (hardware ids marked yes) / 14
``precision``             5 × (precisions marked yes) / 12
``techniques``            5 × (techniques marked yes) / 23 — unknown cells count as not yes, and are
                          reported beside the figure
``stars``                 5 × log10(1 + stars) / log10(1 + the most stars of any engine in the dataset);
                          no figure for the closed-source services
========================  ==========================================================================

``throughput-techniques``, ``latency-techniques`` and ``scale-techniques`` are ``techniques`` over the 8, 3 and 4
columns of :data:`TECHNIQUE_SETS` that serve that goal (``recommend``'s priorities use them).

An engine's **score** is the weighted mean of its figures: ``Σ weight × figure / Σ weight``, also 0–5.
``rank --by KEY`` is the weight ``{KEY: 1}``. An engine missing a figure the weights need has no score; it is
ranked after every engine that has one (unknown is not zero).

**Ties** (scores equal to 6 decimals) are broken by GitHub stars, more first (no figure last), then by id,
alphabetically — so the order never depends on the order of the input.

Plain functions: :func:`parse_weights` (what people type → weights), :func:`figure` (one key of one engine),
:func:`score` (one engine), :func:`rank` (many engines, ordered and numbered).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence

from llmengines.errors import UsageError
from llmengines.models import Engine
from llmengines.record_class import Frozen, record
from llmengines.vocabulary import (
    HARDWARE_IDS,
    PRECISION_IDS,
    SCORE_IDS,
    SCORES,
    TECHNIQUE_IDS,
    Matcher,
    Term,
)

SCALE_MAX = 5.0

# Rank keys besides the six survey scores: what they are called, and the matrix whose breadth they measure.
# Coverage-matrix columns that serve one goal, in the source's own words (used by ``recommend``'s priorities):
# * throughput — the survey's "Throughput-aware" dimension: "continuous batching, parallelism, and cache reuse"
#   (the Parallelism and Caching categories of its taxonomy);
# * latency — its "Latency-aware" dimension names chunked prefill; the taxonomy describes Continuous Batching as
#   forming batches "to minimize latency" and Nano Batching as "for ultra-low latency inference";
# * scale — the Parallelism category, whose every entry splits work "across devices" / "multiple GPUs".
TECHNIQUE_SETS: dict[str, tuple[str, ...]] = {
    "throughput-techniques": (
        "continuous-batching", "data-parallelism", "fsdp", "tensor-parallelism", "pipeline-parallelism",
        "prompt-caching", "prefix-caching", "kv-caching",
    ),
    "latency-techniques": ("chunked-prefill", "continuous-batching", "nano-batching"),
    "scale-techniques": ("data-parallelism", "fsdp", "tensor-parallelism", "pipeline-parallelism"),
}  # fmt: skip
assert all(set(ids) <= set(TECHNIQUE_IDS) for ids in TECHNIQUE_SETS.values())

BREADTH: dict[str, tuple[str, tuple[str, ...]]] = {
    "hardware": ("hardware", HARDWARE_IDS),
    "precision": ("precisions", PRECISION_IDS),
    "techniques": ("techniques", TECHNIQUE_IDS),
    **{key: ("techniques", ids) for key, ids in TECHNIQUE_SETS.items()},
}
RANK_TERMS: tuple[Term, ...] = (
    Term("stars", "GitHub stars", ("github-stars", "github_stars", "popularity")),
    *SCORES.values(),
    Term("hardware", "Hardware breadth", ("hw",)),
    Term("precision", "Precision breadth", ("precisions",)),
    Term("techniques", "Technique coverage", ("technique", "optimizations", "coverage", "opt")),
    Term("throughput-techniques", "Throughput techniques", ("throughput-coverage",)),
    Term("latency-techniques", "Latency techniques", ("latency-coverage",)),
    Term("scale-techniques", "Scale techniques", ("scale-coverage", "parallelism")),
)
RANK_KEYS: tuple[str, ...] = tuple(t.id for t in RANK_TERMS)
RANK_NAMES: dict[str, str] = {t.id: t.name for t in RANK_TERMS}


@record(frozen=True, slots=True)
class Figure(Frozen):
    """One key's figure for one engine.

    ``raw`` is the quantity as people know it (stars, a survey score, a count of yes cells); ``value`` is it on
    the 0–5 scale (None: no figure); ``detail`` is how a table shows the raw figure.
    """

    key: str
    raw: float | None
    value: float | None
    detail: str
    uncertain: bool = False
    unknown_cells: int = 0


@record(frozen=True, slots=True)
class Scored(Frozen):
    """An engine with its score (None when a needed figure is missing), its figures, and its place."""

    engine: Engine
    score: float | None
    figures: tuple[Figure, ...]
    rank: int = 0

    @property
    def uncertain(self) -> bool:
        """Whether any figure rests on an uncertain reading of the survey's chart."""
        return any(f.uncertain for f in self.figures)


_WEIGHT = re.compile(r"^\s*([^=]+?)\s*(?:=\s*(.*?)\s*)?$")


def rank_key(text: str) -> str:
    """The canonical rank key for ``text`` (``ease`` → ``ease-of-use``); raises ``UnknownNameError``."""
    return Matcher("rank key", RANK_TERMS).resolve(text)


def parse_weights(text: str | Iterable[str]) -> dict[str, float]:
    """``"throughput=2,latency=1"`` (or a list of such items) → ``{"throughput": 2.0, "latency": 1.0}``.

    A key without ``=`` has weight 1. Keys may be aliases. Raises :class:`UsageError` for a malformed or negative
    weight, a key given twice, or weights that are all zero; ``UnknownNameError`` for an unknown key.
    """
    items = [text] if isinstance(text, str) else list(text)
    parts = [p for item in items for p in item.split(",") if p.strip()]
    if not parts:
        raise UsageError("--weights needs at least one KEY=WEIGHT, e.g. throughput=2,latency=1")
    weights: dict[str, float] = {}
    for part in parts:
        found = _WEIGHT.match(part)
        if found is None:  # "=2": a weight without its key
            raise UsageError(f"--weights: {part.strip()!r} has no key; write KEY=WEIGHT, e.g. throughput=2")
        key = rank_key(found.group(1))
        raw = found.group(2)
        try:
            weight = 1.0 if raw is None else float(raw)
        except ValueError:
            raise UsageError(f"weight of {key!r} must be a number, not {raw!r}") from None
        if weight < 0 or not math.isfinite(weight):
            raise UsageError(f"weight of {key!r} must be zero or more, not {raw}")
        if key in weights:
            raise UsageError(f"{key!r} is given twice in --weights")
        weights[key] = weight
    if not any(weights.values()):
        raise UsageError("--weights are all zero; give at least one a positive weight")
    return weights


def max_stars(population: Iterable[Engine]) -> int:
    """The most GitHub stars of any engine in ``population`` (the ``stars`` figure's 5.0)."""
    return max((e.github_stars for e in population if e.github_stars is not None), default=0)


def _stars_text(value: int) -> str:
    if value >= 100_000:
        return f"{value / 1000:.0f}K"
    if value >= 100:
        return f"{value / 1000:.1f}K"
    return str(value)


def number(value: float) -> str:
    """A survey figure as people read it: one decimal (``5.0``, ``4.1``), two where the reading has them."""
    return f"{value:.1f}" if round(value, 1) == value else f"{value:.2f}"


def figure(engine: Engine, key: str, most_stars: int) -> Figure:
    """The figure of ``engine`` for one rank key (see the module docstring for each formula).

    ``most_stars`` is :func:`max_stars` of the dataset; it scales the ``stars`` figure.
    """
    if key == "stars":
        stars = engine.github_stars
        if stars is None or most_stars <= 0:
            return Figure(key, None, None, "no figure")
        value = SCALE_MAX * math.log10(1 + stars) / math.log10(1 + most_stars)
        return Figure(key, float(stars), value, _stars_text(stars))
    if key in BREADTH:
        dimension, ids = BREADTH[key]
        cells = [engine.supports(dimension, i) for i in ids]
        yes, unknown = cells.count("yes"), cells.count("unknown")
        detail = f"{yes}/{len(ids)}" + (f" ({unknown} unknown)" if unknown else "")
        return Figure(key, float(yes), SCALE_MAX * yes / len(ids), detail, unknown_cells=unknown)
    if key in SCORE_IDS:
        reading = engine.scores.get(key)
        if reading is None:
            return Figure(key, None, None, "no figure")
        detail = number(reading.value)
        if reading.uncertain:
            detail = f"~{detail}"
            if reading.low is not None and reading.high is not None:
                detail += f" (read {reading.low:g}–{reading.high:g})"
        return Figure(key, reading.value, reading.value, detail, uncertain=reading.uncertain)
    raise UsageError(f"unknown rank key {key!r}")


def score(engine: Engine, weights: Mapping[str, float], most_stars: int) -> Scored:
    """``engine``'s weighted-mean score over ``weights`` (keys from :data:`RANK_KEYS`), with its figures."""
    figures = tuple(figure(engine, key, most_stars) for key in weights)
    # Only the weights' ratios matter: scale them to at most 1 first, so that huge weights (1e308) cannot
    # overflow the sum to inf (inf / inf = NaN, which is not even valid JSON).
    largest = max(weights.values(), default=0.0)
    relative = [w / largest if largest > 0 else 0.0 for w in weights.values()]
    total = sum(relative)
    if any(f.value is None for f, w in zip(figures, relative, strict=True) if w) or total <= 0:
        return Scored(engine, None, figures)
    value = sum((f.value or 0.0) * w for f, w in zip(figures, relative, strict=True)) / total
    return Scored(engine, value, figures)


def order_key(scored: Scored) -> tuple[bool, float, int, str]:
    """The documented order: scored first, higher score, more stars (no figure last), then id."""
    stars = scored.engine.github_stars
    return (
        scored.score is None,
        -round(scored.score or 0.0, 6),
        -(stars if stars is not None else -1),
        scored.engine.id,
    )


def rank(
    engines: Sequence[Engine], weights: Mapping[str, float], population: Iterable[Engine] | None = None
) -> list[Scored]:
    """``engines`` scored with ``weights``, best first, numbered from 1 (see the module docstring for ties).

    ``population`` (default: ``engines``) fixes the ``stars`` scale; pass the whole dataset so that a filtered
    list is scored on the same scale as the full one.
    """
    most = max_stars(population if population is not None else engines)
    scored = sorted((score(e, weights, most) for e in engines), key=order_key)
    return [Scored(s.engine, s.score, s.figures, i) for i, s in enumerate(scored, 1)]


SORT_TERMS: tuple[Term, ...] = (
    Term("name", "name", ("id", "alphabetical")),
    Term("stars", "GitHub stars", ("github-stars", "github_stars", "popularity")),
    Term("release", "release date", ("released", "date", "newest")),
    *SCORES.values(),
)
SORT_KEYS: tuple[str, ...] = tuple(t.id for t in SORT_TERMS)


def sort_engines(engines: Iterable[Engine], key: str) -> list[Engine]:
    """``engines`` in ``find --sort`` order: ``name`` A→Z; ``stars``, ``release`` and survey scores highest or newest
    first. Missing figures go last; ties keep the given (dataset) order. ``key`` may be an alias.
    """
    canonical = Matcher("sort key", SORT_TERMS).resolve(key)
    items = list(engines)
    if canonical == "name":
        return sorted(items, key=lambda e: e.name.casefold())
    if canonical == "stars":
        return sorted(items, key=lambda e: (e.github_stars is None, -(e.github_stars or 0)))
    if canonical == "release":
        return sorted(items, key=lambda e: tuple(-int(p) for p in e.released.split("-")))

    def by_score(e: Engine) -> tuple[bool, float]:
        reading = e.scores.get(canonical)  # type: ignore[call-overload]
        return (reading is None, -(reading.value if reading is not None else 0.0))

    return sorted(items, key=by_score)
