"""The helper process that makes the records' schema while a first call of a large overlay reads the file.

It only ever saves time: the answers are those of a call that makes the schema itself, whatever becomes of the
helper (it cannot start, fails, hangs), and no process is left behind. The oracle is the same query answered by
the library in this process, which never starts a helper.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from llmengines import records_schema

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from make_overlay import make

# Run as the command runs (records defined its way, the helper allowed), with the changes the test asks for made
# first; then say what this process imported and whether any child of it is left, running or not reaped.
PROBE = """
import json, os, sys
import llmengines
llmengines._cli_run = True
from llmengines import records_schema
changes = json.loads(sys.argv[1])
if "executable" in changes:
    sys.executable = changes["executable"]
if "code" in changes:
    records_schema._HELPER_CODE = changes["code"]
if "then" in changes:
    records_schema._HELPER_CODE += changes["then"] + "\\n"
if "seconds" in changes:
    records_schema.HELPER_SECONDS = changes["seconds"]
if "cpus" in changes:
    os.sched_setaffinity(0, changes["cpus"])
started = []
real_start = records_schema.start_helper
def start_helper(raw):
    started.append(real_start(raw))
    if started[-1]:
        print("HELPER=%d" % records_schema._helper[0].pid, file=sys.stderr, flush=True)
    return started[-1]
records_schema.start_helper = start_helper
from llmengines.cli import main
try:
    main(sys.argv[2:])
    code = 0
except SystemExit as exc:
    code = exc.code or 0
sys.stdout.flush()
try:
    os.waitpid(-1, os.WNOHANG)
    children = True
except ChildProcessError:
    children = False
report = {"code": code, "started": started, "pydantic": "pydantic.main" in sys.modules, "children": children}
print("REPORT=" + json.dumps(report), file=sys.stderr)
"""

ENGINES = 560  # just over records_schema.HELPER_MIN_BYTES


@pytest.fixture(scope="module")
def big_overlay(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "overlay.yaml"
    path.write_text(make(ENGINES), encoding="utf-8")
    assert path.stat().st_size >= records_schema.HELPER_MIN_BYTES
    return path


@pytest.fixture
def expected(big_overlay: Path, cli) -> str:  # type: ignore[no-untyped-def]
    result = cli("--data", str(big_overlay), "list", "--json")  # in this process: no helper
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def probe(
    tmp_path: Path,
    *args: str,
    changes: dict[str, Any] | None = None,
    cache: Path | str | None = None,
    python: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
) -> tuple[dict[str, Any], str, str]:
    env = {**os.environ, "LLMENGINES_CACHE_DIR": str(cache or tmp_path / "cache"), **(env or {})}
    proc = subprocess.run(
        [sys.executable, *python, "-c", PROBE, json.dumps(changes or {}), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    line = next((x for x in proc.stderr.splitlines() if x.startswith("REPORT=")), None)
    assert line is not None, proc.stderr[-3000:]
    rest = "".join(x + "\n" for x in proc.stderr.splitlines() if not x.startswith(("REPORT=", "HELPER=")))
    return json.loads(line.removeprefix("REPORT=")), proc.stdout, rest


def schema_entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("schema-*.json"))


def test_a_first_call_after_an_install_gets_the_schema_from_the_helper(
    tmp_path: Path, big_overlay: Path, expected: str
) -> None:
    report, out, err = probe(tmp_path, "--data", str(big_overlay), "list", "--json")
    assert report == {"code": 0, "started": [True], "pydantic": False, "children": False}, err
    assert out == expected
    assert len(schema_entries(tmp_path / "cache")) == 1
    # The schema stored now: a new overlay's first call neither starts a helper nor imports pydantic.
    edited = tmp_path / "edited.yaml"
    edited.write_text(big_overlay.read_text() + "\n# edited\n")
    report, out, err = probe(tmp_path, "--data", str(edited), "list", "--json")
    assert report == {"code": 0, "started": [False], "pydantic": False, "children": False}, err
    assert out == expected


@pytest.mark.parametrize(
    "changes",
    [
        {"executable": "/nonexistent/python"},  # cannot start
        {"code": "raise SystemExit(3)"},  # ends without storing anything
        {"code": "import os; os.kill(os.getpid(), 9)"},  # killed
        {"code": "import time; time.sleep(60)", "seconds": 0.5},  # hangs: stopped, not waited for
    ],
    ids=["cannot-start", "fails", "killed", "hangs"],
)
def test_whatever_becomes_of_the_helper_the_answer_is_the_same(
    tmp_path: Path, big_overlay: Path, expected: str, changes: dict[str, Any]
) -> None:
    report, out, err = probe(tmp_path, "--data", str(big_overlay), "list", "--json", changes=changes)
    assert report["code"] == 0 and out == expected, err
    assert report["pydantic"] and not report["children"]  # made here, and no process left behind
    assert len(schema_entries(tmp_path / "cache")) == 1


def test_a_file_that_cannot_be_read_stops_the_helper(tmp_path: Path, big_overlay: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(big_overlay.read_text() + "\n  - this: [is not\n")
    report, out, err = probe(tmp_path, "--data", str(broken), "list", "--json")
    assert report["code"] == 3 and out == "" and "broken.yaml" in err
    assert report["started"] == [True] and not report["children"]


def test_a_helper_is_started_only_when_it_can_save_time(tmp_path: Path, big_overlay: Path) -> None:
    small = tmp_path / "small.yaml"
    small.write_text(make(20))
    report, _out, err = probe(tmp_path, "--data", str(small), "list", "--json")
    assert report["code"] == 0 and report["started"] == [False] and report["pydantic"], err
    assert len(schema_entries(tmp_path / "cache")) == 1
    # a schema stored (the one just made): none for a large file either
    report, _out, err = probe(tmp_path, "--data", str(big_overlay), "list", "--json")
    assert report["code"] == 0 and report["started"] == [False] and not report["pydantic"], err
    # a program using the library never starts one
    assert records_schema.start_helper(big_overlay.read_bytes()) is False


def test_a_helper_is_not_started_where_it_would_only_cost_time(tmp_path: Path, big_overlay: Path) -> None:
    # JSON is read at once (nothing to do meanwhile); a cache that cannot be written (the schema would be made
    # twice); one processor (the helper would take this process's).
    import yaml_rs  # YAML 1.2, as the overlay is read: yes and no are text

    as_json = tmp_path / "big.json"
    as_json.write_text(json.dumps(yaml_rs.loads(big_overlay.read_text(), parse_datetime=False), indent=1))
    assert as_json.stat().st_size >= records_schema.HELPER_MIN_BYTES
    one_processor = {"cpus": [min(os.sched_getaffinity(0))]}
    for i, (data, cache, changes) in enumerate(
        [(as_json, None, None), (big_overlay, "/dev/null/cache", None), (big_overlay, None, one_processor)]
    ):
        args = ("--data", str(data), "list", "--json")
        report, _out, err = probe(tmp_path, *args, cache=cache or tmp_path / f"cache-{i}", changes=changes)
        assert report["code"] == 0 and report["started"] == [False] and report["pydantic"], (data, cache, err)


def test_the_helper_is_as_isolated_as_the_command(tmp_path: Path, big_overlay: Path, expected: str) -> None:
    # Run with -I, the command ignores PYTHONPATH: so must its helper, or a sitecustomize there would run in it.
    planted = tmp_path / "planted"
    planted.mkdir()
    marker = tmp_path / "ran"
    (planted / "sitecustomize.py").write_text(f"open({str(marker)!r}, 'a').write('ran')\n")
    report, out, err = probe(
        tmp_path, "--data", str(big_overlay), "list", "--json", python=("-I",), env={"PYTHONPATH": str(planted)}
    )
    assert report == {"code": 0, "started": [True], "pydantic": False, "children": False}, err
    assert out == expected and not marker.exists()


def _gone(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    if not Path("/proc/self/stat").exists():  # no /proc (macOS): whether the process is there at all
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False
    try:  # a zombie is gone too (a container's init may not reap it)
        return stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_the_helper_ends_when_the_command_is_killed(tmp_path: Path, big_overlay: Path) -> None:
    import signal
    import time

    env = {**os.environ, "LLMENGINES_CACHE_DIR": str(tmp_path / "cache")}
    lingers = json.dumps({"then": "import time; time.sleep(60)"})  # a helper that would outlive the command
    proc = subprocess.Popen(
        [sys.executable, "-c", PROBE, lingers, "--data", str(big_overlay), "list", "--json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert line.startswith("HELPER="), line
    helper = int(line.removeprefix("HELPER="))
    proc.send_signal(signal.SIGKILL)  # nothing of the command's own runs: no finally, no handler
    proc.wait()
    deadline = time.monotonic() + 20
    while not _gone(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(helper)


def test_the_helper_stores_the_schema_and_ends_cleanly(tmp_path: Path) -> None:
    # Its stdin is a pipe it watches from a thread: reading it through sys.stdin's buffer held that buffer's lock,
    # and the interpreter's exit waited for it, then aborted ("could not acquire lock ... daemon threads").
    env = {**os.environ, "LLMENGINES_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen(
        [sys.executable, "-P", "-c", records_schema._HELPER_CODE, json.dumps(sys.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()  # both end when it does, while its stdin stays open
    assert proc.wait(timeout=60) == 0 and out == b"" and err == b"", err
    assert len(schema_entries(tmp_path / "cache")) == 1
    assert proc.stdin is not None
    proc.stdin.close()
