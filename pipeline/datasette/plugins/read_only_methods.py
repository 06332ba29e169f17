"""Answer POST, PUT, PATCH and DELETE with 405 Method Not Allowed.

The public Datasette is read-only: no canned query is writable and no write plugin is
installed. Datasette 0.65 still routes a POST to a read-only canned query into its write path,
which fails with a 500 ('tuple' object has no attribute 'asgi_send'). A reader, a crawler or a
form replayed by a browser should get a clear refusal instead, and nothing is written either way.
"""
from __future__ import annotations

from datasette import hookimpl

READ_METHODS = {"GET", "HEAD", "OPTIONS"}
MESSAGE = b"405 Method Not Allowed: this Datasette is read-only; use GET.\n"


def refuse_writes(app):
    async def wrapped(scope, receive, send):
        if scope["type"] == "http" and scope.get("method", "GET").upper() not in READ_METHODS:
            await send({"type": "http.response.start", "status": 405, "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"allow", b"GET, HEAD, OPTIONS"),
                (b"content-length", str(len(MESSAGE)).encode()),
            ]})
            await send({"type": "http.response.body", "body": MESSAGE})
            return
        await app(scope, receive, send)
    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    return refuse_writes
