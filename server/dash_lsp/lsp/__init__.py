"""The language server face of dash-lsp (pygls): translation only, no analysis."""

from .server import DashLanguageServer, create_server, serve

__all__ = ["DashLanguageServer", "create_server", "serve"]
