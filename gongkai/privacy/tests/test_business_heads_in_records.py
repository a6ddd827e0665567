"""Issue 16: "法定代表人（负责人）：X" in a notice's key-value record. A company's legal
representative is public registration data (as in tables); the head of a 厂, a
partnership or an individual business may be a private person, and the record's
worker, applicant or party stays a person whatever their employer is.
"""

from __future__ import annotations

from .spans import found, names


def _record(n, worker, unit, head, label="法定代表人（负责人）", sep="："):
    return (
        f"【第{n}号】\n文书名称：认定工伤决定书\n受伤职工{sep}{worker}\n"
        f"职工住址{sep}青石县东关街道河滨路{n}号\n用人单位{sep}{unit}\n{label}{sep}{head}\n"
        f"单位地址{sep}青石县工业园区{n}号\n"
    )


def test_a_companys_head_in_a_record_is_no_private_person():
    text = "\n".join(
        [
            "工伤认定文书公告送达",
            _record(1, "罗德兵", "青石县鑫达建筑劳务有限公司", "何国庆"),
            _record(
                2, "母成林", "青石县蜀源食品股份有限公司", "向春梅", label="法定代表人（经营者）"
            ),
            _record(3, "苟建军", "青石县金盛砖厂（普通合伙）", "漆文华"),
            _record(4, "冉晓红", "青石县佳佳副食店（个体工商户）", "昝国伟", sep=":"),
            _record(5, "符德良", "青石县川北农机专业合作社", "龚平", label="负责人（法定代表人）"),
        ]
    )
    assert found(text, ("name",)) == names(
        text, "罗德兵", "母成林", "苟建军", "漆文华", "冉晓红", "昝国伟", "符德良"
    )


def test_a_described_contact_after_a_company_is_still_read():
    text = "青石县宏发贸易有限公司来函\n联系人（退休教师）郑金凤，宅电0818-3923246。\n"
    assert found(text, ("name",)) == names(text, "郑金凤")
