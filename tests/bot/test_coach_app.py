"""The coach inbox and its JSON API, over real HTTP on a free local port."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import pytest
from aiohttp import web

from bot.coach_app import init_app
from bot.handoff import store
from bot.handoff.accounts import hash_password, issue_token
from bot.handoff.db import session_scope
from bot.handoff.models import Coach
from bot.handoff.store import HandoffRequest
from bot.seed import apply_seed, read_seed
from careerbot.settings import load
from tests.servers import drop_postgres_database, free_port

PASSWORD = "correct horse battery"


@dataclass
class Inbox:
    url: str
    db: str
    tokens: dict[str, str]
    tasks: dict[str, int]


def _task(db: str, school_id: str, transcript_text: str = "can I talk to my coach") -> int:
    request = HandoffRequest(
        conversation_id="conv",
        channel="web",
        topic="financial_aid",
        school_id=school_id,
        first_name="Maria",
        contact="+16015550123",
        contact_kind="phone",
        consent=True,
        transcript=[{"who": "student", "text": transcript_text}],
    )
    with session_scope(db) as session:
        return store.create_task(
            session=session, request=request, tz="America/Chicago", day_end="15:30"
        ).task_id


@pytest.fixture
async def inbox(tmp_path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Inbox]:
    db = f"sqlite:///{tmp_path / 'handoff.sqlite'}"
    monkeypatch.setenv("CAREERBOT_DATABASE_URL", db)
    monkeypatch.setenv("CAREERBOT_VAR_DIR", str(tmp_path))
    with session_scope(db) as session:
        apply_seed(session=session, seed=read_seed(), password=PASSWORD)
        tokens = {
            c.username: issue_token(session=session, coach=c)
            for c in session.query(Coach).filter(Coach.username.in_(["rivera", "johnson"]))
        }
    tasks = {
        "hattiesburg": _task(db, "hattiesburg-high", "<script>alert('x')</script> help"),
        "tupelo": _task(db, "tupelo-high"),
    }
    port = free_port()
    runner = web.AppRunner(init_app(load()))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield Inbox(f"http://127.0.0.1:{port}", db, tokens, tasks)
    await runner.cleanup()


def client() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "page has no CSRF token"
    return found.group(1)


async def sign_in(http: aiohttp.ClientSession, url: str, username: str, password: str = PASSWORD):
    async with http.get(f"{url}/login") as response:
        token = csrf_of(await response.text())
    return await http.post(
        f"{url}/login",
        data={"username": username, "password": password, "csrf": token},
        allow_redirects=False,
    )


async def test_inbox_without_sign_in_sends_you_to_the_sign_in_page(inbox: Inbox) -> None:
    async with client() as http, http.get(f"{inbox.url}/inbox", allow_redirects=False) as response:
        assert response.status == 303 and response.headers["Location"] == "/login"


async def test_wrong_password_is_refused(inbox: Inbox) -> None:
    async with client() as http:
        response = await sign_in(http, inbox.url, "rivera", "not the password")
        assert response.status == 401
        assert "do not match" in await response.text()
        async with http.get(f"{inbox.url}/inbox", allow_redirects=False) as page:
            assert page.status == 303


async def test_sign_in_without_the_csrf_token_is_refused(inbox: Inbox) -> None:
    async with (
        client() as http,
        http.post(
            f"{inbox.url}/login", data={"username": "rivera", "password": PASSWORD}
        ) as response,
    ):
        assert response.status == 403


async def test_session_cookie_is_httponly_and_same_site_strict(inbox: Inbox) -> None:
    async with client() as http:
        response = await sign_in(http, inbox.url, "rivera")
        assert response.status == 303
        cookie = response.headers.get("Set-Cookie", "")
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert "coach_id" not in cookie  # encrypted, not readable


async def test_coach_sees_only_their_own_schools_tasks(inbox: Inbox) -> None:
    async with client() as http:
        await sign_in(http, inbox.url, "rivera")
        async with http.get(f"{inbox.url}/inbox") as response:
            page = await response.text()
            assert response.headers["Cache-Control"] == "no-store"
            assert response.headers["X-Frame-Options"] == "DENY"
        assert "Hattiesburg High School" in page and "Maria" in page
        assert "Tupelo High School" not in page
        async with http.get(f"{inbox.url}/inbox/tasks/{inbox.tasks['tupelo']}") as response:
            assert response.status == 404


async def test_task_page_escapes_what_the_student_typed(inbox: Inbox) -> None:
    async with client() as http:
        await sign_in(http, inbox.url, "rivera")
        async with http.get(f"{inbox.url}/inbox/tasks/{inbox.tasks['hattiesburg']}") as response:
            page = await response.text()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; help" in page
    assert "+16015550123 (phone)" in page


async def test_claim_note_and_resolve_from_the_task_page(inbox: Inbox) -> None:
    task_url = f"{inbox.url}/inbox/tasks/{inbox.tasks['hattiesburg']}"
    async with client() as http:
        await sign_in(http, inbox.url, "rivera")
        async with http.get(task_url) as response:
            token = csrf_of(await response.text())
        async with http.post(f"{task_url}/claim", data={"csrf": token}) as response:
            assert "Task claimed." in await response.text()
        async with http.post(f"{task_url}/notes", data={"csrf": token, "text": "Called her"}) as r:
            assert "Called her" in await r.text()
        async with http.post(f"{task_url}/resolve", data={"csrf": token}) as response:
            page = await response.text()
    assert '<dd class="status">resolved</dd>' in page


async def test_claim_without_csrf_token_is_refused(inbox: Inbox) -> None:
    task_url = f"{inbox.url}/inbox/tasks/{inbox.tasks['hattiesburg']}"
    async with client() as http:
        await sign_in(http, inbox.url, "rivera")
        async with http.post(f"{task_url}/claim", data={"csrf": "forged"}) as response:
            assert response.status == 403
    with session_scope(inbox.db) as session:
        assert store.get_task(session=session, task_id=inbox.tasks["hattiesburg"]).status == "open"


async def test_coach_cannot_claim_another_schools_task(inbox: Inbox) -> None:
    async with client() as http:
        await sign_in(http, inbox.url, "rivera")
        async with http.get(f"{inbox.url}/inbox") as response:
            token = csrf_of(await response.text())
        url = f"{inbox.url}/inbox/tasks/{inbox.tasks['tupelo']}/claim"
        async with http.post(url, data={"csrf": token}) as response:
            assert response.status == 404


async def test_sign_out_ends_the_session(inbox: Inbox) -> None:
    async with client() as http:
        await sign_in(http, inbox.url, "rivera")
        async with http.get(f"{inbox.url}/inbox") as response:
            token = csrf_of(await response.text())
        await http.post(f"{inbox.url}/logout", data={"csrf": token})
        async with http.get(f"{inbox.url}/inbox", allow_redirects=False) as response:
            assert response.status == 303


async def test_api_without_a_token_is_refused(inbox: Inbox) -> None:
    async with client() as http:
        for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic x"}):
            async with http.get(f"{inbox.url}/api/tasks", headers=headers) as response:
                assert response.status == 401
                assert response.headers["WWW-Authenticate"] == "Bearer"


async def test_api_lists_and_moves_only_the_token_owners_tasks(inbox: Inbox) -> None:
    headers = {"Authorization": f"Bearer {inbox.tokens['rivera']}"}
    own, other = inbox.tasks["hattiesburg"], inbox.tasks["tupelo"]
    async with client() as http:
        async with http.get(f"{inbox.url}/api/tasks", headers=headers) as response:
            listed = (await response.json())["tasks"]
        assert [t["id"] for t in listed] == [own]
        assert listed[0]["status"] == "open" and "contact" not in listed[0]
        async with http.get(f"{inbox.url}/api/tasks/{other}", headers=headers) as response:
            assert response.status == 404
        async with http.post(f"{inbox.url}/api/tasks/{other}/claim", headers=headers) as response:
            assert response.status == 404
        async with http.post(f"{inbox.url}/api/tasks/{own}/claim", headers=headers) as response:
            assert (await response.json())["status"] == "claimed"
        async with http.post(f"{inbox.url}/api/tasks/{own}/claim", headers=headers) as response:
            assert response.status == 409
        url = f"{inbox.url}/api/tasks/{own}/notes"
        async with http.post(url, headers=headers, data="not json") as response:
            assert response.status == 400
        async with http.post(url, headers=headers, json={"text": "texted back"}) as response:
            assert (await response.json())["notes"][0]["text"] == "texted back"
        async with http.post(f"{inbox.url}/api/tasks/{own}/resolve", headers=headers) as response:
            detail = await response.json()
    assert detail["status"] == "resolved" and detail["contact"] == "+16015550123"


async def test_api_rejects_an_unknown_status_filter(inbox: Inbox) -> None:
    headers = {"Authorization": f"Bearer {inbox.tokens['johnson']}"}
    async with (
        client() as http,
        http.get(f"{inbox.url}/api/tasks?status=deleted", headers=headers) as response,
    ):
        assert response.status == 400


def test_short_passwords_are_refused() -> None:
    with pytest.raises(ValueError):
        hash_password("short")


async def test_wrong_passwords_slow_sign_in_but_never_lock_the_coach_out(inbox: Inbox) -> None:
    async with client() as http:
        # An attacker tries the same coach with padded and capitalised spellings.
        for spelling in ["johnson", " johnson", "JOHNSON ", "Johnson", "johnson\t", "jOhnson"]:
            assert (await sign_in(http, inbox.url, spelling, "wrong password!")).status == 401
        started = time.perf_counter()
        response = await sign_in(http, inbox.url, "johnson")  # the coach, right after
        waited = time.perf_counter() - started
        assert response.status == 303  # slowed, never locked out
        assert waited >= 1.5  # six failures counted as one username: about 2 s of delay


async def test_a_padded_capitalised_username_signs_in(inbox: Inbox) -> None:
    async with client() as http:
        assert (await sign_in(http, inbox.url, "  Rivera ")).status == 303


async def test_a_wrong_password_costs_the_same_whether_or_not_the_coach_exists(
    inbox: Inbox,
) -> None:
    async def attempt(username: str) -> float:
        async with client() as http:
            async with http.get(f"{inbox.url}/login") as response:
                token = csrf_of(await response.text())
            started = time.perf_counter()
            async with http.post(
                f"{inbox.url}/login",
                data={"username": username, "password": "wrong password!", "csrf": token},
            ) as response:
                assert response.status == 401
            return time.perf_counter() - started

    known = min([await attempt("rivera"), await attempt("rivera")])
    unknown = min([await attempt("no-such-coach"), await attempt("no-such-coach")])
    # Same bcrypt cost either way (it was 4x cheaper for unknown names: a username oracle).
    assert unknown >= 0.6 * known, (known, unknown)


async def test_a_cookie_saved_before_sign_out_no_longer_works(inbox: Inbox) -> None:
    async with client() as http:
        assert (await sign_in(http, inbox.url, "rivera")).status == 303
        saved = {c.key: c.value for c in http.cookie_jar}
        async with http.get(f"{inbox.url}/inbox") as response:
            token = csrf_of(await response.text())
        await http.post(f"{inbox.url}/logout", data={"csrf": token}, allow_redirects=False)
    async with (
        aiohttp.ClientSession(cookies=saved) as replay,
        replay.get(f"{inbox.url}/inbox", allow_redirects=False) as response,
    ):
        assert response.status == 303 and response.headers["Location"] == "/login"


async def test_every_response_carries_the_security_headers(inbox: Inbox) -> None:
    async with client() as http:
        checks = [
            ("GET", "/login", 200),
            ("GET", "/inbox", 303),  # a redirect
            ("POST", "/login", 403),  # an error (no CSRF token)
            ("GET", "/inbox/tasks/1", 303),
            ("GET", "/no-such-page", 404),
            ("GET", "/", 200),  # the widget's demo page
        ]
        for method, path, status in checks:
            async with http.request(
                method, f"{inbox.url}{path}", allow_redirects=False
            ) as response:
                assert response.status == status, path
                headers = response.headers
                assert headers["X-Content-Type-Options"] == "nosniff", path
                assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], path
                assert headers["Referrer-Policy"] == "no-referrer", path


async def test_a_huge_task_id_is_not_found(inbox: Inbox) -> None:
    huge = "9" * 40
    async with client() as http:
        await sign_in(http, inbox.url, "rivera")
        for path in [f"/inbox/tasks/{huge}", "/inbox/tasks/12abc", f"/inbox/tasks/{2**31}"]:
            async with http.get(f"{inbox.url}{path}", allow_redirects=False) as response:
                assert response.status == 404, path
        bearer = {"Authorization": f"Bearer {inbox.tokens['rivera']}"}
        async with http.get(f"{inbox.url}/api/tasks/{huge}", headers=bearer) as response:
            assert response.status == 404


async def test_a_database_outage_answers_503_and_the_app_keeps_serving(
    tmp_path, monkeypatch: pytest.MonkeyPatch, postgres_url: str
) -> None:
    db = postgres_url
    monkeypatch.setenv("CAREERBOT_DATABASE_URL", db)
    monkeypatch.setenv("CAREERBOT_VAR_DIR", str(tmp_path))
    with session_scope(db) as session:
        apply_seed(session=session, seed=read_seed(), password=PASSWORD)
    port = free_port()
    runner = web.AppRunner(init_app(load()))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    url = f"http://127.0.0.1:{port}"
    try:
        async with client() as http:
            assert (await sign_in(http, url, "rivera")).status == 303
            drop_postgres_database(db.rsplit("/", 1)[1])  # the outage
            async with http.get(f"{url}/inbox") as response:
                assert response.status == 503
                assert "not reachable" in await response.text()
            async with http.get(f"{url}/login") as response:
                assert response.status == 200  # pages without the database still work
    finally:
        await runner.cleanup()
