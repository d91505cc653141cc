"""llmengines — which LLM inference engine fits your hardware, precision, scale and goals.

The library is usable without the CLI::

    import llmengines
    data = llmengines.load()
    vllm = llmengines.get_engine(data, "vLLM")
"""

# No ``from __future__ import annotations`` here: it would put a name ``annotations`` into the public namespace.
__version__ = "0.1.0"

# Not typing.TYPE_CHECKING: the package is imported first on every run, before anything else can be; type
# checkers treat any constant of this name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from llmengines.dataset import bundled as load
    from llmengines.errors import DataError, ExitCode, LlmEnginesError, UnknownNameError, UsageError
    from llmengines.models import Dataset, Engine, Technique
    from llmengines.queries import engine_matcher, get_engine

# The library API is imported on first use, not with the package: every CLI run imports ``llmengines`` (for
# ``__version__``) and must not pay for the dataset and its models unless the command needs them.
_LAZY = {
    "load": ("llmengines.dataset", "bundled"),
    "DataError": ("llmengines.errors", "DataError"),
    "ExitCode": ("llmengines.errors", "ExitCode"),
    "LlmEnginesError": ("llmengines.errors", "LlmEnginesError"),
    "UnknownNameError": ("llmengines.errors", "UnknownNameError"),
    "UsageError": ("llmengines.errors", "UsageError"),
    "Dataset": ("llmengines.models", "Dataset"),
    "Engine": ("llmengines.models", "Engine"),
    "Technique": ("llmengines.models", "Technique"),
    "engine_matcher": ("llmengines.queries", "engine_matcher"),
    "get_engine": ("llmengines.queries", "get_engine"),
}


def __getattr__(name: str) -> "Any":
    """Import a name of the library API on first access (PEP 562)."""
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'llmengines' has no attribute {name!r}") from None
    from importlib import import_module

    value = getattr(import_module(module_name), attribute)
    globals()[name] = value  # later accesses skip this function
    return value


def __dir__() -> list[str]:
    """The public API (``__all__``) and the module's dunders; not helpers, and each name once."""
    return sorted({*__all__, *(n for n in globals() if n.startswith("__") and n.endswith("__"))})


_cli_run = False  # set by run(): see llmengines.record_class.cli_run


def run() -> None:
    """The ``llmengines`` command (the console-script entry point).

    Ctrl-C ends the process at once with status 130 and one line. Python's own handling raises
    KeyboardInterrupt wherever the interpreter happens to be — inside an import, or in a callback where it can
    only print "Exception ignored … Traceback" — so a query tool with nothing to clean up does better to stop.
    """
    try:
        try:  # the C module: signal.py also builds three enums (an import of enum) that this never uses
            from _signal import SIGINT, signal  # type: ignore[import-not-found,unused-ignore]
        except ImportError:  # an interpreter without it
            from signal import SIGINT, signal

        signal(SIGINT, _interrupted)
    except KeyboardInterrupt:  # it came before the handler was in place
        _interrupted(2, None)
    import gc

    # A run is one short burst of allocation (the data, its records, the output) whose cycles the exit frees: the
    # cyclic collector would only walk the same objects again and again (~3 ms of a query here). The largest
    # run measured, a first load of a 1,000-engine overlay, peaks at the same memory either way. Only here, in
    # the process's own entry point: main() may run inside someone else's process.
    gc.disable()
    globals()["_cli_run"] = True  # records are defined the cheap way (llmengines.record_class.cli_run)
    from llmengines.cli import main

    try:
        main()
        code = 0
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:  # as Python reports it: the message on stderr, status 1
            _stderr_line(str(exc.code))
            code = 1
    _exit(code)


def _stderr_line(text: str) -> None:
    import sys

    sys.stderr.write(f"{text}\n")


def _exit(code: int) -> None:
    """End the process without the interpreter's teardown, once stdout and stderr are flushed.

    Nothing is left to clean up when a command has returned, and a full teardown costs several times what a query
    does. The streams are flushed first, so a stdout whose reader went away is still success (as in main()) and
    one that cannot be written (a full disk) is one line and status 2, as in main().
    """
    import os
    import sys

    try:
        if sys.stdout is not None:  # None: started with stdout closed (main() has said so)
            sys.stdout.flush()
    except BrokenPipeError:
        code = code or 0
    except (OSError, ValueError) as exc:
        try:  # noqa: SIM105 - contextlib costs an import on every run
            os.write(2, f"error: cannot write output: stdout: {getattr(exc, 'strerror', None) or exc}\n".encode())
        except OSError:  # stderr closed as well: nobody to tell
            pass
        code = code or 2
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(code)


def _interrupted(signum: int, frame: object) -> None:
    import os

    os.write(2, b"interrupted\n")
    os._exit(130)


__all__ = [
    "DataError",
    "Dataset",
    "Engine",
    "ExitCode",
    "LlmEnginesError",
    "Technique",
    "UnknownNameError",
    "UsageError",
    "__version__",
    "engine_matcher",
    "get_engine",
    "load",
    "run",
]

del TYPE_CHECKING  # it did its work above; it is not part of the API
