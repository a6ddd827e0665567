"""Issue 16, the twenty-fifth held-out batch: a letter page's writer and the teams that
sign a notice.

- a message board's record names its writer (留言人, 来电人, 反映人, 求助人): the phone
  and mailbox after the name are the writer's, even when the record's title above names
  a library or a museum;
- a team's label before a phone or mailbox (指导组电话, 督查组邮箱) makes it the team's;
- a writer who gave no name (匿名, 佚名) is no name; a verb after a label without a sign
  (申请人符合…, 申请人满足…) is no name either.
"""

from __future__ import annotations

import pytest

from .spans import at, found

CONTACTS = ("mobile", "landline", "email")


@pytest.mark.parametrize("label", ["留言人", "来电人", "反映人", "求助人"])
@pytest.mark.parametrize(
    "title", ["县图书馆能否延长开放时间", "市博物馆讲解预约", "档案馆查档收费"]
)
def test_a_writers_contacts_under_a_title_naming_a_unit_are_theirs(label, title):
    text = (
        f"[2] {title}\n"
        f"{label}：苗雨萱　　邮箱：miaoyx88@foxmail.com　　电话：13807231946\n"
        "留言：周末想带孩子去参观，请问需要预约吗？\n"
    )
    assert found(text, CONTACTS) == [
        at(text, "email", "miaoyx88@foxmail.com"),
        at(text, "mobile", "13807231946"),
    ]


def test_a_writers_landline_in_a_pipe_record_under_a_units_title_is_theirs():
    text = (
        "标题：文化馆少儿舞蹈班报名\n"
        "留言人：甘海涛 | 联系电话：0797-8823541 | 邮箱：ganht@icloud.com\n"
    )
    assert found(text, CONTACTS) == [
        at(text, "landline", "0797-8823541"),
        at(text, "email", "ganht@icloud.com"),
    ]


def test_the_replying_units_phone_stays_the_units():
    text = (
        "[3] 图书馆周一能否开放\n"
        "留言人：柯雨桐　　邮箱：keyt@icloud.com\n"
        "回复：请电话咨询县图书馆（0793-7342265）。\n"
        "回复单位：县文化和旅游局　　联系电话：0793-7342211\n"
    )
    got = found(text, CONTACTS)
    assert got == [at(text, "email", "keyt@icloud.com")]


@pytest.mark.parametrize(
    "label",
    [
        "街道指导组电话：",
        "县督查组联系电话：",
        "巡查组电话",
        "镇换届工作小组电话：",
        "专案组邮箱：",
    ],
)
def test_a_teams_phone_or_mailbox_is_the_teams(label):
    number = "zazs2024@163.com" if "邮箱" in label else "028-83961075"
    text = f"公示期间如有异议，可向选举委员会反映。{label}{number}。\n"
    assert found(text, CONTACTS) == []


def test_a_village_group_before_a_phone_label_is_no_team():
    text = "户主：覃德安，住红星村三组，电话：0778-6612345\n"
    assert at(text, "landline", "0778-6612345") in found(text, CONTACTS)


@pytest.mark.parametrize("nobody", ["匿名", "佚名"])
def test_a_writer_without_a_name_is_no_name(nobody):
    text = (
        "来信人：卢佩珊\n电子邮箱：lupeishan@sina.cn\n主题：校车线路\n\n"
        f"来信人：{nobody}\n电子邮箱：hanbin_parent@sina.cn\n主题：食堂价格\n"
    )
    assert found(text, ["name"]) == [at(text, "name", "卢佩珊")]


@pytest.mark.parametrize("verb", ["符合", "满足"])
def test_a_verb_after_a_label_without_a_sign_is_no_name(verb):
    text = f"经审查，下列16名申请人{verb}教师资格认定条件，现予公布。申请人符晓东，男，1990年生。\n"
    assert found(text, ["name"]) == [at(text, "name", "符晓东")]
