"""The fake LINE holds LINE's rules for rich menus, so that the bot's set-up is tested against them."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from PIL import Image

from testkit.line_api import ACCESS_TOKEN, FakeLineApi

AUTH = {"Authorization": f"Bearer {ACCESS_TOKEN}"}
Fake = tuple[FakeLineApi, str, aiohttp.ClientSession]


def menu(**changes: Any) -> dict[str, Any]:
    area = {"bounds": {"x": 0, "y": 0, "width": 1250, "height": 843},
            "action": {"type": "postback", "label": "Sign", "data": "sign", "displayText": "Sign"}}
    return {"size": {"width": 2500, "height": 843}, "selected": False, "name": "petition:en:unsigned:x",
            "chatBarText": "Menu", "areas": [area], **changes}


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Fake]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    api = FakeLineApi()
    url = await api.start()
    async with aiohttp.ClientSession(headers=AUTH) as session:
        yield api, url, session
    await api.close()


async def test_menus_are_checked_as_line_does(fake: Fake) -> None:
    api, url, session = fake
    wrong = [
        menu(size={"width": 2500, "height": 2500}),
        menu(chatBarText="a bar text far too long"),
        menu(areas=[{**menu()["areas"][0], "bounds": {"x": 2000, "y": 0, "width": 1000, "height": 843}}]),
        menu(areas=[{**menu()["areas"][0], "action": {"type": "postback", "label": "x" * 21, "data": "sign"}}]),
        menu(areas=[menu()["areas"][0]] * 21),
    ]
    for body in wrong:
        async with session.post(f"{url}/v2/bot/richmenu", json=body) as response:
            assert response.status == 400, body
    assert api.richmenus.menus == {}


async def test_images_go_to_the_data_host_within_line_s_limits(fake: Fake) -> None:
    api, url, session = fake
    async with session.post(f"{url}/v2/bot/richmenu", json=menu()) as response:
        menu_id = (await response.json())["richMenuId"]
    link = f"{url}/v2/bot/user/U1/richmenu/{menu_id}"
    async with session.post(link) as response:
        assert response.status == 400, "a menu without its image cannot be linked"
    content = f"/v2/bot/richmenu/{menu_id}/content"
    headers = {"Content-Type": "image/png"}
    async with session.post(f"{url}{content}", data=png(2500, 843), headers=headers) as response:
        assert response.status in (404, 405), "uploads go to the data host, not the API host"
    async with session.post(f"{api.data_url}{content}", data=png(2500, 1686), headers=headers) as response:
        assert response.status == 400, "the image must have the menu's size"
    async with session.post(f"{api.data_url}{content}", data=b"\x89PNG" + b"0" * 1_100_000, headers=headers) as r:
        assert r.status == 413
    async with session.post(f"{api.data_url}{content}", data=png(2500, 843), headers=headers) as response:
        assert response.status == 200
    async with session.post(link) as response:
        assert response.status == 200 and api.richmenus.shown("U1") is not None
    async with session.delete(f"{url}/v2/bot/richmenu/{menu_id}") as response:
        assert response.status == 200 and api.richmenus.shown("U1") is None
