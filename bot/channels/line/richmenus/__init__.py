"""LINE rich menus: two per offered language, one for people who have not signed and one for signers.

Each menu is a 3x2 grid on a 2500x1686 image (LINE's large size); each tile sends a postback the
conversation already understands, with its label as the text shown in the chat. The tiles' labels are the
locales' button labels and the bar's text is `richmenu-bar`, so a translator's change reaches the menu:
`python -m bot.channels.line.richmenus.images` draws the images again (Pillow and the Noto fonts), and
writes `manifest.json` beside them with the labels each image shows and its checksum, so that a test can
tell a stale image from the locales alone, without fonts.

A menu's name carries its locale, its variant and a digest of its definition and image
(`petition:<locale>:<variant>:<digest>`): `run_bot.py setup --apply` creates the menus whose name is not
on LINE yet and deletes the old ones, so running it again changes nothing (bot/channels/line/richmenus/sync.py);
the channel links each person to the menu of their language and state (links.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from bot.core.i18n import I18n
from bot.core.payload import Action, Payload

IMAGE_DIR = Path(__file__).resolve().parent
MANIFEST = IMAGE_DIR / "manifest.json"
PREFIX = "petition:"
WIDTH, HEIGHT = 2500, 1686
COLUMNS, ROWS = 3, 2
MAX_IMAGE_BYTES = 1024 * 1024


class Variant(StrEnum):
    UNSIGNED = "unsigned"
    SIGNED = "signed"


@dataclass(frozen=True)
class Tile:
    label_id: str  # a button label of the locales (at most 20 characters)
    payload: Payload
    icon: str  # a symbol drawn above the label


TILES: dict[Variant, tuple[Tile, ...]] = {
    Variant.UNSIGNED: (
        Tile("button-sign", Payload(Action.SIGN), "✍"),
        Tile("button-read-concerns", Payload(Action.READ, "1"), "⑤"),
        Tile("button-background", Payload(Action.BACKGROUND), "ℹ"),
        Tile("button-paper", Payload(Action.COMMAND, "paper"), "✉"),
        Tile("button-language", Payload(Action.COMMAND, "language"), "⇄"),
        Tile("button-help", Payload(Action.COMMAND, "help"), "?"),
    ),
    Variant.SIGNED: (
        Tile("button-status", Payload(Action.COMMAND, "status"), "✔"),
        Tile("button-share", Payload(Action.COMMAND, "share"), "↗"),
        Tile("button-paper", Payload(Action.COMMAND, "paper"), "✉"),
        Tile("button-updates", Payload(Action.COMMAND, "updates"), "⚑"),
        Tile("button-language", Payload(Action.COMMAND, "language"), "⇄"),
        Tile("button-help", Payload(Action.COMMAND, "help"), "?"),
    ),
}


@dataclass(frozen=True)
class MenuSpec:
    """One rich menu as it should be on LINE."""

    locale: str
    variant: Variant
    labels: tuple[str, ...]
    bar: str
    image_sha256: str  # from the manifest: "" when the image was never drawn
    stale: bool = False  # the image shows other labels than the locales have now

    @property
    def key(self) -> str:
        return f"{self.locale}-{self.variant}"

    @property
    def image(self) -> Path:
        return IMAGE_DIR / f"{self.key}.png"

    @property
    def name(self) -> str:
        body = json.dumps(self.body(""), sort_keys=True, ensure_ascii=False) + self.image_sha256
        return f"{PREFIX}{self.locale}:{self.variant}:{hashlib.sha256(body.encode()).hexdigest()[:12]}"

    def body(self, name: str | None = None) -> dict[str, Any]:
        """The rich menu object LINE takes (POST /v2/bot/richmenu)."""
        return {"size": {"width": WIDTH, "height": HEIGHT}, "selected": False,
                "name": self.name if name is None else name, "chatBarText": self.bar, "areas": self.areas()}

    def areas(self) -> list[dict[str, Any]]:
        """The grid's tiles, left to right and top to bottom, each a postback showing its label."""
        areas = []
        for index, (tile, label) in enumerate(zip(TILES[self.variant], self.labels, strict=True)):
            x, y, width, height = bounds(index)
            action = {"type": "postback", "label": label, "data": tile.payload.encode(), "displayText": label}
            areas.append({"bounds": {"x": x, "y": y, "width": width, "height": height}, "action": action})
        return areas


def bounds(index: int) -> tuple[int, int, int, int]:
    """The pixel box of one tile of the grid: x, y, width, height."""
    column, row = index % COLUMNS, index // COLUMNS
    left, right = WIDTH * column // COLUMNS, WIDTH * (column + 1) // COLUMNS
    top, bottom = HEIGHT * row // ROWS, HEIGHT * (row + 1) // ROWS
    return left, top, right - left, bottom - top


def read_manifest() -> dict[str, dict[str, Any]]:
    """What the committed images show: key -> labels, bar text and checksum."""
    try:
        data = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data if isinstance(data, dict) else {}


def menu_specs(i18n: I18n, manifest: dict[str, dict[str, Any]] | None = None) -> list[MenuSpec]:
    """Every menu the offered locales need, with the checksums of the committed images."""
    manifest = read_manifest() if manifest is None else manifest
    specs = []
    for locale in i18n.locales:
        for variant in Variant:
            labels = tuple(i18n.format(locale, tile.label_id) for tile in TILES[variant])
            bar, drawn = i18n.format(locale, "richmenu-bar"), manifest.get(f"{locale}-{variant}", {})
            stale = (drawn.get("labels"), drawn.get("bar")) != (list(labels), bar)
            specs.append(MenuSpec(locale, variant, labels, bar, str(drawn.get("sha256", "")), stale))
    return specs


def parse_name(name: str) -> tuple[str, Variant] | None:
    """The locale and variant of one of our menus from its name; None for anyone else's."""
    if not name.startswith(PREFIX):
        return None
    parts = name[len(PREFIX):].split(":")
    if len(parts) != 3 or parts[1] not in {v.value for v in Variant}:
        return None
    return parts[0], Variant(parts[1])
