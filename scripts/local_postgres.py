"""A throwaway PostgreSQL server for the PostgreSQL tests, run as your own user (no root, no service).

    python3 scripts/local_postgres.py start      # initdb in a temp folder, start on 127.0.0.1:54331
    export TEST_PG_URL=...                        # the line it prints (Windows: set TEST_PG_URL=...)
    python3 scripts/bootstrap.py test -m postgres # or the whole suite
    python3 scripts/local_postgres.py stop       # stop it and delete its folder

Needs PostgreSQL's programs (initdb, pg_ctl, createdb): on PATH, or where Debian/Ubuntu
(/usr/lib/postgresql/N/bin), Homebrew or the Windows installer put them. initdb refuses to run as
root; CI (root) does the same through `runuser -u postgres` in .ci/run. Stdlib only.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

STATE = Path(tempfile.gettempdir()) / f"oases-local-postgres-{os.getuid() if hasattr(os, 'getuid') else os.getlogin()}.json"
DEFAULT_PORT = 54331
DATABASE = "oases_test"


def find_bin() -> Path | None:
    """The folder with initdb and pg_ctl: PATH first, then the usual install places, newest version."""
    exe = ".exe" if os.name == "nt" else ""
    complete = lambda folder: all((folder / f"{name}{exe}").exists() for name in ("initdb", "pg_ctl", "createdb"))  # noqa: E731
    on_path = shutil.which("pg_ctl")
    if on_path:
        for folder in (Path(on_path).parent, Path(os.path.realpath(on_path)).parent):   # a symlink to the real bin
            if complete(folder):
                return folder
    patterns = ["/usr/lib/postgresql/*/bin", "/opt/homebrew/opt/postgresql@*/bin", "/usr/local/opt/postgresql@*/bin",
                "/Applications/Postgres.app/Contents/Versions/*/bin", r"C:\Program Files\PostgreSQL\*\bin"]
    found = [Path(p) for pattern in patterns for p in glob.glob(pattern) if complete(Path(p))]

    def version(path: Path) -> tuple:
        digits = "".join(c if c.isdigit() else " " for c in str(path)).split()
        return tuple(int(d) for d in digits)

    return max(found, key=version) if found else None


def url_for(port: int) -> str:
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/{DATABASE}"


def start(port: int) -> int:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        print("initdb refuses to run as root: run this as your own user (CI, as root, uses "
              "`runuser -u postgres`; see .ci/run).", file=sys.stderr)
        return 2
    if STATE.exists():
        print(f"A server started by this script is already recorded ({STATE}); `stop` it first.", file=sys.stderr)
        return 2
    pgbin = find_bin()
    if pgbin is None:
        print("PostgreSQL's programs (initdb, pg_ctl) were not found. Install PostgreSQL (Debian/Ubuntu: "
              "apt install postgresql; macOS: brew install postgresql@16; Windows: the EDB installer) "
              "or put its bin folder on PATH.", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="oases-pg-"))
    data = folder / "data"
    run = lambda *args: subprocess.run([str(pgbin / args[0]), *args[1:]], check=True,  # noqa: E731
                                       stdout=subprocess.DEVNULL)
    try:
        run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        options = f"-p {port} -c listen_addresses=127.0.0.1 -c fsync=off"
        if os.name != "nt":
            options += f" -k {folder}"   # its Unix socket in the temp folder, not /var/run
        run("pg_ctl", "-D", str(data), "-l", str(folder / "server.log"), "-w", "-t", "30", "-o", options, "start")
        STATE.write_text(json.dumps({"folder": str(folder), "bin": str(pgbin), "port": port}))
        run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", DATABASE)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"Could not start PostgreSQL ({error}); see {folder / 'server.log'}.", file=sys.stderr)
        if STATE.exists():
            stop()
        return 1
    export = "set" if os.name == "nt" else "export"
    print(f"{export} TEST_PG_URL={url_for(port)}")
    return 0


def stop() -> int:
    if not STATE.exists():
        print("No server started by this script is recorded.", file=sys.stderr)
        return 2
    state = json.loads(STATE.read_text())
    folder = Path(state["folder"])
    subprocess.run([str(Path(state["bin"]) / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(folder, ignore_errors=True)
    STATE.unlink()
    print(f"Stopped; removed {folder}.")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("start", "stop"))
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args(argv)
    return start(args.port) if args.action == "start" else stop()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
