"""Relatives named in running text right after their kinship (``kinprose``): the name is
found with its exact span; words after a kinship, a word made with a one-character
kinship and a surname read as a kinship are left alone."""

import pytest

from .spans import at, found


def _names(text):
    return found(text, {"name"})


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("走访记录：户主因病住院。长子贺明轩，26岁，在深圳务工。", "贺明轩"),
        ("该户共4人。次女鲁思琪，14岁，就读于县二中。", "鲁思琪"),
        ("申请人称，其配偶蒋晓燕的户口已迁出本村。", "蒋晓燕"),
        ("五保对象由其堂弟冉建国（住本村3组）接收照料。", "冉建国"),
        ("联系电话：13907315824（母温桂英）。", "温桂英"),
        ("原承包人已故，叔叔鄢志平已书面承诺继续耕种。", "鄢志平"),
        ("第三人：女儿包晓梅，住本县城关镇。", "包晓梅"),
    ],
)
def test_a_relative_after_the_kinship_word(text, piece):
    assert at(text, "name", piece) in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "家庭情况：妻子在家照料老人，女儿大学毕业后在外地工作。",
        "该生父母双亡，由祖父抚养。",
        "登记时女方提供的婚姻状况声明不实。",
        "本单位子公司负责人另行公示。",
        "联系人：孙海涛，电话0731-84562210。",
        "他的儿子高中毕业后在家务农。",
        "长子县人民政府办公室",
    ],
)
def test_words_after_a_kinship_are_no_names(text):
    assert _names(text) == []


def test_a_two_character_name_before_a_verb_is_not_guessed():
    text = "我女儿江苏上学，儿子王平，今年12岁。"
    got = _names(text)
    assert at(text, "name", "王平") in got
    assert at(text, "name", "江苏") not in got
