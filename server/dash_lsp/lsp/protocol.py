"""The wire protocol: pygls's, except that a request it cannot read is still answered.

pygls reads each message in its JSON decoder; when a request's params do not fit the
method's types, it logs and drops the message, and the client waits for an answer that
never comes. JSON-RPC asks for an error response instead (-32602 invalid params).
"""

from __future__ import annotations

import logging
from typing import Any

from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol

log = logging.getLogger(__name__)


class _Answered:
    """Stands for a request already answered with an error: nothing more to do."""

    jsonrpc = None


ANSWERED = _Answered()


class AnsweringProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if not ("id" in data and "method" in data and "result" not in data and "error" not in data):
                raise  # a notification or a response: there is no one to answer
            log.warning("dash-lsp: cannot read the %s request's params; answered with an error", data["method"])
            self._send_response(data["id"], error=error.to_response_error())
            return ANSWERED

    def handle_message(self, message):
        if message is ANSWERED:
            return
        super().handle_message(message)
