"""The ``llmengines`` command: argument parsing only.

Each command parses its arguments, calls plain functions (:mod:`llmengines.queries`, :mod:`llmengines.views`)
and hands what they return to :func:`llmengines.render.emit`. Errors become one line on stderr and an exit
code from :class:`llmengines.errors.ExitCode`, in :func:`main`.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from llmengines import __version__
from llmengines.errors import ExitCode, LlmEnginesError, OutputError
from llmengines.escaping import visible
from llmengines.formats import OutputFormat
from llmengines.grouped_help import GroupedCommands

if TYPE_CHECKING:
    from llmengines.environment import Environment
    from llmengines.models import Dataset
    from llmengines.overlays import Loaded, Provenance
    from llmengines.render import Document, Grid, Records

EXIT_CODES_HELP = (
    "Exit status: 0 success (also when nothing matches), 1 internal error, 2 usage error "
    "(unknown option, engine or id), 3 data error (a data file that cannot be read or validated), "
    "130 interrupted."
)

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
        "Tables on a terminal; tab-separated values in a pipe; --json or --format for anything else.\n\n"
        + EXIT_CODES_HELP
    ),
    cls=GroupedCommands,  # commands grouped by the question they answer (see grouped_help)
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass(slots=True)
class State:
    """Options given before the command, shared by every command."""

    no_color: bool = False
    debug: bool = False
    data: tuple[str, ...] = ()  # --data FILE, in order
    source: str | None = None  # --source NAME: the dataset as that source left it
    as_of: str | None = None  # --as-of DATE: the dataset as its sources stood on that day
    loaded: Loaded | None = None  # the merged dataset, built on first use
    answered: Dataset | None = None  # the dataset this run answered from (for the staleness note)


_state = State()


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
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour, even on a terminal.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of internal errors.")] = False,
    data: Annotated[
        list[str] | None,
        typer.Option(
            "--data",
            metavar="FILE",
            help="Also load engine records from this YAML file (repeatable; after $LLMENGINES_DATA). "
            "See 'llmengines template'.",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            metavar="NAME",
            help="Answer from the dataset as this source left it: list (the survey as published, 2025-05-02), "
            "erratum (2025-05-07), v3 (the paper's version 3, 2025-11-26). See 'llmengines info'.",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="Answer from the sources published on or before DATE (YYYY-MM-DD).",
            show_default=False,
        ),
    ] = None,
) -> None:
    _state.no_color = no_color
    _state.debug = debug
    _state.data = tuple(data or ())
    _state.source = source
    _state.as_of = as_of
    _state.loaded = None


# --- shared options ---------------------------------------------------------------------------------------------

FormatOption = Annotated[
    OutputFormat | None,
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
SvgOption = Annotated[
    Path | None,
    typer.Option(
        "--svg", metavar="FILE", help="Also write the rendered table to FILE as an SVG picture.", dir_okay=False
    ),
]


def complete_engine(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of engine ids, with their display names as descriptions."""
    text = incomplete.casefold()
    try:
        engines = current_dataset().engines
    except LlmEnginesError:  # a broken overlay: completion stays quiet; the command itself reports it
        return []
    return [(e.id, e.name) for e in engines if e.id.startswith(text)]


def complete_ids(kind: str) -> Callable[[str], list[tuple[str, str]]]:
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


def current_dataset() -> Dataset:
    """The dataset every command answers from: the bundled survey data with the user's overlays merged in."""
    if _state.loaded is None:
        from llmengines.files import overlays_configured

        if not overlays_configured(_state.data) and _state.source is None and _state.as_of is None:
            # the common case, without loading the overlay machinery
            from llmengines.dataset import bundled

            _state.answered = bundled()
            return _state.answered
    _state.answered = _loaded().dataset
    return _state.answered


def current_provenance() -> Provenance:
    """Where each value of :func:`current_dataset` comes from (the survey or an overlay file), for the views.

    The hook for every view that shows values (``show`` today; ``compare`` and ``--explain`` next):
    ``current_provenance().origin(engine.id, "hardware.nvidia")`` is None for the survey's value, else the file.
    """
    return _loaded().provenance


def _loaded() -> Loaded:
    if _state.loaded is None:
        from llmengines.overlays import load

        base = edition_base()
        # An earlier edition is the sources' state then: today's refreshed figures are not part of it.
        _state.loaded = load(_state.data, refreshed=base is None, base=base)
    return _state.loaded


def edition_base() -> dict[str, Any] | None:
    """The bundled dataset as ``--source`` / ``--as-of`` ask for it, or None for the default (newest) view."""
    if _state.source is None and _state.as_of is None:
        return None
    from llmengines import editions
    from llmengines.dataset import bundled, bundled_dict
    from llmengines.errors import UsageError

    if _state.source is not None and _state.as_of is not None:
        raise UsageError("give --source or --as-of, not both")
    dataset = bundled()
    if _state.source is not None:
        layer = editions.resolve_source(dataset, _state.source)
    else:
        layer = editions.source_as_of(dataset, _state.as_of or "")
    return editions.at(bundled_dict(), layer.id)


def env() -> Environment:
    """The terminal facts of this invocation (honouring --no-color)."""
    from llmengines.environment import Environment

    return Environment.detect(no_color=_state.no_color)


def output(
    make: Callable[[Environment], Records | Document | Grid],
    fmt: OutputFormat | None,
    json_flag: bool,
    fields: str | None,
    svg: Path | None = None,
    *,
    no_pager: bool = True,
) -> None:
    """Choose the format, build the result for it (colour only for tables), and write it to stdout.

    With ``svg``, the table view is also rendered, in colour, to that file. Unless ``no_pager``, a table taller
    than the terminal goes through the pager (commands that take ``--no-pager`` pass it on).
    """
    from llmengines.render import asks_for_field_list, choose_format, emit, field_list_note, parse_fields, save_svg

    here = env()
    chosen = choose_format(fmt, json_flag, here)
    selected = parse_fields(fields)
    if svg is not None:  # first: a picture that cannot be saved fails the command before stdout gets data
        save_svg(make, selected, svg)
    result = make(here if chosen is OutputFormat.TABLE else here.plain())
    emit(result, chosen, here, selected, page=not no_pager)
    if asks_for_field_list(selected) and (note := field_list_note(result, chosen)):
        sys.stderr.write(f"{note}\n")
    if _state.answered is not None:
        from llmengines.staleness import maybe_warn

        maybe_warn(_state.answered)


# --- the process ------------------------------------------------------------------------------------------------


def _fail(message: str, code: ExitCode) -> NoReturn:
    # One line, always: a name or path typed with a newline in it must not split the message, and a control
    # character from a file, a path or the network must not reach the terminal: both are shown escaped.
    _say(f"error: {visible(message)}\n")
    raise SystemExit(int(code))


def _say(text: str) -> None:
    """Write to stderr; where stderr itself cannot be written (closed, full) there is nobody to tell."""
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError, LlmEnginesError):
        pass


class _Guarded:
    """A standard stream for one run: a write that fails (closed, full, an I/O error) is one documented error.

    A reader that went away (a broken pipe) is left to :func:`main`, which reports it as success.
    """

    def __init__(self, stream: Any, name: str) -> None:
        self._stream = stream
        self._name = name
        self.failed = False

    def _error(self, reason: str) -> OutputError:
        self.failed = True
        return OutputError(f"cannot write output: {self._name}: {reason}")

    def write(self, text: str) -> int:
        if self._stream is None:
            raise self._error("it is closed")
        try:
            return int(self._stream.write(text))
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:  # ValueError: a stream closed under us ("I/O operation on closed file")
            raise self._error(getattr(exc, "strerror", None) or str(exc)) from None

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:
            raise self._error(getattr(exc, "strerror", None) or str(exc)) from None

    def isatty(self) -> bool:
        return self._stream is not None and bool(self._stream.isatty())

    def __getattr__(self, name: str) -> Any:
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


def _reset_state() -> None:
    # Every run starts from the defaults, whatever the fields: main() runs many times in one process (tests), and
    # an option such as --debug must not carry over to a run that fails before the callback sets it again.
    fresh = State()
    for name in State.__slots__:
        setattr(_state, name, getattr(fresh, name))


_BROKEN_PIPE = -1  # not an exit status: the reader of stdout went away, which main() reports as success


def main(argv: list[str] | None = None) -> None:
    """Run the CLI: every error is one line on stderr with a documented exit code."""
    from llmengines.environment import ignore_bad_terminal_sizes

    _reset_state()
    ignore_bad_terminal_sizes()
    streams = sys.stdout, sys.stderr
    out, err = _Guarded(sys.stdout, "stdout"), _Guarded(sys.stderr, "stderr")
    sys.stdout, sys.stderr = out, err
    try:
        code = _run(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        # Click swaps in wrappers that swallow a broken pipe; put the real streams back so nothing outlives this
        # run (the tests call main() many times in one process).
        sys.stdout, sys.stderr = streams
    for guarded, fd in ((out, 1), (err, 2)):
        if guarded.failed:  # what is still buffered would fail again at exit, and Python would then exit 120
            _discard(fd)
    if code == _BROKEN_PIPE:
        _quiet_broken_pipe()
    if code:
        raise SystemExit(code)


def _run(argv: list[str] | None) -> int:
    # Typer 0.28 vendors Click as typer._click (see the version bound in pyproject.toml).
    from typer._click import exceptions as click_errors

    try:
        try:
            if os.environ.get("_LLMENGINES_COMPLETE"):
                _plain_completion_help()
            command = click_command(argv)
            returned = command.main(args=argv, prog_name="llmengines", standalone_mode=False)
        finally:
            sys.stdout.flush()  # here, so that a broken pipe is caught below rather than at exit
        # Without standalone mode, Typer turns Ctrl-C into Exit(130) and returns its code instead of raising it.
        if returned == ExitCode.INTERRUPTED:
            _say("interrupted\n")
            return int(ExitCode.INTERRUPTED)
        return int(ExitCode.OK)
    except LlmEnginesError as exc:
        with contextlib.suppress(OutputError, BrokenPipeError):  # the error being reported comes first
            sys.stdout.flush()
        for problem in getattr(exc, "problems", []):
            _say(f"{visible(str(problem))}\n")  # one line each, as the error
        _fail(str(exc), exc.exit_code)
    except click_errors.NoArgsIsHelpError as exc:
        if exc.ctx is not None:  # as --help prints it (Click's echo copes with a stdout that cannot take '✓')
            from typer._click import echo

            try:
                echo(exc.ctx.get_help())
            except OutputError as error:
                _fail(str(error), error.exit_code)
            except BrokenPipeError:
                return _BROKEN_PIPE
            except OSError as error:
                _output_failed(error)
        return int(ExitCode.OK)
    except click_errors.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        _fail(f"{exc.format_message()}{hint}", ExitCode.USAGE)
    except click_errors.ClickException as exc:
        _fail(exc.format_message(), ExitCode.USAGE)
    except (typer.Abort, KeyboardInterrupt):
        _say("interrupted\n")
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return _BROKEN_PIPE
    except typer.Exit as exc:
        return int(exc.exit_code)
    except SystemExit:
        if isinstance(sys.stdout, _pacified()):  # Click saw the broken pipe first and chose status 1
            return _BROKEN_PIPE
        raise
    except Exception as exc:  # a bug: say so in one line, and how to see more
        if isinstance(exc, OSError) and exc.errno in _OUTPUT_ERRNOS:
            _output_failed(exc)
        if _state.debug:
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {exc} — please report it; run with --debug for the traceback",
            ExitCode.INTERNAL,
        )


# What a write to a full or broken stdout raises where Click writes past our guard (it re-wraps the binary
# stream of an ASCII-configured stdout as UTF-8): no space, quota, file too large, I/O error, closed.
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})


def _output_failed(exc: OSError) -> NoReturn:
    guarded = sys.stdout
    if isinstance(guarded, _Guarded):
        guarded.failed = True  # so that what is still buffered is discarded, not flushed again at exit
    _fail(f"cannot write output: {exc.strerror or exc}", ExitCode.USAGE)


def click_command(argv: list[str] | None = None) -> Any:
    """The Click command for this run, with only the subcommand it names.

    Typer converts every command's parameters on every run (Typer has no lazy subcommands), and that grows with
    each command added; a run names one command, so only that one is built. Anything else — no command, a
    misspelt one, help, completion of the command name — gets the whole tree, so messages and listings are the
    same as ever.
    """
    names = {
        typer.main.get_command_name(i.name or i.callback.__name__): i for i in app.registered_commands if i.callback
    }
    name = _command_name(_words(argv), names)
    if name is None:
        return typer.main.get_command(app)
    one = copy.copy(app)
    one.registered_commands = [names[name]]
    one.registered_groups = []
    return typer.main.get_command(one)


def _words(argv: list[str] | None) -> list[str]:
    """The complete words of the command line (for a completion request, those before the one being completed)."""
    shell = os.environ.get("_LLMENGINES_COMPLETE", "")
    if not shell:
        return list(sys.argv[1:] if argv is None else argv)
    import shlex

    try:
        if shell == "complete_bash":
            words = shlex.split(os.environ.get("COMP_WORDS", ""))
            return words[1 : int(os.environ.get("COMP_CWORD", "0"))]
        line = os.environ.get("_TYPER_COMPLETE_ARGS", "")
        words = shlex.split(line)[1:]
    except ValueError:  # an open quote, a bad COMP_CWORD: let Typer see the request as it is
        return []
    return words if line.endswith(" ") else words[:-1]


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


def _pacified() -> type:
    from typer._click.utils import PacifyFlushWrapper

    return PacifyFlushWrapper


def _plain_completion_help() -> None:
    # Typer renders each completion's description through Rich (for markup) in zsh and fish, which costs more
    # than the rest of the completion. This app uses no markup (rich_markup_mode=None), so the text is final.
    from typer import _completion_classes

    def plain(text: str) -> str:
        return text

    _completion_classes._sanitize_help_text = plain


def _discard(fd: int) -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
    except (OSError, ValueError):
        pass


def _quiet_broken_pipe() -> NoReturn:
    # The reader went away (`| head`): that is success for us, and Python must not complain while exiting.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (in-process tests): nothing will be flushed to it
        pass
    raise SystemExit(int(ExitCode.OK))


# Registering the commands; each module owns one area of the CLI.
from llmengines.commands import data as _data  # noqa: E402, F401
from llmengines.commands import devices as _devices  # noqa: E402, F401
from llmengines.commands import editions as _editions  # noqa: E402, F401
from llmengines.commands import evaluation as _evaluation  # noqa: E402, F401
from llmengines.commands import knowledge as _knowledge  # noqa: E402, F401
from llmengines.commands import overlays as _overlays  # noqa: E402, F401
from llmengines.commands import query as _query  # noqa: E402, F401
