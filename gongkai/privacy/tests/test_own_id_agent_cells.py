"""A clerk's header (经办人) beside a column of that person's own ID (经办人身份证号码) heads
a private person's column (a buying unit's agent): every cell is the ID holder's name, a
rare surname's too (寸, 茶, 钏: tables ``_kinds``). Without the own ID column, 经办人 is the
office's clerk and no name."""

from .spans import found, names

_AGENTS = ["寸永昌", "茶秀英", "钏志刚"]
_IDS = ["532925197803148214", "532925198507224627", "532925197011095233"]


def test_agents_with_their_own_ids_under_a_clerks_header():
    lines = ["序号\t购买单位名称\t经办人\t经办人身份证号码\t品种名称"]
    for n, (agent, number) in enumerate(zip(_AGENTS, _IDS, strict=True)):
        lines.append(f"{n + 1}\t云岭县鑫达矿业有限公司\t{agent}\t{number}\t硫酸")
    text = "\n".join(lines) + "\n"
    assert found(text, ["name"]) == names(text, *_AGENTS)


def test_near_miss_a_clerks_column_without_an_own_id():
    lines = ["序号\t申请人\t身份证号码\t经办人"]
    for n, (agent, number) in enumerate(zip(_AGENTS, _IDS, strict=True)):
        lines.append(f"{n + 1}\t王建国{'一二三'[n]}\t{number}\t{agent}")
    text = "\n".join(lines) + "\n"
    assert [g for g in found(text, ["name"]) if text[g[1] : g[2]] in _AGENTS] == []


def test_the_keeper_of_an_individual_business_beside_its_agent():
    # the row's entity under 购买单位: a shop's keeper is a person, a company's head is not
    text = (
        "序号\t购买单位\t统一社会信用代码\t法定代表人/经营者\t经办人\t经办人身份证号\n"
        "1\t某县永清镇鑫源五金店\t926205219PP6A90562\t晏子豪\t寸永昌\t532925197803148214\n"
        "2\t某县建材有限公司\t916205217PM9K945PT\t滕斌\t茶秀英\t532925198507224627\n"
    )
    assert found(text, ["name"]) == names(text, "晏子豪", "寸永昌", "茶秀英")
