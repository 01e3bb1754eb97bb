"""The shared kit stays shared: bench/ and testkit/ import nothing from tests/, and each helper exists once."""

from __future__ import annotations

import ast

from tests.test_architecture import ROOT, files_under, imported_modules


def test_bench_and_testkit_do_not_import_the_tests() -> None:
    for folder in ("bench", "testkit"):
        for path in files_under(folder):
            for module in imported_modules(path):
                assert module.split(".")[0] != "tests", f"{path.relative_to(ROOT)} imports {module}"


def test_the_fakes_share_one_copy_of_each_helper() -> None:
    """utf16_len and free_port are defined once in testkit/common.py, not again beside the fakes."""
    shared = {"utf16_len", "free_port", "listen_local"}
    defined: dict[str, list[str]] = {name: [] for name in shared}
    for path in [*files_under("testkit"), *files_under("tests"), *files_under("bench")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in shared:
                defined[node.name].append(str(path.relative_to(ROOT)))
    assert defined == {name: ["testkit/common.py"] for name in shared}
