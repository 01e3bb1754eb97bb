"""The application: one composition root that wires the core, the channels and the organizer features,
the HTTP server, and the command-line commands of `run_bot.py`."""
