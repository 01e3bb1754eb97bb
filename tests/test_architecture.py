"""The core stays free of platform SDKs and the handlers stay free of I/O."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SDKS = {"telegram", "linebot", "aiohttp", "httpx"}
EDGES = {"bot/server.py"}  # the aiohttp server and bot/channels/ are the edges
HANDLER_IMPORTS = {
    "__future__", "collections", "dataclasses", "datetime", "enum", "re", "typing", "unicodedata", "bot", "handlers",
}
HANDLER_BOT_MODULES = {"bot.types", "bot.payload", "bot.router", "bot.text_match"}


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def core_files() -> list[Path]:
    files = [*ROOT.glob("handlers/*.py"), *ROOT.glob("storage/*.py"), *ROOT.glob("bot/*.py")]
    return [f for f in files if str(f.relative_to(ROOT)) not in EDGES]


def test_core_imports_no_platform_sdk() -> None:
    for path in core_files():
        roots = {module.split(".")[0] for module in imported_modules(path)}
        assert not roots & SDKS, f"{path.relative_to(ROOT)} imports {roots & SDKS}"


def test_handlers_do_no_io() -> None:
    for path in ROOT.glob("handlers/*.py"):
        for module in imported_modules(path):
            assert module.split(".")[0] in HANDLER_IMPORTS, f"{path.name} imports {module}"
            if module.startswith("bot"):
                assert module in HANDLER_BOT_MODULES, f"{path.name} imports {module}"


def test_modules_stay_reviewable() -> None:
    for path in [*core_files(), *ROOT.glob("bot/channels/*.py")]:
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 350, f"{path.relative_to(ROOT)} has {lines} lines"
