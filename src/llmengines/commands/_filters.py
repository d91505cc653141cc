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

from llmengines.cli import complete_ids
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
        help=f"Supports this hardware: nvidia (cuda), amd-gpu (rocm), arm64 (apple), tpu, gaudi, … {_LIST}",
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
        command(filters=parse(**raw), **kwargs)

    wrapper.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {}  # Typer reads the (already evaluated) annotations from __signature__
    return wrapper
