"""The filter options, declared once and added to every command that filters engines.

A command takes a ``filters: Filters`` parameter and is decorated with :func:`with_filters`; the decorator puts
the options below into the command's signature (where ``filters`` is) and turns what people typed into a
:class:`~llmengines.filters.Filters` through :func:`llmengines.filters.parse`, which resolves ids and aliases and
raises ``UnknownNameError`` with suggestions.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer

from llmengines.cli import complete_ids, current_dataset
from llmengines.filters import API_KINDS, DEVICES, INSTALL_EASE, OPEN_SOURCE, ORG_TYPES, SCALES, Filters, parse
from llmengines.vocabulary import Term


def _complete_terms(terms: tuple[Term, ...]) -> Callable[[str], list[tuple[str, str]]]:
    def complete(incomplete: str) -> list[tuple[str, str]]:
        head, _, last = incomplete.rpartition(",")
        prefix = f"{head}," if head else ""
        return [(prefix + t.id, t.name) for t in terms if t.id.startswith(last.casefold())]

    return complete


_LIST = "Repeatable and comma-separated; ids or aliases, any case."
HardwareFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--hw",
        "--hardware",
        metavar="ID,…",
        help=(
            "Supports this hardware: a survey column (nvidia, amd-gpu, arm64, tpu, gaudi, …), a device the source "
            "names (h100, mi300x, tpu-v5e, jetson, …; 'llmengines devices') or a word read as stated on stderr "
            f"(rocm, apple, cpu, amd, …). {_LIST}"
        ),
        autocompletion=complete_ids("hardware"),
        show_default=False,
    ),
]
PlatformFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--os",
        "--platform",
        metavar="ID,…",
        help=f"Runs on this platform: linux, windows, macos, web-api. {_LIST}",
        autocompletion=complete_ids("platform"),
        show_default=False,
    ),
]
PrecisionFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--precision",
        metavar="ID,…",
        help=f"Supports this numeric precision: fp32, fp16, bf16, fp8, fp4, nf4, int8, int4, mxfp8, … {_LIST}",
        autocompletion=complete_ids("precision"),
        show_default=False,
    ),
]
TechniqueFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--technique",
        "--opt",
        metavar="ID,…",
        help=f"Implements this optimization: paged-attention, speculative-decoding, lora, … {_LIST}",
        autocompletion=complete_ids("technique"),
        show_default=False,
    ),
]
AnyFilter = Annotated[
    bool,
    typer.Option("--any", help="Any one of the values of --hw/--os/--precision/--technique suffices (default: all)."),
]
ScaleFilter = Annotated[
    str | None,
    typer.Option(
        "--scale",
        metavar="single-node|multi-node",
        help="Deployment scale, as the survey classes it.",
        autocompletion=_complete_terms(SCALES),
        show_default=False,
    ),
]
DevicesFilter = Annotated[
    str | None,
    typer.Option(
        "--devices",
        metavar="heterogeneous|homogeneous",
        help="Device diversity, as the survey classes it.",
        autocompletion=_complete_terms(DEVICES),
        show_default=False,
    ),
]
OpenSourceFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--open-source",
        metavar="yes|partial|no",
        help="Open source status; any of the values given.",
        autocompletion=_complete_terms(OPEN_SOURCE),
        show_default=False,
    ),
]
OssFilter = Annotated[bool, typer.Option("--oss", help="Open source at least in part: --open-source yes,partial.")]
OrgTypeFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--org-type",
        metavar="community|academic|big-tech|startup",
        help="Kind of organization; any of those given.",
        autocompletion=_complete_terms(ORG_TYPES),
        show_default=False,
    ),
]
MinStarsFilter = Annotated[
    str | None,
    typer.Option(
        "--min-stars",
        metavar="N",
        help="At least N GitHub stars (1000, 10k, 1.5K); services with no star figure are unknown.",
        show_default=False,
    ),
]
CommercialFilter = Annotated[
    bool | None,
    typer.Option(
        "--commercial/--self-hosted",
        help="Commercial inference services only, or self-hosted software only.",
        show_default=False,
    ),
]
IncludeUnknownFilter = Annotated[
    bool,
    typer.Option(
        "--include-unknown", help="Also list engines that match only where the source says nothing ('-'), marked."
    ),
]

InstallFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--install",
        metavar="easy|medium|hard",
        help=(
            "Install ease the paper observed (v3 Table 13, levels defined in §6.1); any of those given. Engines it "
            "did not install (the services) are unknown."
        ),
        autocompletion=_complete_terms(INSTALL_EASE),
        show_default=False,
    ),
]
ApiFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--api",
        metavar="openai",
        help="Serves an OpenAI-compatible API as the paper installed it (v3 Table 13); not installed: unknown.",
        autocompletion=_complete_terms(API_KINDS),
        show_default=False,
    ),
]

# name in the command's signature → (annotation, the keyword of llmengines.filters.parse)
_OPTIONS: dict[str, tuple[Any, str]] = {
    "filter_hw": (HardwareFilter, "hardware"),
    "filter_os": (PlatformFilter, "platforms"),
    "filter_precision": (PrecisionFilter, "precisions"),
    "filter_technique": (TechniqueFilter, "techniques"),
    "filter_any": (AnyFilter, "any_of"),
    "filter_scale": (ScaleFilter, "scale"),
    "filter_devices": (DevicesFilter, "devices"),
    "filter_open_source": (OpenSourceFilter, "open_source"),
    "filter_oss": (OssFilter, "oss"),
    "filter_org_type": (OrgTypeFilter, "org_types"),
    "filter_min_stars": (MinStarsFilter, "min_stars"),
    "filter_commercial": (CommercialFilter, "commercial"),
    "filter_include_unknown": (IncludeUnknownFilter, "include_unknown"),
    "filter_install": (InstallFilter, "install"),
    "filter_api": (ApiFilter, "api"),
}
_DEFAULTS: dict[str, Any] = {"filter_any": False, "filter_oss": False, "filter_include_unknown": False}


def _complete_engine_list(incomplete: str) -> list[tuple[str, str]]:
    from llmengines.cli import complete_engine

    head, _, last = incomplete.rpartition(",")
    prefix = f"{head}," if head else ""
    return [(prefix + engine_id, name) for engine_id, name in complete_engine(last)]


WhyNotOption = Annotated[
    list[str] | None,
    typer.Option(
        "--why-not",
        metavar="ENGINE,…",
        help="Instead of the answer: why these engines are left out — each criterion that failed, the source's "
        "column, and whether its cell is ❌ (no) or unknown ('-').",
        autocompletion=_complete_engine_list,
        show_default=False,
    ),
]


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
    """Give ``command`` (which takes ``filters: Filters``) every filter option; it receives the parsed filters."""
    signature = inspect.signature(command, eval_str=True)
    assert "filters" in signature.parameters and signature.parameters["filters"].annotation is Filters
    names = list(signature.parameters)
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=_DEFAULTS.get(name), annotation=annotation)
        for name, (annotation, _) in _OPTIONS.items()
    ]
    # The filter options take the place of ``filters``, so --help lists them where the command declares them.
    cut = names.index("filters")
    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in signature.parameters.values()]
    parameters[cut : cut + 1] = added

    @functools.wraps(command)
    def wrapper(**kwargs: Any) -> None:
        raw = {keyword: kwargs.pop(name) for name, (_, keyword) in _OPTIONS.items()}
        filters = parse(**raw)
        command(filters=filters, **kwargs)
        state_readings(filters)  # after the answer: an error stays the one line on stderr

    wrapper.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {}  # Typer reads the (already evaluated) annotations from __signature__
    return wrapper
