"""`llmengines refresh` against a fake GitHub API on 127.0.0.1 — never the real network."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from llmengines.refresh import github_repository


class FakeGitHub:
    """Plays the two endpoints refresh uses; ``routes`` overrides a path with (status, headers, body)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], Any]] = {}
        self.requests: list[tuple[str, str | None]] = []
        self.rate_limit_after: int | None = None  # answer 403 rate-limited once this many requests were served
        self.lock = threading.Lock()

    def answer(self, path: str) -> tuple[int, dict[str, str], Any]:
        with self.lock:
            served = len(self.requests)
        if self.rate_limit_after is not None and served > self.rate_limit_after:
            headers = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1893456000"}
            return 403, headers, {"message": "API rate limit exceeded"}
        if path in self.routes:
            return self.routes[path]
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "repos":
            return 200, {}, {"stargazers_count": 1000 + len(parts[2]), "pushed_at": "2026-11-20T08:00:00Z"}
        if len(parts) == 5 and parts[3:] == ["releases", "latest"]:
            return 200, {}, {"tag_name": f"v1.{len(parts[2])}", "published_at": "2026-11-10T12:00:00Z"}
        return 404, {}, {"message": "Not Found"}


@pytest.fixture
def github(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGitHub]:
    fake = FakeGitHub()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, headers, body = fake.answer(self.path)
            with fake.lock:
                fake.requests.append((self.path, self.headers.get("Authorization")))
            raw = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("LLMENGINES_GITHUB_API", f"http://127.0.0.1:{server.server_address[1]}")
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


def today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


def repositories(cli) -> dict[str, tuple[str, str]]:
    listed = json.loads(cli("list", "--json").stdout)
    return {e["id"]: repo for e in listed if (repo := github_repository(e["links"]["repository"]))}


def refreshed_file() -> Path:
    import os

    return Path(os.environ["LLMENGINES_DATA_DIR"]) / "refreshed.yaml"


def test_repository_urls_are_parsed() -> None:
    assert github_repository("https://github.com/vllm-project/vllm") == ("vllm-project", "vllm")
    assert github_repository("https://github.com/ggml-org/llama.cpp/") == ("ggml-org", "llama.cpp")
    assert github_repository("https://gitlab.com/a/b") is None
    assert github_repository("https://github.com/only-owner") is None
    assert github_repository(None) is None


def test_refresh_writes_figures_that_later_commands_use(cli, github) -> None:
    repos = repositories(cli)
    assert len(repos) >= 15  # the open-source engines of the survey link their GitHub repositories
    result = cli("refresh", "--json")
    assert result.exit_code == 0, result.stderr
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert set(rows) == set(repos)
    assert refreshed_file().is_file()
    listed = {e["id"]: e for e in json.loads(cli("list", "--json").stdout)}
    for engine_id, (_owner, repo) in repos.items():
        e = listed[engine_id]
        assert e["github_stars"] == 1000 + len(repo)
        assert e["stars_as_of"] == today()
        assert e["last_push"] == "2026-11-20"
        assert (e["latest_release"], e["latest_release_date"]) == (f"v1.{len(repo)}", "2026-11-10")
    # Engines without a repository keep the survey's figures and date.
    closed = [e for e in listed.values() if e["id"] not in repos]
    assert closed and all(e["stars_as_of"] in (None, "2025-09") for e in closed)  # paper v3's, or none
    shown = cli("show", "vllm", "-o", "table").stdout
    assert f"(from {refreshed_file()})" in next(line for line in shown.splitlines() if "GitHub stars" in line)
    # two requests per engine, to the two endpoints
    assert len(github.requests) == 2 * len(repos)


def test_refresh_sends_the_token_when_given(cli, github, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "t0ken")
    assert cli("refresh", "vllm").exit_code == 0
    assert github.requests and all(auth == "Bearer t0ken" for _path, auth in github.requests)


def test_rate_limit_keeps_what_succeeded_and_reports_the_rest(cli, github) -> None:
    repos = repositories(cli)
    github.rate_limit_after = 6  # the first few engines succeed, then GitHub says 403
    result = cli("refresh", "--json")
    assert result.exit_code == 3
    done = {r["id"] for r in json.loads(result.stdout)}
    assert 1 <= len(done) < len(repos)
    failed = [line for line in result.stderr.splitlines() if line.startswith("refresh: ")]
    assert len(failed) == len(repos) - len(done)
    assert any("rate limit exceeded" in line and "GITHUB_TOKEN" in line for line in failed)
    assert result.stderr.splitlines()[-1].startswith(f"error: {len(failed)} of {len(repos)} engines not refreshed")
    assert "Traceback" not in result.stderr
    listed = {e["id"]: e for e in json.loads(cli("list", "--json").stdout)}
    for engine_id in done:
        assert listed[engine_id]["stars_as_of"] == today()
    # A later refresh that fails everywhere does not lose the figures already fetched.
    github.rate_limit_after = -1
    assert cli("refresh").exit_code == 3
    listed = {e["id"]: e for e in json.loads(cli("list", "--json").stdout)}
    assert all(listed[engine_id]["stars_as_of"] == today() for engine_id in done)


def test_errors_are_per_engine(cli, github) -> None:
    repos = repositories(cli)
    owner, repo = repos["sglang"]
    github.routes[f"/repos/{owner}/{repo}"] = (500, {}, {"message": "boom"})
    owner, repo = repos["vllm"]
    github.routes[f"/repos/{owner}/{repo}"] = (200, {}, b"<html>not json</html>")
    owner, repo = repos["ollama"]
    github.routes[f"/repos/{owner}/{repo}/releases/latest"] = (404, {}, {"message": "Not Found"})
    result = cli("refresh", "--json")
    assert result.exit_code == 3
    assert f"refresh: sglang: {repos['sglang'][0]}/{repos['sglang'][1]}: HTTP 500" in result.stderr
    assert "refresh: vllm: " in result.stderr and "not JSON" in result.stderr
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert "sglang" not in rows and "vllm" not in rows
    assert rows["ollama"]["latest_release"] is None  # no releases is not an error
    listed = {e["id"]: e for e in json.loads(cli("list", "--json").stdout)}
    assert listed["ollama"]["stars_as_of"] == today()
    assert listed["sglang"]["stars_as_of"] == "2025-09"  # the newest source's figure (paper v3), with its date


def test_dry_run_writes_nothing(cli, github) -> None:
    result = cli("refresh", "--dry-run", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)
    assert not refreshed_file().exists()
    assert "dry run: nothing written" in result.stderr


def test_unreachable_api_is_reported_per_engine(cli, monkeypatch) -> None:
    monkeypatch.setenv("LLMENGINES_GITHUB_API", "http://127.0.0.1:9")  # discard port: connection refused
    result = cli("refresh", "vllm", "sglang")
    assert result.exit_code == 3
    assert "refresh: vllm: " in result.stderr and "cannot reach http://127.0.0.1:9" in result.stderr
    assert not refreshed_file().exists()


def test_refreshed_figures_do_not_override_a_later_dated_overlay(cli, github, tmp_path) -> None:
    assert cli("refresh", "sglang").exit_code == 0
    later = tmp_path / "later.yaml"
    later.write_text('engines:\n  - id: sglang\n    github_stars: 7\n    stars_as_of: "2999-01-01"\n')
    listed = {e["id"]: e for e in json.loads(cli("--data", str(later), "list", "--json").stdout)}
    assert (listed["sglang"]["github_stars"], listed["sglang"]["stars_as_of"]) == (7, "2999-01-01")


def test_unknown_engine_is_a_usage_error(cli, github) -> None:
    result = cli("refresh", "vlm")
    assert result.exit_code == 2
    assert "did you mean" in result.stderr
    assert github.requests == []


@pytest.mark.parametrize("base", ["notaurl", "file:///etc", "ftp://example.com", "http://"])
def test_api_base_must_be_an_http_url(cli, monkeypatch, base: str) -> None:
    # 'notaurl' was an internal error (urllib's ValueError); file:// read local files as if they were the API.
    monkeypatch.setenv("LLMENGINES_GITHUB_API", base)
    result = cli("refresh", "vllm", "--dry-run")
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"error: LLMENGINES_GITHUB_API must be an http(s) URL, not {base!r}\n"


def test_refresh_asks_for_the_repository_whose_stars_the_survey_counts(cli, github) -> None:
    """Every engine the source lists with a GitHub link is refreshed from the repository that link is in —
    read here from the source's own list, independently of the package. DeepSpeed-FastGen's link is a folder of
    deepspeedai/DeepSpeed, and its 37.7K stars in the overview table are DeepSpeed's."""
    from urllib.parse import urlsplit

    from . import source_tables as src

    expected = {}
    for engine, links in src.links().items():
        url = links["repository"]
        if url and urlsplit(url).netloc == "github.com":
            owner, repo = urlsplit(url).path.strip("/").split("/")[:2]
            expected[engine] = (owner, repo)
    assert expected["deepspeed-fastgen"] == ("deepspeedai", "DeepSpeed")
    assert src.overview()["deepspeed-fastgen"]["github_stars"] == 37700
    result = cli("refresh", "--json")
    assert result.exit_code == 0, result.stderr
    assert {r["id"] for r in json.loads(result.stdout)} == set(expected)  # none skipped: every linked engine
    asked = {path for path, _ in github.requests}
    for owner, repo in expected.values():
        assert f"/repos/{owner}/{repo}" in asked, (owner, repo)
    assert not any("blogs" in path or "tree" in path for path in asked)
    listed = {e["id"]: e for e in json.loads(cli("list", "--json").stdout)}
    assert listed["deepspeed-fastgen"]["github_stars"] == 1000 + len("DeepSpeed")
    assert github_repository("https://github.com/a/b/issues") is None  # not a link into the code
