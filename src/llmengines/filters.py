"""One set of filters over engines, shared by ``find``, ``rank``, ``facets``, ``matrix`` (and ``recommend``).

A :class:`Filters` holds canonical ids only; :func:`parse` builds one from what people type (ids, aliases,
comma-separated lists) and raises :class:`~llmengines.errors.UnknownNameError` with suggestions. :func:`evaluate`
checks one engine against every criterion, :func:`apply` keeps the engines that match, :func:`explain` says why.

Semantics:

- Within ``hardware`` / ``platforms`` / ``precisions`` / ``techniques`` an engine must support ALL the values
  given; with ``any_of`` ANY one of them is enough. Different criteria always combine with AND.
- Every check is ``yes``, ``no`` or ``unknown`` (the source's ``-``; a missing star figure). Unknown is not no:
  an engine whose only failing checks are unknown does not match, but has status ``unknown`` and is kept when
  ``include_unknown`` is set.
- Single-valued fields (``open_source``, ``org_types``) match when the engine's value is any of those given.
"""

from __future__ import annotations

from llmengines.errors import UsageError
from llmengines.lazy import Pattern
from llmengines.models import Device, Devices, Engine, OpenSource, OrgType, Scale, Support
from llmengines.readings import HardwareGroup, Reading, edge_key, edge_names_test, resolve_hardware, resolve_technique
from llmengines.record_class import Frozen, get_args, record
from llmengines.vocabulary import Matcher, Term, matcher

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any

SCALES = (
    Term("single-node", "Single-Node", ("single", "one-node", "singlenode")),
    Term("multi-node", "Multi-Node", ("multi", "distributed", "multinode", "cluster")),
)
DEVICES = (
    Term("heterogeneous", "Heterogeneous devices", ("hetero", "mixed", "diverse")),
    Term("homogeneous", "Homogeneous devices", ("homo", "single-class")),
)
OPEN_SOURCE = (
    Term("yes", "open source", ("open", "true", "full")),
    Term("partial", "partly open source", ("partly", "some")),
    Term("no", "closed source", ("closed", "false", "proprietary")),
)
ORG_TYPES = (
    Term("community", "Community", ()),
    Term("academic", "Academic", ("university", "academia")),
    Term("big-tech", "Big Tech", ("bigtech", "big")),
    Term("startup", "Startup", ("start-up",)),
)

# What the paper's evaluation observed (Table 13): install ease as §6.1 defines it, and the API served.
INSTALL_EASE = (
    Term("easy", "Easy: no setup beyond dependencies and an example run", ("simple",)),
    Term("medium", "Medium: build options or environment configuration adjusted", ("moderate",)),
    Term("hard", "Hard: source code modified or proprietary libraries replaced", ("difficult",)),
)
API_KINDS = (Term("openai", "OpenAI-compatible API", ("openai-compatible", "oai", "openai-api")),)

# Each fixed vocabulary a filter takes, by the name its errors use ("unknown scale 'mutli'").
FILTER_KINDS: dict[str, tuple[Term, ...]] = {
    "scale": SCALES,
    "device class": DEVICES,
    "open-source value": OPEN_SOURCE,
    "org type": ORG_TYPES,
}
assert {t.id for t in SCALES} == set(get_args(Scale))
assert {t.id for t in DEVICES} == set(get_args(Devices))
assert {t.id for t in OPEN_SOURCE} == set(get_args(OpenSource))
assert {t.id for t in ORG_TYPES} == set(get_args(OrgType))


@record(frozen=True, slots=True)
class Filters(Frozen):
    """What an engine must have, in canonical ids. The empty ``Filters()`` matches every engine."""

    hardware: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    techniques: tuple[str, ...] = ()
    any_of: bool = False  # within each of the four lists above: any one value suffices
    scale: str | None = None
    devices: str | None = None
    open_source: tuple[str, ...] = ()  # any of these
    org_types: tuple[str, ...] = ()  # any of these
    min_stars: int | None = None
    commercial: bool | None = None  # True: commercial services only; False: self-hosted software only
    include_unknown: bool = False
    # --hw values that are more than one cell (apple: ARM64 and macOS; cpu: x86-64 or ARM64; jetson: Mobile / Edge
    # naming NVIDIA Jetson), checked with ``hardware`` under the same --hw (all-of, or any-of with ``any_of``).
    hardware_groups: tuple[HardwareGroup, ...] = ()
    # Technique columns asked for only through a taxonomy entry's category link (gptq → quantization): their
    # checks are reported apart from exact matches (``Match.linked``, JSON ``match.by_category``).
    linked_techniques: tuple[str, ...] = ()
    readings: tuple[Reading, ...] = ()  # how each value that is not exactly a column was read, to be stated
    install: tuple[str, ...] = ()  # install ease in paper v3's Table 13; any of these
    api: tuple[str, ...] = ()  # APIs served as installed in paper v3's Table 13; all of these

    @property
    def empty(self) -> bool:
        """Whether no criterion is set (``include_unknown`` and ``any_of`` alone select nothing)."""
        return not criteria(self)

    def describe(self) -> str:
        """The filters as the options that would set them (``--hw amd-gpu --precision fp8``)."""
        return " ".join(c.option for c in criteria(self)) or "no filters"


@record(frozen=True, slots=True)
class Check(Frozen):
    """One test of a criterion: its key (a dotted path, or a comparison) and how to read it off an engine."""

    key: str
    test: Callable[[Engine], Support]
    label: str = ""  # the value as the option names it, where that is not the key's last part (a group)
    parts: tuple[Check, ...] = ()  # a group's own checks, reported one by one (``test`` combines them)


@record(frozen=True, slots=True)
class Criterion(Frozen):
    """One option of the filters, as a group of checks combined with all-of or any-of."""

    option: str  # the option as people would type it, for messages: "--hw amd-gpu,nvidia"
    checks: tuple[Check, ...]
    any_of: bool = False

    def outcome(self, engine: Engine) -> tuple[Support, list[tuple[str, Support]]]:
        """This criterion's verdict on ``engine``, and each check's."""
        results: list[tuple[str, Support]] = []
        values: set[Support] = set()
        for c in self.checks:
            values.add(c.test(engine))
            results += [(p.key, p.test(engine)) for p in c.parts] if c.parts else [(c.key, c.test(engine))]
        if self.any_of:
            verdict: Support = "yes" if "yes" in values else "unknown" if "unknown" in values else "no"
        else:
            verdict = "no" if "no" in values else "unknown" if "unknown" in values else "yes"
        return verdict, results


@record(frozen=True, slots=True)
class Match(Frozen):
    """How one engine fares against the filters.

    ``status`` is ``yes`` (every criterion holds), ``unknown`` (none fails, but some could not be checked because
    the source does not say) or ``no``. ``matched`` / ``unknown`` / ``failed`` list the keys of the checks;
    ``linked`` the checks that held for a column asked for only through a category link (never in ``matched``).
    """

    engine: Engine
    status: Support
    matched: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    linked: tuple[str, ...] = ()
    readings: tuple[Reading, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The JSON form, added to engine records as ``match`` (``by_category``/``readings`` only when set)."""
        out: dict[str, Any] = {
            "status": "match" if self.status == "yes" else self.status,
            "matched": list(self.matched),
            "unknown": list(self.unknown),
            "failed": list(self.failed),
        }
        if self.linked:
            out["by_category"] = list(self.linked)
        if self.readings:
            out["readings"] = [r.as_dict() for r in self.readings]
        return out


def _matrix(dimension: str, id_: str) -> Check:
    return Check(f"{dimension}.{id_}", lambda e: e.supports(dimension, id_))


def _combine(values: Iterable[Support], any_of: bool) -> Support:
    seen = set(values)
    if any_of:
        return "yes" if "yes" in seen else "unknown" if "unknown" in seen else "no"
    return "no" if "no" in seen else "unknown" if "unknown" in seen else "yes"


def _group(group: HardwareGroup) -> Check:
    parts = [_matrix("hardware", c) for c in group.columns]
    if group.edge_names:
        parts.append(Check(edge_key(group.edge_names[0]), edge_names_test(group.edge_names)))
    if group.platforms:  # a Mac: one of the columns (any_of) and every platform
        columns = Check("|".join(p.key for p in parts), lambda e: _combine((p.test(e) for p in parts), group.any_of))
        platforms = [_matrix("platforms", p) for p in group.platforms]
        tests = [columns, *platforms]
        parts += platforms

        def test(e: Engine) -> Support:
            return _combine((t.test(e) for t in tests), False)

        return Check("&".join(p.key for p in parts), test, group.id, tuple(parts))
    joiner = "|" if group.any_of else "&"
    any_of = group.any_of
    return Check(
        joiner.join(p.key for p in parts),
        lambda e: _combine((p.test(e) for p in parts), any_of),
        group.id,
        tuple(parts),
    )


def _equals(key: str, wanted: Iterable[str], read: Callable[[Engine], str]) -> Check:
    allowed = tuple(wanted)
    return Check(f"{key}={'|'.join(allowed)}", lambda e: "yes" if read(e) in allowed else "no")


def _stars_at_least(minimum: int) -> Check:
    def test(engine: Engine) -> Support:
        if engine.github_stars is None:
            return "unknown"  # closed-source services have no figure in the source
        return "yes" if engine.github_stars >= minimum else "no"

    return Check(f"github_stars>={minimum}", test)


def criteria(filters: Filters) -> list[Criterion]:
    """The criteria that ``filters`` sets, in a fixed order."""
    out: list[Criterion] = []
    for option, dimension, ids in (
        ("--hw", "hardware", filters.hardware),
        ("--os", "platforms", filters.platforms),
        ("--precision", "precisions", filters.precisions),
        ("--technique", "techniques", filters.techniques),
    ):
        groups = filters.hardware_groups if dimension == "hardware" else ()
        if ids or groups:
            checks = (*(_matrix(dimension, i) for i in ids), *(_group(g) for g in groups))
            labels = [*ids, *(g.id for g in groups)]
            out.append(Criterion(f"{option} {','.join(labels)}", checks, filters.any_of and len(checks) > 1))
    if filters.scale:
        out.append(Criterion(f"--scale {filters.scale}", (_equals("deployment.scale", [filters.scale], _scale),)))
    if filters.devices:
        out.append(
            Criterion(f"--devices {filters.devices}", (_equals("deployment.devices", [filters.devices], _devices),))
        )
    if filters.open_source:
        values = filters.open_source
        out.append(Criterion(f"--open-source {','.join(values)}", (_equals("open_source", values, _open),)))
    if filters.org_types:
        values = filters.org_types
        out.append(Criterion(f"--org-type {','.join(values)}", (_equals("org_type", values, _org),)))
    if filters.min_stars is not None:
        out.append(Criterion(f"--min-stars {filters.min_stars}", (_stars_at_least(filters.min_stars),)))
    if filters.commercial is not None:
        option = "--commercial" if filters.commercial else "--self-hosted"
        wanted = filters.commercial
        check = Check(f"commercial={str(wanted).lower()}", lambda e: "yes" if e.commercial is wanted else "no")
        out.append(Criterion(option, (check,)))
    if filters.install:
        out.append(Criterion(f"--install {','.join(filters.install)}", (_install_ease(filters.install),)))
    if filters.api:
        out.append(Criterion(f"--api {','.join(filters.api)}", tuple(_api(a) for a in filters.api)))
    return out


def _install_ease(wanted: tuple[str, ...]) -> Check:
    from llmengines.evaluation import evaluation

    ev = evaluation()

    def test(engine: Engine) -> Support:
        install = ev.install(engine.id)
        if install is None:
            return "unknown"  # not among the engines the paper installed: unknown, not no
        return "yes" if install.ease in wanted else "no"

    return Check(f"install_ease={'|'.join(wanted)}", test)


def _api(kind: str) -> Check:
    from llmengines.evaluation import evaluation

    ev = evaluation()

    def test(engine: Engine) -> Support:
        install = ev.install(engine.id)
        if install is None:
            return "unknown"
        return "yes" if install.openai_compatible else "no"

    return Check(f"api={kind}", test)


def _scale(e: Engine) -> str:
    return e.deployment.scale


def _devices(e: Engine) -> str:
    return e.deployment.devices


def _open(e: Engine) -> str:
    return e.open_source


def _org(e: Engine) -> str:
    return e.org_type


def evaluate(engine: Engine, filters: Filters) -> Match:
    """Check ``engine`` against every criterion of ``filters``."""
    matched: list[str] = []
    unknown: list[str] = []
    failed: list[str] = []
    linked: list[str] = []
    by_category = {f"techniques.{t}" for t in filters.linked_techniques}
    verdicts: set[Support] = set()
    for criterion in criteria(filters):
        verdict, results = criterion.outcome(engine)
        verdicts.add(verdict)
        for key, value in results:
            if value == "yes" and key in by_category:
                linked.append(key)
                continue
            {"yes": matched, "unknown": unknown, "no": failed}[value].append(key)
    status: Support = "no" if "no" in verdicts else "unknown" if "unknown" in verdicts else "yes"
    return Match(engine, status, tuple(matched), tuple(unknown), tuple(failed), tuple(linked), filters.readings)


def apply(engines: Iterable[Engine], filters: Filters) -> list[Match]:
    """The engines that match ``filters``, in the order given; with ``include_unknown``, also the unknown ones."""
    keep = {"yes", "unknown"} if filters.include_unknown else {"yes"}
    return [m for m in (evaluate(e, filters) for e in engines) if m.status in keep]


def select(engines: Iterable[Engine], filters: Filters) -> list[Engine]:
    """Just the engines of :func:`apply`."""
    return [m.engine for m in apply(engines, filters)]


def explain(match: Match) -> str:
    """One line saying which checks held, which the source leaves unknown, and which failed."""
    return explain_checks(match.matched, match.unknown, match.failed)


def explain_checks(matched: Sequence[str], unknown: Sequence[str], failed: Sequence[str]) -> str:
    """:func:`explain` from the check keys (as in the JSON ``match`` object)."""
    parts = []
    if matched:
        parts.append("matched " + ", ".join(matched))
    if unknown:
        parts.append("unknown " + ", ".join(unknown))
    if failed:
        parts.append("failed " + ", ".join(failed))
    return "; ".join(parts) or "no filters"


def eliminations(engines: Sequence[Engine], filters: Filters) -> list[tuple[Criterion, int]]:
    """For each criterion, how many of ``engines`` it rules out on its own; most first.

    An unknown verdict rules an engine out unless ``include_unknown`` is set.
    """
    ruled_out = {"no"} if filters.include_unknown else {"no", "unknown"}
    singles: list[Criterion] = []
    for c in criteria(filters):
        if c.any_of or len(c.checks) == 1:
            singles.append(c)
        else:  # all-of: each value is a criterion of its own, so the hint can name the one that hurts
            flag = c.option.split(" ", 1)[0]
            singles.extend(Criterion(f"{flag} {k.label or k.key.split('.', 1)[1]}", (k,)) for k in c.checks)
    counts = [(c, sum(1 for e in engines if c.outcome(e)[0] in ruled_out)) for c in singles]
    return sorted(counts, key=lambda pair: -pair[1])


def other_readings(engines: Sequence[Engine], filters: Filters) -> list[str]:
    """For each word with another reading (``rocm``: AMD Instinct too), how that reading's answer would differ."""
    from llmengines.record_class import replace

    names = {e.id: e.name for e in engines}
    found = {e.id for e in select(engines, filters)}
    out = []
    for r in filters.readings:
        if r.other is None:
            continue
        hardware = [c for c in filters.hardware if c != r.produced]
        groups = tuple(g for g in filters.hardware_groups if g.id != r.produced)
        other = replace(filters, hardware=tuple(dict.fromkeys([*hardware, r.other])), hardware_groups=groups)
        instead = {e.id for e in select(engines, other)}
        added = [names[i] for i in names if i in instead - found]
        dropped = [names[i] for i in names if i in found - instead]
        if not added and not dropped:
            change = "the same engines"
        else:
            change = "; ".join(
                part
                for part in (
                    f"adds {', '.join(added)}" if added else "",
                    f"drops {', '.join(dropped)}" if dropped else "",
                )
                if part
            )
        out.append(f"with --hw {r.other} instead of --hw {r.word}: {change}")
    return out


def no_match_hint(engines: Sequence[Engine], filters: Filters) -> str:
    """What to tell people when nothing matches: the filter that eliminated the most engines."""
    ranked = eliminations(engines, filters)
    if not ranked:
        return "no engines match"
    worst, count = ranked[0]
    hint = f"no engines match {filters.describe()}; {worst.option} alone rules out {count} of {len(engines)}"
    unknown = sum(1 for e in engines if evaluate(e, filters).status == "unknown")
    if unknown and not filters.include_unknown:
        hint += f"; {unknown} more could match where the source says nothing (--include-unknown)"
    elif not filters.any_of and any(len(c.checks) > 1 for c in criteria(filters)):
        hint += " (--any accepts any one of the values)"
    return hint


# --- from what people type ---------------------------------------------------------------------------------------

_STARS = Pattern(r"^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*$")


def split(values: Iterable[str] | None) -> list[str]:
    """Repeated and comma-separated option values as one list: ``["rocm,cuda", "tpu"]`` → three items."""
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def _resolve_all(m: Matcher, values: Iterable[str] | None) -> tuple[str, ...]:
    resolved: list[str] = []
    for text in split(values):
        canonical = m.resolve(text)
        if canonical not in resolved:
            resolved.append(canonical)
    return tuple(resolved)


def _resolve_one(kind: str, value: str | None) -> str | None:
    if value is None:
        return None
    return Matcher(kind, FILTER_KINDS[kind]).resolve(value)


def parse_stars(text: str) -> int:
    """``"10000"``, ``"10k"``, ``"1.5K"``, ``"1M"`` → an integer star count; raises :class:`UsageError`."""
    found = _STARS.match(text)
    if not found:
        raise UsageError(f"--min-stars takes a number such as 1000 or 10k, not {text!r}")
    from fractions import Fraction

    # Exact at any size (float(300 digits) * 1000 overflowed); beyond any repository's count it matches nothing.
    if len(found.group(1)) > 4000:  # Python reads and prints no integer of more than 4,300 digits
        raise UsageError(f"--min-stars: {len(found.group(1))} digits is more than any star count has")
    number, unit = Fraction(found.group(1)), found.group(2).lower()
    return round(number * {"": 1, "k": 1_000, "m": 1_000_000}[unit])


def parse(
    *,
    hardware: Iterable[str] | None = None,
    platforms: Iterable[str] | None = None,
    precisions: Iterable[str] | None = None,
    techniques: Iterable[str] | None = None,
    any_of: bool = False,
    scale: str | None = None,
    devices: str | None = None,
    open_source: Iterable[str] | None = None,
    oss: bool = False,
    org_types: Iterable[str] | None = None,
    min_stars: str | int | None = None,
    commercial: bool | None = None,
    include_unknown: bool = False,
    catalogue: Sequence[Device] | None = None,
    install: Iterable[str] | None = None,
    api: Iterable[str] | None = None,
) -> Filters:
    """:class:`Filters` from what people type: ids or aliases, in any case, repeated or comma-separated.

    ``oss`` is short for ``open_source=["yes", "partial"]`` (the code is published, at least in part).
    ``--hw`` also takes the everyday words and the devices the source names (``catalogue``: the bundled devices
    unless given), and ``--technique`` the taxonomy entries linked to a column by category; each such value
    comes with a :class:`~llmengines.readings.Reading` in ``readings`` (see :mod:`llmengines.readings`).
    Raises :class:`~llmengines.errors.UnknownNameError` (with suggestions) or :class:`UsageError`.
    """
    readings: list[Reading] = []
    columns, groups = _resolve_hardware(hardware, catalogue, readings)
    technique_ids, linked = _resolve_techniques(techniques, readings)
    open_values = _resolve_all(Matcher("open-source value", OPEN_SOURCE), open_source)
    if oss:
        if open_values:
            raise UsageError("--oss is short for --open-source yes,partial; give one or the other")
        open_values = ("yes", "partial")
    stars = parse_stars(min_stars) if isinstance(min_stars, str) else min_stars
    if stars is not None and stars < 0:
        raise UsageError("--min-stars cannot be negative")
    return Filters(
        hardware=columns,
        platforms=_resolve_all(matcher("platform"), platforms),
        precisions=_resolve_all(matcher("precision"), precisions),
        techniques=technique_ids,
        any_of=any_of,
        scale=_resolve_one("scale", scale),
        devices=_resolve_one("device class", devices),
        open_source=open_values,
        org_types=_resolve_all(Matcher("org type", ORG_TYPES), org_types),
        min_stars=stars,
        commercial=commercial,
        include_unknown=include_unknown,
        hardware_groups=groups,
        linked_techniques=linked,
        readings=tuple(readings),
        install=_resolve_all(Matcher("install ease", INSTALL_EASE), install),
        api=_resolve_all(Matcher("API", API_KINDS), api),
    )


def _resolve_hardware(
    values: Iterable[str] | None, devices: Sequence[Device] | None, readings: list[Reading]
) -> tuple[tuple[str, ...], tuple[HardwareGroup, ...]]:
    columns: list[str] = []
    groups: list[HardwareGroup] = []
    texts = split(values)
    if texts and devices is None:
        from llmengines.dataset import bundled

        devices = bundled().devices
    for text in texts:
        found, reading = resolve_hardware(text, devices or ())
        if isinstance(found, HardwareGroup):
            if found not in groups:
                groups.append(found)
        elif found not in columns:
            columns.append(found)
        if reading is not None and reading.note not in {r.note for r in readings}:
            readings.append(reading)
    return tuple(columns), tuple(groups)


def _resolve_techniques(
    values: Iterable[str] | None, readings: list[Reading]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    columns: list[str] = []
    exact: set[str] = set()
    for text in split(values):
        found, reading = resolve_technique(text)
        if reading is None:
            exact.add(found)
        else:
            readings.append(reading)
        if found not in columns:
            columns.append(found)
    return tuple(columns), tuple(c for c in columns if c not in exact)
