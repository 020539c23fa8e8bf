"""The hostile-file corpus of issue 14: the malformed plan files plus cadence rules, special files,
control characters, NUL characters and plans at the size limits.

`hostile_corpus(folder)` writes every file and yields (class, path, bad): `bad` files must be refused
by every command and by the GUI; the others (valid plans with hostile text or rules) must be
accepted, with their text printed escaped.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

from tests.core.domain.test_cadence import BAD_RULES
from tests.reliability.malformed_corpus import STEP, _dump, _set, corpus, valid_document

GOOD_RULES = ["FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15", "FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=-1FR",
              "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1",
              "DTSTART:20200106\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "freq=daily;interval=7",
              "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "FREQ=DAILY;UNTIL=21001231"]
# A sitting rule that ends before the plan (1 Jan 1990 only): readable, but no sitting to wait for.
ENDED_RULES = ["FREQ=YEARLY;COUNT=1", "FREQ=DAILY;UNTIL=19900105", "DTSTART:19950101\nRRULE:FREQ=MONTHLY;COUNT=3"]
CONTROL_TEXT = ["\x1b[2J\x1b[HOWNED", "bell\x07\x07", "carriage\rreturn", "\u202eevil\u202c.pdf", "\x1b]0;title\x07",
                "back\x08\x08space", "\u2066isolate\u2069", "del\x7f", "c1\x9bcsi", "zero\u200bwidth\u200f",
                "line\nbreak", "tab\tted", "\x1bP+q\x1b\\", "\u061carabic mark", "form\x0cfeed"]
NUL_FIELDS = ["plan.title", f"{STEP}[0].name", f"{STEP}[1].notes", "plan.scenarios[0].name", "plan.product.name",
              f"{STEP}[0].id", "plan.client"]


def _gate(doc: dict, rule: str) -> dict:
    """The base plan with its committee gate enabled, not yet started and waiting for `rule`."""
    for field, value in (("cadence", rule), ("enabled", True), ("fixed_start", None), ("actual_start", None),
                         ("actual_finish", None)):
        doc = _set(doc, f"{STEP}[2].{field}", value)
    return doc


def _steps(doc: dict, count: int) -> dict:
    steps = [{**doc["plan"]["scenarios"][0]["steps"][0], "id": f"x{i}"} for i in range(count)]
    return _set(_set(doc, STEP, steps), "plan.scenarios[0].dependencies", [])


def _classes(base: dict) -> dict[str, list[tuple[bytes | str, bool]]]:
    """class -> [(file content, or a special-file kind as text; bad)]."""
    c: dict[str, list[tuple[bytes | str, bool]]] = {}
    c["cadence_rule_bad"] = [(_dump(_gate(base, rule)), True) for rule, _part in BAD_RULES]
    c["cadence_rule_ended"] = [(_dump(_gate(base, rule)), True) for rule in ENDED_RULES]
    c["cadence_rule_good"] = [(_dump(_gate(base, rule)), False) for rule in GOOD_RULES]
    c["special_file"] = [(kind, True) for kind in ("fifo", "dev_zero", "dev_urandom", "dev_null", "socket",
                                                   "dangling_link", "link_loop", "sparse_huge", "link_to_fifo",
                                                   "link_to_folder")]
    c["control_characters"] = [(_dump(_set(_set(base, "plan.title", text), f"{STEP}[0].name", f"Step {text}")), False)
                               for text in CONTROL_TEXT]
    c["nul_character"] = [(_dump(_set(base, field, "before\x00after")), True) for field in NUL_FIELDS] + [
        (_dump(_set(base, "plan.notes", "\x00" * 10)), True), (_dump(_set(base, f"{STEP}[3].name", "\x00")), True),
        (_dump(_set(base, "plan.advisor", "a\x00")), True)]
    c["size_limit"] = [
        (_dump(_set(base, f"{STEP}[0].duration", {"min": 1, "likely": 2, "max": 36_000, "unit": "months"})), True),
        (_dump(_set(base, f"{STEP}[0].duration", {"min": 1, "likely": 2, "max": 1_201, "unit": "months"})), True),
        (_dump(_set(base, f"{STEP}[0].duration", {"min": 1, "likely": 2, "max": 5_216, "unit": "weeks"})), True),
        (_dump(_set(base, f"{STEP}[0].duration", {"min": 1, "likely": 2, "max": 25_001,
                                                  "unit": "working_days", "calendar": "HK"})), True),
        (_dump(_set(base, f"{STEP}[0].duration", {"min": 1, "likely": 2, "max": 1_200, "unit": "months"})), False),
        (_dump(_set(base, "plan.scenarios[0].dependencies[0].lag", {"value": 36_000, "unit": "months"})), True),
        (_dump(_set(base, "plan.notes", "N" * 100_000)), False),
        (_dump(_set(base, "plan.notes", "N" * 100_001)), True),
        (_dump(_steps(base, 20_001)), True),
        (_dump(_set(base, "plan.scenarios[0].start_date", "2200-12-01")), True),   # past the calendars' years
        (_dump(_set(base, "plan.scenarios[0].start_date", "2150-01-05")), False),
        (_dump(_set(base, "plan.scenarios[0].dependencies[0].lag", {"value": 1_200, "unit": "months"})), False),
        (_dump(_set(base, "plan.scenarios[0].dependencies[0].lag", {"value": 36_501})), True),
    ]
    c["control_characters_elsewhere"] = [
        (_dump(_set(_set(base, "plan.scenarios[0].name", text), "plan.product.name", text)), False)
        for text in CONTROL_TEXT]
    return c


def _special(path: Path, kind: str, keep: list) -> None:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind in ("dev_zero", "dev_urandom", "dev_null"):
        path.symlink_to("/dev/" + kind.removeprefix("dev_"))
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        keep.append(sock)
    elif kind == "dangling_link":
        path.symlink_to(path.parent / "nowhere.json")
    elif kind == "link_loop":
        path.symlink_to(path)
    elif kind == "sparse_huge":
        with open(path, "wb") as handle:
            handle.truncate(64 * 1024 * 1024)
    elif kind == "link_to_fifo":
        os.mkfifo(path.with_suffix(".fifo"))
        path.symlink_to(path.with_suffix(".fifo"))
    elif kind == "link_to_folder":
        path.with_suffix(".dir").mkdir()
        path.symlink_to(path.with_suffix(".dir"))


def hostile_corpus(folder: Path, keep: list) -> Iterator[tuple[str, Path, bool]]:
    """Write the corpus into `folder`; yields (class, path, bad). Sockets are appended to `keep`."""
    for name, path, _wants_field in corpus(folder):
        yield name, path, True
    base = _set(valid_document(), "plan.active_scenario", "base")  # schedule's default is the damaged scenario
    for name, files in _classes(base).items():
        for index, (content, bad) in enumerate(files):
            path = folder / f"{name}-{index:02d}.json"
            if isinstance(content, str):
                _special(path, content, keep)
            else:
                path.write_bytes(content)
            yield name, path, bad
