"""The overlay records' schema and its validator: the types of :class:`~llmengines.models.Engine`'s fields (and of
its nested tables), every one optional, in one pydantic schema that checks every record of a file in one call.

Generating it takes pydantic ~150 ms (importing it, then building the schema), so it is made once and kept in the
cache directory (:func:`records_validator`). And on the first call of a large overlay after an install or an
upgrade, while this process reads the file (~0.3 s for 1,000 engines), a helper process makes and stores it on
the other core (:func:`start_helper`): the helper is one more run of this code, from the same files and into the
same cache, so what it stores is what this process would have made and is trusted as the cache is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from functools import cache
from typing import TYPE_CHECKING, Any, get_type_hints

from llmengines.files import content_digest
from llmengines.models import Community, Deployment, Engine, Links, Score

if TYPE_CHECKING:
    import subprocess

    from pydantic import TypeAdapter

__all__ = ["NESTED", "field_names", "finish_helper", "records_adapter", "records_validator", "start_helper"]

# An engine record's nested tables, by field.
NESTED = {"community": Community, "links": Links, "deployment": Deployment}


@cache
def field_names(owner: type) -> tuple[str, ...]:
    """The fields of the record class ``owner``, in order."""
    return tuple(f.name for f in fields(owner))


@cache
def records_validator() -> Any:
    """:func:`records_adapter`'s validator, made from its core schema as an earlier call cached it.

    Importing pydantic and generating the schema cost ~150 ms of every first call of an overlay (each one after
    an edit), where pydantic-core alone makes the same validator from the schema in a few: so the schema is kept
    in the cache directory, under a key made of the pydantic and pydantic-core releases and the sources it is
    made from. Anything unexpected (a damaged entry, pydantic not where it is looked for) and pydantic makes it.
    If :func:`start_helper` started a process to make it, that is waited for first.
    """
    import contextlib

    import pydantic_core

    from llmengines import cache as entries

    try:
        key = schema_key(pydantic_core.__version__)
    except (OSError, KeyError):
        key = None
    stored = None if key is None else entries.get(key)
    if stored is None and key is not None and _wait_for_helper():
        stored = entries.get(key)
    if stored is not None and len(stored) == 1:
        try:
            return pydantic_core.SchemaValidator(with_classes(stored[0]))
        except (TypeError, ValueError, KeyError, RecursionError, pydantic_core.SchemaError):
            pass
    adapter = records_adapter()
    if key is not None:
        with contextlib.suppress(TypeError, ValueError, AttributeError):  # not JSON data (another pydantic)
            entries.put(key, [without_classes(adapter.core_schema)])
    return adapter.validator


def schema_key(core_version: str) -> str:
    """The cache key of the records' schema: everything it is made from, as this process has it — the records'
    fields, types and defaults in memory (not their source files, which may have changed since they were
    imported), and the releases of Python, pydantic, pydantic-core and the typing packages pydantic reads."""
    import sys

    from llmengines import __version__

    structure = []
    for owner in (Engine, *NESTED.values(), Score):
        names = field_names(owner)  # first: it gives the record typing's names, which get_type_hints needs
        hints = get_type_hints(owner)
        defaults = getattr(owner, "_record_defaults", {})
        structure.append(
            (
                owner.__qualname__,
                names,
                [repr(hints[n]) for n in names],
                [_default_text(defaults[n]) if n in defaults else None for n in names],
                repr(getattr(owner, "__pydantic_config__", None)),
            )
        )
    from pathlib import Path  # pydantic-core has imported it

    core = Path(sys.modules["pydantic_core"].__file__ or "")
    site = core.parent.parent
    loaded = sys.modules.get("pydantic.version")
    # pydantic's release: the one loaded, else its version.py read beside pydantic_core (importing it: ~20 ms)
    pydantic_version = loaded.VERSION if loaded is not None else (site / "pydantic" / "version.py").read_text()
    libraries: list[tuple[str, int, int] | None] = []
    for name in ("typing_extensions.py", "annotated_types/__init__.py", "typing_inspection/__init__.py"):
        try:
            info = (site / name).stat()
        except OSError:
            libraries.append(None)
        else:
            libraries.append((name, info.st_size, info.st_mtime_ns))
    made_from = [__version__, sys.version, core_version, pydantic_version, structure, libraries]
    return "schema-" + content_digest(repr(made_from).encode())


def _default_text(default: Any) -> str:
    factory = getattr(default, "default_factory", None)  # a record field's factory: named, not its address
    return f"factory {factory.__module__}.{factory.__qualname__}" if factory is not None else repr(default)


# Record classes a stored schema may name (the values of scores); typed dicts need no class to validate.
_SCHEMA_CLASSES = {"Score": Score}


def without_classes(schema: Any) -> Any:
    """A core schema as JSON data: a record class as its name, a typed dict's class left out (TypeError if it
    holds any other object that is not JSON data)."""
    if isinstance(schema, dict):
        out = {}
        for k, v in schema.items():
            if k == "cls" and isinstance(v, type) and schema.get("type") in ("typed-dict", "dataclass"):
                if schema["type"] == "dataclass":
                    name = v.__name__
                    if _SCHEMA_CLASSES.get(name) is not v:
                        raise TypeError(f"no stored name for {v!r}")
                    out[k] = {"record": name}
            else:
                out[k] = without_classes(v)
        return out
    if isinstance(schema, list | tuple):
        return [without_classes(v) for v in schema]
    if schema is None or isinstance(schema, str | int | float | bool):
        return schema
    raise TypeError(f"not JSON data: {schema!r}")


def with_classes(schema: Any) -> Any:
    """The inverse of :func:`without_classes`, for the classes of :data:`_SCHEMA_CLASSES` only."""
    if isinstance(schema, dict):
        out = {k: with_classes(v) for k, v in schema.items()}
        if schema.get("type") == "dataclass":
            out["cls"] = _SCHEMA_CLASSES[schema["cls"]["record"]]
        return out
    if isinstance(schema, list):
        return [with_classes(v) for v in schema]
    return schema


@cache
def records_adapter() -> TypeAdapter[Any]:
    # Engine records in which every field (and every field of the nested tables) may be left out: the types
    # of the per-field checks, in one schema. Unknown fields are ignored here; the loop reports them.
    from pydantic import TypeAdapter
    from typing_extensions import TypedDict

    def partial(owner: type, nested: Mapping[str, Any]) -> Any:
        hints = get_type_hints(owner)
        fields_ = {name: nested.get(name, hints[name]) for name in field_names(owner)}
        return TypedDict(f"Partial{owner.__name__}", fields_, total=False)  # type: ignore[operator]

    nested = {name: partial(owner, {}) for name, owner in NESTED.items()}
    return TypeAdapter(list[partial(Engine, nested)])  # type: ignore[misc,arg-type]


# --- the helper ---------------------------------------------------------------------------------------------------

HELPER_MIN_BYTES = 1 << 20  # ~500 engines: reading a smaller file leaves the helper too little time to be of use
HELPER_SECONDS = 10  # the longest a call waits for it before making the schema itself (it takes ~0.3 s here)
# The helper: this module's records_validator() in a process importing what this one imports (its sys.path), with
# records defined as the command defines them. Nothing else: no file, no data, no output. Its stdin is a pipe that
# the caller never writes: it ends when the caller does, however it ends, and then so does the helper. It reads
# the pipe's descriptor itself (sys.stdin's buffer, held by a blocked read, stalled the interpreter's exit for 1 s
# and then aborted it), and ends with os._exit once the schema is stored: nothing else is left to do.
_HELPER_CODE = (
    "import json, os, sys, threading\n"
    "def orphaned():\n"
    "    while os.read(0, 4096):\n"
    "        pass\n"
    "    os._exit(0)\n"
    "threading.Thread(target=orphaned, daemon=True).start()\n"
    "sys.path[:] = json.loads(sys.argv[1])\n"
    "import llmengines\n"
    "llmengines._cli_run = True\n"
    "from llmengines.records_schema import records_validator\n"
    "records_validator()\n"
    "os._exit(0)\n"
)
_helper: list[subprocess.Popen[bytes]] = []  # the one running, if any


def start_helper(raw: bytes) -> bool:
    """Start a process making and storing the records' schema if this run of the command will need it and has
    other work meanwhile: a YAML file of at least :data:`HELPER_MIN_BYTES` to read (JSON is read at once), no
    schema stored yet (after an install or an upgrade), a cache it can be stored in, and a second processor.
    Whether one was started; never in a program using the library, nor in a frozen application.
    """
    import sys

    from llmengines import cache as entries
    from llmengines import json_text
    from llmengines.record_class import cli_run

    if _helper or len(raw) < HELPER_MIN_BYTES or raw[:4096].lstrip()[:1] == b"{":
        return False
    if not cli_run() or not sys.executable or getattr(sys, "frozen", False) or _processors() < 2:
        return False
    if records_validator.cache_info().currsize or entries.any_entry("schema-") or not entries.writable():
        return False  # made here already; stored (even if for another release: that one is rare); or unstorable
    import subprocess

    try:
        paths = json_text.dumps([p for p in sys.path if isinstance(p, str)])
        process = subprocess.Popen(
            [sys.executable, *_isolation(), "-c", _HELPER_CODE, paths],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except (OSError, ValueError, subprocess.SubprocessError):
        return False
    _helper.append(process)
    return True


def _isolation() -> list[str]:
    """The options that keep the helper as isolated as this process (``-I``, ``-E``, ``-s``, ``-S``), and ``-P``:
    nothing from the working directory, whose path this process's own replaces."""
    import sys

    flags = sys.flags
    if flags.isolated:
        return ["-I"]
    return [
        *(["-E"] if flags.ignore_environment else []),
        *(["-s"] if flags.no_user_site else []),
        *(["-S"] if flags.no_site else []),
        "-P",
    ]


def _processors() -> int:
    import os

    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def _wait_for_helper() -> bool:
    """Wait for a helper :func:`start_helper` started to end (at most :data:`HELPER_SECONDS`); whether one did."""
    if not _helper:
        return False
    import subprocess

    process = _helper.pop()
    try:
        process.wait(HELPER_SECONDS)
    except subprocess.TimeoutExpired:
        _stop(process)
        return False
    _close(process)
    return True


def finish_helper() -> None:
    """Stop a helper this call did not wait for (the file could not be read, say): no process outlives the run."""
    while _helper:
        _stop(_helper.pop())


def _stop(process: subprocess.Popen[bytes]) -> None:
    try:
        if process.poll() is None:
            process.kill()
        process.wait()
    except OSError:
        pass
    _close(process)


def _close(process: subprocess.Popen[bytes]) -> None:
    import contextlib

    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()
