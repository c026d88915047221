"""The packages depend on each other in one direction only (docs/architecture.md): each layer may
use the layers below it, never one above, so there is no import cycle between packages."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "desktop"
# Lowest first. A module may import its own layer's other parts only where listed in SIDEWAYS.
LAYERS = [
    {"desktop", "errors", "data_folder", "font_files", "paths", "private_files", "wording", "khmer"},  # names, paths, errors, text
    {"disk", "ingest", "extract", "annotate", "security"},          # pure Python, no SQL, no Qt
    {"store"},                                                      # all SQL
    {"render", "export"},                                           # read the store's records
    {"services", "selftest"},                                       # what the CLI and the window use
    {"ui"},                                                         # Qt widgets
    {"app", "security_cli", "commands", "cli"},                     # composition roots
    {"__main__"},                                                   # python -m desktop
]
SIDEWAYS = {("extract", "ingest"), ("ingest", "disk"), ("export", "render"), ("selftest", "services"), ("cli", "app"),
            ("cli", "security_cli"), ("cli", "commands"), ("commands", "security_cli"), ("paths", "private_files"),
            ("errors", "wording")}
LAYER_OF = {name: number for number, names in enumerate(LAYERS) for name in names}


def part_of(module: str) -> str:
    """The package (or top-level module) a dotted ``desktop.…`` name belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "desktop"


def imports_of(path: Path) -> set[str]:
    """Every ``desktop`` module a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "desktop":
            found |= {f"desktop.{a.name}" for a in node.names} if node.module == "desktop" else {node.module}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "desktop"}
    return found


def dependencies() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(ROOT).with_suffix("")
        source = part_of(".".join(relative.parts))
        edges.setdefault(source, set()).update(map(part_of, imports_of(path)))
    return edges


def violations(edges: dict[str, set[str]]) -> list[str]:
    wrong = []
    for source, targets in edges.items():
        for target in targets:
            if target in {"APP_NAME", "__version__"}:
                continue  # names from desktop/__init__.py
            if source not in LAYER_OF or target not in LAYER_OF:
                wrong.append(f"{source} -> {target}: not in the layer table")
            elif target != source and (LAYER_OF[target] > LAYER_OF[source] or (
                    LAYER_OF[target] == LAYER_OF[source] and (source, target) not in SIDEWAYS)):
                wrong.append(f"{source} -> {target}")
    return sorted(wrong)


def test_every_package_has_a_layer_and_imports_only_downwards():
    edges = dependencies()
    assert {"store", "ui", "security", "services"} <= set(edges)  # the walk saw the packages
    assert violations(edges) == []


def test_the_check_catches_an_upward_import_and_a_cycle():
    assert violations({"store": {"ui"}}) == ["store -> ui"]  # the control
    assert violations({"security": {"store"}, "store": {"security"}}) == ["security -> store"]
    assert violations({"app": {"ui"}, "ui": {"app"}}) == ["ui -> app"]
    assert violations({"newthing": {"store"}}) == ["newthing -> store: not in the layer table"]


@pytest.mark.parametrize("package, never", [
    ("desktop.security", ["desktop.store", "desktop.services", "PySide6"]),
    ("desktop.ingest", ["desktop.store", "sqlite3", "PySide6"]),
    ("desktop.extract", ["desktop.store", "sqlite3", "PySide6"]),
    ("desktop.store", ["desktop.services", "desktop.ui", "PySide6"]),
    ("desktop.services", ["desktop.ui", "PySide6"]),
    ("desktop.export", ["desktop.ui", "PySide6"]),
])
def test_each_package_imports_alone_without_what_sits_above_it(package, never):
    """Imported on its own, in a fresh interpreter, with each of its modules loaded."""
    probe = (f"import importlib, pkgutil, sys, {package} as p\n"
             f"for m in pkgutil.walk_packages(p.__path__, '{package}.'): importlib.import_module(m.name)\n"
             f"print(' '.join(n for n in {never!r} if n in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.split() == []
