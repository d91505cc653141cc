"""Reading untrusted YAML into validated records, with errors that point at file, line, column and field.

This is the only module that imports pydantic and ruamel.yaml; the query path never loads it. It serves the
build of the bundled dataset (:mod:`llmengines.build`), its tests, ``llmengines schema``, and — later — user
overlays and ``llmengines validate``.
"""

from __future__ import annotations

import datetime as _dt
import json
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
        raise DataError(f"{file}:{line}:1: not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise DataError(f"{file}: the file is empty")
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
    positions: dict[Path_, tuple[int, int]] = {}
    problems: list[Problem] = []
    data = _plain(node, (), positions, problems, file)
    if problems:
        raise DataError(f"{file}: {len(problems)} problem(s)", [str(p) for p in problems])
    return YamlDocument(file, data, positions)


def _plain(node: Any, path: Path_, positions: dict[Path_, tuple[int, int]], problems: list[Problem], file: str) -> Any:
    """Turn ruamel's round-trip nodes into JSON-like values, recording where each key and item stands."""
    if isinstance(node, CommentedMap):
        out: dict[str, Any] = {}
        for key, value in node.items():
            line, column = node.lc.key(key)
            where = (line + 1, column + 1)
            if not isinstance(key, str):
                problems.append(Problem(file, *where, format_path(path), f"key {key!r} is not a string"))
                continue
            positions[(*path, key)] = where
            out[key] = _plain(value, (*path, key), positions, problems, file)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for index, value in enumerate(node):
            line, column = node.lc.item(index)
            positions[(*path, index)] = (line + 1, column + 1)
            items.append(_plain(value, (*path, index), positions, problems, file))
        return items
    if isinstance(node, bool) or node is None or isinstance(node, int | float):
        return node if not isinstance(node, float) else float(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, _dt.date):  # an unquoted date; the schema wants ISO text
        return node.isoformat()
    problems.append(
        Problem(file, *positions.get(path, (1, 1)), format_path(path), f"unsupported YAML value {type(node).__name__}")
    )
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
    if err["type"] == "extra_forbidden":
        return "unknown field"
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
