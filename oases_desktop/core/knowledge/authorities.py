"""Which regulator granted an approval: one of the 36 reference places, another authority, or "to check".

The profile form offers every authority of the library's `reference_countries` and
`other_authorities` lookups as "USA: FDA"; plan files written before that hold free text
("China NMPA", "US FDA"), which is mapped when exactly one authority matches and is otherwise
left "to check" (never dropped, never silently counted).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from oases_desktop.core.knowledge.model import LookupEntry, ReferenceLibrary

REFERENCE_LOOKUP = "reference_countries"
OTHER_LOOKUP = "other_authorities"
EU_GROUP = "eu"


class Recognition(StrEnum):
    """What an entered approval name turned out to be."""

    REFERENCE = "reference"          # one of the 36 reference places
    OTHER = "other"                  # a known authority that is not a reference place
    EU = "eu"                        # an EU-wide (EMA) approval: an open question
    TO_CHECK = "to_check"            # no authority or several match: the advisor must choose


@dataclass(frozen=True)
class Recognised:
    """An entered approval name and the authority it maps to (None when it is to be checked)."""

    text: str
    kind: Recognition
    entry: LookupEntry | None
    candidates: tuple[str, ...] = ()  # labels of the authorities an ambiguous name matches


def authority_label(entry: LookupEntry) -> str:
    """How the picker shows an authority: "USA: FDA"."""
    authority = entry.attributes.get("authority")
    return f"{entry.name}: {authority}" if authority else entry.name


def _normalise(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _entries(library: ReferenceLibrary) -> list[tuple[LookupEntry, bool]]:
    """(entry, is_reference) for every authority the library knows."""
    found: list[tuple[LookupEntry, bool]] = []
    for lookup_id, is_reference in ((REFERENCE_LOOKUP, True), (OTHER_LOOKUP, False)):
        try:
            found += [(e, is_reference) for e in library.lookup(lookup_id).entries]
        except KeyError:
            continue
    return found


def _keys(entry: LookupEntry) -> set[str]:
    names = {entry.id, entry.name, *entry.aliases, authority_label(entry)}
    authority = entry.attributes.get("authority")
    if authority:
        names |= {authority, *authority.replace("(", "/").replace(")", "/").split("/")}
    return {key for key in map(_normalise, names) if key}


def choices(library: ReferenceLibrary) -> list[tuple[str, bool]]:
    """(label, is_reference) for the picker: the reference places first, then other authorities."""
    return [(authority_label(e), is_reference) for e, is_reference in _entries(library)]


def _kind(entry: LookupEntry, is_reference: bool) -> Recognition:
    if is_reference:
        return Recognition.REFERENCE
    return Recognition.EU if entry.attributes.get("group") == EU_GROUP else Recognition.OTHER


def recognise(text: str, library: ReferenceLibrary) -> Recognised:
    """The authority `text` names: an exact name, alias or label first, else the one authority its words name."""
    entries = _entries(library)
    wanted = _normalise(text)
    for entry, is_reference in entries:
        if wanted and wanted in _keys(entry):
            return Recognised(text, _kind(entry, is_reference), entry)
    words = [_normalise(w) for w in text.replace(":", " ").replace("/", " ").replace("(", " ").replace(")", " ").split()]
    words = [w for w in words if w]
    phrases = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    matched = [(e, r) for e, r in entries if phrases & _keys(e)]
    if len(matched) == 1:
        entry, is_reference = matched[0]
        return Recognised(text, _kind(entry, is_reference), entry)
    return Recognised(text, Recognition.TO_CHECK, None, tuple(authority_label(e) for e, _ in matched))
