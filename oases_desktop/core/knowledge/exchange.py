"""Export and import reference-library files, so an advisor can pass updated facts to offline colleagues.

An exported file has the shipped format ("oases-reference", version 1). By default it holds only the
user layer (the user's facts, calendar notices and the sources they cite); `full=True` writes the
whole library. Importing is two steps: `read_changes` says what the file adds or changes (shown to
the user before anything is applied), then the changes are layered over a base library (or stored
in a database) as user data: shipped data is never replaced, facts already present are skipped, a
notice replaces the one for its calendar and year, and route templates or lookups that differ from
the base are refused.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace

from oases_desktop.core.knowledge.loader import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LibraryFile,
    _file_adapter,
    library_file_from_bytes,
)
from oases_desktop.core.knowledge.model import Fact, Origin, ReferenceDataError, ReferenceLibrary, Source
from oases_desktop.core.knowledge.notices import CalendarNotice


def library_to_bytes(library: ReferenceLibrary, full: bool = False) -> bytes:
    """The bytes of a library file: the user layer only, or (full=True) everything."""
    if full:
        content = LibraryFile(FORMAT_NAME, FORMAT_VERSION, list(library.sources), list(library.facts),
                              list(library.lookups), list(library.routes), list(library.notices))
    else:
        cited = {f.source_id for f in library.user_facts} | {n.source_id for n in library.notices}
        sources = [s for s in library.sources if s.origin == Origin.USER or s.id in cited]
        content = LibraryFile(FORMAT_NAME, FORMAT_VERSION, sources, list(library.user_facts),
                              notices=list(library.notices))
    body = _file_adapter().dump_python(content, mode="json")
    if not body["notices"]:
        del body["notices"]  # files without notices stay readable by the releases before them
    return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def export_library(library: ReferenceLibrary, path: str | os.PathLike[str], full: bool = False) -> None:
    """Write a library file atomically (the user layer by default)."""
    from oases_desktop.core.atomic import write_atomic

    write_atomic(path, library_to_bytes(library, full=full))


@dataclass(frozen=True)
class LibraryChanges:
    """What a library file adds to a base library: nothing is applied until the caller says so."""

    name: str
    facts: tuple[Fact, ...]
    sources: tuple[Source, ...]
    notices: tuple[CalendarNotice, ...]
    replaced: tuple[CalendarNotice, ...]   # the base's notices that `notices` would replace

    @property
    def empty(self) -> bool:
        return not (self.facts or self.sources or self.notices)

    def summary(self) -> list[str]:
        """One line per change, for the confirmation before import and the command line."""
        if self.empty:
            return ["Nothing new: everything in the file is already in this library."]
        lines = [f"New value of \"{f.label}\": {_value(f)} as of {f.as_of.isoformat()}" for f in self.facts]
        lines += [f"New source: {s.publisher}: {s.title} ({s.date.isoformat()})" for s in self.sources]
        old = {n.key: n for n in self.replaced}
        for notice in self.notices:
            what = "replaces the one in this library" if notice.key in old else "new"
            lines.append(f"Calendar notice {notice.title} ({what}): {_count(len(notice.days_off), 'day')} off, "
                         f"{_count(len(notice.makeup_workdays), 'make-up working day')}")
        return lines


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _value(fact: Fact) -> str:
    number = fact.value if isinstance(fact.value, str) else f"{fact.value:g}"
    high = f"-{fact.value_high:g}" if fact.value_high is not None else ""
    unit = "" if fact.unit in ("date", "text", "count", "year") else " " + fact.unit.replace("_", " ")
    return f"{number}{high}{unit}" + (" (estimate)" if fact.estimate else "")


def _same_fact(a: Fact, b: Fact) -> bool:
    return replace(a, origin=Origin.SHIPPED) == replace(b, origin=Origin.SHIPPED)


def read_changes(data: bytes, base: ReferenceLibrary, name: str = "<library>") -> LibraryChanges:
    """What a library file would add to `base`, validated as applied; ReferenceDataError if unusable."""
    part = library_file_from_bytes(data, name)
    for kind, items, getter in (("route", part.routes, base.route), ("lookup", part.lookups, base.lookup)):
        for item in items:
            try:
                known = getter(item.id)
            except KeyError:
                known = None
            if known != item:
                raise ReferenceDataError(f"{name}: {kind} \"{item.id}\" differs from this app's version; "
                                         f"{kind}s come with app updates and cannot be imported")
    known_sources = {s.id: s for s in base.sources}
    sources = tuple(s for s in part.sources
                    if s.id not in known_sources or replace(known_sources[s.id], origin=s.origin) != s)
    facts = tuple(f for f in part.facts if not any(_same_fact(f, old) for old in base.facts))
    present = {n.key: n for n in base.notices}
    notices = tuple(n for n in part.notices if present.get(n.key) != n)
    changes = LibraryChanges(name, facts, sources, notices, tuple(present[n.key] for n in notices if n.key in present))
    apply_changes(base, changes)  # raises now, before the user is asked, if the result would be invalid
    return changes


def apply_changes(base: ReferenceLibrary, changes: LibraryChanges) -> ReferenceLibrary:
    """`base` with the changes layered over it as user data."""
    try:
        return base.with_user_facts(changes.facts, changes.sources, changes.notices)
    except ReferenceDataError as error:
        raise ReferenceDataError(f"{changes.name}: {error}") from None


def read_library_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a library file (regular, bounded, never blocking); ReferenceDataError naming the file otherwise."""
    from oases_desktop.core.knowledge.loader import read_library_bytes

    return read_library_bytes(path)


def import_library_bytes(data: bytes, base: ReferenceLibrary, name: str = "<library>") -> ReferenceLibrary:
    """`base` with the file's new facts, sources and notices layered over it as user data."""
    return apply_changes(base, read_changes(data, base, name))


def import_library_file(path: str | os.PathLike[str], base: ReferenceLibrary) -> ReferenceLibrary:
    """Read a library file and layer it over `base`; ReferenceDataError names the file and problem."""
    return import_library_bytes(read_library_file(path), base, str(path))
