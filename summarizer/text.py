"""Raw text -> metadata and blocks: normalisation, front matter, Markdown clean-up, paragraphs,
headings, bullets, boilerplate and transcript turns. Sentences are cut later (segment.py)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

import yaml

from .interviews import interviewer
from .lexicon import SMALL_WORDS
from .turns import named_labels, seated, turn_label

BlockKind = Literal["para", "heading", "bullet", "boilerplate"]


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    turn: str | None = None  # transcript speaker label, e.g. "MS. PSAKI" or "Q"


@dataclass(frozen=True, slots=True)
class Parsed:
    title: str | None
    date: str | None
    source: str | None
    blocks: tuple[Block, ...]


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")


def normalise(raw: str) -> str:
    """Unicode NFC, one kind of line end and of space, no invisible characters."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_ZERO_WIDTH)
    text = text.replace("``", "“").replace("''", "”")  # typewriter-style double quotes (two ticks)
    return _SPACES.sub(" ", text)


_FRONT = re.compile(r"\A\s*---\n(.*?)\n---[ \t]*\n", re.S)


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter (`---` ... `---` at the top) and the rest."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, text[m.end() :]
    return (meta if isinstance(meta, dict) else {}), text[m.end() :]


_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAGS = re.compile(r"</?(?:u|b|i|em|strong|span|sup|sub|br|small|mark)\b[^>]*>", re.I)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~\"'])")
# Bold may close after a space, as pages write labels: "**Military Space Careers Website: ** The ...".
_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)\s*\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")


def strip_inline_markdown(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _EMPH.sub(lambda m: m.group(2) or m.group(3) or "", line).replace("**", "")
    return _ESCAPE.sub(r"\1", line)


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•▪●◦–]|\d{1,3}[.)])\s+")
_NUMBERED_PART = re.compile(r"^(?:Item|Section|Part|Article|Chapter|Annex|Schedule)\s+\d[\d.]*[A-Z]?\s")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_WHOLE_BOLD = re.compile(r"^\s*(\*\*|__)(.+)\1\s*$")
_END_MARK = re.compile(r"^\s*(?:\\?#{3}|-?\s*END\s*-?|\*\s*\*\s*\*|xxx)\s*$", re.I)
_TIMESTAMP = re.compile(r"^\s*\d{1,2}:\d{2}\s*[AP]\.?\s*M\.?(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž]{2,4})?\.?\s*$", re.I)
# A wire or outlet's dateline run into the story's first words: "(CNN)Recently, ...", "FLINT, Mich.,
# Oct. 4 (UPI) — Former President ...".
_AGENCY_PREFIX = re.compile(
    r"^((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’/-]*|\d+)(?:[ ,]+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*|\d+)){0,6},?\s*)?"
    r"\((?:CNN|CNNMoney|CNN Money|AP|Reuters|AFP|UPI|Bloomberg|EFE|dpa|DPA|ANSA|Xinhua|Kyodo|Yonhap|AAP|PTI|IANS|"
    r"ANI|TASS|Anadolu|The Hollywood Reporter|EW\.com|Mashable)\)\s*(?:\.?[—–-]{1,2}\s*)?"
    # a station's call letters before a dash, "VENTURA COUNTY, Calif. (KTLA) —"; a press wire's
    # "COLUMBUS, Ohio, April 8, 2026 /PRNewswire/ --"
    r"|^((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’/-]*|\d+)(?:[ ,]+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*|\d+)){0,6},?\s*)"
    r"(?:\((?-i:[KW][A-Z]{2,3}(?:-?TV|\d{1,2})?)\)|/(?:PR\s?Newswire[\w-]*|Business\s?Wire|GLOBE\s?NEWSWIRE|GlobeNewswire|CNW|"
    r"EINPresswire|ACCESSWIRE|Newsfile)/)\s*[—–-]{1,2}\s*"
)
_DATELINE = re.compile(
    r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\s*$",
    re.I,
)
_BYLINE = re.compile(
    r"^\s*(?:By|Written by|Reporting by|Story by)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[\w.'’-]+){0,6}\s*$"
)
_BOLD_START = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)")  # transcripts do not embolden their speakers
_TERMINAL = re.compile(r"[.!?:;,…]$")


def _is_heading_line(text: str) -> bool:
    bare = text.strip().strip("\"'“”‘’*_ ")
    if not bare or len(bare) > 120:
        return False
    if _TERMINAL.search(bare):
        return False
    words = bare.split()
    if len(words) > 14:
        return False
    return bare[0].isupper() or bare[0].isdigit()


_CAPS_RUN = re.compile(r"^((?:[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž0-9'’&-]*\s+){1,7})(?=[A-ZÀ-ÖØ-ÞĀ-Ž][a-z])")


# a fact sheet's run-in head, which no one says: "INVOKING A NATIONAL EMERGENCY: Today, ...", "TAKING BACK CONTROL:",
# "DEALMAKER-IN-CHIEF:" (a speaker's label is a name or an office: "MS. JEAN-PIERRE:", "SECRETARY OF STATE BLINKEN:")
# (a gerund with more after it: not a host's "KING:")
_RUN_IN_HEAD = re.compile(
    r"^(?:[A-Z]+ING\s+\S|[A-Z]+(?:-[A-Z]+)*-IN-[A-Z]+$|.*\s(?:A|ON|TO|IN|AT|WITH|FROM)\s)"
)
_CAPS_HEAD = re.compile(
    r"^((?:[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž0-9'’&-]*,?\s+){2,14}[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž0-9'’&-]*):\s+(?=\S)"
)


def _glued_heading(text: str) -> str | None:
    """A subhead in capitals run into its paragraph: two words or more, and three or more or one of
    them a small word ("SAVE A QUARTER"), so that "NATO Secretary General ..." stays whole."""
    m = _CAPS_RUN.match(text)
    if not m:
        return None
    words = m.group(1).split()
    if len(words) >= 2 and (len(words) >= 3 or any(w.lower() in SMALL_WORDS for w in words)):
        return m.group(1).strip()
    return None


def _paragraphs(body: str) -> list[list[str]]:
    """Blank-line separated paragraphs as lists of raw lines (trailing double space = hard break)."""
    paras: list[list[str]] = []
    current: list[str] = []
    for line in body.split("\n"):
        if not line.strip():
            if current:
                paras.append(current)
                current = []
            continue
        current.append(line)
    if current:
        paras.append(current)
    return paras


def _units(lines: list[str]) -> list[tuple[str, bool, bool]]:
    """Re-flow hard-wrapped lines; keep bullets, Markdown headings and hard breaks apart.

    Returns (text, starts_with_bullet_or_own_line, is_one_source_line) units in order.
    """
    units: list[tuple[str, bool, bool]] = []
    buf: list[str] = []
    own = False

    def flush() -> None:
        nonlocal buf, own
        if buf:
            units.append((" ".join(s.strip() for s in buf), own, len(buf) == 1))
        buf, own = [], False

    for raw in lines:
        hard_break = raw.endswith("  ") or raw.endswith("\\")
        line = raw.rstrip("\\ ")
        if _MD_HEADING.match(line) or _END_MARK.match(line):
            flush()
            units.append((line.strip(), True, True))
            continue
        if _BULLET.match(line) and not _TIMESTAMP.match(line):
            flush()
            own = True
        buf.append(line)
        if hard_break:
            flush()
    flush()
    return units


def _classify(unit: str, own_line: bool, single: bool) -> tuple[BlockKind, str]:
    md = _MD_HEADING.match(unit)
    if md:
        return "heading", strip_inline_markdown(md.group(1))
    if _END_MARK.match(unit) or _TIMESTAMP.match(unit) or _DATELINE.match(unit) or _BYLINE.match(unit):
        return "boilerplate", strip_inline_markdown(unit).strip()
    bullet = _BULLET.match(unit)
    if bullet and own_line:
        return "bullet", strip_inline_markdown(unit[bullet.end() :]).strip()
    bold = _WHOLE_BOLD.match(unit)
    clean = strip_inline_markdown(unit).strip()
    if bold and not _TERMINAL.search(bold.group(2).strip().strip("*_ ")):
        return "heading", clean
    if single and _is_heading_line(clean) and turn_label(clean)[0] is None:
        return "heading", clean
    if single and clean.endswith(".") and _NUMBERED_PART.match(clean) and is_title_case(clean[:-1], 14, 3):
        return "heading", clean  # a filing's "Item 2.05 Costs Associated with Exit or Disposal Activities."
    headline = is_title_case(clean, least=3) and turn_label(clean)[0] is None
    if headline and not _TERMINAL.search(clean.rstrip("\"'”’")):  # a headline wrapped over lines
        return "heading", clean
    return "para", clean


def is_title_case(text: str, most: int = 30, least: int = 1) -> bool:
    """Every word capitalised but small ones ("United States and EU Reach Agreement to Address Shared
    Challenges from China"), between `least` and `most` words."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)  # "U.N.'s" is one word
    if not least <= len(words) <= most or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words)


_SINGLE_QUOTED = re.compile(r"(?:^|\s)['‘][^'‘’\"“”]{2,60}['’](?=[\s.,:;!?]|$)")


def _headline(line: str, body: str) -> bool:
    """A first line that is a headline: in title case, or quoting in single marks where the story
    quotes in double ones ("Flynn says Trump 'absolutely right' in saying generals reduced to rubble.")."""
    if is_title_case(line.rstrip(".'’\""), 20, 3):
        return True
    if (
        4 <= len(line.split()) <= 20
        and not re.search(r"[.!?:;\"”’')\]]$", line)
        and len(body) > 2 * len(line)
    ):
        return True  # a headline in sentence case: "White House says it will send vaccines, won't commit"
    if len(line.split()) > 20 or not _SINGLE_QUOTED.search(line) or re.search(r"[\"“”]", line):
        return False
    rest = body[body.find(line) + len(line) :] if line in body else body
    return len(re.findall(r"[\"“”]", rest)) >= 2 and not _SINGLE_QUOTED.search(rest)


# a transcriber's notes: "[Inaudible]", "[Crosstalk]", "[Laughter]", "[through interpreter]", "(CROSSTALK.)"
_NOTES = re.compile(
    r"[ \t]*(?:\[(?=[^\]]*\])|\((?=[^)]*\)))(?:inaudible|crosstalk|cross-talk|laughter|laughs|applause|unintelligible|indiscernible|pause|silence|"
    r"technical difficulties|audio (?:gap|drops?|cuts? out|interrupted)|(?:speaking\s+)?(?:through|via)\s+(?:an\s+)?"
    r"interpret(?:er|ation)|as\s+interpreted|translated)\.?[\])][ \t]*",
    re.I,
)


# a recording's time stamp before a turn: "[00:01:13] TOM BRENNAN: ..."
_STAMP = re.compile(r"^[ \t]*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*", re.M)


# a thread's numbering and end: "3/ With this funding, ...", "... More to come. /end"
_THREAD = re.compile(r"^[ \t]*\d{1,2}/(?:\d{1,2})?[ \t]+(?=\S)", re.M)
_THREAD_END = re.compile(r"[ \t]*/end\b|[ \t]*🧵", re.I)


# a transcript quoted whole, each paragraph opening a quote mark ("WALLACE: ... / "PENCE: ...): its turns
_QUOTED_LINE = re.compile(r"^([ \t]*)[\"“](?=\S)(.*?)[\"”]?[ \t]*$", re.M)


def _unquote_transcript(body: str) -> str:
    """A transcript a story quotes whole, as long quotations are written: each paragraph opens with a quote
    mark, only the last closes one. Two or more of its paragraphs open with a label in capitals
    ("WALLACE:", "PENCE:"); then each paragraph that opens a quote it does not close is a turn (or the rest
    of one), and loses its marks."""
    quoted = list(_QUOTED_LINE.finditer(body))
    labels = (lab for m in quoted if (lab := turn_label(m.group(2))[0]) is not None and lab.isupper())
    if next(labels, None) is None or next(labels, None) is None:  # (two are enough: stop reading there)
        return body
    out, at, inside = [], 0, False
    for m in quoted:
        line = m.group(0).strip()
        straight, opening, closing = line.count('"'), line.count("“"), line.count("”")
        closes = straight % 2 == 0 and opening <= closing  # opened and closed: a quotation of its own ...
        if closes and not (inside and straight + opening + closing == 2 and line[-1] in '"”'):
            inside = False  # (... unless it ends the transcript: "Follow X on Twitter.")
            continue
        inside = not closes
        out.append(body[at : m.start()] + m.group(1) + m.group(2))
        at = m.end()
    return "".join(out) + body[at:]


def blocks_from_text(body: str) -> list[Block]:
    body = _STAMP.sub("", _NOTES.sub(" ", _TAGS.sub("", _unquote_transcript(_COMMENT.sub("", body)))))
    if len(_THREAD.findall(body)) >= 3:  # a thread's posts, not a paragraph opening "3/4 of residents"
        body = _THREAD_END.sub("", _THREAD.sub("", body))
    out: list[Block] = []
    turn: str | None = None
    named = named_labels(body)
    numbered: set[int] = set()  # a numbered line alone in its paragraph: "2. Library opening hours"
    for lines in _paragraphs(body):
        units = _units(lines)
        for unit, own, one_line in units:
            kind, text = _classify(unit, own, one_line)
            if not text:
                continue
            if kind == "bullet" and len(units) == 1 and _NUMBERED.match(unit) and _is_heading_line(text):
                numbered.add(len(out))
            if not out and kind == "para" and one_line and _headline(text, body):
                kind = "heading"  # a headline over the story: "Obama on Climate Change: The Trends Are 'Terrifying.'"
            if kind == "para":
                # the agency goes, the place stays: "New Delhi, India — As the earth shook, ..."
                text = (
                    _AGENCY_PREFIX.sub(
                        lambda m: (
                            f"{(m.group(1) or m.group(2)).strip()} — " if m.group(1) or m.group(2) else ""
                        ),
                        text,
                        1,
                    )
                    or text
                )
                label, rest = turn_label(text, named)
                if label is not None and (_BOLD_START.match(unit) or _RUN_IN_HEAD.match(label)):
                    # "**BUILDING ON PAST SUCCESS**: ...": a run-in head, not a speaker
                    out.append(Block("heading", label, None))
                    text = rest
                elif label is not None:
                    if label != "Q" and (
                        seat := seated(text)
                    ):  # "Hon. Luc Gagnon (Minister of Health, Lib.)"
                        out.append(Block("boilerplate", seat[1], None))
                    turn, text = label, rest
                    if not text:
                        continue
                elif _BOLD_START.match(unit) and (long_head := _CAPS_HEAD.match(text)):
                    # "**RESTORING THE VALUES OF INDIVIDUAL DIGNITY, HARD WORK, AND EXCELLENCE:** Today, ...": a
                    # fact sheet's run-in head, too long or too punctuated for a speaker's label
                    out.append(Block("heading", long_head.group(1), None))
                    text = text[long_head.end() :]
                elif head := _glued_heading(text):  # "SAVE A QUARTER Let's say you ..."
                    out.append(Block("heading", head, None))
                    text = text[len(head) :].strip()
            elif kind == "boilerplate" and _END_MARK.match(unit):
                turn = None
            out.append(Block(kind, text, turn if kind in ("para", "bullet") else None))
    # ... is a numbered section's heading when prose follows it (minutes' "2. Library opening hours")
    for i in numbered:
        if i + 1 < len(out) and out[i + 1].kind == "para":
            out[i] = Block("heading", out[i].text, None)
    asking = interviewer([(b.turn, b.text) for b in out])
    return [Block(b.kind, b.text, "Q") if asking and b.turn == asking else b for b in out]


def balance_quotes(sentence: str) -> str:
    """A sentence shown on its own, with the quote marks it needs: one that starts inside a quote
    ("There's a disconnect,” Flynn said.) gets its opening mark, one that ends inside a quote its
    closing mark. The stored sentence is unchanged; this is for display."""
    marks = [(m.start(), m.group(0)) for m in re.finditer(r"[\"“”]", sentence)]
    if not marks:
        return sentence
    curly = [c for _, c in marks if c != '"']
    if curly:
        opens_late = curly[0] == "”"
        ends_open = curly[-1] == "“"
    else:
        first = marks[0][0]
        closing = first > 0 and not sentence[first - 1].isspace()
        opens_late = len(marks) % 2 == 1 and closing
        ends_open = len(marks) % 2 == 1 and not closing
    straight = not curly
    if opens_late:
        sentence = ('"' if straight else "“") + sentence
    if ends_open:
        sentence = sentence + ('"' if straight else "”")
    return sentence


def _meta_str(meta: dict[str, object], *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if value is not None and str(value).strip():
            return re.sub(r"\s+", " ", normalise(str(value))).strip()
    return None


def parse_text(raw: str) -> Parsed:
    """Plain text or Markdown (with optional YAML front matter) -> Parsed."""
    meta, body = split_front_matter(normalise(raw))
    return Parsed(
        title=_meta_str(meta, "title"),
        date=_meta_str(meta, "date", "published_time"),
        source=_meta_str(meta, "source_url", "url", "source"),
        blocks=tuple(blocks_from_text(body)),
    )
