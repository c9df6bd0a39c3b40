"""A press briefing's questions and answers: a reporter's question is never the answer; the briefer's
reply after it is, on both backends (the reply is read from the store by its place after the question)."""

from bot.config import load
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store

SCOPE = Scope("local", "local", "console", "u")

TRANSCRIPT = """Press Briefing by Pentagon Press Secretary Sabrina Ortiz

PRESS SECRETARY ORTIZ: Good afternoon. The Secretary will travel to Tokyo next week for talks with
Japanese Defense Minister Kenji Mori. With that, I'll take your questions.

Q: Thanks, Sabrina. On the brigade, how many troops are we talking about?

PRESS SECRETARY ORTIZ: It's roughly 4,000 troops. They'll be on a rotational basis.

Q: Different topic. There are reports that a U.S. drone was shot down over the Red Sea on Sunday. Can
you confirm that?

PRESS SECRETARY ORTIZ: I can confirm that an MQ-9 Reaper went down over the Red Sea on Sunday. The
incident is under investigation.

Q: Who operated the drone?

PRESS SECRETARY ORTIZ: It was operated by U.S. Central Command. I'd refer you to CENTCOM for more
details.

Q: On the Scranton contract, which companies won it?

PRESS SECRETARY ORTIZ: General Dynamics and a smaller firm, Keystone Ordnance, will share the work.
We'll release the full contract announcement later today.

Q: Is the Secretary going to meet the Chinese defense minister at the Singapore forum?

PRESS SECRETARY ORTIZ: We don't have anything to announce on that.

PRESS SECRETARY ORTIZ: All right, thanks, everybody.
"""


def _cited(data: dict[str, object]) -> list[str]:
    return [c["text"] for c in data["citations"]]  # type: ignore[attr-defined]


def test_the_reply_answers_a_question_a_reporter_asked(store: Store) -> None:
    service = BriefingService(store, load(environ={}))
    service.brief_text(SCOPE, TRANSCRIPT)
    drone = service.ask(SCOPE, "Who operated the drone?").data
    assert drone["found"] and drone["answer"] == "Central Command"
    assert _cited(drone)[0] == "It was operated by U.S. Central Command."
    companies = service.ask(SCOPE, "Which companies won the Scranton contract?").data
    assert _cited(companies)[0].startswith("General Dynamics and a smaller firm")
    assert companies["answer"] == "General Dynamics and Keystone Ordnance"
    # the reply's first sentence, not the closing thanks that follows it
    meeting = service.ask(SCOPE, "Will the Secretary meet the Chinese defense minister?").data
    assert meeting["answer"] == "We don't have anything to announce on that."
    # a reporter's statement leads to the reply that confirms it
    down = service.ask(SCOPE, "Did a drone go down over the Red Sea?").data
    assert _cited(down)[0].startswith("I can confirm that an MQ-9 Reaper went down")
    for data in (drone, companies, meeting, down):
        assert not any(text.endswith("?") for text in _cited(data))


def test_a_question_left_unanswered_is_no_answer(store: Store) -> None:
    service = BriefingService(store, load(environ={}))
    service.brief_text(SCOPE, TRANSCRIPT + "\nQ: Will the Navy send a second carrier to the Gulf of Aden?\n")
    # the reporter's question matches every word, but nothing after it replies
    assert not service.ask(SCOPE, "Will the Navy send a second carrier to the Gulf of Aden?").data["found"]
