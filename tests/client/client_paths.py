"""Where the built extension lives (imported by name: `conftest` is ambiguous across test folders)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VSIX = ROOT / "dash-lsp.vsix"
