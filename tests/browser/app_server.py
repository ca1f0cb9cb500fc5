"""Runs a case's app as its user would (`python app.py`, debug on) on a free loopback port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT_S = 40


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Running:
    url: str | None  # None: the app never served (it raised before app.run, or exited)
    output: str  # what the process printed so far (its traceback, if it failed)


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class AppServer:
    def __init__(self, python: str, folder: Path, entry: str):
        self.python, self.folder, self.entry = python, folder, entry
        self.port = free_port()
        self._log = tempfile.TemporaryFile()
        self._process: subprocess.Popen | None = None

    def start(self) -> Running:
        env = dict(os.environ, PORT=str(self.port), PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
        env.pop("DASH_SUPPRESS_CALLBACK_EXCEPTIONS", None)
        # A session of its own, so the reloader's child goes down with it.
        self._process = subprocess.Popen([self.python, self.entry], cwd=self.folder, env=env, stdout=self._log,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        url = f"http://127.0.0.1:{self.port}/"
        deadline = time.monotonic() + START_TIMEOUT_S
        # Ready once the port accepts connections; no HTTP request yet, so that the browser's page
        # load is the app's first request, as for its user (Dash sets itself up, and may fail, on it).
        # With debug on, Werkzeug's reloader binds the port before it starts the serving child; a
        # connection then waits in the backlog until the child answers.
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return Running(None, self.output())
            if _accepts(self.port):
                return Running(url, self.output())
            time.sleep(0.05)
        return Running(None, self.output() + f"\n(nothing listening on {url} within {START_TIMEOUT_S} s)")

    def output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", errors="replace")

    def stop(self) -> None:
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

    def __enter__(self) -> Running:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
