"""Reading untrusted YAML into validated records, with errors that point at file, line, column and field.

This is the only module that imports pydantic and ruamel.yaml; the query path never loads it. It serves the
build of the bundled dataset (:mod:`llmengines.build`), its tests, ``llmengines schema``, and — later — user
overlays and ``llmengines validate``.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from llmengines.errors import DataError
from llmengines.models import Dataset
from llmengines.vocabulary import HARDWARE_IDS, PLATFORM_IDS, PRECISION_IDS, SCORE_IDS, TECHNIQUE_IDS

MAX_FILE_BYTES = 16 * 1024 * 1024  # a data file larger than this is a mistake, not a dataset
MAX_VALUES = 5_000_000  # nor is one whose aliases expand to more values than this ("billion laughs")

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


def read_yaml(path: str | Path) -> YamlDocument:
    """Parse a YAML file safely, keeping positions; raise :class:`DataError` for anything unreadable.

    The round-trip loader is used for its line numbers; it builds only plain mappings, sequences and
    scalars (tags such as ``!!python/object`` are refused, duplicate keys are errors).
    """
    file = str(path)
    p = Path(path)
    if not p.exists():
        raise DataError(f"{file}: no such file")
    if p.is_dir():
        raise DataError(f"{file}: is a directory, not a data file")
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DataError(f"{file}: {size} bytes is more than the {MAX_FILE_BYTES} a data file may have")
    raw = p.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - raw.rfind(b"\n", 0, exc.start)  # in bytes: the text cannot be decoded
        raise DataError(f"{file}:{line}:{column}: not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise DataError(f"{file}:1:1: the file is empty")
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
            position = node.lc.key(key)
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
BUNDLED_FILES = ("dataset.yaml", "engines.yaml", "techniques.yaml", "pricing.yaml")
COMPLETE_TABLES: dict[str, tuple[str, ...]] = {
    "platforms": PLATFORM_IDS,
    "hardware": HARDWARE_IDS,
    "precisions": PRECISION_IDS,
    "techniques": TECHNIQUE_IDS,
    "scores": SCORE_IDS,
}


def dataset_adapter() -> TypeAdapter[Dataset]:
    """The pydantic adapter of the whole dataset (also the source of ``llmengines schema``)."""
    return TypeAdapter(Dataset)


def load_bundled_yaml(data_dir: Path = DATA_DIR) -> Dataset:
    """Read, validate and cross-check the bundled YAML; the source of ``dataset.json``."""
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
    return problems


def export_schema() -> dict[str, Any]:
    """The JSON Schema of ``llmengines export`` (and so of the engine records every command prints)."""
    from llmengines.models import SCHEMA_VERSION

    schema = dataset_adapter().json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"llmengines export, schema version {SCHEMA_VERSION}"
    return schema
