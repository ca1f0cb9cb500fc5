"""Reading a Python file safely: size, binary content and encodings never crash us."""

from __future__ import annotations

import io
import stat
import tokenize
from dataclasses import dataclass
from pathlib import Path

# Larger files are almost always generated data; parsing them would stall the editor.
MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class Unreadable:
    path: Path
    reason: str


def decode(data: bytes) -> str:
    """Decode as Python does (BOM, coding cookie, UTF-8), never raising."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("utf-8", errors="replace")


def read_source(path: Path) -> str | Unreadable:
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return Unreadable(path, "skipped: not a regular file")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        return Unreadable(path, error.strerror or str(error))
    if len(data) > MAX_BYTES:
        return Unreadable(path, f"skipped: larger than {MAX_BYTES // 1_000_000} MB")
    if b"\0" in data:
        return Unreadable(path, "skipped: binary content")
    return decode(data)


def is_oversized(text: str) -> bool:
    return len(text) > MAX_BYTES
