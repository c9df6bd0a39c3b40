"""`briefbot discord`: the Discord bot with DISCORD_TOKEN, digests scheduled from setup_hook."""

from __future__ import annotations

from bot.config import Settings
from bot.errors import BriefbotError
from bot.service import BriefingService

from .client import BriefClient, use_api


def run_discord(service: BriefingService, settings: Settings) -> int:
    token = settings.secrets.get("DISCORD_TOKEN")
    if not token:
        raise BriefbotError("Set DISCORD_TOKEN (the bot token from the Discord developer portal).")
    use_api(settings.secrets.get("DISCORD_API_URL"))
    BriefClient(service, schedule=True).run(token, log_handler=None)
    return 0
