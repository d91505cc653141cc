"""The fast path: run a common command line without importing Typer, or say it is not sure (None).

It parses with :data:`llmengines.cli_table.TABLE`, generated from the Typer app, and accepts only what it
can parse exactly as Click would: known options spelt in full (``--opt value``, ``--opt=value``, ``-o value``),
each single-valued option at most once, the arguments the command takes, values that do not start with ``-``.
Anything else — help, ``--``, an unknown or repeated option, a bad number or choice, a missing argument —
returns None and the run goes through Typer, which gives the messages. ``tests/test_fast.py`` runs both
paths over thousands of command lines and compares stdout, stderr and exit status.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class _NotSure(Exception):
    """The command line is not one the fast path is sure about."""


def run(argv: list[str]) -> int | None:
    """Run ``argv`` and return its exit status, or None (nothing done) when Typer must decide."""
    import os

    if os.environ.get("_LLMENGINES_COMPLETE"):
        return None
    if argv == ["--version"]:
        import sys

        from llmengines import __version__

        sys.stdout.write(f"llmengines {__version__}\n")
        return 0
    from llmengines.cli_table import TABLE as GENERATED

    TABLE: dict[str, Any] = GENERATED

    try:
        name, root, kwargs = parse(argv, TABLE)
    except _NotSure:
        return None
    from importlib import import_module

    from llmengines.registry import COMMANDS
    from llmengines.session import set_globals

    import_module(TABLE["commands"][name]["module"])
    set_globals(no_color=root["no_color"], debug=root["debug"], data=root["data"])
    COMMANDS[name].invoke(kwargs)
    return 0


def parse(argv: list[str], table: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """The command, the root options and the command's parameters (as Typer passes them); :class:`_NotSure`."""
    root_params = table["root"]
    i, root = _options(argv, 0, root_params, stop_at_argument=True)
    if i >= len(argv) or argv[i] not in table["commands"]:
        raise _NotSure
    name = argv[i]
    command = table["commands"][name]
    _, kwargs = _options(argv, i + 1, command["params"], stop_at_argument=False)
    return name, root, kwargs


def _options(
    argv: list[str], start: int, params: list[dict[str, Any]], *, stop_at_argument: bool
) -> tuple[int, dict[str, Any]]:
    by_opt: dict[str, tuple[dict[str, Any], bool]] = {}
    for p in params:
        if p["kind"] == "option":
            for opt in p["opts"]:
                by_opt[opt] = (p, True)
            for opt in p["secondary"]:
                by_opt[opt] = (p, False)
    arguments = [p for p in params if p["kind"] == "argument"]
    given: dict[str, list[Any]] = {}
    positional: list[str] = []
    i = start
    while i < len(argv):
        token = argv[i]
        if token.startswith("-") and token != "-":
            if token == "--":
                raise _NotSure
            opt, eq, inline = token.partition("=") if token.startswith("--") else (token, "", "")
            if opt not in by_opt:
                raise _NotSure
            p, primary = by_opt[opt]
            if not p["plain"]:
                raise _NotSure
            if p["flag"]:
                if eq:
                    raise _NotSure
                value: Any = primary
            else:
                if eq:
                    text = inline
                else:
                    i += 1
                    if i >= len(argv):
                        raise _NotSure
                    text = argv[i]
                if text.startswith("-"):
                    raise _NotSure
                value = _convert(p, text)
            given.setdefault(p["name"], []).append(value)
            if len(given[p["name"]]) > 1 and not p["multiple"]:
                raise _NotSure
        elif stop_at_argument:
            break
        else:
            positional.append(token)
        i += 1
    kwargs: dict[str, Any] = {}
    for p in params:
        if p["kind"] != "option":
            continue
        values = given.get(p["name"])
        if values is None:
            if p["required"]:
                raise _NotSure
            kwargs[p["name"]] = _convert(p, p["default"]) if p["enum"] and p["default"] is not None else p["default"]
        else:
            kwargs[p["name"]] = values if p["multiple"] else values[0]
    for p in arguments:
        if not p["plain"] or p["type"] not in ("str",):
            raise _NotSure
        if p["nargs"] == -1:
            taken, positional = positional, []
            if not taken and p["required"]:
                raise _NotSure
            kwargs[p["name"]] = taken if taken else p["default"]
        elif p["nargs"] == 1:
            if not positional:
                if p["required"]:
                    raise _NotSure
                kwargs[p["name"]] = p["default"]
            else:
                kwargs[p["name"]] = positional.pop(0)
        else:
            raise _NotSure
    if positional and not stop_at_argument:
        raise _NotSure
    return i, kwargs


def _convert(p: dict[str, Any], text: str) -> Any:
    kind = p["type"]
    if kind == "str":
        return text
    if kind == "int":
        if not (text.isascii() and text.isdigit()):
            raise _NotSure
        number = int(text)
        if (p.get("min") is not None and number < p["min"]) or (p.get("max") is not None and number > p["max"]):
            raise _NotSure
        return number
    if kind == "choice" and p["enum"]:
        wanted = text if p["case_sensitive"] else text.lower()
        for choice in p["choices"]:
            if (choice if p["case_sensitive"] else choice.lower()) == wanted:
                module, _, name = p["enum"].partition(":")
                from importlib import import_module

                return getattr(import_module(module), name)(choice)
        raise _NotSure
    raise _NotSure
