"""Validation of an application (Art. 29): the applicant's input cleaned, in Chinese.

No writes: ``validate_application`` only reads the unit chosen; the identity-scan check
looks at the upload's content, not its name.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError

from gongkai.core.models import Unit
from gongkai.foi.codes import ApplicantType
from gongkai.foi.ids import id_card_error, uscc_error
from gongkai.foi.models import DeliveryRoute, FormWanted

ID_SCAN_MAX_BYTES = 5 * 1024 * 1024
ID_SCAN_TYPES = {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}


def normalise_info_key(*, doc_number: str, title: str, description: str) -> str:
    """Key under which requests for the same information are counted."""
    for text in (doc_number, title, description):
        key = re.sub(r"[\s\W_]+", "", text or "").lower()
        if key:
            return key[:200]
    return ""


def check_id_scan(uploaded) -> str | None:
    """None when the upload is an acceptable JPG/PNG/PDF (checked by content)."""
    import filetype

    if uploaded.size > ID_SCAN_MAX_BYTES:
        return f"文件不能超过 {ID_SCAN_MAX_BYTES // 1024 // 1024} MB"
    head = uploaded.read(8192)
    uploaded.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ID_SCAN_TYPES:
        return "仅接受 JPG、PNG 或 PDF 格式的扫描件（按文件内容识别）"
    return None


def validate_application(data: dict, *, id_scan=None, staff: bool = False) -> dict:
    """Clean the applicant's input; raise ValidationError keyed by field, in Chinese."""
    errors: dict[str, list[str]] = {}

    def err(field: str, msg: str) -> None:
        errors.setdefault(field, []).append(msg)

    clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in data.items()}
    if clean.get("applicant_type") not in ApplicantType.values:
        err("applicant_type", "请选择申请人类型")
    if not clean.get("applicant_name"):
        err("applicant_name", "请填写姓名或名称")
    elif len(clean["applicant_name"]) > 100:
        err("applicant_name", "姓名或名称最多 100 个字")
    id_number = (clean.get("id_number") or "").upper()
    clean["id_number"] = id_number
    if id_number:
        if clean.get("applicant_type") == ApplicantType.NATURAL_PERSON:
            message = id_card_error(id_number)
        else:
            message = uscc_error(id_number) if len(id_number) == 18 else None
            if len(id_number) != 18:
                message = "统一社会信用代码应为18位"
        if message:
            err("id_number", message)
    if id_scan is not None:
        message = check_id_scan(id_scan)
        if message:
            err("id_scan", message)
    if not id_number and id_scan is None and not staff:
        err("id_number", "请填写身份证件号码，或上传身份证明扫描件")
    phone = clean.get("phone") or ""
    if phone and not re.fullmatch(r"[\d\-+() ]{5,30}", phone):
        err("phone", "联系电话格式不正确")
    email = clean.get("email") or ""
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        err("email", "电子邮箱格式不正确")
    if not (phone or email or clean.get("address")):
        err("phone", "请至少填写一种联系方式（电话、电子邮箱或通信地址）")
    postcode = clean.get("postcode") or ""
    if postcode and not re.fullmatch(r"\d{6}", postcode):
        err("postcode", "邮政编码应为6位数字")
    if not clean.get("description"):
        err("description", "请描述所需政府信息（名称、文号或其他特征）")
    elif len(clean["description"]) > 5000:
        err("description", "内容描述最多 5000 个字")
    for field, limit in (("doc_number", 100), ("title", 200), ("address", 200)):
        if len(clean.get(field) or "") > limit:
            err(field, f"最多 {limit} 个字")
    if clean.get("form_wanted") not in FormWanted.values:
        err("form_wanted", "请选择获取信息的方式")
    if clean.get("delivery_route") not in DeliveryRoute.values:
        err("delivery_route", "请选择送达途径")
    if clean.get("delivery_route") == DeliveryRoute.EMAIL and not email:
        err("email", "选择电子邮件送达时请填写电子邮箱")
    if clean.get("delivery_route") == DeliveryRoute.POST and not clean.get("address"):
        err("address", "选择邮寄送达时请填写通信地址")
    unit = clean.get("unit")
    if isinstance(unit, int | str) and str(unit).isdigit():
        from gongkai.core import sites

        unit = sites.public_units().filter(pk=int(unit)).first()
    if not isinstance(unit, Unit):
        err("unit", "请选择申请公开的机关")
    clean["unit"] = unit
    if errors:
        raise ValidationError(errors)
    return clean


APPLICANT_FIELDS = (
    "applicant_type",
    "applicant_name",
    "contact_person",
    "id_number",
    "phone",
    "email",
    "address",
    "postcode",
    "description",
    "doc_number",
    "title",
    "form_wanted",
    "delivery_route",
)


def guess_mime(uploaded) -> str:
    """The MIME type of an upload, judged by its first bytes ("" when unknown)."""
    import filetype

    head = uploaded.read(8192)
    uploaded.seek(0)
    kind = filetype.guess(head)
    return kind.mime if kind else ""
