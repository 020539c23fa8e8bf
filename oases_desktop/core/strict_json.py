"""Parse JSON that arrives from outside (plan files, library files) without any of stdlib json's gaps.

Stdlib json alone crashes with RecursionError on deep nesting and silently accepts NaN, duplicate
keys (the last wins) and lone surrogates, which later fail far from the file. Here pydantic's
parser checks syntax first (it bounds nesting and rejects lone surrogates), then stdlib json builds
the value with duplicate keys and non-finite numbers refused.
"""

from __future__ import annotations

import json


class JsonProblem(ValueError):
    """What is wrong with the bytes, in words for the user (the caller adds the file name)."""


def _reject_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key \"{key}\"")
        result[key] = value
    return result


def _reject_constant(token: str) -> None:
    raise ValueError(f"{token} is not a number JSON allows")


def _first_line(message: str) -> str:
    return message.splitlines()[0][:200] if message else "unreadable"


def parse_strict_json(data: bytes) -> object:
    """The JSON value in `data` (UTF-8, BOM allowed); JsonProblem says what is wrong."""
    if not data.strip():
        raise JsonProblem("the file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise JsonProblem(f"not a text file in UTF-8 (bad byte at offset {error.start})") from None
    from pydantic_core import from_json  # imported on first use: keeps GUI start-up fast

    try:
        from_json(text)
    except ValueError as error:
        raise JsonProblem(f"not valid JSON ({_first_line(str(error))})") from None
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise JsonProblem(f"not valid JSON ({_first_line(str(error))})") from None
