"""Errors a user can cause. Each carries one sentence that adapters show as it is."""

from __future__ import annotations


class BriefbotError(Exception):
    """Base of every user-facing error; `str(err)` is the sentence to show."""


class InputError(BriefbotError):
    """The input cannot be read as a briefing (missing, empty, binary, no sentences)."""


class UnknownAlgorithmError(BriefbotError):
    pass
