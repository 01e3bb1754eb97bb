"""Organizer tools through the shell and the engine: what a dry run refuses, pictures, scheduling, the shared
sending budget across processes, LINE opens and clicks, failure messages, the chart and the Telegram report."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from PIL import Image

from bot.app.assembly import broadcast_engine, line_figures
from bot.app.server import build_app
from bot.channels.line.broadcast import line_broadcaster
from bot.channels.telegram.broadcast import telegram_broadcaster
from bot.core.config import load_settings
from bot.core.outlets import Outlets
from bot.core.types import OutMessage
from bot.organizing.broadcast import BroadcastEngine
from bot.organizing.stats import chart_figure
from storage.base import PersonRecord
from storage.reports import Stats
from testkit.common import free_port, utf16_len
from testkit.line_api import ACCESS_TOKEN, SECRET, FakeLineApi
from testkit.telegram_api import FakeTelegram, TelegramPerson, bot_settings, running_bot
from tests.bot_process import ROOT, bot_processes, wait_for
from tests.conftest import FIXED_NOW, make_service
from tests.test_broadcast_line import cli as line_cli
from tests.test_broadcast_line import seed_line
from tests.test_broadcast_telegram import received, run_cli, seed_telegram
from tests.test_organizer_chat import Organizer


@pytest.fixture
async def api() -> Any:
    fake = FakeLineApi()
    fake.url = await fake.start()  # type: ignore[attr-defined]
    yield fake
    await fake.close()


def picture(kind: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 30, 30)).save(out, kind)
    return out.getvalue()


@pytest.mark.parametrize(("texts", "extra", "refusal"), [
    ({"en": "F"}, [], "A text in the default language (ja) is required"),
    ({"ja": "お知らせ", "fr": "F"}, [], '"fr" is not a language of the bot'),
    ({"ja": "お知らせ"}, ["--audience", "lang:xx"], "The audience lang:xx is not a language of the bot"),
    ({"ja": ""}, [], "A text in the default language (ja) is required"),
    ({"ja": "お知らせ", "en": ""}, [], "The en text is empty"),
    ({"ja": "あ" * 6000}, [], "The ja text is 6,000 characters long; Telegram allows 4,096"),
])
async def test_a_dry_run_refuses_exactly_what_the_send_refuses(
    fake: FakeTelegram, db_url: str, tmp_path: Path, texts: dict[str, str], extra: list[str], refusal: str
) -> None:
    service = await make_service(db_url)
    await seed_telegram(service, 5)
    await service.repo.close()
    args = []
    for locale, text in texts.items():
        (tmp_path / f"mine-{locale}.txt").write_text(text, encoding="utf-8")
        args += ["--text", f"{locale}=mine-{locale}.txt"]
    for last in ("--dry-run", "--yes"):
        process = await run_cli(fake, db_url, tmp_path, *args, *extra, last)
        out, err = await asyncio.wait_for(process.communicate(), 60)
        assert process.returncode == 1, (last, out.decode(), err.decode())
        assert refusal in err.decode() and "Nothing was sent" in err.decode()
    assert not fake.called("sendMessage")


async def test_the_preview_lists_every_language_and_says_who_falls_back(
    fake: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    service = await make_service(db_url)
    await seed_telegram(service, 6)  # half ja, half en
    async with service.repo.transaction() as tx:
        for n in range(3):
            await tx.save_person(PersonRecord("telegram", f"9{n}", language="vi", updates=True), datetime.now(UTC))
    await service.repo.close()
    process = await run_cli(fake, db_url, tmp_path, "--text", "ja=ja.txt", "--dry-run")
    out, _ = await asyncio.wait_for(process.communicate(), 60)
    text = out.decode()
    assert process.returncode == 0
    assert "vi: 3 recipients (LINE 0, Telegram 3), has no text of its own and gets the ja text." in text
    assert "en: 3 recipients (LINE 0, Telegram 3), has no text of its own and gets the ja text." in text
    assert "6 people read en, vi and will get the default language's (ja) text." in text
    assert "ja: 3 recipients (LINE 0, Telegram 3), gets the ja text." in text


async def test_a_picture_goes_as_a_photo_and_as_a_line_image_served_by_the_bot(
    api: Any, fake: FakeTelegram, db_url: str
) -> None:
    service = await make_service(db_url)
    line_people = await seed_line(service, 3)
    telegram_people = await seed_telegram(service, 2)
    settings = load_settings({
        "DATABASE_URL": db_url, "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "LINE_API_URL": api.url, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_URL": fake.url,
        "PUBLIC_BASE_URL": "https://bot.example.org",
    }, env_file=None)
    image = picture()
    async with broadcast_engine(settings, service.repo, service.i18n) as engine:
        job = await engine.create({"ja": "写真つきのお知らせ"}, None, "subscribers", "cli:Aiko", image=image)
        report = await engine.run(job)
    assert report["line"] == {"sent": 3} and report["telegram"] == {"sent": 2}
    [call] = api.made("multicast")
    assert set(call.body["to"]) == set(line_people) and call.body["customAggregationUnits"] == [f"broadcast_{job}"]
    shown, said = call.messages
    assert shown["type"] == "image" and said == {"type": "text", "text": "写真つきのお知らせ"}
    assert shown["originalContentUrl"].startswith("https://bot.example.org/media/")
    assert shown["previewImageUrl"] == shown["originalContentUrl"] + "/preview"
    assert sorted(fake.photos) == sorted(telegram_people)
    async with TestClient(TestServer(build_app([], repo=service.repo))) as client:
        path = shown["originalContentUrl"].removeprefix("https://bot.example.org")
        full = await client.get(path)
        assert full.status == 200 and full.content_type == "image/png" and await full.read() == image
        small = await client.get(path + "/preview")
        assert small.content_type == "image/jpeg" and max(Image.open(io.BytesIO(await small.read())).size) <= 240
        assert (await client.get("/media/guessed")).status == 404
    await service.repo.close()


async def test_scheduled_broadcasts_are_listed_cancelled_and_sent_when_due(
    fake: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    service = await make_service(db_url)
    people = await seed_telegram(service, 4)
    await service.repo.close()
    said = []
    for at in ("2030-01-10 19:00", "2030-01-11 08:00+01:00"):
        process = await run_cli(fake, db_url, tmp_path, "--text", "ja=ja.txt", "--at", at, "--yes")
        out, err = await asyncio.wait_for(process.communicate(), 60)
        assert process.returncode == 0, err.decode()
        said.append(out.decode())
    assert "Broadcast #1 is scheduled for 2030-01-10 19:00 (Japan)" in said[0]  # Japan time unless a zone is given
    assert "Broadcast #2 is scheduled for 2030-01-11 16:00 (Japan)" in said[1]  # 08:00 at +01:00 is 16:00 in Japan
    listing = await run_cli(fake, db_url, tmp_path, "--list")
    out, _ = await listing.communicate()
    rows = out.decode().splitlines()
    assert rows[0].split() == ["#", "state", "when", "(Japan)", "who", "audience", "left"]
    assert rows[1].split()[:4] == ["1", "scheduled", "2030-01-10", "19:00"] and "cli:Aiko" in rows[1]
    cancel = await run_cli(fake, db_url, tmp_path, "--cancel", "2")
    out, err = await cancel.communicate()
    assert cancel.returncode == 0 and "Broadcast #2 is cancelled." in out.decode()
    again = await run_cli(fake, db_url, tmp_path, "--cancel", "2")
    _, err = await again.communicate()
    assert again.returncode == 1 and "neither scheduled nor being sent" in err.decode()
    past = await run_cli(fake, db_url, tmp_path, "--text", "ja=ja.txt", "--at", "2020-01-01 10:00", "--yes")
    _, err = await past.communicate()
    assert past.returncode == 1 and "is in the past" in err.decode()
    assert not fake.called("sendMessage")

    service = await make_service(db_url)
    settings = load_settings({"DATABASE_URL": db_url, "TELEGRAM_BOT_TOKEN": fake.token,
                              "TELEGRAM_API_URL": fake.url}, env_file=None)
    async with broadcast_engine(settings, service.repo, service.i18n) as engine:
        assert await engine.start_due() == []  # 2030 has not come
        engine.clock = lambda: datetime(2030, 1, 10, 10, 0, 1, tzinfo=UTC)
        assert await engine.start_due() == [1]  # the cancelled job #2 stays cancelled
        assert (await engine.run(1))["telegram"] == {"sent": 4}
    assert sorted(m.chat_id for m in fake.messages) == sorted(people)
    await service.repo.close()


async def test_the_serving_process_sends_a_scheduled_broadcast_when_it_is_due(
    fake: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    service = await make_service(db_url)
    people = await seed_telegram(service, 4)
    await service.repo.close()
    at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=8)
    process = await run_cli(fake, db_url, tmp_path, "--text", "ja=ja.txt", "--at", at.isoformat(sep=" "),
                            "--as", "Aiko", "--yes")
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0 and "Broadcast #1 is scheduled" in out.decode(), err.decode()
    settings = {"DATABASE_URL": db_url, "CAMPAIGN_FILE": str(ROOT / "campaign.toml"), "BROADCAST_CHECK_SECONDS": "0.5",
                "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_URL": fake.url, "TELEGRAM_BROADCAST_RATE": "1000",
                "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram/webhook"}
    async with bot_processes([settings], tmp_path) as (bot,):
        assert not received(fake)  # not before its time

        async def all_sent() -> bool:
            return len(received(fake)) == len(people)

        await wait_for(all_sent, "the scheduled broadcast to reach everyone", timeout=60)
        assert datetime.now(UTC) >= at
        await asyncio.sleep(2)  # a few more looks for due jobs: none sends it again
    assert received(fake) == {person: 1 for person in people}
    assert bot.process.returncode == 0, bot.output()  # stopped cleanly by SIGTERM
    assert "scheduled broadcast 1 started" in bot.output()
    service = await make_service(db_url)
    async with service.repo.transaction() as tx:
        job = await tx.broadcasts.get_job(1)
    assert job is not None and job.state == "done"
    await service.repo.close()


async def test_two_jobs_in_two_processes_share_one_sending_rate(
    fake: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    service = await make_service(db_url)
    await seed_telegram(service, 120)  # 60 ja, 60 en
    await service.repo.close()
    fake.send_rate = 24  # 429 above this a second; each process alone would send at 20
    env_rate = {"TELEGRAM_BROADCAST_RATE": "20"}
    first, second = [await run_cli(fake, db_url, tmp_path, "--text", "ja=ja.txt", "--text", "en=en.txt",
                                   "--audience", f"lang:{lang}", "--yes", env=env_rate) for lang in ("ja", "en")]
    results = await asyncio.wait_for(asyncio.gather(first.communicate(), second.communicate()), 120)
    assert first.returncode == second.returncode == 0, [err.decode() for _, err in results]
    assert len([m for m in fake.messages if m.from_bot]) == 120
    assert not fake.called("sendMessage", 429), "together the two jobs went over the one rate"


async def test_line_opens_and_clicks_show_in_the_broadcast_report(api: Any, db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_line(service, 10)
    await service.repo.close()
    process = await line_cli(api, db_url, tmp_path, "--text", "ja=ja.txt", "--yes")
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    assert "LINE opens and clicks: not published yet" in out.decode()
    assert all(c.body["customAggregationUnits"] == ["broadcast_1"] for c in api.made("multicast"))
    api.unit_readers["broadcast_1"] = (7, 1)
    report = await line_cli(api, db_url, tmp_path, "--report", "1")
    out, err = await report.communicate()
    assert report.returncode == 0, err.decode()
    assert "line: 10 sent" in out.decode() and "LINE: 7 people opened the update, 1 opened its link." in out.decode()
    asked = [c for c in api.calls if c.kind == "insight"]  # once with the send's report, once now
    assert len(asked) == 2 and all(c.status == 200 for c in asked)
    insight = asked[-1]
    assert insight.body["customAggregationUnit"] == "broadcast_1" and len(insight.body["from"]) == 8


async def test_the_chat_report_shows_line_opens_and_clicks_when_line_has_them(api: Any, db_url: str) -> None:
    settings = load_settings({"DATABASE_URL": db_url, "LINE_CHANNEL_SECRET": SECRET,
                              "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN, "LINE_API_URL": api.url}, env_file=None)
    notes: list[str] = []

    async def notify(user_id: str, messages: list[OutMessage]) -> None:
        notes.extend(m.text for m in messages)

    async with line_broadcaster(settings) as line:
        service = await make_service(
            db_url, organizers=lambda platform, user: (platform, user) == ("telegram", "org"),
            engine=lambda repo, i18n: BroadcastEngine(repo, i18n, lambda: FIXED_NOW, line, None, line_rate=1000),
            line_quota=line.quota, outlets=Outlets(notifiers={"telegram": notify}), line_insight=line_figures(settings))
        await seed_line(service, 10)
        api.unit_readers["broadcast_1"] = (7, 1)  # LINE has figures for the first broadcast, none yet for the second
        organizer = Organizer(service, "org")
        for job in (1, 2):
            await organizer.say("/broadcast")
            await organizer.say("お知らせ")
            await organizer.press("No more languages")
            await organizer.press("No link")
            await organizer.press("All subscribers")
            await organizer.press("Send")
            assert f"Broadcast #{job} is being sent" in organizer.text
            await asyncio.wait_for(asyncio.gather(*service.desk.running.values()), 30)
    first, second = [note for note in notes if "is finished" in note]
    assert "Broadcast #1 is finished" in first and "Sent: 10" in first
    assert first.endswith("LINE so far: 7 people opened the update, 1 opened its link.")
    assert "Broadcast #2 is finished" in second and "Sent: 10" in second and "LINE" not in second
    asked = [c.body["customAggregationUnit"] for c in api.calls if c.kind == "insight"]
    assert asked == ["broadcast_1", "broadcast_2"]
    await service.repo.close()


async def test_an_unreachable_line_is_named_with_what_to_do(db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_line(service, 3)
    await service.repo.close()
    gone = FakeLineApi()
    gone.url = f"http://127.0.0.1:{free_port()}"  # type: ignore[attr-defined]
    process = await line_cli(gone, db_url, tmp_path, "--text", "ja=ja.txt", "--yes")
    _, err = await asyncio.wait_for(process.communicate(), 60)
    message = err.decode()
    assert process.returncode == 1
    assert f"{gone.url.removeprefix('http://')} could not be reached" in message  # type: ignore[attr-defined]
    assert "while reading the monthly message quota" in message and "retry" in message
    assert "--resume" in message


async def test_a_line_that_does_not_answer_in_time_is_named_with_what_to_do(db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_line(service, 3)
    await service.repo.close()
    connected = asyncio.Event()

    async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connected.set()
        await reader.read()  # until the client gives up and closes the connection
        writer.close()

    server = await asyncio.start_server(never_answer, "127.0.0.1", 0)
    silent = FakeLineApi()
    silent.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"  # type: ignore[attr-defined]
    async with server:
        process = await line_cli(silent, db_url, tmp_path, "--text", "ja=ja.txt", "--yes")
        _, err = await asyncio.wait_for(process.communicate(), 90)
    message = err.decode()
    assert process.returncode == 1, message
    assert connected.is_set()
    assert f"{silent.url.removeprefix('http://')} did not answer in time (timeout)" in message  # type: ignore
    assert "while reading the monthly message quota" in message and "retry" in message and "--resume" in message
    assert "Traceback" not in message


@pytest.mark.parametrize("days", [0, 1, 3, 60])
def test_the_chart_reads_well_from_the_first_day(days: int) -> None:
    start = date(2026, 10, 8)
    by_day = [((start + timedelta(days=d)).isoformat(), p, 3 if p == "line" else 2)
              for d in range(days) for p in ("line", "telegram")]
    total = 5 * days
    figure = chart_figure(Stats(total, {}, {}, {}, by_day, 0, 0, 0, 0, []), goal=10_000)
    running, daily = figure.axes
    labels = [t.get_text() for t in daily.get_xticklabels()]
    assert not any("1970" in label for label in labels)
    assert f"{total:,} of the goal of 10,000" in running.get_title()
    bottom, top = running.get_ylim()
    assert bottom == 0 and top >= 5 and top < max(total * 2, 10)  # far from the goal, the curve fills the axes
    if days:
        assert "all platforms" in " ".join(t.get_text() for t in running.get_legend().get_texts())
    if 1 <= days <= 3:
        assert labels == [(start + timedelta(days=d)).isoformat() for d in range(days)]  # one label a day
    if days == 60:
        assert 4 <= len([label for label in labels if label]) <= 12
    near = chart_figure(Stats(9000, {}, {}, {}, [("2026-10-08", "line", 9000)], 0, 0, 0, 0, []), goal=10_000)
    assert near.axes[0].get_ylim()[1] >= 10_000  # within sight of the goal, its line is drawn


async def test_the_stats_report_is_aligned_and_fixed_width_on_telegram(fake: FakeTelegram, db_url: str) -> None:
    service = await make_service(db_url, organizers=lambda platform, user: (platform, user) == ("telegram", "777"))
    await seed_telegram(service, 3)
    async with running_bot(fake, service):
        organizer = TelegramPerson(fake, 777, language_code="en")
        await organizer.say("/stats")
        organizer.expect("Signatures standing")
    [report] = [m for m in fake.messages if m.from_bot and "Signatures standing" in m.text]
    assert fake.entities[report.message_id] == [{"type": "pre", "offset": 0, "length": utf16_len(report.text)}]
    assert 777 in fake.photos  # the chart comes with it
    await service.repo.close()


async def test_an_unreachable_telegram_is_named_with_what_to_do(db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_telegram(service, 3)
    await service.repo.close()
    gone = FakeTelegram()
    gone.url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    process = await run_cli(gone, db_url, tmp_path, "--text", "ja=ja.txt", "--yes")
    _, err = await asyncio.wait_for(process.communicate(), 90)
    message = err.decode()
    assert process.returncode == 1, message
    assert gone.url.removeprefix("http://") in message and "checking the Telegram bot token" in message
    assert "Check the network" in message and "retry" in message


async def test_the_chat_composer_shows_the_plan_and_refuses_what_the_plan_refuses(
    fake: FakeTelegram, db_url: str
) -> None:
    async with telegram_broadcaster(bot_settings(fake)) as sender:
        service = await make_service(
            db_url, organizers=lambda platform, user: (platform, user) == ("telegram", "777"),
            engine=lambda repo, i18n: BroadcastEngine(repo, i18n, lambda: FIXED_NOW, None, sender, telegram_rate=1000))
        await seed_telegram(service, 4)  # half ja, half en: only ja gets its own text here
        async with running_bot(fake, service):
            organizer = TelegramPerson(fake, 777, language_code="en")
            await organizer.say("/broadcast")
            await organizer.say("お知らせ")
            await organizer.press("No more languages")
            await organizer.press("No link")
            await organizer.press("All subscribers")
            organizer.expect("en: 2 recipients (LINE 0, Telegram 2), has no text of its own and gets the ja text.",
                             "2 people read en and will get the default language's (ja) text.")
            await organizer.say("/broadcast")
            await organizer.say("お知らせ")
            await organizer.press("No more languages")
            await organizer.press("No link")
            await organizer.press("Signers only")  # nobody signed
            organizer.expect("Nobody would receive this")
            await organizer.press("Send")
            organizer.expect("Not sent: Nobody would receive this")
        assert not service.desk.running
        async with service.repo.transaction() as tx:
            assert await tx.broadcasts.get_job(1) is None  # no job was created
    await service.repo.close()


async def test_image_from_the_shell(api: Any, fake: FakeTelegram, db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_line(service, 2)
    await service.repo.close()
    (tmp_path / "photo.jpg").write_bytes(picture("JPEG"))
    (tmp_path / "notes.gif").write_bytes(b"GIF89a....")
    process = await line_cli(api, db_url, tmp_path, "--text", "ja=ja.txt", "--image", "photo.jpg", "--dry-run")
    _, err = await process.communicate()
    assert process.returncode == 1 and "set PUBLIC_BASE_URL" in err.decode()
    process = await line_cli(api, db_url, tmp_path, "--text", "ja=ja.txt", "--image", "notes.gif", "--dry-run")
    _, err = await process.communicate()
    assert process.returncode == 1 and "JPEG or PNG" in err.decode()
    process = await line_cli(api, db_url, tmp_path, "--text", "ja=ja.txt", "--image", "missing.png", "--dry-run")
    _, err = await process.communicate()
    assert process.returncode == 1 and "cannot read the picture missing.png" in err.decode()
    service = await make_service(db_url)
    people = await seed_telegram(service, 2)
    await service.repo.close()
    process = await run_cli(fake, db_url, tmp_path, "--text", "ja=ja.txt", "--audience", "lang:ja", "--image",
                            "photo.jpg", "--yes", env={"PUBLIC_BASE_URL": "https://bot.example.org"})
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    assert "With a picture (jpeg)" in out.decode() and fake.photos == [p for p in people if p % 2]
