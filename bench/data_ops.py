"""Time the parts of `run_bot.py stats` and `export` in one fresh process: where does the time go?

`python bench/data_ops.py` with the bot's settings in the environment prints one JSON line: seconds
to import the command-line module, to open the service (database and locales), to run the stats
queries, and to write the CSV export of every signature.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

STARTED = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


async def main() -> dict[str, float]:
    from bot.app import cli  # what run_bot.py imports for these commands
    from bot.app.assembly import reporting
    from bot.core.config import load_settings
    from bot.organizing.export import write_export

    timings = {"import_s": time.perf_counter() - STARTED}
    settings = load_settings()
    t = time.perf_counter()
    async with reporting(settings) as (repo, i18n):  # as the commands open it
        timings["open_s"] = time.perf_counter() - t
        t = time.perf_counter()
        stats = await repo.stats()
        timings["stats_queries_s"] = time.perf_counter() - t
        names = cli.place_names(i18n)
        with tempfile.TemporaryDirectory() as folder:
            t = time.perf_counter()
            total = (await repo.totals()).signatures
            count = await write_export(repo.export_rows(), Path(folder) / "export.csv", "csv", total,
                                       lambda code: names.get(code or "", ""))
            timings["export_write_s"] = time.perf_counter() - t
    timings["rows"] = count
    timings["signatures"] = stats.signatures
    return {k: round(v, 4) for k, v in timings.items()}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main())))
