"""Data passed between the plan parser (planparse) and the supervision services.

The parser is pure: it reads a file and returns a ParsedPlan; matching units and computing
due dates happen later (matching.py, phrases.py), so the parser keeps names and deadline
phrases exactly as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ParsedTask:
    no: str  # "1", "（三）2" … as the plan numbers it ("" if none)
    category: list[str]  # heading path: ["一、围绕重大部署…", "（一）聚焦乡村振兴…"]
    task: str  # the full requirement text
    lead_units: list[str]  # names exactly as written
    partner_units: list[str]
    deadline_text: str  # "年底前", "每季度", "" …
    problems: list[str] = field(default_factory=list)


@dataclass
class ParsedPlan:
    file: str
    title: str
    issuer: str  # issuing organ as written ("" if not found)
    year: int | None
    tasks: list[ParsedTask]
