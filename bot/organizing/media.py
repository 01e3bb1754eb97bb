"""Broadcast pictures: stored with the job in the database, served to LINE over HTTPS with a preview.

LINE's image message names two HTTPS URLs (the picture and a preview of at most 1 MB); the bot serves
both from its public address, PUBLIC_BASE_URL, at /media/<token> and /media/<token>/preview. The token is
random and unguessable; Telegram gets the picture's bytes directly (sendPhoto).
"""

from __future__ import annotations

import io

from bot.organizing.plan import image_kind
from storage.base import Transaction

PREVIEW_SIDE = 240  # pixels: LINE shows the preview in the chat until the picture is opened
CONTENT_TYPES = {"jpeg": "image/jpeg", "png": "image/png"}


def media_url(public_base_url: str, token: str, preview: bool = False) -> str:
    """Where LINE fetches a picture (or its preview) from."""
    return f"{public_base_url.rstrip('/')}/media/{token}{'/preview' if preview else ''}"


def make_preview(data: bytes) -> bytes:
    """A small JPEG of the picture (LINE wants one under 1 MB)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as picture:
        small = picture.convert("RGB")
        small.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
        out = io.BytesIO()
        small.save(out, "JPEG", quality=80)
    return out.getvalue()


async def store_image(tx: Transaction, data: bytes) -> int:
    """Keep a JPEG or PNG picture and its preview; return its id."""
    kind = image_kind(data)
    if kind is None:
        raise ValueError("the picture must be a JPEG or PNG file")
    return await tx.organizing.add_media(CONTENT_TYPES[kind], data, make_preview(data))
