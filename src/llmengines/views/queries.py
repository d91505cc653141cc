"""What the query commands show: ``find``, ``compare``, ``rank``, ``facets``, ``matrix``.

Like :mod:`llmengines.views.dataset`, these are plain functions from query results to :class:`Records` / :class:`Grid`;
engine records are :func:`llmengines.views.dataset.engine_record` (the export's field names) with, where a command adds
something, extra top-level keys (``match`` in ``find``; ``rank``, ``score``, ``figures`` in ``rank``).
"""

from __future__ import annotations

from llmengines import encoded, json_text
from llmengines.editions import cell_mark, footnotes, mark_of, record_fields
from llmengines.environment import Environment
from llmengines.filters import Filters, Match, evaluate, explain_checks
from llmengines.models import Dataset, Engine
from llmengines.render import Column, Grid, GridRow, GridSection, Records, bar, stars, support
from llmengines.scoring import BREADTH, BREADTH_NOTE, RANK_NAMES, Scored, figure_record, number
from llmengines.views.dataset import OPEN_SOURCE, ORG_TYPES, engine_record, engine_record_and_text, money, text_cell
from llmengines.vocabulary import HARDWARE, KINDS, PLATFORMS, PRECISIONS, SCORES, TECHNIQUES, Term

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from typing import Any

    from llmengines.provenance import Provenance


# --- find -------------------------------------------------------------------------------------------------------

_FILTER_COLUMNS = ("hardware", "platforms", "precisions", "techniques")


def find_view(
    matches: Sequence[Match],
    dataset: Dataset,
    filters: Filters,
    *,
    explained: bool,
    provenance: Provenance | None = None,
) -> Records:
    """``find``: the matching engines, with a column for each matrix cell the filters asked about.

    With ``provenance``, ``--explain`` also says which checked values come from the user's overlay files
    (``match.origins`` in JSON: check key → file).
    """
    records = []
    texts: list[str | None] | None = [] if encoded.any_known() else None  # see list_engines
    for m in matches:
        record, text = engine_record_and_text(m.engine, dataset, text=texts is not None)
        record["match"] = m.as_dict()
        if explained and provenance is not None:
            checked = [*m.matched, *m.unknown, *m.failed]
            origins = {k: f for k in checked if (f := provenance.origin(m.engine.id, k)) is not None}
            if origins:
                record["match"]["origins"] = origins
        records.append(record)
        if texts is not None:
            texts.append(None if text is None else encoded.with_fields(text, {"match": record["match"]}))
    columns = [Column("name", "Engine", no_wrap=True), Column("id", "Id", no_wrap=True, drop=1)]
    if not explained:  # --explain needs the room
        columns += [
            Column("open_source", "Open", text_cell, drop=3),
            Column("github_stars", "Stars", stars, justify="right", drop=2),
            Column("deployment.scale", "Scale", text_cell, no_wrap=True, drop=4),
        ]
    for dimension in _FILTER_COLUMNS:
        for id_ in getattr(filters, dimension):
            # a column asked for only through a taxonomy entry's category link is headed as such
            header = f"{id_} (by category)" if dimension == "techniques" and id_ in filters.linked_techniques else id_
            path = f"{dimension}.{id_}"
            columns.append(Column(path, header, support, justify="center", mark=cell_mark(path)))
    columns += _group_columns(filters, {c.key for c in columns})
    if explained:
        columns.append(Column("match", "Why", _why))
    elif filters.include_unknown:
        columns.append(Column("match.status", "Match", lambda v, env: "unknown" if v == "unknown" else "yes"))
    unknown = sum(1 for m in matches if m.status == "unknown")
    caption = f"{len(records)} of {len(dataset.engines)} engines · {filters.describe()}"
    if unknown:
        caption += f" · {unknown} only where the source says nothing (unknown)"
    for r in filters.readings:
        if r.kind == "category":
            column = r.read_as[0].split(".", 1)[1]
            caption += f" · {r.word}: has {TECHNIQUES[column].name}; {r.word} itself is not recorded per engine"
    checked = [f"{d}.{k}" for d in _FILTER_COLUMNS for k in getattr(filters, d)]
    notes = footnotes(dataset, [m.engine.id for m in matches], checked) if checked else []
    if notes:
        caption = "\n".join([caption, *notes])
    example = None
    if not records and dataset.engines:  # so that a misspelt --fields is refused even when nothing matched
        example = engine_record(dataset.engines[0], dataset) | {
            "match": {"status": "match", "matched": [], "unknown": [], "failed": []}
        }
    return Records(records, columns, caption=caption, example=example, texts=texts)


def _group_columns(filters: Filters, taken: set[str]) -> list[Column]:
    """Columns for the cells a --hw word or device reads (apple: ARM64 and macOS; jetson: the Mobile / Edge cell
    and its detail), each once."""
    out = []
    for group in filters.hardware_groups:
        for check in group.keys:
            if check.startswith("hardware_notes."):  # the detail itself, not the check "names NVIDIA Jetson"
                key, column = "hardware_notes.edge", Column("hardware_notes.edge", "edge detail", text_cell)
            else:
                key, column = check, Column(check, check.split(".", 1)[1], support, justify="center")
            if key not in taken:
                taken.add(key)
                out.append(column)
    return out


def _why(value: Any, env: Environment) -> str:
    text = explain_checks(value["matched"], value["unknown"], value["failed"])
    by_file: dict[str, list[str]] = {}
    for key, file in value.get("origins", {}).items():
        by_file.setdefault(file, []).append(key)
    return text + "".join(f"; {', '.join(keys)} from {file}" for file, keys in by_file.items())


# --- compare ----------------------------------------------------------------------------------------------------

COMPARE_SECTIONS: tuple[Term, ...] = (
    Term("overview", "Overview", ("general", "about")),
    Term("hardware", "Platforms and hardware", ("platforms", "platform", "os", "hw")),
    Term("deployment", "Deployment", ("scale",)),
    Term("precisions", "Numeric precisions", ("precision",)),
    Term("techniques", "Optimization techniques", ("technique", "optimizations", "opt")),
    Term("scores", "Survey scores (0–5)", ("score", "survey")),
    Term("pricing", "Pricing (USD)", ("price", "prices", "cost")),
    Term("evaluation", "Paper's evaluation (v3 §6)", ("install", "installation", "results", "measured")),
)


def _sorted_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted_keys(value[key]) for key in sorted(value)}
    if isinstance(value, list | tuple):
        return [_sorted_keys(v) for v in value]
    return value


def _row(label: str, key: str, raw: list[Any], shown: list[str]) -> GridRow:
    distinct = {json_text.dumps(_sorted_keys(v)) for v in raw}  # json.dumps(v, sort_keys=True)
    return GridRow(label, key, raw, shown, differs=len(distinct) > 1)


def _matrix_rows(
    engines: Sequence[Engine], dimension: str, terms: Mapping[str, Term], env: Environment
) -> list[GridRow]:
    rows = []
    for id_, term in terms.items():
        raw = [e.supports(dimension, id_) for e in engines]
        shown = [support(v, env) for v in raw]
        if dimension == "hardware":
            notes = [e.hardware_notes.get(id_) for e in engines]  # type: ignore[call-overload]
            shown = [f"{s} {n}" if n else s for s, n in zip(shown, notes, strict=True)]
        rows.append(_row(term.name, f"{dimension}.{id_}", raw, shown))
    return rows


def _score_text(engine: Engine, key: str, env: Environment) -> str:
    reading = engine.scores.get(key)  # type: ignore[call-overload]
    if reading is None:
        return "—"
    mark = "~" if reading.uncertain else ""
    return f"{bar(reading.value, 5.0, env, width=5)} {mark}{number(reading.value)}"


def _pricing_rows(engines: Sequence[Engine], dataset: Dataset) -> tuple[list[GridRow], list[str]]:
    """Rows of the two pricing tables where any of ``engines`` has a price, and the footnotes they use."""
    marks = {f.id: f.mark for f in dataset.pricing.footnotes}
    used: list[str] = []
    rows = []
    for model_row in dataset.pricing.by_model:
        prices = [model_row.prices.get(e.id) for e in engines]
        if all(p is None or (p.input is None and p.output is None) for p in prices):
            continue
        raw: list[Any] = []
        shown = []
        for p in prices:
            if p is None or (p.input is None and p.output is None):
                raw.append(None)
                shown.append("—")
                continue
            raw.append({"input": p.input, "output": p.output, "footnotes": list(p.footnotes)})
            shown.append(f"{money(p.input)}/{money(p.output)}" + "".join(marks[n] for n in p.footnotes))
            used += [n for n in p.footnotes if n not in used]
        rows.append(_row(model_row.model, f"pricing.by_model.{model_row.model}", raw, shown))
    for hw_row in dataset.pricing.by_hardware:
        hourly = [hw_row.prices.get(e.id) for e in engines]
        if all(h is None for h in hourly):
            continue
        shown = ["—" if h is None else f"{h:.2f}" for h in hourly]
        rows.append(_row(hw_row.hardware, f"pricing.by_hardware.{hw_row.hardware}", list(hourly), shown))
    return rows, used


def compare_view(
    engines: Sequence[Engine],
    dataset: Dataset,
    env: Environment,
    *,
    only_differences: bool = False,
    sections: Sequence[str] = (),
    provenance: Provenance | None = None,
) -> Grid:
    """``compare``: engines side by side, in sections; rows whose values differ are marked (or kept alone).

    With ``provenance``, a value set by one of the user's overlay files is marked ``*N`` (the caption names file N,
    JSON rows carry ``origins``); an engine an overlay defines is marked in its column header instead.
    """

    def field(label: str, key: str, read: Callable[[Engine], Any], show: Callable[[Any], str] = str) -> GridRow:
        raw = [read(e) for e in engines]
        return _row(label, key, raw, [show(v) for v in raw])

    def glyph(value: Any) -> str:
        return support(value, env)

    pricing_rows, footnotes = _pricing_rows(engines, dataset)
    built: dict[str, list[GridRow]] = {
        "overview": [
            field("Organization", "organization", lambda e: e.organization),
            field("Type", "org_type", lambda e: e.org_type, ORG_TYPES.__getitem__),
            field("Released", "released", lambda e: e.released),
            field("Open source", "open_source", lambda e: e.open_source, OPEN_SOURCE.__getitem__),
            field("Offered as", "commercial", lambda e: e.commercial, lambda v: "service" if v else "software"),
            field("GitHub stars", "github_stars", lambda e: e.github_stars, lambda v: stars(v, env)),
            field("Documentation", "docs", lambda e: e.docs),
            field("Community: SNS", "community.sns", lambda e: e.community.sns, glyph),
            field("Community: forum", "community.forum", lambda e: e.community.forum, glyph),
            field("Community: meetup", "community.meetup", lambda e: e.community.meetup, glyph),
        ],
        "hardware": _matrix_rows(engines, "platforms", PLATFORMS, env)
        + _matrix_rows(engines, "hardware", HARDWARE, env),
        "deployment": [
            field("Scale", "deployment.scale", lambda e: e.deployment.scale),
            field("Devices", "deployment.devices", lambda e: e.deployment.devices),
        ],
        "precisions": _matrix_rows(engines, "precisions", PRECISIONS, env),
        "techniques": _matrix_rows(engines, "techniques", TECHNIQUES, env),
        "scores": [
            _row(
                term.name,
                f"scores.{key}",
                [engine_record(e, dataset)["scores"].get(key) for e in engines],
                [_score_text(e, key, env) for e in engines],
            )
            for key, term in SCORES.items()
        ],
        "pricing": pricing_rows,
        "evaluation": _evaluation_rows(engines) if not sections or "evaluation" in sections else [],
    }
    source_notes = _mark_sources(engines, built, dataset, env)
    origin_marks = _mark_origins(engines, built, provenance) if provenance is not None else {}
    wanted = list(sections) or [t.id for t in COMPARE_SECTIONS]
    grid_sections = []
    data_sections = []
    for term in COMPARE_SECTIONS:
        if term.id not in wanted:
            continue
        rows = [r for r in built[term.id] if r.differs or not only_differences]
        if not rows:
            continue
        grid_sections.append(GridSection(term.name, rows))
        data_sections.append(
            {
                "id": term.id,
                "title": term.name,
                "rows": [
                    {
                        "field": r.label,
                        "key": r.key,
                        "differs": r.differs,
                        "values": {e.id: v for e, v in zip(engines, r.raw, strict=True)},
                    }
                    | _origins_of(engines, r, provenance)
                    | _sources_of(engines, r, dataset)
                    for r in rows
                ],
            }
        )
    differing = sum(1 for s in grid_sections for r in s.rows if r.differs)
    mark = "≠" if env.unicode else "*"
    caption = f"{mark} marks the {differing} rows where the engines differ"
    if only_differences:
        caption = f"only the {differing} rows where the engines differ"
        if not differing:
            caption = "no differences in the sections shown"
    if any(s.title == "Pricing (USD)" for s in grid_sections):
        caption += " · pricing: input/output per 1M tokens; hardware: per device-hour"
        notes = {f.id: f for f in dataset.pricing.footnotes}
        caption += "".join(f" · {notes[n].mark} {notes[n].meaning}" for n in footnotes)
    if origin_marks:
        caption += "".join(f" · *{n} = {file} (your data)" for file, n in origin_marks.items())
    shown_keys = {r.key for s in grid_sections for r in s.rows}
    source_lines = [line for key, line in source_notes if key in shown_keys]
    if source_lines:
        caption = "\n".join([caption, *source_lines])
    data = {
        # with the evaluation section, each record has show's "evaluation" value, which its rows' keys point into
        "engines": [engine_record(e, dataset) | _evaluation_record(e, built["evaluation"]) for e in engines],
        "only_differences": only_differences,
        "sections": data_sections,
    }
    title = " vs ".join(e.name for e in engines)
    headers = [
        (
            e.id,
            e.name
            if provenance is None or e.id not in provenance.added
            else f"{e.name} *{origin_marks[provenance.added[e.id]]}",
        )
        for e in engines
    ]
    return Grid(title, headers, grid_sections, data, caption)


def _evaluation_record(engine: Engine, rows: list[GridRow]) -> dict[str, Any]:
    if not rows:
        return {}
    from llmengines.evaluation import evaluation
    from llmengines.evaluation_views import engine_evidence

    return {"evaluation": engine_evidence(evaluation(), engine.id)[1]}


def _evaluation_rows(engines: Sequence[Engine]) -> list[GridRow]:
    from llmengines.evaluation import evaluation
    from llmengines.evaluation_views import compare_rows

    return compare_rows(evaluation(), [e.id for e in engines])


def _mark_origins(
    engines: Sequence[Engine], built: Mapping[str, list[GridRow]], provenance: Provenance
) -> dict[str, int]:
    """Suffix each value an overlay set with ``*N``; return the files used, numbered in the order applied."""
    numbers = {file: i for i, file in enumerate(provenance.files, 1)}
    used: dict[str, int] = {}
    for e in engines:
        if e.id in provenance.added:  # every value is the file's: the header says so once
            used[provenance.added[e.id]] = numbers.get(provenance.added[e.id], len(numbers) + 1)
    for rows in built.values():
        for row in rows:
            for i, e in enumerate(engines):
                if e.id in provenance.added:
                    continue
                file = provenance.fields.get(e.id, {}).get(row.key)
                if file is not None:
                    n = used.setdefault(file, numbers.get(file, len(numbers) + 1))
                    row.shown[i] = f"{row.shown[i]} *{n}"
    return dict(sorted(used.items(), key=lambda item: item[1]))


def _mark_sources(
    engines: Sequence[Engine], built: Mapping[str, list[GridRow]], dataset: Dataset, env: Environment
) -> list[tuple[str, str]]:
    """Mark each disputed (``!``) or corrected (``°``) value; return (row key, footnote line) for each."""
    from llmengines.editions import describe, marks

    found = marks(dataset)
    notes = []
    for rows in built.values():
        for row in rows:
            for i, e in enumerate(engines):
                d = found.get((e.id, row.key))
                if d is None:
                    continue
                mark = mark_of(dataset, e.id, row.key, env.unicode)
                row.shown[i] = f"{row.shown[i]} {mark}"
                notes.append((row.key, f"{mark} {describe(dataset, d, e.name)}"))
    return notes


def _sources_of(engines: Sequence[Engine], row: GridRow, dataset: Dataset) -> dict[str, Any]:
    from llmengines.editions import marks, record_fields

    if not any((e.id, row.key) in marks(dataset) for e in engines):
        return {}
    out: dict[str, Any] = {"disputed": {}, "corrected": {}}
    for e in engines:
        fields = record_fields(dataset, e.id, [row.key])
        for kind in ("disputed", "corrected"):
            if row.key in fields[kind]:
                out[kind][e.id] = fields[kind][row.key]
    return out


def _origins_of(engines: Sequence[Engine], row: GridRow, provenance: Provenance | None) -> dict[str, Any]:
    if provenance is None:
        return {}
    origins = {e.id: f for e in engines if (f := provenance.origin(e.id, row.key)) is not None}
    return {"origins": origins} if origins else {}


# --- rank -------------------------------------------------------------------------------------------------------


def rank_view(ranked: Sequence[Scored], weights: Mapping[str, float], dataset: Dataset, filters: Filters) -> Records:
    """``rank``: engines best first, with the score and the figures that made it."""
    records = []
    for s in ranked:
        figures = {f.key: figure_record(f, weights[f.key], s) for f in s.figures}
        record = {
            "rank": s.rank,
            "score": None if s.score is None else round(s.score, 3),
            "uncertain": s.uncertain,
            "figures": figures,
            **engine_record(s.engine, dataset),
        }
        if not filters.empty:  # how the filters were read (match.readings), as find and recommend say it
            record["match"] = evaluate(s.engine, filters).as_dict()
        records.append(record)

    def score_cell(value: Any, env: Environment) -> str:
        return "—" if value is None else f"{bar(value, 5.0, env, width=8)} {value:.2f}"

    columns = [
        Column("rank", "#", text_cell, justify="right", no_wrap=True),  # never squeezed away on a narrow terminal
        Column("name", "Engine", no_wrap=True),
        Column("score", "Score", score_cell, no_wrap=True),
    ]
    for key in weights:
        label = key if len(weights) == 1 else f"{key} ×{weights[key]:g}"
        # On a terminal too narrow for everything, the figures go first (before Stars) and the caption names
        # them, rather than Rich squeezing them to '…'; the score, which they make up, stays.
        columns.append(Column(f"figures.{key}.detail", label, text_cell, justify="right", drop=2))
    if "stars" not in weights:
        columns.append(Column("github_stars", "Stars", stars, justify="right", drop=1))
    if len(weights) == 1:
        how = f"score = {RANK_NAMES[next(iter(weights))]} on a 0–5 scale"
    else:
        how = "score = Σ weight × figure / Σ weight, each figure on a 0–5 scale"
    caption = f"{how}; ties: more stars first, then id"
    if any(s.uncertain for s in ranked):
        caption += "; ~ = uncertain reading of the survey's chart"
    if any(key in BREADTH for key in weights):
        caption += f"; {BREADTH_NOTE}"  # unknown is not no: say how the figures treat it
    if len(weights) > 1 and any(s.left_out for s in ranked):
        caption += "; a figure shown as 'no figure' was left out of that engine's score"
    if "stars" in weights:
        from llmengines.views.dataset import stars_caption

        caption += f"; {stars_caption(dataset, [s.engine for s in ranked])}"
    # Breadth figures count cells: say which of the counted cells are disputed or corrected, with both values.
    counted = [f"{BREADTH[k][0]}.{i}" for k in weights if k in BREADTH for i in BREADTH[k][1]]
    breadth_notes = footnotes(dataset, [s.engine.id for s in ranked], counted) if counted else []
    if not filters.empty:
        caption += f" · {filters.describe()}"
    if breadth_notes:  # footnote lines last, so that the caption's first line stays whole
        caption = "\n".join([caption, *breadth_notes])
    example = None
    if not records and dataset.engines:  # so that a misspelt --fields is refused even when nothing matched
        from llmengines.scoring import rank

        sample = rank(dataset.engines[:1], weights, population=dataset.engines)
        example = rank_view(sample, weights, dataset, filters).records[0]
    return Records(records, columns, caption=caption, example=example)


# --- facets -----------------------------------------------------------------------------------------------------

FACET_FIELDS: tuple[Term, ...] = (
    Term("hardware", "Hardware", ("hw",)),
    Term("platform", "Platform", ("os", "platforms")),
    Term("precision", "Numeric precision", ("precisions",)),
    Term("technique", "Optimization technique", ("techniques", "opt", "optimizations")),
    Term("org-type", "Organization type", ("org_type", "org", "organization-type")),
    Term("deployment", "Deployment class", ("deployment-class", "class")),
    Term("scale", "Deployment scale", ()),
    Term("devices", "Device diversity", ("device",)),
    Term("open-source", "Open source", ("open_source", "oss", "open")),
)
_MATRIX_FACETS = {"hardware": "hardware", "platform": "platforms", "precision": "precisions", "technique": "techniques"}


def _categorical(engine: Engine, facet: str) -> str:
    if facet == "org-type":
        return engine.org_type
    if facet == "deployment":
        return f"{engine.deployment.scale}/{engine.deployment.devices}"
    if facet == "scale":
        return engine.deployment.scale
    if facet == "devices":
        return engine.deployment.devices
    return engine.open_source


_CATEGORY_VALUES: dict[str, list[tuple[str, str]]] = {
    "org-type": list(ORG_TYPES.items()),
    "deployment": [
        (f"{s}/{d}", f"{s.capitalize()}, {d}")
        for s in ("single-node", "multi-node")
        for d in ("heterogeneous", "homogeneous")
    ],
    "scale": [("single-node", "Single-Node"), ("multi-node", "Multi-Node")],
    "devices": [("heterogeneous", "Heterogeneous devices"), ("homogeneous", "Homogeneous devices")],
    "open-source": list(OPEN_SOURCE.items()),
}


def facets_view(facet: str, engines: Sequence[Engine], dataset: Dataset, filters: Filters) -> Records:
    """``facets FIELD``: each value of a field with how many engines have it (yes / no / unknown), most first."""
    records = []
    if facet in _MATRIX_FACETS:
        dimension = _MATRIX_FACETS[facet]
        kind = {"platforms": "platform", "precisions": "precision", "techniques": "technique"}.get(dimension, dimension)
        for id_, term in KINDS[kind].items():
            cells = {e.id: e.supports(dimension, id_) for e in engines}
            records.append(_facet_record(facet, id_, term.name, cells))
    else:
        for value, name in _CATEGORY_VALUES[facet]:
            cells = {e.id: ("yes" if _categorical(e, facet) == value else "no") for e in engines}
            records.append(_facet_record(facet, value, name, cells))
    records.sort(key=lambda r: -int(r["yes"]))  # stable: ties keep the vocabulary's order
    total = len(engines)

    def count_bar(value: Any, env: Environment) -> str:
        return f"{bar(float(value), float(total), env, width=10)} {value:>2}"

    columns = [
        Column("name", "Value"),
        Column("value", "Id", no_wrap=True, drop=1),
        Column("yes", "Yes", count_bar, no_wrap=True),
        Column("no", "No", text_cell, justify="right"),
        Column("unknown", "Unknown", text_cell, justify="right"),
    ]
    caption = f"{total} engines" + ("" if filters.empty else f" · {filters.describe()}")
    return Records(records, columns, caption=caption)


def _facet_record(facet: str, value: str, name: str, cells: Mapping[str, str]) -> dict[str, Any]:
    return {
        "field": facet,
        "value": value,
        "name": name,
        "yes": sum(1 for v in cells.values() if v == "yes"),
        "no": sum(1 for v in cells.values() if v == "no"),
        "unknown": sum(1 for v in cells.values() if v == "unknown"),
        "engines": [k for k, v in cells.items() if v == "yes"],
        "unknown_engines": [k for k, v in cells.items() if v == "unknown"],
    }


def _matrix_cell(value: Any, env: Environment) -> str:
    if env.unicode:
        return support(value, env)
    # One character per cell even in ASCII, so that the matrix still fits: y / n / ? (not "-": the source's
    # "-" means unknown).
    letter = {"yes": "y", "no": "n"}.get(str(value), "?")
    return support(value, env).replace(support(value, env.plain()), letter) if env.color else letter


# --- matrix -----------------------------------------------------------------------------------------------------

MATRIX_KINDS: tuple[Term, ...] = (
    Term("hardware", "Hardware Support Matrix", ("hw",)),
    Term("platform", "Platform support (Hardware Support Matrix)", ("os", "platforms")),
    Term("precision", "Numeric Precision Support Matrix", ("precisions",)),
    Term("technique", "Optimization Coverage Matrix", ("techniques", "opt", "optimizations", "coverage")),
)


def matrix_view(
    kind: str, engines: Sequence[Engine], env: Environment, *, numbered: bool, dataset: Dataset | None = None
) -> Records:
    """``matrix KIND``: the survey's matrix as a compact table, engines down, ids across.

    With ``numbered`` (terminal tables), columns are headed 1…N and the caption is the legend, so that even the
    23 technique columns fit 80 columns.
    """
    dimension = _MATRIX_FACETS[kind]
    terms = KINDS[kind]
    records = [{"id": e.id, "name": e.name, dimension: dict(getattr(e, dimension))} for e in engines]
    if dataset is not None:
        # Cells whose sources disagree or were corrected: both values and their sources, next to the cells.
        paths = [f"{dimension}.{k}" for k in terms]
        for row in records:
            row.update(record_fields(dataset, str(row["id"]), paths))
    columns = [Column("name", "Engine", no_wrap=True)]
    legend = []
    for i, (id_, term) in enumerate(terms.items(), 1):
        header = str(i) if numbered else term.name
        path = f"{dimension}.{id_}"
        columns.append(Column(path, header, _matrix_cell, justify="center", mark=cell_mark(path)))
        legend.append(f"{i} {term.name}")
    title = next(t.name for t in MATRIX_KINDS if t.id == kind)
    caption = " · ".join(legend) if numbered else None
    if numbered and caption is not None:
        y, n, u = (_matrix_cell(v, env.plain()) for v in ("yes", "no", "unknown"))
        caption = f"{y} yes · {n} no · {u} unknown (the source's '-') — {caption}"
    if dataset is not None:
        notes = footnotes(dataset, [e.id for e in engines], [f"{dimension}.{k}" for k in terms], env.unicode)
        if notes:
            caption = "\n".join([*([caption] if caption else []), *notes])
    return Records(records, columns, title=title, caption=caption, compact=numbered)
