"""Scoring and ranking engines: the arithmetic behind ``rank`` (and ``recommend``, which builds on it).

Every rank key gives an engine a **figure** on the survey's 0–5 scale:

========================  ==========================================================================
key                       figure (0–5)
========================  ==========================================================================
the six survey scores     the score as read off the survey's radar chart (uncertain readings: the
                          midpoint of the range read, flagged ``uncertain``)
``hardware``              5 × (hardware cells marked yes) / (hardware cells the source knows), of 14
``precision``             5 × (precisions marked yes) / (precision cells the source knows), of 12
``techniques``            5 × (techniques marked yes) / (technique cells the source knows), of 23
``stars``                 5 × log10(1 + stars) / log10(1 + the most stars of any engine in the dataset);
                          no figure for the closed-source services
========================  ==========================================================================

``throughput-techniques``, ``latency-techniques`` and ``scale-techniques`` are ``techniques`` over the 8, 3 and 4
columns of :data:`TECHNIQUE_SETS` that serve that goal (``recommend``'s priorities use them).

**Unknown is not no.** A breadth figure counts only the cells the source knows (✅ or ❌): a ``-`` cell is
neither supported nor unsupported, so it is left out of both sides of the fraction, and the figure carries its
coverage (``known`` of ``total`` cells). An engine with no known cell in a key has no figure for that key.

An engine's **score** is the weighted mean of the figures it has: ``Σ weight × figure / Σ weight`` over the
weighted keys with a figure, also 0–5. A key without a figure because the source says nothing (every cell of a
breadth key unknown, or no star count) is left out and the other weights count in its place
(renormalised), so that silence never ranks an engine below another; JSON marks the figure ``counted: false``.
A survey score is different: it is the survey's own judgement, and nothing stands in for it, so an engine the
survey did not score (one from the user's data) has no score when a survey score is weighted; so does an
engine with no figure for any weighted key. ``rank --by KEY`` is the weight ``{KEY: 1}``. Engines without a
score are listed after every engine with one.

**Ties** (scores equal to 6 decimals) are broken by GitHub stars, more first (no figure last), then by id,
alphabetically — so the order never depends on the order of the input.

Plain functions: :func:`parse_weights` (what people type → weights), :func:`figure` (one key of one engine),
:func:`score` (one engine), :func:`rank` (many engines, ordered and numbered).
"""

from __future__ import annotations

import math

from llmengines.errors import UsageError
from llmengines.lazy import Pattern
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

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from typing import Any

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
    the 0–5 scale (None: no figure); ``detail`` is how a table shows the raw figure. Breadth keys also say how
    many of their ``total`` cells the source knows (``known``) and leaves unknown (``unknown_cells``).
    """

    key: str
    raw: float | None
    value: float | None
    detail: str
    uncertain: bool = False
    unknown_cells: int = 0
    known: int | None = None
    total: int | None = None


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

    @property
    def left_out(self) -> tuple[str, ...]:
        """The keys with no figure that the score was computed without (the source says nothing about them)."""
        if self.score is None:
            return ()
        return tuple(f.key for f in self.figures if f.value is None)


_WEIGHT = Pattern(r"^\s*([^=]+?)\s*(?:=\s*(.*?)\s*)?$")


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


def breadth_detail(yes: int, known: int, total: int) -> str:
    """A breadth figure as a table shows it: ``16/23``; ``3/3 (known 3/8)`` where some cells are unknown."""
    if known == total:
        return f"{yes}/{total}"
    if not known:
        return f"no figure (known 0/{total})"
    return f"{yes}/{known} (known {known}/{total})"


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
        total = len(ids)
        known = total - unknown
        return Figure(
            key,
            float(yes),
            SCALE_MAX * yes / known if known else None,
            breadth_detail(yes, known, total),
            unknown_cells=unknown,
            known=known,
            total=total,
        )
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
    """``engine``'s weighted-mean score over ``weights`` (keys from :data:`RANK_KEYS`), with its figures.

    Keys the source says nothing about (no figure, and not a survey score) are left out and the mean taken
    over the rest; a weighted survey score without a figure, or no figure at all, gives no score.
    """
    figures = tuple(figure(engine, key, most_stars) for key in weights)
    # Only the weights' ratios matter: scale them to at most 1 first, so that huge weights (1e308) cannot
    # overflow the sum to inf (inf / inf = NaN, which is not even valid JSON).
    largest = max(weights.values(), default=0.0)
    relative = [w / largest if largest > 0 else 0.0 for w in weights.values()]
    pairs = [(f, w) for f, w in zip(figures, relative, strict=True) if w > 0]
    if any(f.value is None and f.key in SCORE_IDS for f, _ in pairs):
        return Scored(engine, None, figures)
    counted = [(f.value, w) for f, w in pairs if f.value is not None]
    total = sum(w for _, w in counted)
    if total <= 0:
        return Scored(engine, None, figures)
    return Scored(engine, sum((v or 0.0) * w for v, w in counted) / total, figures)


def figure_record(f: Figure, weight: float, scored: Scored) -> dict[str, Any]:
    """One figure as ``rank`` and ``recommend`` JSON show it (breadth keys add their coverage)."""
    out: dict[str, Any] = {
        "raw": f.raw,
        "value": None if f.value is None else round(f.value, 3),
        "weight": float(weight),
        "detail": f.detail,
        "uncertain": f.uncertain,
        "counted": scored.score is not None and f.value is not None and weight > 0,
    }
    if f.key in BREADTH:
        # Unknown cells are left out of the figure: how many the source knows, of how many, and how many not.
        out |= {"known": f.known, "total": f.total, "unknown": f.unknown_cells}
    return out


BREADTH_NOTE = (
    "breadth a/b = supported / cells the source knows (unknown '-' cells count neither way; known k/n shown "
    "where some are unknown); a key with no figure is left out and the other weights renormalised"
)


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
