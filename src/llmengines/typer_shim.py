"""The one place that touches private Typer/Click names (Typer 0.28, pinned in pyproject.toml).

Typer 0.28 vendors Click as ``typer._click``; its exceptions, ``echo`` and ``PacifyFlushWrapper`` are only
reachable there. ``tests/test_typer_shim.py`` fails when a Typer release moves or changes what is used here.
"""

from __future__ import annotations

from typing import Any


def click_exceptions() -> Any:
    """Click's exception classes (``UsageError``, ``NoArgsIsHelpError``, ``ClickException``, …)."""
    from typer._click import exceptions

    return exceptions


def echo(text: str) -> None:
    """Click's ``echo`` (it copes with a stdout that cannot encode every character, as ``--help`` does)."""
    from typer._click import echo as click_echo

    click_echo(text)


def pacified_stream_type() -> type:
    """The wrapper Click puts around stdout once it has seen a broken pipe."""
    from typer._click.utils import PacifyFlushWrapper

    return PacifyFlushWrapper


def plain_completion_help() -> None:
    """Skip Typer's Rich rendering of completion descriptions (zsh, fish).

    Typer renders each description through Rich (for markup), which costs more than the rest of the completion.
    This app uses no markup (``rich_markup_mode=None``), so the text is already final.
    """
    from typer import _completion_classes

    def plain(text: str) -> str:
        return text

    _completion_classes._sanitize_help_text = plain
