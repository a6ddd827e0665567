"""Issue 16, the forty-sixth held-out batch: a flat written bare ("2幢502室", "6号楼1102",
"3-2-501") in a list of households, under a column of doors (房号, 户号, 门牌, 住址), is
that household's address whatever the table's form; an office's room under 房间号 or a
unit's 地址 column is not."""

from __future__ import annotations

from .spans import at, found


def _addresses(text):
    return [text[s:e] for k, s, e in found(text, ["address"])]


def test_bare_flats_in_tab_pipe_aligned_and_csv_tables_of_households():
    tables = (
        "序号\t房号\t户主\t联系电话\n1\t5幢302室\t冯国强\t13912340001\n2\t11幢1502室\t韩秀云\t13912340002\n",
        "| 编号 | 户号 | 业主 |\n|---|---|---|\n| 01 | 7栋1201 | 冯国强 |\n| 02 | 9号楼602室 | 韩秀云 |\n",
        " 序号  门牌号          姓名\n 1     5幢302室        冯国强\n 2     3-2-501         韩秀云\n",
        "序号,家庭住址,姓名\n1,12幢801室,冯国强\n2,4号楼1102,韩秀云\n",
    )
    flats = (
        ("5幢302室", "11幢1502室"),
        ("7栋1201", "9号楼602室"),
        ("5幢302室", "3-2-501"),
        ("12幢801室", "4号楼1102"),
    )
    for text, pair in zip(tables, flats, strict=True):
        got = found(text, ["address"])
        for flat in pair:
            assert at(text, "address", flat) in got, (flat, text)


def test_office_rooms_and_units_addresses_are_left_alone():
    for text in (
        "科室\t房间号\t电话\n办公室\t3号楼502室\t0576-88123456\n财务科\t3号楼504室\t0576-88123457\n",
        "单位\t办公地址\n街道便民服务中心\t2幢101室\n",
        "序号\t车位号\t业主\n1\t2幢502室\t冯国强\n",  # no door column: a parking bay's building
        "房号\t业主\n欠费统计见2幢502室公示栏\t—\n",  # the flat inside a sentence, not a cell
    ):
        assert _addresses(text) == [], text


def test_a_flat_opening_a_note_before_its_owner_or_tenant():
    text = "备注：\n一、9幢1703室业主郑海涛在外地工作，委托其弟代办。\n（2）4栋602室的租户反映楼上漏水。\n"
    got = found(text, ["address"])
    assert at(text, "address", "9幢1703室") in got
    assert at(text, "address", "4栋602室") in got


def test_a_flat_before_the_owners_bodies_is_no_household():
    for text in (
        "说明：\n3号楼502室业主委员会办公室每周二开放。\n",
        "说明：\n5幢101室业主大会会场。\n",
    ):
        assert _addresses(text) == [], text
