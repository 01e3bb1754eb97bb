"""The layers, as import rules: each folder may use only the folders below it, and nothing forms a cycle.

    run_bot.py -> bot/app -> bot/channels/<platform>, bot/dashboard, bot/organizing, bot/translation -> bot/core
    -> storage (bot/dashboard uses bot/organizing)
    handlers -> bot/core (types, payload, router, context, text matching): pure steps, no I/O, no SDK
    bot/app/assembly.py is the composition root: it hands the core the handlers and the organizer desk
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "storage")
SDKS = {"telegram", "linebot", "aiohttp", "httpx", "yarl"}
HANDLER_STDLIB = {"__future__", "collections", "dataclasses", "datetime", "enum", "re", "typing", "unicodedata"}
HANDLER_CORE = {"bot.core.types", "bot.core.payload", "bot.core.router", "bot.core.context", "bot.core.text_match"}


def source_files() -> list[Path]:
    files = [path for package in PACKAGES for path in (ROOT / package).rglob("*.py")]
    return sorted(files)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, *, typing_only: bool = True, known: set[str] | None = None) -> set[str]:
    """Every module a file imports (`from pkg import module` as pkg.module where that is one of `known`);
    with typing_only=False, leave out imports under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    if not typing_only:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = {f"{node.module}.{alias.name}" for alias in node.names}
            submodules = names & known if known else set()
            modules.update(submodules)
            if submodules != names:
                modules.add(node.module)
    return modules


def files_under(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_handlers_are_pure_steps_over_the_core() -> None:
    for path in files_under("handlers"):
        for module in imported_modules(path):
            root = module.split(".")[0]
            if root == "handlers":
                continue
            assert root in HANDLER_STDLIB or module in HANDLER_CORE, f"{path.name} imports {module}"


def test_core_imports_no_channel_app_feature_or_sdk() -> None:
    """The core is given the conversation and the organizer desk (bot/app/assembly.py); it imports neither."""
    for path in files_under("bot/core"):
        for module in imported_modules(path):
            assert module.split(".")[0] not in SDKS, f"{path.name} imports the SDK {module}"
            assert module.split(".")[0] != "handlers", f"{path.name} imports the handlers ({module})"
            assert not module.startswith(("bot.app", "bot.channels", "bot.translation", "bot.organizing")), (
                f"{path.name} imports {module}"
            )


def test_storage_knows_nothing_of_the_bot() -> None:
    for path in files_under("storage"):
        for module in imported_modules(path):
            assert module.split(".")[0] not in ("bot", "handlers", *SDKS), f"{path} imports {module}"


def test_organizing_and_translation_use_no_channel_or_app() -> None:
    for folder in ("bot/organizing", "bot/translation"):
        for path in files_under(folder):
            for module in imported_modules(path):
                assert not module.startswith(("bot.app", "bot.channels")), f"{path} imports {module}"
                assert module.split(".")[0] not in SDKS, f"{path} imports {module}"


def test_the_dashboard_uses_no_channel_or_app() -> None:
    """The dashboard's pages sit beside the channels: the app installs them; they use the organizing code."""
    for path in files_under("bot/dashboard"):
        for module in imported_modules(path):
            assert not module.startswith(("bot.app", "bot.channels")), f"{path} imports {module}"
            assert module.split(".")[0] not in ("telegram", "linebot"), f"{path} imports {module}"
    for folder in ("bot/core", "bot/organizing", "bot/channels", "handlers", "storage"):
        for path in files_under(folder):
            assert not any(m.startswith("bot.dashboard") for m in imported_modules(path)), f"{path} imports it"


def test_channels_do_not_import_each_other_or_the_app() -> None:
    channels = ROOT / "bot/channels"
    for path in channels.rglob("*.py"):
        own = path.relative_to(channels).parts[0].removesuffix(".py")
        for module in imported_modules(path):
            assert not module.startswith("bot.app"), f"{path.relative_to(ROOT)} imports {module}"
            if module.startswith("bot.channels."):
                other = module.split(".")[2]
                assert other == own, f"{path.relative_to(ROOT)} imports the {other} channel"


def test_no_import_cycles() -> None:
    """No module reaches itself again through its runtime imports."""
    graph: dict[str, set[str]] = defaultdict(set)
    known = {module_name(p) for p in source_files()}
    for path in source_files():
        graph[module_name(path)] = {m for m in imported_modules(path, typing_only=False, known=known) if m in known}
    done: set[str] = set()

    def visit(node: str, trail: list[str]) -> None:
        if node in trail:
            raise AssertionError("import cycle: " + " -> ".join([*trail[trail.index(node):], node]))
        if node in done:
            return
        for child in graph[node]:
            if child != node:
                visit(child, [*trail, node])
        done.add(node)

    for module in sorted(graph):
        visit(module, [])


def patched_attributes(path: Path) -> list[str]:
    """Assignments into an object reached through another (`service.desk.engine = ...`,
    `service.share_links[key] = ...`, `self.service.x = ...`): wiring done after construction."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign) else [])
        for target in targets:
            attributes, subscripts, root = 0, 0, target
            while isinstance(root, ast.Attribute | ast.Subscript):
                attributes, subscripts = attributes + isinstance(root, ast.Attribute), subscripts + isinstance(
                    root, ast.Subscript)
                root = root.value
            own = isinstance(root, ast.Name) and root.id in ("self", "cls")
            if attributes >= 2 or (not own and attributes == 1 and subscripts):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(target)}")
    return found


def test_the_bot_is_wired_at_construction_not_patched_afterwards() -> None:
    """Everything is passed in by the composition root (bot/app/assembly.py); nothing sets another's parts."""
    paths = [*files_under("bot"), *files_under("handlers"), ROOT / "run_bot.py"]
    assert [found for path in paths for found in patched_attributes(path)] == []


def test_private_ptb_modules_are_imported_in_one_adapter() -> None:
    """Only bot/channels/telegram/ptb_private.py reaches into python-telegram-bot's private modules."""
    adapter = ROOT / "bot/channels/telegram/ptb_private.py"
    for path in [*source_files(), ROOT / "run_bot.py", *sorted((ROOT / "tests").rglob("*.py"))]:
        for module in imported_modules(path):
            private = module.startswith("telegram") and any(part.startswith("_") for part in module.split("."))
            assert path == adapter or not private, f"{path.relative_to(ROOT)} imports the private {module}"


def test_modules_stay_reviewable() -> None:
    for path in source_files():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 350, f"{path.relative_to(ROOT)} has {lines} lines"
