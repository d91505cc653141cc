"""Shell completion of the values people type: engine names, vocabulary ids, the filters' fixed terms.

Every completer is a module-level name (the generated option table, :mod:`llmengines.cli_table`, refers to
completers by ``module:name`` so that a TAB press can call them without building the Typer app). Light: the
vocabularies are imported when a completer runs.
"""

from __future__ import annotations

from llmengines.errors import LlmEnginesError

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: completion requests do not import typing
if TYPE_CHECKING:
    from collections.abc import Callable

    from llmengines.vocabulary import Term

    Completer = Callable[[str], list[tuple[str, str]]]


def complete_engine(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of engine ids, with their display names as descriptions."""
    from llmengines.session import current_dataset

    text = incomplete.casefold()
    try:
        engines = current_dataset().engines
    except LlmEnginesError:  # a broken overlay: completion stays quiet; the command itself reports it
        return []
    return [(e.id, e.name) for e in engines if e.id.startswith(text)]


def complete_engines(incomplete: str) -> list[tuple[str, str]]:
    """Engine ids after the last comma (``--engines vllm,sg<TAB>``)."""
    head, _, last = incomplete.rpartition(",")
    prefix = f"{head}," if head else ""
    return [(prefix + engine_id, name) for engine_id, name in complete_engine(last)]


def complete_ids(kind: str) -> Completer:
    """Shell completion of one vocabulary (``"hardware"``, ``"precision"``, …): ids and aliases, described.

    Handles comma-separated values (``--hw rocm,cu<TAB>``) by completing the last item.
    """

    def complete(incomplete: str) -> list[tuple[str, str]]:
        from llmengines.vocabulary import KINDS

        head, _, last = incomplete.rpartition(",")
        prefix = f"{head}," if head else ""
        last = last.casefold()
        out = []
        for term in KINDS[kind].values():
            for spelling in (term.id, *term.aliases):
                if spelling.casefold().startswith(last):
                    described = term.name if spelling == term.id else f"{term.name} (= {term.id})"
                    out.append((prefix + spelling, described))
        if kind == "hardware":
            out += _hardware_words_and_devices(prefix, last)
        return out

    return complete


def _hardware_words_and_devices(prefix: str, last: str) -> list[tuple[str, str]]:
    """Completions of --hw beyond the columns: the everyday words (read as noted) and the devices the source names."""
    from llmengines.session import current_dataset
    from llmengines.vocabulary import HARDWARE, HARDWARE_WORDS

    out = []
    for word in HARDWARE_WORDS.values():
        names = " or ".join(HARDWARE[c].name for c in word.columns) + (" and macOS" if word.platforms else "")
        for spelling in (word.id, *word.aliases):
            if spelling.startswith(last):
                out.append((prefix + spelling, f"{names} (= {','.join(word.columns)})"))
    try:
        devices = current_dataset().devices
    except LlmEnginesError:  # a broken overlay: completion stays quiet; the command itself reports it
        return out
    taken = {value for value, _ in out}
    for device in devices:
        if device.id.startswith(last) and prefix + device.id not in taken:
            out.append((prefix + device.id, f"{device.name} (device; {HARDWARE[device.column].name})"))
    return out


def complete_from(terms: tuple[Term, ...]) -> Completer:
    """Completion of fixed terms by id, after the last comma."""

    def complete(incomplete: str) -> list[tuple[str, str]]:
        head, _, last = incomplete.rpartition(",")
        prefix = f"{head}," if head else ""
        return [(prefix + t.id, t.name) for t in terms if t.id.startswith(last.casefold())]

    return complete


def _filter_terms(name: str) -> Completer:
    def complete(incomplete: str) -> list[tuple[str, str]]:
        from llmengines import filters

        terms: tuple[Term, ...] = getattr(filters, name)
        return complete_from(terms)(incomplete)

    return complete


complete_hardware = complete_ids("hardware")
complete_platform = complete_ids("platform")
complete_precision = complete_ids("precision")
complete_technique_id = complete_ids("technique")
complete_scale = _filter_terms("SCALES")
complete_devices = _filter_terms("DEVICES")
complete_open_source = _filter_terms("OPEN_SOURCE")
complete_org_type = _filter_terms("ORG_TYPES")
complete_install = _filter_terms("INSTALL_EASE")
complete_api = _filter_terms("API_KINDS")
