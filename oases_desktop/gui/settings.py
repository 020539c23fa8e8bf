"""Typed access to QSettings: one table of keys with types and defaults; unknown keys are a bug.

Only preferences and window layout live here (plans live in the database or plan files). Values
that QSettings cannot round-trip with their type on every platform (lists, dicts) are stored as JSON.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_FILES = 8

# key: (type, default). Types: bool, int, str, QByteArray, "json".
_SCHEMA: dict[str, tuple[object, object]] = {
    "window/geometry": (QByteArray, QByteArray()),
    "window/state": (QByteArray, QByteArray()),
    "gantt/splitter": ("json", []),
    "window/by_screen/*": (QByteArray, QByteArray()),   # .../<WxH>/geometry and /state: a layout per screen size        # widths of the names, details and chart panes
    "files/recent": ("json", []),
    "files/last_folder": (str, ""),
    "files/last_plan": (str, ""),          # path of the plan file open at exit
    "files/last_db_plan": (str, ""),       # id of the database plan open at exit
    "startup/first_run_done": (bool, False),
    "ui/language": (str, ""),              # en, zh-Hant or zh-Hans; empty: the system's language (gui/language.py)
    "export/pdf_options": ("json", {}),
    "export/last_pdf_folder": (str, ""),
    "export/image_dpi": (int, 150),
    "eligibility/count_plan_steps": (bool, True),
    "timeline/zoom": (str, "fit"),         # "fit" keeps the whole plan in view; or month, quarter, year
    "timeline/percentile_markers": (bool, True),   # View > P50 and P80 Markers on milestones
    "autosave/interval_seconds": (int, 60),
    "storage/pg_connect_timeout_seconds": (int, 10),    # a team (PostgreSQL) database: how long to wait
    "storage/pg_statement_timeout_seconds": (int, 30),  # for a connection, and for each statement
    "library/stale_after_months": (int, 12),  # one staleness rule: library window, inspector and PDF
    "storage/damaged_database": ("json", {}),  # a damaged database set aside, not yet restored or replaced
}


class Settings:
    """`settings.get("files/recent")`, `settings.set("files/recent", [...])`; KeyError for unknown keys."""

    def __init__(self, qsettings: QSettings | None = None):
        self._qs = qsettings or QSettings()

    def get(self, key: str):
        kind, default = _entry(key)
        raw = self._qs.value(key)
        if raw is None:
            return _copy(default)
        if kind == "json":
            try:
                value = _json().loads(raw)
            except (TypeError, ValueError):
                return _copy(default)
            return value if isinstance(value, type(default)) else _copy(default)
        if kind is bool:
            return raw in (True, "true", "1", 1)
        if kind is int:
            try:
                return int(raw)
            except (TypeError, ValueError):
                return default
        if kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray()
        return str(raw)

    def set(self, key: str, value) -> None:
        kind, _ = _entry(key)
        self._qs.setValue(key, _json().dumps(value) if kind == "json" else value)

    def sync(self) -> None:
        self._qs.sync()

    # ------------------------------------------------------------- recent files
    def recent_files(self) -> list[str]:
        return [p for p in self.get("files/recent") if isinstance(p, str)]

    def add_recent_file(self, path: str) -> list[str]:
        """Put `path` first in the recent list (no duplicates, at most MAX_RECENT_FILES)."""
        files = [path] + [p for p in self.recent_files() if p != path]
        files = files[:MAX_RECENT_FILES]
        self.set("files/recent", files)
        return files

    def remove_recent_file(self, path: str) -> None:
        self.set("files/recent", [p for p in self.recent_files() if p != path])


def _entry(key: str) -> tuple[object, object]:
    """The schema entry of `key`, a "prefix/*" entry covering it, or KeyError."""
    if key in _SCHEMA:
        return _SCHEMA[key]
    for pattern, entry in _SCHEMA.items():
        if pattern.endswith("/*") and key.startswith(pattern[:-1]) and len(key) > len(pattern) - 1:
            return entry
    raise KeyError(key)


def _copy(value):
    return _json().loads(_json().dumps(value)) if isinstance(value, (list, dict)) else value


def _json():
    """The json module, imported on first use: no setting read before the first paint needs it."""
    import json

    return json
