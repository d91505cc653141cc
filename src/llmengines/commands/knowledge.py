"""Commands over the survey's knowledge: ``techniques``, ``technique``, ``pricing``, ``recommend``."""

from __future__ import annotations

import sys

from llmengines.commands._filters import why_not_engines, with_filters
from llmengines.filters import Filters
from llmengines.registry import EXIT_CODES_HELP, command
from llmengines.session import current_dataset, output

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Annotated

    import typer

    from llmengines.options import FieldsOption, FormatOption, JsonOption, NoPagerOption, SvgOption, WhyNotOption
    from llmengines.pricing import SortKey


def complete_technique(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of taxonomy entries and matrix columns."""
    from llmengines.vocabulary import TECHNIQUES

    text = incomplete.casefold()
    dataset = current_dataset()
    out = [(t.id, t.name) for t in dataset.techniques if t.id.startswith(text)]
    taken = {i for i, _ in out} | {t.id for t in dataset.techniques}
    out += [(term.id, term.name) for term in TECHNIQUES.values() if term.id.startswith(text) and term.id not in taken]
    return out


def complete_category(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of taxonomy categories (and the source's "compression" group)."""
    from llmengines.vocabulary import CATEGORIES

    text = incomplete.casefold()
    out = [(c.id, c.name) for c in CATEGORIES.values() if c.id.startswith(text)]
    if "compression".startswith(text):
        out.append(("compression", "Compression: quantization, pruning, sparsity"))
    return out


@command("techniques", epilog=EXIT_CODES_HELP)
def techniques_command(
    category: Annotated[
        list[str] | None,
        typer.Option(
            "--category",
            "-c",
            metavar="CAT",
            help="Only this category (repeat or comma-separate; 'compression' = quantization, pruning, sparsity).",
            autocompletion=complete_category,
        ),
    ] = None,
    *,
    listed: Annotated[
        bool,
        typer.Option("--listed", help="Instead: the entries the list added after publication (MineDraft)."),
    ] = False,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """List the survey's optimization-technique taxonomy: category, name, description, number of papers.

    \b
      llmengines techniques
      llmengines techniques --category attention
      llmengines techniques -c quantization --json | jq -r '.[].name'
      llmengines techniques -o csv --fields id,category,reference_count

    Categories: batching, parallelism, quantization, pruning, sparsity, fine-tuning, caching, attention,
    sampling, structured-outputs. The Matrix column is set where the coverage matrix has a column for the
    technique itself; 'llmengines technique NAME' shows its papers and which engines have it.
    """
    if listed:
        from llmengines.errors import UsageError
        from llmengines.evaluation import listed as listed_entries
        from llmengines.evaluation_views import listed_techniques_view

        if category:
            raise UsageError("--listed shows the one entry added after publication; it takes no --category")
        output(lambda _env: listed_techniques_view(listed_entries()), fmt, json_flag, fields, svg)
        return
    from llmengines.knowledge import check_categories, list_techniques

    dataset = current_dataset()
    wanted = check_categories(category) if category else None
    output(lambda _env: list_techniques(dataset, wanted), fmt, json_flag, fields, svg, no_pager=no_pager)


@command("technique", epilog=EXIT_CODES_HELP)
def technique_command(
    name: Annotated[
        str,
        typer.Argument(
            help="A technique as people write it: PagedAttention, 'paged attention', EAGLE, GPTQ, tp, …",
            autocompletion=complete_technique,
        ),
    ],
    *,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Explain one technique: what it is, its papers with links, and which engines have it.

    \b
      llmengines technique radixattention
      llmengines technique "paged attention"
      llmengines technique GPTQ
      llmengines technique tp --json | jq '.coverage.yes'

    Which engines have it comes from the survey's coverage matrix (yes / no / unknown, where the source's '-'
    is unknown). A technique without a column of its own (GPTQ, EAGLE, …) is linked to its category's column
    where the category has exactly one (quantization, pruning, sparsity, sampling → speculative decoding), and
    the output says the link is by category. Names and spellings from the taxonomy and the matrix both work.
    A technique the list added after publication (MineDraft; see 'techniques --listed') is shown as listed.
    """
    from llmengines.errors import UnknownNameError
    from llmengines.knowledge import find, show_technique

    dataset = current_dataset()
    try:
        entry = find(dataset, name)
    except UnknownNameError as exc:
        from llmengines.evaluation import listed
        from llmengines.evaluation_views import listed_technique_document
        from llmengines.vocabulary import squash

        later = next((t for t in listed().techniques if squash(name) in (squash(t.id), squash(t.name))), None)
        if later is None:
            raise exc from None
        output(lambda _env: listed_technique_document(later), fmt, json_flag, fields, svg, no_pager=no_pager)
        return
    output(lambda here: show_technique(dataset, entry, here), fmt, json_flag, fields, svg, no_pager=no_pager)


@command("pricing", epilog=EXIT_CODES_HELP)
def pricing_command(  # noqa: PLR0917 - one parameter per option, as Typer wants
    model: Annotated[
        list[str] | None,
        typer.Option("--model", "-m", metavar="MODEL", help="Only this model, loosely matched ('llama 3.1 8b')."),
    ] = None,
    hardware: Annotated[
        list[str] | None,
        typer.Option("--hardware", metavar="DEVICE", help="Only this device, loosely matched ('h100', 'mi300x')."),
    ] = None,
    provider: Annotated[
        list[str] | None,
        typer.Option("--provider", "-p", metavar="ENGINE", help="Only this provider ('groq', 'Together AI')."),
    ] = None,
    sort: Annotated[
        str | None,
        typer.Option(
            "--sort",
            metavar="KEY",
            help="Cheapest first by input, output or blended price (devices: by hourly price).",
        ),
    ] = None,
    cheapest: Annotated[
        bool,
        typer.Option("--cheapest", help="Only the cheapest provider per model (blended, or --sort) and device."),
    ] = False,
    history: Annotated[
        bool,
        typer.Option("--history", help="Every source's price for each cell, oldest first, each with its date."),
    ] = False,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Show the commercial services' published prices, by model and by device.

    \b
      llmengines pricing
      llmengines pricing --model "llama 3.1 8b" --cheapest
      llmengines pricing --hardware h100 --json
      llmengines pricing --provider groq --sort output
      llmengines pricing --hardware h100 --history

    Token prices are USD per 1M tokens (input / output); device prices are USD per device-hour. Blended =
    (3 x input + 1 x output) / 4, the 3:1 mix Artificial Analysis uses. '-' in the source (not published) is
    null in JSON and never counts as cheap. Footnotes stay with the prices they qualify. Each price is the
    newest source's (paper v3, 2025-11-26, where it gives one), with its date and source; --history adds the
    older ones (the list's, 2025-05-02), and --cheapest compares the newest. --model selects the model table,
    --hardware the device table; neither shows both.
    """
    from llmengines.errors import UsageError
    from llmengines.pricing import SORT_KEYS, Query, pricing_view, records

    if sort is not None and sort.casefold() not in SORT_KEYS:
        raise UsageError(f"--sort takes input, output or blended, not {sort!r}")
    if history and cheapest:
        raise UsageError("--cheapest compares the newest prices; give it without --history")
    query = Query(
        models=tuple(model or ()),
        hardware=tuple(hardware or ()),
        providers=tuple(provider or ()),
        sort=_sort_key(sort.casefold()) if sort is not None else None,
        cheapest=cheapest,
        history=history,
    )
    dataset = current_dataset()
    found = records(dataset, query)
    if cheapest and not found:  # people on stderr; stdout keeps its empty result
        sys.stderr.write("note: no published price to compare: the source's cells are '-' (not published)\n")
    output(lambda _env: pricing_view(dataset, query, found), fmt, json_flag, fields, svg, no_pager=no_pager)


def _sort_key(text: str) -> SortKey:
    return text  # type: ignore[return-value]  # checked against SORT_KEYS above (a cast without typing)


def _complete_priority(incomplete: str) -> list[tuple[str, str]]:
    from llmengines.recommend import PRIORITIES

    return [(p.id, p.meaning) for p in PRIORITIES.values() if p.id.startswith(incomplete.casefold())]


@command("recommend", epilog=EXIT_CODES_HELP)
@with_filters
def recommend_command(
    filters: Filters,
    *,
    priority: Annotated[
        str,
        typer.Option(
            "--priority",
            metavar="throughput|latency|ease|scale|balanced",
            help="What matters most; each is a documented weighting of rank's keys (see the README).",
            autocompletion=_complete_priority,
        ),
    ] = "balanced",
    top: Annotated[
        int | None, typer.Option("--top", min=1, metavar="N", help="Only the first N.", show_default=False)
    ] = None,
    why_not: WhyNotOption = None,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Recommend engines: every hard constraint met, ranked for your priority, each with its reason.

    \b
      llmengines recommend --hw cuda --precision fp8 --scale multi-node --priority throughput
      llmengines recommend --hw rocm --priority latency --top 3
      llmengines recommend --os macos --oss --priority ease
      llmengines recommend --commercial --priority scale --json | jq -r '.[] | "\\(.rank) \\(.id) \\(.reason)"'

    The constraints are the filters of 'find' (all must hold; the source's '-' is unknown, not a match, unless
    --include-unknown). The priority weights rank's keys — the survey's six scores, the coverage of the techniques
    that serve that priority, and GitHub stars:

    \b
      throughput  throughput 3, throughput-techniques 2, scalability 1, stars 1
      latency     latency 3, latency-techniques 2, stars 1
      ease        ease-of-use 2, ease-of-deployment 2, general-purpose 1, stars 2
      scale       scalability 3, scale-techniques 2, throughput 1, stars 1
      balanced    the six survey scores 1 each, techniques 1, stars 1

    Score = sum of weight x figure / sum of weights, 0-5; ties: more stars, then id. A technique figure is
    5 x supported / the cells the source knows ('-' counts neither way; the coverage is shown). A key the
    source says nothing about (the services' star count, a technique set with every cell '-') is left out of
    that engine's score and the other weights renormalised; its reason says so. When nothing qualifies, stderr
    says which constraint to drop and what dropping it would give (exit status 0, empty output).
    """
    from llmengines.readings import ask_priority
    from llmengines.recommend import PRIORITIES, PRIORITY_TERMS, recommend, recommend_view, relaxation_hint
    from llmengines.vocabulary import Matcher

    ask_priority(priority)  # "speed": throughput or latency? asked, never chosen
    chosen = PRIORITIES[Matcher("priority", PRIORITY_TERMS).resolve(priority)]
    dataset = current_dataset()
    if why_not:
        from llmengines.why_not import why_not_view

        named = why_not_engines(why_not)
        output(lambda _env: why_not_view(named, filters, "recommend"), fmt, json_flag, fields, svg)
        return
    found = recommend(dataset, filters, chosen)
    if not found:
        sys.stderr.write("".join(f"hint: {line}\n" for line in relaxation_hint(dataset, filters, chosen)))
    if top is not None:
        found = found[:top]
    output(lambda _env: recommend_view(found, chosen, dataset, filters), fmt, json_flag, fields, svg, no_pager=no_pager)
