"""Regenerate docs/reference.md, the command reference, from the CLI's own help.

    python docs/make_reference.py            # rewrite docs/reference.md
    python docs/make_reference.py --check    # exit 1 if docs/reference.md differs from what the CLI says now

Every command the CLI has when this runs is in it (none is listed by hand), grouped as the top-level ``--help``
groups them, with its whole ``--help`` (every option), the exit statuses, and the field names ``--fields`` takes
(what ``--fields help`` prints, run on the first example of the command's help). All of it but the exit codes'
names (``llmengines.errors.ExitCode``) is read from what ``llmengines.cli.main`` prints, so it does not depend
on how the CLI is put together inside. The CLI runs in this process with an 80-column help formatter, the
bundled data only (``$LLMENGINES_DATA`` ignored, empty user data and cache directories, no pager), so the same
code gives the same file. ``tests/test_docs.py`` runs the check.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent / "reference.md"
GENERATOR = "python docs/make_reference.py"


@contextlib.contextmanager
def _quiet_environment() -> Iterator[None]:
    """Environment variables that make the CLI's output the same on every machine, restored afterwards."""
    saved = dict(os.environ)
    with tempfile.TemporaryDirectory() as home:
        for variable in ("LLMENGINES_DATA", "PAGER", "FORCE_COLOR", "LINES"):
            os.environ.pop(variable, None)
        os.environ.update(
            {
                "COLUMNS": "80",
                "NO_COLOR": "1",
                "LLMENGINES_PAGER": "",
                "LLMENGINES_DATA_DIR": str(Path(home, "data")),
                "LLMENGINES_CACHE_DIR": str(Path(home, "cache")),
            }
        )
        try:
            yield
        finally:
            os.environ.clear()
            os.environ.update(saved)


def _run(args: list[str]) -> str:
    """What ``llmengines ARGS`` prints on stdout (it must succeed)."""
    from llmengines.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args)
        except SystemExit as exc:
            if exc.code:
                raise RuntimeError(f"llmengines {shlex.join(args)} failed ({exc.code}): {err.getvalue()}") from None
    return out.getvalue()


def _first_example(help_text: str, name: str) -> list[str]:
    """The arguments of the first ``llmengines NAME …`` example in a command's help, without any pipe."""
    for line in help_text.splitlines():
        words = line.strip().split(" | ")[0]
        if words == f"llmengines {name}" or words.startswith(f"llmengines {name} "):
            return shlex.split(words)[1:]
    raise RuntimeError(f"'llmengines {name} --help' has no example to list its fields with")


def _field_lines(names: list[str]) -> list[str]:
    """Field names as Markdown: one bullet per top-level field, followed by every dotted path inside it."""
    lines: list[str] = []
    inside: dict[str, list[str]] = {}
    for name in names:
        top = name.split(".", 1)[0]
        if top not in inside:
            inside[top] = []
            lines.append(top)
        if name != top:
            inside[top].append(name)
    return [f"- `{top}`" + (": " + ", ".join(f"`{n}`" for n in inside[top]) if inside[top] else "") for top in lines]


def _fields(name: str, help_text: str) -> list[str]:
    example = _first_example(help_text, name)
    nested = _run([*example, "-o", "json", "--fields", "help"]).splitlines()
    flat = _run([*example, "-o", "tsv", "--fields", "help"]).splitlines()
    shown = shlex.join(["llmengines", *example, "--fields", "help"])
    out = [f"**Fields** (`--fields help`; listed from `{shown}`):", ""]
    if nested == flat:
        return [*out, *_field_lines(nested), ""]
    out += ["- in `json`, `jsonl` and `yaml` (dotted paths reach inside):", ""]
    out += ["  " + line for line in _field_lines(nested)]
    out += ["", "- in `table`, `csv`, `tsv` and `markdown` (one row per shown value):", ""]
    out += ["  " + line for line in _field_lines(flat)]
    return [*out, ""]


def _anchor(title: str) -> str:
    return re.sub(r"[^\w\- ]", "", title.casefold()).replace(" ", "-")


def _panels(top: str) -> list[tuple[str, list[str]]]:
    """The command groups of the top-level help, in order: (title, command names)."""
    grouped: list[tuple[str, list[str]]] = []
    for line in top[top.index("\nOptions:") :].splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            grouped.append((line[:-1], []))
        elif grouped and (m := re.match(r"  ([a-z][\w-]*)(?:\s|$)", line)):
            grouped[-1][1].append(m.group(1))
    return [(title, names) for title, names in grouped if title != "Options" and names]


def _exit_status(top: str) -> str:
    """The help's paragraph on exit statuses, as one line."""
    paragraph = next(p for p in top.split("\n\n") if p.strip().startswith("Exit status:"))
    return " ".join(paragraph.split())


def render() -> str:
    """The text of docs/reference.md, from the CLI's help as it is now."""
    from llmengines.errors import ExitCode

    with _quiet_environment():
        top = _run(["--help"])
        grouped = _panels(top)
        exit_status = _exit_status(top)
        out = [
            "# Command reference",
            "",
            f"<!-- Generated by `{GENERATOR}` from the CLI's own help: do not edit by hand. "
            f"`{GENERATOR} --check` (run by tests/test_docs.py) fails when this file and the CLI differ. -->",
            "",
            "Every command with its whole `--help`, grouped by the question it answers; the exit statuses; and, for",
            "each command that takes `--fields`, the field names it accepts.",
            "",
        ]
        for title, members in grouped:
            links = ", ".join(f"[`{n}`](#llmengines-{_anchor(n)})" for n in members)
            out.append(f"- **{title}**: {links}")
        out += ["- [Global options](#global-options) · [Exit status](#exit-status)", ""]
        out += ["## Global options", "", "```text", "$ llmengines --help", top.rstrip(), "```", ""]
        out += ["## Exit status", "", "| status | name | |", "|---:|---|---|"]
        meanings = dict(re.findall(r"(\d+) ([^,.(]+)", exit_status.split(":", 1)[1]))
        for code in ExitCode:
            out.append(f"| {int(code)} | `{code.name}` | {meanings.get(str(int(code)), '').strip()} |")
        out += ["", exit_status, ""]
        for title, members in grouped:
            out += [f"## {title}", ""]
            for name in members:
                help_text = _run([name, "--help"])
                out += [f"### `llmengines {name}`", "", "```text", f"$ llmengines {name} --help", help_text.rstrip()]
                out += ["```", ""]
                if re.search(r"^\s+--fields\b", help_text, re.M):
                    out += _fields(name, help_text)
        return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> int:
    if argv not in ([], ["--check"]):
        sys.stderr.write(f"usage: {GENERATOR} [--check]\n")
        return 2
    text = render()
    if argv == ["--check"]:
        current = REFERENCE.read_text(encoding="utf-8") if REFERENCE.is_file() else ""
        if current != text:
            sys.stderr.write(f"stale: docs/reference.md (run: {GENERATOR})\n")
            return 1
        return 0
    REFERENCE.write_text(text, encoding="utf-8")
    sys.stdout.write(f"docs/reference.md  {len(text):,} characters\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
