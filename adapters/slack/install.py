"""Multi-workspace installs: Bolt's OAuth flow with its installation store in the core's database,
tokens encrypted at rest (Fernet, key from BRIEFBOT_ENCRYPTION_KEY)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

from bot.errors import BriefbotError
from bot.scope import Scope

TOKEN_FIELDS = ("bot_token", "user_token", "bot_refresh_token", "user_refresh_token")


def new_key() -> str:
    """A fresh key for BRIEFBOT_ENCRYPTION_KEY."""
    return Fernet.generate_key().decode()


class EncryptedInstallationStore(SQLAlchemyInstallationStore):
    """slack_sdk's SQLAlchemy installation store, with every token encrypted before it is written."""

    def __init__(
        self, client_id: str, engine: Any, key: str | None, on_install: Callable[[str], None] | None = None
    ) -> None:
        self.on_install = on_install  # told the tenant key of each (re)install
        if not key:
            raise BriefbotError("OAuth installs need BRIEFBOT_ENCRYPTION_KEY to encrypt tokens at rest.")
        try:
            self.fernet = Fernet(key.encode())
        except ValueError as err:
            raise BriefbotError(
                "BRIEFBOT_ENCRYPTION_KEY is not a valid key (make one with Fernet.generate_key())."
            ) from err
        super().__init__(
            client_id=client_id,
            engine=engine,
            bots_table_name="slack_bots",
            installations_table_name="slack_installations",
        )
        self.create_tables()

    def _seal(self, obj: Any) -> Any:
        sealed = copy.copy(obj)
        for field in TOKEN_FIELDS:
            value = getattr(sealed, field, None)
            if value:
                setattr(sealed, field, self.fernet.encrypt(value.encode()).decode())
        return sealed

    def _open(self, obj: Any) -> Any:
        if obj is None:
            return None
        for field in TOKEN_FIELDS:
            value = getattr(obj, field, None)
            if value:
                try:
                    setattr(obj, field, self.fernet.decrypt(value.encode()).decode())
                except InvalidToken as err:
                    raise BriefbotError(
                        "A stored Slack token cannot be decrypted with this BRIEFBOT_ENCRYPTION_KEY."
                    ) from err
        return obj

    def save(self, installation: Installation) -> None:
        super().save(self._seal(installation))
        if self.on_install is not None:
            enterprise = installation.is_enterprise_install and installation.enterprise_id
            self.on_install(Scope("slack", str(enterprise or installation.team_id), "").tenant_key)

    def save_bot(self, bot: Bot) -> None:
        # Installation.to_bot() of a sealed installation is already sealed; a Bot saved alone is not.
        token = bot.bot_token or ""
        super().save_bot(bot if token.startswith("gAAAA") else self._seal(bot))

    def find_bot(self, **kwargs: Any) -> Bot | None:
        return self._open(super().find_bot(**kwargs))  # type: ignore[no-any-return]

    def find_installation(self, **kwargs: Any) -> Installation | None:
        return self._open(super().find_installation(**kwargs))  # type: ignore[no-any-return]
