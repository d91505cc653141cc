"""The CLI's commands, declared without Typer: a command module decorates its functions with :func:`command`.

This is what lets a query run without importing Typer: the fast path (:mod:`llmengines.fast`) calls the
registered function directly, and the Typer app (:mod:`llmengines.app`) turns the same registrations into Typer
commands when Typer is needed (help, errors, anything unusual). Write a command as for ``@app.command``::

    @command("show", epilog=EXIT_CODES_HELP)
    def show_command(engine: EngineArgument, fmt: FormatOption = None) -> None: ...

with the annotation aliases of :mod:`llmengines.options` imported under ``TYPE_CHECKING`` (they are evaluated by
the app, with Typer, only when it builds the command). The module must be listed in
:data:`llmengines.commands.MODULES`; then ``python -m llmengines.build_cli`` regenerates the option table.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

EXIT_CODES_HELP = (
    "Exit status: 0 success (also when nothing matches), 1 internal error, 2 usage error "
    "(unknown option, engine or id), 3 data error (a data file that cannot be read or validated), "
    "130 interrupted."
)

# The global options as a command takes them after its own name (see llmengines.options.GLOBALS_AFTER).
GLOBALS_AFTER = ("global_no_color", "global_debug", "global_data", "global_source", "global_as_of")


class Command:
    """One registered command: its name, the function, and the settings ``app.command(...)`` would take."""

    __slots__ = ("callback", "name", "settings")

    def __init__(self, name: str, callback: Callable[..., None], settings: dict[str, Any]) -> None:
        self.name = name
        self.callback = callback
        self.settings = settings

    def invoke(self, kwargs: dict[str, Any]) -> None:
        """Run the command with its parsed parameters (global options given after the command included)."""
        given = {name.removeprefix("global_"): kwargs.pop(name) for name in GLOBALS_AFTER if name in kwargs}
        if any(given.values()):
            from llmengines.session import set_globals

            set_globals(**{name: value for name, value in given.items() if value})
        self.callback(**kwargs)


COMMANDS: dict[str, Command] = {}


def command(name: str, **settings: Any) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register the decorated function as the command ``name`` (``settings`` as for Typer's ``app.command``)."""

    def register(callback: Callable[..., None]) -> Callable[..., None]:
        if name in COMMANDS and COMMANDS[name].callback is not callback:
            raise ValueError(f"two commands named {name!r}")
        COMMANDS[name] = Command(name, callback, settings)
        return callback

    return register
