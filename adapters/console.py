"""The terminal adapter: a chat that behaves like a channel. Push a line in, pop the reply out.

`Console.push(line)` is the whole translation (line -> core -> rendered text) and is what the core's
end-to-end tests drive; `Console.run()` is the interactive loop around it.
"""

from __future__ import annotations

import sys
import threading
from typing import TextIO

from bot.errors import BriefbotError
from bot.inputs import read_source
from bot.replies import Reply
from bot.schedule import DigestScheduler
from bot.scope import LOCAL, Scope
from bot.service import BriefingService

BANNER = """\
briefbot console — this terminal is the channel “{channel}”. Type help for the commands,
paste a briefing (end a multi-line paste with a line holding only a full stop), “open FILE” to brief a
file, a question ending in ? to ask, quit to leave.
"""


def render(reply: Reply) -> str:
    return reply.plain()


class Console:
    def __init__(self, service: BriefingService, scope: Scope = LOCAL) -> None:
        self.service = service
        self.scope = scope
        self.outbox: list[str] = []  # digests posted while nobody typed
        self._lock = threading.Lock()

    def push(self, line: str) -> str:
        """One line (or pasted block) from the user -> the reply as text."""
        text = line.strip()
        if text.lower().startswith("/brief"):
            text = text[len("/brief") :].strip()
        if text.lower().startswith("open "):
            try:
                body, _ = read_source(text[5:].strip())
            except BriefbotError as err:
                return f"Sorry — {err}\n"
            return render(self.service.brief_text(self.scope, body)) if body else ""
        return render(self.service.handle(self.scope, text))

    def post(self, tenant: str, channel: str, reply: Reply, key: str) -> str:
        """The scheduler's poster: digests appear in the terminal like posts in a channel."""
        with self._lock:
            self.outbox.append(render(reply))
        return f"console:{key}"

    def pop(self) -> list[str]:
        with self._lock:
            out, self.outbox = self.outbox, []
        return out

    def run(self, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout, *, schedule: bool = True) -> int:
        interactive = stdin.isatty()
        scheduler = DigestScheduler(self.service, self.post) if schedule and interactive else None
        if scheduler:
            scheduler.start()
        if interactive:
            stdout.write(BANNER.format(channel=self.scope.channel))
        try:
            while True:
                for digest in self.pop():
                    stdout.write("\n" + digest)
                if interactive:
                    stdout.write("\nyou> ")
                    stdout.flush()
                line = stdin.readline()
                if not line:
                    break
                if line.strip().lower() in ("quit", "exit", ":q"):
                    break
                if line.strip() == ".":
                    continue
                block = [line]
                if not _looks_complete(line):
                    for more in iter(stdin.readline, ""):
                        if more.strip() == ".":
                            break
                        block.append(more)
                reply = self.push("".join(block))
                stdout.write(("\n" if interactive else "") + reply)
                stdout.flush()
        except KeyboardInterrupt:
            stdout.write("\n")
        finally:
            if scheduler:
                scheduler.shutdown()
        return 0


def _looks_complete(line: str) -> bool:
    """A one-line command or question; anything else may be the first line of a pasted briefing."""
    first = line.strip().split(" ", 1)[0].lower().lstrip("/")
    commands = ("brief", "ask", "digest", "subscribe", "unsubscribe", "list", "forget", "help", "open")
    return (
        first in commands or line.strip().endswith("?") or line.strip().startswith("http") or not line.strip()
    )
