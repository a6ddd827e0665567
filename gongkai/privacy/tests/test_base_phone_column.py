"""A phone column headed by a base (安置基地, 实训基地: 基地电话) holds the base's number,
not the row's person's (issue 16, privfix16ic, ``unitcolumns``), with fixtures of its own."""

import pytest

from .spans import at, found

_HEAD = "序号{s}姓名{s}手机号码{s}安置基地{s}基地负责人{s}{h}{s}住宅电话\n"
_ROW = "{n}{s}{name}{s}{mobile}{s}湘潭某某农业有限公司{s}蒋文{s}0731-5523471{s}{home}\n"


@pytest.mark.parametrize("sep", ["\t", "|", ","])
@pytest.mark.parametrize("header", ["基地电话", "基地联系电话", "实训基地座机"])
def test_the_bases_phone_column_is_left_alone(sep, header):
    text = _HEAD.format(s=sep, h=header) + "".join(
        _ROW.format(s=sep, n=n, name=name, mobile=mobile, home=home)
        for n, name, mobile, home in [
            (1, "樊立平", "13907461234", "0731-5589120"),
            (2, "龚小梅", "13907461235", "0731-5589344"),
        ]
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "0731-5589120"),
        at(text, "landline", "0731-5589344"),
    ]


def test_a_home_phone_column_beside_a_base_keeps_its_numbers():
    text = "序号\t姓名\t安置基地\t家庭电话\n1\t樊立平\t湘潭某某农业有限公司\t0731-5589120\n"
    assert found(text, ["landline"]) == [at(text, "landline", "0731-5589120")]
