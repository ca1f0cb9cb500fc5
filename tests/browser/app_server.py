"""Runs a case's app as its user would (`python app.py`, debug on) on a free loopback port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT_S = 40


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Running:
    url: str | None  # None: the app never served (it raised at import, or exited)
    output: str  # what the process printed so far (its traceback, if it failed)
    first_status: int = 200  # the status of the first answer (Dash sets itself up on it)
    first_error: str = ""  # the body of that answer when it failed (the debugger names the exception)


class AppServer:
    def __init__(self, python: str, folder: Path, entry: str):
        self.python, self.folder, self.entry = python, folder, entry
        self.port = free_port()
        self._log = tempfile.TemporaryFile()
        self._process: subprocess.Popen | None = None

    def __enter__(self) -> Running:
        env = dict(os.environ, PORT=str(self.port), PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
        env.pop("DASH_SUPPRESS_CALLBACK_EXCEPTIONS", None)
        # A session of its own, so the reloader's child goes down with it.
        self._process = subprocess.Popen([self.python, self.entry], cwd=self.folder, env=env, stdout=self._log,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        url = f"http://127.0.0.1:{self.port}/"
        deadline = time.monotonic() + START_TIMEOUT_S
        first_status, first_error = None, ""
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return Running(None, self.output())
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    return Running(url, self.output(), first_status or response.status, first_error)
            except urllib.error.HTTPError as error:
                # Served, but failed: Dash raises some of its errors on the first request only.
                if first_status is None:
                    first_status, first_error = error.code, error.read().decode("utf-8", errors="replace")
                time.sleep(0.2)
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        return Running(None, self.output() + f"\n(no answer on {url} within {START_TIMEOUT_S} s)")

    def output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", errors="replace")

    def __exit__(self, *exc) -> None:
        if self._process is not None and self._process.poll() is None:
            try:
                os.killpg(self._process.pid, signal.SIGTERM)
                self._process.wait(5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self._process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self._process.wait(5)
        self._log.close()
