"""The landlines of a list under a label naming units' phones (unitlists, privfix22d): each
one the unit's, its name ending in a unit's word or not; a person's phone after a person's
word in the same sentence, and a list under a plain 联系电话, stay found."""

from .spans import at, found


def test_units_listed_under_an_institutions_label():
    text = (
        "2. 序号3柏秀兰现居其女儿家，户籍地为某镇某村2组；\n"
        "3. 定点护理机构联系电话：安和医养中心0952-2680001，康宁居家护理0952-2030002"
        "（地址：某区长城东街101号2楼），福寿养老护理院0952-2150003。\n"
    )
    assert found(text, {"landline"}) == []


def test_outlets_label():
    text = "各服务网点咨询电话：南门便民家政0731-5210001、北站馨悦护理0731-5210002。\n"
    assert found(text, {"landline"}) == []


def test_a_persons_word_after_the_label_keeps_the_number():
    text = "定点机构联系电话：安和医养中心0952-2680001，申请人柏秀兰家庭电话0952-2030002。\n"
    assert found(text, {"landline"}) == [at(text, "landline", "0952-2030002")]
