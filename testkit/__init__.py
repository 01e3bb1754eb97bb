"""The outside world for tests and benchmarks: fake LINE and Telegram servers that enforce the platforms'
limits, the people who chat through them, and the crash harness. Used by tests/ and bench/; it imports
the bot only to run it."""
