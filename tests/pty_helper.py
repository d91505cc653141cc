"""Run a command with its stdout (and stdin, stderr) on a pseudo-terminal of a given size, and read what it drew."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
import time


def run_in_pty(
    argv: list[str],
    *,
    columns: int = 100,
    rows: int = 24,
    env: dict[str, str | None] | None = None,
    timeout: float = 30,
) -> str:
    """What ``argv`` wrote to a ``columns`` × ``rows`` terminal (``\\r\\n`` as ``\\n``); fails after ``timeout``.

    No colour and no pager unless ``env`` says otherwise; a variable given as None is unset.
    """
    full: dict[str, str | None] = {
        k: v for k, v in os.environ.items() if not k.startswith("_TYPER") and k not in ("COLUMNS", "LINES")
    }
    full.update({"TERM": "xterm", "NO_COLOR": "1", "LLMENGINES_PAGER": "", "PAGER": ""})
    full.update(env or {})
    environment = {k: v for k, v in full.items() if v is not None}
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    proc = subprocess.Popen(argv, stdin=follower, stdout=follower, stderr=follower, env=environment, close_fds=True)
    os.close(follower)
    out = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{argv} still running after {timeout} s; it drew {bytes(out)[-400:]!r}")
            ready, _, _ = select.select([leader], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the process is done
                break
            if not chunk:
                break
            out += chunk
        proc.wait(timeout=max(deadline - time.monotonic(), 1))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(leader)
    return out.decode("utf-8", "replace").replace("\r\n", "\n")
