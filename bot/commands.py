"""`/brief ...` text or a mention's text -> a Command. The help text lives here, once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from .errors import BriefbotError

Name = Literal["brief", "ask", "digest", "subscribe", "unsubscribe", "list", "forget", "help"]

HELP = """\
briefbot reads briefings and remembers them for this channel.

  /brief <link or pasted text>     summary, commitments, what officials declined to say
  /brief ask <question>            answer from everything this channel was briefed on, with the source
  <a question ending in ?>         the same as ask
  /brief digest [YYYY-MM-DD]       today's digest now (or a past day's)
  /brief subscribe [HH:MM] [Area/City]   a daily digest here, e.g. subscribe 09:00 America/Mexico_City
  /brief unsubscribe               stop the daily digest
  /brief list                      this channel's digest subscription and latest briefings
  /brief forget <id>|channel       delete one briefing, or everything this channel shared
  /brief help                      this text
"""

_URL = re.compile(r"^https?://\S+$", re.I)
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CommandError(BriefbotError):
    pass


@cache
def _zones() -> tuple[str, ...]:
    """The IANA time zone names, sorted, read once (each autocomplete keystroke asks for them)."""
    return tuple(sorted(available_timezones()))


@dataclass(frozen=True, slots=True)
class Command:
    name: Name
    arg: str = ""
    time: str | None = None
    timezone: str | None = None
    private: bool = False

    @property
    def is_url(self) -> bool:
        return self.name == "brief" and bool(_URL.match(self.arg))


def parse_time(value: str) -> str:
    m = _TIME.match(value)
    if not m:
        raise CommandError(f"“{value}” is not a time of day; write it as HH:MM, e.g. 09:00.")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def parse_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as err:
        hint = [z for z in _zones() if z.lower().endswith(value.lower().split("/")[-1])][:3]
        extra = f" Did you mean {', '.join(hint)}?" if hint else " Use an IANA name such as Europe/Paris."
        raise CommandError(f"“{value}” is not a time zone I know.{extra}") from err
    return value


def parse(text: str) -> Command:
    """One parser for every adapter."""
    body = text.strip()
    private = False
    if re.match(r"^private\b", body, re.I):
        private, body = True, body[len("private") :].strip()
    if not body:
        return Command("help", private=private)
    first, _, rest = body.partition(" ")
    word = first.lower()
    rest = rest.strip()
    if word in ("help", "-h", "--help", "?"):
        return Command("help", private=private)
    if word == "ask":
        if not rest:
            raise CommandError("Ask what? Write the question after “ask”.")
        return Command("ask", rest, private=private)
    if word == "digest":
        if rest and not _DATE.match(rest):
            raise CommandError(f"“{rest}” is not a date; write it as YYYY-MM-DD, or leave it out for today.")
        return Command("digest", rest, private=private)
    if word == "subscribe":
        time = tz = None
        for part in rest.split():
            if part[:1].isdigit() or (":" in part and "/" not in part):
                time = parse_time(part)
            else:
                tz = parse_timezone(part)
        return Command("subscribe", time=time, timezone=tz, private=private)
    if word in ("unsubscribe", "list"):
        return Command(word, private=private)  # type: ignore[arg-type]
    if word == "forget":
        if not rest or not (rest.isdigit() or rest.lower() == "channel"):
            raise CommandError("Forget what? Write a briefing number (see “list”) or “channel”.")
        return Command("forget", rest.lower(), private=private)
    if word == "brief":  # explicit: brief it even if it ends with a question mark
        if not rest:
            raise CommandError("Brief what? Paste the text or a link after “brief”.")
        return Command("brief", rest, private=private)
    if _URL.match(body):
        return Command("brief", body, private=private)
    if body.endswith("?") and "\n" not in body and len(body) < 500:
        return Command("ask", body, private=private)
    return Command("brief", body, private=private)


_COMMON_ZONES = (
    "UTC",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Mexico_City",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "Africa/Johannesburg",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
)


def timezone_choices(typed: str, limit: int = 25) -> list[str]:
    """Time zone names for autocomplete: common ones when nothing is typed; otherwise the names that
    contain what was typed (spaces as underscores), those whose city starts with it first."""
    needle = typed.strip().lower().replace(" ", "_")
    if not needle:
        return list(_COMMON_ZONES[:limit])
    zones = [z for z in _zones() if needle in z.lower() and not z.startswith("Etc/")]
    zones.sort(key=lambda z: (not z.lower().rsplit("/", 1)[-1].startswith(needle), len(z)))
    return zones[:limit]
