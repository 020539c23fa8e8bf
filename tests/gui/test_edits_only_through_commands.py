"""The GUI changes a plan only through core edits (core/domain/edits.py) run by the undo commands:
no module of the Qt layer assigns to a plan's objects or changes its lists itself. The scan reads the
source (ast), so a new shortcut around the undo stack fails here before it reaches a user."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "oases_desktop" / "gui"
OWNERS = {"plan", "scenario", "step", "dep", "dependency", "link", "product", "baseline", "approval"}
LISTS = {"steps", "dependencies", "routes", "scenarios", "baselines", "reference_approvals", "designations"}
MUTATORS = {"append", "insert", "remove", "pop", "extend", "clear", "sort", "reverse"}
# Switching the active scenario is a view choice, not an edit (PlanDocument.set_scenario says so).
ALLOWED = {("document.py", "self.plan.active_scenario")}   # (path under gui/, target)


def _chain(node) -> list[str]:
    """Names along an attribute chain, innermost last: self.plan.title -> ['title', 'plan', 'self']."""
    names = []
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        if isinstance(node, ast.Attribute):
            names.append(node.attr)
        node = node.func if isinstance(node, ast.Call) else node.value
    if isinstance(node, ast.Name):
        names.append(node.id)
    return names


def _leaves(target):
    """The single targets of an assignment: `a.b, c[0] = ...` assigns to a.b and to c[0]."""
    if isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            yield from _leaves(element)
    elif isinstance(target, ast.Starred):
        yield from _leaves(target.value)
    else:
        yield target


def plan_mutations(source: str, name: str) -> list[str]:
    """Assignments to attributes or items of plan objects and in-place list changes of their lists."""
    found = []
    for node in ast.walk(ast.parse(source)):
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else [])
        for target in (leaf for t in targets for leaf in _leaves(t)):
            if isinstance(target, (ast.Attribute, ast.Subscript)):
                owners = _chain(target)[1:] if isinstance(target, ast.Attribute) else _chain(target)
                text = ast.unparse(target)
                if set(owners) & (OWNERS | LISTS) and (name, text) not in ALLOWED:
                    found.append(f"{name}:{node.lineno}: {text} = ...")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MUTATORS:
            chain = _chain(node.func.value)
            if chain and chain[0] in LISTS:
                found.append(f"{name}:{node.lineno}: {ast.unparse(node.func)}(...)")
    return found


def test_the_scan_finds_each_kind_of_direct_change():
    source = ("self.document.plan.title = 'x'\nstep.notes += 'y'\nscenario.dependencies.append(d)\n"
              "self.document.scenario().steps[0] = s\nself.plan.active_scenario = 'b'\nlabel.text = 'fine'\n"
              "step.actual_start, step.actual_finish = dates\n")
    assert sorted(line.split(": ", 1)[1] for line in plan_mutations(source, "x.py")) == sorted([
        "self.document.plan.title = ...", "step.notes = ...", "self.document.scenario().steps[0] = ...",
        "self.plan.active_scenario = ...", "step.actual_start = ...", "step.actual_finish = ...",
        "scenario.dependencies.append(...)"])


def test_no_gui_module_changes_a_plan_around_the_undo_commands():
    found = [hit for path in sorted(GUI.rglob("*.py"))
             for hit in plan_mutations(path.read_text(encoding="utf-8"), path.relative_to(GUI).as_posix())]
    assert found == []
