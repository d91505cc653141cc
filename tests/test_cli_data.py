"""End-to-end tests of list, show, export, schema and info: in-process, through CliRunner, and as a subprocess."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from llmengines import __version__
from llmengines.cli import app
from llmengines.errors import ExitCode
from llmengines.render import OutputFormat

from .conftest import run_process

ALL_IDS = {
    "ollama", "llama-cpp", "vllm", "deepspeed-fastgen", "unsloth", "max", "mlc-llm", "llama2-c", "bitnet-cpp",
    "sglang", "litgpt", "openllm", "tensorrt-llm", "tgi", "powerinfer", "lmdeploy", "lightllm", "nanoflow",
    "distserve", "vattention", "sarathi-serve", "friendli-inference", "fireworks-ai", "groqcloud",
    "together-inference",
}  # fmt: skip


def test_version_prints_the_package_version(cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout == f"llmengines {__version__}\n"


def test_list_json_has_all_25_engines_with_id_and_name(cli) -> None:
    result = cli("list", "--json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert {r["id"] for r in records} == ALL_IDS
    assert all(r["name"] for r in records)
    assert result.stderr == ""


def test_list_json_carries_the_star_date(cli) -> None:
    records = {r["id"]: r for r in json.loads(cli("list", "--json").stdout)}
    # The newest figure: "153.0K (187.2)" in the paper v3's Table 4, whose header dates it "(Sep. 2025)".
    assert records["ollama"]["github_stars"] == 153_000
    assert (records["ollama"]["stars_as_of"], records["ollama"]["stars_source"]) == ("2025-09", "paper-v3")
    assert records["groqcloud"]["github_stars"] is None  # "--" in the list, "–" in Table 4: no figure
    assert records["groqcloud"]["stars_as_of"] is None
    listed = {r["id"]: r for r in json.loads(cli("--source", "list", "list", "--json").stdout)}
    assert listed["ollama"]["github_stars"] == 136_000  # "136K" in the list's overview table
    assert (listed["ollama"]["stars_as_of"], listed["ollama"]["stars_source"]) == ("2025-05-02", "list-1b291b8")


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_list_every_format(cli, fmt: OutputFormat) -> None:
    result = cli("list", "--format", fmt.value)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt is OutputFormat.JSON:
        assert len(json.loads(out)) == 25
    elif fmt is OutputFormat.JSONL:
        assert len([json.loads(line) for line in out.splitlines()]) == 25
    elif fmt in (OutputFormat.CSV, OutputFormat.TSV):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt is OutputFormat.CSV else "\t"))
        assert {r["id"] for r in rows} == ALL_IDS
        assert {r["github_stars"] for r in rows if r["id"] == "vllm"} == {"58300"}  # paper v3, Table 4
    elif fmt is OutputFormat.YAML:
        from ruamel.yaml import YAML

        assert len(YAML(typ="safe").load(out)) == 25
    elif fmt is OutputFormat.MARKDOWN:
        lines = out.splitlines()
        assert lines[0].startswith("| Engine |") and set(lines[1]) <= set("|-:")
        assert len(lines) == 2 + 25
    else:
        assert "vLLM" in out and "58.3K" in out and "153K" in out  # paper v3, Table 4: 58.3K, 153.0K


def test_list_fields_select_columns(cli) -> None:
    out = cli("list", "-o", "csv", "--fields", "id,hardware.nvidia").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0].keys() == {"id", "hardware.nvidia"}
    assert {r["id"]: r["hardware.nvidia"] for r in rows}["groqcloud"] == "no"


def test_unknown_field_is_a_usage_error_with_a_suggestion(cli) -> None:
    result = cli("list", "--json", "--fields", "id,nmae")
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert "unknown field 'nmae'" in result.stderr and "'name'" in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("typed", "engine_id"),
    [("vllm", "vllm"), ("LLaMA.cpp", "llama-cpp"), ("trt-llm", "tensorrt-llm"),
     ("TGI (Text Generation Inference)", "tgi"), ("text-generation-inference", "tgi"), ("MLC-LLM", "mlc-llm"),
     ("mlc llm", "mlc-llm"), ("Friendli AI", "friendli-inference"), ("Together AI", "together-inference"),
     ("unsloth", "unsloth"), ("LLAMACPP", "llama-cpp")],
)  # fmt: skip
def test_show_resolves_every_spelling(cli, typed: str, engine_id: str) -> None:
    result = cli("show", typed, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == engine_id


def test_show_vllm_reports_the_erratum(cli) -> None:
    data = json.loads(cli("show", "vllm", "--json").stdout)
    assert data["hardware"]["ascend"] == "yes"
    assert data["errata"] == [
        {"table": "Hardware Support Matrix", "field": "hardware.ascend", "published": "no", "corrected": "yes",
         "source": "upstream list, commit c2b91ba", "date": "2025-05-07"}
    ]  # fmt: skip
    table = cli("show", "vllm", "-o", "table").stdout
    assert "Corrections since publication" in table and "c2b91ba" in table


def test_show_table_has_sections_and_links(cli) -> None:
    out = cli("show", "sglang", "-o", "table").stdout
    for section in ("Overview", "Links", "Deployment", "Platforms", "Hardware", "Numeric precisions",
                    "Optimization techniques", "Survey scores"):  # fmt: skip
        assert section in out
    assert "https://github.com/sgl-project/sglang" in out
    assert "https://arxiv.org/abs/2312.07104" in out


def test_show_commercial_engine_has_pricing_with_footnote(cli) -> None:
    out = cli("show", "groqcloud", "-o", "tsv").stdout
    assert "DeepSeek-R1 Distill Llama 70B" in out
    assert "0.05 in / 0.08 out per 1M tokens" in out


def test_show_uncertain_score_keeps_the_range(cli) -> None:
    data = json.loads(cli("show", "distserve", "--json").stdout)
    assert data["scores"]["general-purpose"] == {"value": 0.25, "uncertain": True, "low": 0.2, "high": 0.3}
    assert "uncertain: read 0.2–0.3" in cli("show", "distserve", "-o", "table").stdout


def test_show_unknown_engine_is_one_line_with_suggestions(cli) -> None:
    result = cli("show", "nosuch")
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown engine 'nosuch' — did you mean ")
    assert "Traceback" not in result.stderr


def test_show_typo_suggests_the_engine(cli) -> None:
    assert cli("show", "vlm").stderr.startswith("error: unknown engine 'vlm' — did you mean 'vllm'")


def test_export_json_is_the_whole_dataset(cli) -> None:
    data = json.loads(cli("export").stdout)
    assert data["schema_version"] == "1"
    assert data["snapshot_date"] == "2025-05-02"
    assert len(data["engines"]) == 25 and len(data["techniques"]) == 55
    assert data["errata"][0]["engine"] == "vllm"


def test_export_yaml_round_trips_to_the_json(cli) -> None:
    from ruamel.yaml import YAML

    assert YAML(typ="safe").load(cli("export", "-o", "yaml").stdout) == json.loads(cli("export").stdout)


def test_export_rejects_flat_formats(cli) -> None:
    result = cli("export", "-o", "csv")
    assert result.exit_code == ExitCode.USAGE
    assert "export writes json or yaml" in result.stderr


def test_export_validates_against_schema(cli) -> None:
    from pydantic import TypeAdapter

    from llmengines.models import Dataset

    schema = json.loads(cli("schema").stdout)
    assert schema["title"].startswith("llmengines export, schema version 1")
    assert set(schema["required"]) >= {"schema_version", "engines", "techniques", "pricing", "errata"}
    # The export must be accepted by the same strict adapter that produced the schema.
    TypeAdapter(Dataset).validate_json(cli("export").stdout, strict=True)


def test_info_shows_source_snapshot_errata_and_counts(cli) -> None:
    data = json.loads(cli("info", "--json").stdout)
    assert data["schema_version"] == "1"
    assert data["snapshot_date"] == "2025-05-02"
    assert data["source"]["list_commit"] == "1b291b8"
    assert data["counts"]["engines"] == 25 and data["counts"]["techniques"] == 55
    assert data["errata"][0]["field"] == "hardware.ascend"
    table = cli("info", "-o", "table").stdout
    assert "2025-05-02" in table and "c2b91ba" in table


def test_unknown_option_is_one_line_usage_error(cli) -> None:
    result = cli("list", "--nope")
    assert result.exit_code == ExitCode.USAGE
    assert len(result.stderr.splitlines()) == 1 and "--nope" in result.stderr


def test_unknown_command_is_usage_error(cli) -> None:
    result = cli("lsit")
    assert result.exit_code == ExitCode.USAGE and "lsit" in result.stderr


def test_cli_runner_drives_the_typer_app() -> None:
    result = CliRunner().invoke(app, ["show", "vllm", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["name"] == "vLLM"


def test_entry_point_subprocess_list_json() -> None:
    result = run_process("list", "--json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 25


def test_entry_point_subprocess_unknown_engine() -> None:
    result = run_process("show", "nosuch")
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith("error: unknown engine 'nosuch'")
    assert "Traceback" not in result.stderr


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "llmengines", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and proc.stdout == f"llmengines {__version__}\n"


def test_pipe_default_is_tsv_without_colour() -> None:
    result = run_process("list", env={"FORCE_COLOR": ""})
    assert result.stdout.splitlines()[0].split("\t")[:2] == ["name", "id"]
    assert "\x1b[" not in result.stdout


def test_svg_writes_the_rendered_table(cli, tmp_path) -> None:
    target = tmp_path / "list.svg"
    result = cli("list", "--json", "--svg", str(target))
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 25  # stdout keeps the requested format
    svg = target.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "DeepSpeed-FastGen" in svg


def test_svg_to_an_unwritable_place_is_a_usage_error(cli, tmp_path) -> None:
    result = cli("show", "vllm", "--json", "--svg", str(tmp_path / "missing" / "x.svg"))
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith("error: cannot write ")
