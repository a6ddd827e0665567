"""The unit / business rules of unitcontacts must not eat a person's home or phone:
a header naming a home OR a business, a business word elsewhere in the table or the
row, and a person described by their unit ("…局退休干部，电话…")."""

import pytest

from .spans import at, found

# -- a header that names a home or a business: the person's address stays ---------


@pytest.mark.parametrize(
    "header", ["住所或经营地点", "住址/经营场所", "家庭住址及经营地址", "居住地（经营地址）"]
)
@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_header_naming_a_home_or_a_business_keeps_the_home(header, sep):
    rows = [
        ["序号", "姓名", header, "欠税金额"],
        ["1", "葛长青", "安平县柳营乡东街村5组17号", "3620.00"],
        ["2", "侯玉芬", "安平县城关镇建设路46号3单元502室", "880.50"],
    ]
    text = "\n".join(sep.join(r) for r in rows) + "\n"
    got = found(text, {"address"})
    assert at(text, "address", "安平县柳营乡东街村5组17号") in got
    assert at(text, "address", "安平县城关镇建设路46号3单元502室") in got


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_header_naming_only_a_business_still_drops_it(sep):
    rows = [
        ["序号", "业户名称", "经营场所", "欠税金额"],
        ["1", "安平县葛记五金店", "安平县城关镇建设路46号", "3620.00"],
    ]
    text = "\n".join(sep.join(r) for r in rows) + "\n"
    assert found(text, {"address"}) == []


def test_a_home_or_business_label_in_prose_keeps_the_home():
    text = "纳税人沈国华，住所或经营地点：临溪县马桥镇新华村12组8号，欠缴个人所得税1200元。"
    assert at(text, "address", "临溪县马桥镇新华村12组8号") in found(text, {"address"})


# -- a business word elsewhere in the table or the line ----------------------------


def _aligned(rows):
    widths = [max(len(r[i]) for r in rows) + 2 for i in range(len(rows[0]))]
    return "\n".join(
        "".join(c + " " * (w - len(c)) for c, w in zip(r, widths, strict=False)).rstrip()
        for r in rows
    )


@pytest.mark.parametrize("note", ["厂址离村庄太近", "反对在此设厂，经营场所应搬迁", "店铺位于路口"])
@pytest.mark.parametrize("layout", ["aligned", "tab"])
def test_a_business_word_in_another_rows_opinion_keeps_the_homes(note, layout):
    rows = [
        ["序号", "姓名", "职业", "住址", "意见"],
        ["1", "卢桂英", "个体", "江口镇河西村下坪12号", note],
        ["2", "barrier", "农民", "江口镇河西村上坪3号", "支持"],
        ["3", "温志刚", "退休", "江口镇新民街18号2幢301室", "反对"],
    ]
    rows[2][1] = "闫春生"
    text = (_aligned(rows) if layout == "aligned" else "\n".join("\t".join(r) for r in rows)) + "\n"
    got = found(text, {"address"})
    for home in ("江口镇河西村下坪12号", "江口镇河西村上坪3号", "江口镇新民街18号2幢301室"):
        assert at(text, "address", home) in got


def test_a_business_label_far_before_in_the_sentence_is_not_the_homes_label():
    text = "该厂经营场所已关停，周边住户卢建新住江口镇河西村下坪14号，电话13907413322。"
    assert at(text, "address", "江口镇河西村下坪14号") in found(text, {"address"})


# -- a person described by a unit --------------------------------------------------


@pytest.mark.parametrize(
    "role", ["县林业局退休干部", "镇卫生院退休职工", "县第二中学退休教师", "县供销社离休干部"]
)
def test_a_person_described_by_their_unit_keeps_the_phone(role):
    text = f"普查指导员：秦立平（{role}，电话0739-6218874）、蔡明（县统计局干部）。"
    assert at(text, "landline", "0739-6218874") in found(text, {"landline"})


def test_staff_in_office_in_a_units_bracket_stay_the_units():
    text = "如有异议，请向县林业局（办公室干部，电话0739-6218800）反映。"
    assert found(text, {"landline"}) == []


def test_a_units_own_bracket_still_drops_the_units_phone():
    text = "如有异议，请向县林业局（办公室，电话0739-6218800）反映。"
    assert found(text, {"landline"}) == []
