"""Processes of a benchmark run: start, wait until ready, sample memory and CPU, stop."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import IO, Any

from testkit.common import free_port

ROOT = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")


def wait_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.01)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


class Proc:
    """A child process with its output in a log file."""

    def __init__(self, name: str, args: list[str], run_dir: Path, env: dict[str, str] | None = None,
                 stdin: int | None = None, stdout: int | IO[bytes] | None = None) -> None:
        self.name = name
        self.log_path = run_dir / f"{name}.log"
        self._log = self.log_path.open("ab")
        self.started = time.monotonic()
        self.popen = subprocess.Popen(
            args, cwd=run_dir, env={**os.environ, **(env or {})}, stdin=stdin,
            stdout=self._log if stdout is None else stdout, stderr=self._log,
        )
        self.pid = self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def rss_mb(self) -> float:
        return _status_kb(self.pid, "VmRSS") / 1024

    def hwm_mb(self) -> float:
        """The peak resident memory of the process so far."""
        return _status_kb(self.pid, "VmHWM") / 1024

    def cpu_seconds(self) -> float:
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / TICK

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM, then SIGKILL if it does not end in time; this process only."""
        if self.alive():
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(10)
        self._log.close()
        return self.popen.returncode


def _status_kb(pid: int, key: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return float(line.split()[1])
    except OSError:
        pass
    return 0.0


class Sampler:
    """Sample a process's resident memory and CPU while a block runs."""

    def __init__(self, proc: Proc, every: float = 0.1) -> None:
        self.proc, self.every = proc, every
        self.max_rss = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.max_rss = max(self.max_rss, self.proc.rss_mb())
            self._stop.wait(self.every)

    def __enter__(self) -> Sampler:
        self.cpu0, self.t0 = self.proc.cpu_seconds(), time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.max_rss = max(self.max_rss, self.proc.rss_mb())
        self.cpu_percent = 100 * (self.proc.cpu_seconds() - self.cpu0) / max(time.monotonic() - self.t0, 1e-9)


class Harness:
    """The harness process (fakes and simulated people), driven by JSON lines."""

    def __init__(self, run_dir: Path) -> None:
        self.proc = Proc("harness", [sys.executable, str(ROOT / "bench" / "harness.py")], run_dir,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.proc.popen.stdout is not None
        line = self.proc.popen.stdout.readline()
        if not line:
            raise RuntimeError(f"the harness did not start:\n{self.proc.log()[-3000:]}")
        self.hello: dict[str, Any] = json.loads(line)

    def call(self, op: str, **params: Any) -> Any:
        stdin, stdout = self.proc.popen.stdin, self.proc.popen.stdout
        assert stdin is not None and stdout is not None
        stdin.write((json.dumps({"op": op, **params}) + "\n").encode())
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise RuntimeError(f"the harness ended:\n{self.proc.log()[-3000:]}")
        answer = json.loads(line)
        if not answer["ok"]:
            raise RuntimeError(f"harness {op}: {answer['error']}")
        return answer["result"]

    def stop(self) -> None:
        stdin = self.proc.popen.stdin
        if stdin is not None and self.proc.alive():
            try:
                stdin.write(b'{"op": "quit"}\n')
                stdin.flush()
                stdin.close()
                self.proc.popen.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self.proc.stop()


def healthz(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
            return bool(response.status == 200)
    except OSError:
        return False


class Bot:
    """`python run_bot.py serve` as a real separate process."""

    def __init__(self, name: str, run_dir: Path, settings: dict[str, str], ready: tuple[str, ...]) -> None:
        self.port = free_port()
        env = {"HOST": "127.0.0.1", "PORT": str(self.port), "NO_PROXY": "127.0.0.1,localhost",
               "no_proxy": "127.0.0.1,localhost", "PYTHONUNBUFFERED": "1", **settings}
        self.proc = Proc(name, [sys.executable, str(ROOT / "run_bot.py"), "serve"], run_dir, env=env)
        self.ready_seconds = self._wait_ready(ready)

    def _wait_ready(self, marks: tuple[str, ...], timeout: float = 60.0) -> float:
        """Seconds from spawning until /healthz answers and every channel logged that it is ready."""
        deadline = self.proc.started + timeout
        while time.monotonic() < deadline:
            if not self.proc.alive():
                raise RuntimeError(f"{self.proc.name} ended at start:\n{self.proc.log()[-3000:]}")
            if healthz(self.port) and all(mark in self.proc.log() for mark in marks):
                return time.monotonic() - self.proc.started
            time.sleep(0.005)
        raise TimeoutError(f"{self.proc.name} not ready in {timeout} s:\n{self.proc.log()[-3000:]}")

    def stop(self) -> int | None:
        return self.proc.stop()
