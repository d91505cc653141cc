"""The options several commands share, as Typer annotations: output options, the filters, the engine argument.

Command modules name these in their (string) annotations and import them only for type checkers; the app
(:mod:`llmengines.app`) evaluates the annotations with this module's names, so that running a command on the fast
path never imports Typer. Where a flag is *applied*: :mod:`llmengines.session` (output), :func:`llmengines.filters.
parse` (filters); where it is *rendered*: :mod:`llmengines.render`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from llmengines import completers
from llmengines.formats import OutputFormat

# Typer takes a choice from an enum; the query path's OutputFormat is not one (see llmengines.formats). Commands
# name OutputFormat in their annotations and Typer reads this in its place; the app hands the commands the
# OutputFormat of the value (llmengines.app), and the option table records OutputFormat (llmengines.build_cli).
if TYPE_CHECKING:
    FormatChoice = OutputFormat  # what the commands get
else:
    FormatChoice = StrEnum("FormatChoice", {f.name: f.value for f in OutputFormat})
LIBRARY_TYPES: dict[type, type] = {FormatChoice: OutputFormat}

FormatOption = Annotated[
    FormatChoice | None,
    typer.Option(
        "--format",
        "-o",
        case_sensitive=False,
        help="Output format. Default: table on a terminal, tsv in a pipe.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="FIELD,…",
        help=(
            "Comma-separated fields (dotted paths such as hardware.nvidia) to output instead of the defaults; "
            "--fields help lists them."
        ),
    ),
]
NoPagerOption = Annotated[
    bool,
    typer.Option(
        "--no-pager",
        help="Never page a long table (default on a terminal: $LLMENGINES_PAGER, $PAGER or less -FRX).",
    ),
]
WhyNotOption = Annotated[
    list[str] | None,
    typer.Option(
        "--why-not",
        metavar="ENGINE,…",
        help="Instead of the answer: why these engines are left out — each criterion that failed, the source's "
        "column, and whether its cell is ❌ (no) or unknown ('-').",
        autocompletion=completers.complete_engines,
        show_default=False,
    ),
]
SvgOption = Annotated[
    Path | None,
    typer.Option(
        "--svg", metavar="FILE", help="Also write the rendered table to FILE as an SVG picture.", dir_okay=False
    ),
]
EngineArgument = Annotated[
    str, typer.Argument(help="Engine id, name or alias (any case).", autocompletion=completers.complete_engine)
]

# --- the filters (see llmengines.commands._filters.with_filters) -------------------------------------------------

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
        autocompletion=completers.complete_hardware,
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
        autocompletion=completers.complete_platform,
        show_default=False,
    ),
]
PrecisionFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--precision",
        metavar="ID,…",
        help=f"Supports this numeric precision: fp32, fp16, bf16, fp8, fp4, nf4, int8, int4, mxfp8, … {_LIST}",
        autocompletion=completers.complete_precision,
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
        autocompletion=completers.complete_technique_id,
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
        autocompletion=completers.complete_scale,
        show_default=False,
    ),
]
DevicesFilter = Annotated[
    str | None,
    typer.Option(
        "--devices",
        metavar="heterogeneous|homogeneous",
        help="Device diversity, as the survey classes it.",
        autocompletion=completers.complete_devices,
        show_default=False,
    ),
]
OpenSourceFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--open-source",
        metavar="yes|partial|no",
        help="Open source status; any of the values given.",
        autocompletion=completers.complete_open_source,
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
        autocompletion=completers.complete_org_type,
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
        autocompletion=completers.complete_install,
        show_default=False,
    ),
]
ApiFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--api",
        metavar="openai",
        help="Serves an OpenAI-compatible API as the paper installed it (v3 Table 13); not installed: unknown.",
        autocompletion=completers.complete_api,
        show_default=False,
    ),
]

# the parameter each filter takes in a command's signature (the names llmengines.commands._filters pops)
FILTERS: dict[str, Any] = {
    "filter_hw": HardwareFilter,
    "filter_os": PlatformFilter,
    "filter_precision": PrecisionFilter,
    "filter_technique": TechniqueFilter,
    "filter_any": AnyFilter,
    "filter_scale": ScaleFilter,
    "filter_devices": DevicesFilter,
    "filter_open_source": OpenSourceFilter,
    "filter_oss": OssFilter,
    "filter_org_type": OrgTypeFilter,
    "filter_min_stars": MinStarsFilter,
    "filter_commercial": CommercialFilter,
    "filter_include_unknown": IncludeUnknownFilter,
    "filter_install": InstallFilter,
    "filter_api": ApiFilter,
}

# --- the global options -------------------------------------------------------------------------------------------

NoColorOption = Annotated[bool, typer.Option("--no-color", help="No colour, even on a terminal.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show the traceback of internal errors.")]
DataOption = Annotated[
    list[str] | None,
    typer.Option(
        "--data",
        metavar="FILE",
        help="Also load engine records from this YAML file (repeatable; after $LLMENGINES_DATA). "
        "See 'llmengines template'.",
        show_default=False,
    ),
]
SourceOption = Annotated[
    str | None,
    typer.Option(
        "--source",
        metavar="NAME",
        help="Answer from the dataset as this source left it: list (the survey as published, 2025-05-02), "
        "erratum (2025-05-07), v3 (the paper's version 3, 2025-11-26). See 'llmengines info'.",
        show_default=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Answer from the sources published on or before DATE (YYYY-MM-DD).",
        show_default=False,
    ),
]
# The same options after the command (`llmengines list --no-color`): hidden there, listed once in the top help.
GLOBALS_AFTER: dict[str, Any] = {
    "global_no_color": Annotated[bool, typer.Option("--no-color", hidden=True)],
    "global_debug": Annotated[bool, typer.Option("--debug", hidden=True)],
    "global_data": Annotated[list[str] | None, typer.Option("--data", metavar="FILE", hidden=True)],
    "global_source": Annotated[str | None, typer.Option("--source", metavar="NAME", hidden=True)],
    "global_as_of": Annotated[str | None, typer.Option("--as-of", metavar="DATE", hidden=True)],
}


def namespace() -> dict[str, Any]:
    """The names a command module's string annotations may use without importing them at run time."""
    names = {k: v for k, v in globals().items() if k[:1].isupper() and not k.startswith("_")}
    return {"typer": typer, "Annotated": Annotated, "Path": Path} | names
