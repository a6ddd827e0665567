"""Whose a mailbox is by the party it stands with (mailparties): a lawyer's or an agent's box
on a firm's domain, a letter's sender's box, one the addressee left with the office are the
person's; a box readers are told to write to, or where the office counts its mails, is the
unit's."""

from gongkai.privacy.tests.spans import at, found

MAIL = ["email"]


def test_lawyer_assigned_in_prose_keeps_box_on_firm_domain():
    text = (
        "三、申请人周海涛与某物业公司服务合同纠纷一案，指派本县明德律师事务所"
        "孙立群律师（执业证号14501201811223344）承办，电子邮箱sunliqun@mingdelaw.cn。\n"
    )
    assert found(text, MAIL) == [at(text, "email", "sunliqun@mingdelaw.cn")]


def test_lawyer_served_in_aligned_record_keeps_box_not_the_firm_landline_note():
    text = (
        "送达名单：\n"
        "受送达人：贺文斌律师    送达地址：某市西城区建设路8号（律所）    "
        "电子送达邮箱：hewb_law@sina.cn\n"
        "受送达人：某县自然资源局    电子送达邮箱：zrzyj_fz@163.com（单位）\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "hewb_law@sina.cn") in got
    assert at(text, "email", "zrzyj_fz@163.com") not in got


def test_agent_row_of_pipe_table_and_tab_table():
    pipe = (
        "| 当事人 | 送达地址 | 电子邮箱 |\n"
        "| 代理人钱雅琴 | 某市人民路12号正衡律师事务所 | qianyaqin@zhenghenglaw.com |\n"
    )
    assert found(pipe, MAIL) == [at(pipe, "email", "qianyaqin@zhenghenglaw.com")]
    tab = "身份\t单位\t邮箱\n委托代理人：郑国栋\t某某律师事务所\tzhenggd@hxlawfirm.com\n"
    assert found(tab, MAIL) == [at(tab, "email", "zhenggd@hxlawfirm.com")]


def test_firms_own_box_beside_a_lawyer_stays_the_firms():
    text = "指派宏远律师事务所唐明律师承办，律所邮箱：hongyuan_office@163.com。\n"
    assert found(text, MAIL) == []


def test_sender_of_a_complaint_by_mail_after_a_hotline():
    text = (
        "刘建平先生：\n"
        "    您于2026年9月3日通过12345热线及电子邮件（lijianping77@126.com）反映的"
        "小区供暖不热问题，我局已受理。\n"
    )
    assert found(text, MAIL) == [at(text, "email", "lijianping77@126.com")]
    other = "经查，谢丽于3月5日以电子邮件（xieli_1990@qq.com）提交了书面说明。\n"
    assert found(other, MAIL) == [at(other, "email", "xieli_1990@qq.com")]


def test_invitation_to_write_by_mail_is_the_units_channel():
    text = "对公示内容有异议的，请通过电子邮件（sxjyj_gs@163.com）提交书面意见。\n"
    assert found(text, MAIL) == []


def test_box_the_addressee_left_with_the_office():
    text = "王秀芝：\n    你在办理开户时登记的电子邮箱wangxz_1962@163.com多次退信，请及时更新。\n"
    assert found(text, MAIL) == [at(text, "email", "wangxz_1962@163.com")]
    letter = (
        "黄立新：\n"
        "你于2026年5月申请查询档案（来信留存电话0817-5566778，电子邮箱"
        "3386621450@qq.com）。经查，……\n"
    )
    assert at(letter, "email", "3386621450@qq.com") in found(letter, MAIL)


def test_readers_told_to_write_to_a_free_mail_box_after_persons_rows():
    text = (
        "| 序号 | 姓名 | 联系电话 |\n"
        "| 1 | 宋玉兰 | 13907415566 |\n"
        "| 2 | 韩德胜 | 15874120033 |\n"
        "注：当事人对结果有异议的，也可发送邮件至qxylbz_xzk@126.com，或致电0745-2233445。\n"
        "本人亦可寄信件至 qxylbz_xzk@126.com 说明。\n"
    )
    assert found(text, MAIL) == []


def test_mails_counted_at_the_offices_box():
    text = "征集期间共收到来电9个、电子邮件23封（xzdmb@126.com），均已逐条研究。\n"
    assert found(text, MAIL) == []


def test_persons_box_in_a_row_is_not_taken_for_an_invitation():
    text = "申请人：林晓燕，联系电话13612345678，电子邮箱linxiaoyan88@163.com。\n"
    assert found(text, MAIL) == [at(text, "email", "linxiaoyan88@163.com")]


def test_kin_or_home_bracket_keeps_a_work_box_as_the_persons():
    text = (
        "第二联系人：方晓梅（女儿，现居浙江省宁波市，15906781234，单位邮箱"
        "fang_xm@nbhuatai.com.cn）\n"
    )
    assert found(text, MAIL) == [at(text, "email", "fang_xm@nbhuatai.com.cn")]
    moved = (
        "退出成员：鲁振华（已调往外省工作，新单位邮箱luzhenhua@sdkyy.com，"
        "家中电话0531-88776655）。\n"
    )
    assert at(moved, "email", "luzhenhua@sdkyy.com") in found(moved, MAIL)


def test_officials_bracket_with_the_offices_shared_box_stays_the_units():
    text = "联系人：葛建国（县档案馆馆员，公共邮箱：xdag_ly@163.com）\n"
    assert found(text, MAIL) == []


def test_former_mailbox_of_an_applicant_form():
    one_cell = (
        "申报表\n姓名｜邓一凡\n创业主体｜某县小凡农产品电商服务站\n曾用邮箱｜yifan.deng@qq.com\n"
    )
    assert found(one_cell, MAIL) == [at(one_cell, "email", "yifan.deng@qq.com")]
    tab = "现用邮箱\tdengyf@163.com\n曾用电子邮箱\tdeng.old@126.com\n"
    assert at(tab, "email", "deng.old@126.com") in found(tab, MAIL)


def test_heirs_record_one_field_a_line_keeps_its_mailbox():
    text = (
        "业务编号：NJ-2026-0412\n"
        "姓名：罗德全（已故）\n"
        "原工作单位：某县水利局\n"
        "继承人1：罗佳（女儿）\n"
        "继承人联系电话：13974125566\n"
        "电子邮箱：luojia_0909@163.com\n"
    )
    assert at(text, "email", "luojia_0909@163.com") in found(text, MAIL)
    unit = "办理单位：某县社会保险事业管理局\n咨询电话：0745-6612345\n电子邮箱：xsbj_zynj@163.com\n"
    assert found(unit, MAIL) == []


def test_public_call_labels_are_the_units_but_a_registrants_box_is_theirs():
    text = "意见征集邮箱：xjzj_2026@163.com\n报名邮箱：bm_wtj@126.com，报名截止11月30日。\n"
    assert found(text, MAIL) == []
    person = "报名人：郭晓燕　报名人邮箱：guoxiaoyan92@163.com\n"
    assert found(person, MAIL) == [at(person, "email", "guoxiaoyan92@163.com")]


def test_one_box_in_many_persons_rows_is_their_units():
    pipe = (
        "| 姓名 | 单位 | 邮箱 |\n"
        "| 张志强 | 县文旅局 | xwlj_bgs@163.com |\n"
        "| 李秀英 | 县文旅局 | xwlj_bgs@163.com |\n"
        "| 王建华 | 县文旅局 | xwlj_bgs@163.com |\n"
        "| 赵海燕 | 县图书馆 | zhaohy_1985@126.com |\n"
    )
    assert found(pipe, MAIL) == [at(pipe, "email", "zhaohy_1985@126.com")]
    csv = (
        "序号,姓名,所在单位,电子邮箱\n"
        "1,陈国平,某镇卫生院,zwsy_office@163.com\n"
        "2,刘红梅,某镇卫生院,ZWSY_office@163.com\n"
        "3,黄志勇,某镇卫生院,zwsy_office@163.com\n"
    )
    assert found(csv, MAIL) == []


def test_a_box_in_two_rows_stays_a_persons():
    text = (
        "姓名\t关系\t邮箱\n周子涵\t本人\tzhouzh_2008@163.com\n周子墨\t弟弟\tzhouzh_2008@163.com\n"
    )
    box = "zhouzh_2008@163.com"
    second = text.index(box) + 1
    assert found(text, MAIL) == [at(text, "email", box), at(text, "email", box, second)]


def test_the_office_sending_by_its_own_box_is_no_party():
    text = "我局于2026年4月2日通过电子邮件（xzfj_bgs@163.com）提交了整改报告。\n"
    assert found(text, MAIL) == []
    citizen = "市民于2026年4月2日通过电子邮件（chenmin_0402@126.com）反映噪声扰民。\n"
    assert found(citizen, MAIL) == [at(citizen, "email", "chenmin_0402@126.com")]


def test_a_writer_asking_to_be_answered_by_mail_gives_their_own_box():
    # a citizen's reply address is no office's inbox, though "发邮件至/到" stands before it
    for text, box in (
        (
            '"RC2026111","2026-11-15 15:45","皇甫芳伟","16671014595","咨询博士后补贴，'
            '请回电或发邮件至sun_sun11@163.com","已电话答复"\n',
            "sun_sun11@163.com",
        ),
        (
            "县红十字会：我叫赖永涵，退休教师。请回信到我家，或打我家里电话0319 2341204，"
            "也可以发邮件到guoqing.1966@126.com。\n",
            "guoqing.1966@126.com",
        ),
        ("来信人留言：望尽快回复本人，可发送邮件至lixiaomei88@qq.com。\n", "lixiaomei88@qq.com"),
    ):
        assert found(text, MAIL) == [at(text, "email", box)], text
    office = "如对本答复有异议，也可发送邮件至rsj_xf@163.com，我局将在五个工作日内回复。\n"
    assert found(office, MAIL) == []


def test_an_office_offering_a_written_reply_keeps_its_inbox():
    text = "需要书面回复的，可发送邮件至rsj_xf@163.com，注明姓名和联系方式。\n"
    assert found(text, MAIL) == []
