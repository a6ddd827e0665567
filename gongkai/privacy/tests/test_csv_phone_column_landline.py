"""A landline in a plain CSV's column of persons' own phones, though a unit's cell follows it
(``phonecolumns`` with commas, privfix24b); a unit's row without a person's ID stays the unit's."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"4502251985{m:02d}1{m}{m:03d}") for m in range(1, 5)]


def test_a_persons_landline_beside_the_vaccinating_clinic():
    text = "受理号,申请人,身份证号,联系电话,接种单位,金额\n" + "".join(
        f"B-{k},{n},{_IDS[k]},{p},{u},3600\n"
        for k, (n, p, u) in enumerate(
            (
                ("龙桂珍", "13977264103", "某镇卫生院"),
                ("韦老四", "13978217596", "某乡卫生院"),
                ("潘金凤", "0772-5123907", "某乡卫生院"),
                ("石春兰", "18907725816", "某镇卫生院"),
            )
        )
    )
    assert at(text, "landline", "0772-5123907") in found(text, ["landline"])
