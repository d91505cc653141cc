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
from llmengines.errors import ExitCode, LlmEnginesError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn


def __getattr__(name: str) -> Any:
    # ``llmengines.cli.app`` is the Typer app, built on first access (the fast path never builds it).
    if name == "app":
        from llmengines.app import app

        return app
    raise AttributeError(f"module 'llmengines.cli' has no attribute {name!r}")


_LINE_BREAKS = {ord(c): c.encode("unicode_escape").decode("ascii") for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"}


def _fail(message: str, code: ExitCode) -> NoReturn:
    # One line, always: a name or path typed with a newline in it must not split the message.
    # Every character str.splitlines() breaks at, not only \n and \r, is shown escaped (\n, \x0c, \u2028 …).
    one_line = message.translate(_LINE_BREAKS)
    sys.stderr.write(f"error: {one_line}\n")
    raise SystemExit(int(code))


_BROKEN_PIPE = -1  # not an exit status: the reader of stdout went away, which main() reports as success


def main(argv: list[str] | None = None) -> None:
    """Run the CLI: every error is one line on stderr with a documented exit code."""
    session.reset()
    streams = sys.stdout, sys.stderr
    try:
        code = _run(argv)
    finally:
        # Click swaps in wrappers that swallow a broken pipe; put the real streams back so nothing outlives this
        # run (the tests call main() many times in one process), nor its global options.
        sys.stdout, sys.stderr = streams
        session.reset()
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
            _flush_stdout()  # here, so that a broken pipe or a full disk is caught below rather than at exit
        return code
    except _Unwritable as exc:
        sys.stderr.write(f"error: cannot write to stdout: {exc}\n")
        return int(ExitCode.INTERNAL)
    except LlmEnginesError as exc:
        sys.stdout.flush()
        for problem in getattr(exc, "problems", []):
            sys.stderr.write(f"{str(problem).translate(_LINE_BREAKS)}\n")  # one line each, as the error
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return _BROKEN_PIPE
    except SystemExit:
        raise
    except OSError as exc:
        # A write to stdout that fails (a full disk) has no file name; failures of named files are data errors.
        if exc.filename is not None or exc.errno not in _UNWRITABLE or session.state.debug:
            raise
        _discard_stdout()
        sys.stderr.write(f"error: cannot write to stdout: {exc.strerror}\n")
        return int(ExitCode.INTERNAL)
    except Exception as exc:  # a bug: say so in one line, and how to see more
        if session.state.debug:
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {exc} — please report it; run with --debug for the traceback",
            ExitCode.INTERNAL,
        )


class _Unwritable(Exception):
    """Stdout cannot take the output (a full disk, an I/O error); the reader going away is not this."""


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _discard_stdout()
        raise _Unwritable(exc.strerror or str(exc)) from None


_UNWRITABLE = {28, 122, 27, 5}  # ENOSPC, EDQUOT, EFBIG, EIO (Linux numbers; errno is not imported for them)


def _discard_stdout() -> None:
    # What could not be written is dropped, so that no later flush (at exit) fails again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
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
        if returned == ExitCode.INTERRUPTED:
            sys.stderr.write("interrupted\n")
            return int(ExitCode.INTERRUPTED)
        return int(ExitCode.OK)
    except click_errors.NoArgsIsHelpError as exc:
        if exc.ctx is not None:  # as --help prints it (Click's echo copes with a stdout that cannot take '✓')
            typer_shim.echo(exc.ctx.get_help())
        return int(ExitCode.OK)
    except click_errors.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        _fail(f"{exc.format_message()}{hint}", ExitCode.USAGE)
    except click_errors.ClickException as exc:
        _fail(exc.format_message(), ExitCode.USAGE)
    except typer.Abort:
        sys.stderr.write("interrupted\n")
        return int(ExitCode.INTERRUPTED)
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
    raise SystemExit(int(ExitCode.OK))
