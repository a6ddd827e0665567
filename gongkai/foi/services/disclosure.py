"""The files disclosed with a reply: masked for 部分公开, checked before the reply is sent.

A finding is named ``"<file id>-<n>"`` (its position in the file's scan). At reply time
(``prepare``):

- 部分公开: every file gets a masked copy (``gongkai.foi.redact``) with the findings the
  reviewer kept left as they are; the copy is scanned again, and what the scanner still
  finds in it is stored in ``remaining``;
- 予以公开: the file goes out as uploaded, so every finding stays in ``remaining``;
- the reply is refused while any personal-data or secrecy finding in ``remaining`` has
  not been kept by the reviewer **with a reason**; kept findings are stored on the file
  (``kept``: who, when, why) and in the audit trail.

The applicant receives ``masked`` when there is one, else the file itself.
"""

from __future__ import annotations

from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.foi.codes import Outcome
from gongkai.foi.models import Application, DisclosedFile

BLOCKING = ("personal", "secrecy")


def finding_id(item: DisclosedFile, index: int) -> str:
    return f"{item.pk}-{index}"


def parse_keep(values) -> dict[str, str]:
    """``["12-0:权利人书面同意公开", …]`` (API ``keep`` fields) → ``{"12-0": reason}``."""
    out = {}
    for value in values or ():
        fid, _, reason = str(value).partition(":")
        out[fid.strip()] = reason.strip()
    return out


def _label(f: dict) -> str:
    from gongkai.privacy import TYPE_LABELS

    kind = str(f.get("type") or "")
    return f"{TYPE_LABELS.get(kind, kind)}“{f.get('text', '')}”"


def _record_kept(item: DisclosedFile, keep: dict[str, str], actor) -> dict:
    kept = dict(item.kept or {})
    for index, f in enumerate(item.findings):
        fid = finding_id(item, index)
        if fid not in keep:
            continue
        if not keep[fid]:
            raise ValidationError({"keep": f"保留{item.name}中的{_label(f)}须说明理由"})
        kept[fid] = {
            "type": f.get("type"),
            "text": f.get("text"),
            "reason": keep[fid][:300],
            "by": getattr(actor, "username", "") or "",
            "at": timezone.now().isoformat(timespec="seconds"),
        }
    return kept


def _kept_pairs(item: DisclosedFile) -> set[tuple[str, str]]:
    return {(k["type"], k["text"]) for k in (item.kept or {}).values() if k.get("reason")}


def _mask(item: DisclosedFile) -> list[dict]:
    """Write the masked copy; return the blocking findings it still holds."""
    from gongkai.foi.redact import mask_file
    from gongkai.privacy import scan_file

    pairs = _kept_pairs(item)
    with item.file.open("rb") as fh:
        data = fh.read()
    result = mask_file(data, item.name, keep=lambda t, s: (t, s) in pairs)
    if result.data is None:  # a format that cannot be masked: everything stays
        return [f for f in item.findings if f.get("category") in BLOCKING]
    suffix = PurePath(item.name).suffix.lower() or ".bin"
    stem = PurePath(item.file.name or "file").stem
    item.masked.save(f"{stem}-masked{suffix}", ContentFile(result.data), save=False)
    remaining = [f.as_dict() for f in scan_file(result.data, item.name) if f.category in BLOCKING]
    missed = {t for t in result.missed}
    remaining += [
        f for f in item.findings if f.get("text") in missed and f.get("category") in BLOCKING
    ]
    return remaining


def open_findings(item: DisclosedFile) -> list[dict]:
    """Blocking findings left in what the applicant would receive, not kept with a reason."""
    pairs = _kept_pairs(item)
    return [f for f in item.remaining if (f.get("type"), f.get("text")) not in pairs]


def prepare(*, actor, app: Application, outcome: str, keep: dict[str, str]) -> list[DisclosedFile]:
    """Mask and check the files of a disclosing reply; refuse while a finding is open."""
    items = list(app.files.all())
    if outcome not in (Outcome.DISCLOSED, Outcome.PARTLY):
        return items
    unknown = set(keep) - {finding_id(i, n) for i in items for n in range(len(i.findings))}
    if unknown:
        raise ValidationError({"keep": "保留的发现不属于本申请的文件，请刷新页面后重试"})
    problems = []
    for item in items:
        item.kept = _record_kept(item, keep, actor)
        if outcome == Outcome.PARTLY:
            item.remaining = _mask(item)
        else:
            item.masked = ""
            item.remaining = [f for f in item.findings if f.get("category") in BLOCKING]
        item.save()
        problems += [f"{item.name}：{_label(f)}" for f in open_findings(item)]
    if problems:
        hint = (
            "请改为“部分公开”由系统区分处理，"
            if outcome == Outcome.DISCLOSED
            else "系统无法自动遮盖这些内容（如涉密标识或不支持的格式），请替换文件，"
        )
        raise ValidationError(
            {
                "files": f"以下个人信息或涉密标识尚未区分处理：{'；'.join(problems[:10])}。"
                f"{hint}或逐项说明保留理由（勾选确认不能代替理由）"
            }
        )
    for item in items:
        if item.kept:
            audit_record(
                actor=actor,
                action="foi.findings_kept",
                obj=app,
                summary=f"申请 {app.tracking_number} 文件 {item.name} 保留 {len(item.kept)} 处发现",
                changes={"kept": item.kept},
            )
    return items


def applicant_copy(item: DisclosedFile):
    """The file the applicant gets: the masked copy when there is one."""
    return item.masked if item.masked else item.file
