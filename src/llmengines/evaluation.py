"""The survey's hands-on evaluation and the list's later entries, as typed records.

Two kinds of facts, kept apart from the support matrices (what engines *claim*) and from the survey's scores:

* **observed running** — paper v3 §6 and the list's Experiments section: how each engine was installed (Table 13),
  its default serving configuration (Table 14), the servers (Table 12), measured figures with their conditions,
  and what was seen to run or fail;
* **listed, not evaluated** — engines, a gateway and a technique the upstream list added after publication.

Both live in ``data/evaluation.yaml`` and ``data/listed.yaml``; :mod:`llmengines.build` validates them with
pydantic (:func:`load_yaml`) and writes them to ``data/evaluation.json`` (beside ``dataset.json``, which every
command parses: this would double it). On the query path they are read and built only when a command asks
(:func:`evaluation`, :func:`listed`).
"""

from __future__ import annotations

import os

from llmengines.json_text import load_file
from llmengines.lazy import once
from llmengines.record_class import Frozen, Literal, asdict, record

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing

if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, ClassVar

SourceId = Literal["paper-v3", "list-cca7861"]
Ease = Literal["easy", "medium", "hard"]
Metric = Literal["ttft", "tbt", "requests_per_s", "tokens_per_s", "latency", "success_rate"]
Varied = Literal["concurrency", "prompt_tokens", "output_tokens"]

_STRICT: dict[str, Any] = {"extra": "forbid", "strict": True}

# Metric → (name, default unit), as §6.2.1 / Table 15 name them.
METRICS: dict[str, tuple[str, str]] = {
    "ttft": ("TTFT", "ms"),
    "tbt": ("TBT", "ms"),
    "requests_per_s": ("Requests/s", "req/s"),
    "tokens_per_s": ("Total tokens/s", "tok/s"),
    "latency": ("Request latency", "s"),
    "success_rate": ("Success rate", "%"),
}
EASE_NAMES = {"easy": "Easy", "medium": "Medium", "hard": "Hard"}


@record(frozen=True, slots=True)
class SourceInfo(Frozen):
    """One dated source of these facts."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    title: str
    url: str
    date: str


@record(frozen=True, slots=True)
class Cite(Frozen):
    """Where a fact stands: source, place in it, date, and the inference its reading needed (if any)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    source: SourceId
    locator: str
    date: str
    inference: str | None = None
    quote: str | None = None


@record(frozen=True, slots=True)
class EngineSet(Frozen):
    """A set of engines the source names together."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    engines: tuple[str, ...]
    cite: Cite


@record(frozen=True, slots=True)
class Server(Frozen):
    """A machine of Table 12."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    id: str
    name: str
    short: str  # as a table column shows it: "H100"
    device: str
    gpu: str
    gpu_memory: str
    cpu: str
    memory: str
    os: str
    interconnect: str | None
    aliases: tuple[str, ...]
    cite: Cite


@record(frozen=True, slots=True)
class Install(Frozen):
    """One row of Table 13: how the paper installed an engine, and whether it serves an API."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    engine: str
    label: str  # the row's name as printed
    version: str | None
    commit: str | None  # "∗Commit number"
    method: str
    environment: str | None  # None: the source's "-"
    ease: Ease
    api: bool
    api_type: str | None
    openai_compatible: bool
    inference: str | None = None


@record(frozen=True, slots=True)
class Grouping(Frozen):
    """One install-ease group of the list's Experiments section (its own definitions of the levels)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    level: Ease
    definition: str
    engines: tuple[str, ...]
    quote: str


@record(frozen=True, slots=True)
class Defaults(Frozen):
    """Context length and max batch of one row of Table 14 (None: the source's "–")."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    engine: str
    label: str
    context_length: int | None
    context_from_model: bool  # "Model config"
    max_batch: int | None
    inference: str | None = None


@record(frozen=True, slots=True)
class Setup(Frozen):
    """Conditions shared by a group of measurements."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    section: str
    short: str  # as a table column shows it: "full", "4-bit"
    precision: str
    precision_inference: str | None
    duration_s: int
    method: str


@record(frozen=True, slots=True)
class Series(Frozen):
    """Figures of one engine, device, model and metric as the text states them, with their conditions.

    ``vary`` names the condition that changes along ``points`` (``[condition value, figure]``; a figure given as a
    range is ``[low, high]``); the other conditions are fixed (None: not stated).
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    engine: str
    metric: Metric
    hardware: str
    model: str
    setup: str
    concurrency: int | None
    prompt_tokens: int | None
    output_tokens: int | None
    vary: Varied | None
    points: tuple[tuple[int | None, float], ...]
    approximate: bool
    locator: str
    quote: str
    unit: str | None = None
    also: tuple[Cite, ...] = ()
    inference: str | None = None


@record(frozen=True, slots=True)
class Finding(Frozen):
    """What the evaluation saw an engine do (run, fail, need patches), in the source's words."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    kind: Literal["running", "install"]
    engines: tuple[str, ...]
    hardware: str | None
    source: SourceId
    locator: str
    date: str
    quote: str


@record(frozen=True, slots=True)
class Evaluation(Frozen):
    """Everything of the paper's §6 (and the list's Experiments section) that the dataset holds."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    sources: dict[SourceId, SourceInfo]
    installed_count: int
    benchmarked: EngineSet
    edge_benchmarked: EngineSet
    count_note: str
    servers: tuple[Server, ...]
    installs: tuple[Install, ...]
    installs_cite: Cite
    ease_levels: dict[Ease, str]
    groupings: tuple[Grouping, ...]
    groupings_cite: Cite
    defaults: tuple[Defaults, ...]
    defaults_cite: Cite
    setups: dict[str, Setup]
    series: tuple[Series, ...]
    findings: tuple[Finding, ...]

    def install(self, engine_id: str) -> Install | None:
        """Table 13's row for an engine, or None (not evaluated)."""
        return next((i for i in self.installs if i.engine == engine_id), None)

    def defaults_of(self, engine_id: str) -> Defaults | None:
        """Table 14's row for an engine, or None."""
        return next((d for d in self.defaults if d.engine == engine_id), None)

    def grouping(self, engine_id: str) -> Grouping | None:
        """The list's install-ease group that names the engine, or None."""
        return next((g for g in self.groupings if engine_id in g.engines), None)

    def server(self, server_id: str) -> Server:
        """A server of Table 12 by id."""
        return next(s for s in self.servers if s.id == server_id)


@record(frozen=True, slots=True)
class ListedEntry(Frozen):
    """An engine or gateway the list added after publication: its date and links only."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    id: str
    name: str
    kind: Literal["engine", "gateway"]
    section: str
    listed: str  # YYYY-MM-DD it reached the list
    commit: str
    merge: str | None
    repository: str | None
    webpage: str | None
    papers: tuple[str, ...]
    note: str | None


@record(frozen=True, slots=True)
class ListedReference(Frozen):
    """A reference of a listed technique."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    label: str
    url: str


@record(frozen=True, slots=True)
class ListedTechnique(Frozen):
    """A taxonomy entry the list added after publication (not in the coverage matrix)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    id: str
    name: str
    category: str
    description: str
    references: tuple[ListedReference, ...]
    listed: str
    commit: str
    merge: str | None
    section: str


@record(frozen=True, slots=True)
class Journal(Frozen):
    """The survey's journal publication, as the list's citation gives it."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    title: str
    journal: str
    doi: str
    url: str
    year: int
    note: str
    cite: Cite


@record(frozen=True, slots=True)
class Listed(Frozen):
    """What the list added after publication."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    source: Cite
    entries: tuple[ListedEntry, ...]
    techniques: tuple[ListedTechnique, ...]
    journal: Journal


# --- the query path: from the bundled JSON, on demand --------------------------------------------------------------


# Written out, as dataset.py does for engines: resolving the records' annotations generically cost 12 ms a process.
def _evaluation_from(d: dict[str, Any]) -> Evaluation:
    def cite(c: dict[str, Any]) -> Cite:
        return Cite(**c)

    def engines(e: dict[str, Any]) -> EngineSet:
        return EngineSet(tuple(e["engines"]), cite(e["cite"]))

    return Evaluation(
        sources={k: SourceInfo(**v) for k, v in d["sources"].items()},
        installed_count=d["installed_count"],
        benchmarked=engines(d["benchmarked"]),
        edge_benchmarked=engines(d["edge_benchmarked"]),
        count_note=d["count_note"],
        servers=tuple(Server(**{**s, "aliases": tuple(s["aliases"]), "cite": cite(s["cite"])}) for s in d["servers"]),
        installs=tuple(Install(**r) for r in d["installs"]),
        installs_cite=cite(d["installs_cite"]),
        ease_levels=dict(d["ease_levels"]),
        groupings=tuple(Grouping(**{**g, "engines": tuple(g["engines"])}) for g in d["groupings"]),
        groupings_cite=cite(d["groupings_cite"]),
        defaults=tuple(Defaults(**r) for r in d["defaults"]),
        defaults_cite=cite(d["defaults_cite"]),
        setups={k: Setup(**v) for k, v in d["setups"].items()},
        series=tuple(
            Series(
                **{
                    **s,
                    "points": tuple((p[0], p[1]) for p in s["points"]),
                    "also": tuple(cite(c) for c in s["also"]),
                }
            )
            for s in d["series"]
        ),
        findings=tuple(Finding(**{**f, "engines": tuple(f["engines"])}) for f in d["findings"]),
    )


def _listed_from(d: dict[str, Any]) -> Listed:
    j = d["journal"]
    return Listed(
        source=Cite(**d["source"]),
        entries=tuple(ListedEntry(**{**e, "papers": tuple(e["papers"])}) for e in d["entries"]),
        techniques=tuple(
            ListedTechnique(**{**t, "references": tuple(ListedReference(**r) for r in t["references"])})
            for t in d["techniques"]
        ),
        journal=Journal(**{**j, "cite": Cite(**j["cite"])}),
    )


def __getattr__(name: str) -> Any:
    # ``EVALUATION_JSON``, the generated file, as a Path for the build and the tests; a query reads it by its name
    # as a string (``show`` and ``recommend`` read it on every run, and pathlib costs an import).
    if name == "EVALUATION_JSON":
        from pathlib import Path

        return Path(_EVALUATION_JSON)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_EVALUATION_JSON = os.path.join(os.path.dirname(__file__), "data", "evaluation.json")


@once
def bundled_evaluation_dict() -> dict[str, Any]:
    """``evaluation.json`` as JSON data (read once per process; treat as read-only)."""
    data: dict[str, Any] = load_file(_EVALUATION_JSON)
    return data


@once
def evaluation() -> Evaluation:
    """The bundled evaluation (built once per process)."""
    return _evaluation_from(bundled_evaluation_dict()["evaluation"])


@once
def listed() -> Listed:
    """The bundled listed-not-evaluated entries (built once per process)."""
    return _listed_from(bundled_evaluation_dict()["listed"])


# --- the build: validated YAML -------------------------------------------------------------------------------------

DATA_FILES = {"evaluation": "evaluation.yaml", "listed": "listed.yaml"}


def load_yaml(data_dir: Path, engine_ids: set[str], categories: set[str]) -> dict[str, Any]:
    """Read and validate ``evaluation.yaml`` and ``listed.yaml``: the JSON data :mod:`llmengines.build` writes.

    Beyond the types, every engine and server reference must resolve, a series must say which condition varies
    exactly when it has several points, and the listed entries must not reuse an engine's id.
    """
    from pydantic import TypeAdapter

    from llmengines.errors import DataError
    from llmengines.validation import read_yaml, validate

    out: dict[str, Any] = {}
    problems: list[str] = []
    for key, name in DATA_FILES.items():
        doc = read_yaml(data_dir / name)
        if not isinstance(doc.data, dict) or set(doc.data) != {key}:
            raise DataError(f"{doc.file}:1:1: expected one top-level key, {key!r}")
        validated: Evaluation | Listed
        if key == "evaluation":
            validated = validate(TypeAdapter(Evaluation), doc.data[key], doc, (key,))
        else:
            validated = validate(TypeAdapter(Listed), doc.data[key], doc, (key,))
        issues = _check(validated, engine_ids, categories)
        problems += [str(doc.problem((key, *where), message)) for where, message in issues]
        out[key] = asdict(validated)
    if problems:
        raise DataError("the evaluation data is inconsistent", problems)
    return out


def _check(data: Evaluation | Listed, engine_ids: set[str], categories: set[str]) -> list[tuple[tuple[Any, ...], str]]:
    issues: list[tuple[tuple[Any, ...], str]] = []
    if isinstance(data, Listed):
        for i, entry in enumerate(data.entries):
            if entry.id in engine_ids:
                issues.append((("entries", i, "id"), f"{entry.id!r} is an evaluated engine's id"))
        for i, tech in enumerate(data.techniques):
            if tech.category not in categories:
                issues.append((("techniques", i, "category"), f"unknown category {tech.category!r}"))
        return issues
    servers = {s.id for s in data.servers}
    named: list[tuple[tuple[Any, ...], str]] = []
    named += [(("installs", i, "engine"), r.engine) for i, r in enumerate(data.installs)]
    named += [(("defaults", i, "engine"), r.engine) for i, r in enumerate(data.defaults)]
    named += [(("series", i, "engine"), s.engine) for i, s in enumerate(data.series)]
    named += [(("groupings", i, "engines"), e) for i, g in enumerate(data.groupings) for e in g.engines]
    named += [(("findings", i, "engines"), e) for i, f in enumerate(data.findings) for e in f.engines]
    named += [(("benchmarked", "engines"), e) for e in data.benchmarked.engines]
    issues += [(where, f"no engine {engine!r}") for where, engine in named if engine not in engine_ids]
    for i, s in enumerate(data.series):
        if s.hardware not in servers:
            issues.append((("series", i, "hardware"), f"no server {s.hardware!r}"))
        if s.setup not in data.setups:
            issues.append((("series", i, "setup"), f"no setup {s.setup!r}"))
        if (s.vary is None) != (len(s.points) == 1 and s.points[0][0] is None):
            issues.append((("series", i, "points"), "one [null, figure] point exactly when nothing varies"))
        if s.vary is not None and getattr(s, s.vary) is not None:
            issues.append((("series", i, s.vary), "the condition that varies cannot also be fixed"))
    for i, f in enumerate(data.findings):
        if f.hardware is not None and f.hardware not in servers:
            issues.append((("findings", i, "hardware"), f"no server {f.hardware!r}"))
    if len(data.installs) != data.installed_count:
        issues.append((("installs",), f"{len(data.installs)} rows, not the {data.installed_count} engines installed"))
    return issues
