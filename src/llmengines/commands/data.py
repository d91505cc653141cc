"""Commands over the dataset itself: ``list``, ``show``, ``export``, ``schema``, ``info``."""

from __future__ import annotations

from llmengines import __version__
from llmengines.errors import UsageError
from llmengines.formats import OutputFormat
from llmengines.registry import command
from llmengines.session import current_dataset, current_provenance, env, output

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Annotated

    import typer

    from llmengines.options import EngineArgument, FieldsOption, FormatOption, JsonOption, NoPagerOption, SvgOption


@command("list")
def list_command(
    *,
    listed: Annotated[
        bool,
        typer.Option("--listed", help="Instead: the entries the list added after publication (listed, not evaluated)."),
    ] = False,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """List every engine: organization, type, open source, stars (with their date), deployment class.

    \b
      llmengines list
      llmengines list --json | jq -r '.[].id'
      llmengines list -o csv --fields id,name,github_stars
      llmengines list --listed

    --listed shows the engines and the gateway the upstream list added after publication (PrefillOnly,
    Colossal-AI, …) with their dates and links: they have no matrix cells, scores or prices and are left out
    of every query.
    """
    if listed:
        from llmengines.evaluation import listed as listed_entries
        from llmengines.evaluation_views import listed_view

        output(lambda _env: listed_view(listed_entries()), fmt, json_flag, fields, svg)
        return
    from llmengines.views.dataset import list_engines, list_texts

    dataset = current_dataset()
    output(
        lambda _env: list_engines(dataset),
        fmt,
        json_flag,
        fields,
        svg,
        no_pager=no_pager,
        texts=lambda: list_texts(dataset),  # all of a big cached overlay's records as JSON, without making them
    )


@command("show")
def show_command(
    engine: EngineArgument,
    *,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Show everything about one engine, grouped in sections, with its links and sources.

    \b
      llmengines show vllm
      llmengines show LLaMA.cpp
      llmengines show trt-llm --json

    Values that come from your own data files (--data, $LLMENGINES_DATA, refresh) say which file. What the
    paper's own evaluation observed (v3 §6: install, API, defaults, measured figures) has sections of its own.
    An entry the list added after publication (see 'list --listed') is shown as listed, not evaluated.
    """
    from llmengines.errors import UnknownNameError
    from llmengines.queries import get_engine
    from llmengines.views.dataset import show_engine

    dataset = current_dataset()
    try:
        found = get_engine(dataset, engine)
    except UnknownNameError:
        from llmengines.evaluation import listed
        from llmengines.evaluation_views import find_listed, listed_document

        entry = find_listed(listed(), dataset, engine)  # raises with suggestions from engines and entries alike
        output(lambda _env: listed_document(entry), fmt, json_flag, fields, svg)
        return
    provenance = current_provenance()
    output(lambda here: show_engine(found, dataset, here, provenance), fmt, json_flag, fields, svg, no_pager=no_pager)


@command("export")
def export_command(
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-o", case_sensitive=False, help="json or yaml."),
    ] = OutputFormat.JSON,
    json_flag: JsonOption = False,
) -> None:
    """Print the whole dataset (engines, taxonomy, pricing, sources, errata) with its schema version.

    \b
      llmengines export > llmengines.json
      llmengines export -o yaml
    """
    from llmengines.dataset import dataset_to_dict
    from llmengines.render import dumps, to_yaml, write

    if json_flag:
        fmt = OutputFormat.JSON
    if fmt not in (OutputFormat.JSON, OutputFormat.YAML):
        raise UsageError(f"export writes json or yaml, not {fmt.value}")
    here = env()
    dataset = current_dataset()
    data = dataset_to_dict(dataset)
    for record in data["engines"]:  # the date of each star count, as list and show give it
        if record["github_stars"] is not None and record["stars_as_of"] is None:
            record["stars_as_of"] = dataset.snapshot_date
    write(dumps(data, here) + "\n" if fmt is OutputFormat.JSON else to_yaml(data), here)


@command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the export format (what 'llmengines export' writes).

    \b
      llmengines schema > llmengines.schema.json
    """
    from llmengines.render import dumps, write
    from llmengines.validation import export_schema

    here = env()
    write(dumps(export_schema(), here) + "\n", here)


@command("info")
def info_command(
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Show where the data comes from, how old it is, what was corrected, how much there is, and your data files.

    \b
      llmengines info
      llmengines info --json
    """
    from llmengines.views.dataset import info

    dataset = current_dataset()
    files = current_provenance().files
    output(lambda _env: info(dataset, __version__, files), fmt, json_flag, fields, svg, no_pager=no_pager)
