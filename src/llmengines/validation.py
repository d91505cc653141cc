"""Reading untrusted YAML into validated records, with errors that point at file, line, column and field.

The query path never loads it. It imports pydantic-core; pydantic and ruamel.yaml only where they are used (the
records' schema is :mod:`llmengines.records_schema`, the quick readers :mod:`llmengines.fast_yaml`). It serves
the build of the bundled dataset (:mod:`llmengines.build`), its tests, ``llmengines schema``, and — later — user
overlays and ``llmengines validate``.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, get_type_hints

from pydantic_core import ValidationError  # pydantic's own (it re-exports it); pydantic itself loads on use

from llmengines.errors import DataError
from llmengines.files import MAX_FILE_BYTES, read_checked
from llmengines.models import (
    Dataset,
    Engine,
    Footnote,
    HardwarePrices,
    ModelPrices,
    SourceLayer,
)
from llmengines.record_class import Frozen
from llmengines.record_class import record as frozen_record
from llmengines.records_schema import NESTED as _NESTED
from llmengines.records_schema import field_names as _field_names
from llmengines.records_schema import records_validator as _records_validator
from llmengines.vocabulary import HARDWARE_IDS, PLATFORM_IDS, PRECISION_IDS, SCORE_IDS, TECHNIQUE_IDS

if TYPE_CHECKING:
    from pydantic import TypeAdapter

MAX_VALUES = 5_000_000  # a data file whose aliases expand to more values than this is an attack ("billion laughs")

__all__ = ["MAX_FILE_BYTES", "Problem", "YamlDocument", "read_yaml", "validate", "validate_overlay"]

T = TypeVar("T")
Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a data file, located."""

    file: str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass(slots=True)
class YamlDocument:
    """A parsed YAML file as plain JSON-like data, with the position of every key and item."""

    file: str
    data: Any
    positions: dict[Path_, tuple[int, int]]

    def locate(self, path: Iterable[str | int]) -> tuple[int, int]:
        """Line and column (1-based) of the deepest part of ``path`` that exists in the file."""
        parts = tuple(path)
        while parts:
            if parts in self.positions:
                return self.positions[parts]
            parts = parts[:-1]
        return (1, 1)

    def problem(self, path: Iterable[str | int], message: str) -> Problem:
        """A :class:`Problem` at ``path``."""
        parts = tuple(path)
        line, column = self.locate(parts)
        return Problem(self.file, line, column, format_path(parts), message)


def format_path(path: Iterable[str | int]) -> str:
    """``('engines', 3, 'hardware', 'nvidia')`` → ``engines[3].hardware.nvidia``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def read_yaml(path: str | Path, raw: bytes | None = None) -> YamlDocument:
    """Parse a YAML file safely, keeping positions; raise :class:`DataError` for anything unreadable.

    The round-trip loader is used for its line numbers; it builds only plain mappings, sequences and
    scalars (tags such as ``!!python/object`` are refused, duplicate keys are errors). ``raw`` is the file's
    content when the caller has already read it (so what is validated is what was hashed).
    """
    file = str(path)
    if raw is None:
        raw = read_checked(path)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            raise DataError(f"{file}:1:1: encoded as {encoding} (it starts with a byte-order mark); save it as UTF-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - raw.rfind(b"\n", 0, exc.start)  # in bytes: the text cannot be decoded
        raise DataError(f"{file}:{line}:{column}: not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise DataError(f"{file}:1:1: the file is empty")
    # ruamel is imported here, where it is used: a JSON file, or one of the quick readers', never needs it.
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        node = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise DataError(f"{file}:{line}:{column}: {reason}") from None
    except YAMLError as exc:
        raise DataError(f"{file}: invalid YAML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise DataError(f"{file}: nested too deeply to be a data file") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits, which Python refuses to convert
        reason = " ".join(str(exc).split(";")[0].split())  # not Python's advice to raise the limit
        raise DataError(f"{file}: cannot read a value: {reason}") from None
    except NotImplementedError as exc:  # ruamel's round-trip reader cannot place some comments ("overlap in comment")
        # Its message names the comment tokens, 0-based ("CommentToken('# c\n', line: 0, col: 3)"); the first is it.
        found = re.search(r"line: (\d+), col: (\d+)", str(exc))
        where = f"{int(found[1]) + 1}:{int(found[2]) + 1}:" if found else ""
        raise DataError(
            f"{file}:{where} the YAML reader cannot place this comment (after a key whose value is on the next"
            " lines?); move it to a line of its own"
        ) from None
    except AssertionError:  # one of ruamel's own checks, failing on comments it cannot attach (found by fuzzing)
        raise DataError(
            f"{file}: the YAML reader cannot place one of this file's comments; move comments to lines of their own"
        ) from None
    except TypeError:  # ruamel cannot hash a key that is a collection holding another: say where it is
        line, column = _collection_key(text)
        raise DataError(f"{file}:{line}:{column}: a key is a sequence or mapping; keys are text") from None
    if node is None:  # only comments, or an explicit null: there is no data
        raise DataError(f"{file}:1:1: the file is empty")
    walk = _Walk(file, {}, [], {})
    try:
        data, _ = _plain(node, (), walk)
    except _TooBig:
        raise DataError(f"{file}: more than {MAX_VALUES} values (an alias expanded too often?)") from None
    except RecursionError:
        raise DataError(f"{file}: nested too deeply to be a data file") from None
    if walk.problems:
        raise DataError(f"{file}: {len(walk.problems)} problem(s)", [str(p) for p in walk.problems])
    return YamlDocument(file, data, walk.positions)


def _collection_key(text: str) -> tuple[int, int]:
    """The line and column of the first mapping key in ``text`` that is a sequence or mapping (1, 1 if none)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    pending = [YAML(typ="rt").compose(text)]
    seen: set[int] = set()  # an alias is the node it names: each is walked once, a cycle too
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if not isinstance(key, ScalarNode):
                    return key.start_mark.line + 1, key.start_mark.column + 1
                pending.append(value)
        elif node is not None and not isinstance(node, ScalarNode):
            pending.extend(node.value)
    return 1, 1


# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


class _TooBig(Exception):
    """Raised inside :func:`_plain` when a document expands to more values than a data file may hold."""


def _tag(node: Any) -> str | None:
    """The explicit YAML tag on a node (``!!python/object/apply:os.system``, ``!foo``), or None."""
    tag = getattr(getattr(node, "tag", None), "value", None)
    return None if tag is None else str(tag).replace("tag:yaml.org,2002:", "!!")


@dataclass(slots=True)
class _Walk:
    """State of one conversion by :func:`_plain`."""

    file: str
    positions: dict[Path_, tuple[int, int]]
    problems: list[Problem]
    # An alias is the same Python object as its anchor: convert it once, and count the values it expands to
    # without walking them again, so that a "billion laughs" file is refused quickly.
    done: dict[int, tuple[Any, int]]


def _plain(node: Any, path: Path_, walk: _Walk, ancestors: frozenset[int] = frozenset()) -> tuple[Any, int]:
    """Turn ruamel's round-trip nodes into JSON-like values, recording where each key and item stands.

    Returns the value and the number of values it expands to. Only plain mappings, sequences and scalars are
    data: an explicit tag is refused (ruamel's round-trip loader never executes one, but a tagged node is not
    data we understand), as is an alias to its own ancestor.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    where = walk.positions.get(path, (1, 1))
    tag = _tag(node)
    if tag is not None:
        walk.problems.append(Problem(walk.file, *where, format_path(path), f"YAML tags are not allowed ({tag})"))
        return None, 1
    if not isinstance(node, CommentedMap | CommentedSeq):
        return _scalar(node, path, walk), 1
    if id(node) in ancestors:
        walk.problems.append(Problem(walk.file, *where, format_path(path), "an alias that contains itself"))
        return None, 1
    if id(node) in walk.done:
        return walk.done[id(node)]
    ancestors = ancestors | {id(node)}
    size = 1
    out: Any
    if isinstance(node, CommentedMap):
        out = {}
        for key, value in node.items():
            # A key merged in with '<<: *anchor' has no position of its own here: it stands at the mapping.
            position = node.lc.data.get(key)
            key_where: tuple[int, int] = (position[0] + 1, position[1] + 1) if position else where
            if not isinstance(key, str):
                walk.problems.append(Problem(walk.file, *key_where, format_path(path), f"key {key!r} is not a string"))
                continue
            walk.positions[(*path, key)] = key_where
            out[key], n = _plain(value, (*path, key), walk, ancestors)
            size += n
    else:
        out = []
        for index, value in enumerate(node):
            position = node.lc.item(index)
            walk.positions[(*path, index)] = (position[0] + 1, position[1] + 1) if position else where
            item, n = _plain(value, (*path, index), walk, ancestors)
            out.append(item)
            size += n
    if size > MAX_VALUES:
        raise _TooBig
    walk.done[id(node)] = (out, size)
    return out, size


def _scalar(node: Any, path: Path_, walk: _Walk) -> Any:
    where = walk.positions.get(path, (1, 1))
    if isinstance(node, float) and not math.isfinite(node):  # .inf / .nan: no price or score is infinite
        walk.problems.append(Problem(walk.file, *where, format_path(path), f"{node} is not a finite number"))
        return None
    if isinstance(node, bool) or node is None or isinstance(node, int | float):
        return node if not isinstance(node, float) else float(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, _dt.date):  # an unquoted date; the schema wants ISO text
        return node.isoformat()
    walk.problems.append(Problem(walk.file, *where, format_path(path), f"unsupported YAML value {type(node).__name__}"))
    return None


def validate(adapter: TypeAdapter[T], value: Any, doc: YamlDocument, prefix: Path_ = ()) -> T:
    """Validate ``value`` (found at ``prefix`` in ``doc``) strictly; raise :class:`DataError` listing every problem."""
    try:
        return adapter.validate_json(json.dumps(value), strict=True)
    except ValidationError as exc:
        problems = [doc.problem((*prefix, *_clean_loc(err["loc"])), _message(err)) for err in exc.errors()]
        raise DataError(f"{doc.file}: {len(problems)} problem(s)", [str(p) for p in problems]) from None


def _clean_loc(loc: tuple[Any, ...]) -> Path_:
    # pydantic marks dict-key errors with a trailing "[key]"; the key itself is the useful position.
    return tuple(part for part in loc if part != "[key]" and not (isinstance(part, str) and "[" in part))


def _message(err: Mapping[str, Any]) -> str:
    # pydantic names these differently for models and for dataclasses
    if err["type"] in ("extra_forbidden", "unexpected_keyword_argument"):
        return "unknown field"
    if err["type"] in ("missing", "missing_argument"):
        return "missing field"
    if err["type"] == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return f"{err['input']!r} is not one of {expected}"
    return str(err["msg"])


# --- the bundled dataset -------------------------------------------------------------------------------------

DATA_DIR = Path(__file__).parent / "data"
BUNDLED_FILES = ("dataset.yaml", "engines.yaml", "techniques.yaml", "pricing.yaml", "devices.yaml")
COMPLETE_TABLES: dict[str, tuple[str, ...]] = {
    "platforms": PLATFORM_IDS,
    "hardware": HARDWARE_IDS,
    "precisions": PRECISION_IDS,
    "techniques": TECHNIQUE_IDS,
    "scores": SCORE_IDS,
}


def dataset_adapter() -> TypeAdapter[Dataset]:
    """The pydantic adapter of the whole dataset (also the source of ``llmengines schema``)."""
    from pydantic import TypeAdapter

    return TypeAdapter(Dataset)


EDITION_FILES = ("sources.yaml", "survey-v3.yaml")


@frozen_record(frozen=True, slots=True)
class Statement(Frozen):
    """What a later source states about engines at one place in it (``data/survey-v3.yaml``)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid", "strict": True}
    source: str
    locator: str
    engines: dict[str, dict[str, Any]]  # engine id → {field (under prefix) → value}
    prefix: str | None = None
    note: str = ""


@frozen_record(frozen=True, slots=True)
class PriceTable(Frozen):
    """A later source's two pricing tables, in the format of ``pricing.yaml``."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid", "strict": True}
    source: str
    by_model: tuple[ModelPrices, ...]
    by_hardware: tuple[HardwarePrices, ...]
    footnotes: tuple[Footnote, ...] = ()
    hardware_footnotes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    printed: dict[str, str] = field(default_factory=dict)  # row as the dataset names it → as the source prints it
    note: str = ""


@frozen_record(frozen=True, slots=True)
class Editions(Frozen):
    """The dated sources and what the later ones state."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid", "strict": True}
    sources: tuple[SourceLayer, ...]
    statements: tuple[Statement, ...] = ()
    price_tables: tuple[PriceTable, ...] = ()


def load_bundled_yaml(data_dir: Path = DATA_DIR) -> Dataset:
    """Read, validate and cross-check the bundled YAML; the source of ``dataset.json``.

    The list's data (``BUNDLED_FILES``) is validated first, then the later sources (``EDITION_FILES``), and the
    dataset is the result of layering them (:func:`llmengines.editions.build`), validated again.
    """
    from llmengines import editions
    from llmengines.record_class import asdict

    base = _load_base(data_dir)
    docs = [read_yaml(data_dir / name) for name in EDITION_FILES if (data_dir / name).exists()]
    if not docs:
        return base
    merged_editions: dict[str, Any] = {}
    owner: dict[str, YamlDocument] = {}
    for doc in docs:
        if not isinstance(doc.data, dict):
            raise DataError(f"{doc.file}:1:1: expected a mapping at the top level")
        for key, value in doc.data.items():
            if key in merged_editions:
                raise DataError(f"{doc.file}: {key}: already defined in {owner[key].file}")
            merged_editions[key] = value
            owner[key] = doc
    from pydantic import TypeAdapter

    layers = validate(TypeAdapter(Editions), merged_editions, _MergedDocument(owner))
    problems = [str(p) for p in _check_editions(layers, base, owner)]
    if problems:
        raise DataError("the bundled sources are inconsistent", problems)
    plain = asdict(layers)
    built = editions.build(asdict(base), plain["sources"], plain["statements"], plain["price_tables"])
    try:
        dataset = validate(dataset_adapter(), built, YamlDocument("<built>", built, {}))
    except DataError as exc:
        raise DataError("the layered dataset does not validate", exc.problems) from None
    problems = [str(p) for p in check_consistency(dataset, {})]
    if problems:
        raise DataError("the layered dataset is inconsistent", problems)
    return dataset


def _check_editions(layers: Editions, base: Dataset, owner: Mapping[str, YamlDocument]) -> list[Problem]:
    """Sources that exist and are in date order; statements about known engines, of fields of the right type."""
    problems: list[Problem] = []

    def add(path: Path_, message: str) -> None:
        doc = owner.get(str(path[0]))
        problems.append(doc.problem(path, message) if doc else Problem("<bundled>", 1, 1, format_path(path), message))

    ids = [s.id for s in layers.sources]
    dates = [s.date for s in layers.sources]
    if dates != sorted(dates):
        add(("sources",), "sources must be in order of their dates")
    for i, s in enumerate(layers.sources):
        if not _real_date(s.date):
            add(("sources", i, "date"), f"{s.date!r} is not a date (YYYY-MM-DD)")
        for r in s.restates:
            if r not in ids[:i]:
                add(("sources", i, "restates"), f"{r!r} is not an earlier source")
    engines = {e.id for e in base.engines}
    for i, block in enumerate(layers.statements):
        if block.source not in ids[1:]:
            add(("statements", i, "source"), f"{block.source!r} is not a later source of sources.yaml")
        for engine_id, values in block.engines.items():
            if engine_id not in engines:
                add(("statements", i, "engines", engine_id), "not an engine id")
                continue
            statement: dict[str, Any] = {"id": engine_id}
            for key, value in values.items():
                path = f"{block.prefix}.{key}" if block.prefix else key
                head, _, sub_key = path.partition(".")
                if sub_key:
                    statement.setdefault(head, {})[sub_key] = value
                else:
                    statement[key] = value
            if statement.get("stars_as_of") and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", statement["stars_as_of"]):
                add(("statements", i, "engines", engine_id, "stars_as_of"), "a month, YYYY-MM, as the source gives it")
            if statement.get("stars_as_of"):
                statement["stars_as_of"] += "-01"  # a month here, where overlays give a day
            try:
                validate_overlay(YamlDocument("<statement>", {"engines": [statement]}, {}))
            except DataError as exc:
                for problem in exc.problems:
                    add(("statements", i, "engines", engine_id), problem.split(": ", 1)[-1])
    footnotes = {f.id for f in base.pricing.footnotes}
    for i, table in enumerate(layers.price_tables):
        if table.source not in ids[1:]:
            add(("price_tables", i, "source"), f"{table.source!r} is not a later source of sources.yaml")
        known = footnotes | {f.id for f in table.footnotes}
        for j, row in enumerate(table.by_model):
            for provider, price in row.prices.items():
                if provider not in engines:
                    add(("price_tables", i, "by_model", j, "prices", provider), "not an engine id")
                for note in price.footnotes:
                    if note not in known:
                        add(("price_tables", i, "by_model", j, "prices", provider), f"unknown footnote {note!r}")
    return problems


def _load_base(data_dir: Path) -> Dataset:
    merged: dict[str, Any] = {}
    owner: dict[str, YamlDocument] = {}
    for name in BUNDLED_FILES:
        doc = read_yaml(data_dir / name)
        if not isinstance(doc.data, dict):
            raise DataError(f"{doc.file}:1:1: expected a mapping at the top level")
        for key, value in doc.data.items():
            if key in merged:
                raise DataError(f"{doc.file}: {key}: already defined in {owner[key].file}")
            merged[key] = value
            owner[key] = doc
    problems: list[str] = []
    try:
        dataset = validate(dataset_adapter(), merged, _MergedDocument(owner))
    except DataError as exc:
        raise DataError("the bundled dataset does not validate", exc.problems) from None
    problems.extend(str(p) for p in check_consistency(dataset, owner))
    if problems:
        raise DataError("the bundled dataset is inconsistent", problems)
    return dataset


class _MergedDocument(YamlDocument):
    """Several bundled files seen as one document: each top-level key is located in the file that has it."""

    def __init__(self, owner: dict[str, YamlDocument]) -> None:
        super().__init__("<bundled>", None, {})
        self._owner = owner

    def problem(self, path: Iterable[str | int], message: str) -> Problem:
        parts = tuple(path)
        doc = self._owner.get(str(parts[0])) if parts else None
        if doc is None:
            return Problem(self.file, 1, 1, format_path(parts), message)
        return doc.problem(parts, message)


def check_consistency(dataset: Dataset, owner: Mapping[str, YamlDocument]) -> list[Problem]:
    """What the schema cannot say: unique ids and aliases, complete matrices, and references that resolve."""
    problems: list[Problem] = []

    def add(path: Path_, message: str) -> None:
        doc = owner.get(str(path[0]))
        problems.append(doc.problem(path, message) if doc else Problem("<bundled>", 1, 1, format_path(path), message))

    from llmengines.vocabulary import squash

    seen: dict[str, str] = {}
    for i, engine in enumerate(dataset.engines):
        for spelling in (engine.id, engine.name, *engine.aliases):
            key = squash(spelling)
            if seen.get(key, engine.id) != engine.id:
                add(("engines", i, "aliases"), f"{spelling!r} also names engine {seen[key]!r}")
            seen[key] = engine.id
        for table, ids in COMPLETE_TABLES.items():
            missing = [k for k in ids if k not in getattr(engine, table)]
            if missing:
                add(("engines", i, table), f"missing {', '.join(missing)}")
        for dim, score in engine.scores.items():
            lo = score.value if score.low is None else score.low
            hi = score.value if score.high is None else score.high
            if not (0 <= lo <= score.value <= hi <= 5):
                add(("engines", i, "scores", dim), "expected 0 <= low <= value <= high <= 5")
        for key in engine.hardware_notes:
            if engine.hardware.get(key) != "yes":
                add(("engines", i, "hardware_notes", key), "a note on hardware the engine does not support")
    engine_ids = {e.id for e in dataset.engines}
    technique_ids = [t.id for t in dataset.techniques]
    for i, tid in enumerate(technique_ids):
        if technique_ids.index(tid) != i:
            add(("techniques", i, "id"), f"duplicate technique id {tid!r}")
    footnotes = {f.id for f in dataset.pricing.footnotes}
    for i, row in enumerate(dataset.pricing.by_model):
        for provider, price in row.prices.items():
            if provider not in engine_ids:
                add(("pricing", "by_model", i, "prices", provider), "not an engine id")
            for note in price.footnotes:
                if note not in footnotes:
                    add(("pricing", "by_model", i, "prices", provider), f"unknown footnote {note!r}")
    for i, hw_row in enumerate(dataset.pricing.by_hardware):
        for provider in hw_row.prices:
            if provider not in engine_ids:
                add(("pricing", "by_hardware", i, "prices", provider), "not an engine id")
    for i, erratum in enumerate(dataset.errata):
        engine_match = next((e for e in dataset.engines if e.id == erratum.engine), None)
        if engine_match is None:
            add(("errata", i, "engine"), f"no engine {erratum.engine!r}")
            continue
        table, _, key = erratum.field.partition(".")
        current = getattr(engine_match, table, {}).get(key) if key else None
        if current != erratum.corrected:
            add(("errata", i, "field"), f"{erratum.field} is {current!r}, not the corrected {erratum.corrected!r}")
    _check_devices(dataset, add)
    return problems


def _check_devices(dataset: Dataset, add: Callable[[Path_, str], None]) -> None:
    """Device ids and spellings unique (and distinct from the hardware words), references that resolve, and
    every Mobile / Edge detail of an engine named by a device."""
    from llmengines.vocabulary import HARDWARE, HARDWARE_WORDS, squash

    taken: dict[str, str] = {}
    for term in HARDWARE.values():
        for spelling in (term.id, term.name, *term.aliases):
            taken.setdefault(squash(spelling), f"column {term.id}")
    for word in HARDWARE_WORDS.values():
        for spelling in (word.id, *word.aliases):
            taken.setdefault(squash(spelling), f"word {word.id}")
    ids = {d.id for d in dataset.devices}
    named: set[str] = set()
    for i, device in enumerate(dataset.devices):
        for spelling in (device.id, device.name, *device.aliases):
            owner = taken.setdefault(squash(spelling), f"device {device.id}")
            if owner not in {f"device {device.id}", f"column {device.id}"}:
                add(("devices", i, "aliases"), f"{spelling!r} also names {owner}")
        if device.variant_of is not None and device.variant_of not in ids:
            add(("devices", i, "variant_of"), f"no device {device.variant_of!r}")
        if device.edge_names and device.column != "edge":
            add(("devices", i, "edge_names"), "only a Mobile / Edge device has edge names")
        named.update(device.edge_names)
    for i, engine in enumerate(dataset.engines):
        detail = engine.hardware_notes.get("edge")
        for item in detail.split(", ") if detail else ():
            if item not in named:
                add(("engines", i, "hardware_notes", "edge"), f"{item!r} names no device (devices.yaml)")


def export_schema() -> dict[str, Any]:
    """The JSON Schema of ``llmengines export`` (and so of the engine records every command prints)."""
    from llmengines.models import SCHEMA_VERSION

    schema = dataset_adapter().json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"llmengines export, schema version {SCHEMA_VERSION}"
    return schema


# --- overlays: the user's own engine records ---------------------------------------------------------------------

# What a record for an engine the dataset does not have must give (none of these has an "unknown" value);
# everything else defaults to unknown (matrices, community), empty (links, aliases, scores) or no figure (stars).
NEW_ENGINE_REQUIRED = (
    "id",
    "name",
    "organization",
    "org_type",
    "released",
    "open_source",
    "commercial",
    "docs",
    "deployment.scale",
    "deployment.devices",
)
# Each of them as (the name, whether it is deployment's, the key to look for).
_REQUIRED_PARTS = tuple(
    (f, f.startswith("deployment."), f.partition(".")[2] if f.startswith("deployment.") else f)
    for f in NEW_ENGINE_REQUIRED
)
_DATE_FIELDS = {
    "released": (re.compile(r"\d{4}-(0[1-9]|1[0-2])"), "YYYY-MM"),
    "stars_as_of": (re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"), "YYYY-MM-DD"),
    "latest_release_date": (re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"), "YYYY-MM-DD"),
    "last_push": (re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"), "YYYY-MM-DD"),
}


@cache
def _field_adapter(owner: type, name: str) -> TypeAdapter[Any]:
    from pydantic import TypeAdapter

    hints = get_type_hints(owner)
    return TypeAdapter(hints[name])


def validate_overlay(doc: YamlDocument) -> list[dict[str, Any]]:
    """Check an overlay document (``engines:`` records, complete or partial); raise listing EVERY problem.

    Each record is checked field by field with the types of :class:`Engine`, so a record may give any subset of
    fields. Returns, per record, ``{"id", "data", "missing"}``: ``missing`` lists the fields of
    :data:`NEW_ENGINE_REQUIRED` the record lacks — an error only if its id turns out to be new, which depends
    on what it is merged with (:mod:`llmengines.overlays`).
    """
    return _validated_overlay(doc)[0]


def _validated_overlay(doc: YamlDocument) -> tuple[list[dict[str, Any]], list[str] | None]:
    """:func:`validate_overlay`'s records, and each record's data as JSON (None if it is not JSON data)."""
    from llmengines.vocabulary import squash

    problems: list[Problem] = []
    data = doc.data
    if not isinstance(data, dict):
        raise DataError(f"{doc.file}:1:1: expected a mapping with an 'engines:' list (see 'llmengines template')")
    for key in data:
        if key != "engines":
            problems.append(doc.problem((key,), "unknown top-level key (an overlay has only 'engines:')"))
    engines = data.get("engines")
    if not isinstance(engines, list):
        problems.append(doc.problem(("engines",), "expected a list of engine records"))
        engines = []
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    engine_fields = _field_names(Engine)
    known_fields = frozenset(engine_fields)  # for membership; the tuple's order is the suggestions' order
    # One pydantic call checks every field of every record; only if it fails is each field checked on its own,
    # to say which and where (for 1,000 engines: ~30 ms instead of ~400 ms). The same JSON text shows at once
    # whether any text holds a character to refuse (walking every value for it took ~300 ms).
    texts = _json_texts(engines)
    as_json = None if texts is None else "[" + ", ".join(texts) + "]"  # what json.dumps(engines) writes
    valid_together = as_json is not None and _valid_together(as_json)
    any_unsafe = as_json is None or _may_hold_unsafe(as_json)

    def check(owner: type, name: str, value: Any, path: Path_) -> None:
        if not valid_together:  # else every field has its type: nothing to say
            problems.extend(_check(_field_adapter(owner, name), value, doc, path))

    nested_fields = {name: frozenset(_field_names(owner)) for name, owner in _NESTED.items()}
    for i, record in enumerate(engines):
        at: Path_ = ("engines", i)
        if not isinstance(record, dict):
            problems.append(doc.problem(at, "expected an engine record (a mapping with an id)"))
            continue
        engine_id = record.get("id")
        if not isinstance(engine_id, str) or not engine_id.strip():
            problems.append(doc.problem((*at, "id") if "id" in record else at, "every record needs an id (text)"))
        else:
            key = squash(engine_id)
            if key in seen:
                problems.append(
                    doc.problem((*at, "id"), f"{engine_id!r} already has a record in this file (#{seen[key]})")
                )
            seen[key] = i
        for name, value in record.items():
            # (the path of a field is made only where it is needed: ~20 fields a record)
            if name not in known_fields:
                problems.append(doc.problem((*at, name), _unknown_field(name, engine_fields)))
            elif name in _NESTED:
                owner = _NESTED[name]
                if not isinstance(value, dict):
                    problems.append(doc.problem((*at, name), f"expected a mapping of {', '.join(_field_names(owner))}"))
                    continue
                if valid_together and value.keys() <= nested_fields[name]:
                    continue
                for sub, sub_value in value.items():
                    if sub not in nested_fields[name]:
                        problems.append(doc.problem((*at, name, sub), _unknown_field(sub, _field_names(owner))))
                    else:
                        check(owner, sub, sub_value, (*at, name, sub))
            elif name in _KEYED and isinstance(value, dict) and not value.keys() <= _KEYED_IDS[name]:
                kind, ids = _KEYED[name]
                for key in value:
                    if key not in ids:
                        problems.append(doc.problem((*at, name, key), _unknown_id(kind, key)))
                known = {k: v for k, v in value.items() if k in ids}  # their values are still checked
                if name == "hardware_notes":
                    known = {k: v for k, v in known.items() if v is not None}
                check(Engine, name, known, (*at, name))
            else:
                if not valid_together:
                    if name == "hardware_notes" and isinstance(value, dict):
                        # null removes a note the record inherits (so that its hardware can be marked no or unknown)
                        value = {k: v for k, v in value.items() if v is not None}  # noqa: PLW2901
                    check(Engine, name, value, (*at, name))
                if name in _DATE_FIELDS and isinstance(value, str):
                    pattern, shape = _DATE_FIELDS[name]
                    if not pattern.fullmatch(value):
                        problems.append(doc.problem((*at, name), f"expected a date as {shape}, not {value!r}"))
                    elif shape == "YYYY-MM-DD" and not _real_date(value):
                        problems.append(doc.problem((*at, name), f"{value!r} is not a date (no such day)"))
                if name == "github_stars" and isinstance(value, int) and not isinstance(value, bool):
                    # The type check lets any integer through; rank's stars figure takes the logarithm of it.
                    if value < 0:
                        problems.append(doc.problem((*at, name), "a star count cannot be negative"))
                    elif value > MAX_STARS:
                        message = f"more stars than any repository has (> {MAX_STARS:,})"
                        problems.append(doc.problem((*at, name), message))
        if record.get("github_stars") is not None and not record.get("stars_as_of"):
            problems.append(
                doc.problem((*at, "github_stars"), "a star count needs stars_as_of: the day it was read (YYYY-MM-DD)")
            )
        problems.extend(_score_ranges(record.get("scores"), doc, (*at, "scores")))
        if any_unsafe:
            problems.extend(_control_characters(record, doc, at))
        given = record.get("deployment")
        deployment: dict[str, Any] = given if isinstance(given, dict) else {}
        missing = [f for f, table, sub in _REQUIRED_PARTS if sub not in (deployment if table else record)]
        records.append({"id": engine_id, "data": record, "missing": missing})
    if problems:
        problems.sort(key=lambda p: (p.line, p.column))
        raise DataError(f"{doc.file}: {len(problems)} problem(s)", [str(p) for p in problems])
    return records, texts


MAX_STARS = 10**10  # more than a repository could have (there are fewer people than that), yet a float exactly


def _real_date(text: str) -> bool:
    # The pattern admits 2025-02-30; only the calendar knows.
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


_KEYED: dict[str, tuple[str, tuple[str, ...]]] = {
    "platforms": ("platform", PLATFORM_IDS),
    "hardware": ("hardware", HARDWARE_IDS),
    "hardware_notes": ("hardware", HARDWARE_IDS),
    "precisions": ("precision", PRECISION_IDS),
    "techniques": ("technique", TECHNIQUE_IDS),
    "scores": ("score", SCORE_IDS),
}


_KEYED_IDS = {name: frozenset(ids) for name, (_kind, ids) in _KEYED.items()}


def _unknown_field(name: str, known: Iterable[str]) -> str:
    from rapidfuzz import process

    best = process.extractOne(name, list(known), score_cutoff=70)
    return f"unknown field — did you mean {best[0]!r}?" if best else "unknown field"


def _unknown_id(kind: str, key: str) -> str:
    # Keys are canonical ids (as in the bundled files), so an alias such as 'cuda' is pointed to its id.
    from llmengines.vocabulary import matcher

    found = matcher(kind).get(key)
    if found is not None:
        return f"{key!r} is not a {kind} id: write {found!r}"
    shown = [repr(c) for _spelling, c in matcher(kind).suggest(key)]
    return f"{key!r} is not a {kind} id — did you mean " + " or ".join(shown) + "?"


def _control_characters(value: Any, doc: YamlDocument, at: Path_) -> list[Problem]:
    """Every text (key or value) holding a control character, line break or bidi override: never data here.

    An ESC in a value would reach the terminal of whoever lists it (a window title, a hyperlink, the clipboard),
    and an override makes text read differently from what it is.
    """
    from llmengines.escaping import first_unsafe

    out = []
    if isinstance(value, str):
        found = first_unsafe(value)
        if found is not None:
            out.append(doc.problem(at, f"contains a control character ({found}); a value is one line of plain text"))
    elif isinstance(value, dict):
        for key, sub in value.items():
            found = first_unsafe(str(key))
            if found is not None:
                out.append(doc.problem((*at, key), f"a key contains a control character ({found})"))
            else:
                out.extend(_control_characters(sub, doc, (*at, key)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.extend(_control_characters(item, doc, (*at, i)))
    return out


def _score_ranges(scores: Any, doc: YamlDocument, at: Path_) -> list[Problem]:
    out = []
    for dim, score in scores.items() if isinstance(scores, dict) else ():
        if not isinstance(score, dict) or not isinstance(score.get("value"), int | float):
            continue  # the type check reports it
        value = score["value"]
        lo = value if not isinstance(score.get("low"), int | float) else score["low"]
        hi = value if not isinstance(score.get("high"), int | float) else score["high"]
        if not (0 <= lo <= value <= hi <= 5):
            out.append(doc.problem((*at, dim), "expected 0 <= low <= value <= high <= 5"))
    return out


def _json_texts(records: Any) -> list[str] | None:
    """Each record as one line of JSON, every character of every text raw but C0 controls, ``"`` and ``\\``
    (``ensure_ascii=False``); None if they are not JSON data (the per-field checks then say what is wrong)."""
    if not isinstance(records, list):
        return None
    from llmengines import json_text

    try:
        return json_text.dumps_each(records, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        return None


def _may_hold_unsafe(text: str) -> bool:
    """Whether some key or value of the records written as ``text`` (:func:`_json_texts`) may hold a character
    :func:`_control_characters` refuses. False is exact: JSON writes every such character raw except C0
    controls, and those only as backslash escapes; with no backslash at all, nothing is hidden."""
    from llmengines.escaping import UNSAFE

    if "\\" in text:
        return True
    if text.isascii():  # the common case: only the unsafe ASCII characters JSON leaves raw (DEL) can be there
        return any(char in text for char in _raw_ascii_unsafe())
    return UNSAFE.search(text) is not None


@cache
def _raw_ascii_unsafe() -> tuple[str, ...]:
    from llmengines.escaping import UNSAFE

    return tuple(c for c in map(chr, range(0x20, 0x80)) if UNSAFE.match(c))


def _valid_together(text: str) -> bool:
    """Whether every field of every record (``text``: :func:`_json_texts`) has its type, what the per-field
    checks would all say, at once."""
    try:
        _records_validator().validate_json(text, strict=True)
    except (ValidationError, TypeError, ValueError):
        return False
    return True


def _check(adapter: TypeAdapter[Any], value: Any, doc: YamlDocument, path: Path_) -> list[Problem]:
    try:
        adapter.validate_json(json.dumps(value), strict=True)
    except ValidationError as exc:
        return [doc.problem((*path, *_clean_loc(err["loc"])), _given(err)) for err in exc.errors()]
    return []


def _given(err: Mapping[str, Any]) -> str:
    # "Input should be a valid integer" says what is wanted; people also need to see what they wrote.
    message = _message(err)
    value = err.get("input")
    if err["type"] not in ("extra_forbidden", "literal_error") and isinstance(value, str | int | float | bool):
        message += f", not {value!r}"
    return message


def parse_overlay(path: str | Path, raw: bytes) -> list[dict[str, Any]]:
    """Read and check one overlay file (its content ``raw``); raise :class:`DataError` with every problem.

    A file written as JSON (which is YAML too) is parsed with ``json`` first, and plain YAML with libyaml's C
    parser (:mod:`llmengines.fast_yaml`): for a machine-written overlay of 1,000 engines that takes milliseconds
    or a fraction of a second where pure-Python YAML takes many seconds. Only if it has problems, or the fast
    reader declines it, is it read by the position-tracking reader, for their lines and columns.
    """
    return parse_overlay_json(path, raw)[0]


def parse_overlay_json(path: str | Path, raw: bytes) -> tuple[list[dict[str, Any]], str | None]:
    """:func:`parse_overlay`'s records, and the same records as JSON text (``json.loads`` of it is equal to
    them), made from what the check already encoded: for the cache, which then need not encode them again."""
    fast = _json_document(str(path), raw) or _c_document(str(path), raw)
    if fast is not None:
        try:
            return _records_json(*_validated_overlay(fast))
        except DataError:
            pass
    return _records_json(*_validated_overlay(read_yaml(path, raw)))


def _records_json(records: list[dict[str, Any]], texts: list[str] | None) -> tuple[list[dict[str, Any]], str | None]:
    if texts is None or len(texts) != len(records):
        return records, None
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    entries = (
        f'{{"id":{encode(r["id"])},"data":{text},"missing":{encode(r["missing"])}}}'
        for r, text in zip(records, texts, strict=True)
    )
    return records, "[" + ",".join(entries) + "]"


def _json_document(file: str, raw: bytes) -> YamlDocument | None:
    """``raw`` as a JSON object, or None (not JSON, duplicate keys, NaN …: the YAML reader then judges it)."""
    if raw.lstrip()[:1] != b"{":
        return None

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(pairs)
        if len(out) != len(pairs):
            raise ValueError("duplicate key")
        return out

    def no_constants(name: str) -> Any:
        raise ValueError(name)

    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return YamlDocument(file, data, {})


def _c_document(file: str, raw: bytes) -> YamlDocument | None:
    """``raw`` read by libyaml's C parser, or None (no C parser, or a file it leaves to :func:`read_yaml`)."""
    from llmengines import fast_yaml

    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    data = fast_yaml.load(raw, MAX_VALUES)
    return None if data is fast_yaml.DECLINED else YamlDocument(file, data, {})


def record_problems(record: dict[str, Any]) -> list[str]:
    """What :func:`validate_overlay` finds wrong in one engine record, as ``field: message`` lines.

    For records a program writes (``refresh``): the reader's own checks, applied before writing.
    """
    try:
        validate_overlay(YamlDocument("", {"engines": [record]}, {}))
    except DataError as exc:
        return [re.sub(r"^:\d+:\d+: engines\[0\]\.?", "", p) for p in exc.problems]
    return []


def locate(path: str | Path, issues: Iterable[tuple[Path_, str]]) -> list[str]:
    """Problems found after merging, located in ``path`` (read again: this is the error path only)."""
    try:
        doc = read_yaml(path)
    except DataError:
        doc = YamlDocument(str(path), None, {})
    return [str(doc.problem(where, message)) for where, message in issues]
