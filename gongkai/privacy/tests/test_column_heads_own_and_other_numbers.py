"""A column's header decides what its values are (issue 16, docs56–docs60): a mailbox or
phone under 个人邮箱, 本人电子邮箱, 住宅电话, 家庭固话, 宅电 is the person's though the row
opens with a unit (a village service point and the person running it); a mailbox
under 单位邮箱, 投诉邮箱, 驿站邮箱 is the unit's; eleven digits under 准考证号, 考生号,
学籍号, 报名序号 are no mobile. Tab, pipe, HTML, aligned and one-cell-a-line tables."""

from gongkai.privacy import scan_html

from .spans import at, found

_CONTACTS = ["mobile", "landline", "email"]


def _spans(text, kind, *pieces):
    return [at(text, kind, p) for p in pieces]


def _html(html):
    return [(f.type, f.start, f.end) for f in scan_html(html, allow=[], expressions=False)]


TAB = (
    "网点名称\t负责人\t手机\t私人邮箱\t单位邮箱\t网点电话\n"
    "城关镇东门村快递服务点\t王立军\t13907361234\twanglijun77@163.com\tdmfwd@126.com\t0736-7321456\n"
    "城关镇西湖村快递服务点\t刘春梅\t15807362345\tliucm_1985@qq.com\txhfwd@126.com\t0736-7321457\n"
)
PIPE = (
    "| 服务站 | 站长 | 联系手机 | 本人电子邮箱 | 投诉邮箱 |\n"
    "|---|---|---|---|---|\n"
    "| 青石村便民服务站 | 赵红英 | 13617360011 | zhaohy2020@sina.com | qsfwz@126.com |\n"
    "| 白沙村便民服务站 | 钱国华 | 18974360022 | 2290183377@qq.com | bsfwz@126.com |\n"
)
HTML = (
    "<table><tr><th>驿站</th><th>经营者</th><th>个人电子邮箱</th><th>驿站邮箱</th></tr>"
    "<tr><td>河口乡菜鸟驿站</td><td>孙志强</td><td>sunzq_hk@foxmail.com</td><td>hkyz@163.com</td></tr>"
    "<tr><td>新桥镇菜鸟驿站</td><td>李桂兰</td><td>liguilan66@126.com</td><td>xqyz@163.com</td></tr>"
    "</table>"
)
ALIGNED = (
    "站点名称              负责人    个人邮箱                   站点电话\n"
    "东山镇农村电商服务站  周建平    zhoujp1979@163.com         0736-7450011\n"
    "南岭乡农村电商服务站  吴小燕    wuxiaoyan@qq.com           0736-7450012\n"
)
STACKED = (
    "序号\n服务点\n负责人\n手机\n个人邮箱\n"
    "1\n马场村电商服务点\n郑大勇\n13307361111\nzhengdy88@163.com\n"
    "2\n石门村电商服务点\n冯秀珍\n13307362222\nfengxz@126.com\n"
)


def test_own_mailbox_column_wins_over_a_units_row():
    assert found(TAB, _CONTACTS) == _spans(TAB, "mobile", "13907361234") + _spans(
        TAB, "email", "wanglijun77@163.com"
    ) + _spans(TAB, "mobile", "15807362345") + _spans(TAB, "email", "liucm_1985@qq.com")
    assert found(PIPE, ["email"]) == _spans(
        PIPE, "email", "zhaohy2020@sina.com", "2290183377@qq.com"
    )
    assert found(ALIGNED, _CONTACTS) == _spans(
        ALIGNED, "email", "zhoujp1979@163.com", "wuxiaoyan@qq.com"
    )
    assert found(STACKED, ["email"]) == _spans(
        STACKED, "email", "zhengdy88@163.com", "fengxz@126.com"
    )


def test_units_mailbox_columns_stay_clean():
    got = _html(HTML)
    assert [g for g in got if g[0] == "email"] == _spans(
        HTML, "email", "sunzq_hk@foxmail.com", "liguilan66@126.com"
    )
    for text, box in ((TAB, "dmfwd@126.com"), (PIPE, "bsfwz@126.com"), (HTML, "xqyz@163.com")):
        assert at(text, "email", box) not in (_html(text) if text is HTML else found(text))


EXAMS_STACKED = (
    "2026年特岗教师拟聘用人员名单\n\n"
    "序号\n姓名\n性别\n准考证号\n联系电话\n毕业院校\n"
    "1\n陈晓雨\n女\n13060012345\n13912345678\n衡阳师范学院\n"
    "2\n林志浩\n男\n13060023456\n15873456789\n湖南科技学院\n"
)
EXAMS_TAB = (
    "姓名\t性别\t考生号\t手机\t报考学校\n"
    "黄雅琴\t女\t13081234567\t13681234567\t县一中\n"
    "何俊杰\t男\t13087654321\t18807654321\t县二中\n"
)
STUDENTS_PIPE = (
    "| 工号 | 姓名 | 学籍号 | 家长手机 |\n"
    "|---|---|---|---|\n"
    "| 1 | 罗一鸣 | 13245678901 | 13245678902 |\n"
    "| 2 | 宋佳怡 | 15312345670 | 15312345671 |\n"
)
ENTRANTS_ALIGNED = (
    " 报名序号       姓名      联系电话\n"
    " 13051234567    邓文静    13751234567\n"
    " 13059876543    韩子轩    18659876543\n"
)
EXAM_LABEL = "您的准考证号为13091112222，请凭身份证参加考试；如有疑问请联系本人手机13791112222。"


def test_numbers_under_another_numbers_header_are_no_mobiles():
    cases = (
        (EXAMS_STACKED, ("13912345678", "15873456789")),
        (EXAMS_TAB, ("13681234567", "18807654321")),
        (STUDENTS_PIPE, ("13245678902", "15312345671")),
        (ENTRANTS_ALIGNED, ("13751234567", "18659876543")),
        (EXAM_LABEL, ("13791112222",)),
    )
    for text, mobiles in cases:
        assert found(text, ["mobile"]) == _spans(text, "mobile", *mobiles), text


HOME_TWICE = (
    "来信：我母亲一个人住在老城区，家里座机0551-62837461，平时耳朵背。也可联系我本人，手机13956781234。\n"
    "回复：经查，我们已于5月3日致电张素珍女士住宅电话0551-62837461，无人接听，请您转告。\n"
)


def test_a_homes_number_given_again_stays_the_homes():
    first = at(HOME_TWICE, "landline", "0551-62837461")
    second = at(HOME_TWICE, "landline", "0551-62837461", first[2])
    assert found(HOME_TWICE, ["landline"]) == [first, second]


def test_local_numbers_under_home_line_headers():
    tab = "姓名\t性别\t手机\t家庭固话\t工种\n欧阳明\t男\t13712345678\t7448312\t木工\n"
    pipe = "| 姓名 | 宅电 | 住址 |\n|---|---|---|\n| 龚建国 | 82345671 | 县城关镇解放路12号 |\n"
    aligned = (
        " 序号  姓名      联系电话                 住址\n"
        " 1     曹志刚    13812345678/7561234      县城关镇解放路12号\n"
    )
    assert found(tab, ["landline"]) == _spans(tab, "landline", "7448312")
    assert found(pipe, ["landline"]) == _spans(pipe, "landline", "82345671")
    assert found(aligned, ["landline"]) == _spans(aligned, "landline", "7561234")


def test_businesses_lines_stay_clean():
    record = (
        "质疑供应商：某某科技有限公司\n授权代表：韦晓东\n授权代表手机：13705439812\n"
        "供应商电话：0736-7022927\n"
    )
    outlets = (
        "城南邮政营业点：0736-7581299；城北代理点电话：0736-7581300；"
        "建设银行城关支行 0736-7581301\n"
    )
    assert found(record, ["landline", "mobile"]) == _spans(record, "mobile", "13705439812")
    assert found(outlets, ["landline"]) == []


def test_a_note_or_an_errand_names_the_units_line():
    noted = (
        "登记人：项目部劳资员（电话 0736-7608063，项目部座机）\n"
        "申报人：钟秀英（电话 0736-7608064，本人住宅）\n"
    )
    errand = (
        "当事人可至县人社局三楼稽核股领取决定书正本，联系电话0736-7024873。\n"
        "申请人刘建军于3月5日到县民政局办理低保手续，其联系电话0736-7024874。\n"
    )
    assert found(noted, ["landline"]) == _spans(noted, "landline", "0736-7608064")
    assert found(errand, ["landline"]) == _spans(errand, "landline", "0736-7024874")


def test_staff_numbers_column_and_a_documents_number_beside_a_mobile():
    staff = (
        "人员编号\t姓名\t手机\n13300001111\t苗德胜\t13312345678\n13300002222\t景丽\t13387654321\n"
    )
    receipt = "受理编号\t申请人\t手机\nSL2026001\t苗德胜\t13312345678\n"
    assert found(staff, ["mobile"]) == _spans(staff, "mobile", "13312345678", "13387654321")
    assert found(receipt, ["mobile"]) == _spans(receipt, "mobile", "13312345678")


def test_own_and_units_phone_columns_one_cell_a_line_and_pipe():
    stacked = (
        "序号\n服务站\n站长\n个人手机\n住宅电话\n站点电话\n"
        "1\n马场村便民服务站\n郑大勇\n13307361111\n0736-7451234\n0736-7459999\n"
        "2\n石门村便民服务站\n冯秀珍\n13307362222\n0736-7452345\n0736-7458888\n"
    )
    pipe = (
        "| 卫生室 | 乡村医生 | 家庭电话 | 卫生室电话 |\n|---|---|---|---|\n"
        "| 东坪村卫生室 | 邓春华 | 0736-7461111 | 0736-7469999 |\n"
        "| 西坪村卫生室 | 易国庆 | 0736-7462222 | 0736-7468888 |\n"
    )
    assert found(stacked, _CONTACTS) == [
        at(stacked, "mobile", "13307361111"),
        at(stacked, "landline", "0736-7451234"),
        at(stacked, "mobile", "13307362222"),
        at(stacked, "landline", "0736-7452345"),
    ]
    assert found(pipe, _CONTACTS) == _spans(pipe, "landline", "0736-7461111", "0736-7462222")


def test_number_header_marks_exactly_the_exam_and_staff_words():
    from gongkai.privacy.columnheads import _number_marks

    text = "号序号准考证号，身份证号，报名序号，序号，人员编号，受理编号，学号，工号，考生号"
    marks = [k for k, c in enumerate(text) if c == "号"]
    kept = {"准考证号", "报名序号", "人员编号", "学号", "工号", "考生号"}
    expected = [k for k in marks if any(text[k - len(w) + 1 : k + 1] == w for w in kept)]
    assert _number_marks(text) == expected and len(expected) == 6
