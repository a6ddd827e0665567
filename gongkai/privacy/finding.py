"""A finding of the privacy scanner (see the package docstring)."""

from __future__ import annotations

from dataclasses import dataclass

# Chinese names of the finding types, for review pages and reports.
TYPE_LABELS = {
    "id_card": "身份证号码",
    "mobile": "手机号码",
    "landline": "固定电话",
    "bank_card": "银行卡号",
    "email": "电子邮箱",
    "passport": "护照号码",
    "permit": "港澳台通行证件号码",
    "residence": "外国人永久居留身份证号码",
    "plate": "车牌号码",
    "address": "详细住址",
    "name": "姓名",
    "secrecy": "涉密标识",
    "nondisclosure": "不予公开标注",
    "org_code": "统一社会信用代码",
    "leader_title": "领导人职务错误",
    "leader_order": "领导人排序错误",
    "formulation": "规范表述错误",
    "outdated": "过时表述",
    "sensitive": "敏感词",
}
CATEGORY_LABELS = {
    "personal": "个人信息",
    "secrecy": "涉密或不予公开标识",
    "organisation": "机构代码",
    "expression": "错敏词",
}


@dataclass(frozen=True)
class Finding:
    type: str  # e.g. "id_card", "mobile", "bank_card", "name", "secrecy", "org_code"
    start: int
    end: int
    text: str
    masked: str
    confidence: float
    category: str = "personal"  # "personal", "secrecy", "organisation" or "expression"
    # for wording errors (category "expression") ``masked`` holds the suggested
    # correction and ``note`` the reason with the list's source
    note: str = ""

    @property
    def blocking(self) -> bool:
        """Personal data, markings and wording errors hold publication; org codes do not."""
        return self.category in ("personal", "secrecy", "expression")

    @property
    def suggestion(self) -> str:
        """The suggested correction of a wording error ("" for other findings)."""
        return self.masked if self.category == "expression" else ""

    @property
    def label(self) -> str:
        """The type in Chinese (身份证号码, 手机号码, …)."""
        return TYPE_LABELS.get(self.type, self.type)

    def as_dict(self) -> dict:
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "masked": self.masked,
            "confidence": self.confidence,
            "category": self.category,
            "note": self.note,
        }


_new = object.__new__


def make_finding(
    type: str,  # noqa: A002 - the field's name
    start: int,
    end: int,
    text: str,
    masked: str,
    confidence: float,
    category: str = "personal",
    note: str = "",
) -> Finding:
    """``Finding(...)``, built without the frozen dataclass's ``object.__setattr__`` per
    field (a fifth of the time; the scanner builds one per finding). The result is the
    same object: equal, same hash, repr and fields (``test_scanner`` checks it)."""
    f = _new(Finding)
    d = f.__dict__
    d["type"] = type
    d["start"] = start
    d["end"] = end
    d["text"] = text
    d["masked"] = masked
    d["confidence"] = confidence
    d["category"] = category
    d["note"] = note
    return f
