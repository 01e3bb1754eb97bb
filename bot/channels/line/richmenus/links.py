"""Each person's rich menu: the one of their language, for signers or not, switched as they change.

At start the channel reads the menus on LINE (GET /v2/bot/richmenu/list) and keeps ours by locale and
variant, preferring the menus whose name is the wanted one (set up by `run_bot.py setup --apply`). After
an event, a person whose menu should change is linked to the right one (POST
/v2/bot/user/{userId}/richmenu/{richMenuId}: an API call, not a billed message). Whom the bot linked to
what is remembered in memory, so only a change (or a person's first event after a restart) calls LINE.
Without menus on LINE nothing is linked and the bot works as before.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from urllib.parse import quote

import aiohttp

from bot.channels.line.api import ApiException, LineSender, line_error
from bot.channels.line.richmenus import MenuSpec, Variant, parse_name

log = logging.getLogger(__name__)
REMEMBERED = 100_000  # people whose linked menu is remembered (the least recent are forgotten)


class MenuLinks:
    """The rich menus by locale and variant, and whom the bot linked to which."""

    def __init__(self, specs: list[MenuSpec], default_locale: str) -> None:
        self.wanted = {spec.name for spec in specs}
        self.default_locale = default_locale
        self.menus: dict[tuple[str, Variant], str] = {}
        self.linked: OrderedDict[str, str] = OrderedDict()

    async def load(self, sender: LineSender) -> None:
        """Read our menus from LINE; without them (or when LINE cannot be read), link nothing."""
        try:
            listing = json.loads(await sender.request("GET", "/v2/bot/richmenu/list"))
        except ApiException as error:
            log.warning("LINE rich menus not read: status=%s %s", error.status, line_error(error))
            return
        except (TimeoutError, aiohttp.ClientError, ValueError) as error:
            log.warning("LINE rich menus not read: %s", type(error).__name__)
            return
        found: dict[tuple[str, Variant], tuple[bool, str]] = {}
        for menu in listing.get("richmenus", []) if isinstance(listing, dict) else []:
            place = parse_name(str(menu.get("name", "")))
            current = menu.get("name") in self.wanted
            if place is not None and (place not in found or current):
                found[place] = (current, str(menu.get("richMenuId")))
        self.menus = {place: menu_id for place, (_, menu_id) in found.items()}
        if not self.menus:
            log.warning("LINE has no rich menus of this bot: run `run_bot.py setup --apply`")

    def menu_for(self, locale: str, signed: bool) -> str | None:
        """The menu of a locale and state, else the default locale's."""
        variant = Variant.SIGNED if signed else Variant.UNSIGNED
        return self.menus.get((locale, variant)) or self.menus.get((self.default_locale, variant))

    def due(self, user_id: str, locale: str, signed: bool) -> str | None:
        """The menu a person should be linked to now, None when they are linked to it already (or none exists)."""
        menu_id = self.menu_for(locale, signed)
        return None if menu_id is None or self.linked.get(user_id) == menu_id else menu_id

    async def link(self, sender: LineSender, user_id: str, menu_id: str) -> None:
        """Link a person to a menu (`due` says which) and remember it."""
        path = f"/v2/bot/user/{quote(user_id, safe='')}/richmenu/{quote(menu_id, safe='')}"
        try:
            await sender.request("POST", path)
        except ApiException as error:
            log.warning("LINE rich menu not linked: status=%s %s", error.status, line_error(error))
            return
        except (TimeoutError, aiohttp.ClientError) as error:
            log.warning("LINE rich menu not linked: %s", type(error).__name__)
            return
        self.linked[user_id] = menu_id
        self.linked.move_to_end(user_id)
        while len(self.linked) > REMEMBERED:
            self.linked.popitem(last=False)
