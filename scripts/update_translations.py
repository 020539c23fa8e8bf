"""Refresh the translation sources: run pyside6-lupdate over oases_desktop/gui into resources/i18n/*.ts.

    .venv/bin/python scripts/update_translations.py            # update every resources/i18n/oases_*.ts
    .venv/bin/python scripts/update_translations.py --release  # also compile each .ts to .qm (pyside6-lrelease)
    .venv/bin/python scripts/update_translations.py --compile-only   # only compile (set-up step, bundle)

Translators fill the .ts files in Qt Linguist (pyside6-linguist); the app loads
resources/i18n/oases_<locale>.qm for the chosen language (gui/language.py). The .qm files are
built, never committed: scripts/bootstrap.py and pyinstaller.spec compile them from the .ts.
Source paths in the .ts are relative, so the file does not change with the checkout's location.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "oases_desktop" / "gui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_HK", "zh_CN")   # Traditional Chinese (Hong Kong), Simplified Chinese (Mainland)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to the running interpreter (the venv's), else on PATH."""
    exe = Path(sys.executable).with_name(name + (".exe" if sys.platform == "win32" else ""))
    return str(exe) if exe.exists() else name


def source_files() -> list[Path]:
    """Every Python module of the GUI (generated forms included: their strings are user-visible)."""
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts_file: Path, language: str | None = None) -> str:
    """Run lupdate over the GUI sources into `ts_file` (created if missing); returns lupdate's report."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("pyside6-lupdate"), "-locations", "relative", "-no-obsolete"]
    if language:
        command += ["-target-language", language]
    command += [str(p.relative_to(ROOT)) for p in source_files()]
    command += ["-ts", str(ts_file)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout.strip()


def release(ts_file: Path, qm_file: Path | None = None) -> Path:
    """Compile `ts_file` to a .qm next to it (or to `qm_file`)."""
    qm_file = qm_file or ts_file.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], capture_output=True, text=True,
                   check=True)
    return qm_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="also compile each .ts to .qm")
    parser.add_argument("--compile-only", action="store_true", help="compile each .ts to .qm, change no .ts")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        ts_file = I18N / f"oases_{language}.ts"
        if args.compile_only:
            print(f"{release(ts_file).relative_to(ROOT)}")
            continue
        print(f"{ts_file.relative_to(ROOT)}: {update(ts_file, language)}")
        if args.release:
            print(f"  -> {release(ts_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
