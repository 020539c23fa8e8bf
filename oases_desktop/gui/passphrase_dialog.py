"""Ask for a passphrase: twice with a strength hint to encrypt a plan, once to open an encrypted one.

The passphrase never leaves this dialog except through `passphrase()`; it is not logged, not kept
in settings and not remembered between files.
"""

from __future__ import annotations

import math
import string

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

MIN_LENGTH = 8
STRENGTH_COLOUR = {"weak": "#c8463d", "fair": "#c98a12", "strong": "#2e9d4e"}


def passphrase_strength(text: str) -> tuple[str, float]:
    """('weak' | 'fair' | 'strong', estimated bits): length times the size of the character pool used.

    A rough guide, not a guarantee: a common phrase is weaker than its length suggests.
    """
    pool = sum(size for chars, size in ((string.ascii_lowercase, 26), (string.ascii_uppercase, 26),
                                         (string.digits, 10)) if any(c in chars for c in text))
    if any(not c.isalnum() for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 100
    bits = len(text) * math.log2(pool) if text and pool else 0.0
    # Length counts most: a short "Tr0ub4dor&3" is easier to guess than its character mix suggests.
    if bits >= 72 and len(text) >= 16:
        level = "strong"
    elif bits >= 50 and len(text) >= 10:
        level = "fair"
    else:
        level = "weak"
    return level, bits


class PassphraseDialog(QDialog):
    """`PassphraseDialog.for_new_file(...)` or `.for_opening(...)`; read `passphrase()` after accept()."""

    def __init__(self, title: str, intro: str, confirm: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.confirm = confirm
        self.intro = QLabel(intro, wordWrap=True)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.hint = QLabel(wordWrap=True)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(f"color: {STRENGTH_COLOUR['weak']};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        if confirm:
            form.addRow(self.tr("Again:"), self.second)
            form.addRow("", self.hint)
        else:
            self.second.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.first.textChanged.connect(self._validate)
        self.second.textChanged.connect(self._validate)
        self._validate()

    @classmethod
    def for_new_file(cls, file_name: str, parent: QWidget | None = None) -> PassphraseDialog:
        dialog = cls("", "", True, parent)
        dialog.setWindowTitle(dialog.tr("Encrypt Plan"))
        dialog.intro.setText(dialog.tr(
            "Choose a passphrase for “%s”. Give it to the recipient another way than the file (a phone call, not the "
            "same email). Nobody can open the file without it, and it cannot be recovered.") % file_name)
        return dialog

    @classmethod
    def for_opening(cls, file_name: str, parent: QWidget | None = None) -> PassphraseDialog:
        dialog = cls("", "", False, parent)
        dialog.setWindowTitle(dialog.tr("Open Encrypted Plan"))
        dialog.intro.setText(dialog.tr("“%s” is encrypted. Enter its passphrase to open it.") % file_name)
        return dialog

    def passphrase(self) -> str:
        return self.first.text()

    def show_error(self, text: str) -> None:
        """Say what was wrong (a wrong passphrase) and let the user try again."""
        self.error.setText(text)
        self.error.show()
        self.first.selectAll()
        self.first.setFocus()

    def _validate(self, *_args) -> None:
        text = self.first.text()
        ok = bool(text)
        if self.confirm:
            level, _bits = passphrase_strength(text)
            words = {"weak": self.tr("weak"), "fair": self.tr("fair"), "strong": self.tr("strong")}
            if not text:
                hint = self.tr("Use at least %d characters; four or more unrelated words are strong and easy to type.") % MIN_LENGTH
            elif len(text) < MIN_LENGTH:
                hint = self.tr("Too short: use at least %d characters.") % MIN_LENGTH
            elif self.second.text() and self.second.text() != text:
                hint = self.tr("The two passphrases differ.")
            else:
                hint = self.tr("Strength: %s.") % words[level]
                if level != "strong":
                    hint += " " + self.tr("Longer is stronger: add a word or two.")
            colour = STRENGTH_COLOUR["weak"] if len(text) < MIN_LENGTH or (self.second.text() and self.second.text() != text) \
                else STRENGTH_COLOUR[level]
            self.hint.setText(hint)
            self.hint.setStyleSheet(f"color: {colour};" if text else "")
            ok = len(text) >= MIN_LENGTH and self.second.text() == text
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
