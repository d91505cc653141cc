"""What each command shows: plain functions from the dataset to :class:`Records` or :class:`Document`.

They decide content (which fields, in which sections, with which labels); :mod:`llmengines.render` decides
how it looks in each format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from llmengines.dataset import engine_to_dict
from llmengines.environment import Environment
from llmengines.models import Dataset, Engine
from llmengines.render import Column, Document, Records, Section, bar, stars, support
from llmengines.vocabulary import HARDWARE, PLATFORMS, PRECISIONS, SCORES, TECHNIQUES, Term

if TYPE_CHECKING:
    from llmengines.overlays import Provenance

ORG_TYPES = {"community": "Community", "academic": "Academic", "big-tech": "Big Tech", "startup": "Startup"}
OPEN_SOURCE = {"yes": "yes", "partial": "partial", "no": "no (closed)"}
DOCS = {"detailed": "detailed", "moderate": "moderate", "simple": "simple", "missing": "missing"}


def engine_record(engine: Engine, dataset: Dataset) -> dict[str, Any]:
    """An engine as a JSON record: the export's fields, with the date of its star count filled in."""
    record = engine_to_dict(engine)
    if engine.github_stars is not None and record["stars_as_of"] is None:
        record["stars_as_of"] = dataset.snapshot_date
    return record


def text_cell(value: Any, env: Environment) -> str:
    """A value as a table cell: its text, or nothing for None."""
    return "" if value is None else str(value)


def list_engines(dataset: Dataset) -> Records:
    """``llmengines list``: one row per engine."""
    columns = [
        Column("name", "Engine", no_wrap=True),
        Column("id", "Id", no_wrap=True, drop=1),
        Column("organization", "Organization", drop=4),
        Column("org_type", "Type", lambda v, env: ORG_TYPES.get(v, str(v)), drop=3),
        Column("open_source", "Open", text_cell, drop=2),
        Column("github_stars", "Stars", stars, justify="right", no_wrap=True),
        Column("deployment.scale", "Scale", text_cell, no_wrap=True),
        Column("deployment.devices", "Devices", text_cell, no_wrap=True),
    ]
    records = [engine_record(e, dataset) for e in dataset.engines]
    # Star counts from the user's data carry their own date; say how many differ from the survey's.
    dated = sum(1 for e in dataset.engines if e.stars_as_of not in (None, dataset.snapshot_date))
    as_of = f"GitHub stars as of {dataset.snapshot_date}" + (
        f" ({dated} dated otherwise: stars_as_of)" if dated else ""
    )
    caption = f"{len(records)} engines · {as_of} · source: {dataset.source.title}"
    return Records(records, columns, caption=caption)


def _grouped(
    table: Mapping[Any, str], terms: dict[str, Term], env: Environment, mark: Callable[[str], str] = lambda _k: ""
) -> list[tuple[str, str]]:
    rows = []
    for value, label in (("yes", "supported"), ("no", "not supported"), ("unknown", "unknown")):
        names = [(terms[k].name if k in terms else k) + mark(k) for k, v in table.items() if v == value]
        if names:
            rows.append((f"{support(value, env)} {label}", ", ".join(names)))
    return rows


def score_text(score: Any, env: Environment) -> str:
    """A survey score as a bar and a figure, marked when the reading is uncertain."""
    value = float(score["value"])
    text = f"{bar(value, 5.0, env)} {value:.1f}" if round(value, 1) == value else f"{bar(value, 5.0, env)} {value:.2f}"
    if score.get("uncertain"):
        low, high = score.get("low"), score.get("high")
        read = f"read {low:g}–{high:g}" if low is not None and high is not None else "read as ~"
        text += f"  (uncertain: {read})"
    return text


def show_engine(engine: Engine, dataset: Dataset, env: Environment, provenance: Provenance | None = None) -> Document:
    """``llmengines show ENGINE``: everything about one engine, in sections.

    With ``provenance``, values that come from the user's overlay files say which file (``(from FILE)``), and the
    JSON record gains ``defined_in`` (``"survey"`` or a file) and ``overlay_fields`` (``{path: file}``).
    """
    from llmengines.overlays import SURVEY, Provenance

    prov = provenance or Provenance()
    defined_in = prov.defined_in(engine.id)

    def mark(*paths: str) -> str:
        # Values of an engine an overlay defines all come from it (said once, below); mark what other files changed.
        files = {f for p in paths if (f := prov.origin(engine.id, p)) is not None and f != prov.added.get(engine.id)}
        return f"  (from {', '.join(sorted(files))})" if files else ""

    def marker(table: str) -> Callable[[str], str]:
        return lambda key: mark(f"{table}.{key}").replace("  (", " (")

    record = engine_record(engine, dataset)
    record["defined_in"] = defined_in
    record["overlay_fields"] = prov.overlay_fields(engine.id)
    errata = [e for e in dataset.errata if e.engine == engine.id]
    record["errata"] = [
        {
            "table": e.table,
            "field": e.field,
            "published": e.published,
            "corrected": e.corrected,
            "source": e.source,
            "date": e.date,
        }
        for e in errata
    ]
    c = engine.community
    overview = [
        ("Name", engine.name + mark("name")),
        ("Id", engine.id),
        ("Also known as", (", ".join(engine.aliases) or "—") + mark("aliases")),
        ("Organization", f"{engine.organization} ({ORG_TYPES[engine.org_type]})" + mark("organization", "org_type")),
        ("Released", engine.released + mark("released")),
        ("Open source", OPEN_SOURCE[engine.open_source] + mark("open_source")),
        ("Offered as", ("commercial service" if engine.commercial else "self-hosted software") + mark("commercial")),
        (
            "GitHub stars",
            (
                f"{stars(engine.github_stars, env)} (as of {record['stars_as_of']})"
                if engine.github_stars is not None
                else "— (no figure in the source)"
                if defined_in == SURVEY
                else "— (no figure given)"
            )
            + mark("github_stars", "stars_as_of"),
        ),
    ]
    if engine.latest_release is not None:
        when = f" ({engine.latest_release_date})" if engine.latest_release_date else ""
        overview.append(("Latest release", engine.latest_release + when + mark("latest_release")))
    if engine.last_push is not None:
        overview.append(("Last push", engine.last_push + mark("last_push")))
    overview += [
        ("Documentation", DOCS[engine.docs] + mark("docs")),
        (
            "Community",
            f"SNS {support(c.sns, env)}  Forum {support(c.forum, env)}  Meetup {support(c.meetup, env)}"
            + mark("community"),
        ),
    ]
    if defined_in != SURVEY:
        overview.insert(0, ("Defined in", f"{defined_in} (not in the survey; what it does not give is unknown)"))
    links = [
        ("Repository", (engine.links.repository or "—") + mark("links.repository")),
        ("Web page", (engine.links.webpage or "—") + mark("links.webpage")),
    ]
    links += [
        (f"Paper {i}" if len(engine.links.papers) > 1 else "Paper", url + mark("links.papers"))
        for i, url in enumerate(engine.links.papers, 1)
    ]
    hardware = _grouped(engine.hardware, HARDWARE, env, marker("hardware"))
    hardware += [
        (f"  {HARDWARE[k].name}", note + mark(f"hardware_notes.{k}")) for k, note in engine.hardware_notes.items()
    ]
    scores = [
        (SCORES[k].name, score_text(record["scores"][k], env) + mark(f"scores.{k}"))
        for k in SCORES
        if k in record["scores"]
    ]
    sections = [
        Section("Overview", overview),
        Section("Links", links),
        Section(
            "Deployment",
            [
                ("Scale", engine.deployment.scale + mark("deployment.scale")),
                ("Devices", engine.deployment.devices + mark("deployment.devices")),
            ],
        ),
        Section("Platforms", _grouped(engine.platforms, PLATFORMS, env, marker("platforms"))),
        Section("Hardware", hardware),
        Section("Numeric precisions", _grouped(engine.precisions, PRECISIONS, env, marker("precisions"))),
        Section("Optimization techniques", _grouped(engine.techniques, TECHNIQUES, env, marker("techniques"))),
        Section("Survey scores (0–5)", scores or [("—", "not scored by the survey")]),
    ]
    pricing = _pricing_rows(engine, dataset)
    if pricing:
        sections.append(Section("Pricing (USD)", pricing))
    if errata:
        sections.append(
            Section(
                "Corrections since publication",
                [
                    (e.field, f"published {e.published}, corrected to {e.corrected} ({e.source}, {e.date})")
                    for e in errata
                ],
            )
        )
    changed = {path: file for path, file in record["overlay_fields"].items() if file != prov.added.get(engine.id)}
    if changed:
        sections.append(Section("Values from your data files", list(changed.items())))
    return Document(f"{engine.name} — {engine.organization}", record, sections)


def _pricing_rows(engine: Engine, dataset: Dataset) -> list[tuple[str, str]]:
    notes = {f.id: f for f in dataset.pricing.footnotes}
    rows: list[tuple[str, str]] = []
    for row in dataset.pricing.by_model:
        price = row.prices.get(engine.id)
        if price is None or (price.input is None and price.output is None):
            continue
        text = f"{money(price.input)} in / {money(price.output)} out per 1M tokens"
        for note in price.footnotes:
            text += f" ({notes[note].meaning})"
        rows.append((row.model, text))
    for hw_row in dataset.pricing.by_hardware:
        hourly = hw_row.prices.get(engine.id)
        if hourly is not None:
            rows.append((hw_row.hardware, f"{hourly:g} per device-hour"))
    return rows


def money(value: float | None) -> str:
    """A price with two decimals, or — where the source has none."""
    return "—" if value is None else f"{value:.2f}"


def counts(dataset: Dataset) -> dict[str, int]:
    """How many of each kind of record the dataset holds."""
    return {
        "engines": len(dataset.engines),
        "open_source_engines": sum(1 for e in dataset.engines if not e.commercial),
        "commercial_engines": sum(1 for e in dataset.engines if e.commercial),
        "techniques": len(dataset.techniques),
        "model_prices": len(dataset.pricing.by_model),
        "hardware_prices": len(dataset.pricing.by_hardware),
        "errata": len(dataset.errata),
    }


def info(dataset: Dataset, version: str, overlays: Sequence[str] = ()) -> Document:
    """``llmengines info``: where the data comes from, how old it is, what was corrected, and which of the
    user's data files (``overlays``, in the order applied) are merged in."""
    from dataclasses import asdict

    n = counts(dataset)
    data: dict[str, Any] = {
        "version": version,
        "schema_version": dataset.schema_version,
        "source": asdict(dataset.source),  # not dataset_to_dict: that copies every engine (1,000s with overlays)
        "snapshot_date": dataset.snapshot_date,
        "snapshot_note": dataset.snapshot_note,
        "counts": n,
        "errata": [asdict(e) for e in dataset.errata],
        "overlays": list(overlays),
    }
    src = dataset.source
    sections = [
        Section(
            "Dataset",
            [
                ("llmengines", version),
                ("Schema version", dataset.schema_version),
                ("Snapshot date", f"{dataset.snapshot_date} (on or before)"),
                ("Note", dataset.snapshot_note),
            ],
        ),
        Section(
            "Source",
            [
                ("List", f"{src.title} — {src.list_repository}" if src.title else src.list_repository),
                ("Commit", f"{src.list_commit} ({src.list_date})"),
                ("Survey", src.paper),
                ("Paper", src.paper_url),
            ],
        ),
        Section("Counts", [(k.replace("_", " ").capitalize(), str(v)) for k, v in n.items()]),
        Section(
            "Errata applied",
            [
                (f"{e.engine} {e.field}", f"{e.published} → {e.corrected} ({e.table}; {e.source}, {e.date})")
                for e in dataset.errata
            ]
            or [("—", "none")],
        ),
        Section(
            "Your data files (applied in this order, after the survey)",
            [(str(i), file) for i, file in enumerate(overlays, 1)] or [("—", "none")],
        ),
    ]
    return Document("llmengines dataset", data, sections)
