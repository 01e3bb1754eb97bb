"""Per-person flood control: a short notice, then silence, for someone sending too fast.

A token bucket per person: a burst of `burst` events, refilled at `per_second`. The first event over
the limit gets a notice; later ones are dropped unanswered until the bucket has refilled halfway.
Other people are never affected: the check is a dictionary look-up, with no I/O and no lock.

Several instances behind a round-robin proxy (INSTANCES=n) need no shared state for this: each
process sees about 1/n of a person's events, so each keeps 1/n of the budget (`share`), and together
they allow what one process would. A flood is still cut within a second or two wherever it lands
(tests/test_round_robin.py drives a round-robin proxy in front of two services).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"
    DROP = "drop"


@dataclass
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


class Throttle:
    def __init__(self, burst: int = 40, per_second: float = 2.0, clock: Callable[[], float] = time.monotonic,
                 share: float = 1.0) -> None:
        """`share`: this process's part of the budget, 1/n for n instances taking turns."""
        self.burst, self.rate, self.clock = max(1.0, burst * share), per_second * share, clock
        self.buckets: dict[tuple[str, str], _Bucket] = {}
        self._checks = 0

    def check(self, platform: str, user_id: str) -> Verdict:
        """Take one event from the person's bucket."""
        now = self.clock()
        bucket = self.buckets.setdefault((platform, user_id), _Bucket(self.burst, now))
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        self._forget_idle(now)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            if bucket.tokens >= self.burst / 2:
                bucket.warned = False
            return Verdict.ALLOW
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        return Verdict.WARN

    def _forget_idle(self, now: float) -> None:
        """Drop full buckets now and then, so memory follows the people who are active."""
        self._checks += 1
        if self._checks % 10_000:
            return
        refill = self.burst / self.rate
        self.buckets = {k: b for k, b in self.buckets.items() if now - b.updated < refill}
