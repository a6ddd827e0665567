"""Letters to the applicant: reply (答复书), correction, extension and fee notices.

Texts come from ``LetterTemplate`` rows that staff can edit; the defaults below are
used until a row exists. Each letter is rendered to DOCX (python-docx) and PDF
(``gongkai.core.pdf``) with its reference number, the applicant, the body, the remedies
(RULES §5: administrative review within 60 days, litigation within 6 months, with the
bodies' names and addresses from settings), the date and a seal placeholder.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

# Page, margins and fonts (GB/T 9704-2012) are shared by every DOCX of the platform.
from gongkai.core.docx_layout import (  # noqa: F401 (PAGE_MM, MARGINS_MM re-exported)
    BODY_FONT,
    LATIN_FONT,
    MARGINS_MM,
    PAGE_MM,
    TITLE_FONT,
)
from gongkai.foi.codes import Outcome

REPLY_TITLE = "政府信息公开申请答复书"

TITLES = {
    "reply": REPLY_TITLE,
    "correction": "政府信息公开申请补正告知书",
    "extension": "延长政府信息公开答复期限告知书",
    "fee": "政府信息公开信息处理费缴费通知书",
}

KIND_CODES = {"reply": "复", "correction": "补", "extension": "延", "fee": "费"}

INTRO = (
    "{applicant}：\n本机关于{received_on}收到你（单位）提出的政府信息公开申请"
    "（申请编号：{tracking_number}），申请获取“{description}”。"
)

DEFAULT_TEMPLATES: dict[str, tuple[str, str]] = {
    "correction": (
        "补正告知书",
        INTRO + "经审查，你（单位）的申请内容不明确，根据《中华人民共和国政府信息公开条例》"
        "第三十条的规定，请于{deadline}前补正以下内容：\n{items}\n"
        "答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，"
        "本机关不再处理该政府信息公开申请。",
    ),
    "extension": (
        "延长答复期限告知书",
        INTRO + "因{reasons}，不能在20个工作日内作出答复。根据《中华人民共和国政府信息公开条例》"
        "第三十三条第二款的规定，经政府信息公开工作机构负责人同意，答复期限延长{days}个工作日，"
        "本机关将于{due_on}前作出答复。",
    ),
    "fee": (
        "缴费通知书",
        INTRO
        + "根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》，"
        "本申请需缴纳信息处理费。\n计费依据：{basis}\n应缴金额：{amount}元。\n"
        "请自收到本通知次日起20个工作日内（{deadline}前）缴纳，缴费方式：{payment}。"
        "逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。",
    ),
    "reply:disclosed": (
        "答复书：予以公开",
        "经审查，你（单位）申请的政府信息属于公开范围，现予以公开，{delivery}。",
    ),
    "reply:partly": (
        "答复书：部分公开",
        "经审查，你（单位）申请的政府信息中含有不应当公开的内容，根据《中华人民共和国政府信息公开条例》"
        "第三十七条的规定，本机关对可以公开的部分予以公开，{delivery}；其余部分不予公开。",
    ),
    "reply:not_state_secret": (
        "答复书：不予公开（国家秘密）",
        "经审查，你（单位）申请的政府信息属于国家秘密，依法不予公开。",
    ),
    "reply:not_other_law": (
        "答复书：不予公开（法律法规禁止）",
        "经审查，你（单位）申请的政府信息属于法律、行政法规禁止公开的信息，不予公开。",
    ),
    "reply:not_three_securities": (
        "答复书：不予公开（三安全一稳定）",
        "经审查，你（单位）申请的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，不予公开。",
    ),
    "reply:not_third_party": (
        "答复书：不予公开（第三方合法权益）",
        "经审查，你（单位）申请的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，不予公开。",
    ),
    "reply:not_internal": (
        "答复书：不予公开（内部事务信息）",
        "经审查，你（单位）申请的政府信息属于行政机关的内部事务信息，可以不予公开。",
    ),
    "reply:not_process": (
        "答复书：不予公开（过程性信息）",
        "经审查，你（单位）申请的政府信息属于行政机关在履行职责过程中形成的过程性信息，可以不予公开。",
    ),
    "reply:not_enforcement_file": (
        "答复书：不予公开（行政执法案卷）",
        "经审查，你（单位）申请的政府信息属于行政执法案卷信息，可以不予公开。",
    ),
    "reply:not_admin_enquiry": (
        "答复书：不予公开（行政查询事项）",
        "经审查，你（单位）申请获取的信息属于行政查询事项，请按照相关法律、行政法规的规定办理查询。",
    ),
    "reply:cannot_not_held": (
        "答复书：本机关不掌握",
        "经查，本机关不掌握你（单位）申请的政府信息。{holder}",
    ),
    "reply:cannot_compile": (
        "答复书：需另行制作",
        "经查，本机关没有你（单位）申请的现成信息，根据《中华人民共和国政府信息公开条例》第三十八条，"
        "行政机关不需要对现有政府信息进行加工、分析。",
    ),
    "reply:cannot_unclear": (
        "答复书：补正后仍不明确",
        "经补正后，你（单位）申请的内容仍不明确，本机关无法提供。",
    ),
    "reply:unprocessed_petition": (
        "答复书：信访举报投诉类申请",
        "经审查，你（单位）以政府信息公开申请的形式进行信访、投诉、举报等活动，根据《中华人民共和国政府信息公开条例》"
        "第三十九条，本机关不作为政府信息公开申请处理，请通过相应渠道提出。",
    ),
    "reply:unprocessed_repeat": (
        "答复书：重复申请",
        "经审查，你（单位）提出的申请与此前已答复的申请内容相同，属于重复申请，本机关不予重复处理。",
    ),
    "reply:unprocessed_publication": (
        "答复书：要求提供公开出版物",
        "经审查，你（单位）要求提供的是公开出版物，请通过公开发行渠道获取。",
    ),
    "reply:unprocessed_excessive": (
        "答复书：无正当理由大量反复申请",
        "经审查，你（单位）申请的数量、频次明显超过合理范围，本机关不予处理。",
    ),
    "reply:unprocessed_confirm": (
        "答复书：要求确认或重新出具",
        "经审查，你（单位）要求本机关确认或重新出具已获取的信息，不属于政府信息公开申请的处理范围。",
    ),
    "reply:other_no_correction": (
        "答复书：逾期不补正",
        "本机关于{correction_on}向你（单位）发出补正告知，你（单位）无正当理由逾期未补正，视为放弃申请，本机关不再处理。",
    ),
    "reply:other_fee_unpaid": (
        "答复书：逾期未缴费",
        "本机关向你（单位）发出缴费通知后，你（单位）逾期未缴纳信息处理费，视为放弃申请，本机关不再处理。",
    ),
    "reply:other": ("答复书：其他处理", "经审查，本机关对你（单位）的申请作如下处理：{reasons}"),
}


def remedies_text(unit=None) -> str:
    """The remedies clause of ``unit`` (``gongkai.foi.remedies``); without a unit, the
    wording with the bodies left as they will be filled in (template preview)."""
    from gongkai.foi import remedies

    if unit is None:
        return (
            "如对本答复不服，可以自收到本答复之日起60日内向（本机构的复议机关）申请行政复议，"
            "或者自收到本答复之日起6个月内向（有管辖权的人民法院）提起行政诉讼。"
        )
    return remedies.clause(unit)


#: Example values for the template preview (no real application is shown).
PREVIEW_CONTEXT = {
    "applicant": "张三",
    "tracking_number": "YSQ20260001",
    "received_on": "2026年9月28日",
    "description": "2025年城乡低保资金发放情况",
    "reasons": "（理由）",
    "legal_basis": "（法律依据）",
    "due_on": "2026年11月9日",
    "days": "20",
    "amount": "100.00",
    "deadline": "2026年11月20日",
    "items": "（需补正的内容）",
    "basis": "（计费依据）",
    "payment": "（缴费方式）",
    "delivery": "电子文件随本答复书一并提供",
    "holder": "",
    "correction_on": "2026年10月9日",
}


def preview_text(key: str, body: str, unit=None) -> str:
    """What a letter from template ``key`` with text ``body`` reads like (example data)."""
    from django.core.exceptions import ValidationError

    ctx = dict(PREVIEW_CONTEXT, unit=getattr(unit, "name", "本机关"))
    text = fill(body, ctx).replace("你（单位）", "你")
    if key.startswith("reply:"):
        try:
            clause = remedies_text(unit)
        except ValidationError as exc:
            clause = "（救济途径无法确定：" + "；".join(exc.messages) + "）"
        text = "\n".join([fill(INTRO, ctx).replace("你（单位）", "你"), text, clause])
    return text


def address_applicant(text: str, app) -> str:
    """「你（单位）」 becomes 「你」 for a citizen and 「你单位」 for an organisation."""
    from gongkai.foi.codes import ApplicantType

    person = app.applicant_type == ApplicantType.NATURAL_PERSON
    return text.replace("你（单位）", "你" if person else "你单位")


def template_keys() -> list[str]:
    return list(DEFAULT_TEMPLATES)


# The names staff see and type in a template ({申请人}); the internal names ({applicant})
# keep working in templates saved before.
PLACEHOLDERS = {
    "applicant": "申请人",
    "tracking_number": "申请编号",
    "received_on": "收到申请日期",
    "description": "所需信息",
    "unit": "本机关",
    "due_on": "答复期限",
    "reasons": "理由",
    "legal_basis": "法律依据",
    "holder": "保存机关",
    "days": "天数",
    "deadline": "截止日期",
    "items": "补正事项",
    "amount": "金额",
    "basis": "计费依据",
    "payment": "缴费方式",
    "delivery": "送达方式",
    "correction_on": "补正告知日期",
}


def chinese_placeholders(body: str) -> str:
    """``{applicant}`` → ``{申请人}``: the template as a person reads and edits it."""
    for name, label in PLACEHOLDERS.items():
        body = body.replace("{" + name + "}", "{" + label + "}")
    return body


def template_body(key: str) -> str:
    from gongkai.foi.models import LetterTemplate

    row = LetterTemplate.objects.filter(key=key).first()
    if row is not None:
        return chinese_placeholders(row.body)
    return chinese_placeholders(DEFAULT_TEMPLATES[key][1])


class _Blank(dict):
    def __missing__(self, key):
        return ""


def fill(template: str, context: dict) -> str:
    """Fill ``{name}`` or ``{中文名}`` placeholders; unknown names become empty, never an
    error."""
    context = dict(context)
    for name, label in PLACEHOLDERS.items():
        if name in context:
            context.setdefault(label, context[name])
    try:
        return template.format_map(_Blank(context))
    except (ValueError, IndexError, AttributeError):
        # A staff-edited template with a stray brace: print it as written.
        return template


def base_context(app) -> dict:
    return {
        "applicant": app.applicant_name,
        "tracking_number": app.tracking_number,
        "received_on": _cn_date(app.received_on) if app.received_on else "",
        "description": (app.title or app.description)[:200],
        "unit": app.unit.name,
        "due_on": _cn_date(app.due) if app.due else "",
    }


def _cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def deadline_text(day: dt.date, provisional: bool) -> str:
    """A deadline the applicant must meet; a provisional one says so (RULES §1)."""
    if not provisional:
        return _cn_date(day)
    return f"{_cn_date(day)}（暂定：该年度节假日安排尚未公布，公布后如有变化以重新告知的日期为准）"


#: How the information is provided, by the form the applicant asked for (Art. 40).
REPLY_DELIVERY = {
    "paper": "纸质材料随本答复书一并提供",
    "electronic": "电子文件随本答复书一并提供",
    "email": "相关信息已通过电子邮件发送",
    "collect": "请携带本答复书到本机关查阅、领取",
}


def reply_context(
    app, *, reasons: str, legal_basis: str, holder: str, correction_on: dt.date | None
) -> dict:
    """The placeholders of a reply letter beyond ``base_context``."""
    return {
        "reasons": reasons,
        "legal_basis": legal_basis,
        "delivery": REPLY_DELIVERY.get(app.form_wanted, ""),
        "holder": f"经了解，该信息的制作或保存机关为{holder}，请向其申请。" if holder else "",
        "correction_on": _cn_date(correction_on) if correction_on else "",
    }


def reply_body(app, outcome: str, context: dict) -> str:
    ctx = base_context(app) | context
    intro = fill(INTRO, ctx)
    body = fill(template_body(f"reply:{outcome}"), ctx)
    parts = [intro, body]
    if ctx.get("reasons") and outcome != Outcome.OTHER:
        parts.append(f"理由：{ctx['reasons']}")
    if ctx.get("legal_basis"):
        parts.append(f"依据：{ctx['legal_basis']}")
    parts.append(remedies_text(app.unit))
    return "\n".join(parts)


@dataclass(frozen=True)
class Rendered:
    docx: bytes
    pdf: bytes


def _font(run, east_asian: str, size: float, bold: bool = False) -> None:
    from docx.shared import Pt

    from gongkai.core.docx_layout import set_fonts

    run.font.size = Pt(size)
    run.font.bold = bold
    set_fonts(run, east_asian)


def a4_document():
    """A python-docx document with an A4 page, GB/T 9704 margins and the official styles."""
    from gongkai.core.docx_layout import new_document

    return new_document()


def render(
    *, title: str, reference: str, body: str, unit_name: str, issued_on: dt.date
) -> Rendered:
    """DOCX (A4, GB/T 9704 margins, 仿宋 三号 body, 小标宋 二号 title) and PDF of one letter."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from gongkai.core.pdf import Para, render_pdf

    document = a4_document()
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(heading.add_run(title), TITLE_FONT, 22)
    ref = document.add_paragraph()
    ref.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(ref.add_run(reference), BODY_FONT, 16)
    lines = body.split("\n")
    for k, line in enumerate(lines):
        p = document.add_paragraph()
        if k:  # the salutation stays flush left, the paragraphs indent two characters
            p.paragraph_format.first_line_indent = Pt(32)
        _font(p.add_run(line), BODY_FONT, 16)
    for line in (unit_name, "（印章）", _cn_date(issued_on)):
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(p.add_run(line), BODY_FONT, 16)
    out = io.BytesIO()
    document.save(out)

    blocks = [Para(reference, align="center")]
    blocks += [Para(line) for line in lines]
    blocks += [
        Para(unit_name, align="right", space_before=24),
        Para("（印章）", align="right"),
        Para(_cn_date(issued_on), align="right"),
    ]
    pdf = render_pdf(title=title, blocks=blocks, author=unit_name)
    return Rendered(out.getvalue(), pdf)
