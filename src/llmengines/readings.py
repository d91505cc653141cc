"""What a filter value was taken to mean, when it is not exactly one survey column.

``--hw`` takes three kinds of names, tried in this order:

1. the everyday words of :data:`llmengines.vocabulary.HARDWARE_WORDS` (``rocm``, ``apple``, ``cpu`` …), which
   mean more, less or something else than one column;
2. the survey's columns (:data:`llmengines.vocabulary.HARDWARE`, ids and their own spellings);
3. the devices the source names (``h100``, ``mi300x``, ``jetson`` …; ``devices.yaml`` in the dataset).

``--technique`` takes the matrix columns and, by meaning, the taxonomy entries linked to a column by their
category (``eagle`` → Speculative Decoding). Anything that is not a column exactly comes with a
:class:`Reading`: one line that every output states (stderr), also carried in JSON as ``match.readings``.
Ambiguous words (``--hw gpu``) are asked about, not chosen; only then does spelling (rapidfuzz) suggest.
"""

from __future__ import annotations

from llmengines.errors import UnknownNameError, UsageError
from llmengines.lazy import once
from llmengines.models import Dataset, Device, Engine, Support
from llmengines.record_class import Frozen, record
from llmengines.vocabulary import (
    AMBIGUOUS,
    CATEGORIES,
    HARDWARE,
    HARDWARE_WORDS,
    TECHNIQUE_WORDS,
    TECHNIQUES,
    Matcher,
    Term,
    matcher,
    squash,
)

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any


@record(frozen=True, slots=True)
class Reading(Frozen):
    """How one value of an option was read: its checks (``read_as``), what kind of reading, and the note."""

    option: str  # "--hw"
    word: str  # as typed
    read_as: tuple[str, ...]  # the check keys it became: ("hardware.amd-gpu",)
    kind: str  # "word" (HARDWARE_WORDS), "device" (devices.yaml) or "category" (a taxonomy entry's category link)
    note: str  # the whole line people see, after "note: "
    produced: str = ""  # the column id or group id it put in the filters
    other: str | None = None  # the column of the other reading people may have meant (rocm → amd-instinct)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (``match.readings``)."""
        return {"option": self.option, "word": self.word, "read_as": list(self.read_as), "kind": self.kind,
                "note": self.note}  # fmt: skip


@record(frozen=True, slots=True)
class HardwareGroup(Frozen):
    """A ``--hw`` value that is more than one cell: any/all of some columns, platforms, a Mobile / Edge device."""

    id: str  # the word or device id, as options and messages show it
    columns: tuple[str, ...]
    any_of: bool = False
    platforms: tuple[str, ...] = ()
    edge_names: tuple[str, ...] = ()  # the Mobile / Edge cell must name one of these

    @property
    def keys(self) -> tuple[str, ...]:
        """The check keys of its parts (the dotted paths of the cells it reads)."""
        out = [f"hardware.{c}" for c in self.columns] + [f"platforms.{p}" for p in self.platforms]
        return (*out, *(edge_key(n) for n in self.edge_names[:1]))


def edge_key(name: str) -> str:
    """The check key of "the Mobile / Edge cell names this device": ``hardware_notes.edge~NVIDIA Jetson``."""
    return f"hardware_notes.edge~{name}"


def edge_names_test(names: tuple[str, ...]) -> Any:
    """The test of :func:`edge_key`: yes where the cell is ✅ and its detail names one of ``names``; where it is ✅
    naming other devices only, unknown (the source does not say); otherwise the cell's own value."""
    wanted = set(names)

    def test(engine: Engine) -> Support:
        cell = engine.supports("hardware", "edge")
        if cell != "yes":
            return cell
        detail = engine.hardware_notes.get("edge", "")
        return "yes" if wanted & {item.strip() for item in detail.split(",")} else "unknown"

    return test


class UnknownHardwareError(UnknownNameError):
    """An unknown ``--hw`` name: a device the source does not name (rtx-4090, l4 …) is no spelling mistake of one
    it does, so the message also says where the named ones are and how to ask for a column instead."""

    def _message(self) -> str:
        return (
            f"{super()._message()} (the source names only the devices 'llmengines devices' lists; for another, "
            "give its survey column, e.g. --hw nvidia)"
        )


# Where a value given to the wrong option belongs: meaning before spelling (``--technique fp8`` → --precision).
_OPTIONS = {"hardware": "--hw", "precision": "--precision", "platform": "--os", "technique": "--technique"}
_WHAT = {"hardware": "hardware", "precision": "a precision", "platform": "an OS", "technique": "a technique"}


def _wrong_option(option: str, text: str, devices: Sequence[Device] = ()) -> None:
    """Raise when ``text`` is not of ``option``'s kind but is exactly a value of another filter's."""
    for kind, other in _OPTIONS.items():
        if other == option:
            continue
        found = matcher(kind).get(text)
        if found is None and kind == "hardware":
            found = _word_matcher().get(text) or Matcher("hardware", _device_terms(devices)).get(text)
        if found is not None:
            own = next(k for k, o in _OPTIONS.items() if o == option)
            raise UsageError(f"{option} {text!r}: that is {_WHAT[kind]}, not {_WHAT[own]} — did you mean "
                             f"{other} {text}?")  # fmt: skip


def _column_name(column: str) -> str:
    return f'"{HARDWARE[column].name}"'


def _ask(kind: str, option: str, text: str) -> None:
    """Refuse an ambiguous word with the question it raises (``--priority speed``: throughput or latency?)."""
    meanings = AMBIGUOUS.get(kind, {}).get(squash(text))
    if meanings:
        choices = ", ".join(meanings[:-1]) + f" or {meanings[-1]}" if len(meanings) > 1 else meanings[0]
        raise UsageError(f"{option} {text!r} could mean more than one thing: did you mean {choices}? (give one)")


def ask_priority(text: str) -> None:
    """Raise for an ambiguous ``--priority`` word (``speed``, ``fast`` …): asked, never chosen."""
    _ask("priority", "--priority", text)


def _device_terms(devices: Sequence[Device]) -> list[Term]:
    return [Term(d.id, d.name, d.aliases) for d in devices]


@once
def _word_matcher() -> Matcher:
    return Matcher("hardware", [Term(w.id, w.id, w.aliases) for w in HARDWARE_WORDS.values()])


def resolve_hardware(text: str, devices: Sequence[Device]) -> tuple[str | HardwareGroup, Reading | None]:
    """A ``--hw`` value as a column id or a :class:`HardwareGroup`, with its reading where it is not a column.

    Raises :class:`UsageError` for an ambiguous word and :class:`UnknownNameError` (meaning first: words,
    columns and devices are all candidates of the suggestion) for anything else unknown.
    """
    _ask("hardware", "--hw", text)
    word_id = _word_matcher().get(text)
    if word_id is not None:
        word = HARDWARE_WORDS[word_id]
        note = f"--hw {text} read as {word.note}"
        if len(word.columns) == 1 and not word.platforms:
            only = word.columns[0]
            return only, Reading("--hw", text, (f"hardware.{only}",), "word", note, only, word.other)
        group = HardwareGroup(word.id, word.columns, word.any_of, word.platforms)
        return group, Reading("--hw", text, group.keys, "word", note, group.id, word.other)
    column = matcher("hardware").get(text)
    if column is not None:
        return column, None
    device_id = Matcher("hardware", _device_terms(devices)).get(text)
    if device_id is None:
        everything = [*HARDWARE.values(), *(Term(w.id, w.id, w.aliases) for w in HARDWARE_WORDS.values())]
        _wrong_option("--hw", text)
        suggestions = Matcher("hardware", everything + _device_terms(devices)).suggest(text)
        raise UnknownHardwareError("hardware", text, suggestions)
    device = next(d for d in devices if d.id == device_id)
    if device.edge_names:
        group = HardwareGroup(device.id, (device.column,), edge_names=device.edge_names)
        named = " or ".join(device.edge_names)
        note = (
            f'--hw {text} read as {device.name}: "Mobile / Edge" ✅ with {named} named in the cell; a cell that '
            f"names only other devices is unknown for {device.name} (the source does not say)"
        )
        return group, Reading("--hw", text, group.keys, "device", note)
    note = (
        f"--hw {text} read as {_column_name(device.column)}, the survey's column for {device.name}; the survey "
        "records the column, not each device"
    )
    return device.column, Reading("--hw", text, (f"hardware.{device.column}",), "device", note)


def resolve_technique(text: str, dataset: Dataset | None = None) -> tuple[str, Reading | None]:
    """A ``--technique`` value as a matrix column id, with its reading where it came through a category link.

    A taxonomy entry that is a column is that column; one whose category links to a column (EAGLE → Speculative
    Decoding) is that column, read as a category link; one with no column is refused, saying so.
    """
    column = matcher("technique").get(text)
    loose = next((note for alias, note in TECHNIQUE_WORDS.items() if squash(alias) == squash(text)), None)
    if column is not None and loose is not None:
        return column, Reading("--technique", text, (f"techniques.{column}",), "word", f"--technique {text} read "
                               f"as {loose}", column)  # fmt: skip
    if column is not None:
        return column, None
    from llmengines.knowledge import column_of, no_coverage_note, technique_matcher

    if dataset is None:
        from llmengines.dataset import bundled

        dataset = bundled()
    try:
        found = technique_matcher(dataset).resolve(text)  # UnknownNameError with suggestions by spelling
    except UnknownNameError:
        _wrong_option("--technique", text, dataset.devices)
        raise
    entry = next((t for t in dataset.techniques if t.id == found), None)
    if entry is None:
        return found, None
    linked = column_of(entry)
    if linked is None:
        raise UsageError(
            f"--technique {text}: {no_coverage_note(entry)}; the survey does not record {entry.name} per engine "
            f"(see 'llmengines technique {entry.id}')"
        )
    column, how = linked
    if how == "technique":
        return column, None
    name = TECHNIQUES[column].name
    note = (
        f"--technique {text} read by category link: {entry.name} ({CATEGORIES[entry.category].name}) → the "
        f'"{name}" column: the engines have {name}; {entry.name} itself is not recorded per engine'
    )
    return column, Reading("--technique", text, (f"techniques.{column}",), "category", note)
