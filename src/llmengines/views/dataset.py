"""What each command shows: plain functions from the dataset to :class:`Records` or :class:`Document`.

They decide content (which fields, in which sections, with which labels); :mod:`llmengines.render` decides
how it looks in each format.
"""

from __future__ import annotations

from llmengines import encoded
from llmengines.dataset import engine_to_dict
from llmengines.editions import CORRECTED_MARK, describe, mark_of, marks
from llmengines.environment import Environment
from llmengines.models import Dataset, Engine
from llmengines.render import Column, Document, Records, Section, bar, stars, support
from llmengines.vocabulary import HARDWARE, PLATFORMS, PRECISIONS, SCORES, TECHNIQUES, Term

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from typing import Any

    from llmengines.provenance import Provenance

ORG_TYPES = {"community": "Community", "academic": "Academic", "big-tech": "Big Tech", "startup": "Startup"}
OPEN_SOURCE = {"yes": "yes", "partial": "partial", "no": "no (closed)"}
DOCS = {"detailed": "detailed", "moderate": "moderate", "simple": "simple", "missing": "missing"}


def engine_record(engine: Engine, dataset: Dataset) -> dict[str, Any]:
    """An engine as a JSON record: the export's fields, with the date and source of its star count filled in, and
    ``disputed`` / ``corrected``: the cells whose sources disagree or were corrected, each with every source's value.
    """
    return engine_record_and_text(engine, dataset, text=False)[0]


def engine_record_and_text(engine: Engine, dataset: Dataset, *, text: bool = True) -> tuple[dict[str, Any], str | None]:
    """:func:`engine_record`, and its JSON text (``ensure_ascii=False``) when the engine's own is known
    (:mod:`llmengines.encoded`: the engines of an overlay) and nothing is filled in between its fields; else None."""
    record = engine_to_dict(engine)
    if _dated_by_snapshot(engine):
        record["stars_as_of"] = dataset.snapshot_date
    more = _record_fields(engine, dataset)
    record.update(more)
    return record, _text(engine, more) if text else None


def engine_record_text(engine: Engine, dataset: Dataset) -> str | None:
    """The text :func:`engine_record_and_text` gives, without making the record."""
    return _text(engine, _record_fields(engine, dataset))


def _dated_by_snapshot(engine: Engine) -> bool:
    # A star count without its own date is dated by the dataset's snapshot (in the middle of the record).
    return engine.github_stars is not None and engine.stars_as_of is None


def _text(engine: Engine, more: dict[str, Any]) -> str | None:
    known = encoded.known(engine)
    if known is None or _dated_by_snapshot(engine):
        return None  # the snapshot date goes in the middle of the text: the record is encoded as usual
    return encoded.with_fields(known, more)


def _record_fields(engine: Engine, dataset: Dataset) -> dict[str, Any]:
    # What engine_record adds to the export's fields, in its order.
    from llmengines.editions import record_fields

    return {"stars_source": stars_source(engine, dataset), **record_fields(dataset, engine.id)}


def stars_source(engine: Engine, dataset: Dataset) -> str | None:
    """The id of the source of the engine's star count; None where it is the user's (an overlay, refresh) or none."""
    if engine.github_stars is None:
        return None
    dates = dataset.history.get(engine.id, {}).get("stars_as_of")
    if dates:
        for source_id, date in reversed(dates.items()):
            if (
                date == engine.stars_as_of
                and dataset.history[engine.id].get("github_stars", {}).get(source_id) == engine.github_stars
            ):
                return source_id
        return None
    if engine.stars_as_of in (None, dataset.snapshot_date) and dataset.sources:
        return dataset.sources[0].id
    return None


MONTH_NAMES = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec.")


def when(date: str | None) -> str:
    """A date as the sources give it: ``2025-09`` (a month only) → ``Sep. 2025``; a day stays ``2025-05-02``."""
    if date is None:
        return "—"
    if len(date) == 7 and date[4] == "-" and date[5:].isdigit() and 1 <= int(date[5:]) <= 12:
        return f"{MONTH_NAMES[int(date[5:]) - 1]} {date[:4]}"
    return date


def stars_caption(dataset: Dataset, engines: Sequence[Engine] | None = None) -> str:
    """``GitHub stars as of Sep. 2025 (paper v3, Table 4)``: the date and source most figures shown have."""
    from llmengines.editions import locator, source

    shown = [e for e in (dataset.engines if engines is None else engines) if e.github_stars is not None]
    if not shown:
        return "no GitHub star figures"
    counted: dict[tuple[str | None, str | None], int] = {}  # Counter.most_common without collections and heapq
    for e in shown:
        key = (e.stars_as_of or dataset.snapshot_date, stars_source(e, dataset))
        counted[key] = counted.get(key, 0) + 1
    (date, source_id), n = max(counted.items(), key=lambda item: item[1])  # the first seen of the most common
    layer = source(dataset, source_id) if source_id else None
    where = f" ({layer.label}, {locator(layer, 'github_stars').split(' (')[0]})" if layer else ""
    text = f"GitHub stars as of {when(date)}{where}"
    if n < len(shown):
        text += f" ({len(shown) - n} dated otherwise: stars_as_of)"
    return text


def text_cell(value: Any, env: Environment) -> str:
    """A value as a table cell: its text, or nothing for None."""
    return "" if value is None else str(value)


def list_texts(dataset: Dataset) -> list[str] | None:
    """The JSON text of each record :func:`list_engines` makes, when every one is known in advance (the engines
    of a cached overlay: :mod:`llmengines.encoded`), without making the records; else None."""
    if not encoded.any_known():
        return None
    texts = []
    for engine in dataset.engines:
        text = engine_record_text(engine, dataset)
        if text is None:
            return None
        texts.append(text)
    return texts


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
    with_texts = encoded.any_known()  # else no engine has one (no overlay)
    made = [engine_record_and_text(e, dataset, text=with_texts) for e in dataset.engines]
    records = [record for record, _text in made]
    texts = [text for _record, text in made] if with_texts else None
    # Star counts from the user's data carry their own date; say how many differ from the most common one.
    caption = f"{len(records)} engines · {stars_caption(dataset)} · source: {dataset.source.title}"
    names = {e.id: e.name for e in dataset.engines}
    spelt = [names[d.engine] for d in marks(dataset).values() if d.field == "organization" and d.engine in names]
    if spelt:
        caption += " · organization disputed between sources for " + ", ".join(spelt) + " (see show)"
    return Records(records, columns, caption=caption, texts=texts)


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
    from llmengines.provenance import SURVEY, Provenance

    prov = provenance or Provenance()
    defined_in = prov.defined_in(engine.id)

    def mark(*paths: str) -> str:
        # Values of an engine an overlay defines all come from it (said once, below); mark what other files changed.
        files = {f for p in paths if (f := prov.origin(engine.id, p)) is not None and f != prov.added.get(engine.id)}
        return f"  (from {', '.join(sorted(files))})" if files else ""

    def marker(table: str) -> Callable[[str], str]:
        return lambda key: (
            mark_of(dataset, engine.id, f"{table}.{key}", env.unicode) + mark(f"{table}.{key}").replace("  (", " (")
        )

    def flagged(path: str) -> str:
        found = mark_of(dataset, engine.id, path, env.unicode)
        return f" {found}" if found else ""

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
        (
            "Organization",
            f"{engine.organization}{flagged('organization')} ({ORG_TYPES[engine.org_type]})"
            + mark("organization", "org_type"),
        ),
        ("Released", engine.released + mark("released")),
        ("Open source", OPEN_SOURCE[engine.open_source] + mark("open_source")),
        ("Offered as", ("commercial service" if engine.commercial else "self-hosted software") + mark("commercial")),
        (
            "GitHub stars",
            (
                _stars_text(engine, dataset, record, env)
                if engine.github_stars is not None
                else "— (no figure in the source)"
                if defined_in == SURVEY
                else "— (no figure given)"
            )
            + mark("github_stars", "stars_as_of"),
        ),
    ]
    earlier = _earlier_stars(engine, dataset, env)
    if earlier:
        overview.append(("Earlier stars", earlier))
    if engine.latest_release is not None:
        released = f" ({engine.latest_release_date})" if engine.latest_release_date else ""
        overview.append(("Latest release", engine.latest_release + released + mark("latest_release")))
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
    record["pricing"] = pricing_record(engine, dataset)
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
    own = [d for d in marks(dataset).values() if d.engine == engine.id]
    if own:
        sections.append(
            Section(
                "Sources (! disputed, " + CORRECTED_MARK[env.unicode] + " corrected)",
                [
                    (
                        mark_of(dataset, engine.id, d.field, env.unicode) + " " + d.field,
                        describe(dataset, d, engine.name, show=_plain if env.unicode else None),
                    )
                    for d in own
                ],
            )
        )
    changed = {path: file for path, file in record["overlay_fields"].items() if file != prov.added.get(engine.id)}
    if changed:
        sections.append(Section("Values from your data files", list(changed.items())))
    # What the paper's own runs observed (v3 §6): beside the claimed support above, never merged into it.
    from llmengines.evaluation import evaluation
    from llmengines.evaluation_views import engine_evidence

    evidence_sections, record["evaluation"] = engine_evidence(evaluation(), engine.id)
    sections += evidence_sections
    return Document(f"{engine.name} — {engine.organization}", record, sections)


def pricing_record(engine: Engine, dataset: Dataset) -> dict[str, Any]:
    """The engine's published prices as ``show`` lists them (empty lists for an engine without prices)."""
    from llmengines.pricing import OTHER_MODEL_FOOTNOTES

    notes = {f.id: f for f in dataset.pricing.footnotes}
    by_model = []
    for row in dataset.pricing.by_model:
        price = row.prices.get(engine.id)
        if price is None or (price.input is None and price.output is None):
            continue
        by_model.append(
            {
                "model": row.model,
                # The model the price is really for, as in `pricing`: GroqCloud's DeepSeek-R1 is the distilled one.
                "served_model": next((notes[n].text for n in price.footnotes if n in OTHER_MODEL_FOOTNOTES), row.model),
                "input": price.input,
                "output": price.output,
                "unit": "USD per 1M tokens",
                "footnotes": [
                    {"mark": notes[n].mark, "text": notes[n].text, "meaning": notes[n].meaning} for n in price.footnotes
                ],
            }
        )
    by_hardware = [
        {"hardware": row.hardware, "per_hour": hourly, "unit": "USD per device-hour"}
        for row in dataset.pricing.by_hardware
        if (hourly := row.prices.get(engine.id)) is not None
    ]
    return {"by_model": by_model, "by_hardware": by_hardware, "as_of": dataset.snapshot_date}


def _source_rows(dataset: Dataset) -> list[tuple[str, str]]:
    order = [s.id for s in dataset.sources]
    cut = order.index(dataset.edition) if dataset.edition in order else len(order) - 1
    rows = []
    for i, layer in enumerate(dataset.sources):
        text = f"{layer.date} · {layer.name} · --source {layer.aliases[0] if layer.aliases else layer.id}"
        if layer.restates:
            text += " (restates " + ", ".join(layer.restates) + " unchanged)"
        if i > cut:
            text += " · not applied (--source / --as-of)"
        rows.append((layer.label, text))
    kinds = [d.kind for d in dataset.disputes]
    if kinds:
        rows.append(
            (
                "Disagreements",
                f"{kinds.count('disputed')} disputed cells, {kinds.count('corrected')} corrected (see show)",
            )
        )
    return rows


def _plain(value: Any) -> str:
    return {"yes": "✓ yes", "no": "✗ no", "unknown": "? unknown"}.get(
        value, repr(value) if isinstance(value, str) else str(value)
    )


def _stars_text(engine: Engine, dataset: Dataset, record: dict[str, Any], env: Environment) -> str:
    from llmengines.editions import locator, source

    layer = source(dataset, record["stars_source"]) if record.get("stars_source") else None
    where = f"; {layer.label}, {locator(layer, 'github_stars').split(' (')[0]}" if layer else ""
    rate = f"; {engine.stars_per_day:g} stars a day" if engine.stars_per_day is not None else ""
    return f"{stars(engine.github_stars, env)} (as of {when(record['stars_as_of'])}{where}{rate})"


def _earlier_stars(engine: Engine, dataset: Dataset, env: Environment) -> str:
    """The older figures of the sources, newest first: ``43.4K as of 2025-05-02 (list 1b291b8; --source list)``."""
    from llmengines.editions import source

    figures = dataset.history.get(engine.id, {}).get("github_stars", {})
    dates = dataset.history.get(engine.id, {}).get("stars_as_of", {})
    shown = stars_source(engine, dataset)
    out = []
    for source_id, value in reversed(figures.items()):
        layer = source(dataset, source_id)
        if source_id == shown or value is None or layer is None:
            continue
        alias = layer.aliases[0] if layer.aliases else layer.id
        out.append(f"{stars(value, env)} as of {when(dates.get(source_id))} ({layer.label}; --source {alias})")
    return "; ".join(out)


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
    """How many of each kind of record the dataset holds; engines by the Open Source column's value (✅ yes,
    🔷 partial, ❌ closed) and by how they are offered (self-hosted software or a commercial service)."""
    open_source = [e.open_source for e in dataset.engines]
    return {
        "engines": len(dataset.engines),
        "open_source_engines": open_source.count("yes"),
        "partially_open_source_engines": open_source.count("partial"),
        "closed_source_engines": open_source.count("no"),
        "self_hosted_engines": sum(1 for e in dataset.engines if not e.commercial),
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
        "sources": [asdict(s) for s in dataset.sources],
        "edition": dataset.edition,
        "disputes": [asdict(d) for d in dataset.disputes],
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
        Section(
            "Sources (oldest first; per fact the newest that states it is shown)",
            _source_rows(dataset) or [("—", "none")],
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
    from llmengines.evaluation_views import info_section

    section, data["publication"] = info_section()
    sections.append(section)
    return Document("llmengines dataset", data, sections)
