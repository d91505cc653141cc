"""What people expect without asking: tables that fit COLUMNS in a pipe, headers broken only between words, data
formats without pictures, a template that changes nothing until edited, a clean library namespace."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .conftest import REPO, entry_point, run_process
from .pty_helper import run_in_pty

SIX = ["compare", "vllm", "sglang", "tensorrt-llm", "llama.cpp", "ollama", "tgi"]


# --- -o table in a pipe --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["list"], ["find", "--hw", "rocm"], ["show", "vllm"], SIX, ["rank", "--by", "stars"]])
def test_table_in_a_pipe_fits_columns_without_trailing_spaces(cli, monkeypatch, args: list[str]) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for result in (cli(*args, "-o", "table"), run_process(*args, "-o", "table", env={"COLUMNS": "80"})):
        assert result.exit_code == 0, result.stderr
        lines = result.stdout.splitlines()
        assert lines and max(map(len, lines)) <= 80, max(lines, key=len)
        assert not [line for line in lines if line != line.rstrip()]


def test_table_in_a_pipe_without_columns_is_as_wide_as_it_is(cli, monkeypatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    lines = cli("list", "-o", "table").stdout.splitlines()
    assert max(map(len, lines)) > 100  # every column, unwrapped: nothing hidden in a pipe
    assert "hidden" not in cli("list", "-o", "table").stdout
    assert not [line for line in lines if line != line.rstrip()]


def test_list_table_at_columns_80_in_a_pipe_says_which_columns_it_hid(cli, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = cli("list", "-o", "table").stdout
    assert "narrow terminal:" in out and "hidden" in out


# --- headers -------------------------------------------------------------------------------------------------------


def _header_lines(out: str) -> list[str]:
    lines = out.splitlines()
    rule = next(i for i, line in enumerate(lines) if set(line.strip()) == {"─"})
    return lines[1:rule]


def _headers_whole(out: str, names: list[str]) -> bool:
    """Whether every name is in the header, whole or broken only after - . / _ or a space."""
    header = _header_lines(out)
    for name in names:
        if any(name in line for line in header):
            continue
        pieces = re.findall(r"[^-./_ ]+[-./_ ]*", name)
        if not all(any(re.search(rf"(?<!\S){re.escape(p.strip())}(?!\S)", line) for line in header) for p in pieces):
            return False
    return True


def test_the_header_check_can_fail() -> None:
    split = "title\n   Tensor   llama.\n   RT-LLM   cpp\n ─────"
    assert not _headers_whole(split, ["TensorRT-LLM"])
    assert _headers_whole("title\n   TensorRT-\n   LLM\n ─────", ["TensorRT-LLM"])


@pytest.mark.parametrize("columns", [80, 100, 120])
def test_compare_headers_never_split_mid_word_on_a_terminal(columns: int) -> None:
    out = run_in_pty([*entry_point(), *SIX], columns=columns)
    names = ["vLLM", "SGLang", "TensorRT-LLM", "llama.cpp", "Ollama", "TGI"]
    lines = out.splitlines()
    assert max(map(len, lines)) <= columns
    if _header_lines(out)[-1].split() == ["1", "2", "3", "4", "5", "6"]:  # numbered, with a legend
        legend = " ".join(out[out.index("Columns: ") :].split())
        assert legend.startswith("Columns: 1 = vLLM, 2 = SGLang, 3 = TensorRT-LLM, 4 = llama.cpp, 5 = Ollama, 6 = TGI")
    else:
        assert _headers_whole(out, names), _header_lines(out)
    if columns >= 100:
        assert "Columns:" not in out  # there is room for the names


@pytest.mark.parametrize("columns", ["80", "100"])
def test_compare_headers_never_split_mid_word_in_a_pipe_with_columns(cli, monkeypatch, columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    names = ["vLLM", "SGLang", "TensorRT-LLM", "llama.cpp", "Ollama", "TGI"]
    for result in (cli(*SIX, "-o", "table"), run_process(*SIX, "-o", "table", env={"COLUMNS": columns})):
        out = result.stdout
        numbered = _header_lines(out)[-1].split() == ["1", "2", "3", "4", "5", "6"]
        assert numbered == (columns == "80"), _header_lines(out)
        assert numbered or _headers_whole(out, names), _header_lines(out)


def test_wrap_header_breaks_only_between_words_or_after_punctuation() -> None:
    from llmengines.render import wrap_header

    assert wrap_header("TensorRT-LLM", 12) == "TensorRT-LLM"
    assert wrap_header("TensorRT-LLM", 9) == "TensorRT-\nLLM"
    assert wrap_header("TensorRT-LLM", 8) is None
    assert wrap_header("Hugging Face TGI", 8) == "Hugging\nFace TGI"
    assert wrap_header("llama.cpp", 6) == "llama.\ncpp"


# --- data formats carry data ---------------------------------------------------------------------------------------

BAR = re.compile(r"[█·#]{3,}")


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
@pytest.mark.parametrize("engine", ["vllm", "sglang", "llama.cpp"])
def test_show_in_tsv_and_csv_has_no_bar_glyphs(cli, fmt: str, engine: str) -> None:
    out = cli("show", engine, "-o", fmt).stdout
    scores = [line for line in out.splitlines() if line.startswith("Survey scores")]
    assert len(scores) == 6
    assert not BAR.search(out)
    for line in scores:
        value = line.split("\t" if fmt == "tsv" else ",")[-1]
        assert re.fullmatch(r"\d\.\d+( +\(uncertain: .*\))?", value), value


def test_show_in_a_pipe_has_no_bar_glyphs_in_a_real_process() -> None:
    out = run_process("show", "vllm").stdout
    assert "Survey scores (0–5)\tThroughput-aware\t4.1" in out and not BAR.search(out)


def test_show_on_a_terminal_keeps_its_bars() -> None:
    out = run_in_pty([*entry_point(), "show", "vllm"], columns=100)
    assert "█" in out


# --- template ------------------------------------------------------------------------------------------------------


def test_template_used_as_is_changes_nothing(cli, tmp_path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(cli("template").stdout, encoding="utf-8")
    plain = cli("list", "-o", "json").stdout
    with_template = cli("--data", str(mine), "list", "-o", "json")
    assert with_template.exit_code == 0, with_template.stderr
    assert with_template.stdout == plain  # no "My Engine", vLLM's stars untouched
    assert cli("--data", str(mine), "show", "vllm", "-o", "json").stdout == cli("show", "vllm", "-o", "json").stdout


def test_template_used_as_is_changes_nothing_in_a_real_process(tmp_path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(run_process("template").stdout, encoding="utf-8")
    assert run_process("--data", str(mine), "list").stdout == run_process("list").stdout
    checked = run_process("validate", str(mine))
    assert checked.exit_code == 0 and "no records: it changes nothing" in checked.stderr


def test_template_validates_as_an_empty_overlay_that_says_so(cli, tmp_path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(cli("template").stdout, encoding="utf-8")
    result = cli("validate", str(mine))
    assert result.exit_code == 0, result.stderr
    assert "0 new engine(s), 0 correction(s) (no records: it changes nothing" in result.stderr


def test_template_uncommented_gives_the_example_engine_and_correction(cli, tmp_path) -> None:
    """The commented-out example is a working overlay once uncommented: what the template teaches is true."""
    text = cli("template").stdout
    uncommented = "\n".join(
        "engines:" if line == "engines: []" else line[1:] if line.startswith("#  ") else line
        for line in text.splitlines()
    )
    mine = tmp_path / "mine.yaml"
    mine.write_text(uncommented + "\n", encoding="utf-8")
    checked = cli("validate", str(mine))
    assert checked.exit_code == 0, (checked.stderr, uncommented)
    assert "1 new engine(s), 1 correction(s)" in checked.stderr
    shown = cli("--data", str(mine), "show", "my-engine", "-o", "json")
    assert shown.exit_code == 0 and '"name": "My Engine"' in shown.stdout


# --- the library namespace -----------------------------------------------------------------------------------------


def test_the_package_namespace_is_its_public_api() -> None:
    code = (
        "import llmengines, json; "
        "print(json.dumps({'dir': dir(llmengines), 'all': llmengines.__all__, "
        "'missing': [n for n in llmengines.__all__ if not hasattr(llmengines, n)]}))"
    )
    import json

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    seen = json.loads(done.stdout)
    names = seen["dir"]
    assert len(names) == len(set(names)), "duplicates in dir(llmengines)"
    assert "annotations" not in names and "TYPE_CHECKING" not in names
    public = [n for n in names if not n.startswith("_")]
    assert sorted(public) == sorted(n for n in seen["all"] if not n.startswith("_"))
    assert not seen["missing"]
    assert len(seen["all"]) == len(set(seen["all"]))


def test_dir_stays_clean_after_the_lazy_names_are_used() -> None:
    code = (
        "import llmengines; llmengines.load(); llmengines.get_engine; d = dir(llmengines); print(len(d), len(set(d)))"
    )
    code = code.replace("; ", "\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    total, unique = done.stdout.split()
    assert total == unique
