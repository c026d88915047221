"""Small modules with one job and short functions: no module in desktop/ over 400 lines, no
function over 60 (docs/architecture.md)."""

import ast
from pathlib import Path

from tests.conftest import ROOT

MODULE_LINES, FUNCTION_LINES = 400, 60


def too_long(files: list[Path], root: Path = ROOT) -> tuple[list[str], list[str]]:
    modules, functions = [], []
    for path in files:
        source = path.read_text(encoding="utf-8")
        name = str(path.relative_to(root))
        if source.count("\n") > MODULE_LINES:
            modules.append(f"{name}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > FUNCTION_LINES:
                    functions.append(f"{name}:{node.lineno} {node.name}: {length} lines")
    return modules, functions


def test_no_long_module_or_function_in_the_package():
    files = sorted((ROOT / "desktop").rglob("*.py"))
    assert len(files) > 50  # the walk found the package
    assert too_long(files) == ([], [])


def test_the_check_sees_a_long_function_and_a_long_module(tmp_path):
    long_function = tmp_path / "function.py"
    long_function.write_text("def f():\n" + "    x = 1\n" * 70)
    assert too_long([long_function], tmp_path) == ([], ["function.py:1 f: 71 lines"])  # the control
    long_module = tmp_path / "module.py"
    long_module.write_text("x = 1\n" * 401)
    assert too_long([long_module], tmp_path) == (["module.py: 401 lines"], [])
