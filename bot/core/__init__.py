"""The kernel: neutral types, routing, the service, sessions, rendering, i18n, campaign facts and settings.

Nothing here knows a platform, an SDK or the app that wires it: channels and organizer features build on it.
"""
