"""Current GitHub figures (stars, latest release, last push) through the public REST API, stdlib only.

``llmengines refresh`` uses it; the figures go to an overlay (:func:`llmengines.files.refreshed_path`) that
every later invocation merges in. The API's base URL is ``$LLMENGINES_GITHUB_API`` (tests point it at a local
server); ``$GITHUB_TOKEN``, when set, raises the rate limit from 60 to 5,000 requests an hour.

Every answer is untrusted. Requests go through :mod:`http.client` rather than urllib so that this module
decides what urllib would decide silently: a redirect is followed only within the API's origin (the token
goes nowhere else), each request has an overall deadline (a server dripping bytes never expires a per-read
timeout), and a malformed answer of any kind is a one-line failure of its engine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import ipaddress
import json
import os
import re
import socket
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from llmengines.errors import DataError, UsageError
from llmengines.escaping import UNSAFE, visible

API_ENV = "LLMENGINES_GITHUB_API"
DEADLINE_ENV = "LLMENGINES_REFRESH_TIMEOUT"
DEFAULT_API = "https://api.github.com"
DEADLINE = 30.0  # seconds a request may take in all (connecting, redirects, headers, body), not only per read
READ_TIMEOUT = 15.0  # seconds without any byte
MAX_BODY = 4 * 1024 * 1024  # a repository's JSON is a few KB; more is not GitHub
MAX_REDIRECTS = 5
WORKERS = 4

# /OWNER/REPO, or a folder or file inside it (/OWNER/REPO/tree/BRANCH/…, /blob/…): the survey links DeepSpeed-FastGen
# to deepspeedai/DeepSpeed/tree/master/blogs/deepspeed-fastgen, and its star count (37.7K) is DeepSpeed's.
_REPO = re.compile(r"/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\.git)?(?:/(?:tree|blob)/.+)?/?$")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TOKEN = re.compile(r"[!-~]+")  # visible ASCII: every GitHub token format (ghp_…, github_pat_…) is within it
_REDIRECTS = (301, 302, 303, 307, 308)


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


class NotFound(FetchError):
    """HTTP 404: for the latest release, the repository publishes none."""


class RateLimited(FetchError):
    """GitHub refused because the rate limit is spent: no further request can succeed until it resets."""


def github_repository(url: str | None) -> tuple[str, str] | None:
    """``https://github.com/vllm-project/vllm`` → ``("vllm-project", "vllm")``; a link into a repository
    (``…/DeepSpeed/tree/master/blogs/deepspeed-fastgen``) → that repository, whose stars the survey counts; None
    for anything else."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # 'http://[::1' and the like
        return None
    if parts.scheme not in ("http", "https") or parts.netloc.lower() not in ("github.com", "www.github.com"):
        return None
    match = _REPO.fullmatch(parts.path)
    if not match or any(set(name) == {"."} for name in match.groups()):
        return None  # '.' and '..' name no repository; as a path they would climb out of /repos/
    return match.group(1), match.group(2)


@dataclass(frozen=True, slots=True)
class Api:
    """Where the API is, checked: the only origin (scheme, host, port) the token is ever sent to."""

    base: str  # without a trailing slash
    origin: tuple[str, str, int]
    token: str | None = field(repr=False)  # a secret: never in a repr, a log or a traceback
    deadline: float = DEADLINE


def _origin(url: str) -> tuple[str, str, int] | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts.scheme, parts.hostname.lower(), port or (443 if parts.scheme == "https" else 80)


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def api() -> Api:
    """The API's base URL (``$LLMENGINES_GITHUB_API`` or the public one), token and deadline, all checked.

    :class:`UsageError` for a base that is not a plain http(s) URL, a token that cannot be a token (its
    value is never shown), a token that would go in clear text over ``http://`` to another machine, and a
    deadline that is not a positive number.
    """
    base = os.environ.get(API_ENV) or DEFAULT_API
    if UNSAFE.search(base) or " " in base or not base.isascii():
        raise UsageError(f"{API_ENV} must be an http(s) URL of ASCII characters, without spaces, not {base!r}")
    origin = _origin(base)
    parts = urlsplit(base) if origin is not None else None
    # urllib would open file:// (reading local files as if they were the API) and crash on a bare word.
    if parts is None or origin is None:
        try:
            _ = urlsplit(base).port
        except ValueError as exc:
            raise UsageError(f"{API_ENV} is not a valid URL ({exc}): {base!r}") from None
        raise UsageError(f"{API_ENV} must be an http(s) URL, not {base!r}")
    if parts.username is not None or parts.query or parts.fragment:
        raise UsageError(f"{API_ENV} must be a base URL without credentials, query or fragment, not {base!r}")
    token = os.environ.get("GITHUB_TOKEN") or None
    if token is not None and not _TOKEN.fullmatch(token):
        # Never the value: it is a secret, and may be half of one.
        raise UsageError(
            "GITHUB_TOKEN holds a character no token has (a space, a line break, a control or non-ASCII "
            "character); it was not sent — check how it was set"
        )
    if token is not None and origin[0] == "http" and not _is_loopback(origin[1]):
        raise UsageError(
            f"GITHUB_TOKEN is never sent in clear text: {API_ENV} is http:// to {origin[1]!r}, which is not this "
            "machine; use https://, or unset GITHUB_TOKEN"
        )
    return Api(base.rstrip("/"), origin, token, _deadline())


def _deadline() -> float:
    text = os.environ.get(DEADLINE_ENV)
    if not text:
        return DEADLINE
    try:
        seconds = float(text)
    except ValueError:
        seconds = float("nan")
    if not 0 < seconds <= 3600:  # also NaN
        raise UsageError(f"{DEADLINE_ENV} must be a number of seconds (0 < s <= 3600), not {text!r}")
    return seconds


def api_base() -> str:
    """The API's base URL, checked as :func:`api` checks it."""
    return api().base


def _get(url: str, where: Api) -> Any:
    """GET ``url`` as JSON; raise :class:`RateLimited`, :class:`NotFound` or :class:`FetchError` (one line)."""
    headers = {
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "llmengines-refresh",
    }
    if where.token:
        headers["Authorization"] = f"Bearer {where.token}"
    try:
        status, reason, answer, body = _follow(url, headers, where)
    except FetchError as exc:
        raise type(exc)(_redact(str(exc), where.token)) from None
    if status == 429 or (status == 403 and (answer.get("x-ratelimit-remaining") == "0" or answer.get("retry-after"))):
        hint = "" if where.token else "; set GITHUB_TOKEN for a higher limit"
        raise RateLimited(f"GitHub API rate limit exceeded{_until(answer.get('x-ratelimit-reset', ''))}{hint}")
    if status == 404:
        raise NotFound("HTTP 404 Not Found")
    if status != 200:
        raise FetchError(_redact(f"HTTP {status} {_short(reason)}".rstrip(), where.token))
    if len(body) > MAX_BODY:
        raise FetchError("the response is too large to be the API's")
    try:
        return json.loads(body)
    except RecursionError:
        raise FetchError("the response is nested too deeply to be the API's") from None
    except ValueError:
        raise FetchError("the response is not JSON") from None


def _until(reset: str) -> str:
    if not (reset.isascii() and reset.isdigit()) or len(reset) > 12:
        return ""
    try:
        return f" until {dt.datetime.fromtimestamp(int(reset), dt.UTC):%H:%M} UTC"
    except (OverflowError, ValueError, OSError):
        return ""


def _short(text: str, limit: int = 120) -> str:
    text = visible(" ".join(str(text).split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _redact(text: str, token: str | None) -> str:
    return text.replace(token, "[GITHUB_TOKEN]") if token else text


def _follow(url: str, headers: dict[str, str], where: Api) -> tuple[int, str, dict[str, str], bytes]:
    """One request with its redirects, all within the deadline; only redirects to the API's own origin are
    followed (the token must not leave it), at most :data:`MAX_REDIRECTS`."""
    import time

    deadline = time.monotonic() + where.deadline
    for _hop in range(MAX_REDIRECTS + 1):
        status, reason, answer, body = _once(url, headers, deadline, where)
        if status not in _REDIRECTS:
            return status, reason, answer, body
        location = answer.get("location")
        if not location:
            raise FetchError(f"HTTP {status} without a Location to go to")
        try:
            target = urljoin(url, location)
        except ValueError:
            target = location
        if _origin(target) != where.origin:
            raise FetchError(
                f"HTTP {status}: a redirect away from {where.base} (to {_short(target, 80)}) is not followed: "
                "the token goes to the API's own origin only"
            )
        url = target
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _connection(origin: tuple[str, str, int], timeout: float) -> http.client.HTTPConnection:
    """A connection to ``origin``; for https through ``$https_proxy`` when one is set (a CONNECT tunnel: the
    proxy sees the host, never the token). Plain http (a local test server) never goes through a proxy."""
    scheme, host, port = origin
    if scheme == "http":
        return http.client.HTTPConnection(host, port, timeout=timeout)
    import urllib.request

    proxy = urllib.request.getproxies().get("https")
    if not proxy or urllib.request.proxy_bypass(host):
        return http.client.HTTPSConnection(host, port, timeout=timeout)
    try:
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        proxy_port = parts.port or 8080
    except ValueError:
        raise FetchError(f"https_proxy is not a valid URL: {_short(proxy, 80)}") from None
    if not parts.hostname:
        raise FetchError(f"https_proxy is not a valid URL: {_short(proxy, 80)}")
    headers = {}
    if parts.username is not None:
        import base64
        from urllib.parse import unquote

        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        headers["Proxy-Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
    connection = http.client.HTTPSConnection(parts.hostname, proxy_port, timeout=timeout)
    connection.set_tunnel(host, port, headers=headers)
    return connection


def _once(url: str, headers: dict[str, str], deadline: float, where: Api) -> tuple[int, str, dict[str, str], bytes]:
    import time

    parts = urlsplit(url)
    origin = _origin(url)
    assert origin is not None  # the base and every redirect followed were checked
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"no complete answer within {where.deadline:g} s")
    connection = _connection(origin, min(READ_TIMEOUT, left))
    expired = threading.Event()

    def cut() -> None:
        # A server that sends one byte at a time never lets a per-read timeout expire; this ends the request.
        expired.set()
        sock = connection.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    timer = threading.Timer(left, cut)
    timer.daemon = True
    timer.start()
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read(MAX_BODY + 1)
        answer = {k.lower(): v for k, v in response.getheaders()}
        if expired.is_set():  # cut off: whatever was read is not the whole answer
            raise TimeoutError
        return response.status, response.reason, answer, body
    except (TimeoutError, OSError, http.client.HTTPException, ValueError) as exc:
        if expired.is_set():
            raise FetchError(f"no complete answer within {where.deadline:g} s") from None
        if isinstance(exc, TimeoutError):
            raise FetchError(f"no answer from {where.base} within {READ_TIMEOUT:g} s") from None
        if isinstance(exc, http.client.HTTPException | ValueError):
            raise FetchError(f"a malformed answer ({type(exc).__name__}: {_short(str(exc), 80)})") from None
        raise FetchError(f"cannot reach {where.base}: {_short(exc.strerror or str(exc))}") from None
    finally:
        timer.cancel()
        connection.close()


def fetch(engine_id: str, owner: str, repo: str, today: str, where: Api | None = None) -> Figures:
    """Stars, last push and latest release of ``owner/repo``."""
    where = where or api()
    base = f"{where.base}/repos/{quote(owner, safe='')}/{quote(repo, safe='')}"
    info = _get(base, where)
    stars = info.get("stargazers_count") if isinstance(info, dict) else None
    if not isinstance(stars, int) or isinstance(stars, bool) or stars < 0:
        raise FetchError("the response has no star count")
    try:
        release = _get(f"{base}/releases/latest", where)
    except NotFound:  # the repository publishes no releases
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


def record(figures: Figures) -> dict[str, Any]:
    """The overlay record ``figures`` are written as."""
    return {
        "id": figures.engine_id,
        "github_stars": figures.stars,
        "stars_as_of": figures.as_of,
        "latest_release": figures.latest_release,
        "latest_release_date": figures.latest_release_date,
        "last_push": figures.last_push,
    }


def fetch_all(
    targets: Iterable[tuple[str, str, str]], today: str, progress: Callable[[str], None] = lambda _id: None
) -> tuple[list[Figures], list[Failure]]:
    """Fetch ``(engine_id, owner, repo)`` targets; a failure is reported per engine, a rate limit stops the rest.

    Figures the overlay reader would refuse (a star count beyond any repository's, a day that does not exist)
    are a failure of their engine: nothing is written that would then stop every command from loading.
    """
    from llmengines.validation import record_problems  # here, before the threads: pydantic imports once

    where = api()
    stop = threading.Event()

    def one(target: tuple[str, str, str]) -> Figures | Failure:
        engine_id, owner, repo = target
        try:
            if stop.is_set():
                return Failure(engine_id, "not fetched: the rate limit was reached")
            figures = fetch(engine_id, owner, repo, today, where)
        except RateLimited as exc:
            stop.set()
            return Failure(engine_id, str(exc))
        except FetchError as exc:
            return Failure(engine_id, f"{owner}/{repo}: {exc}")
        finally:
            progress(engine_id)
        problems = record_problems(record(figures))
        if problems:
            return Failure(engine_id, f"{owner}/{repo}: the API answered a figure that cannot be used: {problems[0]}")
        return figures

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(one, list(targets)))
    return [r for r in results if isinstance(r, Figures)], [r for r in results if isinstance(r, Failure)]


def today() -> str:
    """Today's date (UTC), the date refreshed figures are as of."""
    return dt.datetime.now(dt.UTC).date().isoformat()


def write_overlay(path: Path, figures: list[Figures]) -> str | None:
    """Add ``figures`` to the refreshed overlay at ``path``, keeping the records of earlier refreshes they do not
    replace; return a warning if the file there could not be read (it is then replaced).

    Concurrent refreshes must not lose each other's figures: the file is re-read and rewritten under a lock,
    and replaced atomically. What is written is checked by the overlay reader first.
    """
    from llmengines.overlays import read_overlay
    from llmengines.validation import parse_overlay

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _locked(path.with_name(f".{path.name}.lock")):
            warning = None
            keep: list[dict[str, Any]] = []
            if path.exists():
                try:
                    keep = read_overlay(str(path), refreshed=True).records
                except DataError as exc:
                    warning = f"{path}: did not load ({exc}); replaced by this refresh"
            text = _overlay_text(figures, keep)
            parse_overlay(str(path), text.encode("utf-8"))  # a DataError here is a bug: nothing is written
            tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            try:
                tmp.write_text(text, encoding="utf-8")
                tmp.replace(path)
            finally:
                tmp.unlink(missing_ok=True)  # gone after the replace; left only by a failed write
    except OSError as exc:
        raise DataError(f"{path}: cannot write the refreshed figures: {exc.strerror or exc}") from None
    return warning


class _locked:
    """An exclusive lock on ``path`` (created if need be) for the duration of a ``with``; POSIX only."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def __enter__(self) -> None:
        try:
            import fcntl
        except ImportError:  # Windows: the atomic replace alone
            return
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # releases the lock


def _overlay_text(figures: list[Figures], keep: list[dict[str, Any]]) -> str:
    fresh = {f.engine_id for f in figures}
    lines = [
        f"# Written by `llmengines refresh` on {today()} from {api_base()}.",
        "# GitHub figures as of each record's stars_as_of; later invocations merge them in automatically.",
        "# Delete this file to go back to the survey's figures.",
        "engines:",
    ]
    for kept in keep:
        data = kept.get("data", {})
        if data.get("id") in fresh:
            continue
        lines += _record(data)
    for f in figures:
        lines += _record(record(f))
    return "\n".join(lines) + "\n"


def _record(data: dict[str, Any]) -> list[str]:
    # JSON scalars (ASCII-escaped strings, numbers, null) are valid YAML, so no YAML library is needed to write.
    out = []
    for i, (key, value) in enumerate(data.items()):
        out.append(f"{'  - ' if i == 0 else '    '}{key}: {json.dumps(value)}")
    return out
