"""The paper's own evaluation: ``results`` (measured figures with their conditions) and ``evaluation`` (installs)."""

from __future__ import annotations

from llmengines.completers import complete_engines
from llmengines.filters import split
from llmengines.registry import EXIT_CODES_HELP, command
from llmengines.session import current_dataset, output

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Annotated

    import typer

    from llmengines.options import FieldsOption, FormatOption, JsonOption, SvgOption


def _engine_ids(names: list[str] | None) -> list[str]:
    from llmengines.queries import engine_ids

    return engine_ids(current_dataset(), names)


def _complete_hardware(incomplete: str) -> list[tuple[str, str]]:
    from llmengines.evaluation import evaluation

    return [(s.id, s.device) for s in evaluation().servers if s.id.startswith(incomplete.casefold())]


def _complete_metric(incomplete: str) -> list[tuple[str, str]]:
    from llmengines.evaluation_views import METRIC_TERMS

    return [(t.id, t.name) for t in METRIC_TERMS if t.id.startswith(incomplete.casefold())]


@command("results", epilog=EXIT_CODES_HELP)
def results_command(  # noqa: PLR0917 - one parameter per option, as Typer wants
    engine: Annotated[
        list[str] | None,
        typer.Option(
            "--engine",
            "-e",
            metavar="ENGINE,…",
            help="Only these engines (repeatable, comma-separated; ids, names or aliases).",
            autocompletion=complete_engines,
            show_default=False,
        ),
    ] = None,
    model: Annotated[
        list[str] | None,
        typer.Option(
            "--model",
            "-m",
            metavar="MODEL",
            help="Only models whose name contains this, loosely ('llama-2-7b', 'qwen3 14b'); repeatable.",
            show_default=False,
        ),
    ] = None,
    hardware: Annotated[
        list[str] | None,
        typer.Option(
            "--hardware",
            metavar="DEVICE",
            help="Only this machine of Table 12: h100 (Server 1), a6000 (Server 2) or jetson (the edge board).",
            autocompletion=_complete_hardware,
            show_default=False,
        ),
    ] = None,
    metric: Annotated[
        list[str] | None,
        typer.Option(
            "--metric",
            metavar="METRIC",
            help="Only this metric: ttft, tbt, requests_per_s (rps), tokens_per_s (tps), latency, success_rate.",
            autocompletion=_complete_metric,
            show_default=False,
        ),
    ] = None,
    concurrency: Annotated[
        list[int] | None,
        typer.Option("--concurrency", "-c", metavar="N", help="Only figures at this concurrency.", show_default=False),
    ] = None,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
) -> None:
    """Show the figures the paper measured, each with its conditions and source (observed, not the scores).

    \b
      llmengines results --model llama-2-7b --concurrency 64
      llmengines results --engine vllm,tgi --metric tbt
      llmengines results --hardware jetson --metric tokens_per_s
      llmengines results --json | jq '.[] | {engine, value, unit, concurrency, quote}'

    Every figure is one the text of paper v3 §6 states (figure panels are not read), with the device, model,
    precision, concurrency, prompt and output lengths it was measured at; runs used each engine's default settings
    (GuideLLM; servers 30 s, edge 240 s). Figures measured under different conditions are not comparable, and none
    is a ranking of engines in general or part of the survey's scores. JSON adds the locator, the quote the figure
    comes from, and any inference its reading needed.
    """
    from llmengines.evaluation import evaluation
    from llmengines.evaluation_views import result_records, results_view, select_results

    ev = evaluation()
    dataset = current_dataset()
    names = {e.id: e.name for e in dataset.engines}
    found = select_results(
        result_records(ev, names),
        ev,
        engines=_engine_ids(engine),
        models=split(model),
        hardware=split(hardware),
        metrics=split(metric),
        concurrency=concurrency or (),
    )
    if not found:
        import sys

        sys.stderr.write("hint: no measured figure matches; 'llmengines results' lists them all\n")
    output(lambda _env: results_view(found, ev), fmt, json_flag, fields, svg)


@command("evaluation", epilog=EXIT_CODES_HELP)
def evaluation_command(  # noqa: PLR0917 - one parameter per option, as Typer wants
    engine: Annotated[
        list[str] | None,
        typer.Option(
            "--engine",
            "-e",
            metavar="ENGINE,…",
            help="Only these engines (repeatable, comma-separated).",
            autocompletion=complete_engines,
            show_default=False,
        ),
    ] = None,
    servers: Annotated[
        bool, typer.Option("--servers", help="The machines of the evaluation (Table 12) instead.")
    ] = False,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    svg: SvgOption = None,
) -> None:
    """Show how the paper installed each engine: version, method, ease, API, default context and batch.

    \b
      llmengines evaluation
      llmengines evaluation --engine tgi --json
      llmengines evaluation --servers

    From paper v3 (2025-11-26): Table 13 (the 21 engines installed), Table 14 (default context length and max
    batch of the 13 benchmarked) and Table 12 (--servers). Where the list's Experiments section groups an engine
    under another install ease, both are shown. 'find --install' and '--api' filter on Table 13.
    """
    from llmengines.errors import UsageError
    from llmengines.evaluation import evaluation
    from llmengines.evaluation_views import evaluation_view, servers_view

    ev = evaluation()
    if servers:
        if engine:
            raise UsageError("--servers lists the machines; it takes no --engine")
        output(lambda _env: servers_view(ev), fmt, json_flag, fields, svg)
        return
    names = {e.id: e.name for e in current_dataset().engines}
    ids = _engine_ids(engine) if engine else None
    output(lambda _env: evaluation_view(ev, names, ids), fmt, json_flag, fields, svg)
