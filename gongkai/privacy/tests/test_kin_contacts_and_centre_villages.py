"""A relative given as a backup contact, and a village called 中心村 (issue 16).

- "备用联系人：母亲某某，0731-…", "联系人：其父亲某某 电话…" in a person's record: the
  relative's landline is personal, not a unit contact's;
- 中心村, 中心组, 中心街 are places, not a unit's 中心: a person's row there keeps its phone.
"""

from .spans import at, found


def landlines(text):
    return found(text, ["landline"])


def test_relative_as_backup_contact_keeps_the_landline():
    texts = [
        (
            "申请人：欧阳思琪\n性别：女\n拟迁入地址：某市某区红旗路22号\n随迁人员：无\n"
            "联系电话：17773152048\n备用联系人：母亲刘玉梅，0731-88570362\n",
            "0731-88570362",
        ),
        ("紧急联系人：妻子王芳　电话：0551-62781234\n", "0551-62781234"),
        ("受助人：李某某，住城关镇。联系人：其父亲李建华，电话0734-8123456。", "0734-8123456"),
    ]
    for text, phone in texts:
        assert at(text, "landline", phone) in landlines(text), text


def test_units_contact_stays_the_units():
    for text in (
        "报名地点：县人社局二楼。联系人：张科长，电话：0731-88571234。",
        "联系人：县民政局社会救助股　联系电话：0734-8123456",
        "县疾控中心联系电话：0556-2162000。",
    ):
        assert landlines(text) == [], text


def test_village_called_centre_keeps_a_persons_phone():
    text = (
        "乡镇\t村\t户主\t身份证号\t建房位置\t类别\t联系电话\n"
        "响肠镇\t中心村\t桂来福\t340828480215171\t响肠镇中心村老街组29号\t一户多宅\t2351907\n"
        "响肠镇\t中心村\t汪先进\t34082819781219493X\t中心村小河组15号\t超占面积\t0556-2356184\n"
    )
    got = landlines(text)
    assert at(text, "landline", "2351907") in got
    assert at(text, "landline", "0556-2356184") in got
