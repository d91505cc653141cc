"""The optimization-technique taxonomy and how it meets the coverage matrix.

The survey list has two views of optimization techniques: a taxonomy of 55 entries in ten categories, each with
its papers, and a coverage matrix of 23 columns saying which engine has what. Some taxonomy entries are matrix
columns (PagedAttention, LoRA, …); most are not (GPTQ, EAGLE, …); and some columns have no taxonomy entry
(vAttention, Quantization, Speculative Decoding, …). This module joins the two:

* a taxonomy entry with a ``matrix_column`` is linked **by technique**: the cell is about that technique;
* an entry without one is linked **by category** where its category corresponds to exactly one column
  (:data:`CATEGORY_COLUMNS`) — the cell then says whether the engine does that *kind* of optimization, not
  whether it implements this particular method;
* otherwise it is not linked, and the output says why.

``technique NAME`` resolves taxonomy entries and matrix columns alike, by any spelling people use.
"""

from __future__ import annotations

from llmengines.environment import Environment
from llmengines.errors import UsageError
from llmengines.lazy import Pattern
from llmengines.models import Dataset, Support, Technique
from llmengines.record_class import Frozen, record
from llmengines.render import Column, Document, Records, Section, support
from llmengines.vocabulary import CATEGORIES, CATEGORY_IDS, TECHNIQUES, Matcher, Term, matcher

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any


@record(frozen=True, slots=True)
class CategoryLink(Frozen):
    """A taxonomy category that corresponds to one coverage-matrix column, and the evidence for it."""

    column: str
    evidence: str


# Where a category of the taxonomy corresponds to exactly one column of the coverage matrix. Categories left out
# are ambiguous or unsupported by the source:
# * batching, parallelism, caching, attention: several columns each, and every entry that is a column is linked
#   by technique already; the rest (TokenAttention, ChunkedAttention) belong to no single column;
# * fine-tuning: the LoRA column is one method, not the category (Full-Parameter Tuning is not LoRA);
# * structured-outputs: the category holds a benchmark (JSONSchemaBench), validation tools (StructTest / SoEval)
#   and an API (OpenAI Structured Outputs) besides decoding methods, and the source never calls it guided
#   decoding, so it is not equated with the Guided Decoding column.
CATEGORY_COLUMNS: dict[str, CategoryLink] = {
    "quantization": CategoryLink(
        "quantization", "the taxonomy's Quantization table and the matrix's Quantization column share the name"
    ),
    "pruning": CategoryLink("pruning", "the taxonomy's Pruning table and the matrix's Pruning column share the name"),
    "sparsity": CategoryLink(
        "sparsity", "the taxonomy's Sparsity Optimization table corresponds to the matrix's Sparsity column"
    ),
    "sampling": CategoryLink(
        "speculative-decoding",
        "the taxonomy's Sampling Optimization entries are speculative-decoding methods "
        "(EAGLE: 'Multi-token speculative decoding')",
    ),
}

# The source groups three categories under one heading, "Compression".
CATEGORY_GROUPS: dict[str, tuple[str, ...]] = {"compression": ("quantization", "pruning", "sparsity")}


@record(frozen=True, slots=True)
class Coverage(Frozen):
    """Which engines have a matrix column, and how a technique is linked to it."""

    column: str
    link: str  # "technique" (the column is this technique) or "category" (by the technique's category)
    note: str
    cells: dict[str, Support]  # engine id → value, in dataset order


@record(frozen=True, slots=True)
class Entry(Frozen):
    """What ``technique NAME`` found: a taxonomy entry, or a matrix column with no taxonomy entry."""

    id: str
    name: str
    technique: Technique | None  # None for a matrix column that is not in the taxonomy
    column: str | None  # the matrix column of that name, if any


# --- names ------------------------------------------------------------------------------------------------------

_PARENTHESIS = Pattern(r"\s*\(([^)]*)\)\s*")


def _spellings(name: str) -> list[str]:
    """Other ways people write a taxonomy name: ``Tensor Parallelism (TP)`` → ``Tensor Parallelism``, ``TP``;
    ``FSM / CFG`` → ``FSM``, ``CFG``."""
    out: list[str] = []
    inner = _PARENTHESIS.search(name)
    if inner:
        out += [_PARENTHESIS.sub(" ", name).strip(), inner.group(1).strip()]
    if "/" in name:
        out += [part.strip() for part in name.split("/") if part.strip()]
    return out


def technique_matcher(dataset: Dataset) -> Matcher:
    """A matcher over taxonomy entries and matrix columns: ids, names, abbreviations and the column aliases."""
    terms: list[Term] = []
    covered: set[str] = set()
    for t in dataset.techniques:
        aliases = _spellings(t.name)
        if t.matrix_column is not None:
            covered.add(t.matrix_column)
            column = TECHNIQUES[t.matrix_column]
            aliases += [column.id, column.name, *column.aliases]
        terms.append(Term(t.id, t.name, tuple(a for a in aliases if a != t.name)))
    terms += [term for term in TECHNIQUES.values() if term.id not in covered]
    return Matcher("technique", terms)


def find(dataset: Dataset, name: str) -> Entry:
    """The taxonomy entry or matrix column called ``name`` (any spelling); raises ``UnknownNameError``."""
    found = technique_matcher(dataset).resolve(name)
    for t in dataset.techniques:
        if t.id == found:
            return Entry(t.id, t.name, t, t.matrix_column)
    term = TECHNIQUES[found]
    return Entry(term.id, term.name, None, term.id)


def category(name: str) -> tuple[str, ...]:
    """The taxonomy categories meant by ``name``: one category, or the source's "Compression" group."""
    key = name.strip().casefold()
    if key in CATEGORY_GROUPS:
        return CATEGORY_GROUPS[key]
    return (matcher("category").resolve(name),)


# --- links between the taxonomy and the matrix -------------------------------------------------------------------


def column_of(technique: Technique) -> tuple[str, str] | None:
    """The matrix column a taxonomy entry is linked to, and how (``"technique"`` or ``"category"``)."""
    if technique.matrix_column is not None:
        return technique.matrix_column, "technique"
    link = CATEGORY_COLUMNS.get(technique.category)
    return (link.column, "category") if link else None


def coverage(dataset: Dataset, entry: Entry) -> Coverage | None:
    """Which engines have the column ``entry`` is linked to; None when it has none."""
    if entry.technique is None:
        assert entry.column is not None
        column, link = entry.column, "technique"
    else:
        linked = column_of(entry.technique)
        if linked is None:
            return None
        column, link = linked
    cells = {e.id: e.supports("techniques", column) for e in dataset.engines}
    name = TECHNIQUES[column].name
    if link == "technique":
        note = f"each engine's cell in the coverage matrix's {name} column"
    else:
        assert entry.technique is not None
        cat = CATEGORIES[entry.technique.category].name
        note = (
            f"no column for {entry.name} itself; linked by category ({cat}) to the {name} column, "
            f"because {CATEGORY_COLUMNS[entry.technique.category].evidence}. "
            f"A ✓ says the engine does {name.lower()}, not that it implements {entry.name}"
        )
    return Coverage(column, link, note, cells)


def no_coverage_note(technique: Technique) -> str:
    """Why a taxonomy entry has no coverage-matrix column."""
    cat = CATEGORIES[technique.category].name
    text = f"the coverage matrix has no column for {technique.name}, nor a single column for its category ({cat})"
    if technique.category == "structured-outputs":
        text += (
            "; the Guided Decoding column is related, but the source does not equate it with this category, "
            "which also holds benchmarks and validation tools (see 'llmengines technique guided-decoding')"
        )
    return text


def members(dataset: Dataset, column: str) -> list[tuple[Technique, str]]:
    """The taxonomy entries linked to a matrix column, with how each is linked."""
    out = []
    for t in dataset.techniques:
        linked = column_of(t)
        if linked is not None and linked[0] == column:
            out.append((t, linked[1]))
    return out


# --- views ------------------------------------------------------------------------------------------------------


def technique_record(technique: Technique) -> dict[str, Any]:
    """A taxonomy entry as a JSON record (``techniques``)."""
    linked = column_of(technique)
    return {
        "id": technique.id,
        "name": technique.name,
        "category": technique.category,
        "category_name": CATEGORIES[technique.category].name,
        "description": technique.description,
        "reference_count": len(technique.references),
        "references": [{"label": r.label, "url": r.url} for r in technique.references],
        "matrix_column": technique.matrix_column,
        "linked_column": linked[0] if linked else None,
        "linked_by": linked[1] if linked else None,
    }


def _linked_text(value: Any, env: Environment) -> str:
    return "" if value is None else TECHNIQUES[value].name


def list_techniques(dataset: Dataset, categories: Iterable[str] | None = None) -> Records:
    """``llmengines techniques``: the taxonomy, one row per entry, in the source's order."""
    wanted = set(categories) if categories is not None else set(CATEGORY_IDS)
    records = [technique_record(t) for t in dataset.techniques if t.category in wanted]
    columns = [
        Column("category_name", "Category", no_wrap=True, drop=2),
        Column("name", "Technique"),
        Column("description", "Description"),
        Column("reference_count", "Refs", justify="right", no_wrap=True),
        Column("matrix_column", "Matrix column", _linked_text, drop=1),
        Column("id", "Id", no_wrap=True, drop=3),
    ]
    caption = (
        f"{len(records)} of {len(dataset.techniques)} taxonomy entries · 'llmengines technique NAME' for papers "
        "and engines · source: the survey list's Optimization Techniques tables"
    )
    return Records(records, columns, caption=caption)


def _engine_lists(dataset: Dataset, cells: dict[str, Support]) -> dict[str, list[str]]:
    return {value: [e for e, v in cells.items() if v == value] for value in ("yes", "no", "unknown")}


def _names(dataset: Dataset, ids: list[str]) -> str:
    names = {e.id: e.name for e in dataset.engines}
    return ", ".join(names[i] for i in ids) or "—"


def show_technique(dataset: Dataset, entry: Entry, env: Environment) -> Document:
    """``llmengines technique NAME``: what it is, where it comes from, and which engines have it."""
    cov = coverage(dataset, entry)
    t = entry.technique
    data: dict[str, Any] = {
        "id": entry.id,
        "name": entry.name,
        "kind": "taxonomy" if t is not None else "matrix-column",
    }
    overview: list[tuple[str, str]] = [("Name", entry.name), ("Id", entry.id)]
    sections: list[Section] = []
    if t is not None:
        data.update(technique_record(t))
        overview += [("Category", CATEGORIES[t.category].name), ("Description", t.description)]
        sections.append(Section("Overview", overview))
        refs = [(r.label, r.url) for r in t.references]
        sections.append(Section("References", refs))
    else:
        data.update(
            category=None,
            category_name=None,
            description=None,
            reference_count=0,
            references=[],
            matrix_column=entry.id,
            linked_column=entry.id,
            linked_by="technique",
        )
        overview.append(("Taxonomy", "not an entry of the taxonomy; a column of the coverage matrix"))
        sections.append(Section("Overview", overview))
    if cov is None:
        assert t is not None
        note = no_coverage_note(t)
        data["coverage"] = None
        data["coverage_note"] = note
        sections.append(Section("Coverage matrix", [("Note", note)]))
    else:
        lists = _engine_lists(dataset, cov.cells)
        column_name = TECHNIQUES[cov.column].name
        data["coverage"] = {"column": cov.column, "column_name": column_name, "link": cov.link, **lists}
        labels = {"yes": "yes", "no": "no", "unknown": "unknown (- in the source)"}
        if cov.link == "category":
            # yes/no/unknown are what the survey records for the technique itself: nothing, for a category link.
            # The column's cells are kept apart, so that a script reading .coverage.yes never gets an engine the
            # survey does not say implements this method.
            data["coverage"].update(yes=[], no=[], unknown=[], by_category=lists)
            name = entry.name
            labels = {
                "yes": f"has {column_name}; {name} itself is not recorded per engine",
                "no": f"no {column_name}",
                "unknown": f"{column_name} unknown (- in the source)",
            }
        data["coverage_note"] = cov.note
        rows = [
            (f"{support(value, env)} {labels[value]}", _names(dataset, lists[value]))
            for value in ("yes", "no", "unknown")
        ]
        rows.append(("Note", cov.note))
        heading = f"Coverage matrix: {column_name}"
        if cov.link == "category":
            heading += f" (category link: {entry.name} has no column of its own)"
        sections.append(Section(heading, rows))
    if t is None:
        related = members(dataset, entry.id)
        data["taxonomy_entries"] = [{"id": r.id, "name": r.name, "linked_by": how} for r, how in related]
        rows = [(r.name, f"{r.description} (linked by {how})") for r, how in related]
        if not rows:
            text = "none"
            if entry.id == "guided-decoding":
                text += (
                    "; the taxonomy's Structured Outputs entries are related but not linked "
                    "('llmengines techniques --category structured-outputs')"
                )
            rows = [("—", text)]
        sections.append(Section("Taxonomy entries under this column", rows))
    title = f"{entry.name} — {CATEGORIES[t.category].name}" if t is not None else f"{entry.name} — coverage matrix"
    return Document(title, data, sections)


def check_categories(names: Iterable[str]) -> list[str]:
    """Resolve ``--category`` values (comma-separated allowed); raises ``UnknownNameError``."""
    out: list[str] = []
    for name in names:
        for part in name.split(","):
            if not part.strip():
                raise UsageError("--category needs a category name")
            out += [c for c in category(part) if c not in out]
    return out
