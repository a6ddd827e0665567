"""A finding of the privacy scanner (see the package docstring)."""

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
