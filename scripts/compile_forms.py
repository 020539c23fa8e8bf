"""Compile every Qt Designer form in ui/ into oases_desktop/gui/forms/ui_<name>.py with pyside6-uic.

The generated modules are committed, so neither the app, the tests nor PyInstaller need this step;
tests/gui/test_forms.py fails when a form and its generated module disagree.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
OUTPUT = ROOT / "oases_desktop" / "gui" / "forms"


def uic() -> str:
    """The pyside6-uic next to the running interpreter (the venv's)."""
    exe = Path(sys.executable).with_name("pyside6-uic" + (".exe" if sys.platform == "win32" else ""))
    return str(exe) if exe.exists() else "pyside6-uic"


def compile_form(form: Path) -> str:
    """The Python that pyside6-uic makes of one .ui file."""
    return subprocess.run([uic(), str(form)], capture_output=True, text=True, check=True).stdout


def targets() -> dict[Path, Path]:
    """Each form and the module it compiles to."""
    return {form: OUTPUT / f"ui_{form.stem}.py" for form in sorted(FORMS.glob("*.ui"))}


if __name__ == "__main__":
    for form, target in targets().items():
        target.write_text(compile_form(form), encoding="utf-8")
        print(f"{form.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
