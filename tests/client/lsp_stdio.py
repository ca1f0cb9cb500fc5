"""A minimal LSP client over a child process's stdio: enough to start a server and talk to it.

Used where the point is *which* Python and *which* files run the server (the unpacked .vsix
under plain /usr/bin/python3), so nothing of the project's environment may be involved.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time


class LspProcess:
    def __init__(self, args: list[str], env: dict[str, str], cwd: str):
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        env=env, cwd=cwd)
        self.messages: queue.Queue = queue.Queue()
        self.stderr: list[bytes] = []
        self._next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(stream.read(length)))

    def send(self, payload: dict) -> None:
        body = json.dumps(payload).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params, timeout: float = 30) -> dict:
        """Send a request and return its response, answering the server's own requests meanwhile."""
        self._next_id += 1
        request_id = self._next_id
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == request_id and "method" not in m, timeout, f"the answer to {method}")

    def wait(self, matches, timeout: float, what: str) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {what} within {timeout} s; stderr:\n{self.stderr_text()}")
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if "method" in message and "id" in message:  # a request from the server: accept it blandly
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            if matches(message):
                return message

    def stderr_text(self) -> str:
        return b"".join(self.stderr).decode("utf-8", "replace")

    def close(self, timeout: float = 10) -> int:
        if self.process.poll() is None:
            try:
                self.request("shutdown", None, timeout)
                self.notify("exit", None)
                return self.process.wait(timeout)
            except (AssertionError, BrokenPipeError, subprocess.TimeoutExpired):
                self.process.kill()
        return self.process.wait(timeout)
