"""The pipeline: text (plain, Markdown or HTML) -> Analysis. Pure: no network, no database."""

from __future__ import annotations

import re

from .about import sentence_about
from .attribution import reporting_speaker
from .bodies import EFFECT, FOR_WHOM, body_actor, is_group, it_is, thing_effect, with_named_bodies
from .commitments import Found, find_in_sentence
from .declined import find_declined
from .default_rank import default_rank
from .document import Doc, build
from .entities import known_places, lowercase_words, mentions, sentence_entities
from .entity_list import find_entities
from .html import looks_like_html, parse_html
from .lexicon import ROLE_WORDS
from .lists import joined, lead_ins
from .model import Analysis, Commitment, Declined, Sentence
from .not_commitments import WHICH_SAID
from .noun_phrases import subject_before
from .parties import joint_parties, title_parties
from .quote_marks import shown, with_double_marks
from .quotes import QuoteSpan, build_quotes, find_quotes, sentence_attribution
from .rank import ALGORITHMS, UnknownAlgorithm, rank
from .referents import Referents, clashes
from .speakers import SpeakerIndex
from .specific import is_specific
from .text import parse_text
from .voice import document_voice

SUMMARY_KINDS = ("body", "bullet")


class EmptyDocument(ValueError):
    """The input holds no sentence to analyse."""


_NAMED = re.compile(r"^(?:[Tt]he\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:of\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,3}$")


def _one_party(actor: str) -> bool:
    """One named person or body, or one described by role: "Mr McConnell", "The Lib Dems", "the
    chancellor" (not "the United States and Mexico", nor a clause the subject finder ran into)."""
    words = actor.split()
    role = len(words) == 2 and words[0].lower() == "the" and words[1].lower() in ROLE_WORDS
    return role or (_NAMED.match(actor) is not None and " and " not in actor)


_PEOPLE = re.compile(r"\b(?:leaders|presidents)\b", re.I)
_WE = re.compile(
    r"^(?:we|us|our|the two (?:leaders|countries|nations|governments|sides|presidents)|both (?:leaders|countries|nations|governments|sides)|the leaders|our (?:two )?(?:countries|nations|governments))$",
    re.I,
)


# The group a readout's "They agreed ..." refers to: a sentence opening with "The President and the
# Taoiseach", "Both leaders", "The two sides" and a verb. "They" reaches back at most _GROUP_REACH sentences.
_GROUP = re.compile(
    r"^(?:(?:Today|Together|Later|Earlier|Separately|Finally),\s+"
    # or an opening phrase: "During this third meeting of the Committee, the co-chairs discussed"
    r"|(?:During|At|In|Over|After|Following)\s[^,]{3,80},\s(?=the\s|both\s))?("
    r"(?:The|Both|the|both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|ministers|sides|countries|"
    r"governments|delegations|nations|parties|co-chairs)"
    r"|(?:The\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*){0,3}\s+and\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*){0,3})"
    r"\s+(?:also\s+|jointly\s+)?[a-z]"
)
_GROUP_REACH = 4
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|[Mm]y|me)\b")
# "National Security Advisor Jake Sullivan met today with Micheál Martin, ...": a readout's two sides.
_MET = re.compile(
    r"^(?:(?:Today|Yesterday|On\s+\w+),\s+)?(.+?)\s+(?:met|spoke|talked|held\s+(?:a\s+)?(?:call|meeting|talks))\s+"
    r"(?:(?:today|yesterday|by\s+(?:phone|telephone|video)|virtually|in\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.-]*)\s+){0,3}with\s+(.+?)(?:[,.;]|\s+(?:on|to|in|at|about|today|this)\b|$)"
)


def _met(text: str) -> str | None:
    """The two people of a readout's opening ("Jake Sullivan met today with Micheál Martin" -> "Jake
    Sullivan and Micheál Martin"), who its later "They agreed ..." are."""
    m = _MET.match(text)
    names = [_side(g) for g in m.groups()] if m else []
    return " and ".join(n for n in names if n) if len(names) == 2 and all(names) else None


def _side(words: str) -> str | None:
    """One side of a meeting: the person its words end with ("Republic of Korea National Security Advisor Kim
    Sung-han"), else the person or body they are."""
    people = [t for t, k in sentence_entities(words) if k == "person" and words.rstrip().endswith(t)]
    if people:
        return people[-1]
    side = SpeakerIndex.analyse(words)
    return side[2] if side and side[0] in ("person", "org") else None


_OPEN = re.compile(r"\b(?:clear|known|decided|determined|unclear|uncertain|unknown|undecided)\b", re.I)
_FIRST_PERSON = re.compile(r"^(?:the\s+)?(?:i|we)(?:['’]\w+)?(?:\s+\w+)?$", re.I)


def _quote_at(doc: Doc, s: Sentence, pos: int, spans: list[QuoteSpan]) -> QuoteSpan | None:
    """The quote holding position `pos` of sentence `s`, if any."""
    start, _ = doc.span_of(s)
    return next((q for q in spans if q.para == s.paragraph and q.start <= start + pos < q.end), None)


def _resolve_speaker_of(
    doc: Doc, s: Sentence, pos: int, spans: list[QuoteSpan], speakers: SpeakerIndex
) -> str | None:
    quote = _quote_at(doc, s, pos, spans)
    if quote is not None:
        return speakers.name(quote.speaker)
    mention = reporting_speaker(s.text, pos)
    named = speakers.name(speakers.add_in(mention, s.index, s.text, pos)) if mention else None
    if named or (mention and not s.turn):
        return named  # in a transcript, "as you just noted" leaves the turn's speaker speaking
    if s.turn and s.turn not in ("Q", "MODERATOR"):
        return speakers.name(speakers.add(s.turn, label=True))
    return None


def _actor_and_speaker(
    doc: Doc,
    s: Sentence,
    f: Found,
    spans: list[QuoteSpan],
    speakers: SpeakerIndex,
    parties: tuple[str | None, str | None],
    full_text: str,
) -> tuple[str, str | None]:
    """Who commits and in whose words, pronouns resolved. `parties`: a joint statement's, and the two
    countries its title opens with; `full_text`: the document's (where a one-word name shows it is a body's)."""
    speaker = _resolve_speaker_of(doc, s, f.start, spans, speakers)
    if speaker is None and (which := WHICH_SAID.search(s.text[: f.start])):
        speaker = which.group("who")  # "Cancer Research UK, which said it would": the body, and "it" is it
        body = which.group("rel").lower() == "which"  # (a person's "who says it will" is about a thing)
        pronoun = f.actor.lower() in (("it", "they") if body else ("he", "she", "they"))
        return (speaker if pronoun else f.actor), speaker
    if speaker and not s.turn and _own_clause(s.text, f) and _quote_at(doc, s, f.start, spans) is None:
        speaker = None  # "The chief promised to ..., as the mayor pledged ...": the chief does not report it
    actor = f.actor
    third = actor.lower() in ("he", "she") and not s.turn and _quote_at(doc, s, f.start, spans) is None
    joint, pair = parties
    if joint and _WE.match(actor):
        actor = joint
    elif pair and speaker is None and _WE.match(actor) and not _PEOPLE.search(actor):
        actor = pair  # the document's own "we": the two countries its title names (not "the two leaders")
    elif third and speaker and (principal := FOR_WHOM.search(speaker)):
        # "A spokesperson for Guterres said he would do so": the one spoken for
        actor = speakers.name(
            speakers.add_in(principal.group(1), s.index, s.text, f.start)
        ) or principal.group(1)
    elif speaker and (actor.lower() == "i" or (third and not clashes(actor, speaker))):
        # "Price said he will ..."; in a transcript or a quote "he" is someone else, and "a
        # spokeswoman said he would" is not the spokeswoman
        actor = speaker
    elif actor.lower() == "they" and speaker and is_group(speaker):
        actor = speaker  # "Officials said they will ...": the officials
    elif actor.lower() == "it" and speaker and it_is(speaker, f.action, full_text, s.turn is not None):
        # "The ministry said it will ...", "Peloton said it would", "Galatasaray said that it would appeal"
        actor = speaker
    elif actor.lower() in ("he", "she"):  # "Mr Kennedy made it clear he was determined to ..."
        actor = speakers.name(speakers.add_in(actor, s.index, s.text, f.start)) or actor
    if (
        speaker is None
        and f.modality in ("pledge", "promise", "vow")
        and _one_party(actor)
        and actor.lower() not in ("we", "i", "they", "it")  # (the document's own "We pledge": no one named)
    ):
        # "Mr McConnell went on to promise that ...": a pledge is spoken, by whoever makes it
        speaker = speakers.name(speakers.add_in(actor, s.index, s.text, f.start)) or actor
    return actor, speaker


# a sentence of its own about them ("They will also ...", "And they pledged ..."), not "X said they would"
_OPENS_THEY = re.compile(r"^\W*(?:(?:And|But|So)\s+they|They)\s")
_THEY_SAID = re.compile(
    r"^\W*(?:(?:And|But|So)\s+they|They)\s+(?:also\s+)?(?:said|say|told|insisted|added|argued|stressed|warned)\b"
)
_OPENS_IT = re.compile(
    r"^\W*It\s+(?:will|would|has|had|also|shall|is|plans|intends|agreed|promised|pledged)\b"
)
_NEW_CLAUSE = re.compile(r",\s+(?:as|while|whereas|and)\s+")


def _it_in_clause(before: str) -> str | None:
    """The country or body an "it" inside a clause stands for: the last one named before it with no comma between
    ("the main tool for the United States to meet the emissions reduction target it pledged to reach")."""
    clause = re.split(r"[,;:]", before)[-1]
    named = [t for t, k in sentence_entities(clause) if k in ("place", "organisation")]
    return named[-1] if named and re.search(r"\bit\s+$", clause) else None


def _own_clause(text: str, f: Found) -> bool:
    """True when a pledge, promise or vow (which its maker speaks) sits in a clause of its own after ", as",
    ", while", ", and" that no reporting verb of its own governs."""
    if f.modality not in ("pledge", "promise", "vow"):
        return False
    cut = max((m.end() for m in _NEW_CLAUSE.finditer(text, 0, f.start)), default=-1)
    return cut >= 0 and reporting_speaker(text[cut:], f.start - cut) is None


def _in_quote(doc: Doc, s: Sentence, spans: list[QuoteSpan]) -> tuple[int, list[tuple[int, int]]]:
    start, _ = doc.span_of(s)
    return start, [(q.start, q.end) for q in spans if q.para == s.paragraph]


def summarise(
    eligible: list[Sentence], algorithm: str, count: int, declined: frozenset[int] = frozenset()
) -> list[Sentence]:
    """The `count` sentences the named ranker picks among the eligible ones, in document order.
    `declined`: refusals the analysis found (the default ranker holds a briefer's back)."""
    if algorithm == "default":
        picks = default_rank(eligible, count, declined)
    else:
        picks = rank(algorithm, [s.text for s in eligible], count)
    return [eligible[i] for i in picks]


def analyse_doc(
    original: Doc, *, sentences: int = 3, ratio: float | None = None, algorithm: str = "default"
) -> Analysis:
    if algorithm not in ALGORITHMS:
        raise UnknownAlgorithm(algorithm)
    if not any(s.kind in SUMMARY_KINDS for s in original.sentences):
        raise EmptyDocument("The briefing has no sentences to analyse.")
    # Read with single quote marks as double ones ('We will,' he said); report the original words.
    doc = with_double_marks(original)
    shown_text = {s.index: s.text for s in original.sentences}
    names = [doc.title or ""] + [s.text for s in doc.sentences[:40]]
    known = [n for text in names for n, k, _ in mentions(text, known_places()) if k == "person"]
    common = lowercase_words(doc.sentences)
    speakers = SpeakerIndex(known, common, referents := Referents(doc))
    spans = find_quotes(doc, speakers)
    parties = joint_parties(doc.title, [s.text for s in doc.sentences[:8]])
    voice = document_voice(doc)
    pair = title_parties(doc.title)

    commitments: list[Commitment] = []
    declined: list[Declined] = []
    leads = lead_ins(doc)
    group: tuple[str, int] | None = None  # the last "The President and the Taoiseach", and where
    plural: tuple[str, int] | None = None  # the last group that committed ("The authorities"), and where
    body: tuple[str, int] | None = None  # the last named body that committed ("Redstone Homes"), and where
    full_text = doc.full_text()
    for s in doc.sentences:
        if s.kind not in SUMMARY_KINDS:
            continue
        offset, qspans = _in_quote(doc, s, spans)

        def in_quote(pos: int, offset: int = offset, qspans: list[tuple[int, int]] = qspans) -> bool:
            return any(a <= offset + pos < b for a, b in qspans)

        found = [(s, f) for f in find_in_sentence(s.text, in_quote)]
        lead = leads.get(s.index)
        if lead is not None:  # "The Department will:" + "- Hire 500 inspectors": the lead-in's trigger
            head = len(lead.text)
            found += [
                (lead, f) for f in find_in_sentence(joined(lead, s), lambda pos: False) if f.start < head
            ]
        opening = _GROUP.match(s.text)
        met = _met(s.text) if opening is None else None
        if opening or met:
            group = (opening.group(1) if opening else met or "", s.index)
        seen: set[tuple[str, str | None]] = set()
        for said_in, f in found:
            actor, speaker = _actor_and_speaker(doc, said_in, f, spans, speakers, (parties, pair), full_text)
            if voice and speaker is None and not s.turn and _quote_at(doc, said_in, f.start, spans) is None:
                speaker = voice  # a speech's own words are its speaker's ("Government will increase ...")
                actor = voice if actor.lower() == "i" else actor
            if (actor.lower() in ("it", "this", "that") and EFFECT.match(f.action)) or thing_effect(
                actor, f.action
            ):
                continue  # "Reeves welcomed the decision, saying it would help households": a thing's effect
            if actor.lower() == "they" and speaker is None and group and s.index - group[1] <= _GROUP_REACH:
                actor = parties if parties and _WE.match(group[0]) else group[0]  # a readout's "They agreed"
                group = (group[0], s.index)
            elif (
                actor.lower() == "they" and plural and s.index - plural[1] <= 2 and _OPENS_THEY.match(s.text)
            ):
                actor = plural[0]  # "The authorities have committed to ... They will also introduce ..."
                if speaker is None and _THEY_SAID.match(s.text):
                    speaker = actor  # "They said they would also press Labour ...": the same group speaks
            elif (
                actor == "It"
                and speaker is None
                and body
                and s.index - body[1] == 1
                and _OPENS_IT.match(s.text)
            ):
                actor = body[0]  # "The developer, Redstone Homes, has agreed to ... It will also pay ..."
            elif actor == "it" and speaker is None and (named := _it_in_clause(s.text[: f.start])):
                actor = named  # "the main tool for the United States to meet the target it pledged to reach"
            if is_group(actor) and not re.search(r"\b(?:say|says|said|told)\b", actor):
                plural = (actor, s.index)
            elif body_actor(actor, referents.is_person):
                body = (actor, s.index)
            key = (actor.lower(), speaker)
            if key in seen:
                continue
            seen.add(key)
            commitments.append(
                Commitment(
                    s.index,
                    shown_text[s.index],
                    actor,
                    shown(f.action, s.text, shown_text[s.index]),
                    f.modality,
                    speaker,
                    f.when,
                    is_specific(f.action, f.when),
                )
            )
        m = find_declined(s.text)
        if m:
            subject = subject_before(s.text[: m.start()])
            if subject and _FIRST_PERSON.match(subject):
                subject = None  # "I'm not going to get into it": whoever is speaking
            if _OPEN.search(m.group(0)):
                subject = None  # "It was not immediately clear whether ...", "What happened is not known"
            who = speakers.name(speakers.add_in(subject, s.index, s.text, m.start())) if subject else None
            declined.append(
                Declined(
                    s.index,
                    shown_text[s.index],
                    who
                    or _resolve_speaker_of(doc, s, m.start(), spans, speakers)
                    or (voice if not s.turn and _quote_at(doc, s, m.start(), spans) is None else None),
                )
            )

    eligible = [s for s in doc.sentences if s.kind in SUMMARY_KINDS]
    count = max(1, round(ratio * len(eligible))) if ratio else sentences
    refusals = frozenset(d.index for d in declined)
    summary = tuple(original.sentences[x.index] for x in summarise(eligible, algorithm, count, refusals))

    quotes = build_quotes(original, spans, speakers)
    said, sources = sentence_attribution(doc, spans, speakers, common)
    refusers = {d.index: d.speaker for d in declined if d.speaker}  # "He would not discuss ...": he speaks
    said = tuple(who or refusers.get(i) for i, who in enumerate(said))
    if voice:  # a statement's own "I" is its author's ("I want to thank President Sheinbaum")
        said = tuple(
            who
            or (voice if not s.turn and s.kind in SUMMARY_KINDS and _FIRST_PERSON.search(s.text) else None)
            for who, s in zip(said, doc.sentences, strict=True)
        )
    # "The utility said": PPL Electric, named just before
    said, commitments, declined = with_named_bodies(said, commitments, declined, full_text)
    return Analysis(
        title=doc.title,
        source=doc.source,
        date=doc.date,
        sentences=original.sentences,
        summary=summary,
        quotes=tuple(quotes),
        commitments=tuple(commitments),
        declined=tuple(declined),
        entities=tuple(find_entities(list(original.sentences))),
        speakers=tuple(speakers.names()),
        sentence_speakers=said,
        sentence_sources=sources,
        sentence_about=sentence_about(original.sentences),
    )


def analyse(
    text: str,
    *,
    sentences: int = 3,
    ratio: float | None = None,
    algorithm: str = "default",
    url: str | None = None,
) -> Analysis:
    """Analyse one briefing given as plain text, Markdown or HTML."""
    parsed = parse_html(text, url) if looks_like_html(text) else parse_text(text)
    return analyse_doc(build(parsed), sentences=sentences, ratio=ratio, algorithm=algorithm)
