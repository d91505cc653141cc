"""What the evaluation and the listed entries look like in each command: ``results``, ``evaluation``, the sections
``show`` and ``compare`` gain, ``recommend``'s evidence, and the ``--listed`` views.

Every measured figure is shown with its conditions (device, model, precision, concurrency, prompt and output
lengths, defaults) and its source; none is ever blended into the survey's scores.
"""

from __future__ import annotations

from llmengines.environment import Environment
from llmengines.errors import UsageError
from llmengines.evaluation import EASE_NAMES, METRICS, Evaluation, Install, Listed, ListedEntry, ListedTechnique
from llmengines.lazy import Pattern
from llmengines.record_class import asdict
from llmengines.render import Column, Document, GridRow, Records, Section
from llmengines.vocabulary import Matcher, Term, squash

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any

    from llmengines.models import Dataset

SOURCE_NAMES = {"paper-v3": "paper v3", "list-cca7861": "list at cca7861"}
METRIC_TERMS: tuple[Term, ...] = (
    Term("ttft", "TTFT (time to first token)", ("time-to-first-token", "first-token")),
    Term("tbt", "TBT (time between tokens)", ("itl", "inter-token-latency", "time-between-tokens", "tpot")),
    Term("requests_per_s", "Requests/s", ("rps", "req/s", "requests", "request-throughput", "requests-per-second")),
    Term("tokens_per_s", "Total tokens/s", ("tps", "tok/s", "tokens", "token-throughput", "tokens-per-second")),
    Term("latency", "Request latency (end to end)", ("e2e", "end-to-end", "request-latency")),
    Term("success_rate", "Success rate", ("success", "reliability", "stability")),
)
COLUMN_OF = {"concurrency": "concurrency", "prompt_tokens": "prompt_tokens", "output_tokens": "output_tokens"}
SHORT_METRICS = {
    "ttft": "TTFT",
    "tbt": "TBT",
    "requests_per_s": "Requests",
    "tokens_per_s": "Tokens",
    "latency": "Latency",
    "success_rate": "Success",
}
OBSERVED = "observed in the paper's own runs (v3 §6), not the survey's scores nor the support matrices"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 1000 else f"{value:g}"


def cite_text(source: str, locator: str, date: str) -> str:
    """``paper v3 Table 13, 2025-11-26``."""
    return f"{SOURCE_NAMES.get(source, source)} {locator}, {date}"


# --- results --------------------------------------------------------------------------------------------------------


def server_matcher(ev: Evaluation) -> Matcher:
    """Devices of Table 12 by id, name, device or alias (``h100``, ``a6000``, ``jetson``)."""
    return Matcher("device", (Term(s.id, f"{s.name}: {s.device}", (*s.aliases, s.device)) for s in ev.servers))


def result_records(ev: Evaluation, names: dict[str, str]) -> list[dict[str, Any]]:
    """Every measured figure as one record with its full setup, in the order of the text."""
    out: list[dict[str, Any]] = []
    for s in ev.series:
        setup = ev.setups[s.setup]
        server = ev.server(s.hardware)
        name, unit = METRICS[s.metric]
        for at, value in s.points:
            conditions = {
                "concurrency": s.concurrency,
                "prompt_tokens": s.prompt_tokens,
                "output_tokens": s.output_tokens,
            }
            if s.vary is not None:
                conditions[s.vary] = at
            inferences = [t for t in (s.inference, setup.precision_inference) if t]
            out.append(
                {
                    "engine": s.engine,
                    "engine_name": names.get(s.engine, s.engine),
                    "metric": s.metric,
                    "metric_name": name,
                    "value": value,
                    "value_text": as_written(value, s.quote),
                    "unit": s.unit or unit,
                    "approximate": s.approximate,
                    "hardware": s.hardware,
                    "device": server.device,
                    "device_short": server.short,
                    "model": s.model,
                    "precision": setup.precision,
                    "precision_short": setup.short,
                    **conditions,
                    "varied": s.vary,
                    "duration_s": setup.duration_s,
                    "settings": "each engine's default configuration (Table 14)",
                    "method": setup.method,
                    "section": setup.section,
                    "source": "paper-v3",
                    "locator": s.locator,
                    "date": ev.sources["paper-v3"].date,
                    "quote": s.quote,
                    "inference": " ".join(inferences) or None,
                    "also": [asdict(c) for c in s.also],
                    "kind": "observed",
                }
            )
    _tokens_per_request(out)
    return out


def _setup_key(r: dict[str, Any]) -> tuple[Any, ...]:
    return (
        r["engine"],
        r["hardware"],
        r["model"],
        r["precision"],
        r["concurrency"],
        r["prompt_tokens"],
        r["output_tokens"],
    )


def _tokens_per_request(records: list[dict[str, Any]]) -> None:
    # upstream-history.md: the Llama-2-7B figures at concurrency 64 imply very different tokens per request across
    # engines; every tokens/s figure with a requests/s figure of the same setup says how many (derived, not stated).
    rps = {_setup_key(r): r["value"] for r in records if r["metric"] == "requests_per_s"}
    for r in records:
        r["derived_tokens_per_request"] = None
        if r["metric"] == "tokens_per_s" and rps.get(_setup_key(r)):
            r["derived_tokens_per_request"] = round(r["value"] / rps[_setup_key(r)])


def select_results(
    records: Iterable[dict[str, Any]],
    ev: Evaluation,
    *,
    engines: Sequence[str] = (),
    models: Sequence[str] = (),
    hardware: Sequence[str] = (),
    metrics: Sequence[str] = (),
    concurrency: Sequence[int] = (),
) -> list[dict[str, Any]]:
    """The records that match every option given (within one option: any of its values)."""
    rows = list(records)
    devices = [server_matcher(ev).resolve(h) for h in hardware]
    wanted_metrics = [Matcher("metric", METRIC_TERMS).resolve(m) for m in metrics]
    known = sorted({r["model"] for r in rows})
    keys = [squash(m) for m in models]
    for text, key in zip(models, keys, strict=True):
        if not key or not any(key in squash(model) for model in known):
            raise _unknown_model(text, known)
    return [
        r
        for r in rows
        if (not engines or r["engine"] in engines)
        and (not keys or any(k in squash(r["model"]) for k in keys))
        and (not devices or r["hardware"] in devices)
        and (not wanted_metrics or r["metric"] in wanted_metrics)
        and (not concurrency or r["concurrency"] in concurrency)
    ]


def _unknown_model(text: str, known: list[str]) -> UsageError:
    from rapidfuzz import process

    best = [m for m, _score, _ in process.extract(text, known, limit=3)]
    return UsageError(
        f"no measured figures for a model matching {text!r} — did you mean {' or '.join(map(repr, best))}?"
    )


_NUMBER = Pattern(r"\d[\d,]*(?:\.\d+)?")


def as_written(value: float, quote: str) -> str:
    """The figure as the quote writes it (``2.00``, ``7,535``), else as a number."""
    for text in _NUMBER.findall(quote):
        if float(text.replace(",", "")) == value:
            return str(text)
    return _number(value)


def _cell(value: Any, env: Environment) -> str:
    return "" if value is None else str(value)


def results_view(records: list[dict[str, Any]], ev: Evaluation) -> Records:
    """``results``: measured figures, one per row, each with its conditions and source."""
    # A table shows each figure as the text writes it (2.00, 7,535); csv/tsv get the number.
    written: dict[float, set[str]] = {}
    for r in records:
        written.setdefault(r["value"], set()).add(r["value_text"])

    def value_cell(value: Any, env: Environment) -> str:
        texts = written.get(value, set())
        return next(iter(texts)) if len(texts) == 1 else _number(value)

    columns = [
        Column("engine_name", "Engine", no_wrap=True),
        Column("metric", "Metric", lambda v, env: SHORT_METRICS.get(v, str(v)), no_wrap=True),
        Column("approximate", "≈", lambda v, env: "~" if v else "", no_wrap=True),
        Column("value", "Value", value_cell, justify="right", no_wrap=True),
        Column("unit", "Unit", no_wrap=True),
        Column("device_short", "Device"),
        Column("model", "Model"),
        Column("precision_short", "Prec", no_wrap=True),
        Column("concurrency", "Conc", _cell, justify="right", no_wrap=True),
        Column("prompt_tokens", "In", _cell, justify="right", no_wrap=True),
        Column("output_tokens", "Out", _cell, justify="right", no_wrap=True),
    ]
    date = ev.sources["paper-v3"].date
    caption = (
        f"{len(records)} figures measured in paper v3 §6 ({date}; GuideLLM, each engine's default settings; "
        "servers 30 s, edge 240 s; Prec: weights; In/Out: prompt/output tokens) · observed, not the survey's "
        "scores · compare only rows of one setup, not a general ranking · ~ approximately · quote, locator, "
        "inference: --json"
    )
    derived = sorted(
        {(r["engine_name"], r["derived_tokens_per_request"]) for r in records if r["derived_tokens_per_request"]},
        key=lambda pair: -pair[1],
    )
    if len({n for _, n in derived}) > 1:
        caption += " · tokens/s ÷ req/s of one setup (derived): " + ", ".join(f"{name} ≈{n:,}" for name, n in derived)
        caption += " tokens per request — not the same work per request"
    example = result_records(ev, {})[0] if not records else None
    return Records(records, columns, caption=caption, compact=True, example=example)


# --- evaluation: the per-engine table (Table 13 + Table 14), and the servers (Table 12) -------------------------------


def install_record(ev: Evaluation, install: Install) -> dict[str, Any]:
    """Table 13's row (and Table 14's, the list's grouping, whether benchmarked) for one engine, as JSON."""
    defaults = ev.defaults_of(install.engine)
    grouping = ev.grouping(install.engine)
    return {
        "engine": install.engine,
        "install": asdict(install)
        | {"cite": asdict(ev.installs_cite), "ease_definition": ev.ease_levels[install.ease]},
        "list_grouping": None
        if grouping is None
        else {
            "ease": grouping.level,
            "definition": grouping.definition,
            "differs": grouping.level != install.ease,
            "quote": grouping.quote,
            "cite": asdict(ev.groupings_cite),
        },
        "defaults": None if defaults is None else asdict(defaults) | {"cite": asdict(ev.defaults_cite)},
        "benchmarked": install.engine in ev.benchmarked.engines,
        "edge_benchmarked": install.engine in ev.edge_benchmarked.engines,
        "results": sum(len(s.points) for s in ev.series if s.engine == install.engine),
    }


def version_text(install: Install) -> str:
    """``3.3.5``, ``commit 350e04f`` or ``b6423 (commit 7057faf6)``."""
    if install.version and install.commit:
        return f"{install.version} (commit {install.commit})"
    return install.version or f"commit {install.commit}"


def api_text(install: Install) -> str:
    """The API cells of Table 13 as a phrase."""
    return install.api_type if install.api and install.api_type else "none (✘)"


def context_text(record: dict[str, Any] | None) -> str:
    """Table 14's context length cell as a phrase."""
    if record is None:
        return "—"
    if record["context_from_model"]:
        return "from the model's config"
    return "– (not given)" if record["context_length"] is None else f"{record['context_length']:,}"


def batch_text(record: dict[str, Any] | None) -> str:
    """Table 14's max batch cell as a phrase."""
    if record is None:
        return "—"
    return "– (not given)" if record["max_batch"] is None else f"{record['max_batch']:,}"


def evaluation_view(ev: Evaluation, names: dict[str, str], engines: Sequence[str] | None = None) -> Records:
    """``evaluation``: how the paper installed each engine, its API and default serving configuration."""
    records = []
    for install in ev.installs:
        if engines is not None and install.engine not in engines:
            continue
        record = install_record(ev, install) | {"name": names.get(install.engine, install.engine)}
        record["shown"] = {
            "version": version_text(install),
            "method": install.method + (f" ({install.environment})" if install.environment else ""),
            "ease": EASE_NAMES[install.ease]
            + (
                f" (list: {EASE_NAMES[g['ease']]})"
                if (g := record["list_grouping"]) is not None and g["differs"]
                else ""
            ),
            "api": api_text(install),
            "context": context_text(record["defaults"]),
            "batch": batch_text(record["defaults"]),
            "benchmarked": "yes" if record["benchmarked"] else "installed only",
        }
        records.append(record)
    columns = [
        Column("name", "Engine", no_wrap=True),
        Column("shown.version", "Version"),
        Column("shown.method", "Install (environment)"),
        Column("shown.ease", "Ease"),
        Column("shown.api", "API"),
        Column("shown.context", "Context", drop=2),
        Column("shown.batch", "Max batch", drop=2),
        Column("shown.benchmarked", "Benchmarked", drop=1),
    ]
    caption = (
        f"paper v3 Table 13 (installs, {ev.installs_cite.date}) and Table 14 (defaults: context length, max batch) · "
        "Ease as §6.1 defines it (see --help) · (list: …): the list's Experiments section groups it otherwise, "
        f"with its own definitions · {ev.installed_count} installed, {len(ev.benchmarked.engines)} benchmarked (§6.2.1)"
    )
    return Records(records, columns, caption=caption)


def servers_view(ev: Evaluation) -> Records:
    """``evaluation --servers``: Table 12."""
    records = [asdict(s) | {"cite_text": cite_text(s.cite.source, s.cite.locator, s.cite.date)} for s in ev.servers]
    columns = [
        Column("id", "Id", no_wrap=True),
        Column("name", "Server", no_wrap=True),
        Column("device", "Device"),
        Column("gpu_memory", "GPU memory", drop=2),
        Column("cpu", "CPU", drop=3),
        Column("memory", "Memory", drop=3),
        Column("os", "OS", drop=4),
        Column("interconnect", "Interconnect", lambda v, env: v or "-", drop=4),
    ]
    caption = (
        "paper v3 Table 12 (2025-11-26) · the extracted header prints its columns scrambled; they are assigned in "
        "the order every row gives its values (see each server's cite.inference in --json)"
    )
    return Records(records, columns, caption=caption)


# --- show and compare ------------------------------------------------------------------------------------------------


def engine_evidence(ev: Evaluation, engine_id: str) -> tuple[list[Section], dict[str, Any]]:
    """The sections ``show`` adds, and the JSON record's ``evaluation`` value."""
    install = ev.install(engine_id)
    findings = [f for f in ev.findings if engine_id in f.engines]
    found = [
        {
            "kind": f.kind,
            "quote": f.quote,
            "hardware": f.hardware,
            "source": f.source,
            "locator": f.locator,
            "date": f.date,
        }
        for f in findings
    ]
    if install is None:
        data = {
            "evaluated": False,
            "note": f"not among the {ev.installed_count} open-source engines the paper installed",
        }
        text = f"not evaluated: not among the {ev.installed_count} open-source engines paper v3 installed (Table 13)"
        return [Section("Paper's evaluation (v3 §6)", [("—", text)])], data
    record = install_record(ev, install)
    rows = [
        ("Tested version", version_text(install)),
        ("Installed with", install.method + (f" (environment: {install.environment})" if install.environment else "")),
        ("Install ease", f"{EASE_NAMES[install.ease]} — {ev.ease_levels[install.ease]} (§6.1)"),
    ]
    group = record["list_grouping"]
    if group is not None:
        agrees = "the same" if not group["differs"] else f"differs from Table 13's {EASE_NAMES[install.ease]}"
        rows.append(
            (
                "  in the list",
                f"{EASE_NAMES[group['ease']]} — {group['definition']} ({agrees}; list Experiments, 2025-12-01)",
            )
        )
    rows.append(("API", api_text(install)))
    defaults = record["defaults"]
    if defaults is not None:
        rows.append(("Default context", context_text(defaults) + " · Table 14"))
        rows.append(("Default max batch", batch_text(defaults) + " · Table 14"))
    count = record["results"]
    if record["benchmarked"]:
        devices = sorted({ev.server(s.hardware).device for s in ev.series if s.engine == engine_id})
        where = f" (figures in the text: {', '.join(devices)})" if devices else ""
        bench = f"yes, one of the {len(ev.benchmarked.engines)} measured with GuideLLM (§6.2.1){where}"
    else:
        bench = f"no: installed only (not among the {len(ev.benchmarked.engines)} measured with GuideLLM, §6.2.1)"
    rows.append(("Benchmarked", bench))
    if count:
        rows.append(("Measured figures", f"{count}, each with its conditions: llmengines results --engine {engine_id}"))
    notes = [n for n in (install.inference, defaults and defaults.get("inference")) if n]
    rows.append(("Source", f"paper v3 Table 13{', Table 14' if defaults else ''} ({ev.installs_cite.date})"))
    rows += [("  reading", note) for note in notes]
    sections = [Section("Installed in the paper's evaluation (v3 §6)", rows)]
    if findings:
        sections.append(
            Section(
                "Observed running (v3 §6, list Experiments)",
                [(cite_text(f.source, f.locator, f.date), f.quote) for f in findings],
            )
        )
    data = {"evaluated": True, **record, "findings": found, "kind": "observed"}
    return sections, data


def compare_rows(ev: Evaluation, engine_ids: Sequence[str]) -> list[GridRow]:
    """The ``evaluation`` section of ``compare``: each value is the engine record's own at the row's key (the
    ``evaluation`` value of ``show``); rows differ where what is shown differs ("model config" and "–" are both
    null)."""
    installs = [ev.install(i) for i in engine_ids]
    records = [None if i is None else install_record(ev, i) for i in installs]

    def row(label: str, key: str, read: Any, show: Any) -> GridRow:
        pairs = list(zip(installs, records, strict=True))
        raw = [None if i is None else read(i, r) for i, r in pairs]
        shown = ["not evaluated" if i is None else show(i, r) for i, r in pairs]
        return GridRow(label, key, raw, shown, differs=len(set(shown)) > 1)

    def defaults(r: dict[str, Any], field: str) -> Any:
        return r["defaults"] and r["defaults"][field]

    return [
        row("Tested version", "evaluation.install.version", lambda i, r: i.version, lambda i, r: version_text(i)),
        row("Installed with", "evaluation.install.method", lambda i, r: i.method, lambda i, r: i.method),
        row("Install ease (Table 13)", "evaluation.install.ease", lambda i, r: i.ease, lambda i, r: EASE_NAMES[i.ease]),
        row(
            "Install ease (list)",
            "evaluation.list_grouping.ease",
            lambda i, r: r["list_grouping"] and r["list_grouping"]["ease"],
            lambda i, r: EASE_NAMES[r["list_grouping"]["ease"]] if r["list_grouping"] else "—",
        ),
        row("API", "evaluation.install.api_type", lambda i, r: i.api_type, lambda i, r: api_text(i)),
        row(
            "Default context",
            "evaluation.defaults.context_length",
            lambda i, r: defaults(r, "context_length"),
            lambda i, r: context_text(r["defaults"]),
        ),
        row(
            "Default max batch",
            "evaluation.defaults.max_batch",
            lambda i, r: defaults(r, "max_batch"),
            lambda i, r: batch_text(r["defaults"]),
        ),
        row(
            "Benchmarked",
            "evaluation.benchmarked",
            lambda i, r: r["benchmarked"],
            lambda i, r: "yes" if r["benchmarked"] else "installed only",
        ),
        row(
            "Measured figures",
            "evaluation.results",
            lambda i, r: r["results"],
            lambda i, r: f"{r['results']} (results --engine {i.engine})" if r["results"] else "none in the text",
        ),
    ]


# --- listed, not evaluated -----------------------------------------------------------------------------------------


def listed_record(entry: ListedEntry) -> dict[str, Any]:
    """A listed entry as JSON: its links and dates, and that it is not evaluated."""
    return asdict(entry) | {"evaluated": False, "source": "list-cca7861"}


def listed_view(data: Listed) -> Records:
    """``list --listed``: what the list added after publication, not evaluated."""
    records = [listed_record(e) for e in data.entries]
    columns = [
        Column("name", "Entry", no_wrap=True),
        Column("id", "Id", no_wrap=True, drop=2),
        Column("kind", "Kind", no_wrap=True),
        Column("listed", "Listed", no_wrap=True),
        Column("repository", "Repository", lambda v, env: v or "—", drop=1),
        Column("papers", "Papers", lambda v, env: ", ".join(v) or "—", drop=3),
    ]
    caption = (
        f"{len(records)} entries the list added after publication (list at cca7861) · listed, not evaluated: no "
        "matrix cells, no scores, no prices, left out of every query · 'llmengines show ID' for one"
    )
    return Records(records, columns, caption=caption)


def listed_document(entry: ListedEntry) -> Document:
    """``show`` of a listed entry."""
    merged = f", merged in {entry.merge}" if entry.merge else ""
    rows = [
        ("Status", f"listed {entry.listed}, not evaluated (no matrix cells, no scores, no prices)"),
        ("Id", entry.id),
        ("Kind", "LLM gateway" if entry.kind == "gateway" else "inference engine"),
        ("In the list", f"section '{entry.section}' (commit {entry.commit}{merged})"),
        ("Repository", entry.repository or "— (none given)"),
        ("Web page", entry.webpage or "—"),
    ]
    rows += [(f"Paper {i}" if len(entry.papers) > 1 else "Paper", url) for i, url in enumerate(entry.papers, 1)] or [
        ("Paper", "— (none)")
    ]
    if entry.note:
        rows.append(("Note", entry.note))
    return Document(
        f"{entry.name} — listed {entry.listed}, not evaluated", listed_record(entry), [Section("Listed", rows)]
    )


def listed_technique_record(t: ListedTechnique) -> dict[str, Any]:
    """A listed technique as JSON."""
    return asdict(t) | {"evaluated": False, "matrix_column": None, "source": "list-cca7861"}


def listed_techniques_view(data: Listed) -> Records:
    """``techniques --listed``: taxonomy entries the list added after publication."""
    from llmengines.vocabulary import CATEGORIES

    records = [listed_technique_record(t) for t in data.techniques]
    columns = [
        Column("category", "Category", lambda v, env: CATEGORIES[v].name if v in CATEGORIES else str(v)),
        Column("name", "Technique", no_wrap=True),
        Column("description", "Description", drop=1),
        Column("listed", "Listed", no_wrap=True),
        Column("references", "Reference", lambda v, env: ", ".join(r["label"] for r in v), drop=2),
    ]
    caption = (
        f"{len(records)} taxonomy {'entry' if len(records) == 1 else 'entries'} the list added after publication "
        "(list at cca7861) · not in the survey's taxonomy or coverage matrix · 'llmengines technique NAME' for one"
    )
    return Records(records, columns, caption=caption)


def listed_technique_document(t: ListedTechnique) -> Document:
    """``technique`` of a listed technique."""
    from llmengines.vocabulary import CATEGORIES

    merged = f", merged in {t.merge}" if t.merge else ""
    rows = [
        ("Status", f"listed {t.listed}, after publication: not in the survey's taxonomy or coverage matrix"),
        ("Category", f"{CATEGORIES[t.category].name if t.category in CATEGORIES else t.category} ({t.section} table)"),
        ("Description", t.description),
        ("In the list", f"commit {t.commit}{merged}"),
        *[("Reference", f"{r.label} — {r.url}") for r in t.references],
        (
            "Engines",
            "unknown: the coverage matrix predates it (its category's column: "
            "'llmengines technique speculative-decoding')"
            if t.category == "sampling"
            else "unknown: the coverage matrix predates it",
        ),
    ]
    return Document(f"{t.name} — listed {t.listed}", listed_technique_record(t), [Section("Technique", rows)])


def find_listed(data: Listed, dataset: Dataset, name: str) -> ListedEntry:
    """The listed entry called ``name``; raises ``UnknownNameError`` suggesting engines and entries alike."""
    terms = [Term(e.id, e.name, e.aliases) for e in dataset.engines]
    terms += [Term(e.id, e.name, ()) for e in data.entries]
    found = Matcher("engine", terms).resolve(name)
    entry = next((e for e in data.entries if e.id == found), None)
    if entry is None:  # a spelling the engine matcher did not take but the wider one did: an engine after all
        raise UsageError(f"{name!r} matched engine {found!r} only loosely; write its id")
    return entry


def info_section() -> tuple[Section, dict[str, Any]]:
    """``info``: the journal version, the paper's evaluation and the list's later entries, with their dates."""
    from llmengines.evaluation import evaluation, listed

    ev, later = evaluation(), listed()
    j = later.journal
    data = {
        "journal": asdict(j),
        "evaluation": {k: asdict(v) for k, v in ev.sources.items()},
        "listed": {"entries": len(later.entries), "techniques": len(later.techniques), "source": asdict(later.source)},
        "results": sum(len(s.points) for s in ev.series),
    }
    rows = [
        (
            "Journal",
            f"{j.journal}, {j.year} ({j.note}), DOI {j.doi} — {cite_text(j.cite.source, j.cite.locator, j.cite.date)}",
        ),
        (
            "Evaluation",
            f"paper v3 §6 ({ev.sources['paper-v3'].date}) and the list's Experiments section "
            f"({ev.sources['list-cca7861'].date}): {len(ev.installs)} installs, {data['results']} measured figures "
            "('llmengines evaluation', 'llmengines results')",
        ),
        (
            "Listed later",
            f"{len(later.entries)} entries and {len(later.techniques)} technique, not evaluated "
            "('llmengines list --listed', 'llmengines techniques --listed')",
        ),
    ]
    return Section("Later sources", rows), data
