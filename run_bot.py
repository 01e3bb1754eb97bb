#!/usr/bin/env python3
"""Run the petition bot: `python run_bot.py` serves LINE and Telegram when they are configured,
and opens the local console chat when no platform is; `python run_bot.py console` always does."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from bot.app.assembly import DatabaseDamaged, petition_service
from bot.app.organizer_cli import Refused
from bot.core.campaign import CampaignError
from bot.core.config import SETTINGS, ConfigError, Settings, load_settings
from bot.core.i18n import LocaleError


def settings_help() -> str:
    width = max(len(name) for name, _, _ in SETTINGS)
    lines = [f"  {name:<{width}}  {meaning} (default: {default or 'empty'})" for name, default, meaning in SETTINGS]
    return "settings (environment variables, or a .env file in the working directory):\n" + "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_bot.py", description=__doc__, epilog=settings_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("console", help="chat with the bot in this terminal (works with piped input)")
    commands.add_parser("serve", help="serve the configured platforms (LINE, Telegram)")
    stats = commands.add_parser("stats", help="print signing totals (per platform, language, prefecture, day)")
    stats.add_argument("--chart", type=Path, metavar="FILE.png", help="also draw signatures per day into a PNG")
    export = commands.add_parser("export", help="write the standing signatures for delivery (file mode 0600)")
    export.add_argument("--output", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    export.add_argument("--format", choices=("csv", "xlsx"), help="default: from the file name's suffix")
    export.add_argument("--force", action="store_true", help="replace the file if it exists")
    export.add_argument("--as", dest="as_name", metavar="NAME", help="who exports, for the audit (or ORGANIZER_NAME)")
    commands.add_parser("audit", help="list every broadcast and export: who, when, what, how many")
    link = commands.add_parser("dashboard-link", help="print a one-time sign-in link to the organizers' dashboard")
    link.add_argument("--minutes", type=int, default=15, metavar="N", help="how long it works (default: 15)")
    cast = commands.add_parser("broadcast", help="send an update to the people who opted in (preview, confirm)")
    cast.add_argument("--text", action="append", default=[], metavar="LANG=FILE",
                      help="the update in one language, e.g. ja=update-ja.txt (repeat per language)")
    cast.add_argument("--link", metavar="URL", help="an https link shown as a button under the update")
    cast.add_argument("--audience", default="subscribers", metavar="subscribers|signers|lang:ja",
                      help="who receives it (default: everyone reachable who opted in to updates)")
    cast.add_argument("--image", type=Path, metavar="FILE", help="a JPEG or PNG picture sent with the update")
    cast.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'", help="send then (Japan time unless a zone is given, "
                      "e.g. +09:00); the serving process sends it")
    cast.add_argument("--partial", action="store_true", help="send even if LINE's monthly quota reaches only part "
                      "of the LINE recipients")
    cast.add_argument("--as", dest="as_name", metavar="NAME", help="who sends, for the audit (or ORGANIZER_NAME)")
    cast.add_argument("--dry-run", action="store_true", help="check and preview only; exits as the send would")
    cast.add_argument("--yes", action="store_true", help="send without asking")
    cast.add_argument("--resume", action="store_true", help="go on sending broadcasts left unfinished")
    cast.add_argument("--list", action="store_true", help="list scheduled and running broadcasts")
    cast.add_argument("--cancel", type=int, metavar="N", help="cancel scheduled or running broadcast N")
    cast.add_argument("--report", type=int, metavar="N", help="show broadcast N's report, with LINE opens and clicks")
    backup = commands.add_parser("backup", help="copy the live database consistently into FILE (mode 0600)")
    backup.add_argument("file", type=Path, metavar="FILE")
    commands.add_parser("check", help="check the database: schema version and PRAGMA integrity_check")
    commands.add_parser("locales", help="check every translation against the source language (exits 1 on errors)")
    purge = commands.add_parser("purge", help="delete signatures made before the campaign's retention date and "
                                "signatures begun and abandoned, then compact the database")
    purge.add_argument("--before", type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="an earlier cut-off, e.g. the day the petition was delivered")
    purge.add_argument("--dry-run", action="store_true", help="only count")
    purge.add_argument("--yes", action="store_true", help="delete without asking")
    purge.add_argument("--as", dest="as_name", metavar="NAME", help="who deletes, for the audit (or ORGANIZER_NAME)")
    commands.add_parser("compact", help="remove what deleted data leaves in the database files (SQLite: VACUUM; "
                        "PostgreSQL: VACUUM FULL of the personal tables and a CHECKPOINT)")
    commands.add_parser("migrate", help="apply pending database migrations (every start does too), then exit")
    copy = commands.add_parser("copy-db", help="copy a SQLite campaign into an empty PostgreSQL database")
    copy.add_argument("--from", dest="source", required=True, metavar="sqlite:///old.db")
    copy.add_argument("--to", dest="target", required=True, metavar="postgresql://user:password@host/db")
    setup = commands.add_parser("setup", help="check the LINE and Telegram settings against the platforms")
    setup.add_argument("--apply", action="store_true", help="also register webhook URLs that are missing or wrong")
    return parser


def configure_logging(settings: Settings, console: bool) -> None:
    # In the console the chat is on stdout; keep routine log lines out of the way on stderr.
    level = settings.log_level if not console or settings.log_level == "DEBUG" else "WARNING"
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("matplotlib").setLevel(logging.WARNING)


async def run_console(settings: Settings) -> None:
    from bot.channels.console import ConsoleChannel, stdin_reader

    def write(text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    async with petition_service(settings) as service:
        await ConsoleChannel(service, stdin_reader(), write, echo=not sys.stdin.isatty()).run()


async def run_serve(settings: Settings) -> None:
    from bot.app.server import serve

    await serve(settings)


def serving_loop() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (not on Windows), else asyncio's own.

    In A/B runs of bench/run.py it served more LINE events and Telegram updates a second (bench/README.md).
    """
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


async def run_setup(settings: Settings, apply: bool) -> bool:
    """Print one line per finding; True when nothing failed."""
    from bot.app.platform_check import FAIL, check_platforms

    findings = await check_platforms(settings, apply)
    print("\n".join(map(str, findings)))
    return all(finding.level != FAIL for finding in findings)


async def run_migrate(settings: Settings) -> str:
    from storage import open_repository
    from storage.postgres.connection import describe
    from storage.postgres.repository import PostgresRepository

    repo = open_repository(settings.database_url, settings.database_pool_size)
    await repo.open()  # applies what is pending
    try:
        version = await repo.schema_version()
    finally:
        await repo.close()
    if isinstance(repo, PostgresRepository):
        applied = f"applied {', '.join(repo.applied)}" if repo.applied else "nothing to apply"
        return f"PostgreSQL at {describe(settings.database_url)}: schema version {version} ({applied})."
    return f"{settings.database_url}: schema version {version}, up to date."


async def run_organizer_command(args: argparse.Namespace, settings: Settings) -> str:
    from bot.app import cli

    if args.command == "migrate":
        return await run_migrate(settings)
    if args.command == "copy-db":
        from storage.postgres.copy import copy_database

        copied = await copy_database(args.source, args.target)
        return f"Done: {sum(copied.values()):,} rows in {len(copied)} tables."
    if args.command == "stats":
        return await cli.stats(settings, args.chart)
    if args.command == "export":
        return await cli.export(settings, args.output, args.format, args.force, args.as_name)
    if args.command == "broadcast":
        return await run_broadcast(args, settings)
    if args.command == "dashboard-link":
        if not 1 <= args.minutes <= 24 * 60:
            raise ValueError("--minutes must be from 1 to 1440")
        return await cli.dashboard_link(settings, args.minutes)
    if args.command == "backup":
        return await cli.backup(settings, args.file)
    if args.command == "check":
        ok, report = await cli.check(settings)
        if not ok:
            raise ValueError(f"the database is damaged: {report}")
        return report
    if args.command == "purge":
        return await cli.purge(settings, args.before, args.dry_run, (lambda _: True) if args.yes else ask, args.as_name)
    if args.command == "compact":
        return await cli.compact(settings)
    return await cli.audit(settings)


async def run_broadcast(args: argparse.Namespace, settings: Settings) -> str:
    from bot.app import broadcast_cli as cast

    if args.resume:
        return await cast.resume(settings)
    if args.list:
        return await cast.list_jobs(settings)
    if args.cancel is not None:
        return await cast.cancel(settings, args.cancel, args.as_name)
    if args.report is not None:
        return await cast.report(settings, args.report)
    request = cast.CliBroadcast(
        read_texts(args.text), args.link, args.audience, args.image, parse_at(args.at) if args.at else None,
        args.partial, args.dry_run, args.yes, args.as_name)
    return await cast.broadcast(settings, request, ask)


def parse_at(text: str) -> datetime:
    """A time to send at: 'YYYY-MM-DD HH:MM' in Japan time, or with a zone ('+02:00', 'Z'); not in the past."""
    from bot.core.render import JAPAN

    try:
        at = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise Refused(f"--at {text!r} is not a time: write it as '2026-12-10 19:00' (Japan time) or add a zone,"
                      " e.g. '2026-12-10 11:00+01:00'") from None
    at = at if at.tzinfo else at.replace(tzinfo=JAPAN)
    if at <= datetime.now(UTC):
        raise Refused(f"--at {text} is in the past: give a time to come (Japan time unless a zone is given)")
    return at


def read_texts(pairs: list[str]) -> dict[str, str]:
    """Read --text LANG=FILE pairs (an empty file is left for the plan to refuse, with the others' problems)."""
    texts = {}
    for pair in pairs:
        locale, _, path = pair.partition("=")
        if not locale or not path:
            raise Refused(f"--text takes LANG=FILE, not {pair!r}: for example --text ja=update-ja.txt")
        try:
            texts[locale] = Path(path).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as error:
            raise Refused(f"cannot read the {locale} text from {path} ({error}): check the file, then retry") from None
    if not texts:
        raise Refused("give at least one --text LANG=FILE, with the default language's text among them")
    return texts


def ask(question: str) -> bool:
    return sys.stdin.isatty() and input(question).strip().lower() in ("y", "yes")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    command = args.command or ("serve" if settings.telegram_enabled or settings.line_enabled else "console")
    configure_logging(settings, console=command == "console")
    try:
        if command == "locales":
            from bot.core.campaign import load_campaign
            from bot.translation.report import run

            return run(load_campaign(settings.campaign_file))
        if command == "console":
            asyncio.run(run_console(settings))
        elif command == "serve":
            with asyncio.Runner(loop_factory=serving_loop()) as runner:
                runner.run(run_serve(settings))
        elif command == "setup":
            return 0 if asyncio.run(run_setup(settings, args.apply)) else 1
        else:
            print(asyncio.run(run_organizer_command(args, settings)))
    except KeyboardInterrupt:
        pass
    except (CampaignError, LocaleError, DatabaseDamaged) as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    except Refused as error:
        print(f"refused: {error}", file=sys.stderr)
        return 1
    except (ValueError, OSError) as error:
        print(f"error: {error or type(error).__name__}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
