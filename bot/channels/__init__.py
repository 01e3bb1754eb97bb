"""One thin adapter per platform: each translates platform input into events and replies back."""
