"""The top-level ``--help``: commands grouped by the question they answer, descriptions never cut.

Typer groups commands into panels (``rich_help_panel``) only when it renders help with Rich; this app renders
plain help (``rich_markup_mode=None``, so that brackets in help text stay), where Typer lists every command
under one "Commands" heading in registration order and Click cuts each description to fit with "...". The
group class below draws the same list in the panels of :data:`PANELS`, with each command's whole first
sentence (wrapped, not cut). It uses only Typer's public ``TyperGroup`` and Click's public formatter API.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperGroup

# The order people need them in: the main job first, then what the survey knows, then the data, then their own.
PANELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Find the engine for the job", ("find", "compare", "rank", "recommend", "facets", "matrix")),
    ("What the survey knows", ("techniques", "technique", "devices", "pricing", "evaluation", "results")),
    ("The data", ("list", "show", "changes", "export", "schema", "info")),
    ("Your own data", ("validate", "template", "refresh")),
)
OTHER_PANEL = "Other commands"

# A description as long as this is still one line of help; Click's default would cut it at ~45-60 characters.
_NO_LIMIT = 10_000


def panels(names: list[str]) -> list[tuple[str, list[str]]]:
    """The commands ``names`` grouped as :data:`PANELS` says; any command not listed comes last, under "Other"."""
    listed = {name for _, members in PANELS for name in members}
    grouped = [(title, [n for n in members if n in names]) for title, members in PANELS]
    grouped.append((OTHER_PANEL, [n for n in names if n not in listed]))
    return [(title, members) for title, members in grouped if members]


def one_line(command: Any) -> str:
    """A command's one-line description: its ``short_help``, else the first sentence of its help, uncut."""
    return str(command.get_short_help_str(limit=_NO_LIMIT))


class GroupedCommands(TyperGroup):
    """Typer's group, listing its commands in :data:`PANELS` with uncut descriptions."""

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        visible = {}
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                visible[name] = command
        width = max(map(len, visible), default=0)  # one column of names across the panels, not one per panel
        for title, members in panels(list(visible)):
            with formatter.section(title):
                formatter.write_dl([(name.ljust(width), one_line(visible[name])) for name in members])
