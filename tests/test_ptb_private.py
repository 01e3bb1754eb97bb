"""python-telegram-bot's private names the bot relies on: this fails loudly when a PTB release changes them.

They are imported in one module, `bot/channels/telegram/ptb_private.py`; the checks below are what the
aiohttp request backend (`api.py`) needs of each.
"""

from __future__ import annotations

import inspect
import typing

from telegram.request import BaseRequest, RequestData

from bot.channels.telegram import ptb_private
from bot.channels.telegram.api import fields


def test_the_default_timeout_marker_is_ptbs_default_value() -> None:
    assert isinstance(BaseRequest.DEFAULT_NONE, ptb_private.DefaultValue)
    assert not isinstance(5.0, ptb_private.DefaultValue)


def test_the_timeout_type_alias_takes_a_type() -> None:
    alias = ptb_private.ODVInput[float]
    assert ptb_private.DefaultValue in {typing.get_origin(arg) or arg for arg in typing.get_args(alias)}


def test_a_request_field_is_made_from_name_value_and_files() -> None:
    names = list(inspect.signature(ptb_private.RequestParameter).parameters)
    assert names[:3] == ["name", "value", "input_files"]
    data = RequestData([ptb_private.RequestParameter("chat_id", 42, None), ptb_private.RequestParameter(
        "reply_markup", {"inline_keyboard": [[{"text": "OK", "callback_data": "x"}]]}, None)])
    assert not data.contains_files
    # api.py sends `parameters` as one JSON body: values must stay plain JSON values, not pre-encoded strings
    keyboard = {"inline_keyboard": [[{"text": "OK", "callback_data": "x"}]]}
    assert data.parameters == {"chat_id": 42, "reply_markup": keyboard}


def test_fields_leave_out_none_as_ptbs_methods_do() -> None:
    data = fields({"chat_id": 7, "text": "hi", "reply_markup": None})
    assert data.parameters == {"chat_id": 7, "text": "hi"}
