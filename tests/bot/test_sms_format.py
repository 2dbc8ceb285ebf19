"""What a student sees on their phone: numbered choices, plain text, sentence-sized pieces."""

from __future__ import annotations

import re

from bot.sms.format import Choice, chosen, pack, render, split

GREETING = {
    "text": "Hey! What do you want to know?",
    "buttons": [
        {"title": "Jobs that pay well near me", "payload": "/explore"},
        {"title": "What do electricians make?", "payload": '/ask_pay{"occupation": "x"}'},
        {"title": "Talk to my coach", "payload": "/request_coach"},
    ],
}


def test_buttons_become_numbered_choices_without_payloads() -> None:
    reply = render([GREETING], 320)
    text = "\n".join(reply.texts)
    assert "1) Jobs that pay well near me" in text
    assert "3) Talk to my coach" in text
    assert text.endswith("Reply 1, 2 or 3.")
    assert "/" not in text.replace("n't", "")  # no intent payload leaks to the student
    assert [c.payload for c in reply.choices] == [
        "/explore",
        '/ask_pay{"occupation": "x"}',
        "/request_coach",
    ]


def test_a_number_picks_the_offered_choice() -> None:
    choices = render([GREETING], 320).choices
    assert chosen("2", choices) == choices[1]
    assert chosen(" #3. ", choices) == choices[2]
    assert chosen("talk to my coach", choices) == choices[2]


def test_a_number_out_of_range_or_a_sentence_picks_nothing() -> None:
    choices = [Choice("A", "/a"), Choice("B", "/b")]
    assert chosen("7", choices) is None
    assert chosen("0", choices) is None
    assert chosen("2 welders please", choices) is None
    assert chosen("1", []) is None


def test_markdown_links_and_bold_read_as_plain_text() -> None:
    reply = render(
        [{"text": "**Electricians** earn more. See [BLS](https://www.bls.gov/oes/)."}], 320
    )
    assert reply.texts == ["Electricians earn more. See BLS: https://www.bls.gov/oes/."]


def test_a_1000_character_answer_is_split_at_sentence_ends() -> None:
    sentences = [
        f"Sentence number {i} says something useful about electricians in Mississippi."
        for i in range(14)
    ]
    answer = " ".join(sentences)
    assert len(answer) > 1000
    pieces = render([{"text": answer}], 320).texts
    assert len(pieces) >= 4
    assert all(len(piece) <= 320 for piece in pieces)
    assert all(piece.endswith(".") for piece in pieces)
    assert " ".join(pieces) == answer


def test_a_sentence_longer_than_a_text_is_split_between_words() -> None:
    words = " ".join(["apprenticeship"] * 60)
    pieces = split(words, 160)
    assert all(len(piece) <= 160 for piece in pieces)
    assert " ".join(pieces) == words


def test_a_huge_word_is_cut_rather_than_sent_over_the_limit() -> None:
    pieces = split("x" * 500, 160)
    assert [len(p) for p in pieces] == [160, 160, 160, 20]


def test_messages_of_one_turn_share_a_text_when_they_fit() -> None:
    reply = render(
        [
            {"text": "Electricians in the Hattiesburg area make $48,580 a year."},
            {"text": "That's $23.35 an hour."},
        ],
        320,
    )
    assert reply.texts == [
        "Electricians in the Hattiesburg area make $48,580 a year.\nThat's $23.35 an hour."
    ]


def test_emoji_and_other_languages_pass_through_unchanged() -> None:
    reply = render([{"text": "¡Hola! 👋 ¿Qué trabajo te interesa?"}], 320)
    assert reply.texts == ["¡Hola! 👋 ¿Qué trabajo te interesa?"]


def test_choices_stay_on_their_own_lines_when_split() -> None:
    long_intro = "Which kind of teacher do you mean? " * 8
    message = {
        "text": long_intro.strip(),
        "buttons": [
            {"title": f"Teacher kind {i}", "payload": f'/choose{{"i": {i}}}'} for i in range(1, 6)
        ],
    }
    pieces = render([message], 160).texts
    assert all(len(p) <= 160 for p in pieces)
    lines = "\n".join(pieces).splitlines()
    assert [line for line in lines if re.match(r"^\d\) ", line)] == [
        f"{i}) Teacher kind {i}" for i in range(1, 6)
    ]
    assert lines[-1] == "Reply 1, 2, 3, 4 or 5."


def test_a_list_of_choices_is_never_split_across_texts() -> None:
    answer = {
        "text": "Electricians in the Hattiesburg area: the middle pay is $48,580 a year. " * 4,
        "buttons": [
            {"title": "How do I get in?", "payload": "/ask_pathway"},
            {"title": "What's the job like?", "payload": "/ask_describe"},
            {"title": "Other jobs near me", "payload": "/explore"},
        ],
    }
    texts = render([answer], 320).texts
    with_choices = [t for t in texts if "1) " in t]
    assert len(with_choices) == 1
    assert with_choices[0].endswith(
        "1) How do I get in?\n2) What's the job like?\n3) Other jobs near me\nReply 1, 2 or 3."
    )


def test_the_first_text_can_leave_room_for_the_opt_out_line() -> None:
    answer = "A sentence of about forty characters ok. " * 12
    pieces = pack([answer], 160, first_limit=120)
    assert len(pieces[0]) <= 120
    assert all(len(piece) <= 160 for piece in pieces[1:])
    assert " ".join(pieces) == answer.strip()
