"""Designer forms: the committed generated modules match ui/*.ui, and the About dialog shows real data."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from compile_forms import compile_form, targets  # noqa: E402
from oases_desktop.core.knowledge import load_library


def _code(text: str) -> list[str]:
    # uic stamps its own version in a comment; compare the code only
    return [line for line in text.splitlines() if not line.startswith("##")]


def test_every_form_is_compiled_and_current():
    pairs = targets()
    assert pairs, "no Designer forms in ui/"
    for form, module in pairs.items():
        assert module.exists(), f"{module} missing: run python scripts/compile_forms.py"
        assert _code(module.read_text(encoding="utf-8")) == _code(compile_form(form)), \
            f"{module.name} is stale: run python scripts/compile_forms.py"


def test_about_dialog_reports_library_calendars_and_data_folder(qtbot, tmp_path):
    from oases_desktop import __version__
    from oases_desktop.gui.about_dialog import AboutDialog

    library = load_library()
    dialog = AboutDialog(library)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.versionLabel.text()
    assert f"{len(library.sources)} sources" in dialog.ui.libraryLabel.text()
    assert "holidays package" in dialog.ui.calendarLabel.text()
    assert dialog.ui.dataLabel.text().endswith("oases-data")
    assert not dialog.ui.iconLabel.pixmap().isNull()
    dialog.grab().save(str(tmp_path / "about.png"))
