"""Burial words (树葬, 花坛葬, 海葬, 公墓) are never given names: a form's burial field or
a list of burial forms holds no person, while the deceased and the claimant do (issue 16)."""

from .spans import found


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


def test_burial_forms_in_records_and_prose():
    text = (
        "对选择海葬、花坛葬、草坪葬等生态安葬方式的，给予一次性补助。\n"
        "一、逝者马德福，男，80岁；安葬方式：花坛葬；领取人：马春燕（之女），"
        "身份证号350102197501011224。\n"
        "二、逝者江玉兰，女，86岁；安葬方式：海葬；领取人：江海涛（之子），"
        "身份证号350102196802021215。\n"
        "三、逝者葛长顺，男，71岁；骨灰安放：龙山公墓；领取人：葛丽（之女）。\n"
    )
    got = _names(text)
    assert {"马德福", "马春燕", "江玉兰", "江海涛", "葛长顺"} <= set(got)
    assert not any(c in n for n in got for c in "葬墓殡丧")
    assert "花坛" not in got


_RECORDS = [
    ("马德福", "男", "马春燕", "之女", "花坛葬"),
    ("江玉兰", "女", "江海涛", "之子", "海葬"),
    ("葛长顺", "男", "葛丽", "之女", "树葬"),
    ("邝水生", "男", "邝建国", "之子", "花坛葬"),
    ("蓝秀英", "女", "钟建华", "之孙", "树葬"),
    ("袁木兴", "男", "袁小平", "之子", "花坛葬"),
    ("曾细妹", "女", "曾凡", "之子", "树葬"),
    ("庞金凤", "女", "庞立", "之女", "海葬"),
]


def test_a_run_of_burial_records():
    lines = ["对选择树葬、花坛葬、海葬等节地生态安葬方式的逝者家属给予奖补3000元。"]
    for i, (dead, sex, claimant, kin, way) in enumerate(_RECORDS):
        lines.append(
            f"◎ 逝者{dead}，{sex}，{70 + i}岁，生前住城关镇东街{12 + i}号；安葬方式：{way}；"
            f"申领人：{claimant}（{kin}），联系电话1381234{5600 + i}。"
        )
    text = "\n".join(lines) + "\n"
    got = _names(text)
    assert {r[0] for r in _RECORDS} | {r[2] for r in _RECORDS} <= set(got)
    assert not any(c in n for n in got for c in "葬墓殡丧")
    assert "花坛" not in got


def test_burial_column_of_a_table():
    text = "序号\t逝者姓名\t安葬方式\t奖补金额\n1\t黎国华\t花坛葬\t3000\n2\t海水英\t树葬\t3000\n"
    got = _names(text)
    assert "黎国华" in got and "海水英" in got
    assert "花坛葬" not in got and "花坛" not in got
