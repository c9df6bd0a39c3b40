"""Questions about what someone pledged are answered by the act of their commitment, not the sentence."""

from pathlib import Path

from bot.config import load
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store

SCOPE = Scope("local", "local", "console", "u")


def test_what_someone_pledged_is_the_act_of_their_commitment(tmp_path: Path) -> None:
    service = BriefingService(Store.open(f"sqlite:///{tmp_path / 'p.db'}"), load(environ={}))
    service.brief_text(
        SCOPE,
        "The city's police chief promised on Tuesday to review the response, as the mayor pledged an extra "
        "$2 million for violence prevention.\n\nThe government has promised to ban bonuses for executives.",
    )
    got = service.ask(SCOPE, "What did the mayor pledge?").data
    assert got["answer"] == "an extra $2 million for violence prevention", got
    assert (
        service.ask(SCOPE, "What did the government promise?").data["answer"] == "ban bonuses for executives"
    )
    # a promise is a pledge, and the day it was made is no part of what was promised
    assert service.ask(SCOPE, "What did the police chief pledge?").data["answer"] == "review the response"
