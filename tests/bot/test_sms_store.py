"""Opt-outs and open choices are remembered in the app database, keyed by the hashed number."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from bot.handoff.errors import StoreUnavailable
from bot.sms.format import Choice
from bot.sms.store import SMSStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[SMSStore]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'careerbot.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    sms_store = SMSStore(url)
    yield sms_store
    sms_store.dispose()


def key() -> str:
    return "sms-" + uuid.uuid4().hex


def test_a_new_number_is_subscribed_and_not_yet_welcomed(store: SMSStore) -> None:
    contact = store.get(key())
    assert (contact.opted_out, contact.welcomed, contact.choices) == (False, False, [])


def test_stop_is_remembered_and_start_undoes_it(store: SMSStore) -> None:
    student = key()
    store.set_opted_out(student, True)
    assert store.is_opted_out(student)
    assert SMSStore(str(store.engine.url.render_as_string(hide_password=False))).is_opted_out(
        student
    )  # a second Rasa instance sees it too
    store.set_opted_out(student, False)
    assert not store.is_opted_out(student)


def test_choices_and_welcome_survive_between_messages(store: SMSStore) -> None:
    student = key()
    store.mark_welcomed(student)
    store.set_choices(student, [Choice("Talk to my coach", "/request_coach")])
    contact = store.get(student)
    assert contact.welcomed
    assert contact.choices == [Choice("Talk to my coach", "/request_coach")]
    store.set_choices(student, [])
    assert store.get(student).choices == []


def test_the_table_holds_no_phone_number(store: SMSStore) -> None:
    student = key()
    store.set_opted_out(student, True)
    with store.engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT * FROM sms_contacts")).all()
    assert all("+1" not in str(row) for row in rows)


def test_a_database_that_is_down_raises_instead_of_answering(tmp_path) -> None:
    down = SMSStore("postgresql://postgres@127.0.0.1:1/none")
    with pytest.raises(StoreUnavailable):  # the app database's one error
        down.get(key())
