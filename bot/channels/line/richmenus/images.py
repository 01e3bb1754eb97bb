"""Draw the rich menu images from the locales: `python -m bot.channels.line.richmenus.images`.

Needs Pillow and the Debian Noto fonts (fonts-noto-core, fonts-noto-cjk; DejaVu for the symbols), found on
this machine: nothing is downloaded. Writes `<locale>-<variant>.png` for every offered locale, and
`manifest.json` with the labels each image shows and its checksum. Run it after changing a button label
or `richmenu-bar`, and commit the images; a test fails while an image is stale.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bot.channels.line.richmenus import (
    HEIGHT,
    MANIFEST,
    MAX_IMAGE_BYTES,
    TILES,
    WIDTH,
    MenuSpec,
    Variant,
    bounds,
    menu_specs,
)
from bot.core.campaign import load_campaign
from bot.core.i18n import I18n

FONT_DIRS = (Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts/opentype"))
CJK = ("NotoSansCJK-Bold.ttc", {"ja": 0, "ja-easy": 0, "ko": 1, "zh-Hans": 2, "zh-Hant": 3})
SCRIPT_FONTS = {"my": "NotoSansMyanmar-Bold.ttf", "ne": "NotoSansDevanagari-Bold.ttf", "si": "NotoSansSinhala-Bold.ttf"}
LATIN = "NotoSans-Bold.ttf"
SYMBOLS = "DejaVuSans-Bold.ttf"
COLOURS = {Variant.UNSIGNED: ("#b3261e", "#fdf3f2"), Variant.SIGNED: ("#1d6b3a", "#f0f8f2")}  # accent, tile
INK, LINE_COLOUR = "#222222", "#d6d6d6"


def find_font(name: str) -> Path:
    """Find a font file among the system's fonts; say which package provides it when it is missing."""
    for folder in FONT_DIRS:
        found = sorted(folder.rglob(name))
        if found:
            return found[0]
    raise SystemExit(f"font {name} not found: install fonts-noto-core, fonts-noto-cjk and fonts-dejavu-core")


def label_font(locale: str, size: int) -> ImageFont.FreeTypeFont:
    """The bold Noto face that writes a locale's script."""
    if locale in CJK[1]:
        return ImageFont.truetype(str(find_font(CJK[0])), size, index=CJK[1][locale])
    return ImageFont.truetype(str(find_font(SCRIPT_FONTS.get(locale, LATIN))), size)


def fitted(draw: ImageDraw.ImageDraw, text: str, locale: str, width: int) -> tuple[ImageFont.FreeTypeFont, str]:
    """The largest label size (down to a floor) at which the text fits the tile, wrapped on a space if needed."""
    for size in range(120, 40, -6):
        font = label_font(locale, size)
        for candidate in (text, *_wrapped(text)):
            box = draw.multiline_textbbox((0, 0), candidate, font=font, align="center")
            if box[2] - box[0] <= width:
                return font, candidate
    return label_font(locale, 42), text


def _wrapped(text: str) -> list[str]:
    """The text broken on each space in turn, at most two lines."""
    words = text.split(" ")
    return [" ".join(words[:i]) + "\n" + " ".join(words[i:]) for i in range(1, len(words))]


def drawable(label: str) -> str:
    """The label without emoji, which the tile's symbol stands for and the Noto text faces do not draw."""
    return " ".join("".join(c for c in label if ord(c) < 0x1F000 and c != "\ufe0f").split())


def draw_menu(spec: MenuSpec) -> bytes:
    """Draw one menu: a grid of tiles, each a symbol over its label."""
    accent, tile = COLOURS[spec.variant]
    image = Image.new("RGB", (WIDTH, HEIGHT), tile)
    draw = ImageDraw.Draw(image)
    symbols = ImageFont.truetype(str(find_font(SYMBOLS)), 300)
    for index, (item, label) in enumerate(zip(TILES[spec.variant], spec.labels, strict=True)):
        x, y, width, height = bounds(index)
        draw.rectangle((x, y, x + width - 1, y + height - 1), outline=LINE_COLOUR, width=6)
        centre = x + width // 2
        draw.ellipse((centre - 190, y + 90, centre + 190, y + 470), fill=accent)
        draw.text((centre, y + 280), item.icon, font=symbols, fill="white", anchor="mm")
        font, text = fitted(draw, drawable(label), spec.locale, width - 120)
        draw.multiline_text((centre, y + 650), text, font=font, fill=INK, anchor="mm", align="center")
        if item.label_id == "button-language" and "Language" not in label:  # findable in any language
            english = ImageFont.truetype(str(find_font(LATIN)), 64)
            draw.text((centre, y + height - 70), "Language", font=english, fill=accent, anchor="mm")
    out = io.BytesIO()
    image.quantize(colors=64).save(out, format="PNG", optimize=True)
    data = out.getvalue()
    if len(data) > MAX_IMAGE_BYTES:
        raise SystemExit(f"{spec.key}: {len(data)} bytes is over LINE's 1 MB")
    return data


def main() -> int:
    """Draw every offered locale's menus and write the manifest."""
    campaign = load_campaign()
    i18n = I18n(campaign.default_language, menu=campaign.language_menu)
    manifest = {}
    for spec in menu_specs(i18n, manifest={}):
        data = draw_menu(spec)
        spec.image.write_bytes(data)
        manifest[spec.key] = {"labels": list(spec.labels), "bar": spec.bar, "sha256": hashlib.sha256(data).hexdigest()}
        print(f"{spec.image.name}: {len(data) // 1024} KiB", file=sys.stderr)
    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
