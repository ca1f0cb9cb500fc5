"""Logging: stderr always, and the client's log (window/logMessage) at the configured level.

stdout carries the protocol, so nothing here ever writes to it. A failing handler is
logged and swallowed by `guarded`: the session must outlive any single bug.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
import threading
from typing import TYPE_CHECKING, Any, Callable

from lsprotocol import types
from pygls.exceptions import JsonRpcException

if TYPE_CHECKING:
    from pygls.lsp.server import LanguageServer

log = logging.getLogger("dash_lsp")

_MESSAGE_TYPES = (
    (logging.ERROR, types.MessageType.Error),
    (logging.WARNING, types.MessageType.Warning),
    (logging.INFO, types.MessageType.Info),
)


def message_type(levelno: int) -> types.MessageType:
    for threshold, kind in _MESSAGE_TYPES:
        if levelno >= threshold:
            return kind
    return types.MessageType.Log


class ClientLogHandler(logging.Handler):
    """Forwards records to the client; safe to call from the analysis thread."""

    def __init__(self, server: "LanguageServer", loop: asyncio.AbstractEventLoop, level: int):
        super().__init__(level)
        self._server = server
        self._loop = loop
        self._loop_thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            params = types.LogMessageParams(type=message_type(record.levelno), message=self.format(record))
            if threading.get_ident() == self._loop_thread:
                self._server.window_log_message(params)
            elif not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._send, params)
        except Exception:  # never let logging take the server down
            self.handleError(record)

    def _send(self, params: types.LogMessageParams) -> None:
        try:
            self._server.window_log_message(params)
        except Exception:
            pass


def setup_stderr(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    log.setLevel(min(level, logging.INFO))


def attach_client(server: "LanguageServer", level: int) -> ClientLogHandler:
    handler = ClientLogHandler(server, asyncio.get_running_loop(), level)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    set_level(handler, level)
    return handler


def set_level(handler: ClientLogHandler | None, level: int) -> None:
    """The client sees `level` and up; stderr keeps at least info."""
    log.setLevel(min(level, logging.INFO))
    if handler is not None:
        handler.setLevel(level)


def guarded(fallback: Any = None) -> Callable:
    """Run a handler; on any error log it (to the client too) and return `fallback`."""

    def decorate(fn: Callable) -> Callable:
        if asyncio.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def run_async(*args, **kwargs):
                try:
                    return await fn(*args, **kwargs)
                except (asyncio.CancelledError, JsonRpcException):
                    raise  # (an error the handler means the client to see)
                except Exception:
                    log.exception("dash-lsp: %s failed", fn.__name__)
                    return fallback

            return run_async

        @functools.wraps(fn)
        def run(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except JsonRpcException:
                raise
            except Exception:
                log.exception("dash-lsp: %s failed", fn.__name__)
                return fallback

        return run

    return decorate
