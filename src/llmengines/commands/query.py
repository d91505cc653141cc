"""Questions across engines: ``find``, ``compare``, ``rank``, ``facets``, ``matrix``."""

from __future__ import annotations

import sys

from llmengines.commands._filters import why_not_engines, with_filters
from llmengines.completers import complete_engine
from llmengines.completers import complete_engines as _complete_engines
from llmengines.completers import complete_from as _complete_from
from llmengines.errors import UsageError
from llmengines.filters import Filters, split
from llmengines.registry import EXIT_CODES_HELP, command
from llmengines.session import current_dataset, current_provenance, env, output
from llmengines.vocabulary import Matcher, Term

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Annotated

    import typer

    from llmengines.models import Dataset
    from llmengines.options import FieldsOption, FormatOption, JsonOption, NoPagerOption, SvgOption, WhyNotOption


def _sort_terms() -> tuple[Term, ...]:
    from llmengines.scoring import SORT_TERMS

    return SORT_TERMS


def _rank_terms() -> tuple[Term, ...]:
    from llmengines.scoring import RANK_TERMS

    return RANK_TERMS


def _complete_sort(incomplete: str) -> list[tuple[str, str]]:
    return _complete_from(_sort_terms())(incomplete)


def _complete_rank(incomplete: str) -> list[tuple[str, str]]:
    return _complete_from(_rank_terms())(incomplete)


def _complete_section(incomplete: str) -> list[tuple[str, str]]:
    from llmengines.views.queries import COMPARE_SECTIONS

    return _complete_from(COMPARE_SECTIONS)(incomplete)


def _complete_facet(incomplete: str) -> list[tuple[str, str]]:
    from llmengines.views.queries import FACET_FIELDS

    return _complete_from(FACET_FIELDS)(incomplete)


def _complete_matrix(incomplete: str) -> list[tuple[str, str]]:
    from llmengines.views.queries import MATRIX_KINDS

    return _complete_from(MATRIX_KINDS)(incomplete)


def _resolve_engines(names: list[str] | None) -> list[str]:
    from llmengines.queries import engine_ids

    return engine_ids(current_dataset(), names)


def _missing(command: str, metavar: str, terms: tuple[Term, ...], example: str) -> str:
    """The error for a command run without its argument: what the argument can be, and an example."""
    values = ", ".join(t.id for t in terms)
    return f"{command} needs a {metavar}: one of {values} (e.g. 'llmengines {command} {example}')"


def _hint_no_match(dataset: Dataset, filters: Filters) -> None:
    """Tell people on stderr which filter ruled out the most engines (stdout keeps its empty result)."""
    from llmengines.filters import no_match_hint

    sys.stderr.write(f"hint: {no_match_hint(dataset.engines, filters)}\n")


# --- find -------------------------------------------------------------------------------------------------------


@command("find", epilog=EXIT_CODES_HELP)
@with_filters
def find_command(
    filters: Filters,
    *,
    sort: Annotated[
        str | None,
        typer.Option(
            "--sort",
            metavar="KEY",
            help="Order by name, stars, release (newest first) or a survey score such as throughput (highest first).",
            autocompletion=_complete_sort,
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, metavar="N", help="At most N engines.", show_default=False)
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Say, per engine, which criteria matched and which are unknown.")
    ] = False,
    why_not: WhyNotOption = None,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Find the engines that support everything you ask for.

    \b
      llmengines find --hw rocm --precision fp8
      llmengines find --hw rocm,cuda --any --scale multi-node
      llmengines find --technique speculative-decoding --oss --sort stars
      llmengines find --technique fsdp --include-unknown --explain
      llmengines find --hw tpu --json | jq -r '.[].id'
      llmengines find --hw jetson --precision fp8 --why-not llama.cpp,mlc-llm

    --hw takes the survey's columns, the devices the source names (h100, mi300x, tpu-v5e, jetson, …; see
    'llmengines devices') and everyday words (rocm, apple, cpu, amd, …); anything that is not exactly a column
    is read as stated in a note on stderr (and in JSON in each record's match.readings). A taxonomy entry given
    to --technique (eagle, gptq, …) is read by its category link, as such.

    Within --hw, --os, --precision and --technique an engine must support every value (--any: one is enough);
    different options combine with AND. Where the source says nothing ('-') the value is unknown: such engines do
    not match, but --include-unknown lists them too, marked. Nothing matching is not an error: the answer is empty
    and a hint on stderr names the filter that ruled out the most engines.
    """
    from llmengines.filters import apply
    from llmengines.views.queries import find_view

    dataset = current_dataset()
    if why_not:
        from llmengines.why_not import why_not_view

        named = why_not_engines(why_not)
        output(lambda _env: why_not_view(named, filters, "find"), fmt, json_flag, fields, svg)
        return
    matches = apply(dataset.engines, filters)
    if sort is not None:
        from llmengines.scoring import sort_engines

        by_id = {m.engine.id: m for m in matches}
        matches = [by_id[e.id] for e in sort_engines([m.engine for m in matches], sort)]
    if limit is not None:
        matches = matches[:limit]
    if not matches:
        _hint_no_match(dataset, filters)
    from llmengines.editions import disputed_matches

    for line in disputed_matches(dataset, filters):  # people's business: stderr, whatever the format
        sys.stderr.write(f"note: {line}\n")
    provenance = current_provenance() if explain else None
    output(
        lambda _env: find_view(matches, dataset, filters, explained=explain, provenance=provenance),
        fmt,
        json_flag,
        fields,
        svg,
        no_pager=no_pager,
    )


# --- compare ----------------------------------------------------------------------------------------------------


def _section_terms() -> tuple[Term, ...]:
    from llmengines.views.queries import COMPARE_SECTIONS

    return COMPARE_SECTIONS


@command("compare", epilog=EXIT_CODES_HELP)
def compare_command(
    engines: Annotated[
        list[str],
        typer.Argument(help="Two or more engines: ids, names or aliases.", autocompletion=complete_engine),
    ],
    *,
    diff: Annotated[bool, typer.Option("--diff", help="Only the rows where the engines differ.")] = False,
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section",
            metavar="NAME,…",
            help=(
                "Only these sections: overview, hardware, deployment, precisions, techniques, scores, pricing, "
                "evaluation (the paper's installs and measurements)."
            ),
            autocompletion=_complete_section,
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Compare engines side by side, section by section; rows where they differ are marked.

    \b
      llmengines compare vllm sglang
      llmengines compare vllm sglang tensorrt-llm --diff
      llmengines compare vllm tgi --section precisions,scores
      llmengines compare groqcloud together-ai --section pricing
      llmengines compare vllm sglang --json | jq '.sections[].rows[] | select(.differs)'
    """
    from llmengines.views.queries import compare_view

    dataset = current_dataset()
    ids = _resolve_engines(engines)
    if len(ids) < 2:
        raise UsageError("compare needs at least two different engines")
    chosen = [next(e for e in dataset.engines if e.id == i) for i in ids]
    matcher = Matcher("section", _section_terms())
    sections = [matcher.resolve(s) for s in split(section)]
    output(
        lambda here: compare_view(
            chosen, dataset, here, only_differences=diff, sections=sections, provenance=current_provenance()
        ),
        fmt,
        json_flag,
        fields,
        svg,
        no_pager=no_pager,
    )


# --- rank -------------------------------------------------------------------------------------------------------


@command("rank", epilog=EXIT_CODES_HELP)
@with_filters
def rank_command(
    filters: Filters,
    *,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="KEY",
            help=(
                "Rank by stars, a survey score (general-purpose, ease-of-use, ease-of-deployment, latency, "
                "throughput, scalability), hardware, precision or techniques (breadth of support)."
            ),
            autocompletion=_complete_rank,
            show_default=False,
        ),
    ] = None,
    weights: Annotated[
        str | None,
        typer.Option(
            "--weights",
            metavar="KEY=W,…",
            help="Rank by a weighted mix of keys, e.g. throughput=2,latency=1 (a key alone weighs 1).",
            show_default=False,
        ),
    ] = None,
    top: Annotated[
        int | None, typer.Option("--top", min=1, metavar="N", help="Only the first N.", show_default=False)
    ] = None,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Rank engines by one key or a weighted mix, with the figures behind each score.

    \b
      llmengines rank --by throughput --top 5
      llmengines rank --by stars --oss
      llmengines rank --weights throughput=2,latency=1 --scale multi-node
      llmengines rank --by hardware --json | jq -r '.[] | "\\(.rank) \\(.id) \\(.score)"'

    Every key is a figure on the survey's 0–5 scale: a survey score as published; breadth of hardware,
    precision or technique support as 5 × supported / the cells the source knows (its '-' cells count neither
    way; the coverage, known k/n, is shown); stars as 5 × log10(1+stars) / log10(1+most stars). The score is
    the weighted mean of the figures an engine has: a key the source says nothing about (no known cell, no star
    count) is left out of that engine's score and the other weights renormalised. An engine without a weighted
    survey score, or with no figure at all, has no score and comes last. Ties go to the engine with more GitHub
    stars, then by id. A ~ marks an uncertain reading of the survey's chart.
    """
    from llmengines.filters import select
    from llmengines.scoring import parse_weights, rank, rank_key
    from llmengines.views.queries import rank_view

    if (by is None) == (weights is None):
        keys = ", ".join(t.id for t in _rank_terms())
        raise UsageError(f"give --by KEY or --weights KEY=W,… (one of them); keys: {keys}")
    mix = {rank_key(k): 1.0 for k in split([by])} if by is not None else parse_weights(weights or "")
    if not mix:  # --by '' or --by ',': nothing to rank by
        raise UsageError("--by needs a rank key, e.g. --by throughput (or --by throughput,latency)")
    dataset = current_dataset()
    engines = select(dataset.engines, filters)
    ranked = rank(engines, mix, population=dataset.engines)
    if top is not None:
        ranked = ranked[:top]
    if not ranked:
        _hint_no_match(dataset, filters)
    output(lambda _env: rank_view(ranked, mix, dataset, filters), fmt, json_flag, fields, svg, no_pager=no_pager)


# --- facets -----------------------------------------------------------------------------------------------------


def _facet_terms() -> tuple[Term, ...]:
    from llmengines.views.queries import FACET_FIELDS

    return FACET_FIELDS


@command("facets", epilog=EXIT_CODES_HELP)
@with_filters
def facets_command(
    filters: Filters,
    field: Annotated[
        str | None,
        typer.Argument(
            metavar="FIELD",
            help=(
                "hardware, platform (os), precision, technique, org-type, deployment (class), scale, devices "
                "or open-source."
            ),
            autocompletion=_complete_facet,
            show_default=False,
        ),
    ] = None,
    *,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Count, for each value of a field, how many engines have it (yes / no / unknown), most first.

    \b
      llmengines facets precision
      llmengines facets hardware --oss
      llmengines facets technique --scale multi-node
      llmengines facets org-type --json
    """
    from llmengines.filters import select
    from llmengines.views.queries import facets_view

    if field is None:  # not Click's "Missing argument": say what the argument can be
        raise UsageError(_missing("facets", "FIELD", _facet_terms(), "precision"))
    facet = Matcher("facet field", _facet_terms()).resolve(field)
    dataset = current_dataset()
    engines = select(dataset.engines, filters)
    if not engines:
        _hint_no_match(dataset, filters)
    output(lambda _env: facets_view(facet, engines, dataset, filters), fmt, json_flag, fields, svg, no_pager=no_pager)


# --- matrix -----------------------------------------------------------------------------------------------------


def _matrix_terms() -> tuple[Term, ...]:
    from llmengines.views.queries import MATRIX_KINDS

    return MATRIX_KINDS


@command("matrix", epilog=EXIT_CODES_HELP)
@with_filters
def matrix_command(
    filters: Filters,
    kind: Annotated[
        str | None,
        typer.Argument(
            metavar="KIND",
            help="hardware, platform (os), precision or technique.",
            autocompletion=_complete_matrix,
            show_default=False,
        ),
    ] = None,
    *,
    engines: Annotated[
        list[str] | None,
        typer.Option(
            "--engines",
            "-e",
            metavar="ENGINE,…",
            help="Only these engines (repeatable, comma-separated).",
            autocompletion=_complete_engines,
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Show one of the survey's support matrices: ✓ yes, ✗ no, ? unknown (the source's '-').

    \b
      llmengines matrix precision
      llmengines matrix hardware --engines vllm,sglang,llama.cpp
      llmengines matrix technique --scale multi-node
      llmengines matrix hardware -o markdown

    On a terminal the columns are numbered and the caption is the legend, so that the table fits.
    """
    from llmengines.filters import select
    from llmengines.formats import OutputFormat
    from llmengines.render import choose_format
    from llmengines.views.queries import matrix_view

    if kind is None:
        raise UsageError(_missing("matrix", "KIND", _matrix_terms(), "hardware"))
    which = Matcher("matrix", _matrix_terms()).resolve(kind)
    dataset = current_dataset()
    chosen = select(dataset.engines, filters)
    if engines:
        wanted = _resolve_engines(engines)
        chosen = [e for i in wanted for e in chosen if e.id == i]  # in the order given
    if not chosen:
        _hint_no_match(dataset, filters)
    table = choose_format(fmt, json_flag, env()) is OutputFormat.TABLE
    output(
        lambda here: matrix_view(which, chosen, here, numbered=table or here.color, dataset=dataset),
        fmt,
        json_flag,
        fields,
        svg,
        no_pager=no_pager,
    )
