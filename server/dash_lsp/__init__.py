"""dash-lsp: finds Plotly Dash callback mistakes while you type."""

__version__ = "0.1.0"
