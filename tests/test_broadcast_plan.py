"""The one broadcast plan: languages and their texts, fallbacks, limits, quota and cost."""

from decimal import Decimal

from bot.core.types import Text
from bot.organizing.plan import plan_broadcast

KNOWN = ["ja", "en", "vi", "ne", "ja-easy"]
COUNTS = {("line", "ja"): 5, ("telegram", "ja"): 2, ("line", "vi"): 9, ("telegram", "ne"): 3, ("line", ""): 1,
          ("console", "ja"): 4}


def ids(plan: object) -> list[str]:
    return [p.id for p in plan.problems]  # type: ignore[attr-defined]


def test_every_language_with_its_count_and_text() -> None:
    plan = plan_broadcast({"ja": "お知らせ", "en": "News"}, COUNTS, default_locale="ja", known_locales=KNOWN)
    assert plan.ok
    assert [(ln.locale, ln.total, ln.text_locale, ln.fallback) for ln in plan.languages] == [
        ("vi", 9, "ja", True), ("ja", 7, "ja", False), ("ne", 3, "ja", True), ("", 1, "ja", True)]
    assert plan.fallbacks == ("vi", "ne", "")
    assert plan.totals == {"line": 15, "telegram": 5} and plan.line_billable == 15
    summary = {t.id: t.args for t in plan.messages()}["plan-fallback-summary"]
    assert summary["count"] == 13 and summary["default"] == "ja"


def test_what_the_send_refuses() -> None:
    plan = plan_broadcast({"en": "F", "fr": "F", "vi": " "}, COUNTS, default_locale="ja", known_locales=KNOWN)
    assert ids(plan) == ["plan-unknown-language", "plan-default-text-missing", "plan-empty-text"]
    nobody = plan_broadcast({"ja": "x"}, {}, default_locale="ja", known_locales=KNOWN, audience="lang:xx")
    assert ids(nobody) == ["plan-unknown-audience-language", "plan-no-recipients"]


def test_platform_limits_in_utf16_units() -> None:
    emoji = "😀" * 2049  # 4,098 UTF-16 units: over Telegram's 4,096, under LINE's 5,000
    plan = plan_broadcast({"ja": emoji}, COUNTS, default_locale="ja", known_locales=KNOWN)
    assert [(p.id, p.args["platform"]) for p in plan.problems] == [("plan-text-too-long", "telegram")]
    line_only = plan_broadcast({"ja": emoji}, {("line", "ja"): 1}, default_locale="ja", known_locales=KNOWN)
    assert line_only.ok
    long = plan_broadcast({"ja": "あ" * 6000}, COUNTS, default_locale="ja", known_locales=KNOWN)
    assert [p.args["platform"] for p in long.problems] == ["line", "telegram"]


def test_quota_refused_unless_partial_and_cost() -> None:
    over = plan_broadcast({"ja": "x"}, COUNTS, default_locale="ja", known_locales=KNOWN, line_quota_left=10)
    assert ids(over) == ["plan-over-quota"] and over.problems[0].args == {"line": 15, "left": 10}
    partial = plan_broadcast({"ja": "x"}, COUNTS, default_locale="ja", known_locales=KNOWN, line_quota_left=10,
                             partial=True, line_price=Decimal("3.5"))
    assert partial.ok and partial.line_billable == 10 and partial.cost == Decimal("35.0")
    assert Text("plan-cost", {"cost": "35", "currency": "JPY", "count": 10}) in partial.messages()


def test_image_checks() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 10
    plan = plan_broadcast({"ja": "x"}, COUNTS, default_locale="ja", known_locales=KNOWN, image=png)
    assert ids(plan) == ["plan-image-needs-public-url"]
    plan = plan_broadcast({"ja": "x"}, COUNTS, default_locale="ja", known_locales=KNOWN, image=png,
                          public_base_url="https://bot.example.org")
    assert plan.ok and plan.image == "png"
    assert ids(plan_broadcast({"ja": "x"}, {("telegram", "ja"): 1}, default_locale="ja", known_locales=KNOWN,
                              image=b"GIF89a")) == ["plan-image-kind"]
