"""The ``llmengines`` process: run one command line, and make every error one line with a documented exit code.

A common command line (a query with JSON or pipe output, ``--version``, a TAB completion) runs on the fast path
(:mod:`llmengines.fast`), which parses it with the option table generated from the Typer app and never imports
Typer; everything else — help, usage errors, anything the fast path is not sure about — runs through the Typer app
(:mod:`llmengines.app`). Errors become one line on stderr and an :class:`~llmengines.errors.ExitCode`, here.
"""

from __future__ import annotations

import os
import sys

from llmengines import session
from llmengines.completers import complete_engine, complete_ids  # noqa: F401 - part of this module's API
from llmengines.errors import LlmEnginesError, OutputError, Status

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn


def __getattr__(name: str) -> Any:
    # ``llmengines.cli.app`` is the Typer app, built on first access (the fast path never builds it).
    if name == "app":
        from llmengines.app import app

        return app
    raise AttributeError(f"module 'llmengines.cli' has no attribute {name!r}")


def _fail(message: str, code: int) -> NoReturn:
    # One line, always: a name or path typed with a newline in it must not split the message, and a control
    # character from a file, a path or the network must not reach the terminal: both are shown escaped.
    from llmengines.escaping import visible

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


_BROKEN_PIPE = -1  # not an exit status: the reader of stdout went away, which main() reports as success


def main(argv: list[str] | None = None) -> None:
    """Run the CLI: every error is one line on stderr with a documented exit code."""
    session.reset()
    if "COLUMNS" in os.environ or "LINES" in os.environ:  # (environment is not imported by --version otherwise)
        from llmengines.environment import ignore_bad_terminal_sizes

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
        # run (the tests call main() many times in one process), nor its global options.
        sys.stdout, sys.stderr = streams
        session.reset()
    for guarded, fd in ((out, 1), (err, 2)):
        if guarded.failed:  # what is still buffered would fail again at exit, and Python would then exit 120
            _discard(fd)
    if code == _BROKEN_PIPE:
        _quiet_broken_pipe()
    if code:
        raise SystemExit(code)


def _run(argv: list[str] | None) -> int:
    try:
        try:
            from llmengines import fast

            code = fast.run(sys.argv[1:] if argv is None else list(argv))
            if code is None:  # not sure: Typer decides
                code = _run_typer(argv)
        finally:
            sys.stdout.flush()  # here, so that a broken pipe or a full disk is caught below rather than at exit
        return code
    except LlmEnginesError as exc:
        try:  # noqa: SIM105 - the error being reported comes first (contextlib costs an import on every run)
            sys.stdout.flush()
        except (OutputError, BrokenPipeError):
            pass
        from llmengines.escaping import visible

        for problem in getattr(exc, "problems", []):
            _say(f"{visible(str(problem))}\n")  # one line each, as the error
        _fail(str(exc), exc.status)
    except KeyboardInterrupt:
        _say("interrupted\n")
        return int(Status.INTERRUPTED)
    except BrokenPipeError:
        return _BROKEN_PIPE
    except SystemExit:
        raise
    except Exception as exc:  # a bug: say so in one line, and how to see more
        if isinstance(exc, OSError) and exc.filename is None and exc.errno in _OUTPUT_ERRNOS:
            _output_failed(exc)
        if session.state.debug:
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {exc} — please report it; run with --debug for the traceback",
            Status.INTERNAL,
        )


# What a write to a full or broken stdout raises where Click writes past our guard (it re-wraps the binary
# stream of an ASCII-configured stdout as UTF-8): no space, quota, file too large, I/O error, closed
# (ENOSPC, EDQUOT, EFBIG, EIO, EBADF: Linux numbers; errno is not imported for them).
_OUTPUT_ERRNOS = frozenset({28, 122, 27, 5, 9})


def _output_failed(exc: OSError) -> NoReturn:
    guarded = sys.stdout
    if isinstance(guarded, _Guarded):
        guarded.failed = True  # so that what is still buffered is discarded, not flushed again at exit
    _fail(f"cannot write output: {exc.strerror or exc}", Status.USAGE)


def _discard(fd: int) -> None:
    # What could not be written is dropped, so that no later flush (at exit) fails again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
    except (OSError, ValueError):
        pass


def _run_typer(argv: list[str] | None) -> int:
    """Run the command line through the Typer app; Click's outcomes become exit codes (other errors propagate)."""
    import typer

    from llmengines import typer_shim

    click_errors = typer_shim.click_exceptions()
    try:
        if os.environ.get("_LLMENGINES_COMPLETE"):
            typer_shim.plain_completion_help()
        command = click_command(argv)
        try:
            returned = command.main(args=argv, prog_name="llmengines", standalone_mode=False)
        finally:
            sys.stdout.flush()
        # Without standalone mode, Typer turns Ctrl-C into Exit(130) and returns its code instead of raising it.
        if returned == Status.INTERRUPTED:
            _say("interrupted\n")
            return int(Status.INTERRUPTED)
        return int(Status.OK)
    except click_errors.NoArgsIsHelpError as exc:
        if exc.ctx is not None:  # as --help prints it (Click's echo copes with a stdout that cannot take '✓')
            try:
                typer_shim.echo(exc.ctx.get_help())
            except OutputError as error:
                _fail(str(error), error.status)
            except BrokenPipeError:
                return _BROKEN_PIPE
            except OSError as error:
                _output_failed(error)
        return int(Status.OK)
    except click_errors.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        _fail(f"{exc.format_message()}{hint}", Status.USAGE)
    except click_errors.ClickException as exc:
        _fail(exc.format_message(), Status.USAGE)
    except typer.Abort:
        _say("interrupted\n")
        return int(Status.INTERRUPTED)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except SystemExit:
        if isinstance(sys.stdout, typer_shim.pacified_stream_type()):  # Click saw the broken pipe and chose 1
            return _BROKEN_PIPE
        raise


def click_command(argv: list[str] | None = None) -> Any:
    """The Click command for this run, with only the subcommand it names (see :func:`llmengines.app.click_command`)."""
    from llmengines.app import click_command as build

    return build(argv, _words(argv))


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


def _quiet_broken_pipe() -> NoReturn:
    # The reader went away (`| head`): that is success for us, and Python must not complain while exiting.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (in-process tests): nothing will be flushed to it
        pass
    raise SystemExit(int(Status.OK))
