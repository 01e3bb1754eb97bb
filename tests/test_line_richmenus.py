"""LINE's rich menus as a supporter meets them: each area answers, the menu follows signing and the language.

The menus are put on the fake Messaging API by `run_bot.py setup --apply` (check_line), exactly as in
production; the fake holds LINE's rules (areas inside the image, 1 MB PNG of the menu's size, uploaded on
the data host). Every answer goes out by the free Reply API; linking a menu is an API call, not a message.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from urllib.parse import unquote, urlsplit

import pytest

from bot.channels.line.richmenus import MANIFEST, MAX_IMAGE_BYTES, menu_specs, read_manifest
from bot.core.service import PetitionService
from testkit.line_api import LinePlatform, LineUser, line_platform
from testkit.line_richmenus import image_size


@pytest.fixture
async def line(service: PetitionService, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[LinePlatform]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    async with line_platform(service, rich_menus=True) as platform:
        yield platform
        assert platform.api.billable == [], "rich menus and their links are never billed messages"


def shown(user: LineUser) -> str:
    """The locale and variant of the menu a person sees, from its name."""
    _, locale, variant, _ = user.menu()["name"].split(":")
    return f"{locale}-{variant}"


async def english_newcomer(line: LinePlatform) -> LineUser:
    user = line.user()
    line.api.profiles[user.user_id] = {"displayName": "Hanako", "language": "en"}
    await user.open()
    return user


async def sign(user: LineUser) -> None:
    """Sign in English from the rich menu."""
    await user.tap("Sign")
    await user.press("I agree")
    await user.say("Hanako Yamada")
    await user.say("osaka")
    await user.press("No, thanks")
    await user.press("Confirm and sign")
    user.expect("Thank you for signing!")


async def test_every_area_of_the_menu_answers_what_it_says(line: LinePlatform) -> None:
    user = await english_newcomer(line)
    assert shown(user) == "en-unsigned"
    expected = {
        "Sign": "Do you agree and want to sign?", "The 5 concerns": "1/5", "Background": "Behind the bill",
        "Paper form": "Friends and family can sign on paper too", "Language": "Which language would you like",
        "Help": "You can type these words, or use the buttons",
    }
    assert [area["action"]["label"] for area in user.menu()["areas"]] == list(expected)
    for label, answer in expected.items():
        await user.tap(label)
        user.expect(answer)
        assert user.buttons(), f"the answer to {label!r} leaves no next step"


async def test_the_signer_gets_the_signer_menu_and_loses_it_on_withdrawal(line: LinePlatform) -> None:
    user = await english_newcomer(line)
    await sign(user)
    assert shown(user) == "en-signed"
    await user.tap("My signature")
    user.expect("Name: Hanako Yamada")
    await user.tap("Share")
    user.expect("Share on LINE", "Paper form")
    await user.tap("Updates")
    user.expect("Updates are off")
    await user.say("/withdraw")
    await user.press("Yes, delete it")
    assert shown(user) == "en-unsigned"
    links = line.api.richmenus.made("link")
    assert links == [user.user_id] * 3, "linked on the first event, on signing and on withdrawal: never again"


async def test_the_menu_follows_the_language(line: LinePlatform) -> None:
    user = line.user()
    line.api.profiles[user.user_id] = {"displayName": "花子", "language": "ja"}
    await user.open()
    assert shown(user) == "ja-unsigned"
    await user.tap("言語 / Language")
    await user.press("한국어")
    assert shown(user) == "ko-unsigned"
    await user.tap("도움말")
    user.expect("\"서명\"")  # the Korean help, naming the words to type
    assert shown(user) == "ko-unsigned"


async def test_a_friend_who_comes_by_a_line_share_link_and_signs_is_credited_once(line: LinePlatform) -> None:
    referrer = await english_newcomer(line)
    await sign(referrer)
    shares = [a["uri"] for a in referrer.actions() if a["type"] == "uri" and "line.me/R/share" in a["uri"]]
    invitation = unquote(urlsplit(shares[0]).query.removeprefix("text="))
    link = invitation[invitation.index("https://line.me/R/oaMessage/"):]
    assert link.startswith("https://line.me/R/oaMessage/@123abcde/?")
    prefilled = unquote(urlsplit(link).query)  # what LINE types into the chat for the friend
    assert prefilled.startswith("/start ")

    await referrer.say(prefilled)  # their own link never counts for them
    friend = await english_newcomer(line)
    await friend.say(prefilled)
    await friend.press("English")
    await sign(friend)
    await friend.say(prefilled)  # sent again after signing: nothing more
    await referrer.say("/status")
    referrer.expect("People who signed through your link: 1")
    async with line.service.repo.transaction() as tx:
        code = prefilled.split()[1]
        assert await tx.count_referrals(code) == 1


def test_the_committed_images_show_the_locales_labels_and_meet_line_s_limits(service: PetitionService) -> None:
    """A changed label makes this fail until `python -m bot.channels.line.richmenus.images` is run again."""
    manifest = read_manifest()
    specs = menu_specs(service.i18n, manifest)
    assert len(specs) == 2 * len(service.i18n.locales)
    for spec in specs:
        entry = manifest.get(spec.key)
        assert entry is not None, f"{spec.key}: no image; run python -m bot.channels.line.richmenus.images"
        assert not spec.stale, f"{spec.key}: the image is stale; run python -m bot.channels.line.richmenus.images"
        data = spec.image.read_bytes()
        assert len(data) <= MAX_IMAGE_BYTES and image_size(data, "image/png") == (2500, 1686)
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], f"{spec.key}: image and manifest differ"
        assert 1 <= len(spec.bar) <= 14 and all(1 <= len(label) <= 20 for label in spec.labels)
    assert set(json.loads(MANIFEST.read_text(encoding="utf-8"))) == {spec.key for spec in specs}
