"""Offices' lines in reply letters and registers, and mailboxes of exported mail headers
(replycontacts): exact spans found, units' lines left clean."""

from gongkai.privacy.tests.spans import at, found

PHONES = ["landline", "mobile"]


def test_institution_label_beside_a_persons_mobile():
    text = (
        "代表回执\n联系方式：13907451234；合作社电话0745-3312456\n"
        "提案人\t界别\t联系电话\n周某甲\t教育界\t15873021468；学校（0745）3320019\n"
        "卫生院座机：0745-3318800，本人手机18607450011\n"
    )
    got = found(text, PHONES)
    assert at(text, "mobile", "13907451234") in got
    assert at(text, "mobile", "15873021468") in got
    assert at(text, "mobile", "18607450011") in got
    assert not [g for g in got if g[0] == "landline"]


def test_a_persons_home_line_after_a_mobile_stays():
    text = "我的电话18974512345，家里座机0745-3356712；房东住宅电话（0769）22581473。"
    got = found(text, PHONES)
    assert at(text, "landline", "0745-3356712") in got
    assert at(text, "landline", "（0769）22581473") in got


def test_a_lawyers_firm_phone_is_the_firms():
    text = (
        "委托代理人：欧阳某某，湖南某某律师事务所律师，联系电话0745-2289911。\n"
        "代理人：钱某某，某某法律服务所法律工作者，电话：(0745)2260018，手机13575120098。\n"
    )
    got = found(text, PHONES)
    assert not [g for g in got if g[0] == "landline"]
    assert at(text, "mobile", "13575120098") in got


def test_a_persons_phone_after_an_unrelated_comma_stays():
    text = "申请人：孟某某，住某县城关镇新华路12号，联系电话0745-3377129。"
    assert at(text, "landline", "0745-3377129") in found(text, PHONES)


def test_register_sign_off_line_gives_the_offices_number():
    text = (
        "序号\t申请人\t联系电话\n1\t甘某某\t0745-3391234\n"
        "制表人：办公室 某某；审核：某某。本表电话：0745-3310001\n"
        "<tfoot><tr><td>登记人：接待科 某某；复核人：某某 联系电话 （0745）3310002</td></tr></tfoot>\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0745-3391234") in got
    assert at(text, "landline", "0745-3310001") not in got
    assert at(text, "landline", "（0745）3310002") not in got


def test_handling_office_column_in_a_register():
    text = (
        "编号\t标题\t领衔人\t领衔人联系电话\t领衔人通讯地址\t承办单位\t承办单位联系人电话\n"
        "1\t关于修缮村道的建议\t柯秋生\t13974561230\t某县城关镇新华路12号\t县交通运输局\t0745-3312233\n"
        "2\t关于增设公交站点的建议\t符某某\t0745-3398765\t某县城关镇人民路8号\t县住建局\t0745-3315566\n"
    )
    got = found(text, PHONES)
    assert at(text, "mobile", "13974561230") in got
    assert at(text, "landline", "0745-3398765") in got
    assert at(text, "landline", "0745-3312233") not in got
    assert at(text, "landline", "0745-3315566") not in got


def test_mail_header_recipients():
    text = (
        "发件人：某县自然资源局 <zrzyj@mouxian.gov.cn>\n"
        "收件人：hu.dongmei88@163.com\n"
        "抄送：tian_ye2001@outlook.com; bgs@mouxian.gov.cn; 某某科技有限公司 <service@kejitech.com>\n"
        "主题：答复告知\n\n胡某某您好：附件为答复书。\n"
    )
    got = found(text, ["email"])
    assert at(text, "email", "hu.dongmei88@163.com") in got
    assert at(text, "email", "tian_ye2001@outlook.com") in got
    assert at(text, "email", "service@kejitech.com") not in got
    assert at(text, "email", "bgs@mouxian.gov.cn") not in got
    assert at(text, "email", "zrzyj@mouxian.gov.cn") not in got


def test_english_mail_headers():
    text = "From: Office <office@mouxian.gov.cn>\nTo: li_xiaoqing@126.com\nCc: wangfang77@qq.com\n"
    got = found(text, ["email"])
    assert at(text, "email", "li_xiaoqing@126.com") in got
    assert at(text, "email", "wangfang77@qq.com") in got


def test_a_members_own_mobile_beside_the_centre_he_runs():
    text = (
        "提案号\t提案人\t界别\t工作单位\t提案人联系电话\t承办单位\n"
        "2026011\t钟离春华\t社会福利界\t某县安康养老服务中心\t13574129087（中心电话0745-3361200）\t县民政局\n"
    )
    got = found(text, PHONES)
    assert at(text, "mobile", "13574129087") in got
    assert at(text, "landline", "0745-3361200") not in got


def test_an_employer_on_the_line_above_leaves_the_home_line():
    text = "姓名\n单位\n电话\n—\n钱某某\n县人民医院\n0745-3378812（家）\n"
    assert at(text, "landline", "0745-3378812") in found(text, ["landline"])


def test_a_schools_office_mailbox_in_a_members_row_is_the_schools():
    text = (
        "提案号\t提案人\t界别\t提案人联系电话\t提案人电子邮箱\n"
        "2026052\t左丘明霞\t教育界\t15173021469\tyzxbgs@mouxian.edu.cn\n"
        "2026053\t端木青\t教育界\t15173021470\tduanmu.qing@163.com\n"
    )
    got = found(text, ["email", "mobile"])
    assert at(text, "mobile", "15173021469") in got
    assert at(text, "email", "yzxbgs@mouxian.edu.cn") not in got
    assert at(text, "email", "duanmu.qing@163.com") in got


def test_a_teachers_college_mailbox_in_her_row_is_the_colleges():
    # the convention (PRIV.md, the batches' READMEs): .edu.cn/.org.cn mailboxes are units'
    text = "姓名\t电话\t邮箱\n上官晴\t13973120018\tshangguan.qing@hnu.edu.cn\n"
    assert found(text, ["email"]) == []


def test_sample_and_mistyped_government_mailboxes():
    text = (
        "填写示例：电子邮箱：sample@sample.cn。\n"
        "原告称其发至bgs@mouxian.gov.com，系地址填写错误；其本人邮箱为pengli1988@qq.com。\n"
    )
    got = found(text, ["email"])
    assert at(text, "email", "sample@sample.cn") not in got
    assert at(text, "email", "bgs@mouxian.gov.com") not in got
    assert at(text, "email", "pengli1988@qq.com") in got


def test_the_addressees_address_in_a_reply():
    text = (
        "原件另以挂号信寄至您申请时所留地址（青溪县石门街道滨江路56号），请注意查收。\n"
        "申请人公孙秀兰的联系方式：岳州市芙蓉区东屯街道远大中路168号，13907310045。\n"
        "我局已将告知书寄往你们所填住址：青溪县白沙镇沿河西街21号。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "青溪县石门街道滨江路56号") in got
    assert at(text, "address", "岳州市芙蓉区东屯街道远大中路168号") in got
    assert at(text, "address", "青溪县白沙镇沿河西街21号") in got


def test_an_offices_or_a_firms_address_in_a_reply_stays_clean():
    text = (
        "如有疑问，您可来本机关地址（青溪县石门街道人民路1号）咨询。\n"
        "你单位地址：青溪县经开区工业大道18号，请于十日内回复。\n"
        "请您将材料寄至本局办公地址：青溪县石门街道建设路6号。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "青溪县石门街道人民路1号") not in got
    assert at(text, "address", "青溪县经开区工业大道18号") not in got
    assert at(text, "address", "青溪县石门街道建设路6号") not in got
