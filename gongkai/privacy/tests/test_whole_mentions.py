"""A name read without its first character where the text names the person whole elsewhere
(``wholementions``, privfix26a): every mention gets the whole name; a shorter name standing
alone, or a longer one nowhere found whole, changes nothing."""

from gongkai.privacy.tests.spans import at, found


def _spans(text, piece, kind="name"):
    out, k = [], text.find(piece)
    while k >= 0:
        out.append((kind, k, k + len(piece)))
        k = text.find(piece, k + 1)
    return out


def test_a_mongol_name_read_by_its_head_at_one_place_and_its_tail_at_others():
    text = (
        "工单内容：来电人反映，其渔船被同村的阿古拉雅开走捕鱼，阿古拉雅的电话一直打不通。\n\n"
        "答复：经查，该船系阿古拉雅（住东安村2组）于今年5月借用。\n\n"
        "关联工单：FY-20240826-0107（来电人阿古拉雅，来电号码13359588927，反映其借用已征得同意），"
        "已并案办理。"
    )
    got = found(text, ["name"])
    assert [
        g for g in got if text[g[1] : g[2]].endswith("雅") or text[g[1] : g[2]].startswith("阿")
    ] == (_spans(text, "阿古拉雅"))


def test_a_rare_surname_read_whole_after_its_label_and_cut_in_prose():
    text = (
        "申请人：乜红梅，身份证号码：370725198204113129。\n"
        "经核实，乜红梅所述情况属实，现已为乜红梅办理补发手续。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "乜红梅") in got
    for span in _spans(text, "乜红梅"):
        assert span in got, span


def test_near_misses_a_shorter_name_alone_and_another_person_beside():
    # 王红梅 and 红梅 are never both found: nothing to extend
    text = "申请人：王红梅，身份证号码：370725198204113129。\n经核实，王红梅所述情况属实。\n"
    got = found(text, ["name"])
    assert _spans(text, "王红梅") == [g for g in got if text[g[1] : g[2]] == "王红梅"]
    # two persons, one's name the other's with a character before it, each where it stands
    text = (
        "申请人：欧阳建华，身份证号码：370725198204113129；\n"
        "委托代理人：阳建华，身份证号码：370725197706152218。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "欧阳建华") in got
    assert at(text, "name", "阳建华", text.index("委托")) in got
