"""An address column whose header names its owner (供应商地址, 投标人地址): the seat of the
row's unit, though the row names a person (issue 16, docs57's class, ``addresscells``)."""

from .spans import at, found


def test_a_suppliers_seat_one_cell_a_line():
    text = (
        "某县卫生院设备采购项目成交结果公告\n\n项目编号：CG-2026-0385\n"
        "包号\n成交供应商\n供应商地址\n成交金额（元）\n项目负责人\n负责人联系电话\n"
        "第1包\n某某医疗器械有限公司\n青河县城关镇大连路173号\n523545\n司马平嵘\n15346858903\n"
        "第2包\n某某科技有限公司\n青河县青屏镇凤凰大道300号\n1261533\n钱立健\n15611769592\n"
    )
    got = found(text, ["name", "address", "mobile"])
    assert at(text, "name", "司马平嵘") in got and at(text, "name", "钱立健") in got
    assert at(text, "mobile", "15611769592") in got
    assert [s for s in got if s[0] == "address"] == []


def test_a_bidders_seat_in_a_pipe_table_and_a_persons_home():
    text = (
        "| 序号 | 投标人 | 投标人地址 | 项目经理 | 身份证号 |\n|---|---|---|---|---|\n"
        "| 1 | 某某建设工程有限公司 | 青河县城关镇解放路12号 | 欧阳明 | 430721197707235308 |\n"
        "| 2 | 柯建军 | 青河县城关镇光明巷7号 | 柯建军 | 430721198001011234 |\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "青河县城关镇光明巷7号") in got
    assert at(text, "address", "青河县城关镇解放路12号") not in got


def test_the_applicants_home_beside_a_company_as_the_other_party():
    text = (
        "| 序号 | 申请人（劳动者） | 申请人住址 | 被申请人 | 送达文书 |\n|---|---|---|---|---|\n"
        "| 1 | 弘春娜 | 青河市东禾区东栅街道鸳鸯路676号 | 某某家居有限公司 | 仲裁裁决书 |\n"
        "| 2 | 彭佳帆 | 解放街道禾园小区28幢2104室 | 某区佳味餐饮店 | 调解书 |\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "青河市东禾区东栅街道鸳鸯路676号") in got
    assert at(text, "address", "解放街道禾园小区28幢2104室") in got


def test_a_row_whose_name_was_masked_keeps_its_home():
    text = (
        "| 滞留网点 | 运单号 | 姓名 | 地址 | 电话 |\n|---|---|---|---|---|\n"
        "| 城关网点 | ZT2008228026766 | 车** | 青河县青山乡人民东路56号 | 187****9722 |\n"
        "| 城关网点 | ZT8644825993109 | 薛云 | 青河县城关镇朗州路331号 | 0736 7910799 |\n"
        "| 城关网点 | ZT8644825993110 | 王某 | 青河县城关镇朗州路332号 | 1390000**** |\n"
    )
    got = found(text, ["address"])
    for piece in ("青河县青山乡人民东路56号", "青河县城关镇朗州路331号", "青河县城关镇朗州路332号"):
        assert at(text, "address", piece) in got, piece


def test_a_masked_name_beside_a_units_seat_is_no_owner():
    text = (
        "| 包号 | 成交供应商 | 供应商地址 | 项目负责人 |\n|---|---|---|---|\n"
        "| 1 | 某某科技有限公司 | 青河县城关镇凤凰大道300号 | 钱** |\n"
    )
    assert found(text, ["address"]) == []
