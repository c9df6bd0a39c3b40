from summarizer.analyze import analyse
from summarizer.entities import sentence_entities


def test_entities_of_the_sample(sample_text: str) -> None:
    ents = {(e.text, e.kind) for e in analyse(sample_text).entities}
    for expected in (
        ("Ned Price", "person"),
        ("Blinken", "person"),
        ("Marcelo Ebrard", "person"),
        ("Andres Manuel Lopez Obrador", "person"),
        ("Mayorkas", "person"),
        ("Ellie Kaufman", "person"),
        ("State Department", "organisation"),
        ("White House", "organisation"),
        ("Drug Enforcement Agency", "organisation"),
        ("CNN", "organisation"),
        ("United States", "place"),
        ("Mexico", "place"),
        ("Paris", "place"),
        ("$3 billion", "money"),
        ("2008", "date"),
        ("Thursday", "date"),
    ):
        assert expected in ents, expected
    assert ("Merida", "person") not in ents
    assert ("Lopez Obrador", "person") not in ents  # counted under the full name


def test_common_nouns_in_capitals_are_not_people() -> None:
    text = "The Substance Abuse program will grow. Substance abuse is a problem. Secretary Antony Blinken will travel."
    people = [e.text for e in analyse(text).entities if e.kind == "person"]
    assert people == ["Antony Blinken"]


def test_a_title_runs_on_through_what_it_is_of_and_a_dialogue_is_no_one() -> None:
    from summarizer.entities import sentence_entities

    text = (
        "Secretary of State Antony Blinken and Secretary of Homeland Security Alejandro Mayorkas attended "
        "the High-Level Economic Dialogue with the Bank of England."
    )
    assert sentence_entities(text) == [
        ("Antony Blinken", "person"),
        ("Alejandro Mayorkas", "person"),
        ("High-Level Economic Dialogue", "organisation"),
        ("Bank of England", "organisation"),
    ]


def test_titles_alone_are_no_one() -> None:
    from summarizer.entities import sentence_entities

    text = '"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said.'
    assert sentence_entities(text) == [("Jason Chaffetz", "person")]


def test_an_opening_adverb_and_a_street_are_no_ones_name() -> None:
    ents = {
        (e.text, e.kind)
        for e in analyse(
            "Earlier Tony Blair defended the plans. A fight took place in the Market Square in Nottingham, "
            "Stuart Hall said.\n"
        ).entities
    }
    assert ("Tony Blair", "person") in ents and ("Stuart Hall", "person") in ents
    assert not any(
        text in ("Earlier Tony Blair", "Market Square") and kind == "person" for text, kind in ents
    )


def test_a_name_starts_at_its_given_name_and_papers_are_organisations() -> None:
    ents = {
        (e.text, e.kind)
        for e in analyse(
            "Mexico's Secretary of Foreign Affairs Alicia Bárcena met Andrés Manuel López Obrador and "
            "Secretary of Security and Citizen Protection Rosa Icela Rodríguez, the Wall Street Journal reported.\n"
        ).entities
    }
    people = {text for text, kind in ents if kind == "person"}
    assert {"Alicia Bárcena", "Andrés Manuel López Obrador", "Rosa Icela Rodríguez"} <= people
    assert ("Wall Street Journal", "organisation") in ents


def test_places_keep_their_nationality_word_and_a_trailing_title_is_no_name() -> None:
    ents = {
        (e.text, e.kind)
        for e in analyse(
            "Saudi Arabia and the Central African Republic were named. The West is divided, said Florida Rep.\n"
            "Debbie Wasserman Schultz.\n"
        ).entities
    }
    people = {text for text, kind in ents if kind == "person"}
    assert not people & {"Arabia", "Central African Republic", "West", "Florida Rep", "Florida"}


def test_parties_and_plural_roles_are_no_people_and_a_knight_is_one() -> None:
    text = (
        "The Tories and the Lib Dems have called for a second inquiry. A senior Tory MP has criticised "
        "the report. Ministers had hoped to get £900m. Sir Alan Budd found a chain of events. "
        "On Tuesday Sir Alan said the application was processed in 52 days."
    )
    entities = {(e.text, e.kind): e.count for e in analyse(text).entities}
    assert [t for t, k in entities if k == "person"] == ["Sir Alan Budd"]
    assert entities[("Sir Alan Budd", "person")] == 2
    assert ("Tories", "organisation") in entities and ("Lib Dems", "organisation") in entities


def test_a_name_after_an_organisation_noun_is_an_organisation_everywhere() -> None:
    text = (
        "A senior MP has criticised agriculture department Defra's approach. "
        "Defra had improved its capacity, the watchdog said."
    )
    entities = {(e.text, e.kind): e.count for e in analyse(text).entities}
    assert entities.get(("Defra", "organisation")) == 2 and ("Defra", "person") not in entities


def test_more_given_names_and_no_post_nominals() -> None:
    a = analyse(
        'Parking\n\nAA president Edmund King said: "Drivers will think judges are out of touch." '
        "Philippe Sands QC told the inquiry it was unlawful.\n"
    )
    assert [q.speaker for q in a.quotes] == ["Edmund King"]
    people = [e.text for e in a.entities if e.kind == "person"]
    assert "Philippe Sands" in people and "Philippe Sands QC" not in people


def test_regions_bodies_and_a_nationality_that_is_part_of_a_name() -> None:
    a = analyse(
        "Ballots\n\nRoyal Mail says 300 homes in County Durham and the North East have no papers. "
        "The Scottish Executive and the European Union agreed. Welsh Liberal Democrat leader Mike German "
        "spoke to the U.S. Drug Enforcement Agency.\n"
    )
    ents = {(e.text, e.kind) for e in a.entities}
    for expected in (
        ("Royal Mail", "organisation"),
        ("County Durham", "place"),
        ("North East", "place"),
        ("Scottish Executive", "organisation"),
        ("European Union", "organisation"),
        ("Mike German", "person"),
        ("Drug Enforcement Agency", "organisation"),
    ):
        assert expected in ents, (expected, ents)
    assert not any(kind == "person" and text in ("Royal Mail", "Executive", "Union") for text, kind in ents)


def test_companies_that_read_like_people_seas_and_a_court_of_justice() -> None:
    assert sentence_entities("Analysts at Goldman Sachs expect rates to rise.") == [
        ("Goldman Sachs", "organisation")
    ]
    # a title would otherwise leave "Dynamics" as someone's name
    assert ("General Dynamics", "organisation") in sentence_entities("General Dynamics will share the work.")
    assert sentence_entities("Boeing said it would deliver 20 jets.") == [("Boeing", "organisation")]
    assert ("Red Sea", "place") in sentence_entities("A drone went down over the Red Sea on Sunday.")
    assert sentence_entities("Ships in the Taiwan Strait were hailed.") == [("Taiwan Strait", "place")]
    # "Justice" after "of" completes the name; it is no title left over
    assert ("Court of Justice", "organisation") in sentence_entities("The European Court of Justice ruled.")
    assert sentence_entities("General Mark Milley said so.") == [("Mark Milley", "person")]


def test_names_with_particles() -> None:
    assert sentence_entities("European Commission President Ursula von der Leyen said so.") == [
        ("Ursula von der Leyen", "person")
    ]
    assert sentence_entities("Mayor Bill de Blasio spoke.") == [("Bill de Blasio", "person")]
    assert sentence_entities("Crown Prince Mohammed bin Salman met him.") == [
        ("Mohammed bin Salman", "person")
    ]


def test_titles_inside_names_of_places_and_offices_and_roles_that_read_like_names() -> None:
    # a title word inside a hospital's or an office's name introduces no one
    assert sentence_entities("They were taken to Springfield General Hospital.") == [
        ("Springfield General Hospital", "place")
    ]
    assert sentence_entities("The Foreign Office said so.") == [("Foreign Office", "organisation")]
    # "Chief Medical Officer" is an office: "Medical" is nobody
    assert sentence_entities("I'll hand over to the Chief Medical Officer, Dr. Priya Raman.") == [
        ("Priya Raman", "person")
    ]
    # but an honorific still introduces a surname that is also a place's last word, and a surname that
    # is also a title stays a name
    assert ("Lane", "person") in sentence_entities("Mr Lane said he would appeal.")
    assert ("Oona", "person") in sentence_entities(
        "He will stand against Labour MP Oona King at the election."
    )
    # roles in capitals are no one's name; a region is a place; an airline is a company
    assert sentence_entities("Member States agreed last year to report their data.") == []
    assert sentence_entities("Councilman Robert Hayes criticized the response.") == [
        ("Robert Hayes", "person")
    ]
    assert sentence_entities("It will finance projects in Southeast Asia.") == [("Southeast Asia", "place")]
    assert sentence_entities("Southwest Airlines cancelled flights.") == [
        ("Southwest Airlines", "organisation")
    ]


def test_a_foundation_named_after_a_person_leaves_the_person() -> None:
    people = {
        e.text
        for e in analyse(
            "Donald Trump spoke on Monday. Trump said the Trump Foundation had done nothing wrong."
        ).entities
        if e.kind == "person"
    }
    assert people == {"Donald Trump"}


def test_a_name_in_which_things_happen_and_bodies_a_noun_introduces() -> None:
    assert sentence_entities("The fighting in El Fasher escalated.") == [("El Fasher", "place")]
    assert sentence_entities("We ate in Frida Kahlo's house.") == [("Frida Kahlo", "person")]
    assert ("Ofwat", "organisation") in sentence_entities("Britain's water regulator Ofwat said so.")
    assert ("Severn Trent", "organisation") in sentence_entities(
        "Shares in rival Severn Trent fell 2 percent."
    )
    assert sentence_entities("Parliamentary watchdog Sir Philip Mawer will report.") == [
        ("Sir Philip Mawer", "person")
    ]


def test_company_suffixes_make_a_company_and_are_no_name_alone() -> None:
    assert ("Meridian Pharmaceuticals", "organisation") in sentence_entities(
        "The Justice Department said Meridian Pharmaceuticals has agreed to pay $1.2 billion."
    )
    assert ("Apple Inc", "organisation") in sentence_entities("The rules affect Apple Inc and others.")
    assert sentence_entities("It is an initiative of Microchip Technology, Inc., to invest.")[-1:] != [
        ("Inc", "organisation")
    ]


def test_a_bodys_name_across_and_plural_titles_and_party_tags() -> None:
    got = sentence_entities(
        "The bill would require the Occupational Safety and Health Administration (OSHA) to act."
    )
    assert got == [
        ("Occupational Safety and Health Administration", "organisation"),
        ("OSHA", "organisation"),
    ]
    # two people joined by "and" stay two, and "Senators" and "(D-N.J.)" are no part of a name
    assert sentence_entities(
        "It is cosponsored by Senators Cory Booker (D-N.J.) and Jeff Merkley (D-Ore.)."
    ) == [
        ("Cory Booker", "person"),
        ("Jeff Merkley", "person"),
    ]
    assert sentence_entities(
        "Press Secretary Karine Jean-Pierre and Council Coordinator John Kirby spoke."
    ) == [
        ("Karine Jean-Pierre", "person"),
        ("John Kirby", "person"),
    ]
