"""Locales beyond the signing flow: the report, the language menu, language hints, CLDR formatting,
review status and scripts kept intact."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.numbers import format_decimal

import handlers
import run_bot
from bot.channels.line.render import MAX_TEXT, LineRenderer, clip_utf16, utf16_len
from bot.core.campaign import CampaignError, load_campaign
from bot.core.context import Context
from bot.core.i18n import LOCALES_DIR, I18n, cldr_locale, discover_locales, is_derived, match_locale
from bot.core.payload import Action, Payload
from bot.core.service import PetitionService
from bot.core.text_match import fold_place
from bot.core.types import Button, Event, EventKind, OutMessage, Session, Step, Text
from bot.organizing.stats import format_stats
from bot.translation.report import build_reports, format_reports
from handlers.names import check_name
from handlers.start import LANGUAGES_PER_PAGE, language_buttons
from storage.reports import Stats
from testkit.telegram_api import FakeTelegram, running_bot
from tests.conftest import FIXED_NOW

CAMPAIGN = load_campaign()
SOURCE = CAMPAIGN.default_language


# The report ------------------------------------------------------------------------------------------


def test_the_report_is_clean_and_covers_every_locale(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_bot.main(["locales"]) == 0
    out = capsys.readouterr().out
    for locale in discover_locales():
        assert f"\n{locale} " in out
    assert "locales are clean" in out


@pytest.fixture
def broken_root(tmp_path: Path) -> Path:
    """A locales tree with the source and a copy of English that has one of each problem."""
    for locale in (SOURCE, "en"):
        shutil.copytree(LOCALES_DIR / locale, tmp_path / locale)
    bad = tmp_path / "xx-broken"
    shutil.copytree(LOCALES_DIR / "en", bad)
    buttons = (bad / "buttons.ftl").read_text(encoding="utf-8")
    buttons = buttons.replace("button-next = Next", "button-next = Next, and then the one after it")
    buttons = buttons.replace("button-skip = Skip\n", "")  # missing
    buttons += "button-obsolete = Old\nbroken = { $unclosed\n"  # obsolete, and a syntax error
    (bad / "buttons.ftl").write_text(buttons, encoding="utf-8")
    petition = (bad / "petition.ftl").read_text(encoding="utf-8")
    petition = petition.replace("menu = What would you like to do?", "menu = What { $who } would like to do?\u200b")
    (bad / "petition.ftl").write_text(unicodedata.normalize("NFD", petition + "\nx-cafe = café\n"), encoding="utf-8")
    keywords = (bad / "keywords.ftl").read_text(encoding="utf-8").replace("keywords-menu = menu", "keywords-menu = yes")
    (bad / "keywords.ftl").write_text(keywords, encoding="utf-8")
    (bad / "meta.ftl").write_text("language-name = Broken\n-reviewed = maybe\n", encoding="utf-8")
    return tmp_path


def test_the_report_names_every_kind_of_problem(broken_root: Path) -> None:
    reports = {r.locale: r for r in build_reports(SOURCE, broken_root, CAMPAIGN)}
    assert reports[SOURCE].errors == []
    assert reports["en"].errors == ["the keyword 'yes' means keywords-menu and keywords-yes"]  # both sides
    errors = "\n".join(reports["xx-broken"].errors)
    for expected in (
        "missing message button-skip", "obsolete message button-obsolete", "obsolete message x-cafe",
        "menu uses ['who'], the source uses []", "syntax error in buttons.ftl:", "button label button-next has",
        "petition.ftl is not in Unicode NFC form", "invisible characters U+200B", "the keyword 'yes' means",
        "-reviewed must be", "not a language tag CLDR knows",
    ):
        assert expected in errors, f"{expected!r} not in:\n{errors}"
    assert reports["xx-broken"].coverage < 1
    assert "warning: campaign.toml has no [text.xx-broken] partners" in format_reports(list(reports.values()), SOURCE)


def test_a_locale_without_a_review_flag_is_only_a_warning(tmp_path: Path) -> None:
    for locale in (SOURCE, "en"):
        shutil.copytree(LOCALES_DIR / locale, tmp_path / locale)
    (tmp_path / "en" / "meta.ftl").write_text("language-name = English\n", encoding="utf-8")
    english = next(r for r in build_reports(SOURCE, tmp_path, CAMPAIGN) if r.locale == "en")
    assert english.errors == [] and any("-reviewed" in w for w in english.warnings)
    assert I18n(SOURCE, root=tmp_path).reviewed["en"] is False


# Review status and the campaign setting ----------------------------------------------------------------


def test_the_menu_can_offer_only_reviewed_locales() -> None:
    every, reviewed = I18n(SOURCE), I18n(SOURCE, menu="reviewed")
    assert every.locales == every.all_locales and every.locales[0] == SOURCE
    assert reviewed.locales == [loc for loc in every.all_locales if every.reviewed[loc] or loc == SOURCE]
    assert reviewed.menu_locales == [loc for loc in every.menu_locales if loc in reviewed.locales]
    assert every.menu_locales[:6] == ["ja", "ja-easy", "en", "zh-Hans", "zh-Hant", "vi"]  # by readers in Japan
    assert set(reviewed.bundles) == set(every.bundles)  # people who chose another language keep it
    assert {"ja", "en"} <= set(reviewed.locales) and "vi" not in reviewed.locales


def test_the_campaign_setting_is_checked(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "campaign.toml").read_text(encoding="utf-8")
    assert load_campaign().language_menu == "all"
    path = tmp_path / "campaign.toml"
    path.write_text(text.replace('language_menu = "all"', 'language_menu = "reviewed"'), encoding="utf-8")
    assert load_campaign(path).language_menu == "reviewed"
    path.write_text(text.replace('language_menu = "all"', 'language_menu = "some"'), encoding="utf-8")
    with pytest.raises(CampaignError, match="language_menu"):
        load_campaign(path)


def test_stats_show_which_locales_are_reviewed() -> None:
    stats = Stats(signatures=0, by_platform={}, by_language={}, by_prefecture={}, by_day=[], people=0,
                  subscribers=0, unreachable=0, withdrawals=0, top_referrers=[])
    report = format_stats(stats, {}, I18n(SOURCE).review_status())
    assert "Translations" in report
    assert "  ja " in report and "not reviewed" in report.split("  vi ")[1].splitlines()[0]


# The language menu -------------------------------------------------------------------------------------


def context(locales: tuple[str, ...], hint: str | None = None) -> Context:
    event = Event("test", "u1", EventKind.BUTTON, language_hint=hint)
    return Context(event=event, now=FIXED_NOW, default_locale=locales[0], locales=locales)


def pages(session: Session, ctx: Context) -> list[list[str]]:
    """Collect the menu's pages by following its 'more' button until it comes back to the first."""
    found, page = [], 1
    while True:
        buttons = language_buttons(session, ctx, page)
        found.append([b.payload.value for b in buttons])
        more = [b.payload.value for b in buttons if b.payload.value.isdigit()]
        if not more or more[0] == "1":
            return found
        page = int(more[0])


@pytest.mark.parametrize("count", [1, 2, 8, 9, 13, 15, 30])
def test_the_menu_pages_every_language_once_with_few_buttons_a_page(count: int) -> None:
    locales = tuple(f"l{n}" for n in range(count))
    found = pages(Session("test", "u1", language="l3"), context(locales, hint="l5" if count > 5 else None))
    shown = [value for page in found for value in page if not value.isdigit()]
    assert sorted(shown) == sorted(locales) and len(shown) == count
    assert all(len(page) <= LANGUAGES_PER_PAGE + 1 <= 13 for page in found)
    assert (len(found) > 1) is (count > LANGUAGES_PER_PAGE + 1)
    if count > 5:
        assert found[0][0] == "l5"  # the person's platform language first, not the one chosen (l3)


def test_the_more_button_turns_the_page_and_keeps_the_step() -> None:
    service_locales = tuple(I18n(SOURCE).locales)
    session = Session("test", "u1", language="vi", step=Step.LANGUAGE)
    ctx = Context(event=Event("test", "u1", EventKind.BUTTON, payload=Payload(Action.LANGUAGE, "2")), now=FIXED_NOW,
                  default_locale=SOURCE, locales=service_locales)
    outcome = handlers.handle(session, ctx)
    assert outcome.session.step is Step.LANGUAGE and outcome.session.language == "vi"
    assert [r.text.id for r in outcome.replies] == ["language-prompt"]
    offered = [b.payload.value for b in outcome.replies[0].buttons if isinstance(b, Button)]
    first = [b.payload.value for b in language_buttons(session, ctx)]
    assert not set(offered) & set(first) - {"1", "2"}


# Language hints ------------------------------------------------------------------------------------------


HINTS = {
    "ja": "ja", "ja-JP": "ja", "en-GB": "en", "en_US": "en", "zh-CN": "zh-Hans", "zh-hans": "zh-Hans",
    "zh-Hans-CN": "zh-Hans", "zh-TW": "zh-Hant", "zh-HK": "zh-Hant", "pt": "pt-BR", "pt-br": "pt-BR",
    "pt_PT": "pt-BR", "fil": "tl",
    "tl": "tl", "in": "id", "id-ID": "id", "my-MM": "my", "si-LK": "si", "ne-NP": "ne", "ko-KR": "ko",
    "vi": "vi", "tr-TR": "tr", "ja-easy": "ja-easy",
}


@pytest.mark.parametrize(("hint", "expected"), HINTS.items())
def test_a_platform_hint_picks_the_locale_it_asks_for(hint: str, expected: str) -> None:
    locales = I18n(SOURCE).locales
    if expected in locales:
        assert match_locale(hint, locales) == expected
        assert context(tuple(locales)).locale_for_hint(match_locale(hint, locales)) == expected


@pytest.mark.parametrize("hint", [None, "", "de", "xx", "und", "123", "-", "th-TH"])
def test_an_unknown_hint_picks_nothing_and_the_core_falls_back_to_the_default(hint: str | None) -> None:
    locales = I18n(SOURCE).locales
    assert match_locale(hint, locales) is None
    assert context(tuple(locales)).locale_for_hint(hint) == SOURCE


def test_the_core_alone_maps_plain_tags_without_cldr() -> None:
    ctx = context(("ja", "en", "ja-easy", "pt-BR", "zh-Hans"))
    assert ctx.locale_for_hint("ja-JP") == "ja" and ctx.locale_for_hint("JA-EASY") == "ja-easy"
    assert ctx.locale_for_hint("pt_PT") == "pt-BR" and ctx.locale_for_hint("zh-CN") == "zh-Hans"


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.close()


async def test_telegram_menus_one_locale_per_app_language(telegram: FakeTelegram, service: PetitionService) -> None:
    async with running_bot(telegram, service) as bot:
        assert bot.channel.locale_for("pt-br") == "pt-BR" and bot.channel.locale_for("de") == "en"
    start = {code: commands[0]["description"] for code, commands in telegram.commands.items()}
    assert start["ja"] == service.i18n.format("ja", "telegram-command-start")  # not the ja-easy one
    assert start[None] == service.i18n.format("en", "telegram-command-start")
    assert {"zh", "pt", "vi", "ne", "my", "si"} <= set(start) and not any("-" in (c or "") for c in start)


# Numbers, dates and plurals ------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", I18n(SOURCE).locales)
def test_numbers_and_dates_follow_cldr(locale: str) -> None:
    i18n = I18n(SOURCE, strict=True)
    cldr = cldr_locale(locale)
    assert cldr is not None and (cldr.split("_")[0] == "ja") is (locale.split("-")[0] == "ja")
    variables = {**CAMPAIGN.variables(locale), "number": 1234567, "total": 1234567}
    assert format_decimal(1234567, locale=cldr) in i18n.format(locale, "signed-thanks", variables)
    status = i18n.format(locale, "status-signed", {
        "name": "N", "place": "P", "date": datetime(2026, 11, 26, 12, tzinfo=UTC), "number": 7, "updates": "U",
        "language": "L", "referrals": 0,
    })
    assert "2026" in status and "\u2068" not in status


def test_a_cldr_unknown_variant_formats_like_its_language() -> None:
    assert cldr_locale("ja-easy") == "ja" and is_derived("ja-easy") and not is_derived("pt-BR")
    assert cldr_locale("tl") == "fil_PH" and cldr_locale("zh-Hans") == "zh_Hans"


@pytest.mark.parametrize(("locale", "one", "two"), [
    ("en", "So far one person has signed", "So far 2 people have signed"),
    ("pt-BR", "Até agora, uma pessoa assinou", "Até agora, 2 pessoas assinaram"),
])
def test_plurals_pick_the_locale_s_form(locale: str, one: str, two: str) -> None:
    i18n = I18n(SOURCE, strict=True)
    variables = {**CAMPAIGN.variables(locale), "number": 1}
    assert one in i18n.format(locale, "signed-thanks", {**variables, "total": 1})
    assert two in i18n.format(locale, "signed-thanks", {**variables, "total": 2})


# Scripts arrive intact -------------------------------------------------------------------------------------


def test_every_translation_file_is_nfc() -> None:
    for path in LOCALES_DIR.glob("*/*.ftl"):
        assert unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8")), path


def test_joiners_survive_rendering_and_line_layout(service: PetitionService) -> None:
    text = service.renderer.text(Text("privacy"), "si")
    source = (LOCALES_DIR / "si" / "signing.ftl").read_text(encoding="utf-8")
    assert "\u200d" in text and text.count("\u200d") <= source.count("\u200d")
    laid = LineRenderer(service.i18n, service.campaign).message(OutMessage(text, message_id="privacy"), "si")
    assert laid["text"] == LineRenderer(service.i18n, service.campaign).words.spell_out(text, "si")
    assert laid["text"].count("\u200d") == text.count("\u200d")


def test_line_counts_texts_in_utf16_units() -> None:
    assert utf16_len("🙂") == 2 and utf16_len("မြန်မာ") == 6 and utf16_len("ශ්‍රී") == 5
    clipped = clip_utf16("あ" * (MAX_TEXT - 1) + "🙂🙂", MAX_TEXT)
    assert utf16_len(clipped) <= MAX_TEXT and clipped.startswith("あ") and "\ud83d" not in clipped


def test_every_background_keeps_the_facts() -> None:
    i18n = I18n(SOURCE, strict=True)
    for locale in i18n.locales:
        text = i18n.format(locale, "background")
        assert "2014" in text and "2021" in text and "2015" not in text, locale
        assert ("Wishma" in text or "ウィシュマ" in text) and ("Deniz" in text or "デニズ" in text), locale


def test_typed_prefectures_match_in_every_script(service: PetitionService) -> None:
    for typed, code in [("도쿄", "13"), ("도쿄도", "13"), ("아이치", "23"), ("爱知", "23"), ("爱知县", "23"),
                        ("Tóquio", "13"), ("北海道", "01"), ("홋카이도", "01"), ("大阪府(おおさかふ)", "27")]:
        assert service.places.get(fold_place(typed)) == code, typed


def test_a_sinhala_name_with_a_joiner_is_accepted() -> None:
    assert check_name("ශ්‍රියානි පෙරේරා").name == "ශ්‍රියානි පෙරේරා"


def test_the_readme_lists_every_language_with_its_review_status() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Languages", 1)[1].split("\n## ", 1)[0]
    rows = {line.split("|")[2].strip(" `"): line.split("|")[3].strip() for line in section.splitlines()
            if line.startswith("| ") and "`" in line}
    i18n = I18n(SOURCE)
    assert rows == {loc: "reviewed" if i18n.reviewed[loc] else "not reviewed" for loc in i18n.all_locales}
