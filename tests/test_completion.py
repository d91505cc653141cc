"""Shell completion: the scripts for bash, zsh and fish, the completion requests they make, and what comes back.

Values people complete are checked against the vocabulary the README documents, not against the completer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import typer

from llmengines import cli

from .conftest import entry_point

NO_DETECTION = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}  # take the shell from the command line


def _env(extra: dict[str, str]) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("_TYPER", "_LLMENGINES", "COMP_"))}
    return base | extra


def complete(shell: str, line: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """Ask the installed command for completions of ``line`` the way ``shell``'s completion script does."""
    env = {"_LLMENGINES_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        words = line.split(" ")
        env |= {"COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)}
    else:
        env |= {"_TYPER_COMPLETE_ARGS": line}
        if shell == "fish":
            env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    proc = subprocess.run(
        [*entry_point()], capture_output=True, text=True, env=_env(env | extra), timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc


# --- complete_ids, the completer the query options use -------------------------------------------------------------


def test_complete_ids_offers_ids_and_aliases_with_names() -> None:
    got = dict(cli.complete_ids("hardware")("ro"))
    assert got == {"rocm": "AMD GPU (ROCm/HIP) (= amd-gpu)"}
    got = dict(cli.complete_ids("hardware")("amd"))
    assert got == {
        "amd-gpu": "AMD GPU (ROCm/HIP)",
        "amd-instinct": "AMD Instinct",
        "amd64": "x86-64 (= x86-64)",
        "amd": "AMD GPU (ROCm/HIP) or AMD Instinct (= amd-gpu,amd-instinct)",  # a word, read as noted
    }


def test_complete_ids_is_case_insensitive_and_covers_every_id() -> None:
    precisions = ["fp32", "fp16", "bf16", "fp8", "fp4", "nf4", "int8", "int4", "mxfp8", "mxfp6", "mxfp4", "mxint8"]
    assert [v for v, _ in cli.complete_ids("precision")("")] == precisions
    assert [v for v, _ in cli.complete_ids("precision")("FP")] == ["fp32", "fp16", "fp8", "fp4"]
    assert ("cuda", "NVIDIA GPU (CUDA) (= nvidia)") in cli.complete_ids("hardware")("CU")
    assert dict(cli.complete_ids("technique")("paged")) == {"paged-attention": "PagedAttention"}


def test_complete_ids_completes_the_last_item_of_a_comma_separated_list() -> None:
    assert [v for v, _ in cli.complete_ids("hardware")("nvidia,ro")] == ["nvidia,rocm"]
    assert [v for v, _ in cli.complete_ids("precision")("fp8,bf")] == ["fp8,bf16"]
    assert [v for v, _ in cli.complete_ids("precision")("fp8,")][:2] == ["fp8,fp32", "fp8,fp16"]
    assert cli.complete_ids("hardware")("nvidia,zzz") == []


def test_complete_engine_offers_ids_with_display_names() -> None:
    assert cli.complete_engine("vl") == [("vllm", "vLLM")]
    assert cli.complete_engine("LLAMA") == [("llama-cpp", "llama.cpp"), ("llama2-c", "llama2.c")]


# --- requests the shells make -----------------------------------------------------------------------------------


def test_bash_completes_engine_names() -> None:
    assert complete("bash", "llmengines show vl").stdout.split() == ["vllm"]
    assert complete("bash", "llmengines show sg").stdout.split() == ["sglang"]


def test_zsh_completes_engine_names_with_descriptions() -> None:
    assert complete("zsh", "llmengines show vl").stdout == """_arguments '*: :(("vllm":"vLLM"))'\n"""
    out = complete("zsh", "llmengines show llama").stdout
    assert '"llama-cpp":"llama.cpp"' in out and '"llama2-c":"llama2.c"' in out


def test_fish_completes_engine_names_with_descriptions() -> None:
    assert complete("fish", "llmengines show vl").stdout == "vllm\tvLLM\n"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_commands_and_format_choices_complete(shell: str) -> None:
    assert "show" in complete(shell, "llmengines sh").stdout
    formats = complete(shell, "llmengines list -o js").stdout
    assert "jsonl" in formats and "json" in formats.replace("jsonl", "")


def _completing_params() -> list[tuple[str, Any]]:
    """Every (command, parameter) with a completion callback: the queries' options join this list by themselves."""
    root = typer.main.get_command(cli.app)
    assert isinstance(root, typer.core.TyperGroup)
    found = []
    for name, command in sorted(root.commands.items()):
        for param in command.params:
            if getattr(param, "_custom_shell_complete", None) is not None:
                found.append((name, param))
    return found


@pytest.mark.parametrize(
    ("command", "param"), _completing_params(), ids=[f"{c}-{p.name}" for c, p in _completing_params()]
)
def test_every_completing_parameter_completes_in_a_real_process(command: str, param: Any) -> None:
    values = [item.value for item in param._custom_shell_complete(None, [], "")]
    assert values, f"{command} {param.name}: the completer offers nothing"
    target = values[len(values) // 2]
    prefix = target[:2]
    option = [] if param.param_type_name == "argument" else [param.opts[0]]
    line = " ".join(["llmengines", command, *option, prefix])
    assert target in complete("bash", line).stdout.split()
    assert f'"{target}"' in complete("zsh", line).stdout


def test_completion_does_not_load_rich() -> None:
    # Typer renders zsh/fish descriptions through Rich; llmengines has no markup to render, so it skips that.
    for shell in ("bash", "zsh", "fish"):
        proc = complete(shell, "llmengines show vl", PYTHONPROFILEIMPORTTIME="1")
        imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time")}
        assert "llmengines.cli" in imported
        assert not {m for m in imported if m.split(".")[0] in ("rich", "pydantic", "ruamel", "rapidfuzz")}, shell


# --- the scripts -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "_LLMENGINES_COMPLETE=complete_bash"),
        ("zsh", "_LLMENGINES_COMPLETE=complete_zsh"),
        ("fish", "_LLMENGINES_COMPLETE=complete_fish"),
    ],
)
def test_show_completion_prints_each_shells_script(shell: str, marker: str) -> None:
    proc = subprocess.run(
        [*entry_point(), "--show-completion", shell],
        capture_output=True,
        text=True,
        env=_env(NO_DETECTION),
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert marker in proc.stdout and "llmengines" in proc.stdout


@pytest.mark.parametrize(
    ("shell", "script", "rc"),
    [
        ("bash", ".bash_completions/llmengines.sh", (".bashrc", ".bash_completions/llmengines.sh")),
        ("zsh", ".zfunc/_llmengines", (".zshrc", "fpath+=~/.zfunc")),
        ("fish", ".config/fish/completions/llmengines.fish", None),
    ],
)
def test_install_completion_writes_the_script(
    tmp_path: Path, shell: str, script: str, rc: tuple[str, str] | None
) -> None:
    proc = subprocess.run(
        [*entry_point(), "--install-completion", shell],
        capture_output=True,
        text=True,
        env=_env(NO_DETECTION | {"HOME": str(tmp_path)}),
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"_LLMENGINES_COMPLETE=complete_{shell}" in (tmp_path / script).read_text()
    if rc is not None:
        assert rc[1] in (tmp_path / rc[0]).read_text()  # the start-up file loads it


def test_bash_itself_completes_with_the_installed_script() -> None:
    bash = shutil.which("bash")
    assert bash
    bin_dir = str(Path(entry_point()[0]).parent)
    script = """
eval "$(llmengines --show-completion bash)"
COMP_WORDS=(llmengines show vl); COMP_CWORD=2
_llmengines_completion llmengines
printf '%s\\n' "${COMPREPLY[@]}"
COMP_WORDS=(llmengines list --format ma); COMP_CWORD=3
_llmengines_completion llmengines
printf '%s\\n' "${COMPREPLY[@]}"
"""
    env = _env(NO_DETECTION | {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"})
    proc = subprocess.run([bash, "-c", script], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["vllm", "markdown"]


def test_a_line_with_version_still_completes_only_names() -> None:
    assert complete("bash", "llmengines --version show vl").stdout.split() == ["vllm"]
