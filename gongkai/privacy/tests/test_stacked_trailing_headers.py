"""A table flattened to one cell a line whose header opens with a record number's word
(登记号, 受理号) and closes with cells like 反映问题 / 接访领导 / 诉求 (issue 16, docs84):
the whole header is read, so the records line up and their persons are found; the
officials receiving (县长) and the issues stay clean."""

from .spans import at, found


def _table(head, rows):
    return "来访登记表\n\n" + "\n".join(head) + "\n" + "\n".join("\n".join(r) for r in rows) + "\n"


ROWS = (
    ("DJ-01", "韩立秋", "男", "0564-6158731", "无", "低保评定", "县长"),
    ("DJ-02", "贝思远", "女", "13905641234", "祁晓岚", "宅基地审批", "副县长"),
    ("DJ-03", "简若楠", "男", "0564-3954356", "无", "拖欠工程款", "县委副书记"),
)


def _check(head):
    text = _table(head, ROWS)
    got = found(text, ["name"])
    for piece in ("韩立秋", "贝思远", "祁晓岚", "简若楠"):
        assert at(text, "name", piece) in got
    values = {text[s:e] for _k, s, e in got}
    assert not values & {"县长", "副县长", "低保评定", "登记号", "无"}


def test_registration_number_and_leader_headers():
    _check(("登记号", "来访人", "性别", "联系电话", "同行人", "反映问题", "接访领导"))


def test_case_number_and_claim_headers():
    _check(("受理号", "来访人姓名", "性别", "电话", "随访人员", "主要诉求", "包案领导"))
