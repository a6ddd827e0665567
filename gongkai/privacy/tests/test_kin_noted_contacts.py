"""A contact named with their kinship ("原登记联系人王芳（之妻）") is a relative, a
private person, and the landline after them (area code and all) is their home's."""

from .spans import at, found


def test_kin_noted_contact_before_a_home_landline():
    for label, note, phone in (
        ("原登记联系人", "（之妻）", "原登记电话0817-4959682"),
        ("联系人：", "（之子）", "电话：（0817）4765118"),
        ("紧急联系人", "（其女）", "联系电话0817 4992722"),
        ("登记联系人", "（逝者之孙）", "电话：0551-62781234"),
    ):
        text = f"3. 墓区C排10号，逝者尹德福（2001年安葬），{label}邵春兰{note}，{phone}。"
        got = found(text, ["name", "landline"])
        assert at(text, "name", "邵春兰") in got, (label, note)
        number = phone[phone.index("0") if "（" not in phone else phone.index("（") :]
        assert at(text, "landline", number) in got, (label, note)


def test_a_contact_noted_as_an_uncle_aunt_or_grandparent_is_a_relative():
    # the office's contact rule (a contact's sentence giving an office number, no mobile)
    # yields to the note: the parents' siblings and grandparents are relatives like 之妻
    for note in ("（舅舅）", "（姑姑）", "（姨）", "（叔叔）", "（伯父）", "（外婆）", "（爷爷）"):
        text = f"家庭座机：0998-2583016　紧急联系人：邵春兰{note}，电话：0998-2583017。"
        assert at(text, "name", "邵春兰") in found(text, ["name"]), note


def test_unit_contact_with_an_office_number_stays_out():
    for note in ("", "（县民政局）", "（管理处）"):
        text = f"办理地点：公墓管理处。联系人：邵春兰{note}，电话：0817-4284836。"
        assert found(text, ["name"]) == [], note


def test_home_phone_column_repeated_for_each_family_member():
    for sep, rule in (("\t", ""), ("|", "|---|---|---|---|\n")):
        head = sep.join(("姓名", "关系", "通讯地址", "家庭电话"))
        rows = [
            sep.join(("蒙丽芬", "配偶", "平乐县沙坪镇大塘村五组18号", "0774 7352816")),
            sep.join(("韦德昌", "父亲", "平乐县沙坪镇大塘村五组18号", "0774 7352816")),
            sep.join(("黄秀英", "母亲", "平乐县沙坪镇大塘村五组18号", "0774 7352816")),
        ]
        if sep == "|":
            head, rows = f"|{head}|", [f"|{r}|" for r in rows]
        text = head + "\n" + rule + "\n".join(rows) + "\n"
        got = found(text, ["landline"])
        starts = [k for k in range(len(text)) if text.startswith("0774 7352816", k)]
        assert got == [("landline", k, k + 12) for k in starts], sep


def test_a_shared_unit_number_in_a_plain_phone_column_stays_out():
    text = (
        "姓名\t律师事务所\t联系电话\n"
        "韦志强\t平乐县正源律师事务所\t0774-7210033\n"
        "覃秀英\t平乐县正源律师事务所\t0774-7210033\n"
    )
    assert found(text, ["landline"]) == []


def test_surnames_of_todays_registers_after_a_cue():
    text = "5. 安区D排03号，逝者磨秀兰（2004年安葬）；另有继承人磨志刚。"
    assert found(text, ["name"]) == [at(text, "name", "磨秀兰"), at(text, "name", "磨志刚")]
    text = "新设备磨合期三个月，磨损部件已更换；经过磨练，磨难已过。"
    assert found(text, ["name"]) == []
