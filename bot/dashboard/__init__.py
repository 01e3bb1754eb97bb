"""The organizers' dashboard: web pages under /dashboard/ of the bot's own server.

auth.py signs organizers in with one-time links and keeps their sessions (and CSRF tokens) in the database;
pages.py (overview, funnel, audit), broadcasts.py and downloads.py are the pages; chart.py draws the SVG chart;
html.py lays pages out in the organizer's language (Fluent: locales/*/dashboard.ftl); assets.py serves the
stylesheet and the script from static/ (nothing comes from elsewhere); site.py puts them together.
"""
