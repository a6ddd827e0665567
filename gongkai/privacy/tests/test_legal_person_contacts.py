"""A legal person's contacts (legalpersons, read by landlineowner; issue 16, privfix16rd):
a landline or a mailbox given after a unit and its legal representative (法定代表人,
法人代表, an export's legal_rep / legalPerson / fddbr / frdb key) is the unit's in any layout,
a table's row, an export's record, an XML group, a key-value line or prose; a private
person between the representative and the contact, a person's or home's word, a home's
note or another sentence keeps the contact found."""

from gongkai.privacy.markup import scan_html

from .spans import at, found


def _id(body: str) -> str:
    """A resident ID with its check sign (GB 11643)."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


ID1, ID2 = _id("41032519770415302"), _id("41032519880923161")

# a pipe table: a person's row and a company's row, the company's cell naming its
# representative in a bracket
PIPE = (
    "| 序号 | 受让方 | 身份证号码 | 地址 | 联系电话 |\n"
    "| --- | --- | --- | --- | --- |\n"
    f"| 1 | 庞玉珍 | {ID1} | 栾川县白土镇红庄村4组17号 | 0379-66231478 |\n"
    "| 2 | 栾川县青禾机械制造有限公司（法人代表：邰振东） | — | 栾川县城关镇工业路8号 | 0379-66829015 |\n"
)


def test_pipe_row_company_with_its_representative():
    got = found(PIPE, ["landline"])
    assert at(PIPE, "landline", "0379-66231478") in got
    assert at(PIPE, "landline", "0379-66829015") not in got


# an export's records, one a line: a unit's record with its legal representative, its
# line and mailbox; a person's record with a line and a mailbox
JSONL = (
    '{"no": "A-17", "kind": "org", "applicant": "栾川县第二人民医院", "legalPerson": "宓国梁", '
    '"phone": "0379-66518230", "mail": "lcdeyy_office@163.com", "status": "已受理"}\n'
    f'{{"no": "A-18", "kind": "person", "applicant": "庞玉珍", "idNo": "{ID1}", '
    '"phone": "0379-66231478", "mail": "pangyuzhen77@163.com", "status": "已受理"}\n'
)


def test_export_record_of_a_legal_person():
    got = found(JSONL, ["landline", "email"])
    assert at(JSONL, "landline", "0379-66518230") not in got
    assert at(JSONL, "email", "lcdeyy_office@163.com") not in got
    assert at(JSONL, "landline", "0379-66231478") in got
    assert at(JSONL, "email", "pangyuzhen77@163.com") in got


# an XML group of a contract's party: the unit, its representative, its line
XML = (
    "<contracts>\n"
    "  <party><name>栾川县伊源农业科技学院</name><frdb>晏立群</frdb><tel>0379-66710382</tel></party>\n"
    f"  <party><xm>庞玉珍</xm><sfzh>{ID1}</sfzh><tel>0379-66231478</tel></party>\n"
    "</contracts>\n"
)


def test_xml_group_of_a_legal_person():
    got = found(XML, ["landline"])
    assert at(XML, "landline", "0379-66710382") not in got
    assert at(XML, "landline", "0379-66231478") in got


# a key-value line of a form and a sentence of prose
KV = "单位名称：栾川县伊河旅游开发有限公司　法定代表人：晏立群　联系电话：0379-66935207\n"
PROSE = (
    "被申请人栾川县伊河旅游开发有限公司，法定代表人晏立群，联系电话0379-66935207。"
    "申请人庞玉珍，联系电话0379-66231478。\n"
)


def test_form_line_and_prose_of_a_legal_person():
    assert at(KV, "landline", "0379-66935207") not in found(KV, ["landline"])
    got = found(PROSE, ["landline"])
    assert at(PROSE, "landline", "0379-66935207") not in got
    assert at(PROSE, "landline", "0379-66231478") in got


# near misses: another person between (an agent with his name), a home's word, or the
# number in the next sentence
NEAR = (
    "被申请人栾川县伊河旅游开发有限公司，法定代表人晏立群，委托代理人庞玉珍，联系电话0379-66231478。\n"
    "被申请人栾川县青禾机械制造有限公司，法定代表人邰振东，家庭电话0379-66829015。\n"
    "被申请人栾川县青禾机械制造有限公司，法定代表人邰振东。申请人蒋秀兰，电话0379-66829017。\n"
)


def test_a_private_owner_keeps_the_number():
    got = found(NEAR, ["landline"])
    for number in ("0379-66231478", "0379-66829015", "0379-66829017"):
        assert at(NEAR, "landline", number) in got, number


# an HTML row: a person's cells, then the new owner a company with its representative
HTML = (
    "<table><tr><th>序号</th><th>原所有人</th><th>身份证号</th><th>新所有人</th>"
    "<th>住址</th><th>联系电话</th></tr>"
    f"<tr><td>1</td><td>庞玉珍</td><td>{ID1}</td><td>栾川县青禾机械制造有限公司<br>"
    "法定代表人：邰振东</td><td>栾川县城关镇工业路8号</td><td>0379-66829015</td></tr>"
    f"<tr><td>2</td><td>蒋秀兰</td><td>{ID2}</td><td>庞玉珍</td><td>栾川县白土镇红庄村4组17号</td>"
    "<td>0379-66231478</td></tr></table>"
)


def test_html_row_of_a_legal_person_after_a_person():
    got = [(f.type, f.start, f.end) for f in scan_html(HTML, allow=[]) if f.type == "landline"]
    assert at(HTML, "landline", "0379-66829015") not in got
    assert at(HTML, "landline", "0379-66231478") in got


# a directory's line of a unit opened by its name, then its head (a bracket of her post),
# then its line; a shop's keeper's line (店: no unit of its own standing) keeps it
HEADED = (
    "栾川县潭头镇汤营村卫生室\u3000负责人：庞玉珍（乡村医生）\u3000电话：0379-66107235\n"
    "潭头镇汤营便民店\u3000负责人：晏立群\u3000电话：0379-66107290\n"
)


def test_a_units_line_opened_by_its_head():
    got = found(HEADED, ["landline"])
    assert at(HEADED, "landline", "0379-66107235") not in got
    assert at(HEADED, "landline", "0379-66107290") in got
