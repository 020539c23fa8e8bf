"""Export and import reference-library files, so an advisor can pass updated facts to offline colleagues.

An exported file has the shipped format ("oases-reference", version 1). By default it holds only the
user layer (the user's facts and sources); `full=True` writes the whole library. Importing layers
the file's facts over a base library as user facts: shipped data is never replaced, facts already
present are skipped, and route templates or lookups that differ from the base are refused.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from oases_desktop.core.knowledge.loader import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LibraryFile,
    _file_adapter,
    library_file_from_bytes,
)
from oases_desktop.core.knowledge.model import Fact, Origin, ReferenceDataError, ReferenceLibrary, Source


def library_to_bytes(library: ReferenceLibrary, full: bool = False) -> bytes:
    """The bytes of a library file: the user layer only, or (full=True) everything."""
    if full:
        content = LibraryFile(FORMAT_NAME, FORMAT_VERSION, list(library.sources), list(library.facts),
                              list(library.lookups), list(library.routes))
    else:
        cited = {f.source_id for f in library.user_facts}
        sources = [s for s in library.sources if s.origin == Origin.USER or s.id in cited]
        content = LibraryFile(FORMAT_NAME, FORMAT_VERSION, sources, list(library.user_facts))
    body = _file_adapter().dump_python(content, mode="json")
    return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def export_library(library: ReferenceLibrary, path: str | os.PathLike[str], full: bool = False) -> None:
    """Write a library file atomically (the user layer by default)."""
    from oases_desktop.core.atomic import write_atomic

    write_atomic(path, library_to_bytes(library, full=full))


def _same_fact(a: Fact, b: Fact) -> bool:
    return replace(a, origin=Origin.SHIPPED) == replace(b, origin=Origin.SHIPPED)


def read_user_layer(data: bytes, base: ReferenceLibrary, name: str = "<library>") -> tuple[list[Fact], list[Source]]:
    """The facts and sources a library file adds to `base`, validated; ReferenceDataError if unusable."""
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
    new_sources = [s for s in part.sources
                   if s.id not in known_sources or replace(known_sources[s.id], origin=s.origin) != s]
    new_facts = [f for f in part.facts if not any(_same_fact(f, old) for old in base.facts)]
    return new_facts, new_sources


def import_library_bytes(data: bytes, base: ReferenceLibrary, name: str = "<library>") -> ReferenceLibrary:
    """`base` with the file's new facts and sources layered over it as user data."""
    facts, sources = read_user_layer(data, base, name)
    try:
        return base.with_user_facts(facts, sources)
    except ReferenceDataError as error:
        raise ReferenceDataError(f"{name}: {error}") from None


def import_library_file(path: str | os.PathLike[str], base: ReferenceLibrary) -> ReferenceLibrary:
    """Read a library file and layer it over `base`; ReferenceDataError names the file and problem."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ReferenceDataError(f"{path}: could not read the file ({error.strerror or error})") from None
    return import_library_bytes(data, base, str(path))
