"""`briefbot` on the command line: brief, demo (and, as they land, ask, digest, console, slack, discord)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from importlib import resources

from summarizer.analyze import EmptyDocument, analyse
from summarizer.model import Analysis
from summarizer.rank import ALGORITHMS, UnknownAlgorithm

from .errors import BriefbotError, InputError, UnknownAlgorithmError
from .inputs import read_source
from .report import render

log = logging.getLogger("briefbot")


def sample_text() -> str:
    return resources.files("bot").joinpath("data/sample-briefing.txt").read_text(encoding="utf-8")


def run_analysis(text: str, *, sentences: int, algorithm: str) -> Analysis:
    try:
        return analyse(text, sentences=sentences, algorithm=algorithm)
    except UnknownAlgorithm as err:
        raise UnknownAlgorithmError(str(err)) from err
    except EmptyDocument as err:
        raise InputError("The briefing has no sentences to analyse.") from err


def emit(analysis: Analysis, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2) + "\n"
    return render(analysis, markdown=fmt == "markdown")


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefbot", description="Summarise briefings, extract commitments, answer questions."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log detail to standard error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    brief = sub.add_parser("brief", help="analyse a briefing file (or - for standard input) and print it")
    brief.add_argument("path", help="a text, Markdown or HTML file, or - for standard input")
    brief.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    brief.add_argument(
        "--sentences", type=_positive, default=3, help="summary length in sentences (default 3)"
    )
    brief.add_argument("--algorithm", default="default", help=f"summary ranker: {', '.join(ALGORITHMS)}")
    demo = sub.add_parser("demo", help="analyse the bundled sample briefing and print it")
    demo.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    return parser


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
        if args.command == "brief":
            text, _ = read_source(args.path)
            out = emit(run_analysis(text, sentences=args.sentences, algorithm=args.algorithm), args.format)
        else:
            out = emit(run_analysis(sample_text(), sentences=3, algorithm="default"), args.format)
        sys.stdout.write(out)
        return 0
    except BriefbotError as err:
        log.debug("user error", exc_info=True)
        print(f"briefbot: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefbot: interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
