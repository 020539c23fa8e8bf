"""Set up a virtual environment and run the app, the tests or the benchmarks (stdlib only).

    python3 scripts/bootstrap.py run      # install what is missing, open the app on the worked example
    python3 scripts/bootstrap.py test     # install what is missing, run the whole test suite
    python3 scripts/bootstrap.py bench    # run every benchmark in tests/benchmarks/ and print figures
    python3 scripts/bootstrap.py cli validate plan.oases   # a headless command with the set-up environment

Works on Linux, macOS and Windows. The venv lives in .venv/ and is reinstalled only when a
requirements file changes (a stamp file remembers their hash).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _requirements_hash(files: list[str]) -> str:
    digest = hashlib.sha256()
    for name in files:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv(requirements: str) -> None:
    """Create .venv and install `requirements` unless the same set is already installed."""
    if sys.version_info < (3, 11):
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{Path(requirements).stem}"
    wanted = _requirements_hash(["requirements.txt", requirements])
    if stamp.exists() and stamp.read_text() == wanted:
        return
    print(f"Installing {requirements} ...", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                    "-r", str(ROOT / requirements)], check=True)
    stamp.write_text(wanted)


def compile_translations() -> None:
    """Build resources/i18n/*.qm from the .ts sources when missing or older (they are never committed)."""
    sources = sorted((ROOT / "resources" / "i18n").glob("oases_*.ts"))
    if all(ts.with_suffix(".qm").exists() and ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime
           for ts in sources):
        return
    subprocess.run([str(PYTHON), str(ROOT / "scripts" / "update_translations.py"), "--compile-only"], check=True,
                   stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "run":
        ensure_venv("requirements.txt")
        compile_translations()
        return subprocess.call([str(PYTHON), str(ROOT / "main.py"), *rest], cwd=ROOT)
    if command == "cli":   # the commands need the venv's packages; the system python lacks them
        ensure_venv("requirements.txt")
        return subprocess.call([str(PYTHON), str(ROOT / "main.py"), *(rest or ["--help"])])   # paths from here
    if command == "test":
        ensure_venv("requirements-dev.txt")
        compile_translations()
        return subprocess.call([str(PYTHON), "-m", "pytest", "-p", "no:cacheprovider", *rest], cwd=ROOT)
    if command == "bench":
        ensure_venv("requirements-dev.txt")
        status = 0
        for bench in sorted((ROOT / "tests" / "benchmarks").glob("bench_*.py")):
            print(f"# {bench.name}", flush=True)
            status |= subprocess.call([str(PYTHON), str(bench), *rest], cwd=ROOT)
        return status
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
