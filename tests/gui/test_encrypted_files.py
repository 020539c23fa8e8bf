"""File > Save Encrypted Copy and opening an encrypted plan file (passphrase asked, wrong one retried)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from oases_desktop.core.storage.encrypted_file import is_encrypted_plan, load_encrypted_plan, save_encrypted_plan
from oases_desktop.gui.passphrase_dialog import PassphraseDialog, passphrase_strength
from oases_desktop.core.knowledge import load_library

GOOD = "harbour ferry lantern 1997"


def _ok(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_new_passphrase_must_be_typed_twice_and_long_enough(qtbot):
    dialog = PassphraseDialog.for_new_file("plan.oasesenc")
    qtbot.addWidget(dialog)
    assert not _ok(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    assert not _ok(dialog) and "Too short" in dialog.hint.text()
    dialog.first.setText(GOOD)
    dialog.second.setText(GOOD + "x")
    assert not _ok(dialog) and "differ" in dialog.hint.text()
    dialog.second.setText(GOOD)
    assert _ok(dialog) and "Strength" in dialog.hint.text()


def test_strength_hint_grows_with_length_and_variety():
    assert passphrase_strength("password")[0] == "weak"
    assert passphrase_strength("Tr0ub4dor&3")[0] in ("weak", "fair")
    assert passphrase_strength("correct horse battery staple")[0] == "strong"
    assert passphrase_strength("abcdefghij")[1] < passphrase_strength("abcdefghijKLM12")[1]


def _answer(monkeypatch, *passphrases, seen=None):
    """PassphraseDialog.exec types the next passphrase and presses OK; None cancels."""
    queue = list(passphrases)

    def run(dialog):
        if seen is not None:
            seen.append((dialog.windowTitle(), not dialog.error.isHidden(), dialog.error.text()))
        text = queue.pop(0)
        if text is None:
            return QDialog.DialogCode.Rejected
        dialog.first.setText(text)
        dialog.second.setText(text)
        assert _ok(dialog)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(PassphraseDialog, "exec", run)
    return queue


def test_save_encrypted_copy_from_the_file_menu(window, plan, dialogs, tmp_path, monkeypatch):
    plain = tmp_path / "plan.oases"
    window.document.set_plan(plan)
    window.document.save_file(plain)
    target = tmp_path / "for-client"
    dialogs.answer("save_file", (str(target), ""))
    _answer(monkeypatch, GOOD)
    assert window.actions.save_encrypted.isEnabled()
    assert window.actions.save_encrypted in window.menuBar().actions()[0].menu().actions()
    window.actions.save_encrypted.trigger()
    written = tmp_path / "for-client.oasesenc"
    data = written.read_bytes()
    assert is_encrypted_plan(data)
    assert plan.client.encode() not in data and plan.product.name.encode() not in data
    assert load_encrypted_plan(written, GOOD) == plan          # the core reads back exactly this plan
    assert window.document.file_path == plain and not window.document.is_modified()   # a copy: nothing else moves


def test_cancelled_passphrase_writes_nothing(window, plan, tmp_path, monkeypatch):
    window.document.set_plan(plan)
    _answer(monkeypatch, None)
    assert window.files.save_encrypted_copy(str(tmp_path / "x.oasesenc")) is False
    assert not (tmp_path / "x.oasesenc").exists()


def test_open_asks_for_the_passphrase_and_retries_a_wrong_one(window, plan, tmp_path, monkeypatch):
    window.build_panels()
    path = tmp_path / "received.oasesenc"
    save_encrypted_plan(plan, path, GOOD)
    seen = []
    _answer(monkeypatch, "not the passphrase", GOOD, seen=seen)
    assert window.files.open_file(str(path)) is True
    assert window.document.plan == plan
    assert window.document.file_path is None          # Save never writes plain text over the encrypted file
    assert len(seen) == 2
    assert seen[0][1] is False                        # first ask: no error yet
    assert seen[1][1] is True and "does not open" in seen[1][2]
    assert str(path.resolve()) in window.settings.recent_files()


def test_open_cancelled_keeps_the_open_plan(window, plan, tmp_path, monkeypatch):
    from oases_desktop.core.examples import worked_example

    other = worked_example("device", load_library())
    path = tmp_path / "received.oasesenc"
    save_encrypted_plan(other, path, GOOD)
    window.document.set_plan(plan)
    _answer(monkeypatch, "wrong one", None)
    assert window.files.open_file(str(path)) is False
    assert window.document.plan == plan


def test_a_damaged_encrypted_file_is_explained_not_retried(window, plan, dialogs, tmp_path, monkeypatch):
    path = tmp_path / "damaged.oasesenc"
    save_encrypted_plan(plan, path, GOOD)
    data = bytearray(path.read_bytes())
    data[9] = 99                                       # the header's scrypt cost: out of range
    path.write_bytes(bytes(data))
    _answer(monkeypatch, GOOD)
    assert window.files.open_file(str(path)) is False
    assert any("damaged" in text for text in dialogs.texts("box"))


def test_an_encrypted_plan_gets_no_plain_text_draft_until_saved_plain(window, plan, tmp_path, monkeypatch):
    """Autosave drafts are plain plan files: none of a plan opened from an encrypted file (issue 14 item 10)."""
    from oases_desktop.gui import commands as c
    from oases_desktop.gui.autosave import Autosaver

    path = tmp_path / "received.oasesenc"
    save_encrypted_plan(plan, path, GOOD)
    _answer(monkeypatch, GOOD)
    assert window.files.open_file(str(path)) is True
    drafts = tmp_path / "data"
    saver = Autosaver(window.document, drafts)
    window.document.push(c.EditPlanCommand(window.document, "client", "Edited Co"))
    assert window.document.is_modified()
    assert saver.save_draft() is False
    assert not drafts.exists() or not any(drafts.rglob("*"))
    window.document.save_file(tmp_path / "now-plain.oases")   # the user chose a plain file: drafts again
    window.document.push(c.EditPlanCommand(window.document, "client", "Edited again"))
    assert saver.save_draft() is True


def test_opening_removes_what_a_killed_save_left_beside_the_file(window, plan, tmp_path, monkeypatch):
    import os
    import time

    path = tmp_path / "received.oasesenc"
    save_encrypted_plan(plan, path, GOOD)
    stale, fresh = tmp_path / ".received.oasesenc.k1ll3d00.tmp", tmp_path / ".received.oasesenc.s4v1ng00.tmp"
    stale.write_bytes(b"OASESENC half")
    fresh.write_bytes(b"OASESENC being written")
    past = time.time() - 3600
    os.utime(stale, (past, past))
    _answer(monkeypatch, GOOD)
    assert window.files.open_file(str(path)) is True
    assert not stale.exists() and fresh.exists()   # a temp file seconds old may be a save in progress
