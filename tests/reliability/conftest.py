"""Reliability tier (issue 7): each test reports its figure, and the run ends with all figures listed.

A test calls `report_figure("name: ...")`; the line is printed at once (visible with -s) and again
in a "reliability figures" section at the end of the run, so CI logs show every figure.
"""

from __future__ import annotations

import pytest

_FIGURES: list[str] = []


@pytest.fixture
def report_figure():
    def _report(line: str) -> None:
        _FIGURES.append(line)
        print(f"figure {line}")

    return _report


def pytest_terminal_summary(terminalreporter):
    if _FIGURES:
        terminalreporter.section("reliability figures")
        for line in _FIGURES:
            terminalreporter.write_line(f"figure {line}")
