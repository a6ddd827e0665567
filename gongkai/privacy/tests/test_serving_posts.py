"""Staff who serve the row's person by their post (servicestaff, gradecells, blocks; issue
16, privfix16ya): a pupil's teacher sent to teach at home (送教教师), the teacher or the one
answerable for a returned pupil (包保教师, 包保责任人), the class teacher (班主任), their
pinyin keys in an export (sjjs, bbjs, bzr), a clerk signing after a verdict ("审核：同意。
经办人：X"), and a grade alone in its cell (初三). Layouts: pipe with a continued table,
quoted CSV, an HTML table with a two-row head, a page-aligned roster, XML, key-value.
Near misses: the row's own persons (监护人, 代办人, 赡养人, 紧急联系人), a grid's roster
(网格员) and a boiler's safety manager (安全管理员), a name 高一鸣, a grade in prose."""

from gongkai.privacy import scan_html

from .spans import found, names


def _id(body: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


IDS = [_id(f"4305212011{m:02d}1{d}3{k}") for k, (m, d) in enumerate([(3, 12), (5, 21), (7, 11)])]

PIPE = (
    "| 序号 | 学生姓名 | 身份证号 | 监护人 | 联系电话 | 送教教师 |\n"
    "|---|---|---|---|---|---|\n"
    f"| 1 | 屈振林 | {IDS[0]} | 屈海燕 | 13907215561 | 左长庚 |\n"
    "\n续表\n\n"
    "| 序号 | 学生姓名 | 身份证号 | 监护人 | 联系电话 | 送教教师 |\n"
    "|---|---|---|---|---|---|\n"
    f"| 2 | 蔺德旺 | {IDS[1]} | 蔺春梅 | 13907215562 | 甘小燕 |\n"
)

CSVQ = (
    '"序号","学生姓名","年级","代办人","紧急联系人","包保责任人","班主任"\n'
    '"1","屈振林","初三","屈海燕","逄桂芝","左长庚","盛立军"\n'
    '"2","蔺德旺","初一","蔺春梅","逄秋生","甘小燕","盛立军"\n'
)

HTML = (
    "<table><thead>"
    '<tr><th rowspan="2">序号</th><th colspan="2">学生</th><th colspan="2">监护人信息</th>'
    '<th rowspan="2">原因</th><th colspan="2">劝返情况</th></tr>'
    "<tr><th>姓名</th><th>年级</th><th>姓名</th><th>电话</th><th>包保教师</th><th>日期</th></tr>"
    "</thead><tbody>"
    "<tr><td>1</td><td>屈振林</td><td>初二</td><td>屈海燕</td><td>13907215561</td>"
    "<td>厌学</td><td>左长庚</td><td>2024-03-02</td></tr>"
    "<tr><td>2</td><td>蔺德旺</td><td>高一</td><td>蔺春梅</td><td>13907215562</td>"
    "<td>务工</td><td>甘小燕</td><td>2024-03-09</td></tr>"
    "</tbody></table>"
)

ALIGNED = (
    "第 1 页  共 2 页\n"
    " 序号  姓名      年级    身份证号            赡养人    班主任    状态\n"
    f" 1     屈振林    初三    {IDS[0]}  屈海燕    左长庚    已返校\n"
    "\n第 2 页  共 2 页\n"
    " 序号  姓名      年级    身份证号            赡养人    班主任    状态\n"
    f" 2     蔺德旺    初一    {IDS[1]}  蔺春梅    甘小燕    劝返中\n"
)

XML = (
    "<export>\n  <record>\n    <xsxm>屈振林</xsxm>\n    <jhrxm>屈海燕</jhrxm>\n"
    "    <sjjs>左长庚</sjjs>\n  </record>\n  <record>\n    <xsxm>蔺德旺</xsxm>\n"
    "    <jhrxm>蔺春梅</jhrxm>\n    <bzr>甘小燕</bzr>\n  </record>\n</export>\n"
)

KV = (
    "【审批表1】\n"
    "申请人姓名：屈振林\n"
    f"身份证号码：{IDS[2]}\n"
    "监护人（赡养人）：屈海燕（女儿）\n"
    "乡镇审核：同意。经办人：左长庚\n"
    "县局审批：同意。审批人：甘小燕　2026年1月13日\n"
)

# near misses: the roster's own persons under a post's word
GRID = (
    "序号\t网格员\t身份证号\t手机号码\n"
    f"1\t屈振林\t{IDS[0]}\t13907215561\n"
    f"2\t蔺德旺\t{IDS[1]}\t13907215562\n"
)
BOILER = (
    '"序号","使用单位名称","设备类别","安全管理员","安全管理员手机"\n'
    '"1","某县糖业有限公司","锅炉","屈振林","13907215561"\n'
    '"2","某县纸业有限公司","锅炉","蔺德旺","13907215562"\n'
)
PROSE = "高一鸣，男，初三学生屈振林的监护人，联系电话13907215561。\n"


def _names(text: str) -> list[tuple[str, int, int]]:
    return found(text, ["name"])


def test_teacher_sent_to_teach_in_a_continued_pipe_table():
    assert _names(PIPE) == names(PIPE, "屈振林", "屈海燕", "蔺德旺", "蔺春梅")


def test_answerable_and_class_teacher_in_quoted_csv():
    got = _names(CSVQ)
    assert got == names(CSVQ, "屈振林", "屈海燕", "逄桂芝", "蔺德旺", "蔺春梅", "逄秋生")


def test_teacher_under_a_two_row_html_head():
    got = [(t, HTML[s:e]) for t, s, e in ((f.type, f.start, f.end) for f in scan_html(HTML))]
    assert [v for t, v in got if t == "name"] == ["屈振林", "屈海燕", "蔺德旺", "蔺春梅"]


def test_class_teacher_and_grade_on_aligned_pages():
    assert _names(ALIGNED) == names(ALIGNED, "屈振林", "屈海燕", "蔺德旺", "蔺春梅")


def test_pinyin_keys_of_serving_staff_in_xml():
    assert _names(XML) == names(XML, "屈振林", "屈海燕", "蔺德旺", "蔺春梅")


def test_clerk_after_a_verdict_in_an_approval_form():
    assert _names(KV) == names(KV, "屈振林", "屈海燕")


def test_a_post_the_roster_is_about_keeps_its_names():
    assert _names(GRID) == names(GRID, "屈振林", "蔺德旺")
    assert _names(BOILER) == names(BOILER, "屈振林", "蔺德旺")


def test_a_grade_in_prose_and_a_name_like_a_grade():
    got = [PROSE[s:e] for _, s, e in _names(PROSE)]
    assert "高一鸣" in got and "屈振林" in got


SERVED = "贫困户屈振林，帮扶责任人左长庚，送教老师甘小燕；其监护人屈海燕陪同。\n"


def test_a_serving_post_before_a_name_in_prose():
    assert _names(SERVED) == names(SERVED, "屈振林", "屈海燕")
