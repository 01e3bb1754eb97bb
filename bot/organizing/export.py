"""Export the standing signatures for delivery: CSV (UTF-8 with BOM, for Excel) or XLSX.

A cell that a spreadsheet would read as a formula is neutralized with a leading apostrophe, and so is
one that already starts with an apostrophe, so the escape can always be undone exactly: drop one
leading apostrophe. Files are created readable by their owner only.
"""

from __future__ import annotations

import csv
import os
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bot.core.render import JAPAN
from storage.reports import ExportRow

HEADER = ("signer_number", "name", "prefecture", "platform", "language", "signed_at_jst", "consent_version")
WIDTHS = (14, 30, 14, 10, 10, 18, 16)  # xlsx columns, in characters: wide enough to read without resizing
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralize(cell: str) -> str:
    """Keep a spreadsheet from reading a cell as a formula."""
    return "'" + cell if cell.startswith(_TRIGGERS) else cell


def restore(cell: str) -> str:
    """Undo `neutralize`."""
    return cell[1:] if cell.startswith("'") else cell


def row_cells(row: ExportRow, place_name: Callable[[str | None], str]) -> list[str]:
    signed = row.signed_at.astimezone(JAPAN).strftime("%Y-%m-%d %H:%M")
    cells = [str(row.number), row.name, place_name(row.prefecture), row.platform, row.language or "", signed,
             row.consent_version]
    return [neutralize(cell) for cell in cells]


def xlsx_cells(sheet: Any, row: ExportRow, place_name: Callable[[str | None], str]) -> list[Any]:
    """A row for a spreadsheet: the signer number a number, the signing time a date (Japan time), the rest text."""
    from openpyxl.cell import WriteOnlyCell

    cells: list[Any] = row_cells(row, place_name)
    cells[0] = row.number
    signed = WriteOnlyCell(sheet, value=row.signed_at.astimezone(JAPAN).replace(tzinfo=None, microsecond=0))
    signed.number_format = "yyyy-mm-dd hh:mm"
    cells[5] = signed
    return cells


def private_file(path: Path) -> int:
    """Open a file for writing that only its owner can read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    return fd


async def write_export(
    rows: AsyncIterator[ExportRow], path: Path, fmt: str, total: int, place_name: Callable[[str | None], str]
) -> int:
    """Write every row to `path` as csv or xlsx, with a progress bar on a terminal; return the count."""
    count = 0
    progress = tqdm(total=total, unit="sig", disable=None, leave=False)
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("signatures")
        for column, columns in zip("ABCDEFG", WIDTHS, strict=True):
            dimension = sheet.column_dimensions[column]  # openpyxl sizes a column through its dimension
            dimension.width = columns
        sheet.freeze_panes = "A2"
        sheet.append(list(HEADER))
        async for row in rows:
            sheet.append(xlsx_cells(sheet, row, place_name))
            count += 1
            progress.update()
        with os.fdopen(private_file(path), "wb") as handle:
            book.save(handle)
    else:
        with os.fdopen(private_file(path), "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            async for row in rows:
                writer.writerow(row_cells(row, place_name))
                count += 1
                progress.update()
    progress.close()
    return count


def exported_at() -> str:
    return datetime.now(JAPAN).strftime("%Y-%m-%d %H:%M")
