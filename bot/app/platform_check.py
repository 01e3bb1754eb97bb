"""`run_bot.py setup`: check a configuration against LINE and Telegram before going live.

LINE: the access token works (GET /v2/bot/info), the account answers by bot with messages marked read
(chat mode and mark-as-read mode, from the same answer), the channel's webhook URL is LINE_WEBHOOK_URL
with webhooks switched on (GET /v2/bot/channel/webhook/endpoint), and the rich menus of every offered
language are on LINE (bot/channels/line/richmenus/sync.py); `--apply` registers the URL (PUT
/v2/bot/channel/webhook/endpoint) and creates, uploads, sets and deletes rich menus. Telegram: the token
works (getMe), the webhook is what TELEGRAM_WEBHOOK_URL says (getWebhookInfo), or absent for long polling,
and the profile texts are the locales' (bot/channels/telegram/profile.py); `--apply` sets the webhook as
the bot does at start (setWebhook with the secret token), or removes it for polling, and sets the texts.
Each finding is one line.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import aiohttp
from linebot.v3.messaging import (
    AsyncApiClient,
    AsyncMessagingApi,
    AsyncMessagingApiBlob,
    BotInfoResponse,
    Configuration,
    SetWebhookEndpointRequest,
)
from linebot.v3.messaging.exceptions import ApiException
from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.channels.line.api import line_error
from bot.channels.line.richmenus import menu_specs
from bot.channels.line.richmenus.sync import check_rich_menus
from bot.channels.telegram.profile import described, differing, set_texts, wanted_texts
from bot.channels.telegram.setup import hide_token_from_logs, webhook_secret
from bot.channels.telegram.webhook import ALLOWED_UPDATES
from bot.core.campaign import load_campaign
from bot.core.config import Settings
from bot.core.i18n import I18n
from bot.core.render import Renderer

OK, WARN, FAIL = "ok", "warn", "FAIL"


@dataclass(frozen=True)
class Finding:
    level: str  # ok, warn or FAIL
    text: str

    def __str__(self) -> str:
        return f"{self.level:<4}  {self.text}"


async def check_platforms(settings: Settings, apply: bool = False) -> list[Finding]:
    """Check every configured platform; with `apply`, register the webhooks that are missing or wrong."""
    if not (settings.line_enabled or settings.telegram_enabled):
        return [Finding(FAIL, "no platform is configured: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN, "
                              "and/or TELEGRAM_BOT_TOKEN")]
    campaign = load_campaign(settings.campaign_file)
    renderer = Renderer(I18n(campaign.default_language, menu=campaign.language_menu), campaign)
    findings: list[Finding] = []
    if settings.line_enabled:
        findings += await check_line(settings, renderer, apply)
    if settings.telegram_enabled:
        findings += await check_telegram(settings, renderer, apply)
    return findings


def _line_problem(what: str, error: Exception) -> Finding:
    if isinstance(error, ApiException):
        if error.status == 401:
            return Finding(FAIL, "LINE: LINE_CHANNEL_ACCESS_TOKEN was refused (401): issue a new one in the LINE "
                                 "Developers console (Messaging API tab)")
        return Finding(FAIL, f"LINE: {what} failed: HTTP {error.status} {line_error(error)}".rstrip())
    return Finding(FAIL, f"LINE: {what} failed: the API at the LINE_API_URL cannot be reached "
                         f"({type(error).__name__})")


async def check_line(settings: Settings, renderer: Renderer, apply: bool) -> list[Finding]:
    token = settings.line_channel_access_token
    client = AsyncApiClient(Configuration(host=settings.line_api_url, access_token=token))
    data = AsyncApiClient(Configuration(host=settings.line_api_data_url, access_token=token))
    api = AsyncMessagingApi(client)
    try:
        findings = await _check_line(api, settings, apply)
        if findings[-1].level == FAIL and len(findings) == 1:
            return findings  # the token or the API failed: nothing more can be read
        try:
            menus = await check_rich_menus(api, AsyncMessagingApiBlob(data), menu_specs(renderer.i18n),
                                           renderer.i18n.default_locale, apply)
        except (ApiException, aiohttp.ClientError, TimeoutError) as error:
            return [*findings, _line_problem("reading or setting the rich menus", error)]
        return [*findings, *(Finding(level, text) for level, text in menus)]
    finally:
        await client.close()
        await data.close()


def _account_mode(info: BotInfoResponse) -> Finding:
    """The account's chat mode and mark-as-read mode, which make a bot misbehave when set otherwise."""
    problems = []
    if info.chat_mode != "bot":
        problems.append(f"the chat mode is {info.chat_mode!r}, not 'bot': turn off Chat in the LINE Official "
                        "Account Manager (Settings > Response settings), or people and the bot both answer")
    if info.mark_as_read_mode != "auto":
        problems.append(f"messages are marked read {info.mark_as_read_mode!r}, not 'auto': supporters see "
                        "their messages unread")
    if problems:
        return Finding(WARN, "LINE: " + "; ".join(problems))
    return Finding(OK, "LINE: the account answers by bot (chat mode 'bot') and marks messages read automatically")


async def _check_line(api: AsyncMessagingApi, settings: Settings, apply: bool) -> list[Finding]:
    try:
        info = await api.get_bot_info()
    except (ApiException, aiohttp.ClientError, TimeoutError) as error:
        return [_line_problem("reading the bot's information", error)]
    findings = [Finding(OK, f"LINE: the access token works; the bot is {info.display_name} ({info.basic_id})"),
                _account_mode(info)]
    try:
        endpoint = await api.get_webhook_endpoint()
    except (ApiException, aiohttp.ClientError, TimeoutError) as error:
        return [*findings, _line_problem("reading the webhook URL", error)]
    registered, wanted = endpoint.endpoint or "", settings.line_webhook_url
    if not wanted:
        findings.append(Finding(WARN, f"LINE: LINE_WEBHOOK_URL is empty, so the webhook URL is not checked; LINE "
                                      f"sends to {registered or 'nowhere (none is set)'}"))
    elif registered == wanted:
        findings.append(Finding(OK, f"LINE: the webhook URL is {wanted}"))
    elif apply:
        try:
            await api.set_webhook_endpoint(SetWebhookEndpointRequest(endpoint=wanted))
        except (ApiException, aiohttp.ClientError, TimeoutError) as error:
            return [*findings, _line_problem(f"setting the webhook URL to {wanted}", error)]
        findings.append(Finding(OK, f"LINE: the webhook URL was {registered or 'not set'}; it is now {wanted}"))
    else:
        findings.append(Finding(FAIL, f"LINE: the webhook URL is {registered or 'not set'}, not {wanted}: "
                                      "run `run_bot.py setup --apply` to set it"))
    if not endpoint.active:
        findings.append(Finding(FAIL, "LINE: webhooks are switched off: turn on 'Use webhook' in the LINE "
                                      "Developers console (Messaging API tab)"))
    return findings


async def check_telegram(settings: Settings, renderer: Renderer, apply: bool) -> list[Finding]:
    hide_token_from_logs()
    bot = Bot(settings.telegram_bot_token, base_url=f"{settings.telegram_api_url}/bot")
    try:
        try:
            await bot.initialize()  # getMe
        except InvalidToken:
            return [Finding(FAIL, "Telegram: TELEGRAM_BOT_TOKEN was refused: check it with @BotFather (/token)")]
        except NetworkError as error:
            return [Finding(FAIL, f"Telegram: the Bot API cannot be reached ({type(error).__name__})")]
        findings = [Finding(OK, f"Telegram: the token works; the bot is @{bot.username}")]
        try:
            findings += await _check_webhook(bot, settings, apply)
        except TelegramError as error:  # the message names Telegram's reason, never the token
            findings.append(Finding(FAIL, f"Telegram: the webhook could not be read or set: {error.message}"))
        try:
            findings.append(await _check_profile(bot, renderer, apply))
        except TelegramError as error:
            findings.append(Finding(FAIL, f"Telegram: the descriptions could not be read or set: {error.message}"))
        return findings
    finally:
        await bot.shutdown()


async def _check_webhook(bot: Bot, settings: Settings, apply: bool) -> list[Finding]:
    info = await bot.get_webhook_info()
    wanted = settings.telegram_webhook_url
    change: Callable[[], Awaitable[bool]] | None = None
    findings: list[Finding] = []
    if not wanted and not info.url:
        findings.append(Finding(OK, "Telegram: no webhook is set; the bot fetches updates by long polling"))
    elif not wanted:
        change = bot.delete_webhook
        findings.append(Finding(WARN, f"Telegram: a webhook is set to {info.url} but TELEGRAM_WEBHOOK_URL is empty: "
                                      "the bot removes it at start and polls"))
    elif info.url == wanted:
        findings.append(Finding(OK, f"Telegram: the webhook is set to {wanted}"))
    else:
        secret = webhook_secret(settings)

        async def change_webhook() -> bool:
            return await bot.set_webhook(wanted, secret_token=secret, allowed_updates=ALLOWED_UPDATES,
                                         max_connections=settings.telegram_max_connections)

        change = change_webhook
        findings.append(Finding(FAIL, f"Telegram: the webhook is {info.url or 'not set'}, not {wanted}: run "
                                      "`run_bot.py setup --apply`, or start the bot, which sets it"))
    if apply and change is not None:
        await change()
        findings[-1] = Finding(OK, f"Telegram: the webhook was {info.url or 'not set'}; it is now "
                                   f"{wanted or 'removed (long polling)'}")
    if info.url and info.url == wanted and info.last_error_message:
        when = info.last_error_date or datetime.now(UTC)
        findings.append(Finding(WARN, f"Telegram: the last delivery to the webhook failed at {when:%Y-%m-%d %H:%M} "
                                      f"UTC: {info.last_error_message}"))
    if info.pending_update_count:
        findings.append(Finding(WARN, f"Telegram: {info.pending_update_count} updates are waiting to be delivered"))
    return findings


async def _check_profile(bot: Bot, renderer: Renderer, apply: bool) -> Finding:
    """The description and short description in each language, from the locales; set them with `apply`."""
    wanted = wanted_texts(renderer.i18n, renderer)
    missing = await differing(bot, wanted)
    if not missing:
        return Finding(OK, f"Telegram: the description and short description are set ({described(wanted)})")
    if apply:
        await set_texts(bot, missing)
        return Finding(OK, f"Telegram: the description and short description were set ({described(missing)})")
    return Finding(WARN, f"Telegram: the description and short description differ from the locales "
                         f"({described(missing)}): run `run_bot.py setup --apply`")
