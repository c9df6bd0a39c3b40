"""Who is asking, where: taken by the adapter from the verified platform event, never from message text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scope:
    platform: str  # "slack", "discord", "local"
    tenant: str  # Slack team (or enterprise) id, Discord guild id (or "dm-<user>"), "local"
    channel: str
    user: str = ""

    @property
    def tenant_key(self) -> str:
        """The store's tenant: platform and workspace together, so ids of two platforms never meet."""
        return f"{self.platform}:{self.tenant}"


LOCAL = Scope("local", "local", "console", "you")
