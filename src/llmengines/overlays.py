"""The user's own data on top of the bundled dataset: overlay files, their cache, merging, and provenance.

An overlay is a YAML file in the bundled format — ``engines:``, a list of engine records. A record whose id
(or any alias or name) names an engine already known is merged into it field by field: tables (hardware,
precisions, community, links, scores, …) per key, everything else (text, numbers, lists) replaced. A record
with a new id adds an engine; it must give :data:`llmengines.validation.NEW_ENGINE_REQUIRED`, and the rest
defaults to unknown.

Files apply in this order, later ones winning: the bundled survey data, each path of ``$LLMENGINES_DATA``
(os.pathsep-separated), each ``--data FILE``, and last the figures ``llmengines refresh`` fetched (which never
replace a star count an overlay dates later, and are skipped for engines no file defines any more).

Parsing YAML and validating it with pydantic costs far more than a query (seconds for 1,000 engines), so a
file is validated once: the result is cached as JSON under :func:`llmengines.files.user_cache_dir`, keyed by
the SHA-256 of the file's bytes, and used as long as the file is unchanged. So is the merged result, with each
engine's JSON text (:mod:`llmengines.encoded`), and each file's digest under its identity (device, inode, size,
modification and change times), so that an unchanged file is not even read again. This module is stdlib-only;
the query path imports :mod:`llmengines.validation` (pydantic, ruamel) only on a cache miss or an error.

Every value an overlay sets is recorded in a :class:`Provenance`, which views query to say where it came from.
"""

from __future__ import annotations

import gc
import os

from llmengines import cache, encoded, json_text
from llmengines.dataset import bundled, bundled_dict, dataset_from_dict
from llmengines.engine_rows import engine_row, engines_from_rows
from llmengines.errors import DataError
from llmengines.files import ENV_DATA, file_identity, read_checked, read_with_identity, refreshed_file
from llmengines.files import content_digest as _digest
from llmengines.lazy import Pattern
from llmengines.models import Dataset
from llmengines.provenance import SURVEY, Provenance  # noqa: F401 - SURVEY also here, where it always lived
from llmengines.record_class import Frozen, cli_run, replace
from llmengines.record_class import record as frozen_record
from llmengines.vocabulary import HARDWARE_IDS, PLATFORM_IDS, PRECISION_IDS, TECHNIQUE_IDS, squash

# A cached query imports nothing it does not use: not typing, dataclasses (with inspect, ~10 ms), pathlib (with
# urllib and ipaddress, ~7 ms) or copy (merging only).
TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any


# Fields merged per key; every other field is replaced as a whole.
TABLE_FIELDS = frozenset(
    {
        "community",
        "links",
        "deployment",
        "platforms",
        "hardware",
        "techniques",
        "precisions",
        "scores",
        "hardware_notes",
    }
)
_NEW_ID = Pattern(r"[a-z0-9][a-z0-9._-]*\Z")  # compiled on a merge that adds an engine: not on a cached call

Location = tuple[str | int, ...]


@frozen_record(frozen=True, slots=True)
class Overlay(Frozen):
    """One checked overlay file: its records as ``{"id", "data", "missing"}`` (see ``validate_overlay``)."""

    path: str
    records: list[dict[str, Any]]
    refreshed: bool = False


@frozen_record(frozen=True, slots=True)
class Loaded(Frozen):
    """The dataset every command answers from, and where each of its values comes from."""

    dataset: Dataset
    provenance: Provenance


def configured_paths(cli_paths: Sequence[str] = ()) -> list[str]:
    """The overlay files asked for: ``$LLMENGINES_DATA`` (os.pathsep-separated), then each ``--data``."""
    from_env = [p for p in os.environ.get(ENV_DATA, "").split(os.pathsep) if p.strip()]
    return [*from_env, *cli_paths]


def load(cli_paths: Sequence[str] = (), *, refreshed: bool = True, base: dict[str, Any] | None = None) -> Loaded:
    """See :func:`_load`; runs with the cyclic garbage collector paused.

    ``base`` replaces the bundled dataset (an earlier edition of it: :func:`llmengines.editions.at`).
    """
    # Loading 1,000 engines allocates hundreds of thousands of acyclic objects; the collector would walk the
    # growing heap again and again for nothing (about a tenth of a cached load).
    # Once loaded they live until exit, so they are frozen out of later collections too.
    enabled = gc.isenabled()
    gc.disable()
    try:
        loaded = _load(cli_paths, refreshed=refreshed, base=base)
        gc.freeze()
        return loaded
    finally:
        if enabled:
            gc.enable()


def _load(cli_paths: Sequence[str] = (), *, refreshed: bool = True, base: dict[str, Any] | None = None) -> Loaded:
    """The bundled dataset with every configured overlay merged in; :class:`DataError` and nothing loaded if any
    file is unreadable or invalid (all problems of all files are reported together).

    The merged result is cached too, keyed by the files' paths and contents (and this version of the bundled
    data), so that a repeated query reads one JSON file instead of validating and merging again.
    """
    paths = configured_paths(cli_paths)
    auto = refreshed_file() if refreshed else None
    if auto is not None and not os.path.isfile(auto):
        auto = None
    if not paths and auto is None:
        return Loaded(bundled() if base is None else dataset_from_dict(base), Provenance())
    base_dict = bundled_dict() if base is None else base
    sources = [*((p, False) for p in paths), *([(str(auto), True)] if auto else [])]
    digests = _known_digests(sources)
    if digests is not None:  # every file unchanged since its digest was taken: no need to read and hash them
        loaded = _cached(_merged_key([(p, d, r) for (p, r), d in zip(sources, digests, strict=True)], base), base)
        if loaded is not None:
            return loaded
    contents, errors, identities = [], [], []
    for path, is_refreshed in sources:
        try:
            raw, identity = read_with_identity(path)
        except DataError as exc:
            # A file the user named that is missing or unreadable says so, and that is enough.
            errors.append(recoverable(exc, path, refreshed=True) if is_refreshed else exc)
            continue
        contents.append((path, is_refreshed, raw, _digest(raw)))
        identities.append(identity)
    if errors:
        raise _combined(errors)
    key = _merged_key([(path, digest, is_refreshed) for path, is_refreshed, _raw, digest in contents], base)
    loaded = _cached(key, base)
    if loaded is not None:
        _remember_digests(contents, identities)
        return loaded
    for use_cache in (True, False):
        overlays = []
        for path, is_refreshed, raw, digest in contents:
            try:
                overlays.append(_checked(path, raw, digest, refreshed=is_refreshed, use_cache=use_cache))
            except DataError as exc:
                errors.append(recoverable(exc, path, refreshed=is_refreshed))
        if errors:
            raise _combined(errors)
        try:
            engines, provenance = _merge(overlays, base_dict)
            break
        except DataError as exc:
            names = " ".join(_quoted(p) for p, is_refreshed, _raw, _digest in contents if not is_refreshed)
            raise DataError(f"{exc} — check them with `llmengines validate {names}`", exc.problems) from None
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            if not use_cache:
                raise
            # a cached record of another shape (edited, or from a development build): check the files again
    rows = [engine_row(e) for e in engines]
    # The records from the rows, as a cached call builds them: one conversion instead of two, and the same result.
    built = engines_from_rows(rows)
    texts = [encoded.export_text(e) for e in built]
    encoded.remember(built, texts)
    cache.put(
        key,
        [
            {
                "rows": rows,
                "provenance": {"files": provenance.files, "added": provenance.added, "fields": provenance.fields},
            }
        ],
        lines=texts,
    )
    _remember_digests(contents, identities)
    if cli_run():
        # The command's process ends with os._exit (llmengines._exit), which frees nothing: freeing these here, as
        # this function returns, took ~15-20 ms of a 1,000-engine overlay's first call.
        _LEFT_FOR_EXIT.append((contents, overlays, engines, rows))
    return Loaded(replace(bundled() if base is None else dataset_from_dict(base), engines=built), provenance)


# What a run of the command leaves for its exit to drop (see _load).
_LEFT_FOR_EXIT: list[object] = []


_SHAPING_MODULES = ("llmengines.dataset", "llmengines.engine_rows", "llmengines.encoded", "llmengines.models")
RACY_SECONDS = 3  # a file modified less than this before its digest is taken could change again unseen (FAT: 2 s)


def _known_digests(sources: list[tuple[str, bool]]) -> list[str] | None:
    """The content digest of each file, as taken on an earlier call for a file of the same identity
    (:func:`llmengines.files.file_identity`); None unless every file's is known."""
    digests = []
    for path, _refreshed in sources:
        identity = file_identity(path)
        if identity is None:
            return None
        found = cache.get(_identity_key(identity))
        entry = found[0] if found and len(found) == 1 else None
        if not isinstance(entry, dict) or entry.get("identity") != identity or not isinstance(entry.get("digest"), str):
            return None
        digests.append(entry["digest"])
    return digests


def _remember_digests(contents: list[tuple[str, bool, bytes, str]], identities: list[list[int] | None]) -> None:
    """Cache each file's digest under the identity of the file it was read from (``identities``: as
    :func:`llmengines.files.read_with_identity` gives them), for :func:`_known_digests` — only for a file last
    modified :data:`RACY_SECONDS` ago or more: a change made later has a later modification time, so another
    identity, even on a file system with 2 s timestamps."""
    import time

    if len(contents) != len(identities):
        return
    now = time.time_ns()
    for (_path, _refreshed, _raw, digest), before in zip(contents, identities, strict=True):
        # A time ahead of this machine's clock (a file server's) is as recent as can be.
        if before is None or now - max(before[3], before[4]) < RACY_SECONDS * 1_000_000_000:
            continue
        key, entry = _identity_key(before), [{"identity": before, "digest": digest}]
        if cache.get(key) != entry:  # missing, or damaged into another well-formed entry
            cache.put(key, entry)


def _identity_key(identity: list[int]) -> str:
    return "stat-" + _digest(json_text.dumps(identity).encode())


def read_overlay(path: str, *, refreshed: bool = False) -> Overlay:
    """One overlay file, checked — from the cache when its content was checked before."""
    raw = read_checked(path)
    return _checked(path, raw, _digest(raw), refreshed=refreshed)


def _checked(path: str, raw: bytes, digest: str, *, refreshed: bool, use_cache: bool = True) -> Overlay:
    records = cache.get(digest) if use_cache else None
    if records is None:
        from llmengines import records_schema

        records_schema.start_helper(raw)  # before the imports below: ~0.1 s more for it, of the ~0.3 s it takes
        try:
            from llmengines.validation import parse_overlay_json

            records, text = parse_overlay_json(path, raw)
        finally:
            records_schema.finish_helper()
        cache.put(digest, records, text)
    return Overlay(path, records, refreshed)


def _merged_key(sources: list[tuple[str, str, bool]], base: dict[str, Any] | None = None) -> str:
    import sys

    from llmengines.dataset import _BUNDLED_FILE

    # The bundled data, and the code that shapes what the entry holds (rows, records, the engines' texts): a
    # development checkout keeps its version while these change.
    stamps = []
    for file in (_BUNDLED_FILE, *(getattr(sys.modules.get(m), "__file__", None) for m in _SHAPING_MODULES)):
        try:
            stamp = os.stat(file or "")
        except OSError:
            stamps.append("")
        else:
            stamps.append(f"{stamp.st_size}:{stamp.st_mtime_ns}")
    bundled_id = " ".join(stamps)
    edition = None if base is None else base.get("edition")
    text = json_text.dumps(["merged", bundled_id, sources, edition])
    return "merged-" + _digest(text.encode())


def _cached(key: str, base: dict[str, Any] | None) -> Loaded | None:
    """The merged dataset cached under ``key``, or None: a miss, or an entry of another shape (edited, or from a
    development build), which the caller merges again."""
    found = cache.read(key)
    if found is None:
        return None
    try:
        return _from_cache(*found, base)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return None


def _from_cache(cached: list[dict[str, Any]], texts: list[str], base: dict[str, Any] | None = None) -> Loaded:
    # One pass from the cached rows to the records the queries use (see llmengines.engine_rows), over the bundled
    # dataset or the earlier edition asked for (--source / --as-of); and the engines' JSON texts, for output.
    entry = cached[0]
    p = entry["provenance"]
    provenance = Provenance(tuple(p["files"]), p["added"], p["fields"])
    engines = engines_from_rows(entry["rows"])
    if encoded.usable(engines, texts):  # else (an entry written without them, …) the records are encoded as usual
        encoded.remember(engines, texts)
    return Loaded(replace(bundled() if base is None else dataset_from_dict(base), engines=engines), provenance)


def _combined(errors: list[DataError]) -> DataError:
    if len(errors) == 1:
        return errors[0]
    problems = [p for exc in errors for p in (exc.problems or [str(exc)])]
    return DataError(
        f"{len(errors)} data files have problems; none was loaded (`llmengines validate FILE` shows each one's)",
        problems,
    )


def recoverable(exc: DataError, path: str, *, refreshed: bool) -> DataError:
    """``exc`` (a file that does not load) with what to do about it: the file named, and how to recover."""
    if refreshed:
        hint = f"{path} was written by `llmengines refresh`: run `llmengines refresh` to rewrite it, or delete it"
    else:
        hint = (
            f"check it with `llmengines validate {_quoted(path)}`, then fix it "
            "or leave it out of --data / $LLMENGINES_DATA"
        )
    message = str(exc) if str(exc).startswith(path) else f"{path}: {exc}"
    return DataError(f"{message} — {hint}", exc.problems)


def _quoted(path: str) -> str:
    import shlex

    return shlex.quote(path)


# --- merging ----------------------------------------------------------------------------------------------------


def new_engine_defaults(engine_id: str) -> dict[str, Any]:
    """What an engine the survey does not have starts from: every matrix cell and community channel unknown,
    no links, aliases, scores or star count."""
    unknown = "unknown"
    return {
        "id": engine_id,
        "github_stars": None,
        "community": {"sns": unknown, "forum": unknown, "meetup": unknown},
        "links": {"repository": None, "webpage": None, "papers": []},
        "platforms": dict.fromkeys(PLATFORM_IDS, unknown),
        "hardware": dict.fromkeys(HARDWARE_IDS, unknown),
        "techniques": dict.fromkeys(TECHNIQUE_IDS, unknown),
        "precisions": dict.fromkeys(PRECISION_IDS, unknown),
        "scores": {},
        "aliases": [],
        "hardware_notes": {},
        "stars_as_of": None,
        "latest_release": None,
        "latest_release_date": None,
        "last_push": None,
        "deployment": {},
    }


def merge(overlays: Sequence[Overlay], base: dict[str, Any] | None = None) -> Loaded:
    """Apply ``overlays`` in order to ``base`` (the bundled dataset); :class:`DataError` locating every conflict."""
    base = bundled_dict() if base is None else base
    engines, provenance = _merge(overlays, base)
    return Loaded(dataset_from_dict({**base, "engines": engines}), provenance)


def _merge(overlays: Sequence[Overlay], base: dict[str, Any]) -> tuple[list[dict[str, Any]], Provenance]:
    engines: list[dict[str, Any]] = list(base["engines"])  # the bundled records are copied before any change
    index = {e["id"]: i for i, e in enumerate(engines)}
    names: dict[str, str] = {}
    for e in engines:
        for spelling in (e["id"], e["name"], *e.get("aliases", ())):
            names.setdefault(squash(spelling), e["id"])
    copied: set[str] = set()
    provenance = Provenance(files=tuple(o.path for o in overlays))
    issues: dict[str, list[tuple[Location, str]]] = {}
    for overlay in overlays:
        found = issues.setdefault(overlay.path, [])
        for i, record in enumerate(overlay.records):
            data: dict[str, Any] = record["data"]
            at: Location = ("engines", i)
            target = names.get(squash(str(record["id"])))
            if target is None:
                if overlay.refreshed:
                    continue  # figures for an engine that no overlay defines any more
                missing = record["missing"]
                if missing:
                    found.append(
                        (
                            (*at, "id"),
                            f"{record['id']!r} is not an engine of the dataset; a new engine also needs "
                            + ", ".join(missing),
                        )
                    )
                    continue
                if not _NEW_ID.match(record["id"]):
                    found.append(((*at, "id"), "a new engine's id is lowercase letters, digits, '-', '.' or '_'"))
                    continue
                target = record["id"]
                engines.append(new_engine_defaults(target))
                index[target] = len(engines) - 1
                copied.add(target)
                provenance.added[target] = overlay.path
            elif target not in copied:
                import copy

                engines[index[target]] = copy.deepcopy(engines[index[target]])
                copied.add(target)
            engine = engines[index[target]]
            if overlay.refreshed and str(engine.get("stars_as_of") or "") > str(data.get("stars_as_of") or ""):
                continue  # an overlay dates its own figure later than the refresh: keep it
            if provenance.added.get(target) == overlay.path and target not in provenance.fields:
                _apply(engine, data, None, overlay.path)  # all of it comes from this file: said once, in `added`
            else:
                _apply(engine, data, provenance.fields.setdefault(target, {}), overlay.path)
            for spelling in (engine["name"], *engine.get("aliases", ())):
                owner = names.setdefault(squash(spelling), target)
                if owner != target:
                    field_name = "name" if spelling == engine["name"] else "aliases"
                    found.append(((*at, field_name), f"{spelling!r} already names engine {owner!r}"))
            for key, note in engine.get("hardware_notes", {}).items():
                touched = key in data.get("hardware_notes", {}) or key in data.get("hardware", {})
                if touched and engine["hardware"].get(key) != "yes":
                    found.append(
                        (
                            (*at, "hardware_notes", key),
                            f"a note ({note!r}) on hardware not marked yes "
                            f"(remove it with hardware_notes: {{{key}: null}})",
                        )
                    )
    if any(issues.values()):
        from llmengines.validation import locate

        problems = [p for path, found in issues.items() if found for p in locate(path, found)]
        raise DataError(f"{len(problems)} problem(s) merging data files; none was loaded", problems)
    return engines, provenance


def _apply(engine: dict[str, Any], data: dict[str, Any], origins: dict[str, str] | None, file: str) -> None:
    for key, value in data.items():
        if key == "id":
            continue
        if key in TABLE_FIELDS:
            table = engine.setdefault(key, {})
            table.update(value)
            if key == "hardware_notes":  # a null note removes the one the engine had
                for sub in [k for k, v in value.items() if v is None]:
                    table.pop(sub, None)
            if origins is not None:
                for sub in value:
                    origins[f"{key}.{sub}"] = file
        else:
            engine[key] = value
            if origins is not None:
                origins[key] = file
