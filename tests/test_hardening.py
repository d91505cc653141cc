"""Regression tests for issue 11 (hardening): secrets, figures the reader rejects, control characters, one-line
failures, bounded time, concurrency — each finding of the adversarial campaign, against a hostile fake API on
loopback (tests/hostile.py; 127.0.0.1 and 127.0.0.2 only, never the real network).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmengines.errors import ExitCode

from .conftest import entry_point, run_process
from .hostile import Hostile, answer, drip, github

TOKEN = "ghp_s3cretT0kenValue"


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hostile]:
    server = Hostile("127.0.0.1")
    monkeypatch.setenv("LLMENGINES_GITHUB_API", server.url)
    monkeypatch.setenv("LLMENGINES_REFRESH_TIMEOUT", "2")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def elsewhere() -> Iterator[Hostile]:
    """Another origin (127.0.0.2): where a redirect may try to take the token."""
    server = Hostile("127.0.0.2")
    try:
        yield server
    finally:
        server.close()


def refreshed_file() -> Path:
    return Path(os.environ["LLMENGINES_DATA_DIR"]) / "refreshed.yaml"


def no_internal_error(result) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert result.exit_code in (0, 2, 3), result.stderr


# --- 1. secrets ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("other_port", [False, True], ids=["other-host", "other-port"])
def test_a_redirect_to_another_origin_is_not_followed_and_gets_no_token(
    cli, api, elsewhere, monkeypatch, other_port: bool
) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    target = Hostile("127.0.0.1") if other_port else elsewhere

    def redirect(conn: socket.socket, path: str, headers: dict[str, str]) -> None:
        answer(conn, 302, b"", {"Location": f"{target.url}{path}"}, reason="Found")

    api.handler = redirect
    try:
        result = cli("refresh", "vllm")
    finally:
        if other_port:
            target.close()
    no_internal_error(result)
    assert result.exit_code == ExitCode.DATA
    assert target.requests == []  # not followed at all: the token cannot reach it
    assert "redirect away from" in result.stderr and "not followed" in result.stderr
    assert TOKEN not in result.stderr
    assert all(h.get("authorization") == f"Bearer {TOKEN}" for _p, h in api.requests)


def test_a_redirect_within_the_api_is_followed(cli, api, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)

    def renamed(conn: socket.socket, path: str, headers: dict[str, str]) -> None:
        if path.startswith("/repos/vllm-project/"):  # as GitHub answers for a renamed repository
            answer(conn, 301, b"", {"Location": path.replace("/repos/vllm-project/", "/repos/moved/")})
        else:
            github(conn, path, headers)

    api.handler = renamed
    result = cli("refresh", "vllm", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["github_stars"] == 1000 + len("vllm")
    assert any(p.startswith("/repos/moved/") for p, _h in api.requests)


def test_the_token_never_goes_in_clear_text_to_another_machine(cli, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    monkeypatch.setenv("LLMENGINES_GITHUB_API", "http://api.example.invalid")
    result = cli("refresh", "vllm")
    assert result.exit_code == ExitCode.USAGE
    assert "never sent in clear text" in result.stderr and TOKEN not in result.stderr


@pytest.mark.parametrize("token", [f"{TOKEN}\r\nX-Evil: 1", f"{TOKEN}\n", "t€ken", f"{TOKEN} tail"])
def test_a_token_no_token_could_be_is_refused_without_showing_it(cli, api, monkeypatch, token: str) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", token)
    result = cli("refresh", "vllm")
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert TOKEN not in result.stderr and "t€ken" not in result.stderr
    assert api.requests == []


def test_a_server_that_echoes_the_token_does_not_get_it_printed(cli, api, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)

    def echo(conn: socket.socket, path: str, headers: dict[str, str]) -> None:
        answer(conn, 500, {}, reason=f"echo {headers.get('authorization')}")

    api.handler = echo
    result = cli("refresh", "vllm")
    assert result.exit_code == ExitCode.DATA
    assert TOKEN not in result.stderr and "[GITHUB_TOKEN]" in result.stderr


# --- 2. nothing written that the reader rejects ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("repo", "release"),
    [
        ({"stargazers_count": 10**11, "pushed_at": "2026-11-20T00:00:00Z"}, None),
        ({"stargazers_count": 5, "pushed_at": "2025-13-45T00:00:00Z"}, None),
        ({"stargazers_count": 5}, {"tag_name": "v1", "published_at": "2026-02-30T00:00:00Z"}),
    ],
    ids=["stars-1e11", "month-13", "february-30"],
)
def test_an_out_of_range_figure_fails_its_engine_and_locks_nothing(cli, api, repo, release) -> None:
    def answers(conn: socket.socket, path: str, headers: dict[str, str]) -> None:
        if path == "/repos/vllm-project/vllm":
            answer(conn, 200, repo)
        elif path == "/repos/vllm-project/vllm/releases/latest" and release:
            answer(conn, 200, release)
        else:
            github(conn, path, headers)

    api.handler = answers
    result = cli("refresh", "vllm", "sglang")
    no_internal_error(result)
    assert result.exit_code == ExitCode.DATA
    assert "refresh: vllm: vllm-project/vllm: the API answered a figure that cannot be used" in result.stderr
    listed = {e["id"]: e for e in json.loads(cli("list", "--json").stdout)}  # every command still works
    assert (
        listed["sglang"]["stars_as_of"] != "2025-05-02" and listed["vllm"]["stars_as_of"] == "2025-09"
    )  # vLLM keeps the default view's figure (paper v3, Sep. 2025)
    assert cli("refresh", "vllm").exit_code == ExitCode.DATA  # and so does refresh


def test_a_broken_refreshed_file_says_how_to_recover_and_refresh_still_runs(cli, api) -> None:
    path = refreshed_file()
    path.parent.mkdir(parents=True)
    path.write_text('engines:\n  - id: vllm\n    github_stars: 1\n    stars_as_of: "2026-02-30"\n')
    result = cli("list")
    assert result.exit_code == ExitCode.DATA
    last = result.stderr.splitlines()[-1]
    assert str(path) in last and "run `llmengines refresh`" in last and "delete it" in last
    fixed = cli("refresh", "vllm")
    assert fixed.exit_code == 0, fixed.stderr
    assert "does not load" in fixed.stderr
    assert cli("list", "--json").exit_code == 0


def test_a_user_file_that_does_not_validate_says_how_to_recover(cli, tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("engines:\n  - id: vllm\n    docs: wonderful\n")
    last = cli("--data", str(bad), "list").stderr.splitlines()[-1]
    assert f"llmengines validate {bad}" in last and "--data / $LLMENGINES_DATA" in last


# --- 3. control characters ----------------------------------------------------------------------------------------

ESCAPES = ["\x1b]0;owned\x07", "\x1b]8;;http://x\x1b\\", "\x1b]52;c;Zm9v\x07", "\x1b[2J", "\u202e", "\x85", "\x9b31m"]


@pytest.mark.parametrize("escape", ESCAPES, ids=[repr(e) for e in ESCAPES])
def test_control_characters_in_an_overlay_value_are_refused_located(cli, tmp_path, escape: str) -> None:
    bad = tmp_path / "bad.yaml"
    quoted = json.dumps(f"Org{escape}")  # a JSON string is a YAML double-quoted scalar
    bad.write_text(f"engines:\n  - id: vllm\n    organization: {quoted}\n", encoding="utf-8")
    result = cli("validate", str(bad))
    assert result.exit_code == ExitCode.DATA
    assert f"{bad}:3:5: engines[0].organization: contains a control character" in result.stderr
    assert not any(c in result.stderr for c in "\x1b\x07\x85\x9b\u202e")


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "markdown", "json", "yaml", "jsonl"])
def test_a_path_with_control_characters_is_shown_escaped_in_every_format(cli, tmp_path, fmt: str) -> None:
    # The file name is where the overlay's values come from: `show` echoes it.
    name = tmp_path / "fix\x1b]0;owned\x07\u202e.yaml"
    name.write_text('engines:\n  - id: vllm\n    organization: "Fixed Org"\n')
    result = cli("--data", str(name), "show", "vllm", "-o", fmt)
    assert result.exit_code == 0, result.stderr
    assert not any(c in result.stdout for c in "\x1b\x07\u202e"), repr(result.stdout[:300])
    if fmt == "json":
        assert str(name) in _strings(json.loads(result.stdout))  # JSON keeps the value exactly, as escapes


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_an_svg_is_well_formed_xml_whatever_the_text(cli, tmp_path) -> None:
    name = tmp_path / "fix\x1b[2J\x01.yaml"
    name.write_text('engines:\n  - id: vllm\n    organization: "Fixed Org"\n')
    svg = tmp_path / "show.svg"
    result = cli("--data", str(name), "show", "vllm", "--svg", str(svg))
    assert result.exit_code == 0, result.stderr
    ET.parse(svg)  # raises on an invalid character


def test_control_characters_from_the_network_and_paths_are_escaped_in_messages(cli, api, tmp_path) -> None:
    api.handler = _raw("HTTP/1.1 500 Oops\x1b]0;owned\x07\u202e\r\nContent-Length: 2\r\n\r\n{}".encode())
    result = cli("refresh", "vllm")
    assert result.exit_code == ExitCode.DATA
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr and "\\x1b]0;owned" in result.stderr
    result = cli("--data", str(tmp_path / "a\x1b[2Jb.yaml"), "list")
    assert result.stderr == f"error: {tmp_path}/a\\x1b[2Jb.yaml: no such file\n"


def test_the_renderers_escape_cells() -> None:
    import io
    from contextlib import redirect_stdout

    from llmengines.environment import Environment
    from llmengines.render import Column, OutputFormat, Records, emit

    records = Records([{"id": "a\x1b]0;t\x07b\u202ec"}], [Column("id", "Id\x1b[1m")])
    for color in (False, True):
        env = Environment(stdout_isatty=True, color=color, width=100, unicode=True)
        for fmt in OutputFormat:
            out = io.StringIO()
            with redirect_stdout(out):
                emit(records, fmt, env)
            text = out.getvalue()
            raw = text.replace("\x1b[", "") if color and fmt is OutputFormat.TABLE else text  # Rich's own colour
            assert not any(c in raw for c in "\x1b\x07\u202e"), (fmt, text)


# --- 4. one line, a documented code ---------------------------------------------------------------------------------


def _bash(script: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("_TYPER")} | env
    full["LLMENGINES"] = entry_point()[0]
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=full, timeout=60, check=False)


@pytest.mark.parametrize(
    ("redirect", "reason"), [(">&-", "it is closed"), (">/dev/full", "No space left on device")], ids=["closed", "full"]
)
@pytest.mark.parametrize("args", ["show vllm -o table", "", "PYTHONIOENCODING=ascii --help"])
def test_stdout_that_cannot_be_written_is_one_line(redirect: str, reason: str, args: str) -> None:
    variables, _, args = args.rpartition(" ") if "=" in args else ("", "", args)
    result = _bash(f'{variables} "$LLMENGINES" {args} {redirect}')
    assert result.returncode == ExitCode.USAGE, result.stderr
    assert result.stderr.startswith("error: cannot write output: ") and result.stderr.endswith(f"{reason}\n")
    assert len(result.stderr.splitlines()) == 1, result.stderr


@pytest.mark.parametrize("redirect", ["2>&-", "2>/dev/full"])
def test_stderr_that_cannot_be_written_keeps_the_exit_status(redirect: str) -> None:
    result = _bash(f'"$LLMENGINES" show nosuch {redirect}; echo "status $?"')
    assert result.stdout == "status 2\n"
    result = _bash(f'"$LLMENGINES" list {redirect} >/dev/null; echo "status $?"')
    assert result.stdout == "status 0\n"


@pytest.mark.parametrize("value", ["²", "٣", "-5", "0", "abc", "9" * 5000, " 80"])
def test_unusable_terminal_sizes_are_ignored(cli, monkeypatch, value: str) -> None:
    monkeypatch.setenv("COLUMNS", value)
    monkeypatch.setenv("LINES", value)
    for args in (["list", "-o", "table"], ["--help"], ["show", "vllm", "-o", "table"], ["compare", "vllm", "tgi"]):
        result = cli(*args)
        assert result.exit_code == 0, (value, args, result.stderr)
        assert "vLLM" in result.stdout or "Usage" in result.stdout


def test_an_unusable_terminal_size_in_a_real_process() -> None:
    result = run_process("list", "-o", "table", env={"COLUMNS": "²", "LINES": "²"})
    assert result.exit_code == 0 and "vLLM" in result.stdout, result.stderr


@pytest.mark.parametrize("digits", [300, 4000])
def test_min_stars_of_any_size(cli, digits: int) -> None:
    result = cli("find", "--min-stars", "9" * digits, "--json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    assert cli("find", "--min-stars", "9" * 5000).exit_code == ExitCode.USAGE


def test_yaml_merge_keys_are_supported(cli, tmp_path) -> None:
    merged = tmp_path / "merged.yaml"
    merged.write_text(
        "engines:\n"
        "  - &base\n    id: vllm\n    docs: detailed\n    hardware:\n      tpu: 'no'\n"
        "  - <<: *base\n    id: sglang\n"
    )
    result = cli("--data", str(merged), "list", "--json")
    assert result.exit_code == 0, result.stderr
    listed = {e["id"]: e for e in json.loads(result.stdout)}
    assert listed["sglang"]["hardware"]["tpu"] == "no" and listed["sglang"]["docs"] == "detailed"


def _raw(payload: bytes):  # type: ignore[no-untyped-def]
    def handler(conn: socket.socket, path: str, headers: dict[str, str]) -> None:
        conn.sendall(payload)

    return handler


MALFORMED = {
    "bad-status-line": _raw(b"HTTQ/9 two hundred\r\n\r\n{}"),
    "no-status": _raw(b""),
    "150-headers": _raw(b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(150)) + b"\r\n{}"),
    "70KB-header": _raw(b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n{}"),
    "deep-json": _raw(b"HTTP/1.1 200 OK\r\nContent-Length: 200000\r\n\r\n" + b"[" * 100_000 + b"]" * 100_000),
    "huge-int": _raw(b"HTTP/1.1 200 OK\r\n\r\n" + b'{"stargazers_count": ' + b"9" * 5000 + b"}"),
    "huge-reset": _raw(b"HTTP/1.1 403 No\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: "
    + b"9" * 400 + b"\r\n\r\n"),
    "reset-far": _raw(b"HTTP/1.1 403 No\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: 99999999999\r\n\r\n"),
    "oversized": _raw(b"HTTP/1.1 200 OK\r\n\r\n" + b" " * (5 * 1024 * 1024)),
    "bad-length": _raw(b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n{}"),
    "bad-chunks": _raw(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
    "redirect-nowhere": _raw(b"HTTP/1.1 302 Found\r\nLocation: http://[::1\r\n\r\n"),
    "redirect-loop": lambda conn, path, headers: answer(conn, 302, b"", {"Location": path}),
}  # fmt: skip


@pytest.mark.parametrize("name", list(MALFORMED))
def test_a_malformed_answer_is_a_per_engine_failure(cli, api, name: str) -> None:
    api.handler = MALFORMED[name]
    result = cli("refresh", "vllm")
    no_internal_error(result)
    assert result.exit_code == ExitCode.DATA, result.stderr
    assert result.stderr.splitlines()[0].startswith("refresh: vllm: ")
    assert all(len(line) < 400 for line in result.stderr.splitlines())


@pytest.mark.parametrize(
    "base",
    ["http://[::1", "http://127.0.0.1:abc", "http://127.0.0.1:99999", "http://127.0.0.1/a b", "http://bü.example",
     "http://user:pw@127.0.0.1", "http://127.0.0.1/?q=1", "http://127.0.0.1\x1b[2J"],
)  # fmt: skip
def test_a_malformed_api_url_is_a_usage_error(cli, monkeypatch, base: str) -> None:
    monkeypatch.setenv("LLMENGINES_GITHUB_API", base)
    result = cli("refresh", "vllm")
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert result.stderr.startswith("error: LLMENGINES_GITHUB_API ") and "\x1b" not in result.stderr


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon", "1e999"])
def test_a_malformed_deadline_is_a_usage_error(cli, api, monkeypatch, value: str) -> None:
    monkeypatch.setenv("LLMENGINES_REFRESH_TIMEOUT", value)
    assert cli("refresh", "vllm").exit_code == ExitCode.USAGE
    assert api.requests == []


# --- 5. bounded time -----------------------------------------------------------------------------------------------


def test_a_server_that_drips_bytes_is_cut_off_at_the_deadline(cli, api, monkeypatch) -> None:
    monkeypatch.setenv("LLMENGINES_REFRESH_TIMEOUT", "1")
    api.handler = drip
    started = time.monotonic()
    result = cli("refresh", "vllm")
    took = time.monotonic() - started
    assert result.exit_code == ExitCode.DATA
    assert "no complete answer within 1 s" in result.stderr
    assert took < 4, took


def test_a_named_pipe_nobody_writes_to_does_not_block(tmp_path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = run_process("--data", str(fifo), "list")
    assert result.exit_code == ExitCode.DATA
    assert result.stderr.startswith(f"error: {fifo}: not a regular file")
    assert time.monotonic() - started < 20


def test_a_pipe_that_is_written_is_read(tmp_path) -> None:
    result = _bash('"$LLMENGINES" --data <(printf "engines:\\n  - id: vllm\\n    docs: detailed\\n") show vllm --json')
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["docs"] == "detailed"


# --- 6. concurrency and faults ---------------------------------------------------------------------------------------


def test_concurrent_writes_never_lose_a_figure(tmp_path) -> None:
    from llmengines.refresh import Figures, write_overlay

    path = tmp_path / "refreshed.yaml"
    ids = ["ollama", "vllm", "sglang", "tgi", "lmdeploy", "litgpt", "mlc-llm", "unsloth"]

    def one(engine_id: str) -> None:
        write_overlay(path, [Figures(engine_id, 5, "2026-11-30", None, None, None)])

    threads = [threading.Thread(target=one, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    written = path.read_text()
    assert all(f'id: "{i}"' in written for i in ids), written
    assert not list(tmp_path.glob("*.tmp"))


def test_concurrent_refresh_processes_never_lose_a_figure(api, tmp_path) -> None:
    env = {k: os.environ[k] for k in ("LLMENGINES_GITHUB_API", "LLMENGINES_DATA_DIR", "LLMENGINES_CACHE_DIR")}
    full = {k: v for k, v in os.environ.items() if not k.startswith("_TYPER")} | env
    procs = [
        subprocess.Popen([*entry_point(), "refresh", *group], env=full, stdout=subprocess.DEVNULL)
        for group in (["vllm", "sglang"], ["ollama", "tgi"])
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    listed = {e["id"]: e for e in json.loads(run_process("list", "--json", env=env).stdout)}
    today = time.strftime("%Y-%m-%d", time.gmtime())
    assert all(listed[i]["stars_as_of"] == today for i in ("vllm", "sglang", "ollama", "tgi")), listed


def test_a_failed_write_leaves_no_temporary_file(cli, api) -> None:
    path = refreshed_file()
    path.mkdir(parents=True)  # a directory where the file should be: the replace fails
    result = cli("refresh", "vllm")
    assert result.exit_code == ExitCode.DATA and "cannot write the refreshed figures" in result.stderr
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("damage", ["wrong-type", "deep"])
def test_a_damaged_cache_entry_is_a_miss_and_is_rewritten(cli, tmp_path, damage: str) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text('engines:\n  - id: vllm\n    github_stars: 123\n    stars_as_of: "2026-01-01"\n')
    assert cli("--data", str(extra), "rank", "--by", "throughput", "--json").exit_code == 0
    cache = Path(os.environ["LLMENGINES_CACHE_DIR"])
    for entry in cache.glob("*.json"):
        text = entry.read_text()
        if damage == "wrong-type":
            entry.write_text(text.replace("123", '"lots"'))
        else:
            entry.write_text("[" * 100_000 + "]" * 100_000)
    result = cli("--data", str(extra), "rank", "--by", "throughput", "--json")
    assert result.exit_code == 0, result.stderr
    assert cli("--data", str(extra), "show", "vllm", "--json").exit_code == 0
    assert all('"lots"' not in e.read_text() and not e.read_text().startswith("[[") for e in cache.glob("*.json"))


def test_ctrl_c_during_refresh_shows_the_cursor_again(api, tmp_path) -> None:
    import pty

    api.handler = drip
    main_fd, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("_TYPER")} | {"TERM": "xterm-256color"}
    proc = subprocess.Popen(
        [*entry_point(), "refresh", "vllm"], stdin=secondary, stdout=subprocess.DEVNULL, stderr=secondary, env=env
    )
    os.close(secondary)
    seen = b""
    deadline = time.monotonic() + 20
    while b"\x1b[?25l" not in seen and time.monotonic() < deadline:  # the bar hid the cursor
        seen += os.read(main_fd, 4096)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=20) == ExitCode.INTERRUPTED
    try:
        while chunk := os.read(main_fd, 4096):
            seen += chunk
    except OSError:
        pass
    os.close(main_fd)
    assert seen.rfind(b"\x1b[?25h") > seen.find(b"\x1b[?25l") >= 0, seen


def test_an_unknown_field_is_refused_before_any_request(cli, api) -> None:
    result = cli("refresh", "--fields", "nosuch")
    assert result.exit_code == ExitCode.USAGE and "unknown field 'nosuch'" in result.stderr
    assert cli("refresh", "--json", "-o", "csv").exit_code == ExitCode.USAGE
    assert api.requests == []


def test_a_repository_link_that_climbs_is_no_repository(cli, api, tmp_path, monkeypatch) -> None:
    from llmengines.refresh import github_repository

    assert github_repository("https://github.com/../..") is None
    assert github_repository("https://github.com/a/..") is None
    assert github_repository("http://[::1") is None
    overlay = tmp_path / "odd.yaml"
    overlay.write_text('engines:\n  - id: vllm\n    links:\n      repository: "https://github.com/../.."\n')
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    result = cli("--data", str(overlay), "refresh", "vllm")
    assert result.exit_code == 0 and "vllm has no GitHub repository" in result.stderr
    assert api.requests == []


def test_an_inherited_edge_note_can_be_removed(cli, tmp_path) -> None:
    fix = tmp_path / "fix.yaml"
    fix.write_text('engines:\n  - id: vllm\n    hardware:\n      edge: "no"\n    hardware_notes:\n      edge: null\n')
    result = cli("--data", str(fix), "show", "vllm", "--json")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["hardware"]["edge"] == "no" and "edge" not in shown["hardware_notes"]
    alone = tmp_path / "alone.yaml"
    alone.write_text('engines:\n  - id: vllm\n    hardware:\n      edge: "no"\n')
    assert "hardware_notes: {edge: null}" in cli("--data", str(alone), "list").stderr


def test_messages_say_what_is_wrong(cli, tmp_path, monkeypatch) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    assert "a loop of symbolic links" in cli("--data", str(loop), "list").stderr
    assert cli("--data", "", "list").stderr.startswith("error: '': an empty path")
    utf16 = tmp_path / "u16.yaml"
    utf16.write_bytes("engines: []\n".encode("utf-16"))
    assert "encoded as UTF-16" in cli("validate", str(utf16)).stderr

    from llmengines.files import user_cache_dir, user_data_dir

    monkeypatch.delenv("LLMENGINES_CACHE_DIR")
    monkeypatch.delenv("LLMENGINES_DATA_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    if sys.platform.startswith("linux"):
        assert user_cache_dir().is_absolute() and user_data_dir().is_absolute()
        monkeypatch.setenv("HOME", "")
        assert user_cache_dir().is_absolute()


def test_an_https_proxy_gets_a_tunnel_and_never_the_token(cli, elsewhere, monkeypatch) -> None:
    # The public API through a proxy on 127.0.0.2 that refuses the tunnel: no byte leaves the machine.
    monkeypatch.delenv("LLMENGINES_GITHUB_API", raising=False)
    for name in ("no_proxy", "NO_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("https_proxy", elsewhere.url)
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    elsewhere.handler = lambda conn, path, headers: conn.sendall(b"HTTP/1.1 403 Forbidden\r\n\r\n")
    result = cli("refresh", "vllm", "--dry-run")
    no_internal_error(result)
    assert result.exit_code == ExitCode.DATA
    assert [path for path, _h in elsewhere.requests] == ["api.github.com:443", "api.github.com:443"] or [
        path for path, _h in elsewhere.requests
    ] == ["api.github.com:443"]
    assert all("authorization" not in h for _p, h in elsewhere.requests)
    assert TOKEN not in result.stderr


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "json", "yaml", "markdown"])
def test_a_path_with_undecodable_bytes_is_shown_not_a_crash(cli, tmp_path, fmt: str) -> None:
    # Its name reaches Python as a lone surrogate, which no UTF-8 stream (nor the cache) could write.
    name = os.fsdecode(os.fsencode(tmp_path) + b"/\xff.yaml")
    Path(name).write_text("engines:\n  - id: vllm\n    docs: detailed\n")
    result = cli("--data", name, "show", "vllm", "-o", fmt)
    assert result.exit_code == 0, result.stderr
    assert "\\udcff" in result.stdout or "\\uDCFF" in result.stdout
    if fmt == "table":  # and in a real process, whose stdout is strict UTF-8
        real = subprocess.run([*entry_point(), "--data", name, "show", "vllm"], capture_output=True, check=False)
        assert real.returncode == 0 and b"\\udcff" in real.stdout, real.stderr


def test_the_token_is_not_in_the_api_settings_repr(monkeypatch) -> None:
    from llmengines.refresh import api

    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    assert TOKEN not in repr(api()) and api().token == TOKEN
