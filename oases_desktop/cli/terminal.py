"""Text from plan files is printed escaped: a title must not clear the screen, ring the bell or reverse the line.

A plan file's names travel by email; printed raw, ESC sequences, CR, BEL or bidirectional overrides
in them would act on the user's terminal (or make a name read as something else). Every control or
invisible format character (Unicode Cc and Cf) is printed as a \\uXXXX escape, which is also how JSON
writes it, so `--json` output stays valid JSON. Line ends between lines are kept.
"""

from __future__ import annotations

import io
import re
import unicodedata

_CANDIDATE = re.compile(r"[\x00-\x1f\x7f-\x9f]|[^\x00-\x7f]")
_CANDIDATE_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]|[^\x00-\x7f]")  # one pass over all lines


def _escape(match: re.Match) -> str:
    ch = match.group()
    if ord(ch) > 0x7F and unicodedata.category(ch) not in ("Cc", "Cf"):
        return ch
    code = ord(ch)
    if code > 0xFFFF:  # as a JSON surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def printable(text: str, keep_newlines: bool = False) -> str:
    """`text` with control and format characters escaped (newlines too unless `keep_newlines`)."""
    return (_CANDIDATE_BUT_NEWLINE if keep_newlines else _CANDIDATE).sub(_escape, text)


class EscapingWriter(io.TextIOBase):
    """A stdout that escapes what it is given (keeping line ends), for the headless commands."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text, keep_newlines=True))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def encoding(self):
        return getattr(self.stream, "encoding", "utf-8")
