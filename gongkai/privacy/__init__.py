"""Detection and masking of personal data and secrecy markings (RULES.md §4).

The public contract other apps call:

- ``scan_text(text) -> list[Finding]`` — every finding with exact span, type,
  confidence, masked form and category ("personal", "secrecy", "organisation");
  ``Finding.blocking`` says whether it holds publication.
- ``mask_text(text, findings=None) -> str`` — personal data replaced by masked forms.
- ``mask_html(html) -> str`` — the same inside HTML text, markup untouched.
- ``scan_html``, ``scan_file(data, filename)``, ``mask_docx(bytes)``, ``mask_xlsx(bytes)``
  for pages and attachments.

Modules: ``scanner`` (the single-pass detector), ``validators`` (check digits, dates,
surnames), ``masking`` (per-type rules), ``allow`` (public contacts never flagged),
``markup`` (HTML), ``documents`` (DOCX/XLSX/PDF).
"""

from __future__ import annotations

from .documents import mask_docx, mask_xlsx, scan_file
from .finding import TYPE_LABELS, Finding
from .markup import mask_html, scan_html
from .patterns import ALL_TYPES, PERSONAL_TYPES
from .scanner import mask_text, scan_text

__all__ = [
    "ALL_TYPES",
    "PERSONAL_TYPES",
    "TYPE_LABELS",
    "Finding",
    "mask_docx",
    "mask_html",
    "mask_text",
    "mask_xlsx",
    "scan_file",
    "scan_html",
    "scan_text",
]
