"""Posts of an office named by the office and its member's word, or by a step of its review
and its doer (unitposts; issue 16, privfix16ce): a second person column, a record's label,
a label's qualifier and a sign-off line's other labels, in pipe, tab, HTML with a head in
two rows, key-value records, directory lines and letters. Domains: school aid, elderly
care, housing, a health station. Near misses: the row's persons and their kin, an owners'
committee, a post listed with its own mobile, a private witness, a receiver on a sign-off
line."""

from gongkai.privacy import scan_html
from gongkai.privacy.unitposts import office_post

from .spans import found, names


def _names(text):
    return found(text, ["name"])


PIPE_AID = (
    "| 序号 | 学生姓名 | 监护人 | 联系电话 | 资助类别 | 初审老师 | 学校资助委员 |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 1 | 屈振林 | 屈海燕 | 13907215561 | 一档 | 左长庚 | 甘小燕 |\n"
    "| 2 | 蔺德旺 | 蔺春梅 | 13907215562 | 二档 | 左长庚 | 甘小燕 |\n"
)

TSV_CARE = (
    "序号\t街道\t慰问对象\t身份证号码\t联系电话\t子女\t子女电话\t街道专干\n"
    "1\t东城\t屈振林\t110101195001011234\t13907215561\t屈海燕（女儿）\t13907215562\t左长庚\n"
    "2\t西城\t蔺德旺\t110101195202021238\t13907215563\t蔺春梅（儿子）\t13907215564\t甘小燕\n"
)

TSV_ASSESS = (
    "序号\t姓名\t性别\t评估等级\t评定医生\t评定机构\n"
    "1\t屈振林\t男\t二级\t左长庚\t某区社区卫生服务中心\n"
    "2\t蔺德旺\t男\t三级\t甘小燕\t某区社区卫生服务中心\n"
)

HTML_HOUSING = (
    "<table><thead>"
    '<tr><th rowspan="2">序号</th><th colspan="2">申请人</th>'
    '<th rowspan="2">保障方式</th><th rowspan="2">街道服务中心初审人</th></tr>'
    "<tr><th>姓名</th><th>身份证号</th></tr></thead><tbody>"
    '<tr><td>1</td><td>屈振林</td><td>110101195001011234</td><td>租赁补贴</td><td rowspan="2">左长庚</td></tr>'
    "<tr><td>2</td><td>蔺德旺</td><td>110101195202021238</td><td>实物配租</td></tr>"
    "</tbody></table>"
)

KV_RECORD = (
    "【申请表1】\n"
    "申请人姓名：屈振林\n"
    "身份证号：110101195001011234\n"
    "手机：13907215561\n"
    "监护人：屈海燕（女儿）\n"
    "社区卫生服务站医生：左长庚（办公电话：010-61234567）\n"
    "街道审核人：甘小燕\n"
)

LETTER = (
    "委托人（签字）：屈振林　　受托人：屈海燕　　见证人（社区居委会专干）：左长庚\n"
    "委托人（签字）：蔺德旺　　受托人：蔺春梅　　见证人（邻居）：逄秋生\n"
)

DIRECTORY = "某区社区卫生服务中心　010-61234567　初审医生：左长庚、甘小燕\n"

SIGNOFF = "制表人：左长庚\t监发人：甘小燕\t领款人：屈振林\n"

OWNERS = "业主委员会主任：屈振林（3号楼业主）\n"

OWN_MOBILE = "社区居委会专干：左长庚　手机：13907215561\n"


def test_reviewer_and_unit_member_columns_in_pipe():
    assert _names(PIPE_AID) == names(PIPE_AID, "屈振林", "屈海燕", "蔺德旺", "蔺春梅")


def test_unit_cadre_beside_the_persons_visited_in_tsv():
    got = _names(TSV_CARE)
    assert got == names(TSV_CARE, "屈振林", "屈海燕", "蔺德旺", "蔺春梅")


def test_assessing_doctor_column_in_tsv():
    assert _names(TSV_ASSESS) == names(TSV_ASSESS, "屈振林", "蔺德旺")


def test_first_reviewer_in_an_html_head_of_two_rows():
    got = [(f.start, f.end) for f in scan_html(HTML_HOUSING, allow=[]) if f.type == "name"]
    want = [(HTML_HOUSING.index(n), HTML_HOUSING.index(n) + 3) for n in ("屈振林", "蔺德旺")]
    assert got == want


def test_unit_post_label_in_a_key_value_record():
    assert _names(KV_RECORD) == names(KV_RECORD, "屈振林", "屈海燕")


def test_witness_qualified_by_a_unit_post_in_letters():
    got = _names(LETTER)
    assert got == names(LETTER, "屈振林", "屈海燕", "蔺德旺", "蔺春梅", "逄秋生")


def test_directory_line_of_reviewing_doctors():
    assert _names(DIRECTORY) == []


def test_sign_off_line_other_labels_but_the_receiver():
    assert _names(SIGNOFF) == names(SIGNOFF, "屈振林")


def test_owners_committee_head_is_kept():
    assert _names(OWNERS) == names(OWNERS, "屈振林")


def test_unit_post_with_its_own_mobile_is_kept():
    assert _names(OWN_MOBILE) == names(OWN_MOBILE, "左长庚")


def test_office_post_reading():
    for cell in (
        "乡镇残联专职委员",
        "街道服务中心初审人",
        "评定医生",
        "社区卫生服务站医生",
        "复审委员",
    ):
        assert office_post(cell), cell
    for cell in ("业主委员会主任", "被评定人", "申请人", "医生", "委员", "村民代表", "慰问对象"):
        assert not office_post(cell), cell
