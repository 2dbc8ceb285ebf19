"""The chat widget as a student meets it: served over HTTP, driven in headless Chromium.

The browser tests serve the widget from a small aiohttp app that calls ``setup_widget`` (the
same function the coach app uses) and point it at the Rasa server of the ``stack`` fixture,
whose port is only known once it runs.
"""

from __future__ import annotations

import asyncio
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from aiohttp import web

from bot.widget import setup_widget
from tests.servers import ROOT, WIDGET_HOST_PORT, free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAY_QUESTION = "how much do electricians make in hattiesburg"


@contextmanager
def widget_host(socket_url: str, port: int | None = None) -> Iterator[str]:
    """Serve the widget's routes on ``port`` (else a free one), talking to ``socket_url``.

    Rasa accepts the widget only from allowed origins: tests that talk to the ``stack`` serve
    the page on ``WIDGET_HOST_PORT``, the origin the stack allows.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CAREERBOT_WIDGET_SOCKET_URL", socket_url)
        app = web.Application()
        setup_widget(app)
    port = port or free_port()
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app)
    started = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
        started.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())
        loop.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert started.wait(10), "widget host did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


def get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers["Content-Type"], response.read().decode()


# ---- served over HTTP ------------------------------------------------------------------------


def test_demo_page_embeds_the_widget_with_one_snippet() -> None:
    with widget_host("http://127.0.0.1:9") as host:
        status, kind, page = get(host + "/")
    assert status == 200 and kind.startswith("text/html")
    assert '<script src="/widget.js" data-school="demo-high" defer></script>' in page
    assert "data-school=&quot;YOUR-SCHOOL-ID&quot;" in page  # the snippet a school copies
    assert "CC BY 4.0" in page and "May 2025" in page


def test_widget_script_bundles_socket_io_and_the_configured_server() -> None:
    with widget_host("http://127.0.0.1:5205") as host:
        status, kind, script = get(host + "/widget.js")
        _, css_kind, _ = get(host + "/widget.css")
        _, _, licence = get(host + "/vendor/socket.io-client.LICENSE")
    assert status == 200 and kind.startswith("application/javascript")
    assert "Socket.IO v4" in script
    assert '{"server": "http://127.0.0.1:5205"}' in script
    assert "sourceMappingURL" not in script
    assert css_kind.startswith("text/css")
    assert "MIT" in licence


# ---- in the browser --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is needed: `make browser` installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator[object]:
    context = browser.new_context()
    yield context.new_page()
    context.close()


def serious_violations(page) -> list[dict]:
    """axe-core's serious and critical findings for the page as it is now."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci`")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.browser
def test_widget_opens_and_closes_from_the_keyboard(page) -> None:
    with widget_host("http://127.0.0.1:9") as host:
        page.goto(host + "/")
        launcher = page.get_by_role("button", name="Chat about jobs")
        launcher.focus()
        page.keyboard.press("Enter")
        dialog = page.get_by_role("dialog", name="Career chat")
        assert dialog.is_visible()
        assert page.evaluate("document.activeElement.id") == "cb-input"
        page.keyboard.press("Escape")
        assert not dialog.is_visible()
        assert page.evaluate("document.activeElement.className") == "cb-launcher"
        page.keyboard.press("Enter")
        assert dialog.is_visible()
        page.get_by_role("button", name="Close chat").click()
        assert not dialog.is_visible()


@pytest.mark.browser
def test_widget_leaves_the_school_pages_globals_alone(page) -> None:
    with widget_host("http://127.0.0.1:9") as host:
        page.goto(host + "/")
        page.get_by_role("button", name="Chat about jobs").wait_for()
        assert page.evaluate("typeof window.io") == "undefined"


@pytest.mark.browser
def test_widget_says_so_when_the_assistant_is_unreachable(page) -> None:
    with widget_host(f"http://127.0.0.1:{free_port()}") as host:
        page.goto(host + "/")
        page.get_by_role("button", name="Chat about jobs").click()
        page.get_by_label("Your message").fill("hello")
        page.keyboard.press("Enter")
        page.get_by_text("Can't reach the assistant right now").wait_for(timeout=15000)
        assert page.get_by_text("hello").is_visible()  # nothing typed is lost


@pytest.mark.browser
def test_an_empty_message_is_not_sent(page) -> None:
    with widget_host(f"http://127.0.0.1:{free_port()}") as host:
        page.goto(host + "/")
        page.get_by_role("button", name="Chat about jobs").click()
        page.get_by_label("Your message").fill("   ")
        page.keyboard.press("Enter")
        page.get_by_text("Type a question first").wait_for(timeout=5000)
        assert page.locator(".cb-user").count() == 0


@pytest.mark.browser
def test_markup_in_a_message_is_shown_as_text_never_run(page) -> None:
    attack = '<img src=x onerror="window.pwned = 1"><b>bold</b>'
    with widget_host(f"http://127.0.0.1:{free_port()}") as host:
        page.goto(host + "/")
        page.get_by_role("button", name="Chat about jobs").click()
        page.get_by_label("Your message").fill(attack)
        page.keyboard.press("Enter")
        bubble = page.locator(".cb-user").first
        bubble.wait_for()
        assert attack in bubble.inner_text()
        assert bubble.locator("img, b").count() == 0
        assert page.evaluate("typeof window.pwned") == "undefined"


@pytest.mark.browser
def test_widget_fills_a_phone_screen(browser) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True)
    page = context.new_page()
    with widget_host("http://127.0.0.1:9") as host:
        page.goto(host + "/")
        page.get_by_role("button", name="Chat about jobs").click()
        box = page.get_by_role("dialog").bounding_box()
        assert box is not None and box["width"] == 375 and box["height"] == 667
        assert page.get_by_role("button", name="Close chat").is_visible()
        assert page.get_by_role("button", name="Talk to my coach").is_visible()
    context.close()


@pytest.mark.browser
@pytest.mark.slow
def test_pay_question_answer_survives_a_reload_and_passes_axe(stack, page) -> None:
    with widget_host(stack.rasa_url, WIDGET_HOST_PORT) as host:
        page.goto(host + "/")
        page.get_by_role("button", name="Chat about jobs").click()
        page.get_by_label("Your message").fill(PAY_QUESTION)
        page.keyboard.press("Enter")
        # The indicator shows until the reply lands; a fast reply can remove it before a
        # check runs, so it is read together with the reply, never after it.
        typing = page.get_by_text("The assistant is typing")
        answer = page.locator(".cb-bot", has_text="$48,580")
        assert typing.is_visible() or answer.count() == 1
        answer.wait_for(timeout=60000)
        assert not typing.is_visible()
        assert page.locator("[aria-live]").count() >= 1

        page.reload()
        page.locator(".cb-bot", has_text="$48,580").wait_for(timeout=10000)
        assert page.locator(".cb-user", has_text=PAY_QUESTION).is_visible()
        assert serious_violations(page) == []


def wait_for_reply(page, stack, timeout_ms: int = 60000) -> None:
    """Wait for the assistant's first reply; without one, fail with what the servers logged."""
    try:
        page.locator(".cb-bot").first.wait_for(timeout=timeout_ms)
    except Exception as error:  # playwright's TimeoutError: say why, not only that
        status = page.locator(".cb-status").all_inner_texts()
        logs = {
            log.name: log.read_text(errors="replace")[-3000:]
            for log in sorted(stack.log_dir.glob("*.log"))
        }
        message = f"no reply in {timeout_ms} ms; status {status}; logs {logs}"
        raise AssertionError(message) from error


@pytest.mark.browser
@pytest.mark.slow
def test_greeting_buttons_render_and_answer_when_clicked(stack, page) -> None:
    with widget_host(stack.rasa_url, WIDGET_HOST_PORT) as host:
        page.goto(host + "/")
        page.get_by_role("button", name="Chat about jobs").click()
        page.get_by_label("Your message").fill("hi")
        page.keyboard.press("Enter")
        wait_for_reply(page, stack)
        choices = page.locator(".cb-choice")
        assert choices.count() >= 2, page.locator(".cb-bot").all_inner_texts()
        bots_before = page.locator(".cb-bot").count()
        title = choices.first.inner_text()
        choices.first.click()
        page.locator(".cb-user", has_text=title).wait_for()
        page.wait_for_function(
            f"document.querySelectorAll('.cb-bot').length > {bots_before}", timeout=60000
        )
        assert serious_violations(page) == []


@pytest.mark.slow
def test_coach_app_serves_the_demo_page_and_the_widget(stack) -> None:
    if stack.coach_url is None:
        pytest.fail("the stack did not start the coach app")
    _, kind, page = get(stack.coach_url + "/")
    assert kind.startswith("text/html") and 'src="/widget.js"' in page
    _, _, script = get(stack.coach_url + "/widget.js")
    assert "Socket.IO v4" in script and "session_request" in script


@pytest.mark.browser
@pytest.mark.slow
def test_a_page_on_a_site_that_is_not_allowed_cannot_reach_the_assistant(stack, page) -> None:
    with widget_host(stack.rasa_url) as host:  # a free port: not in CAREERBOT_ALLOWED_ORIGINS
        page.goto(host + "/")
        page.get_by_role("button", name="Chat about jobs").click()
        page.get_by_label("Your message").fill("hello")
        page.keyboard.press("Enter")
        page.get_by_text("Can't reach the assistant right now").wait_for(timeout=15000)
        assert page.locator(".cb-bot").count() == 0
