"""The real discord.py client (through adapters.discord.run.serve) against a FakeDiscord on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from fake_discord import FakeDiscord

from adapters.discord.client import use_api
from adapters.discord.run import serve
from bot.config import load
from bot.service import BriefingService, utc_now
from bot.store import Store

TOKEN = "MTAw.GfAkE1.very-secret-bot-token-part"


class Rig:
    def __init__(
        self,
        tmp: Path,
        *,
        schedule: bool = False,
        clock: Callable[[], datetime] = utc_now,
        require_shards: int = 0,
        env: dict[str, str] | None = None,
    ) -> None:
        self.fake = FakeDiscord(require_shards=require_shards)
        use_api(self.fake.api)
        self.settings = load(environ={**(env or {}), "DISCORD_TOKEN": TOKEN})
        self.service = BriefingService(
            Store.open(f"sqlite:///{tmp / 'discord.db'}"), self.settings, clock=clock
        )
        self.clients: list[Any] = []
        self.loop = asyncio.new_event_loop()
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(schedule,), daemon=True)
        self.thread.start()
        ready = self.fake.wait(lambda: bool(self.fake.sockets) or self.failure is not None)
        assert ready, f"the client never identified ({self.failure!r})"
        deadline = time.monotonic() + 30
        while not (self.clients and self.client.is_ready()) and time.monotonic() < deadline:
            time.sleep(0.02)  # READY and the guilds' GUILD_CREATE processed (discord.py's on_ready)
        assert self.client.is_ready(), f"the client never became ready ({self.failure!r})"

    @property
    def client(self) -> Any:
        return self.clients[-1]

    def _run(self, schedule: bool) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(
                serve(self.service, self.settings, TOKEN, schedule=schedule, clients=self.clients)
            )
        except BaseException as err:  # reported by the test that waits
            self.failure = err
        finally:  # what discord.py left running (a ready waiter, a keep-alive): cancelled, then closed
            pending = asyncio.all_tasks(self.loop)
            for task in pending:
                task.cancel()
            self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()

    def call(self, coro: Any, timeout: float = 30.0) -> Any:
        """Run a coroutine on the client's loop (as discord.py's own callbacks would) and wait."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self) -> None:
        for client in self.clients:
            with contextlib.suppress(Exception):
                self.call(client.close(), 10)
        self.thread.join(10)
        self.fake.stop()
        use_api(None)
