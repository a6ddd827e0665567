"""Issue 16 (privfix27d): a person named right after the caller's word for them (留守儿童X,
困境儿童X, 继女X, 养子X, 前夫向X, 男友X) is a name; the words after such a cue (儿童福利院,
孤儿院, 前夫向法院起诉, 留守儿童关爱服务) and a masked name stay plain."""

from .spans import found, names


def test_persons_after_the_callers_words():
    text = (
        "来电人甘秀芝（13972615508）反映：留守儿童杨梓萱长期辍学，其继女卢雨桐（9岁）无人照护；"
        "前夫向德兵拒不支付抚养费，男友陈俊杰多次纠缠。\n"
    )
    got = found(text, ("name",))
    assert names(text, "甘秀芝", "杨梓萱", "卢雨桐", "向德兵", "陈俊杰") == got


def test_words_after_the_cues_stay_plain():
    text = (
        "来电人甘秀芝（13972615508）反映：前夫向法院起诉离婚，孩子被送至儿童福利院和孤儿院，"
        "希望加强留守儿童关爱服务，困境儿童王某某已安置。\n"
    )
    assert found(text, ("name",)) == names(text, "甘秀芝")


def test_a_childs_thing_stays_plain():
    text = "投诉人甘秀芝（13972615508）反映：公园内儿童游乐设施损坏，儿童乐园无人管理。\n"
    assert found(text, ("name",)) == names(text, "甘秀芝")
