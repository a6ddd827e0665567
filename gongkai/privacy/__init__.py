"""Checks before publication: personal data, markings and wording errors (RULES.md §4, §7).

See README.md beside this file for the rules (tables, the address rule, the wording
lists) and the command.

The public contract other apps call:

- ``scan_text(text) -> list[Finding]`` — every finding with exact span, type,
  confidence, masked form and category ("personal", "secrecy", "organisation",
  "expression"); ``Finding.blocking`` says whether it holds publication,
  ``Finding.label`` is the type in Chinese.
- ``check_expressions(text) -> list[Finding]`` — the wording check (错敏词) alone; its
  findings carry the correction in ``masked`` and the reason in ``note``.
- ``mask_text(text, findings=None) -> str`` — personal data replaced by masked forms.
- ``mask_html(html) -> str`` — the same inside HTML text, markup untouched.
- ``scan_html``, ``scan_file(data, filename)``, ``mask_docx(bytes)``, ``mask_xlsx(bytes)``
  for pages and attachments.

Settings (all optional, read when used):

- ``GONGKAI_PRIVACY_ALLOW``: public numbers and addresses never flagged (default: the
  123xx government hotlines); the phone, fax and e-mail of every ``Unit`` are added.
- ``GONGKAI_PRIVACY_MASK``: per-type ``(keep_start, keep_end)``, e.g.
  ``{"bank_card": (6, 4)}``; defaults in ``masking.DEFAULT_RULES``.
- ``GONGKAI_PRIVACY_PUBLIC_MAIL_DOMAINS``: mail domains of offices (default ``gov.cn``).

Also: ``gongkai privacy-scan PATH... [--json]`` and ``POST /api/v1/privacy/scan``.

Modules: ``patterns`` (the compiled regular expressions), ``scanner`` (candidates and
their validation), ``names`` (context rules for names), ``validators`` (check digits,
dates, surnames), ``masking`` (per-type rules), ``allow`` (public contacts never
flagged), ``markup`` (HTML), ``documents`` (DOCX/XLSX/PDF), ``corpus`` (the labelled
test corpus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The contract is imported on first use (PEP 562): the scanner compiles its patterns and
# lists at import, and the app is loaded by every ``gongkai`` command, most of which never
# scan anything.
_WHERE = {
    "mask_docx": "documents",
    "mask_xlsx": "documents",
    "scan_file": "documents",
    "check_expressions": "expressions",
    "CATEGORY_LABELS": "finding",
    "TYPE_LABELS": "finding",
    "Finding": "finding",
    "mask_html": "markup",
    "scan_html": "markup",
    "ALL_TYPES": "patterns",
    "EXPRESSION_TYPES": "patterns",
    "PERSONAL_TYPES": "patterns",
    "mask_text": "scanner",
    "scan_text": "scanner",
}

if TYPE_CHECKING:
    from .documents import mask_docx, mask_xlsx, scan_file
    from .expressions import check_expressions
    from .finding import CATEGORY_LABELS, TYPE_LABELS, Finding
    from .markup import mask_html, scan_html
    from .patterns import ALL_TYPES, EXPRESSION_TYPES, PERSONAL_TYPES
    from .scanner import mask_text, scan_text


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    from .regexcache import cached_patterns

    with cached_patterns():  # the patterns' programs, compiled in an earlier process
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ALL_TYPES",
    "CATEGORY_LABELS",
    "EXPRESSION_TYPES",
    "PERSONAL_TYPES",
    "TYPE_LABELS",
    "Finding",
    "check_expressions",
    "mask_docx",
    "mask_html",
    "mask_text",
    "mask_xlsx",
    "scan_file",
    "scan_html",
    "scan_text",
]
