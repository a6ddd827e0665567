"""A battery of invented cases: the office's staff named by their post (rotas, duty tables,
an examination's staff, rosters of posts, work teams, caseworkers in exports and one-cell
records) against private persons beside them (applicants, complainants, candidates,
relatives, recipients in rolls that also name a 经办人) in tab, pipe, CSV, HTML, one cell a
line, key-value, JSON, XML and prose. Each case gives the exact names a scan must find.

Conventions follow the held-out batches: experts on a review panel, a training school's
teacher, a hotel's desk clerk and an elected owners' committee are private persons; the
staff of an examination, a duty rota, a working group of offices and a village work team
act in office. Cases the scanner still gets wrong are marked ``xfail`` (strict) with why.
"""

import pytest

from gongkai.privacy.markup import scan_html
from gongkai.privacy.tests.spans import found

# (case, text, the names a scan finds, in order of their first place)
CASES = [
    (
        "rota_tab",
        "考场\t主考\t监考员\t巡视\n第1考场\t韩立军\t邵雅琴、闫光明\t蔺志刚\n第2考场\t韩立军\t柴晓燕、蒲海涛\t蔺志刚\n",
        [],
    ),
    (
        "rota_pipe",
        "| 日期 | 带班领导 | 值班人员 | 值班电话 |\n|---|---|---|---|\n| 10月1日 | 董建新 | 庞丽萍、甄志远 | 0712-3326150 |\n| 10月2日 | 喻德胜 | 栾海燕、查文斌 | 0712-3326150 |\n",
        [],
    ),
    (
        "rota_html",
        "<table><tr><th>时间</th><th>值班领导</th><th>值班员</th></tr><tr><td>5月1日</td><td>桂永康</td><td>钮小平</td></tr><tr><td>5月2日</td><td>晁晓东</td><td>岑淑华</td></tr></table>",
        [],
    ),
    (
        "rota_onecell",
        "日期\n值班领导\n值班人员\n联系电话\n6月1日\n冉建国\n项美玲\n0855-8223410\n6月2日\n訾国华\n谈丽君\n0855-8223410\n",
        [],
    ),
    ("exam_kv", "考点主考：蓝振华\n副主考：厉春梅\n监考员：沙国庆、季红霞\n巡视员：龚明辉\n", []),
    ("exam_prose", "本次考试由考点主考蓝振华统一指挥，监考员沙国庆、季红霞负责第3考场。", []),
    ("duty_prose", "国庆期间，局领导宁德福带班，值班员苗春燕在岗，值班电话0731-4456123。", []),
    (
        "panel_tab",
        "序号\t评审专家\t职称\t工作单位\n1\t翟文涛\t高级工程师\t市建筑设计院\n2\t房淑芬\t教授\t某某大学\n",
        [],
    ),
    (
        "panel_pipe",
        "| 序号 | 专家姓名 | 职称 | 所在单位 |\n|---|---|---|---|\n| 1 | 聂永红 | 副主任医师 | 县人民医院 |\n| 2 | 柏光荣 | 主任医师 | 市中心医院 |\n",
        ["聂永红", "柏光荣"],
    ),
    (
        "panel_prose",
        "评审小组由卢国栋（组长）、温丽华、乔振宇组成，对申报材料进行了评审。",
        ["卢国栋", "温丽华", "乔振宇"],
    ),
    (
        "inspectors_kv",
        "检查日期：2024年3月5日\n检查人员：庄志强、边秀英\n被检查单位：某某食品有限公司\n",
        [],
    ),
    (
        "inspectors_tab",
        "序号\t被检查单位\t检查时间\t检查人员\t检查结果\n1\t某某超市\t3月5日\t庄志强、边秀英\t合格\n2\t某某酒店\t3月6日\t庄志强\t整改\n",
        [],
    ),
    ("village_team_kv", "驻村第一书记：满国强\n工作队队员：仇丽娟、向东升\n", []),
    (
        "village_team_tab",
        "村名\t第一书记\t工作队员\t派出单位\n石桥村\t满国强\t仇丽娟、向东升\t县农业农村局\n枫树村\t丁海波\t熊春兰\t县财政局\n",
        [],
    ),
    (
        "export_json_staff",
        '[{"ywbh":"A001","cbr":"郝振国","shr":"尤秀兰","jbr":"申立强"},{"ywbh":"A002","cbr":"郝振国","shr":"尤秀兰","jbr":"申立强"}]',
        [],
    ),
    (
        "export_json_cn",
        '[{"业务编号":"B01","承办人":"郝振国","审核人":"尤秀兰","经办人":"申立强"}]',
        [],
    ),
    (
        "export_xml_staff",
        "<案件><编号>C01</编号><承办人>郝振国</承办人><审核人>尤秀兰</审核人></案件>",
        [],
    ),
    (
        "export_csv_staff",
        "编号,办理事项,承办人,审核人,办结日期\nD01,补证,郝振国,尤秀兰,2024-03-05\nD02,换证,申立强,尤秀兰,2024-03-06\n",
        [],
    ),
    ("service_kv_unit", "送达人：夏永安、冼丽芳\n见证人：葛建军（某某村村委会）\n", []),
    (
        "service_tab",
        "序号\t送达文书\t送达人\t送达日期\n1\t处罚决定书\t夏永安、冼丽芳\t3月5日\n2\t告知书\t冼丽芳\t3月6日\n",
        [],
    ),
    ("signoff_line", "承办人：郝振国\u3000\u3000审核人：尤秀兰\u3000\u3000批准人：申立强\n", []),
    ("contacts_unit_prose", "联系人：巫建平，联系电话：0731-5562301（县民政局社会救助股）。", []),
    (
        "officials_html_cells",
        "<table><tr><td>职务</td><td>姓名</td></tr><tr><td>局长</td><td>淳于明</td></tr><tr><td>副局长</td><td>殷晓峰</td></tr></table>",
        [],
    ),
    (
        "post_then_name_pipe",
        "| 岗位 | 姓名 | 办公电话 |\n|---|---|---|\n| 窗口受理 | 尉迟平 | 0731-5562300 |\n| 审批科长 | 羊建新 | 0731-5562301 |\n",
        [],
    ),
    ("guard_rota_onecell_kv", "值班表\n周一：曲振宇\n周二：厍丽霞\n周三：鞠国平\n", []),
    ("inspect_team_prose", "县市场监管局执法人员倪志勇、骆春红对该店进行了检查。", []),
    ("police_prose", "民警邴晓军、辅警宦立新到场处置。", []),
    ("cadre_cell_in_record", "走访日期：4月2日\n走访人：嵇国亮\n走访对象：该户户主\n", []),
    (
        "applicants_with_jbr_tab",
        "序号\t申请人\t身份证号\t经办人\n1\t房秀珍\t430102195503121229\t申立强\n2\t柯永福\t430102196011083311\t申立强\n",
        ["房秀珍", "柯永福"],
    ),
    (
        "applicants_with_jbr_pipe",
        "| 序号 | 姓名 | 救助金额 | 经办人 | 审核人 |\n|---|---|---|---|---|\n| 1 | 管秋菊 | 800 | 郝振国 | 尤秀兰 |\n| 2 | 鲁长生 | 600 | 郝振国 | 尤秀兰 |\n",
        ["管秋菊", "鲁长生"],
    ),
    (
        "recipients_html_jbr",
        "<table><tr><th>序号</th><th>领取人</th><th>金额</th><th>经办人</th></tr><tr><td>1</td><td>樊桂英</td><td>500</td><td>申立强</td></tr><tr><td>2</td><td>郜玉林</td><td>500</td><td>申立强</td></tr></table>",
        ["樊桂英", "郜玉林"],
    ),
    (
        "recipients_onecell",
        "序号\n姓名\n补助金额\n经办人\n1\n樊桂英\n500\n申立强\n2\n郜玉林\n500\n申立强\n",
        ["樊桂英", "郜玉林"],
    ),
    ("complainant_kv", "投诉人：幸小燕\n联系电话：13807312233\n承办人：郝振国\n", ["幸小燕"]),
    (
        "complainant_prose",
        "投诉人幸小燕反映，其在某超市购买的食品过期，承办人郝振国已受理。",
        ["幸小燕"],
    ),
    (
        "recruits_tab",
        "序号\t姓名\t性别\t报考岗位\t总成绩\n1\t阙梦瑶\t女\t教师\t82.5\n2\t宫子豪\t男\t医生\t80.1\n",
        ["阙梦瑶", "宫子豪"],
    ),
    (
        "recruits_pipe_with_examiners",
        "| 考生姓名 | 准考证号 | 面试考官 |\n|---|---|---|\n| 阙梦瑶 | 2024010203 | 翟文涛 |\n| 宫子豪 | 2024010204 | 翟文涛 |\n",
        ["阙梦瑶", "宫子豪"],
    ),
    (
        "relatives_kv",
        "申请人：时玉兰\n配偶：韶建军\n子女：韶佳怡\n经办人：申立强\n",
        ["时玉兰", "韶建军", "韶佳怡"],
    ),
    (
        "household_grid",
        "户主\t家庭人口\t网格员\n毕春生\t4\t阮红梅\n汲桂兰\t2\t阮红梅\n",
        ["毕春生", "汲桂兰"],
    ),
    (
        "json_party_staff",
        '[{"sqr":"时玉兰","sfzh":"430102195503121229","jbr":"申立强"}]',
        ["时玉兰"],
    ),
    (
        "json_cn_party_staff",
        '[{"申请人":"时玉兰","身份证号":"430102195503121229","经办人":"申立强","审核人":"尤秀兰"}]',
        ["时玉兰"],
    ),
    (
        "xml_party_staff",
        "<记录><申请人>时玉兰</申请人><身份证号>430102195503121229</身份证号><经办人>申立强</经办人></记录>",
        ["时玉兰"],
    ),
    (
        "csv_party_staff",
        "序号,救助对象,身份证号,经办人\n1,时玉兰,430102195503121229,申立强\n2,禹长林,430102196202052219,申立强\n",
        ["时玉兰", "禹长林"],
    ),
    ("prose_party_and_cadre", "帮扶干部嵇国亮多次走访低保户毕春生家，了解其生活状况。", ["毕春生"]),
    (
        "service_party",
        "受送达人：宓桂芳\n送达人：夏永安、冼丽芳\n见证人：葛建军（邻居，13974561230）\n",
        ["宓桂芳", "葛建军"],
    ),
    (
        "students_teacher_tab",
        "序号\t学生姓名\t班级\t班主任\n1\t栗思琪\t三年级1班\t祁晓红\n2\t钭浩然\t三年级1班\t祁晓红\n",
        ["栗思琪", "钭浩然"],
    ),
    ("volunteers_list", "志愿者名单：璩晓雯、丰佳豪、亓梦洁\n", ["璩晓雯", "丰佳豪", "亓梦洁"]),
    (
        "exam_candidates_onecell",
        "考生名单\n序号\n姓名\n准考证号\n1\n阙梦瑶\n2024010203\n2\n宫子豪\n2024010204\n监考员：沙国庆\n",
        ["阙梦瑶", "宫子豪"],
    ),
    (
        "duty_with_caller_tab",
        "时间\t来电人\t来电事由\t值班员\n8:30\t邬春兰\t咨询低保\t苗春燕\n9:10\t储建华\t反映噪音\t苗春燕\n",
        ["邬春兰", "储建华"],
    ),
    (
        "grid_reporter_prose",
        "网格员阮红梅巡查时发现独居老人汲桂兰身体不适，及时联系了其女儿毕晓丽。",
        ["汲桂兰", "毕晓丽"],
    ),
    (
        "panel_and_applicant_kv",
        "申请人：荣少华\n评审专家：翟文涛、房淑芬\n",
        ["荣少华", "翟文涛", "房淑芬"],
    ),
    (
        "pipe_kv_staff_record",
        "| 项目 | 内容 |\n|---|---|\n| 当事人 | 司马丽 |\n| 承办人 | 郝振国 |\n| 审核人 | 尤秀兰 |\n",
        ["司马丽"],
    ),
    (
        "html_kv_record",
        "<table><tr><td>当事人</td><td>司马丽</td></tr><tr><td>承办人</td><td>郝振国</td></tr><tr><td>送达人</td><td>冼丽芳</td></tr></table>",
        ["司马丽"],
    ),
    ("staff_onecell_kv_record", "当事人\n司马丽\n承办人\n郝振国\n审核人\n尤秀兰\n", ["司马丽"]),
    (
        "recipients_with_xzgb",
        "序号\t户主姓名\t补贴金额\t包村干部\t村级经办人\n1\t毕春生\t1200\t嵇国亮\t戈建英\n2\t汲桂兰\t1200\t嵇国亮\t戈建英\n",
        ["毕春生", "汲桂兰"],
    ),
    (
        "rota_with_names_under_date_cols",
        "姓名\t职务\t值班日期\n冉建国\t科长\t6月1日\n项美玲\t科员\t6月2日\n",
        [],
    ),
    (
        "staff_roster_dept",
        "序号\t姓名\t职务\t科室\n1\t冉建国\t科长\t办公室\n2\t项美玲\t副科长\t财务科\n",
        [],
    ),
    (
        "missing_person_notice",
        "寻人启事：杭秋生，男，72岁，于5月3日走失，民警邴晓军提醒群众留意。",
        ["杭秋生"],
    ),
    (
        "hotel_desk_prose",
        "该宾馆前台值班员雷晓红未核验旅客身份证件，为旅客芦志鹏办理了入住。",
        ["雷晓红", "芦志鹏"],
    ),
    ("ktv_duty_prose", "对该场所消防控制室值班人员滑建伟（未持证上岗）处罚款500元。", ["滑建伟"]),
    (
        "owners_committee_roster",
        "职务\t姓名\t性别\t房号\t联系电话\n主任\t糜秀云\t女\t3幢1单元1201室\t13907311234\n委员\t殳建明\t男\t5幢2单元602室\t13907315678\n",
        ["糜秀云", "殳建明"],
    ),
    (
        "owners_committee_no_home",
        "职务\t姓名\t联系电话\n主任\t糜秀云\t13907311234\n委员\t殳建明\t13907315678\n",
        ["糜秀云", "殳建明"],
    ),
    (
        "family_jobs",
        "姓名\t与申请人关系\t工作单位\t职务\n车建军\t配偶\t某某物流公司\t司机\n车晓雨\t子女\t某某中学\t学生\n",
        ["车建军", "车晓雨"],
    ),
    (
        "recruits_post",
        "序号\t姓名\t性别\t岗位\t笔试成绩\n1\t綦嘉怡\t女\t会计\t78.5\n2\t仝浩宇\t男\t办事员\t76.0\n",
        ["綦嘉怡", "仝浩宇"],
    ),
    (
        "workers_post",
        "序号\t姓名\t岗位\t身份证号\t欠薪金额\n1\t隗建强\t钢筋工\t522727198203154417\t12000\n2\t兰德贵\t木工\t522727197711082318\t9800\n",
        ["隗建强", "兰德贵"],
    ),
    (
        "group_roster_units",
        "职务\t姓名\t工作单位\t办公电话\n组长\t封志国\t县教育局\t0797-6794230\n成员\t佘秋红\t县卫健委\t0797-6794231\n成员\t牧云飞\t县财政局\t0797-6794232\n",
        [],
    ),
    (
        "group_roster_pipe",
        "| 分工 | 姓名 | 所在科室 |\n|---|---|---|\n| 组长 | 封志国 | 办公室 |\n| 联络员 | 佘秋红 | 综合科 |\n",
        [],
    ),
    ("roster_posts_only_csv", "职务,姓名\n局长,封志国\n副局长,佘秋红\n", []),
    (
        "exam_staff_roster_post_rows",
        "岗位\t姓名\t工作单位\t办公电话\t考场\n主考\t封志国\t县教育局\t0797-6794230\t—\n巡视\t佘秋红\t县招生考试中心\t0797-6794231\t—\n监考员\t牧云飞\t某某中学\t0797-6794232\t第01考场\n",
        [],
    ),
    ("duty_kv_leaders", "值班领导：封志国\n带班领导：佘秋红\n", []),
    (
        "xml_exam_staff",
        "<考场><编号>01</编号><主考>封志国</主考><监考员>佘秋红</监考员><监考员>牧云飞</监考员></考场>",
        [],
    ),
    (
        "cheating_prose",
        "考生钭明远在考试中使用手机作弊，监考员佘秋红、牧云飞当场收缴，主考封志国到场确认。",
        ["钭明远"],
    ),
    (
        "exam_onecolumn_candidates_and_examiners",
        "考场\t考生姓名\t准考证号\t监考员\n第1考场\t钭明远\t2024010203\t佘秋红\n第1考场\t栗思彤\t2024010204\t佘秋红\n",
        ["钭明远", "栗思彤"],
    ),
    ("village_team_prose", "驻村工作队员牧云飞走访了脱贫户兰德贵家。", ["兰德贵"]),
    (
        "first_secretary_kv_and_household",
        "第一书记：封志国\n户主：兰德贵\n联系电话：13907319876\n",
        ["兰德贵"],
    ),
    ("post_word_not_name_json", '[{"当事人":"兰德贵","承办人":"封志国"}]', ["兰德贵"]),
    ("json_exam_staff", '[{"考场":"01","考生":"钭明远","监考员":"佘秋红"}]', ["钭明远"]),
    (
        "onecell_header_ends_with_staff",
        "领取名单\n姓名\n金额\n经办人\n樊桂英\n500\n申立强\n郜玉林\n600\n申立强\n",
        ["樊桂英", "郜玉林"],
    ),
    (
        "onecell_kv_post_after_id",
        "申请人\n郜玉林\n身份证号\n430102196202052219\n受理人\n申立强\n",
        ["郜玉林"],
    ),
    (
        "jobs_and_employers_with_mobiles",
        "序号\t工作单位\t姓名\t岗位\t联系电话\n1\t县人民医院\t郦春燕\t护士\t13757160001\n2\t县第一中学\t宓振华\t教师\t18958030002\n",
        ["郦春燕", "宓振华"],
    ),
    (
        "rota_leaders_and_duty_columns",
        "日期\t带班领导\t值班人员\n5月1日\t封志国\t牧云飞\n5月2日\t佘秋红\t牧云飞\n",
        [],
    ),
    (
        "onecell_register_with_window_clerk",
        "申请登记表\n\n登记编号\n申请人\n联系电话\n受理事项\n窗口受理人\n办理状态\n"
        "DJ2026001\n邝美华\n13907311111\n信用修复\n简立新\n已受理\n"
        "DJ2026002\n阎春生\n13907312222\n信用修复\n简立新\n已办结\n",
        ["邝美华", "阎春生"],
    ),
]

# cases still wrong, and why
KNOWN = {
    "relatives_kv": "a child under the bare label 子女 is not read as a name yet",
    "pipe_kv_staff_record": "a name of a compound surname and one sign in a two-column pipe record is missed",
    "hotel_desk_prose": "a hotel's desk clerk and guest in one sentence are missed (before this branch too)",
    "ktv_duty_prose": "a venue's duty worker penalised in prose is missed (before this branch too)",
    "family_jobs": "relatives in a table with their jobs are missed (before this branch too)",
}


def _names(text):
    if text.startswith("<"):
        return [
            text[f.start : f.end]
            for f in scan_html(text, allow=[], expressions=False)
            if f.type == "name"
        ]
    return [text[s:e] for _, s, e in found(text, ["name"])]


def _params():
    for case, text, expected in CASES:
        marks = [pytest.mark.xfail(reason=KNOWN[case], strict=True)] if case in KNOWN else []
        yield pytest.param(text, expected, id=case, marks=marks)


def test_the_battery_is_large_and_has_both_sides():
    assert len(CASES) >= 60
    assert len({c[0] for c in CASES}) == len(CASES)
    assert sum(1 for c in CASES if c[2]) >= 25  # positive counterparts
    assert sum(1 for c in CASES if not c[2]) >= 25  # staff only


@pytest.mark.parametrize(("text", "expected"), list(_params()))
def test_staff_and_persons(text, expected):
    assert sorted(_names(text)) == sorted(expected)
