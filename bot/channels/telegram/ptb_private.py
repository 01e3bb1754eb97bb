"""The only door to python-telegram-bot's private modules: every other module imports these names from here.

The aiohttp request backend (`api.py`) needs three names PTB does not export: the marker of a timeout
left at its default, its type alias, and the class of one request field. Private modules may change in
any release, so they are imported in this one place, and `tests/test_ptb_private.py` fails loudly when
a PTB release moves or changes them (the version range in pyproject.toml is what that test passed with).
"""

from __future__ import annotations

from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.request._requestparameter import RequestParameter

__all__ = ["DefaultValue", "ODVInput", "RequestParameter"]
