"""`briefbot` on the command line: brief, ask, digest, console, demo (slack and discord come with their adapters)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path

from bot import config
from bot.errors import BriefbotError
from bot.inputs import read_source
from bot.replies import Reply
from bot.scope import LOCAL, Scope
from bot.service import BriefingService
from bot.store import Store

log = logging.getLogger("briefbot")
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".text"}


def sample_text() -> str:
    return resources.files("bot").joinpath("data/sample-briefing.txt").read_text(encoding="utf-8")


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefbot", description="Summarise briefings, extract commitments, answer questions."
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log detail to standard error")
    p.add_argument("--config", help="a briefbot.toml (default: $BRIEFBOT_CONFIG or the built-in defaults)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def with_store(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--db", help="store: a SQLite file path or an SQLAlchemy URL (default: settings)")
        sp.add_argument("--channel", default=LOCAL.channel, help="the channel to act in (default: console)")

    brief = sub.add_parser(
        "brief", help="analyse briefing files (or - for standard input), store and print them"
    )
    brief.add_argument(
        "paths", nargs="+", help="text, Markdown or HTML files, folders, or - for standard input"
    )
    brief.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    brief.add_argument("--sentences", type=_positive, help="summary length in sentences (default 3)")
    brief.add_argument("--algorithm", help="summary ranker (default: default); see README")
    brief.add_argument("--no-store", action="store_true", help="analyse and print only")
    with_store(brief)
    ask = sub.add_parser("ask", help="answer a question from the stored briefings, with citations")
    ask.add_argument("question")
    ask.add_argument("--format", choices=("text", "json"), default="text")
    with_store(ask)
    digest = sub.add_parser("digest", help="print a channel's digest for a day")
    digest.add_argument("--date", help="YYYY-MM-DD (default: today)")
    with_store(digest)
    console = sub.add_parser("console", help="a terminal chat that behaves like a channel")
    console.add_argument("--sample", action="store_true", help="brief the bundled sample briefing first")
    with_store(console)
    demo = sub.add_parser("demo", help="the console with the bundled sample briefing already briefed")
    with_store(demo)
    slack = sub.add_parser("slack", help="run the Slack app (Socket Mode with SLACK_APP_TOKEN, or --http)")
    slack.add_argument("--http", action="store_true", help="serve Bolt over HTTP at /slack/events")
    slack.add_argument("--port", type=int, default=3000)
    slack.add_argument("--db", help="store: a SQLite file path or an SQLAlchemy URL (default: settings)")
    discord_cmd = sub.add_parser("discord", help="run the Discord bot (DISCORD_TOKEN)")
    discord_cmd.add_argument(
        "--db", help="store: a SQLite file path or an SQLAlchemy URL (default: settings)"
    )
    discord_cmd.add_argument(
        "--invite", action="store_true", help="print the link that adds the bot to a server, and exit"
    )
    return p


def _store_url(db: str | None, settings: config.Settings) -> str:
    if not db:
        return settings.store_url
    return db if "://" in db else f"sqlite:///{Path(db).expanduser().resolve()}"


def _files(paths: list[str]) -> list[str]:
    out: list[str] = []
    for p in paths:
        if p != "-" and Path(p).is_dir():
            found = sorted(
                str(f) for f in Path(p).rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
            )
            if not found:
                raise BriefbotError(f"{p} holds no .txt, .md or .html files.")
            out.extend(found)
        else:
            out.append(p)
    return out


def _progress(i: int, n: int, name: str) -> None:
    width = 24
    done = int(width * i / n)
    sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {name[:40]:<40}")
    if i == n:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _emit(reply: Reply, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(reply.data.get("analysis", reply.data), ensure_ascii=False, indent=2) + "\n"
    return reply.plain(markdown=fmt == "markdown")


def cmd_brief(args: argparse.Namespace, settings: config.Settings) -> int:
    settings = replace(
        settings,
        summary_sentences=args.sentences or settings.summary_sentences,
        summary_algorithm=args.algorithm or settings.summary_algorithm,
    )
    files = _files(args.paths)
    service: BriefingService | None = None
    failures = 0
    for i, path in enumerate(files, 1):
        if len(files) > 1 and i > 1:
            _progress(i - 1, len(files), Path(path).name)
        try:
            if path.startswith(("http://", "https://")):
                service = service or _service(args, settings)
                reply = service.brief_url(_scope(args), path)
                sys.stdout.write(_emit(reply, args.format))
                continue
            text, _ = read_source(path)
            if args.no_store:
                from bot.render import brief_reply

                analysis = BriefingService.analyse_with(settings, text)
                reply = brief_reply(0, analysis)
            else:
                service = service or _service(args, settings)
                reply = service.brief_text(_scope(args), text)
            sys.stdout.write(_emit(reply, args.format))
        except BriefbotError as err:
            failures += 1
            print(f"briefbot: {path}: {err}" if len(files) > 1 else f"briefbot: {err}", file=sys.stderr)
    if len(files) > 1:
        _progress(len(files), len(files), "done")
    return 1 if failures else 0


def _scope(args: argparse.Namespace) -> Scope:
    """The terminal's channel (`--channel`), in the local tenant."""
    return Scope("local", "local", args.channel, "cli")


def _service(args: argparse.Namespace, settings: config.Settings) -> BriefingService:
    from bot.fetch import SafeFetcher

    return BriefingService(Store.open(_store_url(args.db, settings)), settings, fetcher=SafeFetcher(settings))


def cmd_ask(args: argparse.Namespace, settings: config.Settings) -> int:
    reply = _service(args, settings).ask(_scope(args), args.question)
    if args.format == "json":
        sys.stdout.write(json.dumps(reply.data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(reply.plain())
    return 0


def cmd_digest(args: argparse.Namespace, settings: config.Settings) -> int:
    from bot.commands import parse

    cmd = parse("digest " + (args.date or ""))
    reply = _service(args, settings).execute(_scope(args), cmd)
    sys.stdout.write(reply.plain())
    return 0


def cmd_console(args: argparse.Namespace, settings: config.Settings, *, sample: bool) -> int:
    from .console import Console

    service = _service(args, settings)
    console = Console(service, Scope("local", "local", args.channel, LOCAL.user))
    if sample:
        sys.stdout.write(console.push("brief " + sample_text()))
    return console.run()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if args.command is None:
        parser.print_help()
        return 0
    try:
        settings = config.load(args.config)
        if args.command == "brief":
            return cmd_brief(args, settings)
        if args.command == "ask":
            return cmd_ask(args, settings)
        if args.command == "digest":
            return cmd_digest(args, settings)
        if args.command == "discord":
            from .discord.run import invite_url, run_discord

            if args.invite:
                print(invite_url(settings))
                return 0
            return run_discord(_service(args, settings), settings)
        if args.command == "slack":
            from .slack.run import run_slack

            return run_slack(_service(args, settings), settings, http=args.http, port=args.port)
        return cmd_console(args, settings, sample=args.command == "demo" or args.sample)
    except BriefbotError as err:
        log.debug("user error", exc_info=True)
        print(f"briefbot: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefbot: interrupted.", file=sys.stderr)
        return 130
    except Exception as err:  # a bug: one line for the user, the traceback with -v
        log.debug("internal error", exc_info=True)
        print(
            f"briefbot: something went wrong inside briefbot ({err.__class__.__name__}: {err}). "
            "Run it again with -v to see the details, and please report it.",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
