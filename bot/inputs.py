"""Reading a briefing from a file or standard input, with clear errors for bad input."""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024


def decode(data: bytes, name: str) -> str:
    """Bytes -> text, refusing binary files."""
    if not data.strip():
        raise InputError(f"{name} is empty: there is nothing to brief.")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} is not a text file (it looks binary); share the text, Markdown or HTML.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isprintable() or ch.isspace() for ch in text[:8192])
        if printable < 0.95 * min(len(text), 8192):
            break
        return text
    raise InputError(f"{name} is not a text file (it looks binary); share the text, Markdown or HTML.")


def read_source(path: str) -> tuple[str, str]:
    """(text, display name) of a path, or of standard input for "-"."""
    if path == "-":
        return decode(sys.stdin.buffer.read(MAX_BYTES + 1)[:MAX_BYTES], "standard input"), "stdin"
    p = Path(path)
    if not p.exists():
        raise InputError(f"No such file: {path}.")
    if p.is_dir():
        raise InputError(f"{path} is a folder; name a file (or several).")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{path} is too large to brief ({size // 1_048_576} MB; the limit is 20 MB).")
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"Cannot read {path}: {err.strerror or err}.") from err
    return decode(data, path), p.name
