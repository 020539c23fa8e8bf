"""A generated corpus of malformed plan files: 29 classes, 10 or more files each.

Every file is built from one valid plan file by a single targeted damage, so each one tests the
damage it names. `corpus(folder)` writes them and returns (class, path, expects_field_path).
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

from oases_desktop.core.planfile import FORMAT_VERSION, plan_to_bytes
from tests.core.storage.plans_factory import full_plan

Doc = dict


def valid_document() -> Doc:
    return json.loads(plan_to_bytes(full_plan()))


def _dump(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _set(doc: Doc, path: str, value: object) -> Doc:
    """Set a dotted path with [i] indexes, e.g. plan.scenarios[0].steps[1].name."""
    doc = copy.deepcopy(doc)
    *parents, last = _parts(path)
    node = doc
    for part in parents:
        node = node[part]
    node[last] = value
    return doc


def _delete(doc: Doc, path: str) -> Doc:
    doc = copy.deepcopy(doc)
    *parents, last = _parts(path)
    node = doc
    for part in parents:
        node = node[part]
    del node[last]
    return doc


def _parts(path: str) -> list:
    parts: list = []
    for piece in path.split("."):
        name, _, rest = piece.partition("[")
        if name:
            parts.append(name)
        while rest:
            index, _, rest = rest.partition("]")
            parts.append(int(index))
            rest = rest.lstrip("[")
    return parts


STEP = "plan.scenarios[0].steps"
DEP = "plan.scenarios[0].dependencies"
TEXT_FIELDS = ["plan.title", "plan.client", "plan.notes", "plan.advisor", f"{STEP}[0].name", f"{STEP}[1].notes",
               "plan.scenarios[0].name", "plan.scenarios[1].notes", "plan.product.name", "plan.product.indication"]


def _classes(base: Doc, raw: bytes, rng: random.Random) -> dict[str, tuple[bool, list[bytes | None]]]:
    """class name -> (the message must carry a field path, file contents; None = make a folder)."""
    text = raw.decode("utf-8")
    lines = text.splitlines()
    c: dict[str, tuple[bool, list]] = {}
    c["invalid_utf8"] = (False, [raw[:k] + bad + raw[k:] for k, bad in zip(
        (5, 60, 200, 400, 800, 1200, 1600, 2000, 2400, len(raw) - 5),
        (b"\xff", b"\xfe", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1", b"\xf0\x28\x8c\xbc", b"\xc0\xaf",
         b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"))])
    c["utf16_or_utf32"] = (False, [text.encode(enc) for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                                                "utf-32-le", "utf-32-be")]
                           + [b"\xff\xfe" + text.encode("utf-16-le")[:n] for n in (10, 100, 1000, 5000)])
    c["truncated"] = (False, [raw[:k] for k in sorted(rng.sample(range(1, len(raw) - 2), 12))])
    c["trailing_data"] = (False, [raw + extra for extra in (b"x", b"{}", b"[]", b"\n{\"format\":1}", b"0", b"null",
                                                             b",", b"]", b"}", b"\x00")])
    c["deep_nesting"] = (False, [b"[" * n for n in (1000, 10_000, 100_000)] + [b"{\"a\":" * n for n in (1000, 50_000)]
                         + [_dump(_set(base, "plan.notes", "X")).replace(b'"X"', b"[" * n + b"]" * n)
                            for n in (200, 5000, 100_000)] + [b"[" * 100_000 + b"]" * 100_000, b"{\"plan\":" * 3000])
    c["huge_file"] = (False, [b" " * (21 * 1024 * 1024) + raw, raw + b" " * (21 * 1024 * 1024)])
    c["huge_string"] = (True, [_dump(_set(base, path, "A" * 1_000_001)) for path in TEXT_FIELDS])
    c["huge_number"] = (False, [text.replace('"min": 20.0', '"min": ' + "9" * n).encode() for n in (5000, 10_000)]
                        + [text.replace('"max": 45.5', f'"max": {v}').encode() for v in
                           ("1e400", "-1e400", "1e309", "123456789e999999")]
                        + [text.replace(f'"version": {FORMAT_VERSION}', '"version": ' + "1" * n).encode() for n in (5000, 40)]
                        + [text.replace('"likely": 30.0', '"likely": 1e308').encode(),
                           text.replace('"value": -5.0', '"value": -1e300').encode()])
    c["nan_infinity"] = (False, [text.replace(f'"{f}": {v}', f'"{f}": {tok}').encode()
                                 for f, v in (("min", "20.0"), ("max", "45.5"), ("likely", "30.0"))
                                 for tok in ("NaN", "Infinity", "-Infinity")] + [
                             text.replace(f'"version": {FORMAT_VERSION}', '"version": NaN').encode()])
    c["duplicate_keys"] = (False, [text.replace(f'"{key}": ', f'"{key}": {dup}, "{key}": ', 1).encode()
                                   for key, dup in (("format", '"oases-plan"'), ("version", str(FORMAT_VERSION)), ("title", '"x"'),
                                                    ("client", '"y"'), ("name", '"n"'), ("min", "1"), ("kind", '"drug"'),
                                                    ("as_of", '"2026-01-01"'), ("id", '"other"'), ("notes", '""'))])
    c["lone_surrogate"] = (False, [text.replace(f'"{value}"', f'"{value}{sur}"', 1).encode()
                                   for value, sur in (("Oncology launch", "\\ud800"), ("Client Ltd", "\\udfff"),
                                                      ("Dossier", "\\ud83d"), ("Base case", "\\udc00x"),
                                                      ("NSCLC", "\\ud800\\ud800"), ("orphan", "\\udbff"),
                                                      ("s1", "\\ud800"), ("hk_1plus", "\\udc80"),
                                                      ("Plan notes", "\\ud834"), ("Gather docs", "\\udfff\\ud800"))])
    c["wrong_type"] = (True, [_dump(_set(base, p, v)) for p, v in (
        ("plan.title", 5), ("plan.scenarios", {}), (f"{STEP}[0].duration.min", "5"), (f"{STEP}[0].enabled", "true"),
        ("plan.as_of", 20260101), (f"{STEP}", None), ("plan.product", []), ("plan.product.designations", "orphan"),
        (f"{DEP}[0].lag", 3), ("plan.scenarios[0].routes", [1, 2]), (f"{STEP}[1].optional", 1),
        ("plan.product.first_in_class", "yes"))])
    c["missing_field"] = (True, [_dump(_delete(base, p)) for p in (
        "plan.id", "plan.title", "plan.scenarios", "plan.active_scenario", "plan.product", "plan.as_of",
        f"{STEP}[0].duration", f"{STEP}[0].id", f"{DEP}[0].successor", "plan.scenarios[0].start_date",
        f"{STEP}[0].duration.max", "plan.product.name")] + [_dump(_delete(base, "plan"))])
    c["unknown_field"] = (True, [_dump(_set(base, p, 1)) for p in (
        "extra", "plan.extra", "plan.product.colour", f"{STEP}[0].owner", f"{STEP}[0].duration.mode",
        f"{DEP}[0].weight", f"{DEP}[0].lag.kind", "plan.scenarios[0].budget", "plan.product.reference_approvals[0].x",
        "plan.Title")])
    c["old_version"] = (True, [_dump(_set(base, "version", v)) for v in (0, -1, -100, -(2**31))]
                        + [_dump(_set(base, "version", v)) for v in (str(FORMAT_VERSION), float(FORMAT_VERSION), None, True,
                                                                     [FORMAT_VERSION], f"v{FORMAT_VERSION}")])
    c["future_version"] = (True, [_dump(_set(base, "version", FORMAT_VERSION + v))
                                 for v in (1, 2, 10, 99, 1000, 2**31, 2**62)]
                           + [_dump(_set(_set(base, "version", FORMAT_VERSION + 1), "plan.future", {})),
                              _dump(_set(base, "version", FORMAT_VERSION + 1)).replace(b'"plan"', b'"plan_v2"'),
                              _dump({"format": "oases-plan", "version": 7})])
    c["wrong_format"] = (True, [_dump(_set(base, "format", v)) for v in ("oases-plan-x", "OASES-PLAN", "", 1, None,
                                                                          "msproject", "oases_plan")]
                         + [_dump(_delete(base, "format")), _dump({"plan": base["plan"]}), _dump(base["plan"])])
    c["bad_date"] = (True, [_dump(_set(base, p, v)) for p, v in (
        ("plan.as_of", "2026-02-30"), ("plan.as_of", "2026-13-01"), ("plan.as_of", "26-01-01"), ("plan.as_of", ""),
        ("plan.as_of", "2026-1-1"), ("plan.as_of", "2026-01-01T00:00"), ("plan.scenarios[0].start_date", "yesterday"),
        (f"{STEP}[1].start_no_earlier_than", "2025-02-29"), (f"{STEP}[2].actual_start", "0000-01-01"),
        ("plan.product.reference_approvals[0].date", "2024/05/02"), ("plan.scenarios[1].start_date", "2026-00-10"))])
    c["finish_before_start"] = (True, [_dump(_set(_set(base, f"{STEP}[2].actual_start", s), f"{STEP}[2].actual_finish", f))
                                       for s, f in (("2026-07-15", "2026-07-14"), ("2026-07-15", "2025-07-15"),
                                                    ("2030-01-01", "2029-12-31"), ("2026-03-01", "2026-02-28"),
                                                    ("2026-12-31", "2026-01-01"), ("2100-01-01", "1999-01-01"),
                                                    ("2026-07-16", "2026-07-15"), ("2026-02-01", "2026-01-31"),
                                                    ("2027-01-01", "2026-12-31"), ("2026-07-15", "2020-07-15"))])
    c["impossible_duration"] = (True, [_dump(_set(base, f"{STEP}[0].duration", d)) for d in (
        {"min": 5, "likely": 3, "max": 9}, {"min": 1, "likely": 9, "max": 3}, {"min": -1, "likely": 3, "max": 9},
        {"min": 0, "likely": 0, "max": 40_000}, {"min": -5, "likely": -3, "max": -1},
        {"min": 3, "likely": 3, "max": 2.999})] + [_dump(_set(base, f"{STEP}[1].stop_clock", d)) for d in (
        {"min": 2, "likely": 1, "max": 3}, {"min": -2, "likely": 1, "max": 3}, {"min": 1, "likely": 2, "max": 1e6},
        {"min": 0, "likely": 5, "max": 4})])
    c["dangling_reference"] = (True, [_dump(_set(base, f"{DEP}[{i}].{end}", ghost)) for i, end, ghost in (
        (0, "predecessor", "ghost"), (0, "successor", "s9"), (1, "predecessor", ""), (2, "successor", "S1"),
        (1, "successor", "s1 "))] + [_dump(_set(base, "plan.active_scenario", v)) for v in ("ghost", "", "BASE", "fast ")]
        + [_dump(_set(base, f"{DEP}", base["plan"]["scenarios"][0]["dependencies"] + [
            {"predecessor": "s1", "successor": "x"}]))])
    c["duplicate_id"] = (True, [_dump(_set(base, f"{STEP}[{i}].id", dup)) for i, dup in ((1, "s1"), (2, "s1"), (3, "s3"), (3, "s2"))]
                         + [_dump(_set(base, "plan.scenarios[1].id", "base")),
                            _dump(_set(base, "plan.scenarios", base["plan"]["scenarios"] * 2)),
                            _dump(_set(base, f"{STEP}", base["plan"]["scenarios"][0]["steps"] * 2)),
                            _dump(_set(base, f"{STEP}[0].id", "")), _dump(_set(base, f"{STEP}[0].id", "   ")),
                            _dump(_set(base, "plan.scenarios[0].id", ""))])
    c["dependency_loop"] = (True, [_dump(_set(base, f"{DEP}", base["plan"]["scenarios"][0]["dependencies"] + [
        {"predecessor": a, "successor": b}])) for a, b in (("s4", "s1"), ("s3", "s1"), ("s2", "s1"), ("s4", "s2"),
                                                           ("s3", "s2"), ("s4", "s3"))]
        + [_dump(_set(base, f"{DEP}", [{"predecessor": s, "successor": s}])) for s in ("s1", "s2", "s3", "s4")])
    c["unknown_enum"] = (True, [_dump(_set(base, p, v)) for p, v in (
        (f"{STEP}[0].kind", "banana"), (f"{STEP}[0].duration.unit", "fortnights"), (f"{STEP}[0].duration.calendar", "XX"),
        (f"{DEP}[0].type", "FS"), ("plan.product.kind", "food"), ("plan.product.drug_category", "herbal"),
        ("plan.product.reference_approvals[0].status", "maybe"), (f"{DEP}[1].lag.unit", "hours"),
        (f"{STEP}[1].stop_clock.calendar", "hk"), (f"{STEP}[0].kind", "TASK"))])
    c["pickle_yaml_renamed"] = (False, [
        b"\x80\x04\x95\x1c\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x04eval\x94\x93\x94.",
        b"\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03.",
        b"cposix\nsystem\n(S'id'\ntR.", b"format: oases-plan\nversion: 1\nplan:\n  id: x\n",
        b"!!python/object/apply:os.system ['id']\n", b"--- !!python/object:__main__.Plan {}\n",
        b"%YAML 1.2\n---\nformat: oases-plan\n", b"- a\n- b\n", b"plan = {'id': 'x'}\n", b"<?xml version='1.0'?><plan/>"])
    c["binary_junk"] = (False, [bytes(rng.randrange(256) for _ in range(n)) for n in (1, 16, 1000, 65536)]
                        + [b"\x89PNG\r\n\x1a\n" + bytes(100), b"PK\x03\x04" + bytes(200), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
                           b"SQLite format 3\x00" + bytes(84), b"\x00" * 4096, b"\x1f\x8b\x08\x00" + bytes(50)])
    c["empty_or_not_an_object"] = (False, [b"", b" ", b"\n\n\t", b"\xef\xbb\xbf", b"null", b"[]", b"{}", b'"plan"', b"0",
                                           b"true", _dump([base])])
    c["plan_not_an_object"] = (True, [_dump(_set(base, "plan", v)) for v in (None, [], "plan", 1, True, [base["plan"]],
                                                                               {}, 0.5, "{}", [[]])])
    c["folder"] = (False, [None] * 10)
    return c


def corpus(folder: Path, seed: int = 7) -> Iterator[tuple[str, Path, bool]]:
    """Write every malformed file into `folder`; yields (class, path, expects a field path)."""
    rng = random.Random(seed)
    base = valid_document()
    raw = _dump(base)
    for name, (wants_field, contents) in _classes(base, raw, rng).items():
        for index, data in enumerate(contents):
            path = folder / f"{name}-{index:02d}.json"
            if data is None:
                path.mkdir()
                (path / "plan.json").write_bytes(raw)
            else:
                path.write_bytes(data)
            yield name, path, wants_field


Check = Callable[[Path], object]
