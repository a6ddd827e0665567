"""Issue 16 (privfix25a): a registry's staff at its later steps, named after their step's
label (登簿人, 缮证人 who writes out the certificate, 核定人, 发证人), act in office as an
初审人 does; the applicant and whoever collects the certificate (领证人) keep their names.
Near misses: 领证人, 申请人 and a party marked as the one checked (被核查人).
"""

from __future__ import annotations

from .spans import found, names


def test_registry_steps_in_office():
    text = (
        "申请人：蒯晓丽　　不动产单元号：330102001001GB00012F00010001\n"
        "受理日期：2024-06-03　登簿人：仇海燕　缮证人：甘志远\n"
        "核定人：柏德顺　发证人：尉迟秀兰　领证人：殷德厚　领证日期：2024-06-20\n"
    )
    assert found(text, ("name",)) == names(text, "蒯晓丽", "殷德厚")


def test_the_one_checked_keeps_the_name():
    text = "被核查人：欧阳春生　缮证人：甘志远\n"
    assert found(text, ("name",)) == names(text, "欧阳春生")
