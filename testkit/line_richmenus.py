"""LINE's rich menu endpoints for the fake Messaging API, with LINE's checks.

Menus are created on the API host (POST /v2/bot/richmenu, validated as LINE does: size, areas inside the
image, actions and their lengths, the chat bar text), and their image is uploaded on the data host only
(POST /v2/bot/richmenu/{id}/content: PNG or JPEG, at most 1 MB, exactly the menu's size, once). A menu
without its image cannot be set as the default or linked to a person. Deleting a menu unlinks it.
"""

from __future__ import annotations

import struct
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

MAX_IMAGE_BYTES = 1024 * 1024
MAX_AREAS = 20
MAX_NAME = 300
MAX_BAR = 14
MAX_LABEL = 20
MAX_DATA = 300
MAX_DISPLAY_TEXT = 300
ACTIONS = {"postback", "message", "uri", "datetimepicker", "richmenuswitch", "camera", "cameraRoll", "location"}

Problem = tuple[str, str]
ErrorAnswer = Callable[[int, str, list[Problem]], web.Response]


def image_size(data: bytes, content_type: str) -> tuple[int, int] | None:
    """Read the width and height of a PNG (IHDR) or a JPEG (its SOF marker); None if it is neither."""
    if content_type == "image/png" and data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if content_type == "image/jpeg" and data[:2] == b"\xff\xd8":
        at = 2
        while at + 9 < len(data) and data[at] == 0xFF:
            marker, length = data[at + 1], struct.unpack(">H", data[at + 2 : at + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", data[at + 5 : at + 9])
                return width, height
            at += 2 + length
    return None


def menu_problems(menu: Any) -> list[Problem]:
    """What LINE refuses in a rich menu object."""
    if not isinstance(menu, dict):
        return [("", "must be an object")]
    problems: list[Problem] = []
    size = menu.get("size") or {}
    width, height = size.get("width"), size.get("height")
    if not (isinstance(width, int) and isinstance(height, int) and 800 <= width <= 2500 and height >= 250
            and width / height >= 1.45):
        problems.append(("size", "width 800-2500, height at least 250, width/height at least 1.45"))
        width = height = 0
    if not isinstance(menu.get("selected"), bool):
        problems.append(("selected", "must be a boolean"))
    if not isinstance(menu.get("name"), str) or not 0 < len(menu["name"]) <= MAX_NAME:
        problems.append(("name", f"1-{MAX_NAME} characters"))
    if not isinstance(menu.get("chatBarText"), str) or not 0 < len(menu["chatBarText"]) <= MAX_BAR:
        problems.append(("chatBarText", f"1-{MAX_BAR} characters"))
    areas = menu.get("areas")
    if not isinstance(areas, list) or len(areas) > MAX_AREAS:
        return [*problems, ("areas", f"a list of at most {MAX_AREAS}")]
    for index, area in enumerate(areas):
        problems += _area_problems(area, f"areas[{index}]", width, height)
    return problems


def _area_problems(area: Any, where: str, width: int, height: int) -> list[Problem]:
    bounds = area.get("bounds") if isinstance(area, dict) else None
    box = [bounds.get(k) if isinstance(bounds, dict) else None for k in ("x", "y", "width", "height")]
    if not all(isinstance(v, int) and v >= 0 for v in box) or box[2] == 0 or box[3] == 0:
        return [(f"{where}.bounds", "x, y, width and height must be whole numbers, the sizes above 0")]
    x, y, w, h = box
    problems: list[Problem] = []
    if x + w > width or y + h > height:
        problems.append((f"{where}.bounds", "the area must lie inside the rich menu"))
    action = area.get("action")
    if not isinstance(action, dict) or action.get("type") not in ACTIONS:
        return [*problems, (f"{where}.action", "an action is required")]
    if len(str(action.get("label", ""))) > MAX_LABEL:
        problems.append((f"{where}.action.label", f"at most {MAX_LABEL} characters"))
    if action["type"] == "postback":
        if not 0 < len(str(action.get("data", ""))) <= MAX_DATA:
            problems.append((f"{where}.action.data", f"1-{MAX_DATA} characters"))
        if len(str(action.get("displayText", ""))) > MAX_DISPLAY_TEXT:
            problems.append((f"{where}.action.displayText", f"at most {MAX_DISPLAY_TEXT} characters"))
    return problems


@dataclass
class RichMenus:
    """The rich menus of one channel: created menus, their images, the default and each person's link."""

    error: ErrorAnswer
    authorized: Callable[[web.Request], bool]
    menus: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> the menu object with richMenuId
    images: dict[str, bytes] = field(default_factory=dict)
    default: str | None = None
    links: dict[str, str] = field(default_factory=dict)  # user id -> rich menu id
    calls: list[tuple[str, str]] = field(default_factory=list)  # (what, rich menu id or user id)

    def install(self, api: web.Application, data: web.Application) -> None:
        """Add the Messaging API routes to `api` and the upload route to `data` (the data host)."""
        api.router.add_post("/v2/bot/richmenu", self._create)
        api.router.add_get("/v2/bot/richmenu/list", self._list)
        api.router.add_get("/v2/bot/richmenu/{menu}", self._get)
        api.router.add_delete("/v2/bot/richmenu/{menu}", self._delete)
        api.router.add_post("/v2/bot/user/all/richmenu/{menu}", self._set_default)
        api.router.add_get("/v2/bot/user/all/richmenu", self._get_default)
        api.router.add_delete("/v2/bot/user/all/richmenu", self._cancel_default)
        api.router.add_post("/v2/bot/user/{user}/richmenu/{menu}", self._link)
        api.router.add_get("/v2/bot/user/{user}/richmenu", self._linked)
        api.router.add_delete("/v2/bot/user/{user}/richmenu", self._unlink)
        data.router.add_post("/v2/bot/richmenu/{menu}/content", self._upload)

    def shown(self, user_id: str) -> dict[str, Any] | None:
        """The menu a person sees: the one linked to them, else the default."""
        menu_id = self.links.get(user_id, self.default)
        return self.menus.get(menu_id) if menu_id else None

    def made(self, what: str) -> list[str]:
        return [target for kind, target in self.calls if kind == what]

    async def _guarded(self, request: web.Request, what: str) -> web.Response | None:
        if not self.authorized(request):
            return self.error(401, "Authentication failed.", [])
        self.calls.append((what, request.match_info.get("user") or request.match_info.get("menu") or ""))
        return None

    def _menu(self, request: web.Request, needs_image: bool = False) -> str | web.Response:
        menu_id = request.match_info["menu"]
        if menu_id not in self.menus:
            return self.error(404, "Not found", [])
        if needs_image and menu_id not in self.images:
            return self.error(400, "must upload richmenu image before applying it to user", [])
        return menu_id

    async def _create(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "create"):
            return refused
        try:
            body = await request.json()
        except ValueError:
            body = None
        if problems := menu_problems(body):
            return self.error(400, "The request body has errors", problems)
        menu_id = f"richmenu-{uuid.uuid4().hex}"
        self.menus[menu_id] = {"richMenuId": menu_id, **body}
        return web.json_response({"richMenuId": menu_id})

    async def _upload(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "upload"):
            return refused
        found = self._menu(request)
        if isinstance(found, web.Response):
            return found
        data, content_type = await request.read(), request.content_type
        size = self.menus[found]["size"]
        if found in self.images:
            return self.error(400, "An image has already been uploaded to the richmenu", [])
        if len(data) > MAX_IMAGE_BYTES:
            return self.error(413, "Request Entity Too Large", [])
        if image_size(data, content_type) != (size["width"], size["height"]):
            return self.error(400, "The image must be a PNG or JPEG of the rich menu's size", [])
        self.images[found] = data
        return web.json_response({})

    async def _list(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "list"):
            return refused
        return web.json_response({"richmenus": list(self.menus.values())})

    async def _get(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "get"):
            return refused
        found = self._menu(request)
        return found if isinstance(found, web.Response) else web.json_response(self.menus[found])

    async def _delete(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "delete"):
            return refused
        found = self._menu(request)
        if isinstance(found, web.Response):
            return found
        del self.menus[found]
        self.images.pop(found, None)
        self.links = {user: menu for user, menu in self.links.items() if menu != found}
        self.default = None if self.default == found else self.default
        return web.json_response({})

    async def _set_default(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "set_default"):
            return refused
        found = self._menu(request, needs_image=True)
        if isinstance(found, web.Response):
            return found
        self.default = found
        return web.json_response({})

    async def _get_default(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "get_default"):
            return refused
        if self.default is None:
            return self.error(404, "no default richmenu", [])
        return web.json_response({"richMenuId": self.default})

    async def _cancel_default(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "cancel_default"):
            return refused
        self.default = None
        return web.json_response({})

    async def _link(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "link"):
            return refused
        found = self._menu(request, needs_image=True)
        if isinstance(found, web.Response):
            return found
        self.links[request.match_info["user"]] = found
        return web.json_response({})

    async def _linked(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "linked"):
            return refused
        menu_id = self.links.get(request.match_info["user"])
        if menu_id is None:
            return self.error(404, "the user has no richmenu", [])
        return web.json_response({"richMenuId": menu_id})

    async def _unlink(self, request: web.Request) -> web.Response:
        if refused := await self._guarded(request, "unlink"):
            return refused
        self.links.pop(request.match_info["user"], None)
        return web.json_response({})
