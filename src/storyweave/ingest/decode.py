"""Bytes to text, with a clear reason when the bytes are not a text.

`decode_utf8` gives exactly what `open(path, encoding="utf-8", newline="").read()`
gives (no newline translation, a BOM kept as U+FEFF), so offsets computed on the
result are offsets into the file as read by anyone else.
"""

from __future__ import annotations

import codecs
import os
import re

# Share of control characters (besides tab, newlines, form feed) above which a
# decoded text is taken for binary data that happens to be valid UTF-8.
MAX_CONTROL_SHARE = 0.05
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")  # all but \t \n \v \f \r


_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


class NotText(ValueError):
    """The bytes are not a readable text; the message is the one-line reason."""


def human_size(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def read_capped(path: str, max_bytes: int) -> bytes:
    """Read a whole file, refusing one bigger than `max_bytes` before reading it."""
    size = os.path.getsize(path)
    if size > max_bytes:
        raise NotText(too_big(size, max_bytes))
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew while we looked
        raise NotText(too_big(len(data), max_bytes))
    return data


def _size(n: int) -> str:
    return f"{n} bytes" if n < 1024 else f"{human_size(n)} ({n} bytes)"


def too_big(size: int, max_bytes: int) -> str:
    return f"too big: {_size(size)} is over the size cap of {_size(max_bytes)}"


def check_not_binary(data: bytes) -> None:
    """Refuse empty input and input with NUL bytes (binary files, UTF-16/32 texts)."""
    if not data:
        raise NotText("empty file")
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            raise NotText(f"{name} text (byte order mark at offset 0): convert it to UTF-8")
    nul = data.find(b"\x00", 0, 1 << 16)
    if nul >= 0:
        raise NotText(f"binary data: NUL byte at offset {nul} (not a UTF-8 text)")


def decode_utf8(data: bytes, fallback: str | None = None) -> str:
    """Decode strict UTF-8, or `fallback` (the user's `--encoding`) where UTF-8 breaks.

    UTF-8 is always tried first: a legacy encoding such as cp1252 decodes any byte
    string, so trying it first would turn real UTF-8 into mojibake. Says at which
    byte decoding breaks; refuses binary and blank text.
    """
    check_not_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if fallback is None:
            raise NotText(invalid_utf8(data, exc.start)) from None
        text = decode_legacy(data, fallback, "given by --encoding")
    check_text(text)
    return text


def decode_legacy(data: bytes, encoding: str, why: str) -> str:
    """Decode with a named non-UTF-8 encoding, with the byte offset where it breaks."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise NotText(f"invalid {encoding} at byte offset {exc.start} ({why})") from None


def check_encoding(name: str) -> str:
    """The canonical codec name for `name`; NotText when Python has no such codec."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise NotText(f"unknown encoding {name!r} (e.g. cp1252, latin-1, shift_jis)") from None


def invalid_utf8(data: bytes, offset: int) -> str:
    """Where UTF-8 decoding broke, and a hint when the bytes read as Windows-1252."""
    bad = data[offset : offset + 4].hex(" ")
    reason = f"invalid UTF-8 at byte offset {offset} (bytes {bad})"
    try:
        data[:65536].decode("cp1252")
    except UnicodeDecodeError:
        return reason
    return reason + "; it reads as Windows-1252: pass --encoding cp1252, or convert it (iconv -f cp1252 -t utf-8)"


def check_text(text: str) -> None:
    """Refuse a decoded text that is blank or mostly control characters."""
    if not text.strip():
        raise NotText("empty file (only whitespace)")
    sample = text[:65536]
    controls = len(_CONTROLS.findall(sample))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise NotText(f"binary data: {controls} control characters in the first {len(sample)} characters")
