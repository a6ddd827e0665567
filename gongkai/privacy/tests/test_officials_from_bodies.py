"""Issue 16, the forty-sixth held-out batch: an official named with the local government
body that sent them, the whole bracket that body ("X（某社区居委会）", "Y（某街道办事
处）"), acts in office; an owner's or a villager's note keeps the person."""

from __future__ import annotations

from .spans import found


def _names(text):
    return [text[s:e] for k, s, e in found(text, ["name"])]


def test_officials_sent_by_a_local_body_are_left_out():
    text = (
        "唱票人：蒋国平（业主代表），冯秀英（东湖社区居民委员会）\n"
        "监督人：郑海涛（业主代表），韩桂兰（城关镇人民政府）、邹大勇（南门街道办）\n"
    )
    got = _names(text)
    assert {"蒋国平", "郑海涛"} <= set(got)
    assert not {"冯秀英", "韩桂兰", "邹大勇"} & set(got)


def test_a_former_post_or_a_residents_note_keeps_the_person():
    text = "捐款人：宋秀珍（东湖小区业主）800元、罗建军（东湖村村民）500元。"
    assert {"宋秀珍", "罗建军"} <= set(_names(text))
