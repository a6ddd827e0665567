"""The persons of courts', procuratorates' and enforcement papers (courtparties, issue 16).

Each fixture is marked as the held-out batches are (⟦name:…⟧ a private person, ⟦none:…⟧
a near miss): the names found are exactly the marked ones, the marked addresses are
found, and no near miss is taken as a name.
"""

import pytest

from .spans import found, heldout, luhn, rid

ID1, ID2, ID3 = rid("45030419951003151"), rid("45080219750615221"), rid("41132919680604296")
CARD = luhn("622848008812345678")

JUDGMENT = """民 事 判 决 书
（2025）桂0305民初1234号
原告：⟦name:覃丽娟⟧，女，1978年5月12日出生，壮族，住⟦address:桂林市七星区漓江路88号3栋2单元501室⟧。
委托诉讼代理人：⟦name:黄志明⟧，广西桂海律师事务所律师。
被告：⟦name:莫建华⟧，男，1980年3月2日出生，汉族，现住⟦address:桂林市临桂区西城南路19号金水湾小区7栋1102室⟧。
被告：⟦none:桂林市宏达建材有限公司⟧，住所地桂林市七星区建干路12号。
法定代表人：⟦none:李国强⟧，该公司总经理。
原告⟦name:覃丽娟⟧与被告⟦name:莫建华⟧、⟦none:桂林市宏达建材有限公司⟧民间借贷纠纷一案，本院公开开庭进行了审理。
⟦name:莫建华⟧辩称，借款已经归还。
审判员　⟦none:张伟⟧
法官助理　⟦none:刘芳⟧
书记员　　⟦none:王晓丽⟧
"""

NON_PROSECUTION = f"""不起诉决定书
被不起诉人⟦name:陆海洋⟧，男，1995年10月3日出生，公民身份号码{ID1}，住⟦address:桂林市象山区南门桥路22号⟧。
辩护人⟦name:邓永红⟧，广西漓江律师事务所律师。
本院认为，⟦name:陆海洋⟧实施了盗窃行为，但犯罪情节轻微，决定对⟦name:陆海洋⟧不起诉。
被告人⟦name:苏志勇⟧因交通肇事罪被判处有期徒刑一年。
检察官　⟦none:吴丽华⟧
"""

# a public body's agent acts in office; a two-character party's name before an act
AGENTS = """行政赔偿决定书
赔偿请求人：⟦name:文静⟧，女，1992年3月5日出生，住⟦address:梧州市万秀区大中路16号丽景花园2栋301室⟧。
委托代理人：⟦none:吴振⟧，该局法制大队民警。
委托代理人：⟦none:刘敏⟧，县人民政府办公室政务公开股股长。
赔偿请求人⟦name:文静⟧撤回申请，本院准许赔偿请求人⟦name:文静⟧撤回。
听取了赔偿义务机关的委托代理人⟦none:吴振⟧的陈述。
被申请人应当自收到本决定之日起十五日内履行。
"""

# officials named after their posts, several in one enumeration, in a text about a court
OFFICIALS = """关于公布执行干警联系方式的公告
我院执行局局长 ⟦none:潘海涛⟧，执行员 ⟦none:谢小兵⟧、⟦none:罗振华⟧，法官助理 ⟦none:龚丽⟧。
本案审判长为⟦none:韦建平⟧，审判员为⟦none:黄丽萍⟧、⟦none:陆强⟧，书记员为⟦none:杨帆⟧。
执行干警⟦none:马骏⟧、⟦none:韦小宝⟧到现场送达。
听证员：⟦none:张国华⟧（人民监督员）、⟦none:刘玉梅⟧（律师）
"""

# a record one cell a line: the name, its role alone, then its address of service
ONE_CELL = """诉讼费退费当事人信息（逐格导出）
当事人
诉讼地位
送达地址
手机

⟦name:向春生⟧
上诉人
⟦address:平江县城关镇人民路88号⟧
13907301234

⟦none:平江县某某农业发展有限公司⟧
被上诉人
平江县城关镇天岳大道6号
0730-6221234

⟦name:欧阳琼⟧
原告
⟦address:平江县三市镇新华街12号⟧
13807305678
"""

# the cause after a name, a property 名下 its owner, a guarantor, a call to the person
CAUSES = """执行公告
本院在执行申请执行人⟦name:包文强⟧与被执行人⟦name:卢梓⟧劳务合同纠纷一案中，依法拍卖被执行人⟦name:卢梓⟧名下位于⟦address:岳阳县荣家湾镇建设路15号⟧的房产。
申请人⟦name:游德胜⟧与被申请人⟦name:孔令伟⟧借款合同纠纷一案，由⟦name:曾繁荣⟧提供连带责任保证。
（2025）湘0621刑初88号被告人⟦name:汪磊曦⟧盗窃一案，被害人⟦name:柯小红⟧申请司法救助。
2025年5月6日电话联系⟦name:孔令伟⟧本人，告知履行期限。
"""

# a form of key and value by a tab: the keys are no names, the court's staff in office
TAB_FORM = f"""执行案款领取确认书
案号\t（2025）湘0621执455号
领款人\t⟦name:蔡文珊⟧
身份证号码\t{ID2}
收款账户户名\t⟦name:蔡文珊⟧
银行账号\t{CARD}
原预留电话\t0730-7621234
领款人签名\t⟦name:蔡文珊⟧
执行法官\t⟦none:许建平⟧
"""

# a register of officials under its heading; a column of pre-trial mediators
REGISTERS = """岳阳县人民法院诉讼服务指南
三、人民陪审员名单（2025年度）

⟦none:姚伟安⟧　⟦none:罗楷桐⟧　⟦none:钟琦兰⟧　⟦none:凌芊柏⟧

四、特邀调解员名册

⟦none:李静婧⟧　荣家湾镇人民调解委员会
⟦none:董晗安⟧　新墙镇司法所
"""

MEDIATOR_COLUMN = f"""下列债务人下落不明，本院依法公告送达支付令。

| 序号 | 案号 | 债务人 | 身份证号 | 诉前调解员 |
|---|---|---|---|---|
| 1 | （2025）湘0621民督18号 | ⟦name:宇文蕾芬⟧ | {ID3} | ⟦none:司马振国⟧ |
| 2 | （2025）湘0621民督25号 | ⟦name:甄煜蕾⟧ | {rid("41132919851118126")} | ⟦none:冉德明⟧ |
| 3 | （2025）湘0621民督31号 | ⟦name:孔令伟⟧ | {rid("43062119770212351")} | ⟦none:冉德明⟧ |
"""

# the role first, one cell a line: the name after it, then its address
ROLE_FIRST = """执行案件当事人信息表（逐格）
诉讼地位
当事人
住址
联系电话

申请执行人
⟦name:龙德斌⟧
⟦address:会同县林城镇团结路66号⟧
13974512345

被执行人
⟦name:杨翠华⟧
⟦address:会同县若水镇长寨村4组18号⟧
15874523456
"""

CRIMINAL = """刑事附带民事判决书
附带民事诉讼原告人⟦name:舒红英⟧，女，1970年生，侗族，住⟦address:会同县高椅乡高椅村6组21号⟧。
被告人⟦name:唐志勇⟧，男，1985年生，无业，住⟦address:会同县林城镇城北路12号⟧，因涉嫌故意伤害罪被刑事拘留。
指定辩护人⟦name:梁晓峰⟧，湖南会同律师事务所律师。
会同县人民检察院指派检察员⟦none:杨开明⟧出庭支持公诉，附带民事诉讼原告人⟦name:舒红英⟧、被告人⟦name:唐志勇⟧及其辩护人⟦name:梁晓峰⟧到庭参加诉讼。
⟦name:唐志勇⟧对起诉书指控的事实无异议。
审判长　⟦none:向明华⟧
人民陪审员　⟦none:粟大海⟧
书记员　⟦none:易小红⟧
"""

FIXTURES = [
    JUDGMENT,
    NON_PROSECUTION,
    AGENTS,
    OFFICIALS,
    ONE_CELL,
    CAUSES,
    TAB_FORM,
    REGISTERS,
    MEDIATOR_COLUMN,
    ROLE_FIRST,
    CRIMINAL,
]


@pytest.mark.parametrize("marked", FIXTURES)
def test_the_marked_names_exactly_and_the_addresses(marked):
    doc = heldout().parse("fixture.txt", marked)
    got = found(doc.text, ["name", "address"])
    want_names = sorted(("name", s, e) for s, e, k in doc.labels if k == "name")
    assert sorted(g for g in got if g[0] == "name") == want_names
    for s, e, k in doc.labels:
        if k == "address":
            assert ("address", s, e) in got, doc.text[s:e]


def test_a_unit_party_and_its_legal_representative_stay_clean():
    text = "申请执行人桂林银行股份有限公司临桂支行与被执行人韦东升、桂林市宏达建材有限公司买卖合同纠纷一案"
    got = [doc for doc in found(text, ["name"])]
    pieces = [text[s:e] for _, s, e in got]
    assert pieces == ["韦东升"]


def test_masked_parties_stay_clean():
    text = "本院受理原告张某诉被告李某某、王某民间借贷纠纷一案，被告李某某辩称借款已还。"
    assert found(text, ["name"]) == []


def test_a_longer_name_is_not_cut_to_a_party_named_before():
    # "储蓉" is a party; "储蓉芳" another person named later (no act after the two)
    text = "申请人储蓉、储彬（姐弟）申请公开。补偿协议涉及其他继承人储蓉芳的个人信息，已征求意见。"
    pieces = [text[s:e] for _, s, e in found(text, ["name"])]
    assert "储蓉芳" in pieces and pieces.count("储蓉") == 1


def test_words_after_a_role_are_no_names_and_a_copula_is_no_part_of_one():
    text = (
        "执行公告\n申请人多次向本院反映，被申请人应当自收到本通知之日起履行。\n"
        "另两位申请人为阿依古丽·吐尔逊、戚玉凤，均住本县。"
    )
    pieces = [text[s:e] for _, s, e in found(text, ["name"])]
    assert "多次" not in pieces and "应当" not in pieces
    assert "为阿依古丽·吐尔逊" not in pieces
