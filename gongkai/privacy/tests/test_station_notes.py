"""Persons noted by a public station or office alone, or as a place's grid worker
(``stationnotes``, privfix26b): they stand for it; a firm's lawyer, a clinic's doctor and a
note describing the person keep their names."""

from gongkai.privacy.tests.spans import at, found, rid

_ID = rid("51172219760312443")


def test_one_cell_a_line_a_post_supervisor_noted_by_a_township_station():
    text = (
        "序号\n姓名\n身份证号\n岗位\n管理人\n"
        f"1\n冉德秀\n{_ID}\n护林员\n罗永胜（乡农经站）\n"
        f"2\n庞春林\n{rid('51172219690705228')}\n保洁员\n罗永胜（乡农经站）\n"
        f"3\n付兰英\n{rid('51172219811120664')}\n护路员\n熊国富（大河镇自然资源所）\n"
    )
    got = found(text, ["name"])
    for n in ("冉德秀", "庞春林", "付兰英"):
        assert at(text, "name", n) in got, n
    assert at(text, "name", "罗永胜") not in got
    assert at(text, "name", "熊国富") not in got


def test_key_value_form_a_grid_worker_who_took_the_record():
    text = (
        f"户主姓名：谭秀珍\n身份证号：{_ID}\n联系电话：13981205563\n"
        "登记人：黎海鹰（青杠村网格员）\n审核：镇社保所\n"
        "备注：女儿谭小梅在外务工，由邻居蒋玉兰（同组村民）代为照看。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "谭秀珍") in got
    assert at(text, "name", "蒋玉兰") in got  # a neighbour noted as a villager: a person
    assert at(text, "name", "黎海鹰") not in got


def test_a_lawyer_a_clinic_and_a_described_person_keep_their_names():
    text = (
        f"申请人：冯海军，身份证号{_ID}，委托代理人：覃立新（广西南溪律师事务所）。\n"
        "证明人：卢桂芬（村卫生所），韦志刚（镇水务站临时工），13677702154。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "冯海军") in got
    assert at(text, "name", "覃立新") in got
    assert at(text, "name", "韦志刚") in got
