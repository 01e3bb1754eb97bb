"""Whole conversations through the console channel, in English and Japanese."""

from __future__ import annotations

from bot.core.service import PetitionService
from tests.chat import ConsoleChat


async def test_english_conversation_reads_signs_checks_status_and_withdraws(service: PetitionService) -> None:
    chat = ConsoleChat(service)
    await chat.open()
    chat.expect("Open the Gate for All", "日本語", "English")
    await chat.press("English")
    chat.expect("The petition", "the Speaker of the House of Representatives", "the Minister of Justice")
    await chat.press("The 5 concerns")
    for position in range(1, 6):
        chat.expect(f"{position}/5")
        if position < 5:
            await chat.press("Next")
    await chat.press("Background")
    chat.expect("Wishma Sandamali", "30 March 2014", "Ushiku", "Deniz", "provisional release")
    await chat.press("Sign")
    chat.expect("What we collect", "One signature per person", "/withdraw")
    await chat.press("I agree")
    chat.expect("type your name")
    await chat.say("Hanako Yamada")
    chat.expect("Which prefecture")
    await chat.say("tokyo")
    chat.expect("updates")
    await chat.press("Yes, send updates")
    chat.expect("Hanako Yamada, Tokyo", "Updates: yes")
    await chat.press("Confirm and sign")
    chat.expect("So far one person has signed", "https://bit.ly/3Z2gt8u", "〒110-0005", "Download the form")
    await chat.say("/status")
    chat.expect("Name: Hanako Yamada", "Prefecture: Tokyo", "signer no. 1")
    await chat.say("/withdraw")
    chat.expect("Delete your signature?")
    await chat.press("Yes, delete it")
    chat.expect("deleted")
    await chat.say("/status")
    chat.expect("You have not signed")
    chat.expect_not("Hanako")
    assert (await service.repo.totals()).signatures == 0


async def test_japanese_conversation_reads_signs_checks_status_and_withdraws(service: PetitionService) -> None:
    chat = ConsoleChat(service)
    await chat.open()
    await chat.press("日本語")
    chat.expect("署名の内容", "衆議院議長", "法務大臣")
    await chat.press("5つの問題")
    for position in range(1, 6):
        chat.expect(f"{position}/5")
        if position < 5:
            await chat.press("次へ")
    await chat.press("背景")
    chat.expect("ウィシュマ・サンダマリ", "2014年3月30日", "牛久", "デニズ", "仮放免")
    await chat.press("署名する")
    chat.expect("集める情報", "おひとり1回", "/withdraw")
    await chat.press("同意する")
    await chat.say("山田 花子")
    await chat.say("東京")
    await chat.press("受け取らない")
    chat.expect("山田 花子、東京都", "お知らせ:受け取らない")
    await chat.press("署名する")
    chat.expect("現在の署名数:1", "https://bit.ly/3Z2gt8u", "〒110-0005 東京都台東区上野1-12-6 3F", "ダウンロード")
    await chat.say("状況")
    chat.expect("お名前:山田 花子", "都道府県:東京都")
    await chat.say("/withdraw")
    await chat.press("取り消す")
    chat.expect("取り消しました")
    await chat.say("/status")
    chat.expect("まだ署名していません")
