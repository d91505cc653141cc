"""Sources as layers: the dataset's dated sources, what each states, and which value a view shows.

The sources (``data/sources.yaml``) are ordered by publication: the list as published (1b291b8), its erratum,
the paper's version 3, the list at cca7861 (which restates the first two unchanged). Every fact a later source
states is kept in ``history`` (engine → field path → source → value) together with the list's value of the same
cell; prices in ``price_history``. The engines and pricing tables of ``dataset.json`` are the *default view*:
per fact, the newest source that states it. :func:`at` gives the view as of an earlier source (``--source``,
``--as-of``). Where two sources state different values of a cell that is not a dated figure (stars, prices),
the cell is a :class:`~llmengines.models.Dispute`: ``disputed``, or ``corrected`` where the later value is an
erratum's. Views mark such cells (:func:`mark_of`) and name both values (:func:`describe`).

Stdlib only: :func:`build` runs at build time on validated data; everything else on the query path, over plain
dicts of at most a few hundred facts.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from typing import Any

    from llmengines.models import Dataset, Dispute, SourceLayer

#: Dated figures: a newer value replaces an older one without dispute (both are kept as history).
TIME_VARYING = frozenset({"github_stars", "stars_per_day", "stars_as_of"})
DISPUTED_MARK = "!"
CORRECTED_MARK = {True: "°", False: "c"}  # unicode / ASCII


# --- build time ---------------------------------------------------------------------------------------------


def _get(engine: Mapping[str, Any], path: str) -> tuple[bool, Any]:
    head, _, key = path.partition(".")
    if key:
        table = engine.get(head) or {}
        return (key in table, table.get(key))
    return (head in engine, engine.get(head))


def _set(engine: dict[str, Any], path: str, value: Any) -> None:
    head, _, key = path.partition(".")
    if key:
        engine[head] = {**engine.get(head, {}), key: value}
    else:
        engine[head] = value


def build(
    base: dict[str, Any],
    sources: Sequence[Mapping[str, Any]],
    statements: Sequence[Mapping[str, Any]],
    price_tables: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    """The dataset dict with its sources, history, price history, disputes, and the newest value of every fact.

    ``base`` is the list as published with the erratum applied (engines.yaml, pricing.yaml, dataset.yaml);
    ``statements`` are ``{source, prefix?, engines: {id: {field: value}}}`` blocks of later sources.
    """
    order = [s["id"] for s in sources]
    first = order[0]
    stated: dict[str, dict[str, dict[str, Any]]] = {}
    published: dict[tuple[str, str], Any] = {}
    erratum_source = next((s["id"] for s in sources if s["kind"] == "erratum"), None)
    for erratum in base.get("errata", ()):
        if erratum_source is None:
            break
        stated.setdefault(erratum["engine"], {}).setdefault(erratum["field"], {})[erratum_source] = erratum["corrected"]
        published[(erratum["engine"], erratum["field"])] = erratum["published"]
    for block in statements:
        prefix = block.get("prefix")
        for engine_id, values in block["engines"].items():
            for key, value in values.items():
                path = f"{prefix}.{key}" if prefix else key
                stated.setdefault(engine_id, {}).setdefault(path, {})[block["source"]] = value
    first_tables = sources[0].get("tables", {})

    def listed(path: str) -> bool:  # does the first source have a table for this field?
        parts = path.split(".")
        return any(".".join(parts[:n]) in first_tables for n in range(len(parts), 0, -1))

    import copy  # here: copy and weakref cost an import that most runs do not need

    engines = [copy.deepcopy(e) for e in base["engines"]]
    by_id = {e["id"]: e for e in engines}
    history: dict[str, dict[str, dict[str, Any]]] = {}
    for engine_id, paths in stated.items():
        engine = by_id[engine_id]
        for path, later in paths.items():
            entry: dict[str, Any] = {}
            if (engine_id, path) in published:
                entry[first] = published[(engine_id, path)]
            elif listed(path):
                present, value = _get(engine, path)
                if path == "stars_as_of" and value is None and engine.get("github_stars") is not None:
                    value = base["snapshot_date"]  # the list's stars are as of its snapshot
                if present and not (path == "stars_as_of" and value is None and engine.get("github_stars") is None):
                    entry[first] = value
            for source in order:
                if source in later:
                    entry[source] = later[source]
            history.setdefault(engine_id, {})[path] = entry
    data = {**base, "engines": engines}
    price_history = [
        *_price_statements(first, base["pricing"], {}),
        *(
            s
            for table in price_tables
            for s in _price_statements(
                table["source"], table, table.get("printed", {}), table.get("hardware_footnotes")
            )
        ),
    ]
    footnotes = list(base["pricing"]["footnotes"])
    for table in price_tables:
        footnotes += [f for f in table.get("footnotes", ()) if f["id"] not in {g["id"] for g in footnotes}]
    data["pricing"] = {**base["pricing"], "footnotes": footnotes}
    data["sources"] = [dict(s) for s in sources]
    data["history"] = history
    data["price_history"] = price_history
    return _view(data, order, base_pricing=data["pricing"])


def _price_statements(
    source: str,
    table: Mapping[str, Any],
    printed: Mapping[str, str],
    hardware_footnotes: Mapping[str, Sequence[str]] | None = None,
) -> list[dict[str, Any]]:
    out = []
    for row in table.get("by_model", ()):
        for provider, price in row["prices"].items():
            out.append(
                {
                    "source": source,
                    "table": "by-model",
                    "item": row["model"],
                    "provider": provider,
                    "input": price["input"],
                    "output": price["output"],
                    "per_hour": None,
                    "footnotes": list(price.get("footnotes", ())),
                    "printed": printed.get(row["model"]),
                }
            )
    for row in table.get("by_hardware", ()):
        for provider, hourly in row["prices"].items():
            out.append(
                {
                    "source": source,
                    "table": "by-hardware",
                    "item": row["hardware"],
                    "provider": provider,
                    "input": None,
                    "output": None,
                    "per_hour": hourly,
                    "footnotes": list((hardware_footnotes or {}).get(provider, ())),
                    "printed": printed.get(row["hardware"]),
                }
            )
    return out


# --- the view at a cut-off ----------------------------------------------------------------------------------


def _view(data: dict[str, Any], included: Sequence[str], *, base_pricing: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` with engines, pricing and disputes as the sources ``included`` (in order) state them."""
    rank = {s: i for i, s in enumerate(included)}
    engines = list(data["engines"])
    index = {e["id"]: i for i, e in enumerate(engines)}
    history: dict[str, dict[str, dict[str, Any]]] = {}
    for engine_id, paths in data["history"].items():
        if engine_id not in index:
            continue
        engine = dict(engines[index[engine_id]])
        kept: dict[str, dict[str, Any]] = {}
        for path, values in paths.items():
            known = {s: v for s, v in values.items() if s in rank}
            if known:
                kept[path] = known
                _set(engine, path, list(known.values())[-1])
            elif _get(engine, path)[0]:
                _set(engine, path, None)  # stated only by a later source
        engines[index[engine_id]] = engine
        history[engine_id] = kept
    prices = [p for p in data["price_history"] if p["source"] in rank]
    data = {
        **data,
        "engines": engines,
        "history": history,
        "price_history": prices,
        "pricing": _pricing(base_pricing, prices, included),
    }
    data["disputes"] = disputes(history, data["sources"])
    return data


def _pricing(base: Mapping[str, Any], prices: Sequence[Mapping[str, Any]], included: Sequence[str]) -> dict[str, Any]:
    """The two pricing tables, each cell from the newest source that states it, rows in the newest order."""
    cells: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    rows: dict[str, list[str]] = {"by-model": [], "by-hardware": []}
    for source in reversed(included):  # the newest source's row order first, then rows only older ones have
        for p in prices:
            if p["source"] != source:
                continue
            cells.setdefault((p["table"], p["item"], p["provider"]), p)
            if p["item"] not in rows[p["table"]]:
                rows[p["table"]].append(p["item"])
    by_model = []
    for model in rows["by-model"]:
        row = {}
        for (table, item, provider), p in cells.items():
            if table == "by-model" and item == model:
                price: dict[str, Any] = {"input": p["input"], "output": p["output"]}
                if p["footnotes"]:
                    price["footnotes"] = list(p["footnotes"])
                row[provider] = price
        by_model.append({"model": model, "prices": row})
    by_hardware = []
    for device in rows["by-hardware"]:
        hourly = {
            provider: p["per_hour"]
            for (table, item, provider), p in cells.items()
            if table == "by-hardware" and item == device
        }
        by_hardware.append({"hardware": device, "prices": hourly})
    used = {f for p in cells.values() for f in p["footnotes"]}
    footnotes = [f for f in base["footnotes"] if f["id"] in used]
    return {**base, "by_model": by_model, "by_hardware": by_hardware, "footnotes": footnotes}


def disputes(
    history: Mapping[str, Mapping[str, Mapping[str, Any]]], sources: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The cells whose sources state different values (dated figures excepted), in engine and path order."""
    kinds = {s["id"]: s["kind"] for s in sources}
    out = []
    for engine_id, paths in history.items():
        for path, values in paths.items():
            if path in TIME_VARYING or len({_key(v) for v in values.values()}) < 2:
                continue
            stated = list(values.items())
            shown = stated[-1][0]
            # An erratum's value that every later source repeats is a correction, not a disagreement.
            fixes = [i for i, (s, _v) in enumerate(stated) if kinds.get(s) == "erratum"]
            corrected = bool(fixes) and len({_key(v) for _s, v in stated[fixes[0] :]}) == 1
            out.append(
                {
                    "engine": engine_id,
                    "field": path,
                    "kind": "corrected" if corrected else "disputed",
                    "values": dict(values),
                    "shown": shown,
                }
            )
    return out


def _key(value: Any) -> str:
    return repr(value)


def at(data: dict[str, Any], source_id: str) -> dict[str, Any]:
    """The bundled dataset dict as it stood with ``source_id`` the newest source (and ``edition`` set to it)."""
    order = [s["id"] for s in data["sources"]]
    included = order[: order.index(source_id) + 1]
    base = {**data["pricing"], "footnotes": data["pricing"]["footnotes"]}
    view = _view(data, included, base_pricing=base)
    return {**view, "edition": source_id}


# --- the query path: names, marks and words -----------------------------------------------------------------


def resolve_source(dataset: Dataset, name: str) -> SourceLayer:
    """A source by id, label or alias (any case); :class:`UnknownNameError` with suggestions otherwise."""
    from llmengines.vocabulary import Matcher, Term

    terms = [Term(s.id, s.name, (s.label, *s.aliases)) for s in dataset.sources]
    found = Matcher("source", terms).resolve(name)
    return next(s for s in dataset.sources if s.id == found)


def source_as_of(dataset: Dataset, date: str) -> SourceLayer:
    """The newest source published on or before ``date`` (YYYY-MM-DD); :class:`UsageError` if there is none."""
    import datetime as dt

    from llmengines.errors import UsageError

    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise UsageError(f"--as-of wants a date as YYYY-MM-DD, not {date!r}") from None
    before = [s for s in dataset.sources if s.date <= date]
    if not before:
        first = dataset.sources[0]
        raise UsageError(f"no source is as old as {date}: the first is {first.label} ({first.date})")
    return before[-1]


def source(dataset: Dataset, source_id: str) -> SourceLayer | None:
    """The source with this id, or None."""
    return next((s for s in dataset.sources if s.id == source_id), None)


def locator(layer: SourceLayer, path: str) -> str:
    """Where in ``layer`` the field ``path`` is stated: the table of its longest prefix."""
    parts = path.split(".")
    for n in range(len(parts), 0, -1):
        found = layer.tables.get(".".join(parts[:n]))
        if found is not None:
            return found
    return ""


def origin(dataset: Dataset, engine_id: str, path: str) -> SourceLayer | None:
    """The source whose value of ``path`` the dataset shows: the newest that states it (None: no sources)."""
    values = dataset.history.get(engine_id, {}).get(path)
    if values:
        return source(dataset, list(values)[-1])
    return dataset.sources[0] if dataset.sources else None


def dated(dataset: Dataset, engine_id: str, path: str) -> list[dict[str, Any]]:
    """Every value the sources state for ``path``, oldest first: ``{source, label, date, locator, value}``."""
    out = []
    for source_id, value in dataset.history.get(engine_id, {}).get(path, {}).items():
        layer = source(dataset, source_id)
        if layer is not None:
            out.append(
                {
                    "source": layer.id,
                    "label": layer.label,
                    "date": layer.date,
                    "locator": locator(layer, path),
                    "value": value,
                }
            )
    return out


# The last dataset's marks (holding the dataset itself, so that its id cannot be reused by another).
_MARKS: list[tuple[Dataset, dict[tuple[str, str], Dispute]]] = []


def marks(dataset: Dataset) -> dict[tuple[str, str], Dispute]:
    """``(engine id, field path)`` → its dispute or correction (built once per dataset)."""
    if _MARKS and _MARKS[0][0] is dataset:
        return _MARKS[0][1]
    engines = {e.id: e for e in dataset.engines}
    found: dict[tuple[str, str], Dispute] = {}
    for d in dataset.disputes:
        engine = engines.get(d.engine)
        # A value the user's own data set is theirs (views name its file): no source's dispute applies to it.
        if engine is not None and _value(engine, d.field) == d.values.get(d.shown):
            found[(d.engine, d.field)] = d
    _MARKS[:] = [(dataset, found)]
    return found


_BY_ENGINE: list[tuple[Dataset, dict[str, list[tuple[str, Dispute]]]]] = []


def _marks_by_engine(dataset: Dataset) -> dict[str, list[tuple[str, Dispute]]]:
    # marks() by engine id, in its order: a record asks for its engine's only (1,000 of them with a big overlay).
    if _BY_ENGINE and _BY_ENGINE[0][0] is dataset:
        return _BY_ENGINE[0][1]
    found: dict[str, list[tuple[str, Dispute]]] = {}
    for (engine, path), d in marks(dataset).items():
        found.setdefault(engine, []).append((path, d))
    _BY_ENGINE[:] = [(dataset, found)]
    return found


def _value(engine: Any, path: str) -> Any:
    head, _, key = path.partition(".")
    value = getattr(engine, head, None)
    return value.get(key) if key and isinstance(value, dict) else value


def mark_of(dataset: Dataset, engine_id: str, path: str, unicode: bool = True) -> str:
    """The mark a view puts after a cell: ``!`` disputed, ``°`` (ASCII ``c``) corrected, or nothing."""
    d = marks(dataset).get((engine_id, path))
    if d is None:
        return ""
    return DISPUTED_MARK if d.kind == "disputed" else CORRECTED_MARK[unicode]


def cell_mark(path: str) -> Callable[[dict[str, Any], Any], str]:
    """A :class:`~llmengines.render.Column` mark for the cell at ``path`` of an engine record (its ``disputed`` and
    ``corrected`` fields, as :func:`record_fields` gives them)."""

    def mark(record: dict[str, Any], env: Any) -> str:
        if path in (record.get("disputed") or {}):
            return DISPUTED_MARK
        if path in (record.get("corrected") or {}):
            return CORRECTED_MARK[bool(getattr(env, "unicode", True))]
        return ""

    return mark


def footnotes(
    dataset: Dataset, engine_ids: Iterable[str], paths: Iterable[str] | None = None, unicode: bool = True
) -> list[str]:
    """One line per disputed or corrected cell of these engines (at ``paths``, if given), for a caption."""
    names = {e.id: e.name for e in dataset.engines}
    wanted = None if paths is None else set(paths)
    ids = set(engine_ids)
    out = []
    for d in marks(dataset).values():
        if d.engine in ids and (wanted is None or d.field in wanted):
            mark = DISPUTED_MARK if d.kind == "disputed" else CORRECTED_MARK[unicode]
            out.append(f"{mark} {describe(dataset, d, names.get(d.engine))}")
    return out


def disputed_matches(dataset: Dataset, filters: Any) -> list[str]:
    """One line per engine that matches ``filters`` by one source's value of a disputed cell and not by another's:
    ``SGLang matches by list 1b291b8 (precisions.fp4 yes), not by paper v3 (no; shown)``."""
    from llmengines.filters import evaluate
    from llmengines.record_class import replace

    checked = {
        f"{dim}.{k}" for dim in ("hardware", "platforms", "precisions", "techniques") for k in getattr(filters, dim)
    }
    keep = {"yes", "unknown"} if filters.include_unknown else {"yes"}
    engines = {e.id: e for e in dataset.engines}
    out = []
    for d in marks(dataset).values():
        if d.field not in checked or d.engine not in engines or d.kind != "disputed":
            continue
        engine = engines[d.engine]
        table, _, key = d.field.partition(".")
        verdicts = {}
        for source_id, value in d.values.items():
            changed: dict[str, Any] = {table: {**getattr(engine, table), key: value}}
            other = replace(engine, **changed)
            verdicts[source_id] = evaluate(other, filters).status in keep
        if len(set(verdicts.values())) < 2:
            continue

        yes = [s for s, ok in verdicts.items() if ok]
        no = [s for s, ok in verdicts.items() if not ok]
        out.append(
            f"{engine.name} matches by {_said(dataset, d, yes)} but not by {_said(dataset, d, no)}: "
            f"{d.field} is disputed"
        )
    return out + _install_disagreements(dataset, filters, keep)


def _install_disagreements(dataset: Dataset, filters: Any, keep: set[str]) -> list[str]:
    """``--install`` reads Table 13; where the list's Experiments section classes an engine otherwise, say which
    engines match by one and not by the other (the two sources' install-ease disagreement)."""
    wanted = tuple(getattr(filters, "install", ()) or ())
    if not wanted:
        return []
    from llmengines.evaluation import evaluation
    from llmengines.filters import evaluate
    from llmengines.record_class import replace

    ev = evaluation()
    rest = replace(filters, install=())
    out = []
    for engine in dataset.engines:
        install, group = ev.install(engine.id), ev.grouping(engine.id)
        if install is None or group is None or install.ease == group.level:
            continue
        if (install.ease in wanted) == (group.level in wanted) or evaluate(engine, rest).status not in keep:
            continue
        table = f"paper v3 Table 13 ({install.ease}; used)"
        listed = f"the list's Experiments section ({group.level})"
        yes, no = (table, listed) if install.ease in wanted else (listed, table)
        out.append(f"{engine.name} matches by {yes} but not by {no}: the two class its install ease differently")
    return out


def _said(dataset: Dataset, d: Dispute, ids: list[str]) -> str:
    return ", ".join(
        f"{getattr(source(dataset, s), 'label', s)} ({d.values[s]}{'; shown' if s == d.shown else ''})" for s in ids
    )


def describe(dataset: Dataset, d: Dispute, name: str | None = None, show: Any = None) -> str:
    """One line naming both values and their sources: the footnote of a marked cell."""
    render = show or str
    parts = []
    for source_id, value in d.values.items():
        layer = source(dataset, source_id)
        label = layer.label if layer else source_id
        where = locator(layer, d.field).split(" (")[0] if layer else ""
        parts.append(f"{render(value)} in {label} ({layer.date if layer else '?'}{', ' + where if where else ''})")
    who = f"{name or d.engine} {d.field}"
    what = "disputed" if d.kind == "disputed" else "corrected"
    shown = source(dataset, d.shown)
    return f"{who} {what}: " + "; ".join(parts) + f" — shown: {shown.label if shown else d.shown}"


def record_fields(dataset: Dataset, engine_id: str, paths: Iterable[str] | None = None) -> dict[str, Any]:
    """JSON fields for an engine record: ``disputed`` and ``corrected`` (field path → values by source, and the
    source shown), each ``{}`` when there are none."""
    disputed: dict[str, Any] = {}
    corrected: dict[str, Any] = {}
    wanted = None if paths is None else set(paths)
    for path, d in _marks_by_engine(dataset).get(engine_id, ()):
        if wanted is not None and path not in wanted:
            continue
        entry = {"values": dated(dataset, engine_id, path), "shown": d.shown}
        (disputed if d.kind == "disputed" else corrected)[path] = entry
    return {"disputed": disputed, "corrected": corrected}


def newest_date(dataset: Dataset) -> str:
    """The publication date of the newest source the dataset's values come from (its edition's, if cut off)."""
    if not dataset.sources:
        return dataset.snapshot_date
    stating = [s for s in dataset.sources if not s.restates]
    if dataset.edition is not None:
        order = [s.id for s in dataset.sources]
        stating = [s for s in stating if order.index(s.id) <= order.index(dataset.edition)]
    return max(s.date for s in stating)


def changes(data: dict[str, Any], older: str, newer: str) -> list[dict[str, Any]]:
    """What differs between the dataset as of source ``older`` and as of source ``newer``: one record per cell,
    engine cells first (in history order), then prices. ``kind`` is ``disputed`` or ``corrected`` for cells the
    two sources state differently, ``updated`` for a dated figure (stars, a price), ``added`` / ``removed`` for
    a figure or price only one of them has."""
    a, b = at(data, older), at(data, newer)
    names = {e["id"]: e["name"] for e in data["engines"]}
    corrected = {(d["engine"], d["field"]) for d in b["disputes"] if d["kind"] == "corrected"}
    out: list[dict[str, Any]] = []
    old_engines = {e["id"]: e for e in a["engines"]}
    for engine in b["engines"]:
        before = old_engines.get(engine["id"])
        if before is None:
            continue
        for path in b["history"].get(engine["id"], {}):
            old_value, new_value = _get(before, path)[1], _get(engine, path)[1]
            if old_value == new_value:
                continue
            old_src = _stating(a["history"], engine["id"], path)
            new_src = _stating(b["history"], engine["id"], path)
            if path in TIME_VARYING:
                kind = "added" if old_value is None else "removed" if new_value is None else "updated"
            else:
                kind = "corrected" if (engine["id"], path) in corrected else "disputed"
            out.append(
                _change(
                    engine["id"],
                    names.get(engine["id"], engine["id"]),
                    path,
                    old_value,
                    new_value,
                    old_src,
                    new_src,
                    kind,
                )
            )
    old_prices = _cells(a["price_history"])
    new_prices = _cells(b["price_history"])
    for key, new in new_prices.items():
        old = old_prices.get(key)
        table, item, provider = key
        value_new = _price_value(new)
        value_old = None if old is None else _price_value(old)
        if value_old == value_new:
            continue
        kind = "added" if old is None else "updated"
        out.append(
            _change(
                provider,
                names.get(provider, provider),
                f"pricing.{table}.{item}",
                value_old,
                value_new,
                None if old is None else old["source"],
                new["source"],
                kind,
            )
        )
    return out


def _stating(history: Mapping[str, Mapping[str, Mapping[str, Any]]], engine_id: str, path: str) -> str | None:
    values = history.get(engine_id, {}).get(path)
    return list(values)[-1] if values else None


def _cells(prices: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str, str], Mapping[str, Any]]:
    out: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    for p in prices:
        out[(p["table"], p["item"], p["provider"])] = p  # later sources overwrite earlier ones
    return out


def _price_value(p: Mapping[str, Any]) -> Any:
    return p["per_hour"] if p["table"] == "by-hardware" else {"input": p["input"], "output": p["output"]}


def _change(  # noqa: PLR0917 - one record's fields, in its order
    engine: str, name: str, path: str, old: Any, new: Any, old_src: str | None, new_src: str | None, kind: str
) -> dict[str, Any]:
    return {
        "engine": engine,
        "name": name,
        "field": path,
        "kind": kind,
        "from": old,
        "to": new,
        "from_source": old_src,
        "to_source": new_src,
    }
