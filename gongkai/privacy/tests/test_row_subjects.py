"""Whose landline a roster's row says it is by the row's subject (ownercells.subject_cell,
read by landlineowner; issue 16, after docs106–108): a unit named in the row's name column
(名称, 户名/单位名称, 主体, 单位或…) owns the line in the row's generic contact column, though
its head's name, ID and card stand between; persons' rows, home columns, keepers' shops,
employers' columns and other persons' columns keep the number found. Also: a spaced
number read whole, and a local number under an export's key read by its parts."""

from gongkai.privacy.markup import scan_html

from .spans import at, found


def _id(body: str) -> str:
    """A resident ID with its check sign (GB 11643)."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


ID1, ID2, ID3 = _id("33052219850314201"), _id("33052219790921302"), _id("33052219920107123")

# a tab roster: farm, household, farm whose line stands in the home column
TAB = (
    "序号\t村（社区）\t经营主体名称\t负责人/户主\t身份证号码\t联系电话\t家庭电话\t补助金额\n"
    f"1\t东溪社区\t溪口县东溪绿源家庭农场\t邬立新\t{ID1}\t0572-3318246\t\t1200\n"
    f"2\t东溪社区\t蒯秋云\t蒯秋云\t{ID2}\t0572-3318573\t\t800\n"
    f"3\t南岭村\t溪口县南岭茶叶专业合作社\t钭成林\t{ID3}\t\t0572-3319054\t900\n"
)
# a CSV of a plain 单位或个人 column and its contact person
CSV = (
    "编号,设置地点,使用单位或个人,联系人,手机,联系电话,备注\n"
    "A-01,县体育馆东门,溪口县体育中心,闻振宇,13857201462,0572-3365120,正常\n"
    "A-02,青石村12号,饶金凤,饶金凤,13857203318,0572-3365348,正常\n"
)
# a two-row header over the subject's cells, flattened from HTML
HTML = (
    "<table><thead>"
    '<tr><th rowspan="2">序号</th><th colspan="2">补助对象</th>'
    '<th rowspan="2">身份证号码</th><th rowspan="2">联系电话</th></tr>'
    "<tr><th>户名/单位名称</th><th>负责人</th></tr></thead><tbody>"
    f"<tr><td>1</td><td>溪口县和丰牧业有限公司</td><td>隗德明</td><td>{ID1}</td>"
    "<td>0572-3372209</td></tr>"
    f"<tr><td>2</td><td>庾小芬</td><td>本人</td><td>{ID2}</td><td>0572-3372871</td></tr>"
    "</tbody></table>"
)
# a person's own column between the unit and the number (姓名, 紧急联系人)
PIPE = (
    "| 序号 | 主体名称 | 姓名 | 身份证号码 | 联系电话 |\n"
    "|---|---|---|---|---|\n"
    f"| 1 | 溪口县青禾家庭农场 | 宓海燕 | {ID1} | 0572-3381467 |\n"
)
CARE = (
    "序号\t机构名称\t入住老人\t身份证号码\t户籍地址\t紧急联系人\t关系\t联系电话\n"
    f"1\t溪口县安康护理院\t阙桂英\t{ID3}\t溪口县石门乡前村5组12号\t阙志强\t儿子\t0572-3394412\n"
)
# a keeper's shop (经营者), an employer's column (用人单位)
SHOPS = (
    "序号\t户名\t经营者\t身份证号码\t联系电话\n"
    f"1\t溪口县青禾家庭农场\t茅建国\t{ID2}\t0572-3326619\n"
)
EMPLOYER = (
    "编号\t人才层次\t用人单位\t承租人\t配租房源\t租金（元/月）\t联系方式\n"
    "1\tC类\t溪口县人民医院\t郦文静\t人才公寓A1幢1单元302室\t860\t0572-3347782\n"
)
# a unit's row with a home's note after the number
NOTED = "序号\t养殖场名称\t负责人\t联系电话\n1\t溪口县青峰家庭农场\t郜春生\t0572-3357716（住宅）\n"


def test_a_units_row_subject_takes_its_contact_line():
    got = found(TAB, ["landline"])
    assert at(TAB, "landline", "0572-3318246") not in got  # the farm's, its head's ID beside
    assert at(TAB, "landline", "0572-3318573") in got  # a household's row
    assert at(TAB, "landline", "0572-3319054") in got  # a home column, though a unit's row


def test_a_unit_or_person_column_and_its_contact_person():
    got = found(CSV, ["landline"])
    assert at(CSV, "landline", "0572-3365120") not in got  # the sports centre's
    assert at(CSV, "landline", "0572-3365348") in got  # a person's own


def test_a_subject_under_a_two_row_header():
    got = {(f.type, HTML[f.start : f.end]) for f in scan_html(HTML, allow=[])}
    assert ("landline", "0572-3372209") not in got
    assert ("landline", "0572-3372871") in got


def test_a_persons_own_column_between_keeps_the_number():
    assert at(PIPE, "landline", "0572-3381467") in found(PIPE, ["landline"])
    assert at(CARE, "landline", "0572-3394412") in found(CARE, ["landline"])


def test_keepers_shops_employers_and_home_notes_keep_the_number():
    assert at(SHOPS, "landline", "0572-3326619") in found(SHOPS, ["landline"])
    assert at(EMPLOYER, "landline", "0572-3347782") in found(EMPLOYER, ["landline"])
    assert at(NOTED, "landline", "0572-3357716") in found(NOTED, ["landline"])


def test_a_spaced_number_is_one_finding():
    text = (
        "序号\t店名\t经营者\t身份证号码\t手机号码\t固定电话\n"
        f"1\t顺心杂货店\t冀红梅\t{ID3}\t13905726618\t0572 7316625\n"
    )
    got = found(text, ["landline"])
    assert got == [at(text, "landline", "0572 7316625")]


def test_a_local_number_under_an_exports_key():
    text = (
        "<records>\n  <record>\n    <xm>祁永福</xm>\n"
        f"    <sfzh>{ID1}</sfzh>\n    <gddh>63318257</gddh>\n"
        "    <dwgddh>63318899</dwgddh>\n  </record>\n</records>\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "63318257") in got  # 固定·电话: no unit's part
    assert at(text, "landline", "63318899") not in got  # 单位·固定·电话


def test_a_bracket_of_an_addressed_units_particulars():
    text = (
        "如不服本决定，可在收到之日起十五日内向溪口市应急管理局提出书面申请"
        "（地址：溪口市新华路88号，电话0572-3261187），逾期不予受理。"
    )
    assert found(text, ["landline"]) == []
    kept = (
        "我于三月向邻居借款，借款人潘玉林（地址：溪口县石门乡前村5组12号，电话0572-3261543），"
        "至今未还。"
    )
    assert at(kept, "landline", "0572-3261543") in found(kept, ["landline"])
