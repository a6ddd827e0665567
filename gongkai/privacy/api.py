"""Staff endpoint: scan a text (or an HTML fragment, or an uploaded file) for personal data.

``POST /api/v1/privacy/scan`` with ``{"text": "...", "format": "text"|"html"}`` returns
every finding as ``{"type", "start", "end", "text", "masked", "confidence", "category",
"blocking", "label", "note"}`` plus the masked text. Wording errors (category
"expression") carry the suggested correction in ``masked`` and the reason in ``note``.
Nothing is stored.
"""

from __future__ import annotations

from typing import Literal

from ninja import File, Router, Schema
from ninja.errors import HttpError
from ninja.files import UploadedFile
from pydantic import Field

from gongkai.api.auth import staff_auth

from .documents import scan_file
from .markup import mask_html, scan_html
from .patterns import ALL_TYPES
from .scanner import mask_text, scan_text

MAX_TEXT = 2_000_000
MAX_FILE_BYTES = 20 * 1024 * 1024

router = Router(tags=["隐私审查"])

FindingType = Literal[ALL_TYPES]  # type: ignore[valid-type]


class ScanIn(Schema):
    text: str = Field(min_length=1, max_length=MAX_TEXT, description="待检查的文字或 HTML")
    format: Literal["text", "html"] = Field("text", description="text 纯文本；html 网页片段")
    types: list[FindingType] | None = Field(None, description="只检查这些类型（默认全部）")
    min_confidence: float = Field(0.0, ge=0.0, le=1.0, description="最低置信度")


class FindingOut(Schema):
    type: str
    start: int
    end: int
    text: str
    masked: str
    confidence: float
    category: str
    blocking: bool
    label: str
    note: str = ""


class ScanOut(Schema):
    count: int
    blocking: bool
    findings: list[FindingOut]
    masked: str | None = None


def _out(findings, masked: str | None) -> dict:
    items = [{**f.as_dict(), "blocking": f.blocking, "label": f.label} for f in findings]
    return {
        "count": len(items),
        "blocking": any(f.blocking for f in findings),
        "findings": items,
        "masked": masked,
    }


@router.post("/scan", response=ScanOut, auth=staff_auth, summary="检查文字中的个人信息和涉密标识")
def scan(request, payload: ScanIn):
    types = payload.types
    if payload.format == "html":
        findings = scan_html(payload.text, types=types, min_confidence=payload.min_confidence)
        masked = mask_html(payload.text, types=types)
    else:
        findings = scan_text(payload.text, types=types, min_confidence=payload.min_confidence)
        masked = mask_text(payload.text, findings)
    return _out(findings, masked)


@router.post(
    "/scan-file", response=ScanOut, auth=staff_auth, summary="检查附件（DOCX、XLSX、PDF 等）"
)
def scan_upload(request, file: File[UploadedFile]):
    if file.size is not None and file.size > MAX_FILE_BYTES:
        raise HttpError(400, "文件过大：最多 20 MB")
    data = file.read()
    if not data:
        raise HttpError(400, "文件为空")
    from gongkai.core.textextract import extract_text

    if not extract_text(data, file.name or "").strip():
        raise HttpError(400, "无法读取该文件的文字（支持 PDF 文字层、DOCX、XLSX、HTML、TXT、CSV）")
    return _out(scan_file(data, file.name or ""), None)


routers = [("privacy", router)]
