"""A hostile fake GitHub API on loopback (127.0.0.1 or 127.0.0.2 only): raw bytes, any answer it likes.

Each connection is read up to the end of the request head, recorded (path and headers), and handed to
``handler(connection, path, headers)``, which writes whatever it wants. The default handler answers like the
two endpoints ``refresh`` uses.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

Handler = Callable[[socket.socket, str, dict[str, str]], None]
LOOPBACK = ("127.0.0.1", "127.0.0.2")


def answer(
    conn: socket.socket, status: int, body: Any, headers: dict[str, str] | None = None, reason: str = "OK"
) -> None:
    """A well-formed HTTP/1.1 answer with a JSON (or raw bytes) body."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    head = f"HTTP/1.1 {status} {reason}\r\n"
    for key, value in {**(headers or {}), "Content-Length": str(len(raw)), "Connection": "close"}.items():
        head += f"{key}: {value}\r\n"
    conn.sendall(head.encode("latin-1") + b"\r\n" + raw)


def github(conn: socket.socket, path: str, headers: dict[str, str]) -> None:
    """Answers as GitHub would for a repository and its latest release."""
    parts = path.strip("/").split("/")
    if len(parts) == 3 and parts[0] == "repos":
        answer(conn, 200, {"stargazers_count": 1000 + len(parts[2]), "pushed_at": "2026-11-20T08:00:00Z"})
    elif len(parts) == 5 and parts[3:] == ["releases", "latest"]:
        answer(conn, 200, {"tag_name": "v1.0", "published_at": "2026-11-10T12:00:00Z"})
    else:
        answer(conn, 404, {"message": "Not Found"}, reason="Not Found")


class Hostile:
    """A server on one loopback address; ``handler`` decides every answer; ``requests`` records what came."""

    def __init__(self, host: str = "127.0.0.1", handler: Handler = github) -> None:
        assert host in LOOPBACK, "the hostile API listens on loopback only"
        self.server = socket.create_server((host, 0))
        self.server.settimeout(0.2)
        self.host = host
        self.port = self.server.getsockname()[1]
        self.handler = handler
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.server.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            data = b""
            try:
                while b"\r\n\r\n" not in data and len(data) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    data += chunk
                lines = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1] if len(lines[0].split(" ")) > 1 else ""
                headers = {}
                for line in lines[1:]:
                    key, _, value = line.partition(":")
                    headers[key.strip().lower()] = value.strip()
                with self.lock:
                    self.requests.append((path, headers))
                self.handler(conn, path, headers)
            except OSError:
                pass

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.server.close()


def drip(conn: socket.socket, path: str, headers: dict[str, str], every: float = 0.3) -> None:
    """A status line, then one byte of a header every ``every`` seconds, for ever (until the client leaves)."""
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    with contextlib.suppress(OSError):
        for _ in range(10_000):
            conn.sendall(b"X")
            time.sleep(every)
