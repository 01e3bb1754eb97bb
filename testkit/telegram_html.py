"""Read Telegram's HTML parse mode as the Bot API does: the tags it knows become entities, anything else
(an unknown tag, an unescaped '<', a tag left open) is refused with 'can't parse entities'."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from testkit.common import utf16_len

ENTITY_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough", "code": "code", "pre": "pre",
    "a": "text_link", "tg-spoiler": "spoiler", "blockquote": "blockquote", "span": "spoiler",
}


_BARE_LT = re.compile(r"<(?!/?[a-zA-Z][a-zA-Z-]*(\s[^<>]*)?>)")
_BARE_AMP = re.compile(r"&(?!(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);)")


class Unparsable(ValueError):
    pass


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.open: list[tuple[str, int, dict[str, str | None]]] = []
        self.entities: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ENTITY_TAGS:
            raise Unparsable(f"Unsupported start tag \"{tag}\"")
        self.open.append((tag, utf16_len(self.text), dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1][0] != tag:
            raise Unparsable(f"Unmatched end tag \"{tag}\"")
        _, start, attrs = self.open.pop()
        kind = ENTITY_TAGS[tag]
        if tag == "blockquote" and "expandable" in attrs:
            kind = "expandable_blockquote"
        entity: dict[str, Any] = {"type": kind, "offset": start, "length": utf16_len(self.text) - start}
        if tag == "a":
            entity["url"] = attrs.get("href") or ""
        self.entities.append(entity)

    def handle_data(self, data: str) -> None:
        self.text += data


def parse_html(markup: str) -> tuple[str, list[dict[str, Any]]]:
    """The text a reader sees and its entities; Unparsable when Telegram would refuse the markup."""
    if _BARE_LT.search(markup) or _BARE_AMP.search(markup):
        raise Unparsable("Unsupported start tag or unescaped '<' or '&'")
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    if reader.open:
        raise Unparsable(f"Can't find end tag corresponding to start tag \"{reader.open[-1][0]}\"")
    return reader.text, sorted(reader.entities, key=lambda e: (e["offset"], -e["length"]))
