"""Keep secrets out of the logs: discord.py logs request URLs and gateway events at DEBUG, and those
carry interaction tokens (webhook URLs, INTERACTION_CREATE payloads). The bot token itself is masked
wherever it would appear."""

from __future__ import annotations

import logging
import re

_PATTERNS = (
    (re.compile(r"(/(?:webhooks|interactions)/\d+/)[A-Za-z0-9_.\-]+"), r"\1[redacted]"),
    (re.compile(r"""(['"]token['"]\s*:\s*['"])[^'"]+"""), r"\1[redacted]"),
    (re.compile(r"(Bot\s+)[A-Za-z0-9_.\-]{20,}"), r"\1[redacted]"),
)


class Redact(logging.Filter):
    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        for pattern, repl in _PATTERNS:
            text = pattern.sub(repl, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and record.exc_text is None and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
        return True


def redact_discord_logs(*secrets: str) -> Redact:
    """Install the filter on every discord.py logger (a logger's filters see only its own records)."""
    import discord  # noqa: F401 - its modules create their loggers on import

    names = [n for n in logging.root.manager.loggerDict if n == "discord" or n.startswith("discord.")]
    names += ["adapters.discord.client", "adapters.discord.slash"]
    redact = Redact(secrets)
    for name in names:
        logger = logging.getLogger(name)
        for old in [f for f in logger.filters if isinstance(f, Redact)]:
            logger.removeFilter(old)
        logger.addFilter(redact)
    return redact
