"""A channel's digest: commitments grouped by who commits, and who commits here for the first time."""

from datetime import UTC, datetime, timedelta

from bot.digest import build_digest
from bot.store import Store, content_key
from summarizer.analyze import analyse

DAY1 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def add(store: Store, text: str, when: datetime) -> None:
    store.add_briefing("t", "c", "u", analyse(text), content_key(text, None), when)


def test_pronouns_group_with_their_speaker_and_only_names_are_announced(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(f"sqlite:///{tmp_path / 'd.db'}")
    add(store, "The ministry will publish the water rules by June.", DAY1)
    add(
        store,
        "MS. PSAKI: We will enforce that. We’re going to keep at it.\n\n"
        "MR. SULLIVAN: we will consult with allies.\n\n"
        "The ministry will also repair the bridge. USTDA plans to provide a grant to the regulator. "
        "Employees want to feel safe at work.",
        DAY1 + timedelta(days=1),
    )
    digest = build_digest(
        store, "t", "c", "2026-03-02", DAY1 + timedelta(hours=1), DAY1 + timedelta(days=2), post_empty=False
    )
    assert digest is not None
    by_actor = next(s for s in digest.sections if s.heading == "Commitments by actor").bullets
    actors = [line.split(":")[0] for line in by_actor]
    assert "we (Psaki)" in actors and "we (Sullivan)" in actors  # two people's "we", each once
    assert sum(a.lower() == "the ministry" for a in actors) == 1
    # the ministry committed in an earlier digest; employees are no name
    assert digest.text.endswith("Committing for the first time here: USTDA.")
    store.close()


def test_an_actor_is_new_by_name_only() -> None:
    from bot.digest import _named

    names = {"Law", "Russia", "United States", "USTDA"}
    assert _named("Russia", names) and _named("The United States", names) and _named("USTDA", names)
    assert not _named("Law enforcement agencies", names)  # a capitalised first word alone names nothing
    assert not _named("Employees", names) and not _named("we", names)
    # a pronoun shown with its speaker, or a whole clause, is no new name
    names |= {"Tony Blair", "Labour"}
    assert not _named("it (Tony Blair)", names)
    assert not _named("What we learned at the weekend is what Labour tactics", names)


def test_a_briefing_shows_its_specific_commitments_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.digest import _specific

    store = Store.open(f"sqlite:///{tmp_path / 'd.db'}")
    add(
        store,
        "The council will encourage walking. The council will support cyclists. The council will promote "
        "buses. The council will build a tram line by 2028.",
        DAY1,
    )
    digest = build_digest(store, "t", "c", "2026-03-01", None, DAY1 + timedelta(hours=1), post_empty=False)
    assert digest is not None
    bullets = digest.sections[0].bullets
    commitments = [b for b in bullets if b.startswith("Commitment")]
    assert len(commitments) == 3 and commitments[-1].endswith("will build a tram line by 2028 [by 2028]")
    assert "promote" not in " ".join(commitments)  # the third general one gives way
    # an analysis stored before the flag existed is judged from its action and deadline
    assert _specific({"action": "will hire 40 nurses", "when": None})
    assert not _specific({"action": "will encourage walking", "when": None})
    assert not _specific({"action": "will hire 40 nurses", "when": None, "specific": False})
    store.close()
