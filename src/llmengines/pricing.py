"""The commercial pricing tables: one record per published cell, filtered, sorted, and the cheapest picked.

Each record is one provider's price for one model (USD per 1M tokens, input and output) or for one device
(USD per device-hour). A cell the source gives as ``-`` is kept with null prices: *not published*, which is
neither free nor unavailable. Footnotes travel with the prices they qualify.

**Blended** price = (3 × input + 1 × output) / 4 per 1M tokens: the 3:1 input:output mix that Artificial Analysis
— the source of the survey list's commercial performance comparison — uses for its blended price. It is null
when either price is unpublished.
"""

from __future__ import annotations

from llmengines.environment import Environment
from llmengines.errors import UnknownNameError, UsageError
from llmengines.lazy import Pattern
from llmengines.models import Dataset
from llmengines.queries import engine_matcher
from llmengines.record_class import Frozen, Literal, record
from llmengines.render import Column, Records, support
from llmengines.vocabulary import Matcher, Term, squash

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any

SortKey = Literal["input", "output", "blended"]
SORT_KEYS: tuple[SortKey, ...] = ("input", "output", "blended")
BLEND_INPUT, BLEND_OUTPUT = 3, 1  # the weights of the blended price (see the module docstring)

# Footnotes whose text names the model a price is really for (GroqCloud's "DeepSeek-R1" price is for the distilled
# 70B model). Such a price is not a price for the row's model, so --cheapest does not crown it; the other
# footnotes (Instruct models, Turbo prices) qualify a price for the same model.
OTHER_MODEL_FOOTNOTES = frozenset({"groq-deepseek-r1-distill"})

TOKEN_UNIT = "USD per 1M tokens"
DEVICE_UNIT = "USD per device-hour"


def blended(input_: float | None, output: float | None) -> float | None:
    """The blended price per 1M tokens, 3 parts input to 1 part output; None if either is unpublished."""
    if input_ is None or output is None:
        return None
    return round((BLEND_INPUT * input_ + BLEND_OUTPUT * output) / (BLEND_INPUT + BLEND_OUTPUT), 4)


_TOKEN = Pattern(r"[a-z]+|\d+(?:\.\d+)*[a-z]*")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def loose_match(query: str, names: Sequence[str], kind: str) -> list[str]:
    """The names a loosely written ``query`` means: ``llama 3.1 8b`` → ``Llama 3.1 8B``, ``h100`` → ``NVIDIA H100
    80GB``, ``llama`` → every Llama. Raises :class:`UnknownNameError` with suggestions when nothing matches.

    A name matches when it is the query up to case and punctuation, or contains it, or contains every word of it.
    """
    key = squash(query)
    if not key:
        raise UsageError(f"--{kind} needs a {kind} name")
    exact = [n for n in names if squash(n) == key]
    if exact:
        return exact
    words = _tokens(query)
    found = [n for n in names if key in squash(n) or (words and all(w in _tokens(n) for w in words))]
    if found:
        return found
    raise UnknownNameError(kind, query, Matcher(kind, (Term(n, n) for n in names)).suggest(query))


@record(frozen=True, slots=True)
class Query(Frozen):
    """What ``pricing`` was asked: loose names to filter by, a sort order, and whether to pick the cheapest."""

    models: tuple[str, ...] = ()
    hardware: tuple[str, ...] = ()
    providers: tuple[str, ...] = ()
    sort: SortKey | None = None
    cheapest: bool = False
    history: bool = False  # every source's price of each cell, not only the newest


def providers(dataset: Dataset) -> list[str]:
    """Engine ids of the providers the pricing tables have columns for, in the source's column order."""
    seen: list[str] = []
    for row in dataset.pricing.by_model:
        seen += [p for p in row.prices if p not in seen]
    for hw in dataset.pricing.by_hardware:
        seen += [p for p in hw.prices if p not in seen]
    return seen


def resolve_provider(dataset: Dataset, name: str) -> str:
    """An engine id among the priced providers; a known engine without prices is a usage error that says so."""
    priced = providers(dataset)
    names = {e.id: e.name for e in dataset.engines}
    found = engine_matcher(dataset).get(name)
    if found is not None and found not in priced:
        raise UsageError(
            f"{names[found]} has no prices in the source; priced providers: " + ", ".join(names[p] for p in priced)
        )
    if found is None:
        terms = (Term(e.id, e.name, e.aliases) for e in dataset.engines if e.id in priced)
        found = Matcher("provider", terms).resolve(name)
    return found


def _dated(dataset: Dataset) -> dict[tuple[str, str, str], list[tuple[str, str, str]]]:
    """(table, item, provider) → [(source id, its label, its date)] of every source stating the cell, oldest first."""
    layers = {s.id: s for s in dataset.sources}
    out: dict[tuple[str, str, str], list[tuple[str, str, str]]] = {}
    for st in dataset.price_history:
        layer = layers.get(st.source)
        if layer is not None:
            out.setdefault((st.table, st.item, st.provider), []).append((layer.id, layer.label, layer.date))
    return out


def _source_fields(cell: list[tuple[str, str, str]] | None, dataset: Dataset) -> dict[str, Any]:
    if not cell:
        return {"as_of": dataset.snapshot_date, "source": None, "source_label": None}
    source_id, label, date = cell[-1]
    return {"as_of": date, "source": source_id, "source_label": label}


def _history_rows(dataset: Dataset, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row followed by the older sources' prices of its cell (oldest first), each marked ``current``."""
    layers = {s.id: s for s in dataset.sources}
    notes = {f.id: f for f in dataset.pricing.footnotes}
    by_cell: dict[tuple[str, str, str], list[Any]] = {}
    for st in dataset.price_history:
        by_cell.setdefault((st.table, st.item, st.provider), []).append(st)
    out = []
    for row in rows:
        statements = by_cell.get((row["table"], row["item"], row["provider"]), [])
        for st in statements[:-1]:
            layer = layers[st.source]
            footnotes = [
                {"mark": notes[f].mark, "text": notes[f].text, "meaning": notes[f].meaning}
                for f in st.footnotes
                if f in notes
            ]
            out.append(
                {
                    **row,
                    "input": st.input,
                    "output": st.output,
                    "blended": blended(st.input, st.output) if st.table == "by-model" else None,
                    "per_hour": st.per_hour,
                    "published": (st.input is not None or st.output is not None)
                    if st.table == "by-model"
                    else st.per_hour is not None,
                    "footnotes": footnotes,
                    "note": "; ".join(f["meaning"] for f in footnotes),
                    "marks": "".join(f["mark"] for f in footnotes),
                    "as_of": layer.date,
                    "source": layer.id,
                    "source_label": layer.label,
                    "current": False,
                }
            )
        out.append({**row, "current": True})
    return out


def records(dataset: Dataset, query: Query) -> list[dict[str, Any]]:
    """The pricing records asked for, in the source's order unless sorted; the cheapest only with ``cheapest``.

    Each is the newest source's price of its cell, with ``as_of`` (that source's date) and ``source``; with
    ``history``, every older source's price of the cell comes before it (``current`` false).
    """
    p = dataset.pricing
    dated = _dated(dataset)
    hardware_notes: dict[tuple[str, str], tuple[str, ...]] = {}
    for st in dataset.price_history:  # the newest statement's footnotes of each device cell (a column's note)
        if st.table == "by-hardware":
            hardware_notes[(st.item, st.provider)] = st.footnotes
    notes = {f.id: f for f in p.footnotes}
    names = {e.id: e.name for e in dataset.engines}
    wanted_providers = {resolve_provider(dataset, n) for n in query.providers} or None
    # Either filter alone selects its table; neither selects both.
    models = _selected([r.model for r in p.by_model], query.models, "model", default=not query.hardware)
    devices = _selected([r.hardware for r in p.by_hardware], query.hardware, "hardware", default=not query.models)

    def base(provider: str) -> dict[str, Any]:
        # "cheapest" is true/false under --cheapest, null otherwise (not asked).
        return {"provider": provider, "provider_name": names.get(provider, provider), "cheapest": None}

    token_rows: list[dict[str, Any]] = []
    for row in p.by_model:
        if row.model not in models:
            continue
        for provider, price in row.prices.items():
            if wanted_providers is not None and provider not in wanted_providers:
                continue
            footnotes = [
                {"mark": notes[f].mark, "text": notes[f].text, "meaning": notes[f].meaning} for f in price.footnotes
            ]
            token_rows.append(
                {
                    "table": "by-model",
                    "item": row.model,
                    "model": row.model,
                    "served_model": next(
                        (notes[f].text for f in price.footnotes if f in OTHER_MODEL_FOOTNOTES), row.model
                    ),
                    "hardware": None,
                    **base(provider),
                    "input": price.input,
                    "output": price.output,
                    "blended": blended(price.input, price.output),
                    "per_hour": None,
                    "unit": TOKEN_UNIT,
                    "published": price.input is not None or price.output is not None,
                    "footnotes": footnotes,
                    "note": "; ".join(f["meaning"] for f in footnotes),
                    "marks": "".join(f["mark"] for f in footnotes),
                    **_source_fields(dated.get(("by-model", row.model, provider)), dataset),
                }
            )
    device_rows: list[dict[str, Any]] = []
    for hw in p.by_hardware:
        if hw.hardware not in devices:
            continue
        for provider, hourly in hw.prices.items():
            if wanted_providers is not None and provider not in wanted_providers:
                continue
            device_notes = [
                {"mark": notes[f].mark, "text": notes[f].text, "meaning": notes[f].meaning}
                for f in hardware_notes.get((hw.hardware, provider), ())
                if f in notes
            ]
            device_rows.append(
                {
                    "table": "by-hardware",
                    "item": hw.hardware,
                    "model": None,
                    "served_model": None,
                    "hardware": hw.hardware,
                    **base(provider),
                    "input": None,
                    "output": None,
                    "blended": None,
                    "per_hour": hourly,
                    "unit": DEVICE_UNIT,
                    "published": hourly is not None,
                    "footnotes": device_notes,
                    "note": "; ".join(f["meaning"] for f in device_notes),
                    "marks": "".join(f["mark"] for f in device_notes),
                    **_source_fields(dated.get(("by-hardware", hw.hardware, provider)), dataset),
                }
            )
    key: SortKey = query.sort or "blended"
    if query.cheapest:
        token_rows = _cheapest(token_rows, "model", key)
        device_rows = _cheapest(device_rows, "hardware", "per_hour")
    elif query.sort is not None:
        token_rows = sorted(token_rows, key=lambda r: _order(r[key]))
        device_rows = sorted(device_rows, key=lambda r: _order(r["per_hour"]))
    if query.history:
        return _history_rows(dataset, token_rows + device_rows)
    return token_rows + device_rows


def _selected(names: list[str], queries: Iterable[str], kind: str, *, default: bool) -> set[str]:
    queries = list(queries)
    if not queries:
        return set(names) if default else set()
    out: set[str] = set()
    for q in queries:
        out.update(loose_match(q, names, kind))
    return out


def _order(value: float | None) -> tuple[bool, float]:
    # Unpublished prices sort last: they are not zero.
    return (value is None, value or 0.0)


def _cheapest(rows: list[dict[str, Any]], item: str, key: str) -> list[dict[str, Any]]:
    """Per model (or device), the provider(s) with the lowest published price; ties are all kept.

    A price that the source footnotes as being for another model never wins; where one is lower than the
    winner it is kept after the winner, so that the answer can say so.
    """
    out: list[dict[str, Any]] = []
    for name in dict.fromkeys(r[item] for r in rows):
        priced = [r for r in rows if r[item] == name and r[key] is not None]
        same = [r for r in priced if r.get("served_model") in (None, name)]
        if not same:
            continue
        low = min(r[key] for r in same)
        out += [{**r, "cheapest": True} for r in same if r[key] == low]
        out += [{**r, "cheapest": False} for r in priced if r not in same and r[key] < low]
    return out


# --- view -------------------------------------------------------------------------------------------------------


def _money(value: Any, env: Environment) -> str:
    if value is None:
        return "—" if env.unicode else "-"
    return f"{value:.2f}" if round(value, 2) == value else f"{value:g}"


def support_of(value: Any, env: Environment) -> str:
    """``cheapest`` as a table shows it: ✓ the cheapest, ✗ a lower price for another model (see the title)."""
    return support("yes" if value else "no", env)


def pricing_view(dataset: Dataset, query: Query, found: list[dict[str, Any]]) -> Records:
    """``llmengines pricing``: one row per provider and model (or device)."""
    # With nothing found (--cheapest where every price is '-'), the table asked for still gives the columns.
    asked = {"by-hardware"} if query.hardware and not query.models else {"by-model"} if query.models else set()
    tables = {r["table"] for r in found} or asked or {"by-model", "by-hardware"}
    tokens = tables != {"by-hardware"}
    both = len(tables) > 1
    # On a narrow terminal whole columns are hidden (and named in the caption): first the extras (drop 7–10),
    # then — once wrapping names at spaces is not enough — the figures, most derived first. Footnote marks and
    # the cheapest marking are never hidden, and no figure shown is ever cut.
    columns = [Column("table", "Table", no_wrap=True, drop=7)] if both else []
    item = "Model" if tables == {"by-model"} else "Device" if not tokens else "Model / device"
    columns += [
        Column("item", item, wraps=True),
        Column("marks", "", no_wrap=True),
        Column("provider_name", "Provider", wraps=True),
    ]
    if query.cheapest:
        columns.append(Column("cheapest", "Cheapest", support_of, justify="center", no_wrap=True))
    if tokens:
        columns += [
            Column("input", "In $/1M", _money, justify="right", no_wrap=True, drop=2),
            Column("output", "Out $/1M", _money, justify="right", no_wrap=True, drop=3),
            Column("blended", "Blended", _money, justify="right", no_wrap=True, drop=5),
        ]
    if "by-hardware" in tables:
        columns.append(
            Column("per_hour", "$/device-hour", _money, justify="right", no_wrap=True, drop=4 if both else 0)
        )
    columns += [
        Column("note", "Note", drop=11),
        Column("as_of", "As of", no_wrap=True, drop=8),
        Column("source_label", "Source", no_wrap=True, drop=9),
        Column("provider", "Provider id", no_wrap=True, drop=10),
    ]
    what = "cheapest published price per model/device" if query.cheapest else f"{len(found)} prices"
    blend = "blended = (3 × input + output) / 4" if tokens else ""
    notes = {f["mark"]: f["meaning"] for r in found for f in r["footnotes"]}
    caption = " · ".join(
        x
        for x in (
            f"{what}",
            f"USD; tokens per 1M, devices per hour; {_as_of_text(found, dataset)}",
            "older prices: --history" if not query.history and len(dataset.sources) > 1 else "",
            blend,
            "— = not published" if len(tables) == 1 else "— = not published or not applicable",
            *(f"{mark} {meaning}" for mark, meaning in notes.items()),
        )
        if x
    )
    title = "\n".join(answer(found, query, dataset)) if query.cheapest and found else None
    return Records(found, columns, title=title, caption=caption)


def answer(found: list[dict[str, Any]], query: Query, dataset: Dataset) -> list[str]:
    """Plain sentences answering ``--cheapest``, one per model or device: the title of the table."""
    lines = []
    key = query.sort or "blended"
    for name in dict.fromkeys(r["item"] for r in found):
        rows = [r for r in found if r["item"] == name]
        label = rows[0].get("source_label")
        when = f"(USD, as of {rows[0]['as_of']}" + (f", {label})" if label else ")")
        best = [r for r in rows if r["cheapest"]]
        if rows[0]["table"] == "by-hardware":
            who = " and ".join(r["provider_name"] for r in best)
            lines.append(f"{name}: {who} cheapest at {_figure(best[0]['per_hour'])} per device-hour {when}")
            continue
        prices = {(r["input"], r["output"]) for r in best}
        if len(prices) == 1:
            who = " and ".join(r["provider_name"] + r["marks"] for r in best)
            i, o = prices.pop()
            price = f"{_figure(i)} in / {_figure(o)} out"
        else:
            who = " and ".join(f"{r['provider_name']}{r['marks']}" for r in best)
            price = "; ".join(f"{r['provider_name']} {_figure(r['input'])} / {_figure(r['output'])}" for r in best)
        lines.append(f"{name}: {who} cheapest by {key} price at {price} per 1M tokens {when}")
        lines += [
            f"({r['provider_name']}'s lower {_figure(r['input'])} / {_figure(r['output'])} is for "
            f"{r['served_model']}, not {name})"
            for r in rows
            if not r["cheapest"]
        ]
    return lines


def _as_of_text(found: list[dict[str, Any]], dataset: Dataset) -> str:
    """``as of 2025-11-26 (paper v3)``, or each date with how many prices have it."""
    from collections import Counter

    dates = Counter((r["as_of"], r.get("source_label")) for r in found if r.get("current", True))
    if not dates:
        return f"as of {dataset.snapshot_date}"
    parts = [f"{d}{f' ({label})' if label else ''}" for (d, label), _n in dates.most_common()]
    return "as of " + ", ".join(parts)


def _figure(value: float | None) -> str:
    return "unpublished" if value is None else f"{value:.2f}" if round(value, 2) == value else f"{value:g}"
