"""Open a map in a real headless Chromium with the network blocked: for the browser tests and
the map benchmark, which must see what a colleague offline would see.

Playwright's Python package drives Debian's own Chromium (``/usr/bin/chromium``, or
``$COORDKG_CHROMIUM``); no browser is ever downloaded.  Playwright is imported lazily: it is a
test dependency, not one of coordkg's.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Error, Page, Route

CHROMIUM = "/usr/bin/chromium"
ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def executable() -> str:
    return os.environ.get("COORDKG_CHROMIUM", CHROMIUM)


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's Chromium, headless, through Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable(), args=list(ARGS))
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Opened:
    """A map open in its own browser context; the lists fill as the page runs."""

    page: Page
    refused: list[str] = field(default_factory=list)  # URLs it tried to fetch
    errors: list[str] = field(default_factory=list)  # console errors, uncaught exceptions

    def close(self) -> None:
        self.page.context.close()


def open_map(
    browser: Browser, path: Path, width: int = 1400, height: int = 900, bypass_csp: bool = False
) -> Opened:
    """Load a map from ``file://`` with every other request refused.

    ``bypass_csp`` switches the page's Content-Security-Policy off, to test what the page's
    own escaping does without that second line of defence.
    """
    context = browser.new_context(
        viewport={"width": width, "height": height}, bypass_csp=bypass_csp
    )
    opened = Opened(context.new_page())

    def route(r: Route) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            opened.refused.append(r.request.url)
            r.abort()

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            opened.errors.append(message.text)

    def uncaught(error: Error) -> None:
        opened.errors.append(str(error))

    opened.page.route("**/*", route)
    opened.page.on("console", console)
    opened.page.on("pageerror", uncaught)
    opened.page.goto(path.resolve().as_uri())
    return opened


def wait_until_still(page: Page, timeout: float = 60.0) -> float:
    """Milliseconds from navigation until the page said its layout is still.

    Polls with ``evaluate`` (Playwright's ``wait_for_function`` evaluates a string, which the
    page's Content-Security-Policy forbids).

    Raises:
        TimeoutError: the layout was not still within ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        still = page.evaluate("window.coordkgMap && window.coordkgMap.stillMs")
        if still is not None:
            return float(still)
        time.sleep(0.05)
    raise TimeoutError(f"the map was not still after {timeout:.0f} s")
