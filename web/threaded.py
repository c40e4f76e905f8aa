"""A response made by blocking work in a thread of its own: a page's child process, a query.

The work waits on pipes and semaphores, which the event loop must not, so it runs in a thread
that ends with its response (no pool of idle threads outlives it), and sends the response
through a :class:`Channel`.  Each message waits until the connection has taken it, so a slow
reader holds back the work, and its child, rather than filling the server's memory.  When the
client goes, the peer of the channel's ``watch`` socket is closed: a child watching it
(``coordkg.queries.bounded``) is stopped at once, and the next message raises
:class:`~coordkg.queries.bounded.ClientGone`, which ends the work quietly.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import traceback
from collections.abc import Callable, Mapping
from typing import Any

from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from coordkg.queries.bounded import ClientGone


class Channel:
    """The work's side of one response."""

    def __init__(self, loop: asyncio.AbstractEventLoop, send: Send, head_only: bool) -> None:
        self._loop = loop
        self._send = send
        self._head_only = head_only  # a HEAD request: the same head, no body
        self.watch, self._peer = socket.socketpair()
        self._gone = threading.Event()

    def start(self, status: int, headers: Mapping[str, str]) -> None:
        """Send the head; without a Content-Length the body goes in chunks (HTTP/1.1)."""
        fields = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        self._put({"type": "http.response.start", "status": status, "headers": fields})

    def body(self, data: bytes, more: bool = True) -> None:
        """Send a piece of the body; ``more=False`` ends it (a body never ended shows the
        client it was cut short)."""
        if self._head_only and more:
            return
        self._put(
            {
                "type": "http.response.body",
                "body": b"" if self._head_only else data,
                "more_body": more,
            }
        )

    def reply(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        """A whole response at once."""
        self.start(status, {**headers, "Content-Length": str(len(body))})
        self.body(body, more=False)

    def left(self) -> None:
        """The client has gone: stop what watches, refuse what is sent."""
        self._gone.set()
        self._peer.close()

    def close(self) -> None:
        """Close both ends (once the work is done with ``watch``)."""
        self.watch.close()
        self._peer.close()

    def _put(self, message: Message) -> None:
        if self._gone.is_set():
            raise ClientGone()
        asyncio.run_coroutine_threadsafe(_deliver(self._send, message), self._loop).result()


class Threaded(Response):
    """The response ``work(channel)`` makes, in a thread of its own."""

    def __init__(self, work: Callable[[Channel], None]) -> None:
        self.work = work

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        loop = asyncio.get_running_loop()
        channel = Channel(loop, send, scope["method"] == "HEAD")
        done: asyncio.Future[None] = loop.create_future()

        def run() -> None:
            outcome: BaseException | None = None
            try:
                self.work(channel)
            except ClientGone:
                pass  # nobody left to answer (a child it ran is gone with its block)
            except BaseException as exc:  # a bug: shown here, and handed to the loop
                traceback.print_exc()
                outcome = exc
            finally:
                channel.close()  # by the thread that watches it
            with contextlib.suppress(RuntimeError):  # the loop is closed: the server stopped
                loop.call_soon_threadsafe(_settle, done, outcome)

        listener = asyncio.ensure_future(_listen(receive, channel))
        threading.Thread(target=run, daemon=True, name="coordkg-response").start()
        try:
            await done
        finally:  # answered, or cancelled (the server is stopping): the work stops too
            listener.cancel()
            channel.left()


async def _deliver(send: Send, message: Message) -> None:
    await send(message)


def _settle(done: asyncio.Future[None], outcome: BaseException | None) -> None:
    if done.done():  # the request was cancelled (the server is stopping)
        return
    if outcome is None:
        done.set_result(None)
    else:
        done.set_exception(outcome)


async def _listen(receive: Receive, channel: Channel) -> None:
    """Tell the channel when the client goes (the request's body was read before)."""
    message: dict[str, Any] = {}
    while message.get("type") != "http.disconnect":
        message = dict(await receive())
    channel.left()
