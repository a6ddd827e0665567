"""The parties of a payment, a sale or a lease named after their label with a sign
(交款人, 缴款人, 竞买人, 承租人 …), and rare registers' surnames (郇, 杞)."""

import pytest

from .spans import found, missing_names

LABELS = ["交款人", "缴款人", "付款人", "汇款人", "竞买人", "竞得人", "受让人", "承租人", "借款人"]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize(
    "layout",
    [
        "{label}：{name}，金额120元。",
        "收据No.0012\n{label}:{name}\n金额：壹佰元整\n",
        "经办：县财政所　　{label}：{name}　　日期：2024年5月6日",
        "3. {label}：{name}　身份证号码：见附件",
    ],
)
def test_a_party_after_its_label_is_a_name(label, layout):
    text = layout.format(label=label, name="葛承志")
    assert missing_names(text, "葛承志") == []


@pytest.mark.parametrize("label", ["竞买人", "承租人", "受让人", "付款人"])
@pytest.mark.parametrize("unit", ["广西林丰木业有限公司", "东山村股份经济合作社", "县国有林场"])
def test_a_unit_as_the_party_is_no_name(label, unit):
    text = f"{label}：{unit}，成交价18.6万元。"
    assert found(text, ["name"]) == []


@pytest.mark.parametrize("name", ["郇志平", "杞美华", "禚红英", "郯立新"])
def test_rare_register_surnames_after_a_label(name):
    assert missing_names(f"申请人：{name}，住本村。", name) == []
