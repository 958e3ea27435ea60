"""Open a page in headless Chromium (Debian's, via playwright) and report what happened."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]


@dataclass
class Visit:
    seconds_to_ready: float
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    values: dict = field(default_factory=dict)


def visit(path: Path, *, evaluate: dict[str, str] | None = None, screenshot: Path | None = None,
          viewport=(1600, 900), timeout_ms: int = 120_000, full_page: bool = False,
          pdf: Path | None = None, actions=None, in_frame: bool = False,
          downloads: Path | None = None) -> Visit:
    """Load ``path``, wait until the map in it (on the page or in an iframe) says it has
    drawn, run ``actions(page, frame, values)`` (clicks, keys; it may store results in
    ``values``), then evaluate JS expressions on the page (in the map's frame with
    ``in_frame``). Downloads are saved into ``downloads``."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run tests/install_browser.sh (the README's test command does)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]},
                                    accept_downloads=downloads is not None)
            result = Visit(0.0)
            page.on("console", lambda m: result.errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: result.errors.append(str(e)))
            page.on("request", lambda r: result.requests.append(r.url))
            page.on("dialog", lambda d: (result.dialogs.append(d.message), d.dismiss()))
            start = time.perf_counter()
            page.goto(path.resolve().as_uri())
            frame = page.main_frame
            if page.query_selector("#elz") is None:  # a report: the map is in an iframe
                frame = page.wait_for_selector("iframe", timeout=timeout_ms).content_frame()
            frame.wait_for_selector("body[data-ready='1']", timeout=timeout_ms)
            result.seconds_to_ready = time.perf_counter() - start
            page.wait_for_timeout(300)  # let any late script run
            if actions is not None:
                actions(page, frame, result.values)
            for name, expression in (evaluate or {}).items():
                result.values[name] = (frame if in_frame else page).evaluate(expression)
            if screenshot is not None:
                page.screenshot(path=str(screenshot), full_page=full_page)
            if pdf is not None:  # what "print to PDF" gives, with the print stylesheet
                page.emulate_media(media="print")
                page.pdf(path=str(pdf), format="A4", print_background=True)
            return result
        finally:
            browser.close()
