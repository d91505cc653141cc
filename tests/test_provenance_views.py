"""compare and find --explain say which values come from the user's overlay files (issue: overlays)."""

from __future__ import annotations

import json

OVERLAY = """\
engines:
  - id: vllm
    github_stars: 60000
    stars_as_of: "2026-11-01"
    hardware:
      moore-threads: yes
  - id: my-engine
    name: My Engine
    organization: Example Labs
    org_type: startup
    released: 2026-03
    open_source: yes
    commercial: false
    docs: simple
    deployment: {scale: single-node, devices: heterogeneous}
    hardware: {nvidia: yes}
"""


def _overlay(tmp_path) -> str:
    path = tmp_path / "extra.yaml"
    path.write_text(OVERLAY, encoding="utf-8")
    return str(path)


def test_compare_json_names_the_file_of_each_overlay_value(cli, tmp_path) -> None:
    extra = _overlay(tmp_path)
    result = cli("--data", extra, "compare", "vllm", "sglang", "--json")
    assert result.exit_code == 0, result.stderr
    rows = {r["key"]: r for s in json.loads(result.stdout)["sections"] for r in s["rows"]}
    assert rows["github_stars"]["values"]["vllm"] == 60000
    assert rows["github_stars"]["origins"] == {"vllm": extra}
    assert rows["hardware.moore-threads"]["origins"] == {"vllm": extra}
    assert "origins" not in rows["hardware.nvidia"]  # the survey's value: no origin
    assert "origins" not in rows["released"]


def test_compare_table_marks_overlay_values_and_names_the_file(cli, tmp_path) -> None:
    extra = _overlay(tmp_path)
    out = cli("--data", extra, "compare", "vllm", "my-engine", "-o", "table").stdout
    assert "60.0K *1" in out  # vLLM's corrected star count
    assert "My Engine *1" in out  # an engine the file defines is marked once, in its header
    squeezed = "".join(out.split())  # the caption wraps at the table's width, even inside the path
    assert "".join(f"*1 = {extra} (your data)".split()) in squeezed


def test_compare_without_overlays_marks_nothing(cli) -> None:
    data = json.loads(cli("compare", "vllm", "sglang", "--json").stdout)
    assert all("origins" not in r for s in data["sections"] for r in s["rows"])
    assert "*1" not in cli("compare", "vllm", "sglang", "-o", "table").stdout


def test_find_explain_names_overlay_values(cli, tmp_path) -> None:
    extra = _overlay(tmp_path)
    result = cli("--data", extra, "find", "--hw", "moore-threads", "--explain", "--json")
    assert result.exit_code == 0, result.stderr
    records = {r["id"]: r for r in json.loads(result.stdout)}
    # In the source only llama.cpp has Moore Threads MTT (the ETC column); the overlay adds vLLM.
    assert set(records) == {"llama-cpp", "vllm"}
    assert records["vllm"]["match"]["origins"] == {"hardware.moore-threads": extra}
    assert "origins" not in records["llama-cpp"]["match"]
    table = cli("--data", extra, "find", "--hw", "moore-threads", "--explain", "-o", "table").stdout
    assert "".join(f"hardware.moore-threads from {extra}".split()) in "".join(table.split())
