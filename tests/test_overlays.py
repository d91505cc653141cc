"""Overlays (--data, $LLMENGINES_DATA), `validate` and `template`, driven through the CLI end to end."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import run_process

NEW_ENGINE = """\
engines:
  - id: mini-engine
    name: MiniEngine
    aliases: [minieng]
    organization: Example Labs
    org_type: startup
    released: 2026-01
    open_source: yes
    commercial: false
    docs: simple
    deployment: {scale: single-node, devices: homogeneous}
    hardware: {amd-gpu: yes, nvidia: no}
    links: {repository: https://github.com/example/mini-engine}
"""

VLLM_FIX = """\
engines:
  - id: vLLM
    github_stars: 60000
    stars_as_of: "2026-11-01"
    hardware:
      moore-threads: yes
"""


# NEW_ENGINE's required fields, as JSON data.
MINI_ENGINE = {
    "id": "mini-engine",
    "name": "MiniEngine",
    "organization": "Example Labs",
    "org_type": "startup",
    "released": "2026-01",
    "open_source": "yes",
    "commercial": False,
    "docs": "simple",
    "deployment": {"scale": "single-node", "devices": "homogeneous"},
}


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def engines(stdout: str) -> dict[str, dict]:
    return {e["id"]: e for e in json.loads(stdout)}


# --- merging -----------------------------------------------------------------------------------------------------


def test_data_adds_a_new_engine_to_list_json(cli, tmp_path) -> None:
    extra = write(tmp_path, "extra.yaml", NEW_ENGINE)
    result = cli("--data", str(extra), "list", "--json")
    assert result.exit_code == 0, result.stderr
    found = engines(result.stdout)
    assert len(found) == 26
    mini = found["mini-engine"]
    assert (mini["name"], mini["organization"], mini["deployment"]["scale"]) == (
        "MiniEngine",
        "Example Labs",
        "single-node",
    )
    # What the file does not give is unknown — never "no" — and there is no star count or score.
    assert mini["hardware"]["amd-gpu"] == "yes"
    assert mini["hardware"]["nvidia"] == "no"
    assert mini["hardware"]["tpu"] == "unknown"
    assert set(mini["precisions"].values()) == {"unknown"}
    assert mini["community"] == {"sns": "unknown", "forum": "unknown", "meetup": "unknown"}
    assert mini["github_stars"] is None and mini["stars_as_of"] is None
    assert mini["scores"] == {}


def test_new_engine_is_found_by_its_alias(cli, tmp_path) -> None:
    extra = write(tmp_path, "extra.yaml", NEW_ENGINE)
    result = cli("--data", str(extra), "show", "MINIENG", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "mini-engine"


def test_correction_merges_per_key_and_keeps_the_rest(cli, tmp_path) -> None:
    plain = engines(cli("list", "--json").stdout)["vllm"]
    fix = write(tmp_path, "fix.yaml", VLLM_FIX)
    merged = engines(cli("--data", str(fix), "list", "--json").stdout)["vllm"]
    assert merged["github_stars"] == 60000
    assert merged["stars_as_of"] == "2026-11-01"
    # The survey's Hardware Support Matrix has no Moore Threads support for vLLM.
    assert plain["hardware"]["moore-threads"] == "no" and merged["hardware"]["moore-threads"] == "yes"
    assert {k: v for k, v in merged["hardware"].items() if k != "moore-threads"} == {
        k: v for k, v in plain["hardware"].items() if k != "moore-threads"
    }
    assert merged["precisions"] == plain["precisions"]
    assert merged["name"] == plain["name"] == "vLLM"


def test_show_marks_values_from_the_overlay(cli, tmp_path) -> None:
    fix = write(tmp_path, "fix.yaml", VLLM_FIX)
    result = cli("--data", str(fix), "show", "vllm", "-o", "table")
    assert result.exit_code == 0, result.stderr
    stars_line = next(line for line in result.stdout.splitlines() if "GitHub stars" in line)
    assert f"(from {fix})" in stars_line and "2026-11-01" in stars_line
    assert f"Moore Threads MTT (from {fix})" in result.stdout
    assert "(from" not in next(line for line in result.stdout.splitlines() if "Organization" in line)
    record = json.loads(cli("--data", str(fix), "show", "vllm", "--json").stdout)
    assert record["defined_in"] == "survey"
    assert record["overlay_fields"] == {
        "github_stars": str(fix),
        "stars_as_of": str(fix),
        "hardware.moore-threads": str(fix),
    }


def test_show_says_a_new_engine_is_defined_in_the_file(cli, tmp_path) -> None:
    extra = write(tmp_path, "extra.yaml", NEW_ENGINE)
    table = cli("--data", str(extra), "show", "mini-engine", "-o", "table").stdout
    assert f"Defined in      {extra} (not in the survey" in table
    record = json.loads(cli("--data", str(extra), "show", "mini-engine", "--json").stdout)
    assert record["defined_in"] == str(extra)


def test_show_without_overlays_says_survey(cli) -> None:
    record = json.loads(cli("show", "sglang", "--json").stdout)
    assert record["defined_in"] == "survey" and record["overlay_fields"] == {}


def test_later_files_win_and_env_comes_before_data(cli, tmp_path, monkeypatch) -> None:
    first = write(tmp_path, "a.yaml", 'engines:\n  - id: sglang\n    github_stars: 1\n    stars_as_of: "2026-01-01"\n')
    second = write(tmp_path, "b.yaml", 'engines:\n  - id: sglang\n    github_stars: 2\n    stars_as_of: "2026-02-01"\n')
    third = write(tmp_path, "c.yaml", 'engines:\n  - id: sglang\n    github_stars: 3\n    stars_as_of: "2026-03-01"\n')
    monkeypatch.setenv("LLMENGINES_DATA", os.pathsep.join([str(first), str(second)]))
    assert engines(cli("list", "--json").stdout)["sglang"]["github_stars"] == 2
    assert engines(cli("--data", str(third), "list", "--json").stdout)["sglang"]["github_stars"] == 3
    record = json.loads(cli("--data", str(third), "show", "sglang", "--json").stdout)
    assert record["overlay_fields"]["github_stars"] == str(third)


def test_template_is_a_valid_overlay_that_loads(cli, tmp_path) -> None:
    result = cli("template")
    assert result.exit_code == 0
    assert result.stdout.startswith("#")
    # As printed, its examples are commented out (used unedited it must not add "My Engine" or change vLLM);
    # uncommented, they are one new engine and one correction.
    uncommented = "\n".join(
        "engines:" if line == "engines: []" else line[1:] if line.startswith("#  ") else line
        for line in result.stdout.splitlines()
    )
    path = write(tmp_path, "mine.yaml", uncommented + "\n")
    checked = cli("validate", str(path))
    assert checked.exit_code == 0, checked.stderr
    assert "1 new engine(s), 1 correction(s)" in checked.stderr
    shown = json.loads(cli("--data", str(path), "show", "my-engine", "--json").stdout)
    assert shown["hardware"]["nvidia"] == "yes" and shown["hardware"]["tpu"] == "unknown"


# --- validate and broken files -----------------------------------------------------------------------------------

BAD = """\
engines:
  - id: vllm
    github_stars: lots
    hardware:
      nvidai: yes
      tpu: maybe
    colour: red
  - id: new-thing
    name: New
    community: {sns: yes, forum: nope}
  - name: no id
    released: 2025-13
"""


def test_validate_lists_every_problem_with_line_and_column(cli, tmp_path) -> None:
    bad = write(tmp_path, "bad.yaml", BAD)
    result = cli("validate", str(bad))
    assert result.exit_code == 3
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    expected = [
        f"{bad}:3:5: engines[0].github_stars: Input should be a valid integer, not 'lots'",
        f"{bad}:5:7: engines[0].hardware.nvidai: 'nvidai' is not a hardware id — did you mean 'nvidia'",
        f"{bad}:6:7: engines[0].hardware.tpu: 'maybe' is not one of 'yes', 'no' or 'unknown'",
        f"{bad}:7:5: engines[0].colour: unknown field",
        f"{bad}:10:27: engines[1].community.forum: 'nope' is not one of",
        f"{bad}:11:5: engines[2]: every record needs an id",
        f"{bad}:12:5: engines[2].released: expected a date as YYYY-MM, not '2025-13'",
    ]
    for want in expected:
        assert any(line.startswith(want) for line in lines), (want, lines)
    assert lines[-1].startswith("error: ")
    assert "Traceback" not in result.stderr


def test_data_with_a_broken_file_fails_the_same_way_and_loads_nothing(cli, tmp_path) -> None:
    good = write(tmp_path, "good.yaml", NEW_ENGINE)
    bad = write(tmp_path, "bad.yaml", BAD)
    result = cli("--data", str(good), "--data", str(bad), "list", "--json")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert f"{bad}:7:5: engines[0].colour: unknown field" in result.stderr


def test_new_engine_missing_required_fields_is_located(cli, tmp_path) -> None:
    thin = write(tmp_path, "thin.yaml", "engines:\n  - id: new-thing\n    name: New\n")
    result = cli("validate", str(thin))
    assert result.exit_code == 3
    assert (
        f"{thin}:2:5: engines[0].id: 'new-thing' is not an engine of the dataset; a new engine also needs "
        "organization, org_type, released, open_source, commercial, docs, deployment.scale, deployment.devices"
    ) in result.stderr


def test_star_count_needs_its_date(cli, tmp_path) -> None:
    undated = write(tmp_path, "undated.yaml", "engines:\n  - id: sglang\n    github_stars: 5\n")
    result = cli("--data", str(undated), "list")
    assert result.exit_code == 3
    assert f"{undated}:3:5: engines[0].github_stars: a star count needs stars_as_of" in result.stderr


def test_alias_of_another_engine_is_rejected(cli, tmp_path) -> None:
    clash = write(tmp_path, "clash.yaml", 'engines:\n  - id: sglang\n    aliases: ["vLLM"]\n')
    result = cli("validate", str(clash))
    assert result.exit_code == 3
    assert f"{clash}:3:5: engines[0].aliases: 'vLLM' already names engine 'vllm'" in result.stderr


def test_python_object_tag_is_rejected_without_running_anything(cli, tmp_path) -> None:
    marker = tmp_path / "pwned"
    evil = write(tmp_path, "evil.yaml", f'engines:\n  - !!python/object/apply:os.system ["touch {marker}"]\n')
    for args in (["validate", str(evil)], ["--data", str(evil), "list"]):
        result = cli(*args)
        assert result.exit_code == 3, result.stderr
        assert "YAML tags are not allowed (!!python/object/apply:os.system)" in result.stderr
        assert f"{evil}:2:5:" in result.stderr
        assert "Traceback" not in result.stderr
    assert not marker.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("engines:\n  - id: vllm\n    docs: simple\n    docs: detailed\n", "duplicate key"),
        (b"engines:\n  - id: vllm\n    name: caf\xe9\n", "not valid UTF-8"),
        ("", "the file is empty"),
        ("   \n\n", "the file is empty"),
        ("engines: [\n", "expected"),
        ("- just a list\n", "expected a mapping with an 'engines:' list"),
        ("engines:\n  - id: vllm\nthings: 1\n", "unknown top-level key"),
        (
            "a: &a [1,1,1,1,1,1,1,1,1,1]\n"
            + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(7)),
            "an alias expanded too often",
        ),
    ],
    ids=["duplicate-key", "not-utf8", "empty", "blank", "syntax", "not-a-mapping", "top-level-key", "alias-bomb"],
)
def test_unreadable_files_are_one_clear_error(cli, tmp_path, content, message) -> None:
    path = write(tmp_path, "broken.yaml", content)
    for args in (["validate", str(path)], ["--data", str(path), "list"]):
        result = cli(*args)
        assert result.exit_code == 3, (args, result.stderr)
        assert message in result.stderr, result.stderr
        assert str(path) in result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""


def test_missing_file_directory_and_oversize(cli, tmp_path, monkeypatch) -> None:
    missing = tmp_path / "nope.yaml"
    assert cli("--data", str(missing), "list").stderr == f"error: {missing}: no such file\n"
    result = cli("validate", str(tmp_path))
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines()[0] == f"{tmp_path}: is a directory, not a data file"
    big = write(tmp_path, "big.yaml", NEW_ENGINE)
    monkeypatch.setattr("llmengines.files.MAX_FILE_BYTES", 100)
    result = cli("--data", str(big), "list")
    assert result.exit_code == 3
    assert "is more than the 100 a data file may have" in result.stderr


def test_env_var_with_a_missing_file_is_a_data_error(cli, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LLMENGINES_DATA", str(tmp_path / "gone.yaml"))
    result = cli("list")
    assert result.exit_code == 3
    assert "gone.yaml: no such file" in result.stderr


# --- the cache ---------------------------------------------------------------------------------------------------

PROBE = """
import sys
from llmengines.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    assert not exc.code, exc.code
heavy = sorted(m for m in ("pydantic", "ruamel.yaml", "yaml_rs", "yaml") if m in sys.modules)
print("HEAVY=" + ",".join(heavy), file=sys.stderr)
"""


def _probe(*args: str, env: dict[str, str]) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env={**os.environ, **env}, check=True
    )
    return next(line for line in proc.stderr.splitlines() if line.startswith("HEAVY="))


def test_validated_overlay_is_cached_and_the_query_path_stays_light(tmp_path) -> None:
    extra = write(tmp_path, "extra.yaml", NEW_ENGINE)
    env = {"LLMENGINES_CACHE_DIR": str(tmp_path / "cache"), "LLMENGINES_DATA_DIR": str(tmp_path / "data")}
    assert _probe("list", "--json", env=env) == "HEAVY="  # no overlay: no pydantic, no ruamel
    assert _probe("--data", str(extra), "list", "--json", env=env) == "HEAVY=pydantic,ruamel.yaml,yaml_rs"  # first
    cached = list((tmp_path / "cache").glob("overlay-*.json"))
    assert len(cached) == 1
    head, records = cached[0].read_text().split("\n", 1)  # a header line with a checksum, then the records
    assert json.loads(head)["format"] and json.loads(records)[0]["id"] == "mini-engine"
    assert _probe("--data", str(extra), "list", "--json", env=env) == "HEAVY="  # from the cache


def test_a_json_overlay_is_read_without_any_yaml_reader(tmp_path) -> None:
    # JSON is YAML too, and json reads it: the first call imports none of the YAML readers (ruamel's ~25 ms).
    data = {"engines": [{**MINI_ENGINE, "hardware": {"amd-gpu": "yes", "nvidia": "no"}}]}
    extra = write(tmp_path, "extra.json", json.dumps(data))
    env = {"LLMENGINES_CACHE_DIR": str(tmp_path / "cache"), "LLMENGINES_DATA_DIR": str(tmp_path / "data")}
    assert _probe("--data", str(extra), "list", "--json", env=env) == "HEAVY=pydantic"
    broken = write(tmp_path, "broken.json", json.dumps(data)[:-1])  # not JSON: YAML's reader says where
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "--data", str(broken), "list"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )
    assert proc.returncode != 0 and "broken.json:" in proc.stderr


def test_cache_is_invalidated_when_the_file_changes(cli, tmp_path) -> None:
    extra = write(tmp_path, "extra.yaml", NEW_ENGINE)
    assert engines(cli("--data", str(extra), "list", "--json").stdout)["mini-engine"]["docs"] == "simple"
    extra.write_text(NEW_ENGINE.replace("docs: simple", "docs: detailed"), encoding="utf-8")
    assert engines(cli("--data", str(extra), "list", "--json").stdout)["mini-engine"]["docs"] == "detailed"
    extra.write_text(NEW_ENGINE.replace("docs: simple", "docs: wonderful"), encoding="utf-8")
    result = cli("--data", str(extra), "list", "--json")
    assert result.exit_code == 3 and "'wonderful' is not one of" in result.stderr


def test_corrupt_cache_entry_is_ignored(cli, tmp_path) -> None:
    extra = write(tmp_path, "extra.yaml", NEW_ENGINE)
    assert cli("--data", str(extra), "list", "--json").exit_code == 0
    cache_dir = Path(os.environ["LLMENGINES_CACHE_DIR"])
    for entry in cache_dir.glob("overlay-*.json"):
        entry.write_text("{not json", encoding="utf-8")
    result = cli("--data", str(extra), "list", "--json")
    assert result.exit_code == 0, result.stderr
    assert "mini-engine" in engines(result.stdout)


def test_entry_point_with_data_option(tmp_path) -> None:
    extra = write(tmp_path, "extra.yaml", NEW_ENGINE)
    result = run_process("--data", str(extra), "list", "--json")
    assert result.exit_code == 0, result.stderr
    assert "mini-engine" in engines(result.stdout)


def test_new_commands_lead_their_help_with_examples(cli) -> None:
    for command, example in (
        ("validate", "llmengines validate extra.yaml"),
        ("template", "llmengines template > mine.yaml"),
        ("refresh", "llmengines refresh --dry-run"),
    ):
        text = cli(command, "--help").stdout
        body = text.split("\n\n", 2)[2]  # after the usage line and the summary
        assert body.lstrip().startswith(example.split(" --")[0]), text
        assert example in text


def test_engine_to_dict_equals_asdict_for_every_engine(cli, tmp_path) -> None:
    from dataclasses import asdict, fields

    from llmengines.dataset import engine_to_dict
    from llmengines.models import Engine
    from llmengines.overlays import load

    extra = write(tmp_path, "extra.yaml", NEW_ENGINE)
    dataset = load([str(extra)]).dataset
    assert [f.name for f in fields(Engine)] == list(engine_to_dict(dataset.engines[0]))
    for engine in dataset.engines:
        assert engine_to_dict(engine) == asdict(engine)


def test_cache_entries_of_another_shape_are_checked_again(cli, tmp_path) -> None:
    extra = write(tmp_path, "extra.yaml", NEW_ENGINE)
    assert cli("--data", str(extra), "list", "--json").exit_code == 0
    cache_dir = Path(os.environ["LLMENGINES_CACHE_DIR"])
    entries = list(cache_dir.glob("*.json"))
    assert {e.name.split("-")[0] for e in entries} == {"overlay", "merged"}
    for entry in entries:
        head = entry.read_text().split("\n", 1)[0]
        entry.write_text(head + "\n" + json.dumps([{"engines": ["not an engine"], "provenance": {}}, {"id": 3}]))
    result = cli("--data", str(extra), "list", "--json")
    assert result.exit_code == 0, result.stderr
    assert engines(result.stdout)["mini-engine"]["organization"] == "Example Labs"


def test_info_lists_the_data_files_in_order(cli, tmp_path, monkeypatch) -> None:
    first = write(tmp_path, "first.yaml", NEW_ENGINE)
    second = write(tmp_path, "second.yaml", VLLM_FIX)
    monkeypatch.setenv("LLMENGINES_DATA", str(first))
    data = json.loads(cli("--data", str(second), "info", "--json").stdout)
    assert data["overlays"] == [str(first), str(second)]
    assert data["counts"]["engines"] == 26
    assert json.loads(cli("info", "--json").stdout)["overlays"] == [str(first)]


def test_an_overlay_written_as_json_loads_and_its_problems_are_located(cli, tmp_path) -> None:
    record = dict(MINI_ENGINE)
    good = write(tmp_path, "good.json", json.dumps({"engines": [record]}, indent=1))
    result = cli("--data", str(good), "list", "--json")
    assert result.exit_code == 0, result.stderr
    assert engines(result.stdout)["mini-engine"]["hardware"]["nvidia"] == "unknown"
    bad = write(tmp_path, "bad.json", json.dumps({"engines": [{**record, "docs": "great"}]}, indent=1))
    result = cli("validate", str(bad))
    assert result.exit_code == 3
    lines = bad.read_text().splitlines()
    line = next(i for i, text in enumerate(lines, 1) if '"docs"' in text)
    column = lines[line - 1].index('"docs"') + 1
    assert f"{bad}:{line}:{column}: engines[0].docs: 'great' is not one of" in result.stderr
    dup = write(tmp_path, "dup.json", '{"engines": [], "engines": []}')
    result = cli("validate", str(dup))
    assert result.exit_code == 3 and "duplicate key" in result.stderr


def test_misspelt_fields_and_aliases_as_keys_get_pointed_to_the_right_name(cli, tmp_path) -> None:
    typo = write(
        tmp_path,
        "typo.yaml",
        "engines:\n  - id: vllm\n    hardwre: {nvidia: yes}\n    hardware:\n      cuda: yes\n      tpu: maybe\n"
        "    community: {snss: yes}\n",
    )
    result = cli("validate", str(typo))
    assert result.exit_code == 3
    assert result.stderr.splitlines()[:4] == [
        f"{typo}:3:5: engines[0].hardwre: unknown field — did you mean 'hardware'?",
        f"{typo}:5:7: engines[0].hardware.cuda: 'cuda' is not a hardware id: write 'nvidia'",
        f"{typo}:6:7: engines[0].hardware.tpu: 'maybe' is not one of 'yes', 'no' or 'unknown'",
        f"{typo}:7:17: engines[0].community.snss: unknown field — did you mean 'sns'?",
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-5", "engines[0].github_stars: a star count cannot be negative"),
        ("1" + "0" * 400, "engines[0].github_stars: more stars than any repository has"),
    ],
)
def test_impossible_star_counts_are_refused(cli, tmp_path, value: str, message: str) -> None:
    # They used to validate, and then `rank --by stars` died of an internal error (log10 of a negative number,
    # or an integer too large for a float).
    text = f'engines:\n  - id: vllm\n    github_stars: {value}\n    stars_as_of: "2025-06-01"\n'
    path = write(tmp_path, "stars.yaml", text)
    for args in (["validate", str(path)], ["--data", str(path), "rank", "--by", "stars"]):
        result = cli(*args)
        assert result.exit_code == 3, result.stderr
        assert result.stdout == ""
        assert f"{path}:3:5: {message}" in result.stderr


@pytest.mark.parametrize("field", ["stars_as_of", "latest_release_date", "last_push"])
def test_a_date_that_does_not_exist_is_refused(cli, tmp_path, field: str) -> None:
    path = write(tmp_path, "date.yaml", f'engines:\n  - id: vllm\n    {field}: "2025-02-30"\n')
    result = cli("validate", str(path))
    assert result.exit_code == 3
    assert f"{path}:3:5: engines[0].{field}: '2025-02-30' is not a date" in result.stderr


def test_an_integer_too_long_to_read_is_a_data_error(cli, tmp_path) -> None:
    # Python refuses to convert integers of more than 4,300 digits: that was an internal error (exit 1).
    path = write(tmp_path, "long.json", '{"engines": [{"id": "vllm", "github_stars": ' + "9" * 5000 + "}]}")
    result = cli("--data", str(path), "list", "--json")
    assert result.exit_code == 3, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "internal error" not in result.stderr, result.stderr


BRACKETS = """\
engines:
  - id: vllm
    organization: "[bold red]Team[/] [v2]"
"""


@pytest.mark.parametrize("color", [True, False], ids=["colour", "plain"])
@pytest.mark.parametrize(
    "args",
    [
        ["list", "--fields", "name,organization"],
        ["show", "vllm"],
        ["compare", "vllm", "sglang", "--section", "overview"],
        ["find", "--hw", "cuda", "--fields", "name,organization"],
    ],
)
def test_square_brackets_in_values_are_shown_not_taken_as_markup(cli, tmp_path, monkeypatch, color, args) -> None:
    # On a colour terminal Rich read '[bold red]…[/]' in a value as markup: it printed a red 'Team' and ate '[v2]'.
    from llmengines.environment import Environment

    fake = Environment(stdout_isatty=True, color=color, width=200, unicode=True)
    monkeypatch.setattr(Environment, "detect", classmethod(lambda cls, **kw: fake))
    path = write(tmp_path, "brackets.yaml", BRACKETS)
    result = cli("--data", str(path), *args)
    assert result.exit_code == 0, result.stderr
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert "[bold red]Team[/] [v2]" in plain, plain


def test_an_endless_device_is_refused_not_read_forever(cli) -> None:
    # /dev/zero reports a size of 0 and never ends: reading it whole hung until memory ran out.
    result = cli("--data", "/dev/zero", "list", "--json")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == "error: /dev/zero: more than the 16777216 bytes a data file may have\n"


def test_template_on_an_ascii_stdout(tmp_path) -> None:
    # The template's comments hold '…' and '—': written raw, an ASCII stdout made that an internal error (exit 1).
    result = run_process("template", env={"PYTHONIOENCODING": "ascii"})
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    copy = tmp_path / "mine.yaml"
    copy.write_text(result.stdout, encoding="ascii")
    assert run_process("validate", str(copy)).exit_code == 0


def test_cache_keys_are_the_sha256_of_the_content_whatever_the_size(cli, tmp_path) -> None:
    import hashlib

    from llmengines.overlays import _digest

    for size in (0, 10, 512 * 1024 - 1, 512 * 1024, 600 * 1024):
        data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
        assert _digest(data) == hashlib.sha256(data).hexdigest()


def test_a_cached_merge_builds_the_same_engines_as_the_merge(cli, tmp_path) -> None:
    # The merged cache holds engines as rows (llmengines.engine_rows); read back they are the merged engines.
    from llmengines.dataset import engine_from_dict, engine_to_dict
    from llmengines.engine_rows import engine_row, engines_from_rows

    first = write(tmp_path, "new.yaml", NEW_ENGINE)
    fix = write(tmp_path, "fix.yaml", VLLM_FIX)
    fresh = cli("--data", str(first), "--data", str(fix), "list", "--json")
    again = cli("--data", str(first), "--data", str(fix), "list", "--json")
    assert fresh.exit_code == again.exit_code == 0 and fresh.stdout == again.stdout
    assert list(Path(os.environ["LLMENGINES_CACHE_DIR"]).glob("merged-*.json"))
    from llmengines.overlays import load

    engines = load([str(first), str(fix)]).dataset.engines
    dicts = [engine_to_dict(e) for e in engines]
    assert engines_from_rows(json.loads(json.dumps([engine_row(d) for d in dicts]))) == engines
    assert tuple(engine_from_dict(d) for d in dicts) == engines


def test_engine_rows_keep_a_table_in_another_order_as_it_is() -> None:
    from llmengines.dataset import bundled, engine_to_dict
    from llmengines.engine_rows import engine_from_row, engine_row

    record = engine_to_dict(bundled().engines[0])
    record["hardware"] = dict(reversed(record["hardware"].items()))
    record["precisions"] = {k: v for k, v in record["precisions"].items() if k != "fp8"}
    row = json.loads(json.dumps(engine_row(record)))
    engine = engine_from_row(row)
    assert list(engine.hardware) == list(record["hardware"]) and engine.precisions == record["precisions"]
    assert json.dumps(engine_to_dict(engine)) == json.dumps(record)


@pytest.mark.parametrize(
    ("text", "where"),
    [("{? [[]]: x}\n", "1:4"), ("a: 1\nb:\n  ? [[x]]\n  : 2\n", "3:5"), ("a: &x [*x]\nb: {? [{c: 1}]: 2}\n", "2:7")],
)
def test_a_key_holding_a_collection_in_a_collection_is_a_located_data_error(cli, tmp_path, text, where) -> None:
    # ruamel makes a sequence key a tuple, but cannot hash one holding another: a TypeError, once an internal error.
    path = write(tmp_path, "keys.yaml", text)
    result = cli("--data", str(path), "list", "--json")
    assert result.exit_code == 3 and result.stdout == ""
    assert f"keys.yaml:{where}: a key is a sequence or mapping; keys are text" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_a_comment_ruamel_cannot_place_is_a_located_data_error(cli, tmp_path) -> None:
    # ruamel's round-trip reader raises NotImplementedError("overlap in comment …") here: once an internal error.
    path = write(tmp_path, "comments.yaml", "a: # c\n  x\n  \n")
    result = cli("validate", str(path))
    assert result.exit_code == 3
    assert "comments.yaml:1:4: the YAML reader cannot place this comment" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [("validate",), ("list", "--json")])
def test_a_comment_ruamel_fails_an_assertion_on_is_a_data_error(cli, tmp_path, command) -> None:
    # Found by an adversarial review's fuzzer: ruamel's comment handling asserts (add_pre_comments) on this file.
    text = b"- '- - ' # c\n- # c\n  -\n#x\r\n  - +.\n  - 1-2\n  - n # c\n- # c\r>- # c\r\n"
    path = write(tmp_path, "asserts.yaml", text)
    args = (*command, str(path)) if command == ("validate",) else ("--data", str(path), *command)
    result = cli(*args)
    assert result.exit_code == 3 and result.stdout == ""
    assert "asserts.yaml: the YAML reader cannot place one of this file's comments" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
