"""nginx in front of bot processes, configured from the deploy recipe (deploy/nginx/petition-bot.conf).

The recipe's HTTPS server block is reused as it is (its proxy settings, body limit and the two webhook
locations) minus TLS, listening on 127.0.0.1 over plain HTTP; its upstream gets one server per bot
process, with the recipe's keepalive. nginx runs in the foreground as a child of the benchmark.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from bench.procs import ROOT, TICK, Proc, free_port, wait_port

RECIPE = ROOT / "deploy" / "nginx" / "petition-bot.conf"
DROPPED = ("listen", "server_name", "ssl_")


def recipe_parts(text: str) -> tuple[str, str]:
    """The upstream's keepalive line and the body of the recipe's last server block, without TLS."""
    keepalive = re.search(r"^\s*keepalive\s+\d+;", text, re.M)
    body = text.rsplit("server {", 1)[1].rstrip().removesuffix("}")
    lines = [line for line in body.splitlines() if not line.strip().startswith(DROPPED)]
    return (keepalive.group().strip() if keepalive else ""), "\n".join(lines)


def config(run_dir: Path, port: int, upstreams: list[int]) -> str:
    """An nginx.conf serving the recipe's locations on 127.0.0.1:port in front of `upstreams`."""
    keepalive, server = recipe_parts(RECIPE.read_text(encoding="utf-8"))
    servers = "\n".join(f"    server 127.0.0.1:{p};" for p in upstreams)
    temp = run_dir / "nginx-temp"
    temp.mkdir(exist_ok=True)
    paths = "\n".join(f"  {kind}_temp_path {temp / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                       "scgi"))
    return f"""worker_processes 1;
daemon off;
pid {run_dir / 'nginx.pid'};
error_log {run_dir / 'nginx-error.log'} warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
{paths}
  upstream petition_bot {{
{servers}
    {keepalive}
  }}
  server {{
    listen 127.0.0.1:{port};
{server}
  }}
}}
"""


class Nginx:
    """nginx in front of the bot processes listening on `upstreams`; `port` is where to send webhooks."""

    def __init__(self, name: str, run_dir: Path, upstreams: list[int]) -> None:
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.port = free_port()
        conf = run_dir / f"{name}.conf"
        conf.write_text(config(run_dir, self.port, upstreams), encoding="utf-8")
        self.proc = Proc(name, [binary, "-c", str(conf), "-p", str(run_dir), "-g", "user root;"], run_dir)
        wait_port(self.port)

    def cpu_seconds(self) -> float:
        """CPU time of the master and its workers (the workers do the proxying)."""
        return self.proc.cpu_seconds() + sum(process_cpu_seconds(pid) for pid in children(self.proc.pid))

    def stop(self) -> None:
        self.proc.stop()


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def process_cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of any process by id (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def postgres_cpu_seconds() -> float:
    """CPU seconds of every PostgreSQL server process on this machine (other users' work included)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "postgres":
                    total += process_cpu_seconds(int(entry.name))
            except OSError:
                continue
    return total


def available() -> bool:
    return bool(shutil.which("nginx") or Path("/usr/sbin/nginx").exists())
