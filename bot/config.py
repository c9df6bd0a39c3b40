"""Settings, loaded once: built-in defaults <- TOML file <- BRIEFBOT_* environment variables.

This is the only module that reads `os.environ`. Secrets (chat tokens) come only from the environment
and are kept apart from the settings that may be printed or logged.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import BriefbotError


class ConfigError(BriefbotError):
    pass


@dataclass(frozen=True, slots=True)
class Secrets:
    """Tokens from the environment; repr never shows them."""

    values: Mapping[str, str] = field(default_factory=dict, repr=False)

    def get(self, name: str) -> str | None:
        return self.values.get(name) or None

    def __repr__(self) -> str:
        return f"Secrets({sorted(self.values)})"


SECRET_NAMES = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
    "SLACK_API_URL",
    "DISCORD_TOKEN",
    "DISCORD_GUILD_ID",
    "DISCORD_API_URL",
    "BRIEFBOT_ENCRYPTION_KEY",
)


@dataclass(frozen=True, slots=True)
class Settings:
    store_url: str
    summary_sentences: int = 3
    summary_algorithm: str = "default"
    digest_time: str = "09:00"
    digest_timezone: str = "UTC"
    digest_grace_minutes: int = 180
    digest_claim_timeout_minutes: int = 10
    digest_post_empty: bool = False
    retention_days: int = 365
    retention_removed_days: int = 30
    questions_max_chars: int = 1000
    fetch_timeout_seconds: float = 15.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 3
    fetch_per_tenant: int = 2
    fetch_cache_seconds: int = 600
    fetch_allow_networks: tuple[str, ...] = ()
    discord_shards: int = 0
    discord_message_content: bool = False
    secrets: Secrets = field(default_factory=Secrets)


def default_store_url() -> str:
    from platformdirs import user_data_dir

    path = Path(user_data_dir("briefbot")) / "briefbot.db"
    return f"sqlite:///{path}"


def _flatten(data: Mapping[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, values in data.items():
        if not isinstance(values, Mapping):
            raise ConfigError(f"The setting {section!r} must be inside a [section].")
        for key, value in values.items():
            flat[f"{section}_{key}"] = value
    return flat


def _coerce(name: str, value: Any, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                if value.lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                    raise ValueError(value)
                return value.lower() in ("1", "true", "yes", "on")
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, tuple):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(str(v).strip() for v in items if str(v).strip())
        return str(value)
    except (TypeError, ValueError) as err:
        raise ConfigError(f"The setting {name} has a value of the wrong type: {value!r}.") from err


def _validate(s: Settings) -> None:
    try:
        ZoneInfo(s.digest_timezone)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise ConfigError(f"Unknown time zone in digest.timezone: {s.digest_timezone!r}.") from err
    for net in s.fetch_allow_networks:
        try:
            ipaddress.ip_network(net, strict=False)
        except ValueError as err:
            raise ConfigError(
                f"Not a network in fetch.allow_networks: {net!r} (use e.g. 127.0.0.1/32)."
            ) from err
    if s.summary_sentences < 1 or s.questions_max_chars < 20:
        raise ConfigError("summary.sentences must be at least 1 and questions.max_chars at least 20.")


def load(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from the TOML at `path` (or $BRIEFBOT_CONFIG) and the environment."""
    env = dict(os.environ if environ is None else environ)
    file_values: dict[str, Any] = {}
    chosen = path or env.get("BRIEFBOT_CONFIG")
    if chosen and not Path(chosen).is_file():
        raise ConfigError(f"No configuration file at {chosen}.")
    text = (
        Path(chosen).read_text(encoding="utf-8")
        if chosen
        else resources.files("bot").joinpath("data/briefbot.toml").read_text(encoding="utf-8")
    )
    try:
        file_values = _flatten(tomllib.loads(text))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"The configuration file is not valid TOML: {err}.") from err
    defaults = Settings(store_url="")
    values: dict[str, Any] = {}
    for name in Settings.__slots__:
        if name == "secrets":
            continue
        default = getattr(defaults, name)
        raw = env.get(f"BRIEFBOT_{name.upper()}", file_values.get(name, default))
        values[name] = _coerce(name, raw, default)
    unknown = set(file_values) - set(values)
    if unknown:
        raise ConfigError(f"Unknown setting(s) in the configuration file: {', '.join(sorted(unknown))}.")
    if not values["store_url"]:
        values["store_url"] = default_store_url()
    settings = Settings(**values, secrets=Secrets({k: env[k] for k in SECRET_NAMES if env.get(k)}))
    _validate(settings)
    return settings
