"""Benchmarks of the petition bot: see bench/README.md."""
