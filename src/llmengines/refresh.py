"""Current GitHub figures (stars, latest release, last push) through the public REST API, stdlib only.

``llmengines refresh`` uses it; the figures go to an overlay (:func:`llmengines.files.refreshed_path`) that
every later invocation merges in. The API's base URL is ``$LLMENGINES_GITHUB_API`` (tests point it at a local
server); ``$GITHUB_TOKEN``, when set, raises the rate limit from 60 to 5,000 requests an hour.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from llmengines.errors import DataError, UsageError

API_ENV = "LLMENGINES_GITHUB_API"
DEFAULT_API = "https://api.github.com"
TIMEOUT = 15.0  # seconds per request
MAX_BODY = 4 * 1024 * 1024  # a repository's JSON is a few KB; more is not GitHub
WORKERS = 4

# /OWNER/REPO, or a folder or file inside it (/OWNER/REPO/tree/BRANCH/…, /blob/…): the survey links DeepSpeed-FastGen
# to deepspeedai/DeepSpeed/tree/master/blogs/deepspeed-fastgen, and its star count (37.7K) is DeepSpeed's.
_REPO = re.compile(r"/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\.git)?(?:/(?:tree|blob)/.+)?/?$")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Figures:
    """What GitHub says about one engine's repository today."""

    engine_id: str
    stars: int
    as_of: str  # YYYY-MM-DD: the day they were fetched
    last_push: str | None
    latest_release: str | None
    latest_release_date: str | None


@dataclass(frozen=True, slots=True)
class Failure:
    """An engine whose figures could not be fetched, and why."""

    engine_id: str
    reason: str


class FetchError(Exception):
    """One request failed (HTTP status, network, or a body that is not the API's)."""


class RateLimited(FetchError):
    """GitHub refused because the rate limit is spent: no further request can succeed until it resets."""


def github_repository(url: str | None) -> tuple[str, str] | None:
    """``https://github.com/vllm-project/vllm`` → ``("vllm-project", "vllm")``; a link into a repository
    (``…/DeepSpeed/tree/master/blogs/deepspeed-fastgen``) → that repository, whose stars the survey counts; None
    for anything else."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() not in ("github.com", "www.github.com"):
        return None
    match = _REPO.fullmatch(parts.path)
    return (match.group(1), match.group(2)) if match else None


def api_base() -> str:
    """The API's base URL: ``$LLMENGINES_GITHUB_API`` or the public one; a usage error unless it is http(s)."""
    base = os.environ.get(API_ENV) or DEFAULT_API
    parts = urlsplit(base)
    # urllib would open file:// (reading local files as if they were the API) and crash on a bare word.
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"{API_ENV} must be an http(s) URL, not {base!r}")
    return base.rstrip("/")


def _get(url: str) -> Any:
    """GET ``url`` as JSON; raise :class:`RateLimited`, or :class:`FetchError` with a one-line reason."""
    headers = {
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "llmengines-refresh",
    }
    token = os.environ.get("GITHUB_TOKEN")
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            body = response.read(MAX_BODY + 1)
    except urllib.error.HTTPError as exc:
        remaining = exc.headers.get("X-RateLimit-Remaining") if exc.headers else None
        if exc.code == 429 or (exc.code == 403 and (remaining == "0" or exc.headers.get("Retry-After"))):
            reset = exc.headers.get("X-RateLimit-Reset", "")
            when = ""
            if reset.isdigit():
                when = f" until {dt.datetime.fromtimestamp(int(reset), dt.UTC):%H:%M} UTC"
            hint = "" if os.environ.get("GITHUB_TOKEN") else "; set GITHUB_TOKEN for a higher limit"
            raise RateLimited(f"GitHub API rate limit exceeded{when}{hint}") from None
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot reach {api_base()}: {exc.reason}") from None
    except (TimeoutError, OSError) as exc:
        raise FetchError(f"cannot reach {api_base()}: {exc}") from None
    if len(body) > MAX_BODY:
        raise FetchError("the response is too large to be the API's")
    try:
        return json.loads(body)
    except ValueError:
        raise FetchError("the response is not JSON") from None


def fetch(engine_id: str, owner: str, repo: str, today: str) -> Figures:
    """Stars, last push and latest release of ``owner/repo``."""
    base = f"{api_base()}/repos/{quote(owner)}/{quote(repo)}"
    info = _get(base)
    stars = info.get("stargazers_count") if isinstance(info, dict) else None
    if not isinstance(stars, int) or isinstance(stars, bool) or stars < 0:
        raise FetchError("the response has no star count")
    try:
        release = _get(f"{base}/releases/latest")
    except RateLimited:
        raise
    except FetchError as exc:
        if "HTTP 404" not in str(exc):  # 404: the repository publishes no releases
            raise
        release = None
    tag = _text(release.get("tag_name")) if isinstance(release, dict) else None
    return Figures(
        engine_id=engine_id,
        stars=stars,
        as_of=today,
        last_push=_day(info.get("pushed_at")),
        latest_release=tag,
        latest_release_date=_day(release.get("published_at")) if tag and isinstance(release, dict) else None,
    )


def _day(value: Any) -> str | None:
    text = value[:10] if isinstance(value, str) else ""
    return text if _DATE.fullmatch(text) else None


def _text(value: Any) -> str | None:
    # A tag is text from the network: keep it printable and short.
    if not isinstance(value, str):
        return None
    clean = "".join(ch for ch in value if ch.isprintable())[:100].strip()
    return clean or None


def fetch_all(
    targets: Iterable[tuple[str, str, str]], today: str, progress: Callable[[str], None] = lambda _id: None
) -> tuple[list[Figures], list[Failure]]:
    """Fetch ``(engine_id, owner, repo)`` targets; a failure is reported per engine, a rate limit stops the rest."""
    stop = threading.Event()

    def one(target: tuple[str, str, str]) -> Figures | Failure:
        engine_id, owner, repo = target
        try:
            if stop.is_set():
                return Failure(engine_id, "not fetched: the rate limit was reached")
            return fetch(engine_id, owner, repo, today)
        except RateLimited as exc:
            stop.set()
            return Failure(engine_id, str(exc))
        except FetchError as exc:
            return Failure(engine_id, f"{owner}/{repo}: {exc}")
        finally:
            progress(engine_id)

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(one, list(targets)))
    return [r for r in results if isinstance(r, Figures)], [r for r in results if isinstance(r, Failure)]


def today() -> str:
    """Today's date (UTC), the date refreshed figures are as of."""
    return dt.datetime.now(dt.UTC).date().isoformat()


def write_overlay(path: Path, figures: list[Figures], keep: list[dict[str, Any]]) -> None:
    """Write the refreshed overlay: ``figures``, plus the records of ``keep`` (an earlier refresh) not replaced."""
    fresh = {f.engine_id for f in figures}
    lines = [
        f"# Written by `llmengines refresh` on {today()} from {api_base()}.",
        "# GitHub figures as of each record's stars_as_of; later invocations merge them in automatically.",
        "# Delete this file to go back to the survey's figures.",
        "engines:",
    ]
    for record in keep:
        data = record.get("data", {})
        if data.get("id") in fresh:
            continue
        lines += _record(data)
    for f in figures:
        lines += _record(
            {
                "id": f.engine_id,
                "github_stars": f.stars,
                "stars_as_of": f.as_of,
                "latest_release": f.latest_release,
                "latest_release_date": f.latest_release_date,
                "last_push": f.last_push,
            }
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise DataError(f"{path}: cannot write the refreshed figures: {exc.strerror or exc}") from None


def _record(data: dict[str, Any]) -> list[str]:
    # JSON scalars (ASCII-escaped strings, numbers, null) are valid YAML, so no YAML library is needed to write.
    out = []
    for i, (key, value) in enumerate(data.items()):
        out.append(f"{'  - ' if i == 0 else '    '}{key}: {json.dumps(value)}")
    return out
