"""The filter options, declared once and added to every command that filters engines.

A command takes a ``filters: Filters`` parameter and is decorated with :func:`with_filters`; the app puts the
options of :data:`llmengines.options.FILTERS` into the command's signature (where ``filters`` is), and what people
typed becomes a :class:`~llmengines.filters.Filters` through :func:`llmengines.filters.parse`, which resolves ids
and aliases and raises ``UnknownNameError`` with suggestions.
"""

from __future__ import annotations

from llmengines.completers import complete_from as _complete_terms  # noqa: F401 - the filters' completion
from llmengines.filters import DEVICES, OPEN_SOURCE, ORG_TYPES, SCALES, parse  # noqa: F401
from llmengines.session import current_dataset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from llmengines.filters import Filters

# name in the command's signature → the keyword of llmengines.filters.parse
KEYWORDS: dict[str, str] = {
    "filter_hw": "hardware",
    "filter_os": "platforms",
    "filter_precision": "precisions",
    "filter_technique": "techniques",
    "filter_any": "any_of",
    "filter_scale": "scale",
    "filter_devices": "devices",
    "filter_open_source": "open_source",
    "filter_oss": "oss",
    "filter_org_type": "org_types",
    "filter_min_stars": "min_stars",
    "filter_commercial": "commercial",
    "filter_include_unknown": "include_unknown",
    "filter_install": "install",
    "filter_api": "api",
}
DEFAULTS: dict[str, Any] = {"filter_any": False, "filter_oss": False, "filter_include_unknown": False}


def why_not_engines(names: list[str]) -> list[Any]:
    """The engines ``--why-not`` names (ids, names or aliases; comma-separated), each once, in order."""
    from llmengines.errors import UsageError
    from llmengines.filters import split
    from llmengines.queries import get_engine

    dataset = current_dataset()
    out: list[Any] = []
    for name in split(names):
        engine = get_engine(dataset, name)
        if engine not in out:
            out.append(engine)
    if not out:
        raise UsageError("--why-not needs an engine, e.g. --why-not sglang,max")
    return out


def state_readings(filters: Filters) -> None:
    """Say on stderr, in every format, how each value that is not exactly a survey column was read (and, for a
    word with another reading, how that one's answer would differ): never a silent mapping."""
    if not filters.readings:
        return
    import sys

    from llmengines.filters import other_readings

    lines = [r.note for r in filters.readings]
    if any(r.other for r in filters.readings):
        lines += other_readings(current_dataset().engines, filters)
    sys.stderr.write("".join(f"note: {line}\n" for line in lines))


def with_filters(command: Callable[..., None]) -> Callable[..., None]:
    """Give ``command`` (which takes ``filters: Filters``) every filter option; it receives the parsed filters.

    The returned function takes the options by their names in :data:`KEYWORDS`; ``filtered`` is ``command``,
    from which the app builds the signature Typer sees.
    """

    def wrapper(**kwargs: Any) -> None:
        raw = {keyword: kwargs.pop(name, DEFAULTS.get(name)) for name, keyword in KEYWORDS.items()}
        filters = parse(**raw)
        command(filters=filters, **kwargs)
        state_readings(filters)  # after the answer: an error stays the one line on stderr

    for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapper, attribute, getattr(command, attribute))
    wrapper.filtered = command  # type: ignore[attr-defined]
    return wrapper
