"""Channels lay replies out by the kind the handler set, never by the Fluent message id: renaming a
message changes nothing a person sees."""

from __future__ import annotations

from bot.channels.line.render import SHARE_URL, LineRenderer
from bot.core.context import Context
from bot.core.service import PetitionService
from bot.core.types import Event, EventKind, Fact, OutButton, OutMessage, ReplyKind, Session
from handlers.signing import thanks
from tests.conftest import FIXED_NOW

LINK = OutButton("Open the link", url="https://example.org/news")
NEXT = OutButton("Next", data="r:2")


def layout(service: PetitionService, message: OutMessage) -> dict[str, object]:
    return LineRenderer(service.i18n, service.campaign).message(message, "en")


def test_a_renamed_concern_is_still_a_card_named_as_a_concern(service: PetitionService) -> None:
    laid = layout(service, OutMessage("2/5 Detention without limit\nPeople are held.", (NEXT,), "renamed",
                                      kind=ReplyKind.CONCERN))
    assert laid["type"] == "flex" and str(laid["altText"]).startswith("The 5 concerns: 2/5 Detention")


def test_a_renamed_share_prompt_is_still_line_s_share_card(service: PetitionService) -> None:
    laid = layout(service, OutMessage("Please share", (), "invite-friends", kind=ReplyKind.SHARE))
    assert laid["type"] == "flex" and SHARE_URL in str(laid)


def test_a_renamed_preview_stays_text_with_its_link_below(service: PetitionService) -> None:
    laid = layout(service, OutMessage("We handed the signatures.", (LINK,), "renamed", kind=ReplyKind.PREVIEW))
    assert laid == {"type": "text", "text": "We handed the signatures.\nhttps://example.org/news"}


def test_the_old_ids_alone_no_longer_choose_a_layout(service: PetitionService) -> None:
    for message_id in ("share", "broadcast-text", "media-not-understood", "petition", "concern-1"):
        laid = layout(service, OutMessage("Plain words", (), message_id))
        assert laid == {"type": "text", "text": "Plain words"}, message_id


def test_handlers_set_the_kinds_channels_need(service: PetitionService) -> None:
    ctx = Context(Event("line", "u", EventKind.TEXT), FIXED_NOW, "en", ("en",), paper_form_url="https://example.org/f")
    facts: dict[Fact, int | str | bytes] = {Fact.SIGNER_NUMBER: 1, Fact.TOTAL: 1, Fact.SHARE_LINK: "https://x.org/s"}
    rendered = service.renderer.replies(thanks(Session("line", "u", language="en"), ctx), "en", facts)
    assert {m.message_id: m.kind for m in rendered} == {
        "signed-thanks": ReplyKind.ESSENTIAL, "paper-form": ReplyKind.PAPER_FORM, "share": ReplyKind.SHARE,
        "menu": ReplyKind.PLAIN,
    }
