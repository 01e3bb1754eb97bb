"""The campaign file: links, mailing address, addressees, partners, goal and retention date."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bot.core.i18n import MENU_CHOICES

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "campaign.toml"
# delivery: how signatures reach the addressees; paper_how: how to use the paper form. Both are said in the
# consent and in the paper form text alike, so the two can never contradict each other.
LOCALIZED = ("partners", "addressees", "mailing_address", "delivery", "paper_how")


class CampaignError(Exception):
    pass


@dataclass(frozen=True)
class Campaign:
    default_language: str
    organizer: str
    paper_form_url: str
    contact_url: str
    background_url: str
    signature_goal: int
    consent_version: str
    retention_until: date
    share_url: str = ""
    line_friend_url: str = ""  # the LINE official account's friend link, offered when sharing on LINE
    language_menu: str = "all"  # "all" locales in the language menu, or only those marked "reviewed"
    abandoned_draft_days: int = 7  # a signature begun and left this many days is deleted, name and all
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    line_message_price: float = 0.0  # one LINE message's price under the plan, for cost estimates (0: not set)
    currency: str = "JPY"

    def variables(self, locale: str) -> dict[str, Any]:
        """Everything a translation may use about the campaign, in one locale."""
        local = self.texts.get(locale, {})
        fallback = self.texts.get(self.default_language, {})
        values: dict[str, Any] = {key: local.get(key, fallback.get(key, "")) for key in LOCALIZED}
        if values["delivery"]:
            values["delivery"] = values["delivery"].rstrip() + " "  # a sentence followed by the next one
        values.update(
            organizer=self.organizer, paper_form_url=self.paper_form_url, contact_url=self.contact_url,
            goal=self.signature_goal, retention_until=self.retention_until,
        )
        return values


CAMPAIGN_VARIABLES = frozenset(LOCALIZED) | {"organizer", "paper_form_url", "contact_url", "goal", "retention_until"}


def _url(data: dict[str, Any], key: str, required: bool) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (value and not value.startswith("https://")):
        raise CampaignError(f"{key} must be an https:// link")
    if required and not value:
        raise CampaignError(f"{key} is required")
    return value


def load_campaign(path: Path = DEFAULT_FILE) -> Campaign:
    """Read and check the campaign file; every error names the key at fault."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CampaignError(f"cannot read {path}: {error}") from error
    texts = data.get("text", {})
    if not isinstance(texts, dict) or not all(isinstance(v, dict) for v in texts.values()):
        raise CampaignError("[text.<locale>] tables must hold key = \"text\" pairs")
    goal, until = data.get("signature_goal", 0), data.get("retention_until")
    if not isinstance(goal, int) or goal < 0:
        raise CampaignError("signature_goal must be a whole number")
    if not isinstance(until, date):
        raise CampaignError("retention_until must be a date such as 2027-12-31")
    abandoned = data.get("abandoned_draft_days", 7)
    if not isinstance(abandoned, int) or isinstance(abandoned, bool) or abandoned < 1:
        raise CampaignError("abandoned_draft_days must be a whole number of days, at least 1")
    price = data.get("line_message_price", 0)
    if not isinstance(price, int | float) or price < 0:
        raise CampaignError("line_message_price must be a number such as 3 (the price of one LINE message)")
    if data.get("language_menu", "all") not in MENU_CHOICES:
        raise CampaignError(f"language_menu must be one of {', '.join(MENU_CHOICES)}")
    for key in ("default_language", "organizer", "consent_version"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise CampaignError(f"{key} is required")
    return Campaign(
        default_language=data["default_language"], organizer=data["organizer"],
        paper_form_url=_url(data, "paper_form_url", True), contact_url=_url(data, "contact_url", True),
        background_url=_url(data, "background_url", False), signature_goal=goal,
        consent_version=data["consent_version"], retention_until=until,
        share_url=_url(data, "share_url", False) or _url(data, "paper_form_url", True),
        line_friend_url=_url(data, "line_friend_url", False), language_menu=data.get("language_menu", "all"),
        abandoned_draft_days=abandoned,
        texts={locale: {k: str(v) for k, v in values.items()} for locale, values in texts.items()},
        line_message_price=float(price), currency=str(data.get("currency", "JPY")),
    )
