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


def import_module(name: str) -> Any:
    """The module ``name``, imported: :func:`importlib.import_module` without importing :mod:`importlib`."""
    import sys

    __import__(name)
    return sys.modules[name]


class _NotSure(Exception):
    """The command line is not one the fast path is sure about."""


def run(argv: list[str]) -> int | None:
    """Run ``argv`` and return its exit status, or None (nothing done) when Typer must decide."""
    import os

    shell = os.environ.get("_LLMENGINES_COMPLETE")
    if shell:
        return complete(shell, os.environ)
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
    from llmengines.registry import COMMANDS
    from llmengines.session import set_globals

    import_module(TABLE["commands"][name]["module"])
    # As the app's root callback does: every plain root option (--no-color, --debug, --data, …) by its name.
    set_globals(**{p["name"]: root[p["name"]] for p in TABLE["root"] if p["plain"] and p["expose"]})
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
        if p["kind"] != "option" or not p["expose"]:
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
        wanted = text if p["case_sensitive"] else text.casefold()
        for choice in p["choices"]:
            if (choice if p["case_sensitive"] else choice.casefold()) == wanted:
                module, _, name = p["enum"].partition(":")
                return getattr(import_module(module), name)(choice)
        raise _NotSure
    raise _NotSure


# --- shell completion ---------------------------------------------------------------------------------------------

_SAFE = frozenset(" !#%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~")


def complete(shell: str, environ: Any) -> int | None:
    """Answer a completion request as Typer's bash, zsh or fish completion does, or None (Typer answers)."""
    import sys

    try:
        items = _completions_for(environ)
    except _NotSure:
        return None
    if shell == "complete_bash":
        text = "\n".join(value for value, _ in items)
    elif shell == "complete_zsh":
        shown = [f'"{_zsh(v)}":"{_zsh(h)}"' if h else f'"{_zsh(v)}"' for v, h in items]
        text = "_arguments '*: :((" + "\n".join(shown) + "))'" if shown else "_files"
    else:
        text = "\n".join(f"{v}\t{''.join(' ' if c.isspace() else c for c in h)}" if h else v for v, h in items)
    sys.stdout.write(text + "\n")
    return 0


def _completions_for(environ: Any) -> list[tuple[str, str]]:
    """The (value, help) pairs a completion request asks for; :class:`_NotSure` where Typer must answer."""
    from llmengines.cli_table import TABLE as GENERATED

    table: dict[str, Any] = GENERATED
    shell = environ.get("_LLMENGINES_COMPLETE", "")
    if shell == "complete_bash":
        line, cword = environ.get("COMP_WORDS", ""), environ.get("COMP_CWORD", "")
        if not (cword.isascii() and cword.isdigit()):
            raise _NotSure
        words = _split(line)
        args, incomplete = words[1 : int(cword)], (words[int(cword)] if int(cword) < len(words) else "")
    elif shell == "complete_zsh" or (
        shell == "complete_fish" and environ.get("_TYPER_COMPLETE_FISH_ACTION", "") == "get-args"
    ):
        line = environ.get("_TYPER_COMPLETE_ARGS", "")
        args = _split(line)[1:]
        incomplete = ""
        if args and not line.endswith(" "):
            incomplete = args.pop()
    else:
        raise _NotSure
    return _completions(args, incomplete, table)


def _split(line: str) -> list[str]:
    # Click splits with shlex; without quotes, backslashes or unusual whitespace that is str.split(" ").
    if not set(line) <= _SAFE:
        raise _NotSure
    return [word for word in line.split(" ") if word]


def _zsh(text: str) -> str:
    return text.replace('"', '""').replace("'", "''").replace("$", "\\$").replace("`", "\\`").replace(":", r"\\:")


def _completions(args: list[str], incomplete: str, table: dict[str, Any]) -> list[tuple[str, str]]:
    """What Click's completion offers for ``incomplete`` after ``args``, as (value, help) pairs."""
    i, given, _ = _scan(args, 0, table["root"], stop_at_argument=True)
    if i < len(args):
        name = args[i]
        if name not in table["commands"]:
            raise _NotSure
        params = table["commands"][name]["params"]
        _, given, positional = _scan(args, i + 1, params, stop_at_argument=False)
        commands: dict[str, Any] = {}
    else:
        params, positional, commands = table["root"], [], table["commands"]
    if incomplete == "=":
        incomplete = ""
    elif "=" in incomplete and incomplete.startswith("-"):
        option, _, incomplete = incomplete.partition("=")
        args = [*args, option]
    if incomplete.startswith("-"):
        return _option_names(params, given, incomplete)
    if args and args[-1].startswith("-"):
        for p in params:
            if p["kind"] == "option" and not p["flag"] and args[-1] in p["opts"]:
                return _values(p, incomplete)
    arguments = [p for p in params if p["kind"] == "argument"]
    for index, p in enumerate(arguments):
        if p["nargs"] == -1 or index >= len(positional):
            return _values(p, incomplete)
    out = [(n, c["help"]) for n, c in commands.items() if n.startswith(incomplete) and not c["hidden"]]
    return out + (_option_names(params, given, incomplete) if incomplete and not incomplete[0].isalnum() else [])


def _option_names(params: list[dict[str, Any]], given: set[str], incomplete: str) -> list[tuple[str, str]]:
    return [
        (opt, p["help"] or "")
        for p in params
        if p["kind"] == "option" and not p["hidden"] and (p["multiple"] or p["name"] not in given)
        for opt in (list(set(p["opts"])) if p.get("help_option") else [*p["opts"], *p["secondary"]])
        if opt.startswith(incomplete)
    ]


def _values(p: dict[str, Any], incomplete: str) -> list[tuple[str, str]]:
    if p["complete"]:
        module, _, name = p["complete"].partition(":")
        found = getattr(import_module(module), name)(incomplete)
        out = [(c, "") if isinstance(c, str) else (c[0], c[1] or "") for c in found]
        return [(v, h) for v, h in out if v.startswith(incomplete)]  # as Typer filters them
    if p["type"] == "choice":
        if p["case_sensitive"]:
            return [(c, "") for c in p["choices"] if c.startswith(incomplete)]
        return [(c, "") for c in p["choices"] if c.lower().startswith(incomplete.lower())]
    raise _NotSure  # a path, a plain string: Typer knows what the shell should do


def _scan(
    args: list[str], start: int, params: list[dict[str, Any]], *, stop_at_argument: bool
) -> tuple[int, set[str], list[str]]:
    """Which options ``args`` gives and which positional words, as Click's resilient parsing sees them."""
    by_opt = {opt: p for p in params if p["kind"] == "option" for opt in (*p["opts"], *p["secondary"])}
    given: set[str] = set()
    positional: list[str] = []
    i = start
    while i < len(args):
        token = args[i]
        if token.startswith("-") and token != "-":
            opt, eq, _ = token.partition("=") if token.startswith("--") else (token, "", "")
            p = by_opt.get(opt)
            if p is None or token == "--" or (p["flag"] and eq):
                raise _NotSure
            if not p["flag"] and not eq:
                if i + 1 >= len(args):  # a value missing at the end: Click's resilient parsing stops there
                    break
                i += 1
                if args[i].startswith("-"):
                    raise _NotSure
            given.add(p["name"])
        elif stop_at_argument:
            break
        else:
            positional.append(token)
        i += 1
    return i, given, positional
