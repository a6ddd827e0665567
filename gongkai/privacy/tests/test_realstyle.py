"""Documents written in the style of real notices, independently of the rules (issue 16).

Each document lists what a reviewer would mark, in order; anything else the scanner
reports fails the test as surely as a miss.
"""

from gongkai.privacy import scan_file, scan_html, scan_text

LAND = """<h3>关于大坪村集体土地征收补偿安置方案的公告</h3>
<p>根据《中华人民共和国土地管理法》，现将补偿情况公告如下：</p>
<table border="1">
<tr><td>序号</td><td>被征地农户</td><td>所在组</td><td>面积（亩）</td><td>补偿金额（元）</td><td>银行账号</td></tr>
<tr><td>1</td><td>熊德明</td><td>大坪村3组</td><td>1.26</td><td>56700</td><td>6228480469123456789</td></tr>
<tr><td>2</td><td>熊德明、熊小燕</td><td>大坪村3组</td><td>0.84</td><td>37800</td><td>6217003810012345677</td></tr>
</table>
<p>如有异议，请于公告之日起10日内向镇人民政府反映，联系电话：0830-2345678。</p>"""

MAILBOX = """来信人：郝先生
来信内容：我家住江阳区南城街道蓝田社区枫林湾小区7栋1单元602室，楼下餐馆油烟严重，电话18608301234。
回复单位：区生态环境局
回复内容：
郝先生：
您好！您反映的问题已收悉。经现场核查，该餐馆已于6月3日安装油烟净化设施。感谢您对生态环境工作的支持！
2024年6月10日"""

PERMITS = """出入境证件领取通知
以下人员的证件已制作完成，请本人持身份证到出入境接待大厅领取：
序号  姓名      证件类型          证件号码
1     龚雪梅    往来港澳通行证    C60123457
2     蒋文涛    往来台湾通行证    L30112233
3     戴佳      护照              EB1234567
"""

LEADERS = """市委理论学习中心组专题学习会召开
会议传达学习了习近平总书记重要讲话精神，中共中央政治局常委、国务院总理李强有关讲话精神。
会议要求，要深入学习贯彻习近平新时代中国特色社会主义思想，坚持以人民为中心的发展思想。
市委书记王志刚主持会议。"""


def test_land_compensation_table():
    got = [(f.type, f.text) for f in scan_html(LAND, allow=[])]
    assert got == [
        ("name", "熊德明"),
        ("bank_card", "6228480469123456789"),
        ("name", "熊德明"),
        ("name", "熊小燕"),
        ("bank_card", "6217003810012345677"),
        # the town government's number for objections is public (issue 16's held-out
        # check: an office's phone in a notice is not a person's landline)
    ]


def test_mailbox_letter_and_reply():
    # "郝先生" (a surname and a form of address) names nobody; "严重" before the phone
    # number is not a name
    got = [(f.type, f.text) for f in scan_text(MAILBOX, allow=[])]
    assert got == [
        ("address", "江阳区南城街道蓝田社区枫林湾小区7栋1单元602室"),
        ("mobile", "18608301234"),
    ]


def test_travel_document_notice_in_aligned_columns():
    got = [(f.type, f.text) for f in scan_text(PERMITS, allow=[])]
    assert got == [
        ("name", "龚雪梅"),
        ("permit", "C60123457"),
        ("name", "蒋文涛"),
        ("permit", "L30112233"),
        ("name", "戴佳"),
        ("passport", "EB1234567"),
    ]


def test_a_meeting_report_with_correct_wording_is_clean():
    assert scan_text(LEADERS, allow=[]) == []


def test_the_same_report_with_errors():
    wrong = LEADERS.replace("国务院总理李强", "国务院副总理李强").replace("为中心", "为忠心")
    got = [(f.type, f.text, f.masked) for f in scan_text(wrong, allow=[])]
    assert got == [
        ("leader_title", "国务院副总理李强", "中共中央政治局常委、国务院总理李强"),
        ("formulation", "以人民为忠心", "以人民为中心"),
    ]


def test_html_file_of_the_land_table():
    got = [(f.type, f.text) for f in scan_file(LAND.encode(), "公告.html", allow=[])]
    assert [t for t, _x in got].count("name") == 3
