"""The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium).

A real bot process serves LINE and Telegram against the fake platforms; people sign through them. An
organizer opens a link printed by `run_bot.py dashboard-link`, sees their count, writes and sends a
broadcast that reaches the fakes, watches it finish, downloads the export and signs out: at a phone's
size (in Japanese) and at a desktop's (in English). The README's screenshots are saved from these runs.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from bot.core.i18n import I18n
from testkit.line_api import FakeLineApi, LineUser
from testkit.telegram_api import FakeTelegram, TelegramPerson
from tests.bot_process import ROOT, BotProcess, bot_processes, wait_for
from tests.test_two_instances import TwoInstanceLine, settings

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SCREENSHOTS = ROOT / "docs" / "img"
SIZES = {"phone": (360, 740, "ja"), "desktop": (1280, 900, "en")}
I18N = I18n("ja")


def label(locale: str, message_id: str) -> str:
    return I18N.format(locale, message_id)


async def sign_on_line(user: LineUser, locale: str, name: str) -> None:
    """Follow, choose a language, sign with updates: the fake LINE delivers each event and waits for the reply."""
    await user.open()
    await user.press(label(locale, "language-name"))
    for step in ("button-sign", "button-agree"):
        await user.press(label(locale, step))
    await user.say(name)
    await user.press(label(locale, "button-skip"))
    await user.press(label(locale, "button-updates-yes"))
    await user.press(label(locale, "button-confirm"))


async def sign_on_telegram(person: TelegramPerson, fake: FakeTelegram, locale: str, name: str) -> None:
    """The same on Telegram, waiting for each answer of the bot process."""

    async def step(act: object) -> None:
        before = len(fake.sent_to(person.id))
        await act  # type: ignore[misc]
        await wait_for(lambda: _more(fake, person.id, before), "the bot's answer on Telegram")

    async def petition_shown() -> bool:
        return label(locale, "button-sign") in person.buttons()

    await person.open()  # the app names the language: the petition in it at once, no picker
    await wait_for(petition_shown, "the petition on Telegram")
    for message_id in ("button-sign", "button-agree"):
        await step(person.press(label(locale, message_id)))
    await step(person.say(name))
    for message_id in ("button-skip", "button-updates-yes", "button-confirm"):
        await step(person.press(label(locale, message_id)))


async def _more(fake: FakeTelegram, chat: int, before: int) -> bool:
    return len(fake.sent_to(chat)) > before


def sign_in_link(bot: BotProcess, database_url: str) -> str:
    """What an organizer gets from `run_bot.py dashboard-link`: the URL on the last line."""
    env = {**os.environ, "DATABASE_URL": database_url, "DASHBOARD_URL": f"{bot.url}/dashboard/"}
    result = subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "dashboard-link"], env=env, cwd=bot.log.parent,
                            capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.splitlines()[-1]


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[tuple[WebDriver, Path]]:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # to see script errors and refused assets
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver, downloads
    finally:
        driver.quit()


def wait_until(driver: WebDriver, condition: str, what: str, timeout: float = 30) -> None:
    """Wait for a JavaScript condition in the page."""
    deadline = time.monotonic() + timeout
    while not driver.execute_script(f"return Boolean({condition})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}; page: {driver.page_source[:3000]}")
        time.sleep(0.2)


def fits(driver: WebDriver) -> None:
    """Nothing is wider than the window (no sideways scrolling of the page)."""
    wide = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert wide <= 0, f"{driver.current_url} is {wide}px wider than the window"


def organizer_session(driver: WebDriver, downloads: Path, link: str, size: str, fakes: tuple[FakeLineApi, FakeTelegram],
                      telegram_chat: int) -> None:
    """One organizer's whole visit, at one window size and in one language."""
    width, height, locale = SIZES[size]
    driver.set_window_size(width, height)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": size == "phone"})
    base = link.split("/signin/")[0]
    driver.get(link)
    driver.find_element(By.ID, "signin").click()
    wait_until(driver, "document.querySelector('[data-live=total]')", "the overview")
    driver.get(f"{base}/language?lang={locale}")  # the footer's language links
    wait_until(driver, f"document.documentElement.lang === {locale!r}", "the chosen language")
    assert driver.find_element(By.CSS_SELECTOR, "[data-live=total]").text == "3"  # the fakes' three signers
    assert driver.find_element(By.CSS_SELECTOR, "svg.chart")
    fits(driver)
    if size == "phone":
        driver.save_screenshot(str(SCREENSHOTS / "dashboard-overview-phone.png"))

    driver.get(f"{base}/funnel")
    assert "3" in driver.find_element(By.CSS_SELECTOR, "table.funnel").text
    fits(driver)
    if size == "desktop":
        driver.save_screenshot(str(SCREENSHOTS / "dashboard-funnel.png"))

    driver.find_element(By.CSS_SELECTOR, "nav a[href='/dashboard/broadcasts']").click()
    update = {"ja": "署名が3筆になりました。ありがとうございます。", "en": "We have 3 signatures. Thank you!"}
    driver.find_element(By.ID, "text-ja").send_keys(update["ja"])
    if size == "desktop":
        driver.find_element(By.XPATH, "//details[textarea[@id='text-en']]/summary").click()
        driver.find_element(By.ID, "text-en").send_keys(update["en"])
    driver.find_element(By.ID, "link").send_keys("https://example.org/news")
    driver.find_element(By.ID, "preview").click()
    wait_until(driver, "document.getElementById('previews')", "the preview")
    plan = driver.find_element(By.CSS_SELECTOR, "table.plan").text
    fallbacks = [element.text for element in driver.find_elements(By.CSS_SELECTOR, ".fallback")]
    if size == "phone":  # only Japanese: the English and Portuguese readers get it, said plainly
        assert "英語" in plan and len(fallbacks) == 2
    else:  # Japanese and English: only the Portuguese reader gets the Japanese text
        assert fallbacks == ["The Japanese text (there is no Portuguese (Brazil) text)"], fallbacks
        driver.save_screenshot(str(SCREENSHOTS / "dashboard-broadcast-preview.png"))
    fits(driver)
    line_api, telegram = fakes
    multicasts, telegram_sent = len(line_api.made("multicast")), len(telegram.sent_to(telegram_chat))
    driver.find_element(By.ID, "send").click()
    done = {"ja": "完了", "en": "Finished"}[locale]
    wait_until(driver, f"document.getElementById('job-state') && document.getElementById('job-state')"
                       f".textContent.includes({done!r})", "the broadcast to finish")
    assert len(line_api.made("multicast")) > multicasts
    assert any(update["ja"] in sent.text for sent in telegram.sent_to(telegram_chat)[telegram_sent:])

    driver.find_element(By.CSS_SELECTOR, "nav a[href='/dashboard/signatures']").click()
    for earlier in downloads.iterdir():
        earlier.unlink()
    driver.find_element(By.ID, "export").click()
    deadline = time.monotonic() + 30
    while not (new := [p for p in downloads.iterdir() if p.suffix == ".csv"]):
        assert time.monotonic() < deadline, f"the export was not downloaded: {list(downloads.iterdir())}"
        time.sleep(0.2)
    exported = new[0].read_text(encoding="utf-8-sig")
    assert "Line Taro" in exported and "Tele Hanako" in exported
    fits(driver)

    errors = [e["message"] for e in driver.get_log("browser")
              if e["level"] == "SEVERE" and "favicon" not in e["message"]]
    assert errors == []  # no script error, nothing refused by the Content-Security-Policy

    driver.find_element(By.CSS_SELECTOR, "form.signout button").click()
    wait_until(driver, "location.pathname === '/dashboard/signin'", "the sign-in page")
    driver.get(f"{base}/")
    assert driver.current_url.endswith("/dashboard/signin")
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-live=total]")


async def test_an_organizer_runs_the_campaign_from_a_browser(tmp_path: Path, browser: tuple[WebDriver, Path],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    driver, downloads = browser
    line_api, telegram = FakeLineApi(), FakeTelegram()
    line_url = await line_api.start()
    await telegram.start()
    database_url = f"sqlite:///{tmp_path / 'petition.db'}"
    try:
        async with bot_processes([settings(database_url, line_url, telegram.url)], tmp_path) as (bot,):
            telegram.webhook_target = f"{bot.url}/telegram/webhook"
            await wait_for(lambda: _webhook_set(telegram), "the Telegram webhook")
            line = TwoInstanceLine(line_api, [bot])
            line.both = False
            await sign_on_line(line.user(), "en", "Line Taro")
            await sign_on_line(line.user(), "ja", "ライン 花子")
            hanako = TelegramPerson(telegram, 4242, first_name="Hanako", language_code="pt")
            await sign_on_telegram(hanako, telegram, "pt-BR", "Tele Hanako")
            for size in SIZES:
                link = await asyncio.to_thread(sign_in_link, bot, database_url)
                await asyncio.to_thread(organizer_session, driver, downloads, link, size, (line_api, telegram),
                                        hanako.id)
            used = await asyncio.to_thread(lambda: (driver.get(link), driver.current_url)[1])
            assert used.endswith("/dashboard/signin?why=used")
    finally:
        await line_api.close()
        await telegram.close()


async def _webhook_set(telegram: FakeTelegram) -> bool:
    return bool(telegram.called("setWebhook"))
