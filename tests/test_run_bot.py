"""The command line: a scripted console chat through a pipe, --help, and settings errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.core.config import SETTINGS

ROOT = Path(__file__).resolve().parent.parent


def run_bot(tmp_path: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in {name for name, _, _ in SETTINGS}}
    environ.update(env)
    return subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), *args], input=stdin, capture_output=True, text=True,
        cwd=tmp_path, env=environ, timeout=60,
    )


SCRIPT_EN = "\n".join(
    ["3", "1", "1", "1", "1", "1", "1", "/sign", "1", "Hanako Yamada", "Tokyo", "1", "1",
     "/status", "/withdraw", "1", "/status"]
)


def test_scripted_console_session_in_english(tmp_path: Path) -> None:
    result = run_bot(tmp_path, stdin=SCRIPT_EN + "\n")
    out = result.stdout
    assert result.returncode == 0, result.stderr
    for fragment in ("1/5", "5/5", "What we collect", "one person has signed", "https://bit.ly/3Z2gt8u", "〒110-0005",
                     "Name: Hanako Yamada", "Delete your signature?", "You have not signed"):
        assert fragment in out, fragment
    assert "> Hanako Yamada" in out  # piped input is echoed, so the output reads as a transcript
    assert (tmp_path / "petition.db").exists()  # the default database is a file in the working directory
    assert "Hanako" not in result.stderr  # no names in the logs


def test_scripted_console_session_in_japanese(tmp_path: Path) -> None:
    script = ["1", "1", "1", "1", "1", "1", "/sign", "1", "山田 花子", "東京都", "2", "1", "/status", "/withdraw", "1"]
    result = run_bot(tmp_path, "console", stdin="\n".join(script) + "\n", DATABASE_URL="sqlite:///data/p.db")
    out = result.stdout
    assert result.returncode == 0, result.stderr
    for fragment in ("1/5", "5/5", "集める情報", "現在の署名数:1", "https://bit.ly/3Z2gt8u", "〒110-0005",
                     "お名前:山田 花子", "取り消しました"):
        assert fragment in out, fragment
    assert (tmp_path / "data" / "p.db").exists()


def test_end_of_input_right_away_exits_cleanly(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "console")
    assert result.returncode == 0 and "日本語" in result.stdout and "Traceback" not in result.stderr


def test_help_lists_commands_and_every_setting(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "--help")
    assert result.returncode == 0
    for name, _, _ in SETTINGS:
        assert name in result.stdout
    assert "console" in result.stdout and "serve" in result.stdout


def test_a_bad_setting_is_named(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "console", PORT="eighty")
    assert result.returncode == 2 and "PORT" in result.stderr
    result = run_bot(tmp_path, "console", DATABASE_URL="mysql://x")
    assert result.returncode == 2 and "DATABASE_URL" in result.stderr
    result = run_bot(tmp_path, "console", CAMPAIGN_FILE="missing.toml")
    assert result.returncode == 2 and "CAMPAIGN_FILE" in result.stderr


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DATABASE_URL=sqlite:///from-dotenv.db\n")
    result = run_bot(tmp_path, "console", stdin="2\n")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-dotenv.db").exists()
