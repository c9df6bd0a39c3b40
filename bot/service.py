"""BriefingService: the one facade every adapter calls. Synchronous and platform-neutral.

Constructed with its store, settings, clock and fetcher (no globals). Every call carries a Scope.
User errors raise BriefbotError subclasses; `handle()` and `run()` turn them into an error Reply.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from summarizer.analyze import EmptyDocument, analyse
from summarizer.model import Analysis
from summarizer.rank import UnknownAlgorithm

from . import replies
from .answer import ask
from .commands import HELP, Command, CommandError, parse
from .config import Settings
from .digest import build_digest
from .errors import BriefbotError, InputError, UnknownAlgorithmError
from .fetching import Fetcher
from .render import answer_reply, brief_reply
from .replies import Reply, Section
from .scope import Scope
from .store import Store, content_key

log = logging.getLogger(__name__)
MAX_TEXT = 2_000_000


class FetchUnavailable(BriefbotError):
    pass


def utc_now() -> datetime:
    return datetime.now(UTC)


class BriefingService:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Callable[[], datetime] = utc_now,
        fetcher: Fetcher | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.fetcher = fetcher

    # the one entry for adapters ---------------------------------------------------------------------
    def handle(self, scope: Scope, text: str) -> Reply:
        """Parse a command text and run it; errors come back as an error Reply, never as a traceback."""
        try:
            cmd = parse(text)
        except BriefbotError as err:
            return replies.error(str(err))
        return self.run(scope, cmd)

    def run(self, scope: Scope, cmd: Command) -> Reply:
        """Run a command for a chat adapter: a user error becomes its message, a bug a short apology
        (the traceback goes to the log), so nobody is left waiting without a word."""
        try:
            return self.execute(scope, cmd)
        except BriefbotError as err:
            log.info("user error in %s/%s: %s", scope.tenant_key, scope.channel, err)
            return replies.error(str(err))
        except Exception:
            log.exception("%s failed in %s/%s", cmd.name, scope.tenant_key, scope.channel)
            return replies.error("Something went wrong on my side; the details are in the logs.")

    def execute(self, scope: Scope, cmd: Command) -> Reply:
        if cmd.name == "help":
            return Reply("help", "briefbot help", text=HELP)
        if cmd.name == "ask":
            return self.ask(scope, cmd.arg)
        if cmd.name == "digest":
            return self.digest(scope, date.fromisoformat(cmd.arg) if cmd.arg else None)
        if cmd.name == "subscribe":
            return self.subscribe(scope, cmd.time, cmd.timezone)
        if cmd.name == "unsubscribe":
            return self.unsubscribe(scope)
        if cmd.name == "list":
            return self.list(scope)
        if cmd.name == "forget":
            return self.forget(scope, cmd.arg)
        if cmd.is_url:
            return self.brief_url(scope, cmd.arg)
        return self.brief_text(scope, cmd.arg)

    # briefing -----------------------------------------------------------------------------------------
    def analyse(self, text: str, url: str | None = None) -> Analysis:
        return self.analyse_with(self.settings, text, url)

    @staticmethod
    def analyse_with(settings: Settings, text: str, url: str | None = None) -> Analysis:
        """Analyse a text with the summary settings; user errors as InputError/UnknownAlgorithmError."""
        if not text.strip():
            raise InputError("There is no text to brief: paste the briefing or share a link.")
        if len(text) > MAX_TEXT:
            raise InputError(
                f"That text is too long to brief ({len(text):,} characters; the limit is {MAX_TEXT:,})."
            )
        try:
            return analyse(
                text,
                sentences=settings.summary_sentences,
                algorithm=settings.summary_algorithm,
                url=url,
            )
        except EmptyDocument as err:
            raise InputError("The briefing has no sentences to analyse.") from err
        except UnknownAlgorithm as err:
            raise UnknownAlgorithmError(str(err)) from err

    def store_analysis(self, scope: Scope, analysis: Analysis, text: str, url: str | None = None) -> Reply:
        bid, created = self.store.add_briefing(
            scope.tenant_key, scope.channel, scope.user, analysis, content_key(text, url), self.clock()
        )
        return brief_reply(bid, analysis, duplicate=not created)

    def brief_text(self, scope: Scope, text: str, source: str | None = None) -> Reply:
        analysis = self.analyse(text, source)
        return self.store_analysis(scope, analysis, text, source)

    def brief_url(self, scope: Scope, url: str) -> Reply:
        if self.fetcher is None:
            raise FetchUnavailable("Reading links is not enabled here; paste the briefing's text instead.")
        page = self.fetcher.fetch(url, scope.tenant_key)
        analysis = self.analyse(page.body, page.url)
        return self.store_analysis(scope, analysis, page.body, page.url)

    # questions ----------------------------------------------------------------------------------------
    def ask(self, scope: Scope, question: str) -> Reply:
        q = question.strip()
        if not q:
            raise CommandError("Ask what? Write the question after “ask”.")
        limit = self.settings.questions_max_chars
        if len(q) > limit:
            raise InputError(f"That question is too long ({len(q):,} characters; the limit is {limit:,}).")
        tenant = scope.tenant_key
        for channel in (scope.channel, None):  # the channel first; when it knows nothing, the workspace
            if channel is None and not self.store.other_channels(tenant, scope.channel):
                break  # (the workspace is this channel: asking it again would find the same)
            found = ask(
                partial(self.store.search, tenant, channel),
                q,
                partial(self.store.search_titled, tenant, channel),
                partial(self.store.following, tenant),
                partial(self.store.briefing_sentences, tenant),
            )
            if found.found:
                break
        return answer_reply(q, found)

    # digests ------------------------------------------------------------------------------------------
    def local_today(self, tz: str) -> date:
        return self.clock().astimezone(ZoneInfo(tz)).date()

    def digest(self, scope: Scope, day: date | None = None, *, post_empty: bool = True) -> Reply:
        subs = self.store.subscriptions(scope.tenant_key, scope.channel)
        tz = subs[0].timezone if subs else self.settings.digest_timezone
        today = self.local_today(tz)
        day = day or today
        if day > today:
            raise CommandError("That day has not happened yet.")
        reply = self.digest_for(scope.tenant_key, scope.channel, day, tz, post_empty=post_empty)
        assert reply is not None
        return reply

    def digest_for(self, tenant: str, channel: str, day: date, tz: str, *, post_empty: bool) -> Reply | None:
        """Briefings since the last posted digest (or since the start of the day before) until the end of `day`."""
        zone = ZoneInfo(tz)
        end = min(datetime.combine(day + timedelta(days=1), datetime.min.time(), zone), self.clock())
        since = self.store.last_digest_until(tenant, channel, day.isoformat())
        if since is None:
            since = datetime.combine(day - timedelta(days=1), datetime.min.time(), zone)
        return build_digest(self.store, tenant, channel, day.isoformat(), since, end, post_empty=post_empty)

    def subscribe(self, scope: Scope, time: str | None, tz: str | None) -> Reply:
        time = time or self.settings.digest_time
        tz = tz or self.settings.digest_timezone
        self.store.subscribe(scope.tenant_key, scope.channel, time, tz, scope.user, self.clock())
        return replies.info("Subscribed", f"This channel gets its digest every day at {time} ({tz}).")

    def unsubscribe(self, scope: Scope) -> Reply:
        if self.store.unsubscribe(scope.tenant_key, scope.channel):
            return replies.info("Unsubscribed", "No more daily digests here.")
        return replies.info("Not subscribed", "This channel had no daily digest.")

    def list(self, scope: Scope) -> Reply:
        subs = self.store.subscriptions(scope.tenant_key, scope.channel)
        sub = (
            f"Daily digest at {subs[0].local_time} ({subs[0].timezone})." if subs else "No daily digest here."
        )
        recent = self.store.recent(scope.tenant_key, scope.channel, 10)
        bullets = tuple(f"#{b.id} {b.label} — {b.created_at:%Y-%m-%d %H:%M} UTC" for b in recent)
        return replies.info(
            "This channel", sub, bullets or ("Nothing briefed here yet.",), "Latest briefings"
        )

    def overview(self, scope: Scope) -> Reply:
        """The workspace at a glance (Slack's App Home): digest subscriptions and the latest briefings."""
        subs = tuple(
            f"#{s.channel}: every day at {s.local_time} ({s.timezone})"
            for s in self.store.subscriptions(scope.tenant_key)
        )
        recent = self.store.recent(scope.tenant_key, None, 10)
        latest = tuple(f"#{b.id} {b.label} (in #{b.channel})" for b in recent)
        return Reply(
            "info",
            "briefbot",
            text="Share a link or paste a briefing with /brief; ask with /brief ask.",
            sections=(
                Section(
                    "Daily digests", subs or ("No channel subscribes yet: /brief subscribe 09:00 Area/City",)
                ),
                Section("Latest briefings", latest or ("Nothing briefed yet.",)),
            ),
        )

    def forget(self, scope: Scope, what: str) -> Reply:
        if what == "channel":
            n = self.store.forget_channel(scope.tenant_key, scope.channel)
            return replies.info(
                "Forgotten", f"Deleted {n} briefing(s) and the digest subscription of this channel."
            )
        if self.store.forget_briefing(scope.tenant_key, int(what)):
            return replies.info("Forgotten", f"Deleted briefing #{what}.")
        raise CommandError(f"There is no briefing #{what} here.")

    def add_to_digest(self, scope: Scope) -> Reply:
        """A briefing's "Add to digest": subscribe the channel (default time) unless it already is."""
        if self.store.subscriptions(scope.tenant_key, scope.channel):
            return self.list(scope)
        return self.subscribe(scope, None, None)

    def first_sighting(self, scope: Scope, event_id: str) -> bool:
        """True the first time a platform event id is seen in this workspace (retries get False)."""
        return self.store.first_sighting(scope.tenant_key, event_id, self.clock())

    # tenants leaving and coming back -------------------------------------------------------------------
    def tenant_left(self, tenant_key: str) -> None:
        """The bot was removed from a guild or workspace: its data goes `retention.removed_days` later."""
        log.info(
            "%s removed the bot; its data is deleted in %d day(s) unless it comes back",
            tenant_key,
            self.settings.retention_removed_days,
        )
        self.store.mark_departed(tenant_key, self.clock())

    def tenant_joined(self, tenant_key: str) -> None:
        if self.store.mark_returned(tenant_key):
            log.info("%s added the bot back; its data is kept", tenant_key)

    def purge(self) -> int:
        """The daily purge: briefings past `retention.days`, and everything of tenants that left more
        than `retention.removed_days` ago. Returns the number of briefings deleted."""
        now = self.clock()
        days = self.settings.retention_days
        n = self.store.purge(now - timedelta(days=days)) if days > 0 else 0
        for tenant in self.store.departed_before(now - timedelta(days=self.settings.retention_removed_days)):
            n += self.store.forget_tenant(tenant)
            log.info("deleted the data of %s, which removed the bot", tenant)
        return n
