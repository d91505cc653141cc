"""Malformed data is rejected by ``llmengines.validation`` with errors that say file:line:column and field.

Each test breaks one thing in a copy of the bundled YAML (or in a small file of its own) and checks the exact
located message; ``python -m llmengines.build --check`` is checked against the real tree and against a copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from llmengines import build
from llmengines.errors import DataError
from llmengines.models import Community
from llmengines.validation import DATA_DIR, load_bundled_yaml, read_yaml, validate

PACKAGE_DIR = Path(build.__file__).resolve().parent


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private copy of the bundled YAML, safe to break."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("*.json"))
    return target


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in ``path`` with ``new``; return the 1-based line where ``new`` starts."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def problems(data_dir: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_bundled_yaml(data_dir)
    return [str(caught.value), *caught.value.problems]


def test_the_copy_is_valid_and_equal_to_the_bundled_data(data_dir: Path) -> None:
    # The baseline: every failure below is caused by its own edit and nothing else.
    assert load_bundled_yaml(data_dir) == load_bundled_yaml()


def test_unknown_field(data_dir: Path) -> None:
    line = edit(data_dir / "engines.yaml", "    docs: moderate\n", "    docs: moderate\n    colour: blue\n") + 1
    assert f"{data_dir}/engines.yaml:{line}:5: engines[0].colour: unknown field" in problems(data_dir)


def test_string_for_github_stars(data_dir: Path) -> None:
    line = edit(data_dir / "engines.yaml", "github_stars: 136000", 'github_stars: "136K"')
    found = problems(data_dir)
    assert f"{data_dir}/engines.yaml:{line}:5: engines[0].github_stars: Input should be a valid integer" in found


def test_yaml_bool_for_a_support_value(data_dir: Path) -> None:
    # YAML 1.2: `yes` is the string "yes", but `true` is a bool, which is not a support value.
    line = edit(data_dir / "engines.yaml", "      linux: yes\n", "      linux: true\n")
    expected = f"{data_dir}/engines.yaml:{line}:7: engines[0].platforms.linux: True is not one of 'yes', 'no' or"
    assert any(p.startswith(expected) for p in problems(data_dir))


def test_literal_outside_its_set(data_dir: Path) -> None:
    line = edit(data_dir / "engines.yaml", "      fp4: no\n", "      fp4: mabye\n")
    expected = f"{data_dir}/engines.yaml:{line}:7: engines[0].precisions.fp4: 'mabye' is not one of 'yes', 'no' or"
    assert any(p.startswith(expected) for p in problems(data_dir))


def test_unknown_hardware_key(data_dir: Path) -> None:
    line = edit(data_dir / "engines.yaml", "      groq-lpu: no\n", "      groq-lpu: no\n      cerebras: yes\n") + 1
    expected = f"{data_dir}/engines.yaml:{line}:7: engines[0].hardware.cerebras: 'cerebras' is not one of"
    assert any(p.startswith(expected) for p in problems(data_dir))


def test_problem_in_another_file_names_that_file(data_dir: Path) -> None:
    line = edit(data_dir / "techniques.yaml", "    category: batching\n", "    category: batchin\n")
    expected = f"{data_dir}/techniques.yaml:{line}:5: techniques[0].category: 'batchin' is not one of"
    assert any(p.startswith(expected) for p in problems(data_dir))


def test_every_problem_is_reported_not_only_the_first(data_dir: Path) -> None:
    edit(data_dir / "engines.yaml", "      fp4: no\n", "      fp4: mabye\n")
    edit(data_dir / "engines.yaml", "github_stars: 77600", "github_stars: 77.6K")
    found = problems(data_dir)
    assert any("engines[0].precisions.fp4" in p for p in found)
    assert any("engines[1].github_stars" in p for p in found)


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan"])
def test_a_price_that_is_not_a_finite_number(data_dir: Path, value: str) -> None:
    line = edit(data_dir / "pricing.yaml", "{input: 3.00, output: 8.00}", f"{{input: {value}, output: 8.00}}")
    found = problems(data_dir)
    assert any(
        p.startswith(f"{data_dir}/pricing.yaml:{line}:")
        and "pricing.by_model[0].prices.fireworks-ai.input: " in p
        and p.endswith("is not a finite number")
        for p in found
    ), found


def test_duplicate_key(data_dir: Path) -> None:
    line = edit(data_dir / "dataset.yaml", "  list_commit: 1b291b8\n", "  list_commit: 1b291b8\n  list_commit: x\n") + 1
    (message,) = problems(data_dir)
    assert message.startswith(f'{data_dir}/dataset.yaml:{line}:3: found duplicate key "list_commit"')


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        pytest.param(
            "!!python/object/apply:os.system ['touch {marker}']", "!!python/object/apply:os.system", id="apply"
        ),
        pytest.param("!!python/object/new:os.system ['touch {marker}']", "!!python/object/new:os.system", id="new"),
        pytest.param("!!python/name:os.system", "!!python/name:os.system", id="name"),
        pytest.param("!!python/object:os.system {{x: 1}}", "!!python/object:os.system", id="object"),
    ],
)
def test_python_tags_are_refused_and_never_executed(data_dir: Path, tmp_path: Path, value: str, tag: str) -> None:
    marker = tmp_path / "executed"
    line = edit(
        data_dir / "dataset.yaml", "  list_commit: 1b291b8\n", f"  list_commit: {value.format(marker=marker)}\n"
    )
    found = problems(data_dir)
    assert f"{data_dir}/dataset.yaml:{line}:3: source.list_commit: YAML tags are not allowed ({tag})" in found
    assert not marker.exists()


def test_an_alias_that_contains_itself(tmp_path: Path) -> None:
    path = tmp_path / "loop.yaml"
    path.write_text("- &a [*a]\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_yaml(path)
    assert f"{path}:1:3: [0][0]: an alias that contains itself" in caught.value.problems


def test_an_exponential_alias_is_refused(tmp_path: Path) -> None:
    lines = ["a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
    for prev, name in zip("abcdefg", "bcdefgh", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 10)}]")
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")  # 10**8 values once expanded
    with pytest.raises(DataError, match=r"laughs\.yaml: more than \d+ values"):
        read_yaml(path)


def test_nesting_too_deep(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"deep\.yaml: nested too deeply"):
        read_yaml(path)


def test_non_utf8_bytes(data_dir: Path) -> None:
    path = data_dir / "dataset.yaml"
    line = edit(path, "  list_commit: 1b291b8\n", "  list_commit: CAFE\n")
    path.write_bytes(path.read_bytes().replace(b"CAFE", b"caf\xe9"))  # latin-1, not UTF-8
    (message,) = problems(data_dir)
    assert message.startswith(f"{path}:{line}:19: not valid UTF-8")


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"], ids=["empty", "blank-lines", "comment"])
def test_empty_file(data_dir: Path, text: str) -> None:
    (data_dir / "dataset.yaml").write_text(text, encoding="utf-8")
    assert problems(data_dir) == [f"{data_dir}/dataset.yaml:1:1: the file is empty"]


def test_a_directory_instead_of_a_file(data_dir: Path) -> None:
    (data_dir / "dataset.yaml").unlink()
    (data_dir / "dataset.yaml").mkdir()
    assert problems(data_dir) == [f"{data_dir}/dataset.yaml: is a directory, not a data file"]


def test_a_missing_file(data_dir: Path) -> None:
    (data_dir / "dataset.yaml").unlink()
    assert problems(data_dir) == [f"{data_dir}/dataset.yaml: no such file"]


def test_a_missing_directory(tmp_path: Path) -> None:
    assert problems(tmp_path / "nowhere") == [f"{tmp_path}/nowhere/dataset.yaml: no such file"]


def test_top_level_must_be_a_mapping(data_dir: Path) -> None:
    (data_dir / "dataset.yaml").write_text("- a list\n", encoding="utf-8")
    assert problems(data_dir) == [f"{data_dir}/dataset.yaml:1:1: expected a mapping at the top level"]


def test_a_key_defined_in_two_files(data_dir: Path) -> None:
    with (data_dir / "pricing.yaml").open("a", encoding="utf-8") as f:
        f.write("errata: []\n")
    assert problems(data_dir) == [f"{data_dir}/pricing.yaml: errata: already defined in {data_dir}/dataset.yaml"]


def test_invalid_yaml_syntax(data_dir: Path) -> None:
    line = edit(data_dir / "engines.yaml", "    docs: moderate\n", "    docs: [moderate\n")
    (message,) = problems(data_dir)
    assert message.startswith(f"{data_dir}/engines.yaml:")
    reported = int(message.split(":")[1])
    assert reported >= line


def test_read_yaml_and_validate_locate_a_nested_field(tmp_path: Path) -> None:
    path = tmp_path / "community.yaml"
    path.write_text("# a user's file\ncommunity:\n  sns: yes\n  forum: mabye\n  meetup: no\n", encoding="utf-8")
    doc = read_yaml(path)
    with pytest.raises(DataError) as caught:
        validate(TypeAdapter(Community), doc.data["community"], doc, ("community",))
    assert caught.value.problems == [
        f"{path}:4:3: community.forum: 'mabye' is not one of 'yes', 'no' or 'unknown'",
    ]


def test_read_yaml_and_validate_accept_good_data(tmp_path: Path) -> None:
    path = tmp_path / "community.yaml"
    path.write_text("sns: yes\nforum: no\nmeetup: unknown\n", encoding="utf-8")
    doc = read_yaml(path)
    assert validate(TypeAdapter(Community), doc.data, doc) == Community("yes", "no", "unknown")
    assert doc.locate(("meetup",)) == (3, 1)


def test_validate_reports_a_missing_field(tmp_path: Path) -> None:
    path = tmp_path / "community.yaml"
    path.write_text("sns: yes\nforum: no\n", encoding="utf-8")
    doc = read_yaml(path)
    with pytest.raises(DataError) as caught:
        validate(TypeAdapter(Community), doc.data, doc)
    assert caught.value.problems == [f"{path}:1:1: meetup: missing field"]


# --- dataset.json is generated from the YAML -----------------------------------------------------------------


def test_build_check_passes_on_the_bundled_data() -> None:
    assert build.main(["--check"]) == 0


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    """A copy of the package, so that its YAML can be changed and the real build run on it."""
    target = tmp_path / "src" / "llmengines"
    shutil.copytree(PACKAGE_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def run_build(package: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(package.parent)}
    return subprocess.run(
        [sys.executable, "-m", "llmengines.build", *args],
        capture_output=True, text=True, env=env, cwd=package.parent.parent, timeout=120, check=False,
    )  # fmt: skip


def test_build_check_fails_when_the_yaml_changes_and_build_fixes_it(package_copy: Path) -> None:
    assert run_build(package_copy, "--check").returncode == 0
    edit(package_copy / "data" / "engines.yaml", "github_stars: 136000", "github_stars: 136001")

    stale = run_build(package_copy, "--check")
    assert stale.returncode == 1
    assert stale.stderr == f"{package_copy}/data/dataset.json is stale: run `python -m llmengines.build`\n"

    assert run_build(package_copy).returncode == 0
    # The list's figure is its layer in the history (the default view shows paper v3's newer one).
    assert '"list-1b291b8": 136001' in (package_copy / "data" / "dataset.json").read_text(encoding="utf-8")
    assert run_build(package_copy, "--check").returncode == 0


def test_build_check_ignores_comments(package_copy: Path) -> None:
    edit(package_copy / "data" / "engines.yaml", "engines:\n", "# a new comment\nengines:\n")
    assert run_build(package_copy, "--check").returncode == 0


def test_build_reports_invalid_yaml_with_exit_3(package_copy: Path) -> None:
    line = edit(package_copy / "data" / "engines.yaml", "      fp4: no\n", "      fp4: mabye\n")
    result = run_build(package_copy, "--check")
    assert result.returncode == 3
    assert f"{package_copy}/data/engines.yaml:{line}:7: engines[0].precisions.fp4: 'mabye'" in result.stderr
    assert "Traceback" not in result.stderr
