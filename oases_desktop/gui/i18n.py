"""Translation helpers for code outside a QObject method, in the contexts pyside6-lupdate gives them.

`self.tr("...")` in a QObject subclass is found by lupdate under the class's name. A bare
`tr("...")` call (a module function, or a function used inside a method) is filed by lupdate under
the empty context, so `tr` here translates in that context. Labels kept in module-level tables are
marked with `QT_TRANSLATE_NOOP(LABELS, "...")` and looked up with `label(text)` when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

LABELS = "labels"   # the context of marked table labels (units, link kinds, qualifiers)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language (the context lupdate gives a bare tr() call)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def label(text: str) -> str:
    """A label from a module-level table marked with QT_TRANSLATE_NOOP(LABELS, ...)."""
    return QCoreApplication.translate(LABELS, text)
