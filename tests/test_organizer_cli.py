"""Organizers on the server: export round-trips hostile names, stats and the chart, the audit trail."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.app import cli
from bot.app.organizer_cli import Refused
from bot.core.config import load_settings
from bot.core.service import PetitionService
from bot.organizing.export import restore
from bot.organizing.stats import width
from storage.base import PersonRecord
from tests.conftest import FIXED_NOW, make_service

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = [
    "=SUM(A1:A9)", "+81 Tanaka", "-Minus", "@handle", "'quoted", "'=both", "Comma, Name", 'Say "hi"',
    "Line\nbreak", "\tTabbed", "山田 花子", "Nguyễn Văn An",
]


async def seed_signatures(service: PetitionService, names: list[str], days: int = 1) -> None:
    for i, name in enumerate(names):
        at = FIXED_NOW - timedelta(days=i % days)
        async with service.repo.transaction() as tx:
            person = await tx.save_person(
                PersonRecord("telegram" if i % 2 else "line", f"u{i}", language="ja" if i % 3 else "en"), at)
            assert person.id is not None
            await tx.add_signature(person.id, name, "13" if i % 2 else None, "1/ja/x", at, at, f"code{i:04d}", None)


async def test_export_round_trips_hostile_names_as_text(db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_signatures(service, HOSTILE)
    await service.repo.close()
    settings = load_settings({"DATABASE_URL": db_url, "ORGANIZER_NAME": "Aiko"}, env_file=None)
    out = tmp_path / "out" / "signatures.csv"
    assert await cli.export(settings, out, "csv") == f"{len(HOSTILE)} signatures written to {out}"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads Japanese correctly
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline="")))
    assert rows[0][:3] == ["signer_number", "name", "prefecture"]
    assert [restore(row[1]) for row in rows[1:]] == HOSTILE
    assert all(not row[1].startswith(("=", "+", "-", "@", "\t")) for row in rows[1:])
    assert rows[2][2] == "東京都" and rows[1][2] == ""
    assert rows[1][5].startswith("2026-11-26 12:00")  # Japan time

    xlsx = tmp_path / "signatures.xlsx"
    assert await cli.export(settings, xlsx, None) == f"{len(HOSTILE)} signatures written to {xlsx}"  # from the suffix
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    names = [restore(str(row[1])) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == HOSTILE
    first = next(sheet.iter_rows(min_row=2, max_row=2))
    assert isinstance(first[0].value, int) and isinstance(first[5].value, datetime)  # typed, not text
    assert first[5].value == datetime(2026, 11, 26, 12, 0) and first[5].number_format == "yyyy-mm-dd hh:mm"
    assert sheet.column_dimensions["B"].width >= 30 and sheet.column_dimensions["F"].width >= 16
    assert stat.S_IMODE(os.stat(xlsx).st_mode) == 0o600
    audit = await cli.audit(settings)
    assert audit.count("export") == 2 and "signatures.csv" in audit and "cli:Aiko" in audit


async def test_export_refuses_contradictions_and_overwriting(db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_signatures(service, ["Hanako"])
    await service.repo.close()
    settings = load_settings({"DATABASE_URL": db_url}, env_file=None)
    out = tmp_path / "x.xlsx"
    with pytest.raises(Refused, match="--as NAME"):
        await cli.export(settings, out, None)
    with pytest.raises(Refused, match="contradicts"):
        await cli.export(settings, out, "csv", as_name="Aiko")
    with pytest.raises(Refused, match="cannot tell the format"):
        await cli.export(settings, tmp_path / "x.txt", None, as_name="Aiko")
    assert await cli.export(settings, out, None, as_name="Aiko") == f"1 signature written to {out}"
    out.write_bytes(b"25,000 rows")
    with pytest.raises(Refused, match=r"already exists.*--force"):
        await cli.export(settings, out, None, as_name="Aiko")
    assert out.read_bytes() == b"25,000 rows"
    assert "1 signature written" in await cli.export(settings, out, None, force=True, as_name="Aiko")
    assert load_workbook(out).active is not None


@pytest.mark.parametrize("command", [
    ["stats"], ["export", "--output", "o.csv", "--as", "Aiko"], ["audit"], ["check"], ["backup", "b.db"],
    ["purge", "--before", "2030-01-01", "--dry-run"], ["broadcast", "--list"],
])
def test_report_commands_refuse_a_missing_database(tmp_path: Path, command: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LINE_", "DATABASE_URL"))}
    env["DATABASE_URL"] = "sqlite:///data/petiton.db"  # mistyped
    result = subprocess.run([sys.executable, str(ROOT / "run_bot.py"), *command], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert "no database at data/petiton.db" in result.stderr and "typo" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no folder, no empty database, no export


async def test_stats_and_chart_on_generated_signatures(db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_signatures(service, [f"Person {i}" for i in range(300)], days=10)
    await service.repo.close()
    settings = load_settings({"DATABASE_URL": db_url}, env_file=None)
    chart = tmp_path / "chart.png"
    report = await cli.stats(settings, chart)
    lines = report.splitlines()
    assert lines[0].split() == ["Signatures", "standing", "300"]
    numbers = [line for line in lines if line.rstrip()[-1:].isdigit()]
    assert len({width(line) for line in numbers}) == 1  # every count ends in the same column, 東京都 included
    assert any("東京都" in line for line in numbers) and "2026-11-17" in report
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_organizer_commands_from_the_shell(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LINE_", "DATABASE_URL"))}
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, str(ROOT / "run_bot.py"), *args], cwd=tmp_path, env=env, capture_output=True, text=True,
        input="2\n2\n1\nHanako Yamada\nskip\n2\n1\n", timeout=60)
    assert run("console").returncode == 0
    result = run("export", "--output", "s.csv", "--as", "Aiko")
    assert result.returncode == 0 and "1 signature written to s.csv" in result.stdout
    assert "Hanako Yamada" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert run("stats").stdout.splitlines()[0].split() == ["Signatures", "standing", "1"]
    assert "export" in run("audit").stdout
