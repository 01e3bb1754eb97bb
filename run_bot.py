#!/usr/bin/env python3
"""Run the petition bot: `python run_bot.py` serves LINE and Telegram when they are configured,
and opens the local console chat when no platform is; `python run_bot.py console` always does."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from bot.app import petition_service
from bot.campaign import CampaignError
from bot.config import SETTINGS, ConfigError, Settings, load_settings
from bot.i18n import LocaleError


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
    return parser


def configure_logging(settings: Settings, console: bool) -> None:
    # In the console the chat is on stdout; keep routine log lines out of the way on stderr.
    level = settings.log_level if not console or settings.log_level == "DEBUG" else "WARNING"
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


async def run_console(settings: Settings) -> None:
    from bot.channels.console import ConsoleChannel, stdin_reader

    def write(text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    async with petition_service(settings) as service:
        await ConsoleChannel(service, stdin_reader(), write, echo=not sys.stdin.isatty()).run()


async def run_serve(settings: Settings) -> None:
    from bot.server import serve

    await serve(settings)


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
        if command == "console":
            asyncio.run(run_console(settings))
        else:
            asyncio.run(run_serve(settings))
    except KeyboardInterrupt:
        pass
    except (CampaignError, LocaleError) as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
