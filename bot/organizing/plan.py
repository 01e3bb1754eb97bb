"""Plan and check a broadcast before anything is stored: the one rule book for CLI, chat and dashboard.

Every way of sending an update (`run_bot.py broadcast`, the chat composers, the web dashboard) calls
`plan_broadcast` with what the organizer wrote and what the database and LINE said, shows the plan, and
sends only when `plan.ok`. A dry run shows the same plan and exits as the send would, so nothing that a
dry run accepts can fail validation later. The module does no I/O: callers read the counts and the quota.

Stable API (callers in other branches depend on it; add keyword arguments with defaults, change nothing):

    plan = plan_broadcast(
        texts,                 # {locale: text}, the organizer's texts
        counts,                # {(platform, locale): recipients}, from tx.broadcasts.count_audience(audience)
        default_locale="ja",   # the campaign's default language: its text is required
        known_locales=[...],   # every locale the bot has (i18n.all_locales)
        audience="subscribers",
        link=None,             # https:// link shown as a button
        image=None,            # the image's bytes (JPEG or PNG), or None
        line_quota_left=None,  # LINE messages left this month; None when unlimited or not known
        line_price=None,       # the price of one LINE message (campaign.toml line_message_price), or None
        currency="JPY",
        partial=False,         # the organizer chose to send to as many LINE recipients as the quota allows
        public_base_url="",    # where LINE fetches an image from (PUBLIC_BASE_URL); needed for images on LINE
    )
    plan.ok                   # True when nothing stops the send
    plan.problems             # tuple[Problem]: Fluent id + args (Problem is bot.core.types.Text: .id, .args)
    plan.languages            # tuple[LanguageLine]: each recipient language, its counts per platform, its text
    plan.fallbacks            # recipient languages that get the default language's text
    plan.totals               # {"line": n, "telegram": n}: recipients per platform
    plan.line_billable        # LINE messages billed (one per LINE recipient reached, text and image together)
    plan.line_reachable       # LINE recipients the quota lets through (all of them unless over the quota)
    plan.over_quota           # LINE recipients exceed the quota left (a problem unless `partial`)
    plan.cost                 # Decimal estimated cost of the LINE messages, or None when no price is set
    plan.messages()           # [Text]: the whole plan in words (Fluent id + args), for any renderer

Lengths are counted in UTF-16 code units, as both platforms count them (an emoji outside the BMP counts 2);
on LINE the link goes on its own line under the text and counts too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from bot.core.types import Text

PLATFORMS = ("line", "telegram")
TEXT_LIMITS = {"telegram": 4096, "line": 5000}  # UTF-16 units: Telegram's message, LINE's text message
IMAGE_LIMIT = 10 * 1024 * 1024  # bytes: LINE's image message and Telegram's photo both stop at 10 MB
NO_LANGUAGE = ""  # people who never chose a language


def utf16_len(text: str) -> int:
    """Length as LINE and Telegram count it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def image_kind(data: bytes) -> str | None:
    """'jpeg' or 'png' from the file's first bytes; None for anything else."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    return None


Problem = Text  # why a broadcast cannot be sent: a Fluent message id (.id) and its arguments (.args)


@dataclass(frozen=True)
class LanguageLine:
    """One recipient language: how many people on each platform, and whose text they get."""

    locale: str  # "" for people who never chose a language
    counts: Mapping[str, int]  # platform -> recipients
    text_locale: str  # the locale of the text they get
    fallback: bool  # True when that is the default language's text, not their own

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class BroadcastPlan:
    texts: Mapping[str, str]
    audience: str
    link: str | None
    image: str | None  # 'jpeg' or 'png'
    default_locale: str
    languages: tuple[LanguageLine, ...]
    totals: Mapping[str, int]
    line_quota_left: int | None
    line_reachable: int
    partial: bool
    cost: Decimal | None
    currency: str
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def fallbacks(self) -> tuple[str, ...]:
        return tuple(line.locale for line in self.languages if line.fallback)

    @property
    def over_quota(self) -> bool:
        return self.line_quota_left is not None and self.totals["line"] > self.line_quota_left

    @property
    def line_billable(self) -> int:
        return self.line_reachable

    @property
    def recipients(self) -> int:
        return sum(self.totals.values())

    def messages(self) -> list[Text]:
        """The plan in words, as Fluent ids with their arguments, in the order to show them."""
        out: list[Text] = []
        for line in self.languages:
            language, total = line.locale or "none", line.total
            on_line, on_telegram = line.counts.get("line", 0), line.counts.get("telegram", 0)
            if line.fallback:
                out.append(Text("plan-language-fallback", {"language": language, "text": line.text_locale,
                                                           "total": total, "line": on_line, "telegram": on_telegram}))
            else:
                out.append(Text("plan-language", {"language": language, "text": line.text_locale, "total": total,
                                                  "line": on_line, "telegram": on_telegram}))
        if self.fallbacks:
            out.append(Text("plan-fallback-summary", {
                "count": sum(ln.total for ln in self.languages if ln.fallback),
                "languages": ", ".join(loc or "none" for loc in self.fallbacks), "default": self.default_locale}))
        out.append(Text("plan-totals", {"telegram": self.totals["telegram"], "line": self.totals["line"]}))
        if self.totals["line"]:
            out += self._line_messages()
        if self.image:
            out.append(Text("plan-image", {"kind": self.image}))
        return out

    def _line_messages(self) -> list[Text]:
        """What LINE bills, the quota left, a partial send, the estimated cost."""
        out = [Text("plan-line-billable", {"count": self.line_billable})]
        if self.line_quota_left is None:
            out.append(Text("plan-quota-unlimited"))
        else:
            out.append(Text("plan-quota-left", {"left": self.line_quota_left}))
            if self.over_quota and self.partial:
                out.append(Text("plan-partial", {"reachable": self.line_reachable, "line": self.totals["line"]}))
        if self.cost is not None:
            cost = f"{self.cost:,.2f}".rstrip("0").rstrip(".")
            out.append(Text("plan-cost", {"cost": cost, "currency": self.currency, "count": self.line_billable}))
        return out


def _text_problems(texts: Mapping[str, str], default: str, known: Iterable[str],
                   totals: Mapping[str, int], link: str | None) -> list[Problem]:
    """Unknown languages, a missing default text, empty texts and texts over a platform's limit."""
    problems: list[Problem] = []
    known = set(known)
    for locale in sorted(set(texts) - known):
        problems.append(Text("plan-unknown-language", {"language": locale, "known": ", ".join(sorted(known))}))
    if not texts.get(default, "").strip():
        problems.append(Text("plan-default-text-missing", {"language": default}))
    for locale, text in sorted(texts.items()):
        if not text.strip() and locale != default:
            problems.append(Text("plan-empty-text", {"language": locale}))
        for platform in PLATFORMS:
            limit, length = TEXT_LIMITS[platform], utf16_len(text)
            if platform == "line" and link:
                length += 1 + utf16_len(link)  # LINE shows the link on a line of its own under the text
            if totals[platform] and length > limit:
                problems.append(Text("plan-text-too-long", {"language": locale, "platform": platform,
                                                               "length": length, "limit": limit,
                                                               "over": length - limit}))
    return problems


def _image_problems(image: bytes | None, line_recipients: int, public_base_url: str) -> list[Problem]:
    if image is None:
        return []
    problems = []
    if image_kind(image) is None:
        problems.append(Text("plan-image-kind", {}))
    if len(image) > IMAGE_LIMIT:
        problems.append(Text("plan-image-too-big", {"size": len(image), "limit": IMAGE_LIMIT}))
    if line_recipients and not public_base_url.startswith("https://"):
        problems.append(Text("plan-image-needs-public-url", {}))
    return problems


def plan_broadcast(
    texts: Mapping[str, str], counts: Mapping[tuple[str, str], int], *, default_locale: str,
    known_locales: Iterable[str], audience: str = "subscribers", link: str | None = None,
    image: bytes | None = None, line_quota_left: int | None = None, line_price: Decimal | float | None = None,
    currency: str = "JPY", partial: bool = False, public_base_url: str = "",
) -> BroadcastPlan:
    """Work out who gets which text, what LINE bills, and everything that stops the send."""
    known = list(known_locales)
    per_locale: dict[str, dict[str, int]] = {}
    for (platform, locale), n in counts.items():
        if platform in PLATFORMS and n > 0:
            per_locale.setdefault(locale, dict.fromkeys(PLATFORMS, 0))[platform] += n
    languages = tuple(
        LanguageLine(locale, per_locale[locale], locale if locale in texts else default_locale,
                     locale not in texts)
        for locale in sorted(per_locale, key=lambda loc: (-sum(per_locale[loc].values()), loc))
    )
    totals = {p: sum(line.counts[p] for line in languages) for p in PLATFORMS}
    problems = _text_problems(texts, default_locale, known, totals, link)
    if audience.startswith("lang:") and audience[5:] not in known:
        problems.append(Text("plan-unknown-audience-language", {"language": audience[5:]}))
    if link is not None and not link.startswith("https://"):
        problems.append(Text("plan-bad-link", {"link": link}))
    problems += _image_problems(image, totals["line"], public_base_url)
    if not sum(totals.values()):
        problems.append(Text("plan-no-recipients", {"audience": audience}))
    reachable = totals["line"]
    if line_quota_left is not None and totals["line"] > line_quota_left:
        reachable = max(0, line_quota_left)
        if not partial:
            problems.append(Text("plan-over-quota", {"line": totals["line"], "left": reachable}))
    price = None if line_price is None or line_price == 0 else Decimal(str(line_price))
    return BroadcastPlan(
        texts=dict(texts), audience=audience, link=link, image=image_kind(image) if image else None,
        default_locale=default_locale, languages=languages, totals=totals, line_quota_left=line_quota_left,
        line_reachable=reachable, partial=partial, cost=None if price is None else price * reachable,
        currency=currency, problems=tuple(problems),
    )
