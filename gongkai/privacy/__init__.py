"""Detection and masking of personal data and secrecy markings (RULES.md §4).

The public contract other apps call (implemented in this package's modules):

- ``scan_text(text) -> list[Finding]``
- ``mask_text(text, findings=None) -> str``
- ``mask_html(html) -> str``

Until the scanner lands these find nothing and mask nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    type: str  # e.g. "id_card", "mobile", "bank_card", "name", "secrecy", "org_code"
    start: int
    end: int
    text: str
    masked: str
    confidence: float
    category: str = "personal"  # "personal", "secrecy" or "organisation"

    @property
    def blocking(self) -> bool:
        """Personal data and secrecy markings hold publication; organisation codes do not."""
        return self.category in ("personal", "secrecy")

    def as_dict(self) -> dict:
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "masked": self.masked,
            "confidence": self.confidence,
            "category": self.category,
        }


def scan_text(text: str) -> list[Finding]:
    return []


def mask_text(text: str, findings: list[Finding] | None = None) -> str:
    return text


def mask_html(html: str) -> str:
    return html
