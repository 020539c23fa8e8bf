"""The headless command line: the same core as the GUI, for scripts, CI and quick checks."""
