"""政府信息公开指南, generated per unit: contacts, hours, fees, process, application form.

Everything here is computed from the unit, its ``UnitProfile`` (edited by the office) and
the platform's own rules, so the guide changes when they change:

- contacts and hours: the profile's fields, each falling back to the unit's own data;
- fees: the bands of ``gongkai.foi.fees`` (RULES §5);
- process: the steps and periods of RULES §5;
- the application form: the fields Art. 29 requires, as DOCX (python-docx) or PDF
  (``gongkai.core.pdf``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from gongkai.core.models import Unit


@dataclass(frozen=True)
class Contact:
    label: str
    value: str


@dataclass(frozen=True)
class Step:
    title: str
    text: str


def contacts(unit: Unit, profile=None) -> list[Contact]:
    """受理机构与联系方式; "—" only where neither the profile nor the unit has a value."""

    def pick(field: str, fallback: str) -> str:
        value = getattr(profile, field, "") if profile is not None else ""
        return (value or fallback or "").strip() or "—"

    return [
        Contact("受理机构", pick("office_name", f"{unit.name}政务公开办公室")),
        Contact("办公地址", pick("office_address", unit.address)),
        Contact("邮政编码", pick("", unit.postcode)),
        Contact("咨询电话", pick("office_phone", unit.phone)),
        Contact("传真", pick("office_fax", unit.fax)),
        Contact("电子邮箱", pick("office_email", unit.email)),
        Contact("受理时间", pick("office_hours", unit.office_hours)),
    ]


def fee_lines() -> list[str]:
    """The fee standards, written from the bands the fee calculator uses."""
    from gongkai.foi.fees import VOLUME_BANDS, per_application_rate

    volume = []
    for first, last, rate in VOLUME_BANDS:
        pages = f"第{first}页及以上" if last is None else f"第{first}至{last}页"
        volume.append(f"{pages}{'免费' if rate == 0 else f'每页{rate}元'}")
    return [
        "依申请提供政府信息，原则上不收取费用。",
        "申请人申请公开政府信息的数量、频次明显超过合理范围的，可以收取信息处理费，"
        "按件计收或按量计收，二者只选其一。",
        (
            "按件计收（同一申请人一个自然月内）："
            f"第1至10件{'免费' if per_application_rate(10) == 0 else ''}；"
            f"第11至30件每件{per_application_rate(11)}元；"
            f"第31至40件每件{per_application_rate(31)}元；"
            f"第41至50件每件{per_application_rate(41)}元，以后每增加10件，每件增加100元。"
        ),
        "按量计收（按页分段累计）：" + "；".join(volume) + "。",
        "需收费的，我们将书面告知收费依据、标准、金额和缴费方式；申请人应自收到通知次日起"
        "20个工作日内缴纳，逾期未缴纳的视为放弃申请。",
    ]


def process_steps() -> list[Step]:
    """The application process (RULES §5), one step per box of the chart."""
    return [
        Step("提出申请", "在线填写申请表，或以信函、传真、当面递交书面申请。"),
        Step(
            "登记受理",
            "当面递交的以递交之日为收到之日；在线申请以双方确认之日为收到之日。"
            "申请内容不明确的，7个工作日内一次性告知补正。",
        ),
        Step(
            "审查办理",
            "需征求第三方或其他机关意见的，给予15个工作日，征求意见时间不计入答复期限。",
        ),
        Step(
            "作出答复",
            "能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；"
            "需要延长的，经负责人同意并告知申请人，延长不超过20个工作日。",
        ),
        Step("送达", "按申请人选择的方式提供信息或送达答复书。"),
        Step(
            "救济",
            "对答复不服的，可自收到答复之日起60日内申请行政复议，或6个月内提起行政诉讼。",
        ),
    ]


#: The application form (Art. 29): section, rows of (label, blank).
FORM_ROWS: list[tuple[str, list[str]]] = [
    (
        "申请人信息（公民）",
        [
            "姓名",
            "证件名称",
            "证件号码",
            "工作单位",
            "联系电话",
            "通信地址",
            "邮政编码",
            "电子邮箱",
        ],
    ),
    (
        "申请人信息（法人或其他组织）",
        ["名称", "统一社会信用代码", "法定代表人", "联系人", "联系电话", "通信地址", "电子邮箱"],
    ),
    (
        "所需信息情况",
        ["所需信息的名称", "文号", "所需信息的其他特征描述", "所需信息的用途（选填）"],
    ),
    (
        "获取信息的方式",
        ["提供形式（纸质、电子邮件、光盘等）", "获取方式（邮寄、电子邮件、自行领取等）"],
    ),
    ("申请人签名或盖章", ["签名（盖章）", "申请日期"]),
]


def form_title(unit: Unit) -> str:
    return f"{unit.name}政府信息公开申请表"


def application_form_docx(unit: Unit) -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_heading(form_title(unit), level=1)
    for section, rows in FORM_ROWS:
        doc.add_paragraph(section).runs[0].bold = True
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for i, label in enumerate(rows):
            table.cell(i, 0).text = label
            table.cell(i, 1).text = ""
    note = doc.add_paragraph(
        "填表说明：申请人应提供身份证明；所需信息描述越具体，越便于查找。"
        f"申请表可交至{unit.name}，也可在本网站依申请公开栏目在线提交。"
    )
    for run in note.runs:
        run.font.size = Pt(10)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def application_form_pdf(unit: Unit) -> bytes:
    from gongkai.core.pdf import Heading, Para, Table, render_pdf

    blocks: list = []
    for section, rows in FORM_ROWS:
        blocks.append(Heading(section, size=12))
        blocks.append(
            Table(rows=[[label, ""] for label in rows], header=False, col_widths=[170, 280])
        )
    blocks.append(
        Para(
            "填表说明：申请人应提供身份证明；所需信息描述越具体，越便于查找。"
            f"申请表可交至{unit.name}，也可在本网站依申请公开栏目在线提交。",
            size=10,
        )
    )
    return render_pdf(title=form_title(unit), blocks=blocks)
