"""Units' landlines in lists of institutions, and mailboxes told a unit's from a
person's by their label or line (issue 16, after the twelfth held-out batch).

Every fixture is written for these tests (other places, institutions and numbers than
the held-out documents'); each asserts the exact spans found and the near misses left
alone.
"""

import pytest

from .spans import at, found, rid

# --- a landline in a row or line whose subject is an institution -----------------------


@pytest.mark.parametrize(
    "text",
    [
        # a table of designated pharmacies and clinics, full-width bars, codes before the phone
        "单位名称｜机构编码｜地址｜联系电话｜联络员\n"
        "临沧西市博尚镇中心卫生院｜H53092100411｜临沧西市博尚镇振兴路6号｜0883-2160412｜段丽娟\n"
        "临沧西市百草堂药店（南屏店）｜P53092100722｜临沧西市南屏街道旗山路33号｜0883-2175530｜罗文\n"
        "临沧西市杏林口腔诊所｜H53092100930｜临沧西市凤翔街道学府路8号｜0883-2139917｜赵雪",
        # tab-separated bank branches with a row number
        "序号\t网点名称\t营业地址\t咨询电话\n"
        "1\t农商银行城关支行\t永福南县城关镇解放路71号\t0773-8512306\n"
        "2\t永福南县罗锦镇营业厅\t永福南县罗锦镇新街3号\t0773-8631142",
        # a numbered list of schools in prose lines
        "　　（1）永福南县第二小学，地址：城关镇育才路5号，电话：0773-8514471；\n"
        "　　2．永福南县罗锦镇中心幼儿园，地址：罗锦镇新街18号，联系电话0773-8639205。",
        # a unit named as the subject of its own contact sentence
        "对处理结果不服的，可向本所申请复议。城东派出所地址：柳江西区拉堡镇柳堡路20号，"
        "电话：0772-7212093。",
    ],
)
def test_institutions_landlines_are_theirs(text):
    assert found(text, {"landline"}) == []


def test_a_persons_landline_in_a_record_stays_found():
    id_a = rid("45022119780312401")
    text = (
        "姓名｜身份证号｜工作单位｜联系电话\n"
        f"韦春兰｜{id_a}｜柳江西区人民医院｜0772-7215530\n"
        "县第一中学｜覃志明｜高二（3）班｜0772-7318846\n"
        "　　3．柳江西区惠民药店，负责人家庭电话0772-7260419。\n"
        "　　申请人覃国华，柳江西区拉堡镇人，电话：0772-7284410。"
    )
    assert found(text, {"landline"}) == [
        at(text, "landline", "0772-7215530"),
        at(text, "landline", "0772-7318846"),
        at(text, "landline", "0772-7260419"),
        at(text, "landline", "0772-7284410"),
    ]


# --- a mailbox: a unit's by its line or domain, a person's by its own label ---------------


@pytest.mark.parametrize(
    "text",
    [
        # a newspaper's public channel on the mailbox's line
        "　　广告热线：0736-7225410（工作日）　邮箱：cdwbgg@126.com",
        "　　来稿请寄编辑部，投稿邮箱：lyrb_tougao@sina.com。",
        # a government's or organisation's domain outside a person's row
        "　　意见请发送至县自然资源局，邮箱：zrzyj@ly.gov.cn，传真另行通知。",
        "　　联合会秘书处　mishuchu@xhxh.org.cn",
    ],
)
def test_units_mailboxes_are_no_personal_data(text):
    assert found(text, {"email"}) == []


def test_a_persons_own_mailbox_stays_found():
    text = (
        "　　4．临沧西市济民诊所，负责人李秀芬，个人联系邮箱jiminlxf@163.com（诊所无对公邮箱）。\n"
        "姓名|毕业院校|专业|邮箱\n何明|临沧师范学院|汉语言文学|heming77@stu.lc.edu.cn\n"
        "　　申请人杨帆，手机13987023361，邮箱yangfan_ly@126.com，投诉电话另附。"
    )
    assert found(text, {"email"}) == [
        at(text, "email", "jiminlxf@163.com"),
        at(text, "email", "heming77@stu.lc.edu.cn"),
        at(text, "email", "yangfan_ly@126.com"),
    ]
