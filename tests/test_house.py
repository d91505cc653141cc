"""The shape of the package: no import circle, and private Typer/Click names only in the one shim that is tested."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "llmengines"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return isinstance(test, ast.Name | ast.Attribute) and "TYPE_CHECKING" in ast.unparse(test)


def _imports_at_import_time(name: str) -> set[str]:
    """The package modules ``name`` imports when it is imported (module level, not under TYPE_CHECKING)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    found: set[str] = set()
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.If) and _is_type_checking(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.If | ast.Try | ast.With):
                for block in ("body", "orelse", "finalbody", "handlers"):
                    for sub in getattr(node, block, []):
                        visit(sub.body if isinstance(sub, ast.ExceptHandler) else [sub])
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
                found.add(base)
                found.update(f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES)

    visit(tree.body)
    return {m for m in found if m in MODULES and m != name}


def test_the_package_has_no_import_circle() -> None:
    graph = {name: _imports_at_import_time(name) for name in MODULES}
    assert graph["llmengines.app"] >= {"llmengines.commands", "llmengines.registry"}  # the reader sees imports
    state: dict[str, int] = {}
    circles = []

    def walk(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                circles.append([*path[path.index(nxt) :], nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                walk(nxt, [*path, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            walk(name, [name])
    assert circles == []


def test_command_modules_do_not_import_the_app_or_the_cli() -> None:
    for name in MODULES:
        if name.startswith("llmengines.commands"):
            assert not {"llmengines.app", "llmengines.cli"} & _imports_at_import_time(name), name


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_imports_on_its_own(name: str) -> None:
    proc = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def test_private_typer_and_click_names_only_in_the_shim() -> None:
    private = re.compile(r"typer\._|_click|_completion_classes|PacifyFlushWrapper|_sanitize_help_text")
    users = [n for n, p in MODULES.items() if private.search(p.read_text(encoding="utf-8"))]
    assert users == ["llmengines.typer_shim"]


# --- the shim: what it relies on in the pinned Typer ---------------------------------------------------------------


def test_the_shim_finds_clicks_exceptions() -> None:
    from llmengines import typer_shim

    errors = typer_shim.click_exceptions()
    assert issubclass(errors.NoArgsIsHelpError, errors.UsageError)
    assert issubclass(errors.UsageError, errors.ClickException)
    assert errors.UsageError("x").format_message() == "x"


def test_the_shim_echo_writes_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    from llmengines import typer_shim

    typer_shim.echo("hello ✓")
    assert capsys.readouterr().out == "hello ✓\n"


def test_the_shim_knows_clicks_broken_pipe_wrapper() -> None:
    import io

    from llmengines import typer_shim

    wrapper = typer_shim.pacified_stream_type()
    assert isinstance(wrapper(io.StringIO()), wrapper)


def test_the_shim_makes_completion_descriptions_plain() -> None:
    code = (
        "from llmengines import typer_shim\n"
        "typer_shim.plain_completion_help()\n"
        "import sys\n"
        "from typer._completion_classes import ZshComplete, FishComplete\n"
        "from typer._click.shell_completion import CompletionItem\n"
        "item = CompletionItem('vllm', help='[bold]vLLM[/]')\n"
        "print(ZshComplete.format_completion(None, item))\n"
        "print(FishComplete.format_completion(None, item))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ['"vllm":"[bold]vLLM[/]"', "vllm\t[bold]vLLM[/]", "[]"]
