"""Big overlays, cached and not: the same answer byte for byte, a light cached path, and a cache that is never trusted.

The overlay is a few hundred synthetic engines (``bench/make_overlay.py``): enough for JSON written a record a
line and for record classes compiled after their first instances, as with the benchmark's 1,000.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import entry_point, run_process

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from make_overlay import make

QUERIES = (
    ("list", "--json"),
    ("find", "--hw", "rocm", "--precision", "fp8", "--json"),
    ("show", "synthetic-0007", "--json"),
    ("show", "vllm", "--json"),
    ("rank", "--by", "throughput", "--json"),
)
# What a cached overlay query has no use for: validation and YAML (pydantic, PyYAML, ruamel), and the modules the
# query path avoids (typing, dataclasses with inspect, pathlib with urllib).
NOT_ON_A_CACHED_CALL = ("pydantic", "pydantic_core", "yaml", "ruamel", "typing", "dataclasses", "inspect", "pathlib")


@pytest.fixture(scope="module")
def overlay_text() -> str:
    return make(240)


@pytest.fixture
def overlay(tmp_path: Path, overlay_text: str) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text(overlay_text, encoding="utf-8")
    return path


def cache_dir() -> Path:
    return Path(os.environ["LLMENGINES_CACHE_DIR"])


def answers(overlay: Path) -> dict[tuple[str, ...], tuple[int, str, str]]:
    out = {}
    for query in QUERIES:
        result = run_process("--data", str(overlay), *query)
        out[query] = (result.exit_code, result.stdout, result.stderr)
    return out


def test_cached_answers_are_the_uncached_ones_byte_for_byte(overlay: Path) -> None:
    first = answers(overlay)  # every query fills (or reads) the cache
    assert all(code == 0 for code, _out, _err in first.values()), first
    assert len(json.loads(first["list", "--json"][1])) == 25 + 240
    assert {p.name.split("-")[0] for p in cache_dir().glob("*.json")} == {"overlay", "merged", "schema"}
    assert answers(overlay) == first  # cached
    for entry in cache_dir().iterdir():
        entry.unlink()
    fresh = {}
    for query in QUERIES:  # each with an empty cache: nothing read back at all
        result = run_process("--data", str(overlay), *query)
        fresh[query] = (result.exit_code, result.stdout, result.stderr)
        for entry in cache_dir().iterdir():
            entry.unlink()
    assert fresh == first


def _damage(kind: str) -> None:
    for entry in cache_dir().glob("*.json"):
        raw = entry.read_bytes()
        if kind == "truncated":
            entry.write_bytes(raw[: len(raw) // 2])
        elif kind == "corrupted":  # one byte of the body changed: still well-formed, but not what was written
            if b"synthetic-0003" in raw:
                at = raw.index(b"synthetic-0003") + len(b"synthetic-000")
            else:  # the records' schema: a key of it
                at = raw.rindex(b'"type"') + 2
            entry.write_bytes(raw[:at] + b"9" + raw[at + 1 :])
        elif kind == "empty":
            entry.write_bytes(b"")
        elif kind == "unreadable":  # root reads any file whatever its mode; a directory cannot be read as one
            entry.unlink()
            entry.mkdir()
        elif kind == "garbage":
            entry.write_bytes(os.urandom(len(raw)))


@pytest.mark.parametrize("kind", ["truncated", "corrupted", "empty", "unreadable", "garbage"])
def test_a_damaged_cache_gives_the_right_answer(overlay: Path, kind: str) -> None:
    first = answers(overlay)
    _damage(kind)
    assert answers(overlay) == first
    assert answers(overlay) == first  # and again, from whatever the run before wrote back


def test_an_overlay_edited_after_a_cached_call_gives_the_new_answer(overlay: Path, overlay_text: str) -> None:
    assert run_process("--data", str(overlay), "list", "--json").exit_code == 0
    assert run_process("--data", str(overlay), "list", "--json").exit_code == 0  # cached
    overlay.write_text(overlay_text.replace("name: Synthetic 0005", "name: Edited 0005"), encoding="utf-8")
    names = {e["id"]: e["name"] for e in json.loads(run_process("--data", str(overlay), "list", "--json").stdout)}
    assert names["synthetic-0005"] == "Edited 0005"
    overlay.write_text(overlay_text.replace("docs: simple", "docs: wonderful", 1), encoding="utf-8")
    result = run_process("--data", str(overlay), "list", "--json")
    assert result.exit_code == 3 and "'wonderful' is not one of" in result.stderr and not result.stdout
    assert result.stderr.count("\n") == 2 and "Traceback" not in result.stderr  # the summary, then the problem
    assert ":" in result.stderr.splitlines()[1]  # located: file:line:column


def test_a_cached_overlay_query_imports_no_validation_yaml_or_heavy_stdlib(overlay: Path) -> None:
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    args = [*entry_point(), "--data", str(overlay), "list", "--json"]
    first = subprocess.run(args, capture_output=True, text=True, env=env, timeout=60, check=True)
    assert "pydantic" in first.stderr  # the first call validates
    again = subprocess.run(args, capture_output=True, text=True, env=env, timeout=60, check=True)
    modules = {line.split("|")[-1].strip() for line in again.stderr.splitlines() if line.startswith("import time:")}
    assert "llmengines.overlays" in modules
    assert not {m for m in modules if m.split(".")[0] in NOT_ON_A_CACHED_CALL}
    assert again.stdout == first.stdout


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('{"engines": [{"id": "vllm", "name": "v\\u202eLLM"}]}', "\\u202e"),  # bidi override from a JSON escape
        ('{"engines": [{"id": "vllm", "hardware_notes": {"nvidia\\u001b": "x"}}]}', "\\x1b"),  # in a key
        ('engines:\n  - id: vllm\n    name: "v\\eLLM"\n', "\\x1b"),  # a YAML escape
        ('engines:\n  - id: vllm\n    aliases: ["a\\u2066b"]\n', "\\u2066"),  # in a list
    ],
)
def test_unsafe_characters_are_still_refused_and_located(tmp_path: Path, text: str, found: str) -> None:
    path = tmp_path / ("bad.json" if text.startswith("{") else "bad.yaml")
    path.write_text(text, encoding="utf-8")
    result = run_process("--data", str(path), "list", "--json")
    assert result.exit_code == 3 and not result.stdout
    assert f"control character ({found})" in result.stderr and f"{path}:" in result.stderr


def test_a_path_named_the_way_pathlib_rewrites_reads_the_same_file(overlay: Path) -> None:
    plain = run_process("--data", str(overlay), "list", "--json")
    for spelling in (f"{overlay.parent}//{overlay.name}", f"{overlay.parent}/./{overlay.name}"):
        assert run_process("--data", spelling, "list", "--json").stdout == plain.stdout
    for odd in (f"{overlay}/", f"{overlay}/."):  # as before: pathlib reads the name without them
        result = run_process("--data", odd, "list", "--json")
        assert (result.exit_code, result.stdout) == (0, plain.stdout), result.stderr


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_the_cached_records_are_the_checked_records(tmp_path: Path, overlay_text: str, suffix: str) -> None:
    # The cache entry's JSON is made from the text the check encoded; read back it is what the check returned.
    from llmengines.validation import parse_overlay, parse_overlay_json

    if suffix == ".json":
        from make_overlay import make_json

        raw = make_json(30).encode()
    else:
        vllm = "  - id: vllm\n    hardware_notes: {nvidia: null}\n    aliases: [vé, 'a\"b\\\\c']\n"
        raw = (overlay_text + vllm).encode()
    records, text = parse_overlay_json(f"o{suffix}", raw)
    assert text is not None and json.loads(text) == records == parse_overlay(f"o{suffix}", raw)
    assert records[-1]["data"].get("hardware_notes", {"nvidia": None}) == {"nvidia": None}


_TEXT = 'aZ09 -_.:/"\\é\x00\x07\x1b\n\t\x7f\x85\x9f\u061c\u200e\u202e\u2028\u2066\ud800\ufffe'


@given(
    st.recursive(
        st.text(alphabet=_TEXT, max_size=6) | st.integers() | st.booleans() | st.none(),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(alphabet=_TEXT, max_size=4), inner, max_size=3)
        ),
        max_leaves=12,
    )
)
def test_the_quick_unsafe_check_never_misses_what_the_walk_finds(value: object) -> None:
    from llmengines.validation import YamlDocument, _control_characters, _json_texts, _may_hold_unsafe

    texts = _json_texts([value])
    assert texts is not None
    if _control_characters(value, YamlDocument("x", None, {}), ()):
        assert _may_hold_unsafe("[" + ", ".join(texts) + "]")


def test_a_cache_directory_that_cannot_be_one_costs_only_speed(overlay: Path, tmp_path: Path) -> None:
    first = answers(overlay)
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory should be\n", encoding="utf-8")
    for query in QUERIES:
        result = run_process("--data", str(overlay), *query, env={"LLMENGINES_CACHE_DIR": str(blocker)})
        assert (result.exit_code, result.stdout, result.stderr) == first[query]


# --- a file's digest cached under its identity (device, inode, size, mtime, ctime) --------------------------------


def _names(overlay: Path) -> dict[str, str]:
    from llmengines import overlays

    return {e.id: e.name for e in overlays.load([str(overlay)]).dataset.engines}


def _stat_entries() -> list[Path]:
    return sorted(cache_dir().glob("stat-*.json"))


def test_a_file_modified_seconds_ago_is_read_and_hashed_every_time(
    overlay: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Modified within RACY_SECONDS: another change within the same timestamp tick could go unseen, so no digest
    # is cached under its identity and every call reads it again. (An hour: however slow this machine is.)
    from llmengines import overlays

    monkeypatch.setattr(overlays, "RACY_SECONDS", 3600)
    assert _names(overlay)["synthetic-0005"] == "Synthetic 0005"
    assert _names(overlay)["synthetic-0005"] == "Synthetic 0005"
    assert _stat_entries() == []


def test_an_old_file_is_not_read_again_until_it_changes(
    overlay: Path, overlay_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from llmengines import overlays

    monkeypatch.setattr(overlays, "RACY_SECONDS", 0)  # as if the file had been written long ago
    assert _names(overlay)["synthetic-0005"] == "Synthetic 0005"
    assert len(_stat_entries()) == 1

    def unread(path: str) -> Any:
        raise AssertionError(f"{path} was read")

    with monkeypatch.context() as m:
        m.setattr(overlays, "read_checked", unread)
        m.setattr(overlays, "read_with_identity", unread)
        assert _names(overlay)["synthetic-0005"] == "Synthetic 0005"  # from the merged entry, the file unread

    # The same size, and the old modification time put back: the change time still tells.
    before = overlay.stat()
    overlay.write_text(overlay_text.replace("Synthetic 0005", "Synthetic 5000"), encoding="utf-8")
    os.utime(overlay, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert overlay.stat().st_size == before.st_size and overlay.stat().st_mtime_ns == before.st_mtime_ns
    assert _names(overlay)["synthetic-0005"] == "Synthetic 5000"
    # Replaced by another file (a new inode) of the same size and times: read again too.
    other = overlay.with_name("other.yaml")
    other.write_text(overlay_text.replace("Synthetic 0005", "Synthetic 0500"), encoding="utf-8")
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
    other.replace(overlay)
    assert _names(overlay)["synthetic-0005"] == "Synthetic 0500"


@pytest.mark.parametrize("damage", ["garbage", "another digest", "another identity", "empty"])
def test_a_damaged_or_wrong_identity_entry_gives_the_right_answer(
    overlay: Path, overlay_text: str, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    from llmengines import cache, overlays

    monkeypatch.setattr(overlays, "RACY_SECONDS", 0)
    _names(overlay)
    (entry,) = _stat_entries()
    raw = entry.read_bytes()
    if damage == "garbage":
        entry.write_bytes(os.urandom(len(raw)))
    elif damage == "empty":
        entry.write_bytes(b"")
    else:  # well-formed, checksummed, and wrong: written as the cache writes an entry
        head = json.loads(raw.split(b"\n")[0])
        (record,) = json.loads(raw.split(b"\n")[1])
        if damage == "another digest":
            record["digest"] = "0" * 64
        else:
            record["identity"] = [*record["identity"][:-1], 1]
        cache.put(head["sha256"], [record])
    assert _names(overlay)["synthetic-0005"] == "Synthetic 0005"  # the file read and hashed again
    assert _names(overlay)["synthetic-0005"] == "Synthetic 0005"  # and the entry written again, or still ignored
    assert json.loads(entry.read_bytes().split(b"\n")[1])[0]["digest"] == overlays._digest(overlay.read_bytes())
    overlay.write_text(overlay_text.replace("Synthetic 0005", "Synthetic 5000"), encoding="utf-8")
    assert _names(overlay)["synthetic-0005"] == "Synthetic 5000"


def test_a_file_this_user_cannot_read_is_not_answered_from_the_cache(
    overlay: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another user's cached identity entry must not answer for a file this one may not open. (Tests run as root,
    # which reads any file: the refusal is the operating system's, simulated.)
    from llmengines import files, overlays
    from llmengines.errors import DataError

    monkeypatch.setattr(overlays, "RACY_SECONDS", 0)
    _names(overlay)
    assert len(_stat_entries()) == 1
    real_os_open, real_open = os.open, open

    def os_open(name: str, *args: Any, **kwargs: Any) -> int:
        if str(name) == str(overlay):
            raise PermissionError(13, "Permission denied", str(name))
        return real_os_open(name, *args, **kwargs)

    def builtin_open(name: str, *args: Any, **kwargs: Any) -> Any:
        if str(name) == str(overlay):
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", os_open)
    monkeypatch.setattr(files, "open", builtin_open, raising=False)
    with pytest.raises(DataError, match="cannot read: Permission denied"):
        overlays.load([str(overlay)])


def test_the_digest_cached_is_that_of_the_file_read_even_if_the_name_moves_meanwhile(
    tmp_path: Path, overlay_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The name points at A when its identity is looked up and at B while it is read: B's digest must go under
    # B's identity (the descriptor read), never A's, or every later call would answer B for A.
    from llmengines import files, overlays

    monkeypatch.setattr(overlays, "RACY_SECONDS", 0)
    a, b, link = tmp_path / "a.yaml", tmp_path / "b.yaml", tmp_path / "link.yaml"
    a.write_text(overlay_text.replace("Synthetic 0005", "Synthetic AAAA"), encoding="utf-8")
    b.write_text(overlay_text.replace("Synthetic 0005", "Synthetic BBBB"), encoding="utf-8")
    link.symlink_to(a)
    real_open = open

    def moved(name: str, *args: Any, **kwargs: Any) -> Any:
        return real_open(b if str(name) == str(link) else name, *args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(files, "open", moved, raising=False)
        assert _names(link)["synthetic-0005"] == "Synthetic BBBB"  # what was read
    assert _names(link)["synthetic-0005"] == "Synthetic AAAA"
    assert _names(link)["synthetic-0005"] == "Synthetic AAAA"  # and from the identity entry, A's


@pytest.mark.parametrize("planted", ["another user's", "group-writable", "world-writable"])
def test_an_entry_its_user_does_not_own_alone_is_not_read(
    overlay: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    # In a shared cache directory someone else could plant an entry (a merged dataset, a schema that decides
    # what is valid): only entries this user owns and only they can write are read.
    from llmengines import cache, overlays

    first = json.dumps([e.name for e in overlays.load([str(overlay)]).dataset.engines])
    entries = sorted(cache_dir().glob("*.json"))
    assert entries and all(e.stat().st_mode & 0o777 == 0o600 for e in entries)
    key = next(e.stem for e in entries if e.name.startswith("merged-"))
    assert cache.read(key) is not None
    if planted == "another user's":
        monkeypatch.setattr(cache.os, "geteuid", lambda: os.getuid() + 1)
    else:
        for entry in entries:
            entry.chmod(0o620 if planted == "group-writable" else 0o602)
    assert cache.read(key) is None
    assert json.dumps([e.name for e in overlays.load([str(overlay)]).dataset.engines]) == first


def test_only_a_run_of_the_command_leaves_the_loaded_data_to_its_exit(overlay: Path) -> None:
    # The command's process ends with os._exit, so what it keeps is never freed; a program using the library keeps
    # running, and must not hold every overlay it ever loaded.
    from llmengines import overlays

    for _ in range(2):
        overlays.load([str(overlay)])
    assert overlays._LEFT_FOR_EXIT == []
    script = (
        "import sys, llmengines; llmengines._cli_run = True; from llmengines import overlays; "
        "loaded = overlays.load([sys.argv[1]]); print(len(loaded.dataset.engines), len(overlays._LEFT_FOR_EXIT))"
    )
    env = {**os.environ, "LLMENGINES_CACHE_DIR": str(overlay.parent / "empty-cache")}  # a first load, not a cached one
    proc = subprocess.run(
        [sys.executable, "-c", script, str(overlay)], capture_output=True, text=True, check=True, env=env
    )
    assert proc.stdout.split() == ["265", "1"]
