"""The Typer app: the one definition of the CLI, built from the registered commands.

Help, usage errors, shell-completion scripts and anything the fast path (:mod:`llmengines.fast`) is not sure
about run through this app. Commands are declared in :mod:`llmengines.commands` with
:func:`llmengines.registry.command`; here each becomes a Typer command whose signature is the function's own, its
string annotations evaluated with the shared options of :mod:`llmengines.options`, plus the filter options
(for commands decorated with ``with_filters``) and the global options accepted after the command.
"""

from __future__ import annotations

import copy
import inspect
import sys
from typing import Annotated, Any

import typer

from llmengines import __version__, options
from llmengines.commands import load_all
from llmengines.commands._filters import DEFAULTS as FILTER_DEFAULTS
from llmengines.grouped_help import GroupedCommands
from llmengines.registry import COMMANDS, EXIT_CODES_HELP, GLOBALS_AFTER, Command
from llmengines.session import set_globals

# The global options after the command that are not flags: absent is None.
GLOBAL_DEFAULTS: dict[str, Any] = {"global_data": None, "global_source": None, "global_as_of": None}

app = typer.Typer(
    name="llmengines",
    help=(
        "Which LLM inference engine fits your hardware, precision, scale and goals?\n\n"
        "\b\n"
        "  llmengines find --hw rocm --precision fp8\n"
        "  llmengines compare vllm sglang --diff\n"
        "  llmengines rank --by throughput --top 5\n"
        "  llmengines recommend --hw cuda --scale multi-node --priority throughput\n"
        "  llmengines show vllm\n"
        "  llmengines list --json | jq -r '.[].id'\n\n"
        "Answers come from a bundled, sourced dataset of 25 engines (see 'llmengines info'), plus your own "
        "data files if you give any (--data FILE, $LLMENGINES_DATA; see 'llmengines template'). "
        "Tables on a terminal; tab-separated values in a pipe; --json or --format for anything else. "
        "The global options may also follow the command.\n\n" + EXIT_CODES_HELP
    ),
    cls=GroupedCommands,  # commands grouped by the question they answer (see grouped_help)
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(ctx: typer.Context, value: bool) -> None:
    # Not while parsing for shell completion (resilient parsing): the version would land among the completions.
    if value and not ctx.resilient_parsing:
        sys.stdout.write(f"llmengines {__version__}\n")
        raise typer.Exit()


@app.callback()
def _global(  # noqa: PLR0917 - one parameter per option, as Typer wants
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    no_color: options.NoColorOption = False,
    debug: options.DebugOption = False,
    data: options.DataOption = None,
    source: options.SourceOption = None,
    as_of: options.AsOfOption = None,
) -> None:
    set_globals(no_color=no_color, debug=debug, data=data, source=source, as_of=as_of)


def signature(registered: Command) -> inspect.Signature:
    """The signature Typer reads for a registered command: its parameters with evaluated annotations, the filter
    options in place of ``filters`` (for ``with_filters`` commands), then the global options, hidden."""
    callback = registered.callback
    original = getattr(callback, "filtered", callback)
    # OutputFormat, which a command may import for itself, is read as the enum Typer takes a choice from.
    names = options.namespace() | original.__globals__ | {"OutputFormat": options.FormatChoice}
    own = inspect.signature(original, globals=names, eval_str=True)
    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own.parameters.values()]
    if original is not callback:  # with_filters: the filter options take the place of ``filters``
        cut = [p.name for p in parameters].index("filters")
        parameters[cut : cut + 1] = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=FILTER_DEFAULTS.get(name), annotation=a)
            for name, a in options.FILTERS.items()
        ]
    taken = {p.name for p in parameters}
    assert not taken & set(GLOBALS_AFTER), registered.name
    parameters += [
        inspect.Parameter(
            name,
            inspect.Parameter.KEYWORD_ONLY,
            default=GLOBAL_DEFAULTS.get(name, False),
            annotation=options.GLOBALS_AFTER[name],
        )
        for name in GLOBALS_AFTER
    ]
    return own.replace(parameters=parameters)


def _typer_callback(registered: Command) -> Any:
    def run(**kwargs: Any) -> None:
        # A choice arrives as Typer's enum member; the command gets the library's value, as on the fast path.
        for name, value in kwargs.items():
            library_type = options.LIBRARY_TYPES.get(type(value))
            if library_type is not None:
                kwargs[name] = library_type(value.value)
        registered.invoke(kwargs)

    for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(run, attribute, getattr(registered.callback, attribute))
    run.__signature__ = signature(registered)  # type: ignore[attr-defined]
    run.__annotations__ = {}  # Typer reads the (already evaluated) annotations from __signature__
    return run


load_all()
for _registered in COMMANDS.values():
    app.command(_registered.name, **_registered.settings)(_typer_callback(_registered))


def click_command(argv: list[str] | None = None, words: list[str] | None = None) -> Any:
    """The Click command for this run, with only the subcommand it names.

    Typer converts every command's parameters on every run (Typer has no lazy subcommands), and that grows with
    each command added; a run names one command, so only that one is built. Anything else — no command, a
    misspelt one, help, completion of the command name — gets the whole tree, so messages and listings are the
    same as ever. ``words`` are the complete words of the command line (default: ``argv``).
    """
    names = {
        typer.main.get_command_name(i.name or i.callback.__name__): i for i in app.registered_commands if i.callback
    }
    name = _command_name(list((argv or []) if words is None else words), names)
    if name is None:
        return typer.main.get_command(app)
    one = copy.copy(app)
    one.registered_commands = [names[name]]
    one.registered_groups = []
    return typer.main.get_command(one)


def _command_name(words: list[str], names: dict[str, Any]) -> str | None:
    """The registered command the words name, skipping global options and their values; None if there is none."""
    takes_value = {opt for info in _global_options() if not info.is_flag and not info.count for opt in info.opts}
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--" or not word.startswith("-"):
            return word if word in names else None
        if word in takes_value:
            i += 1
        i += 1
    return None


def _global_options() -> list[Any]:
    root = copy.copy(app)
    root.registered_commands = []
    root.registered_groups = []
    return [p for p in typer.main.get_command(root).params if p.param_type_name == "option"]
