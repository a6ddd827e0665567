"""工作单位邮箱 names the person's own mailbox at their employer (the employer is theirs,
not the office that publishes): found, while a unit's own 单位邮箱 and a .gov.cn box stay
left alone."""

import pytest

from .spans import at, found

EMAIL = ["email"]


@pytest.mark.parametrize(
    "text, box",
    [
        (
            "我的手机13907314426，工作单位邮箱zhoulan77@xhjc-tech.com也可以联系。",
            "zhoulan77@xhjc-tech.com",
        ),
        ("申请人：温晓东，工作单位邮箱：wenxd@hnjiuding.cn", "wenxd@hnjiuding.cn"),
        ("姓名\t杜明\n工作单位邮箱\tduming@yongxin-pack.com", "duming@yongxin-pack.com"),
    ],
)
def test_persons_work_mailbox_found(text, box):
    assert found(text, EMAIL) == [at(text, "email", box)]


@pytest.mark.parametrize(
    "text",
    [
        "工作单位邮箱：bgs@lxzfb.gov.cn",
        "县教育局单位邮箱：jyj_office@163.com",
        "本公司单位邮箱：service@yongxin-pack.com",
    ],
)
def test_units_mailbox_left_alone(text):
    assert found(text, EMAIL) == []
