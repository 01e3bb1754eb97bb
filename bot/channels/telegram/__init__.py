"""Telegram: the webhook and long polling, updates, the Bot API client, sending, groups, broadcasts, setup."""
