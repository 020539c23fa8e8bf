"""Read reference-library files (shipped seed or an exported library) strictly into dataclasses.

A library file is {"format": "oases-reference", "version": 1, "sources": [...], "facts": [...],
"lookups": [...], "routes": [...], "notices": [...]} with every list optional (calendar notices,
knowledge/notices.py, came with the Calendars page; files without them still read). The shipped library is the union
of db/seed/reference/*.json. Structure is checked by pydantic (strict, unknown fields forbidden),
content by knowledge/validation.py; any problem raises ReferenceDataError naming file and item.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from oases_desktop.core.knowledge.notices import CalendarNotice
from oases_desktop.core.strict_json import JsonProblem, parse_strict_json
from oases_desktop.core.knowledge.model import (
    STRICT,
    Fact,
    Lookup,
    ReferenceDataError,
    ReferenceLibrary,
    RouteTemplate,
    Source,
)

FORMAT_NAME = "oases-reference"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class LibraryFile:
    """One reference-library file as stored on disk."""

    __pydantic_config__ = STRICT
    format: str
    version: int
    sources: list[Source] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    lookups: list[Lookup] = field(default_factory=list)
    routes: list[RouteTemplate] = field(default_factory=list)
    notices: list[CalendarNotice] = field(default_factory=list)


@cache
def _file_adapter():
    from pydantic import TypeAdapter

    return TypeAdapter(LibraryFile)


def library_file_from_bytes(data: bytes, name: str = "<library>") -> LibraryFile:
    """Validate the bytes of one library file; ReferenceDataError says what is wrong and where."""
    from pydantic import ValidationError

    if len(data) > MAX_FILE_BYTES:
        raise ReferenceDataError(f"{name}: the file is larger than {MAX_FILE_BYTES // 1_048_576} MB")
    try:
        document = parse_strict_json(data)
    except JsonProblem as problem:
        raise ReferenceDataError(f"{name}: {problem}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ReferenceDataError(f"{name}: not a reference library file (expected \"format\": \"{FORMAT_NAME}\")")
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ReferenceDataError(f"{name}: the format version must be a whole number from 1")
    if version > FORMAT_VERSION:
        raise ReferenceDataError(f"{name}: written by a newer version of the app (library format {version}); update the app")
    try:
        return _file_adapter().validate_json(json.dumps(document, ensure_ascii=False))
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"] if p not in ("dataclass-args", "function-after"))
        raise ReferenceDataError(f"{name} at {where}: {first['msg']}") from None


def _merge(files: list[tuple[str, LibraryFile]]) -> ReferenceLibrary:
    sources, facts, lookups, routes, notices = [], [], [], [], []
    for _, part in files:
        sources += part.sources
        facts += part.facts
        lookups += part.lookups
        routes += part.routes
        notices += part.notices
    return ReferenceLibrary(tuple(sources), tuple(facts), tuple(lookups), tuple(routes), tuple(notices))


def load_library_files(paths: list[str | os.PathLike[str]]) -> ReferenceLibrary:
    """Load and merge library files, then check their content as one library."""
    from oases_desktop.core.knowledge.validation import check_library

    parts = []
    for path in paths:
        data = read_library_bytes(path)
        parts.append((str(path), library_file_from_bytes(data, str(path))))
    library = _merge(parts)
    check_library(library, ", ".join(name for name, _ in parts) or "<empty library>")
    return library


def read_library_bytes(path: str | os.PathLike[str]) -> bytes:
    """A library file's bytes, read without blocking and at most MAX_FILE_BYTES; ReferenceDataError otherwise."""
    from oases_desktop.core.bounded_read import ReadProblem, read_regular_file

    try:
        return read_regular_file(path, MAX_FILE_BYTES, "library file")
    except ReadProblem as problem:
        raise ReferenceDataError(str(problem)) from None


@cache
def _load_shipped(folder: str) -> ReferenceLibrary:
    paths = sorted(Path(folder).glob("*.json"))
    if not paths:
        raise ReferenceDataError(f"{folder}: no reference data files found; the installation is incomplete")
    return load_library_files(paths)


def load_library() -> ReferenceLibrary:
    """The shipped reference library (db/seed/reference/*.json), validated, loaded once per process.

    The only loader of the shipped data; callers pass the result on explicitly (with the advisor's
    own facts layered over it by the storage layer). Other files: `load_library_files`."""
    from oases_desktop.paths import db_path

    return _load_shipped(str(db_path("seed", "reference")))
