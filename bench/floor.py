"""The floor: a bare aiohttp endpoint that checks a LINE signature and answers 200, nothing else.

`python bench/floor.py PORT SECRET` serves POST /line/webhook on 127.0.0.1:PORT until SIGTERM.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import sys

from aiohttp import web


def main() -> None:
    port, secret = int(sys.argv[1]), sys.argv[2].encode()

    async def webhook(request: web.Request) -> web.Response:
        given = request.headers.get("X-Line-Signature", "").encode()
        body = await request.read()
        expected = base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest())
        return web.Response(status=200 if hmac.compare_digest(expected, given) else 401)

    app = web.Application()
    app.router.add_post("/line/webhook", webhook)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


if __name__ == "__main__":
    main()
