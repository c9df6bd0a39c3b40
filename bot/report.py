"""An Analysis as a person reads it in a terminal: text or Markdown."""

from __future__ import annotations

from summarizer.model import Analysis, Commitment

MAX_ENTITIES = 8


def _commitment_line(c: Commitment) -> str:
    said = f" (said by {c.speaker})" if c.speaker else ""
    when = f" [{c.when}]" if c.when else ""
    return f"{c.actor} — {c.action}{when}{said}"


def render(analysis: Analysis, *, markdown: bool = False) -> str:
    h1, h2, bullet = ("# ", "## ", "- ") if markdown else ("", "", "  • ")
    lines: list[str] = []
    title = analysis.title or "Briefing"
    lines.append(f"{h1}{title}")
    meta = " · ".join(x for x in (analysis.date, analysis.source) if x)
    if meta:
        lines.append(meta if not markdown else f"_{meta}_")
    lines.append("")
    lines.append(f"{h2}Summary")
    lines.extend(f"{bullet}{s.text}" for s in analysis.summary)
    if analysis.commitments:
        lines += ["", f"{h2}Commitments"]
        lines.extend(f"{bullet}{_commitment_line(c)}" for c in analysis.commitments)
    if analysis.declined:
        lines += ["", f"{h2}Declined to say"]
        for d in analysis.declined:
            who = f" ({d.speaker})" if d.speaker else ""
            lines.append(f"{bullet}{d.text}{who}")
    people = [e.text for e in analysis.entities if e.kind == "person"][:MAX_ENTITIES]
    figures = [e.text for e in analysis.entities if e.kind == "money"][:MAX_ENTITIES]
    orgs = [e.text for e in analysis.entities if e.kind == "organisation"][:MAX_ENTITIES]
    if people or orgs or figures:
        lines += ["", f"{h2}Key people and figures"]
        if people:
            lines.append(f"{bullet}People: {', '.join(people)}")
        if orgs:
            lines.append(f"{bullet}Organisations: {', '.join(orgs)}")
        if figures:
            lines.append(f"{bullet}Figures: {', '.join(figures)}")
    return "\n".join(lines) + "\n"
