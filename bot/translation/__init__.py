"""Translator tooling: every locale checked against the source (`run_bot.py locales`)."""
