"""Persons named by their name's word, numbered items opening with persons, names cut
before how the person acted, donors, kin before 在/随调, signatures alone on a line
(issue 16, after docs67–docs70)."""

from .spans import at, found, names

# --- a name's word: 生母名X, 名叫X, 曾用名X ------------------------------------------


def test_kin_and_former_names_after_the_word_for_a_name():
    text = (
        "（三）寻亲人自述：其亲生父亲疑名孔海生，亲生母亲名白雪，姐姐名叫卞秀枝。"
        "孩子走失时名叫朱小满，乳名“毛豆”。\n"
    )
    # (a child's milk name identifies the child as well)
    assert found(text, {"name"}) == names(text, "孔海生", "白雪", "卞秀枝", "朱小满", "毛豆")


def test_a_given_name_that_is_a_word_after_the_word_for_a_name():
    text = "据知情人回忆，其生父名石磊，生母名夏天，老家在本县东乡一带。\n"
    assert found(text, {"name"}) == names(text, "石磊", "夏天")


def test_former_names_in_brackets_and_quotes():
    text = (
        "申请人冉玉梅（曾用名：冉玉可）要求更正户口登记项目。"
        "1958年出生时家里给我起名“谭保根”，上学后一直用现名。\n"
    )
    got = found(text, {"name"})
    assert names(text, "冉玉可")[0] in got
    assert names(text, "谭保根")[0] in got


def test_words_after_the_word_for_a_name_are_no_persons():
    text = (
        "其母亲名下房产两处，父亲名义上的户主已变更；原名城关镇的街道改名为城东街道。"
        "子女名单附后，起名“金穗工程”的项目已完工，该村原名黄泥湾。"
        "该项目取名“幸福里”，学校原名城南中学，该品种又名“黄金叶”，别名“金不换”。\n"
    )
    assert found(text, {"name"}) == []


# --- numbered items opening with persons -------------------------------------------


def test_items_opening_with_persons_before_a_gap():
    text = (
        "决定对以下5名同志予以通报表彰：\n"
        "1. 龚晓婷　退休职工。2025年8月在公园救起落水儿童。\n"
        "2. 林海　社区网格员。2025年5月在车站实施心肺复苏。\n"
        "3. 谭建明　出租车司机。2025年3月在城南路扑灭车辆火情。\n"
        "4. 隗德宝　大学生志愿者。2025年6月在河边救起落水群众。\n"
        "5. 向阳　个体工商户。2025年9月在集市救助突发疾病老人。\n"
    )
    assert found(text, {"name"}) == names(text, "龚晓婷", "林海", "谭建明", "隗德宝", "向阳")


def test_items_opening_with_persons_before_a_bracket_or_a_comma():
    text = (
        "授予下列同志“优秀志愿者”称号：\n"
        "（1）范厚（某建设有限公司员工）\n"
        "（2）邹丽娟（城关镇居民）\n"
        "（3）蒯婷涛，女，某物流公司司机\n"
        "（4）戴英全（县人民医院退休医生）\n"
    )
    assert found(text, {"name"}) == names(text, "范厚", "邹丽娟", "蒯婷涛", "戴英全")


def test_items_opening_with_persons_before_the_same_word():
    text = (
        "现将以下寻亲信息予以发布：\n"
        "1．柏秀英寻找亲生父母。1976年前后在老街走失。\n"
        "2．夏天寻找亲生儿子。1985年前后孩子在码头走失。\n"
        "3．司马文杰寻找被送养的弟弟。\n"
        "4．梁丽华寻找亲生女儿。孩子约3岁时被人抱走。\n"
    )
    assert found(text, {"name"}) == names(text, "柏秀英", "夏天", "司马文杰", "梁丽华")


def test_items_of_headings_goods_and_officials_are_no_persons():
    headings = "1. 高度重视，加强领导。\n2. 严格落实，压实责任。\n3. 加强宣传，营造氛围。\n"
    trees = "1、杨树　500株，单价20元\n2、梅花　200株\n3、柳树，100株\n4、桃树，80株\n"
    officials = (
        "领导分工如下：\n1. 王建国　县委书记，主持全面工作。\n"
        "2. 李志明　县长，负责政府工作。\n3. 张海涛　县委副书记，负责党建。\n"
    )
    tasks = "1．县财政局负责资金保障。\n2．县民政局负责对象认定。\n3．各乡镇负责组织实施。\n"
    for text in (headings, trees, officials, tasks):
        assert found(text, {"name"}) == [], text


# --- where a name ends: 实施, 立即; donors; kin -----------------------------------------


def test_a_name_ends_before_how_the_person_acted():
    text = "群众郜珊实施心肺复苏，群众李蕾立即报警，群众罗玉娟及时拨打急救电话。\n"
    assert found(text, {"name"}) == names(text, "郜珊", "李蕾", "罗玉娟")


def test_a_name_of_three_keeps_its_third_before_other_words():
    text = "群众王建立下午来访，群众何国实反映情况。\n"
    got = found(text, {"name"})
    assert names(text, "王建立")[0] in got


def test_donors_and_whom_a_gift_helped():
    text = (
        "（1）捐赠人简珂，退款金额880.00元；\n"
        "善款已转入受助人苟志芬本人社会保障卡账户。\n"
        "捐赠人服务中心电话另行公布；受助人员名单附后。\n"
    )
    assert found(text, {"name"}) == names(text, "简珂", "苟志芬")


def test_a_relative_of_two_before_in_and_a_spouse_moved_with():
    text = "其女儿訾若涵、姐姐甘峤在悲痛中签署同意书。其配偶焦然博随调安置。\n"
    got = found(text, {"name"})
    for name in ("甘峤", "焦然博"):
        assert names(text, name)[0] in got
    assert found("其女儿高中在读，儿子大学毕业。\n", {"name"}) == []


def test_a_senders_signature_alone_on_its_line():
    text = (
        "发件人：植珂 <zhike1984@163.com>\n收件人：人才服务中心\n主题：人才公寓\n正文：\n"
        "请问专家库入库后是否需要每年参加培训？\n植珂\n\n回复：已于11月22日回复。\n"
    )
    assert [f for f in found(text, {"name"})] == [
        ("name", 4, 6),
        ("name", text.index("\n植珂\n") + 1, text.index("\n植珂\n") + 3),
    ]


def test_items_numbered_in_chinese_opening_with_persons():
    text = (
        "经研究，授予下列同志“见义勇为先进个人”称号：\n\n"
        "一、常青松（城南街道居民）：2025年7月跳入河中救起落水儿童。\n"
        "二、白鸽，女，1998年生，大学生志愿者。\n"
        "三、欧阳慧敏（某物流有限公司员工）：冒险扑灭车辆火情。\n"
        "四、鲍立军（县第二中学教师）：协助民警制服持刀人员。\n"
        "十、本决定自印发之日起施行。\n"
    )
    assert found(text, {"name"}) == names(text, "常青松", "白鸽", "欧阳慧敏", "鲍立军")


def test_chapters_numbered_in_chinese_are_no_persons():
    text = (
        "一、基本情况\n全县共有…\n二、主要做法\n（一）高度重视，强化组织领导。\n"
        "（二）严格标准，规范评审程序。\n（三）加强宣传，营造良好氛围。\n三、存在问题\n"
    )
    assert found(text, {"name"}) == []


def test_a_family_member_and_a_reviewing_expert_in_a_reply():
    text = "受助人及其家人贲淑明已出具收条。本办组织专家靳芳昕、贺红等五人复核评审。\n"
    assert found(text, {"name"}) == names(text, "贲淑明", "靳芳昕", "贺红")
    near = "家人同意后办理，家人陪同前往；经专家评审、专家组论证，入选专家库的专家学者共12名。\n"
    assert found(near, {"name"}) == []


def test_a_known_name_again_before_about_and_an_age():
    text = "寻亲人寻找被送养的妹妹屈桂。1994年前后，屈桂约4岁时被送往外地抚养。\n"
    assert found(text, {"name"}) == names(text, "屈桂", "屈桂")


def test_items_closed_by_a_bracket_opening_with_persons_at_a_tab():
    text = (
        "拟认定为高层次人才人选名单如下：\n"
        "1）\t卓佳梓\t女\t某新材料有限公司研发部部长\n"
        "2）\t向嘉\t男\t某食品有限公司首席技师\n"
        "3）\t木沙江·阿不都热合曼\t男\t县人民医院主任医师\n"
        "4）\t邢宇梅\t女\t某中学高级教师\n"
    )
    assert found(text, {"name"}) == names(text, "卓佳梓", "向嘉", "木沙江·阿不都热合曼", "邢宇梅")


def test_a_numbered_list_of_officials_with_their_office_phones_names_nobody():
    text = (
        "附：兼职仲裁员名单\n"
        "1. 余莲刚　某县人民法院　办公电话0797-8679602\n"
        "2. 钮菊军　某县总工会　办公电话0797-8653946\n"
        "3. 黎建峰　某县司法局　办公电话0797-8652211\n"
        "4. 宋俊　某县人社局　办公电话0797-8660038\n"
    )
    assert found(text, ["name"]) == []


def test_a_name_before_wages_ends_before_the_wages():
    text = "四、支付申请人薛伟工资16,000元、经济补偿金20,700元；\n"
    assert found(text, ["name"]) == [at(text, "name", "薛伟")]
