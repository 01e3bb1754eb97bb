"""Whole conversations on LINE: signed webhooks in, the real SDK replying to a fake Messaging API.

Every conversation here is answered through the Reply API only: the fixture checks that no push,
multicast, broadcast or narrowcast request reached the fake API.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import unquote

import pytest

from bot.core.service import PetitionService
from testkit.line_api import LinePlatform, LineUser, line_platform


@pytest.fixture
async def line(service: PetitionService, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[LinePlatform]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")  # the SDK's client honours proxy settings
    async with line_platform(service) as platform:
        yield platform
        assert platform.api.billable == [], "a conversation must never push, multicast or broadcast"


async def person(service: PetitionService, user_id: str) -> dict[str, object]:
    async with service.repo.transaction() as tx:
        record = await tx.get_person("line", user_id)
    assert record is not None
    return {"step": record.step, "reachable": record.reachable, "language": record.language}


async def sign_in_japanese(user: LineUser) -> None:
    """Follow, choose Japanese and sign as 山田 花子 from Tokyo."""
    await user.open()
    await user.press("日本語")
    await user.press("署名する")
    await user.press("同意する")
    await user.say("山田 花子")
    await user.say("東京")
    await user.press("受け取らない")
    await user.press("署名する")


async def test_japanese_conversation_from_follow_to_thanks_then_status_and_withdraw(
    line: LinePlatform, service: PetitionService
) -> None:
    user = line.user()
    await user.open()
    user.expect("ようこそ", "Open the Gate for All", "使う言語を選んでください")
    assert user.buttons()[:3] == ["日本語", "やさしい日本語", "English"]  # by readers in Japan
    await user.press("日本語")
    user.expect("署名の内容", "衆議院議長", "法務大臣")
    await user.press("5つの問題")
    for position in range(1, 6):
        user.expect(f"{position}/5", f"5つの問題:{position}/5")  # the card, and its alternative text
        if position < 5:
            await user.press("次へ")
    await user.press("背景")
    user.expect("ウィシュマ・サンダマリ", "2014年3月30日", "牛久", "デニズ", "仮放免")
    await user.press("署名する")
    user.expect("集める情報", "おひとり1回", "「取り消し」 で削除")  # LINE names the word to type
    await user.press("同意する")
    user.expect("お名前を入力してください")
    await user.say("山田 花子")
    user.expect("お住まいの都道府県")
    assert len(user.buttons()) == 11  # the shortlist, abroad, skip and cancel, as quick replies
    await user.press("東京都")
    await user.press("受け取らない")
    user.expect("山田 花子、東京都", "お知らせ:受け取らない")
    await user.press("署名する")
    user.expect("現在の署名数:1", "〒110-0005 東京都台東区上野1-12-6 3F", "ダウンロード", "LINEでシェア")
    assert user.last[0]["type"] == "text" and "quickReply" not in user.last[0]
    assert "登録内容" in [item["action"]["label"] for item in user.last[-1]["quickReply"]["items"]]
    shares = [a["uri"] for a in user.actions() if a["type"] == "uri" and "line.me/R/share" in a["uri"]]
    assert len(shares) == 1 and "https://line.me/R/oaMessage/@123abcde/?%2Fstart%20" in unquote(shares[0])
    await user.say("状況")
    user.expect("お名前:山田 花子", "都道府県:東京都", "1 人目")
    await user.say("/withdraw")
    user.expect("署名を取り消しますか")
    await user.press("取り消す")
    user.expect("取り消しました")
    await user.say("/status")
    user.expect("まだ署名していません")
    user.expect_not("山田")
    assert (await service.repo.totals()).signatures == 0
    assert line.api.billable == []


async def test_english_conversation_with_the_profile_language(line: LinePlatform, service: PetitionService) -> None:
    user = line.user()
    line.api.profiles[user.user_id] = {"displayName": "Hanako", "language": "en"}
    await user.open()  # the profile names English: no picker, the petition at once with a Language button
    user.expect("Welcome!", "To use another language, press “Language”.")
    user.expect_not("Which language would you like to use?")
    assert "Language" in user.buttons()
    user.expect("The petition", "the Speaker of the House of Representatives")
    await user.press("The 5 concerns")
    for position in range(1, 6):
        user.expect(f"{position}/5")
        if position < 5:
            await user.press("Next")
    await user.press("Sign")
    await user.press("I agree")
    await user.say("Hanako Yamada")
    await user.say("osaka")
    await user.press("Yes, send updates")
    user.expect("Hanako Yamada, Osaka", "Updates: yes")
    await user.press("Confirm and sign")
    user.expect("So far one person has signed", "So far one person has signed", "Paper form", "Share on LINE")
    await user.press("My signature")
    user.expect("Name: Hanako Yamada", "Prefecture: Osaka")
    await user.say("/withdraw")
    await user.press("Yes, delete it")
    user.expect("deleted")
    assert (await person(service, user.user_id))["language"] == "en"
    assert (await service.repo.totals()).signatures == 0
    assert line.api.billable == []


async def test_a_redelivered_event_is_applied_once_and_answered_once(
    line: LinePlatform, service: PetitionService
) -> None:
    user = line.user()
    await sign_in_japanese(user)
    user.expect("現在の署名数:1")
    replies = len(line.api.made("reply"))
    await user.redeliver()  # the confirmation again, with a new reply token
    assert user.last == []
    assert len(line.api.made("reply")) == replies
    assert (await service.repo.totals()).signatures == 1
    await user.say("/status")
    user.expect("1 人目")
    assert line.api.billable == []


async def test_unfollow_then_follow_again(line: LinePlatform, service: PetitionService) -> None:
    user = line.user()
    await sign_in_japanese(user)
    calls = len(line.api.calls)
    await user.unfollow()
    assert len(line.api.calls) == calls  # no reply token, nothing sent
    assert (await person(service, user.user_id))["reachable"] is False
    await user.follow(unblocked=True)
    assert (await person(service, user.user_id))["reachable"] is True
    user.expect("おかえりなさい", "お名前:山田 花子", "何をしますか")
    assert line.api.made("profile") == [line.api.calls[0]]  # only the first follow asked for the profile
    assert line.api.billable == []


async def test_a_returning_person_who_had_not_signed_is_greeted_again(
    line: LinePlatform, service: PetitionService
) -> None:
    user = line.user()
    await user.open()
    await user.unfollow()
    await user.follow(unblocked=True)
    user.expect("ようこそ")
    assert (await person(service, user.user_id))["reachable"] is True


async def test_a_sticker_mid_flow_gets_a_friendly_answer_and_the_same_question(
    line: LinePlatform, service: PetitionService
) -> None:
    user = line.user()
    await user.open()
    await user.press("日本語")
    await user.press("署名する")
    await user.press("同意する")
    await user.sticker()
    user.expect("ありがとうございます", "文字とボタン", "お名前を入力してください")
    assert user.buttons() == ["やめる"]
    assert (await person(service, user.user_id))["step"] == "name"
    await user.say("山田 花子")
    user.expect("お住まいの都道府県")
    assert line.api.billable == []


async def test_typed_commands_and_old_buttons_work_as_on_the_console(line: LinePlatform) -> None:
    user = line.user()
    await user.open()
    await user.press("English")
    await user.say("/help")
    user.expect("\"withdraw\" – delete your signature")  # LINE has no slash commands: the words
    await user.postback("consent:yes")  # a button from a step the person is not at
    user.expect("That button belongs to an earlier step.")
    await user.postback("not a payload")
    user.expect("That button belongs to an earlier step.")
    await user.say("/paper")
    assert [a["uri"] for a in user.actions() if a["type"] == "uri"] == ["https://bit.ly/3Z2gt8u"]
    assert user.last[0]["type"] == "flex" and user.last[0]["altText"].startswith("✉️")
    assert line.api.billable == []
