"""Start OASES Pathway Planner: `python main.py --help` lists what it can do."""

from oases_desktop.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
