"""The core never imports Qt, so it runs and is tested headless."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "oases_desktop" / "core"


def _imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_core_never_imports_qt_or_gui():
    offenders = []
    files = sorted(CORE.rglob("*.py"))
    assert files, "core package not found"
    for path in files:
        for module in _imported_modules(path):
            if module.split(".")[0] in {"PySide6", "shiboken6"} or module.startswith("oases_desktop.gui"):
                offenders.append(f"{path.relative_to(CORE.parent)} imports {module}")
    assert offenders == []


def test_no_unsafe_deserialisers_anywhere():
    """Plan files arrive by email: nothing may unpickle, eval or load YAML unsafely."""
    root = CORE.parent
    offenders = []
    for path in sorted(root.rglob("*.py")):
        for module in _imported_modules(path):
            if module.split(".")[0] in {"pickle", "marshal", "shelve", "yaml"}:
                offenders.append(f"{path.relative_to(root.parent)} imports {module}")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"eval", "exec"}:
                offenders.append(f"{path.relative_to(root.parent)} calls {node.func.id}()")
    assert offenders == []


# The one module that reads the shipped files, and the seeding that stores them (and the worked example).
SHIPPED_READERS = {"knowledge/loader.py", "storage/database.py"}


def test_the_core_takes_the_library_as_a_required_argument():
    """No `library=None` meaning "the shipped library", and no core module loading it behind the caller's back."""
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        where = path.relative_to(CORE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                args = node.args
                positional = args.posonlyargs + args.args
                defaults = dict(zip([a.arg for a in positional][len(positional) - len(args.defaults):], args.defaults))
                defaults |= {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None}
                if "library" in defaults:
                    offenders.append(f"{where}: {node.name}(library=...) has a default")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "load_library"
                    and where not in SHIPPED_READERS):
                offenders.append(f"{where}: calls load_library()")
    assert offenders == []
