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

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, get_args

from llmengines.errors import UsageError
from llmengines.models import Devices, Engine, OpenSource, OrgType, Scale, Support
from llmengines.record_class import Frozen, record
from llmengines.vocabulary import Matcher, Term, matcher

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


@record(frozen=True, slots=True)
class Criterion(Frozen):
    """One option of the filters, as a group of checks combined with all-of or any-of."""

    option: str  # the option as people would type it, for messages: "--hw amd-gpu,nvidia"
    checks: tuple[Check, ...]
    any_of: bool = False

    def outcome(self, engine: Engine) -> tuple[Support, list[tuple[str, Support]]]:
        """This criterion's verdict on ``engine``, and each check's."""
        results = [(c.key, c.test(engine)) for c in self.checks]
        values = {v for _, v in results}
        if self.any_of:
            verdict: Support = "yes" if "yes" in values else "unknown" if "unknown" in values else "no"
        else:
            verdict = "no" if "no" in values else "unknown" if "unknown" in values else "yes"
        return verdict, results


@record(frozen=True, slots=True)
class Match(Frozen):
    """How one engine fares against the filters.

    ``status`` is ``yes`` (every criterion holds), ``unknown`` (none fails, but some could not be checked because
    the source does not say) or ``no``. ``matched`` / ``unknown`` / ``failed`` list the keys of the checks.
    """

    engine: Engine
    status: Support
    matched: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The JSON form, added to engine records as ``match``."""
        return {
            "status": "match" if self.status == "yes" else self.status,
            "matched": list(self.matched),
            "unknown": list(self.unknown),
            "failed": list(self.failed),
        }


def _matrix(dimension: str, id_: str) -> Check:
    return Check(f"{dimension}.{id_}", lambda e: e.supports(dimension, id_))


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
        if ids:
            checks = tuple(_matrix(dimension, i) for i in ids)
            out.append(Criterion(f"{option} {','.join(ids)}", checks, filters.any_of and len(ids) > 1))
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
    return out


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
    verdicts: set[Support] = set()
    for criterion in criteria(filters):
        verdict, results = criterion.outcome(engine)
        verdicts.add(verdict)
        for key, value in results:
            {"yes": matched, "unknown": unknown, "no": failed}[value].append(key)
    status: Support = "no" if "no" in verdicts else "unknown" if "unknown" in verdicts else "yes"
    return Match(engine, status, tuple(matched), tuple(unknown), tuple(failed))


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
            singles.extend(Criterion(f"{flag} {k.key.split('.', 1)[1]}", (k,)) for k in c.checks)
    counts = [(c, sum(1 for e in engines if c.outcome(e)[0] in ruled_out)) for c in singles]
    return sorted(counts, key=lambda pair: -pair[1])


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

_STARS = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*$")


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
    number, unit = float(found.group(1)), found.group(2).lower()
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
) -> Filters:
    """:class:`Filters` from what people type: ids or aliases, in any case, repeated or comma-separated.

    ``oss`` is short for ``open_source=["yes", "partial"]`` (the code is published, at least in part).
    Raises :class:`~llmengines.errors.UnknownNameError` (with suggestions) or :class:`UsageError`.
    """
    open_values = _resolve_all(Matcher("open-source value", OPEN_SOURCE), open_source)
    if oss:
        if open_values:
            raise UsageError("--oss is short for --open-source yes,partial; give one or the other")
        open_values = ("yes", "partial")
    stars = parse_stars(min_stars) if isinstance(min_stars, str) else min_stars
    if stars is not None and stars < 0:
        raise UsageError("--min-stars cannot be negative")
    return Filters(
        hardware=_resolve_all(matcher("hardware"), hardware),
        platforms=_resolve_all(matcher("platform"), platforms),
        precisions=_resolve_all(matcher("precision"), precisions),
        techniques=_resolve_all(matcher("technique"), techniques),
        any_of=any_of,
        scale=_resolve_one("scale", scale),
        devices=_resolve_one("device class", devices),
        open_source=open_values,
        org_types=_resolve_all(Matcher("org type", ORG_TYPES), org_types),
        min_stars=stars,
        commercial=commercial,
        include_unknown=include_unknown,
    )
