"""The CLI's commands, one module per area; each registers its commands with :func:`llmengines.registry.command`.

:data:`MODULES` is the one list of them: the Typer app imports them all; the fast path imports only the module of
the command it runs (the generated option table, :mod:`llmengines.cli_table`, says which).
"""

from __future__ import annotations

MODULES = (
    "llmengines.commands.data",
    "llmengines.commands.devices",
    "llmengines.commands.editions",
    "llmengines.commands.evaluation",
    "llmengines.commands.knowledge",
    "llmengines.commands.overlays",
    "llmengines.commands.query",
)


def load_all() -> None:
    """Import every command module, which registers its commands (in the order of :data:`MODULES`)."""
    from importlib import import_module

    for name in MODULES:
        import_module(name)
