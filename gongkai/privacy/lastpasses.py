"""The passes that read the settled candidates last, in this order: the parties and officials
of legal papers (``courtparties``), names under attribute columns (``attributecells``), and
whose each landline is (``landlineowner``, which needs the names the first two settled)."""

from __future__ import annotations

from .attributecells import Candidate, attribute_cells
from .courtparties import court_parties
from .landlineowner import owned_landlines
from .qualifiedlabels import qualified_labels


def last_passes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` after the three last passes (module docstring)."""
    cands = court_parties(text, cands)  # parties, officials of legal papers
    cands = attribute_cells(text, cands)  # 界别, 党派, 涉及条款 … columns
    cands = qualified_labels(text, cands)  # 授权人（账户所有人）：, 被共济人1：
    return owned_landlines(text, cands)  # a unit's by its shape, no private owner
