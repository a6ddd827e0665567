"""A person's label repeated over key-value records whose names recur (the office's few
who acted on each record) names staff; a label of distinct names, a 被…人 label and a label
found twice keep their names (``recurringlabels``)."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"4305211978{m:02d}1{m}{m:03d}") for m in range(1, 7)]
_SUBJECTS = ["龚德明", "覃秋菊", "闫国梁", "祝晓燕", "蒲学军", "晏春兰"]
_STAFF = ["邝振华", "梅志勇", "邝振华", "邝振华", "梅志勇", "邝振华"]


def _records(label: str, staff: list[str], colon: str = "：") -> str:
    return "".join(
        f"【第{k + 1}条】\n申请人姓名{colon}{a}\n身份证号{colon}{_IDS[k]}\n"
        f"手机{colon}1390731{k}456\n{label}{colon}{b}\n\n"
        for k, (a, b) in enumerate(zip(_SUBJECTS, staff, strict=False))
    )


def _starts(text: str, name: str) -> list[int]:
    out, k = [], text.find(name)
    while k >= 0:
        out.append(k)
        k = text.find(name, k + 1)
    return out


def test_key_value_records_a_verifier_recurring():
    text = _records("审验人", _STAFF)
    got = found(text, ["name"])
    for a in _SUBJECTS:
        assert at(text, "name", a) in got, a
    assert not [g for g in got if text[g[1] : g[2]] in ("邝振华", "梅志勇")]


def test_half_width_colon_and_an_act_never_listed():
    text = _records("签收人", _STAFF, ":")
    got = found(text, ["name"])
    for a in _SUBJECTS:
        assert at(text, "name", a) in got, a
    assert not [g for g in got if text[g[1] : g[2]] in ("邝振华", "梅志勇")]


def test_near_miss_distinct_names_under_a_persons_label_stay():
    kin = ["骆凤英", "阮桂香", "綦秀兰", "欧春生", "黄世杰", "庞振东"]
    text = _records("监护人", kin)
    got = found(text, ["name"])
    for b in kin:
        assert ("name", text.index(b), text.index(b) + 3) in got, b


def test_near_miss_a_label_twice_only_stays():
    text = _records("审验人", ["邝振华", "邝振华"])
    got = found(text, ["name"])
    for k in _starts(text, "邝振华"):
        assert ("name", k, k + 3) in got


def test_near_miss_a_recurring_guardian_who_has_a_record_of_their_own():
    members = ["龚德明", "覃秋菊", "闫国梁", "祝晓燕"]
    text = "".join(
        f"姓名：{a}\n身份证号：{_IDS[k]}\n监护人：龚德明\n\n" for k, a in enumerate(members)
    )
    got = found(text, ["name"])
    for k in _starts(text, "龚德明"):
        assert ("name", k, k + 3) in got
