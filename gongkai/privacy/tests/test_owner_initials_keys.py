"""A rented home's owner by the initials of 房主 in an export's keys (issue 16, privfix18e):
``fzxm`` is the owner's name, ``fzlxdh`` the owner's phone, a bare local number too; a unit
as the owner keeps its line; 发证机关 (``fzjg``) is no owner."""

from gongkai.privacy.keymeaning import meaning

from .spans import at, found

JSONL = (
    '{"bh": "LD-01", "xm": "柯文斌", "sfzh": "110101199003071234", "lxdh": "13907361122", '
    '"fzxm": "蓝月娥", "fzlxdh": "26718054", "jzsy": "务工"}\n'
    '{"bh": "LD-02", "xm": "欧春燕", "sfzh": "110101198511230027", "lxdh": "13907361133", '
    '"fzxm": "庞志刚", "fzlxdh": "13511872290", "jzsy": "经商"}\n'
    '{"bh": "LD-03", "xm": "严海波", "sfzh": "110101197702140011", "lxdh": "13907361144", '
    '"fzxm": "青溪县城市投资置业有限公司", "fzlxdh": "0571-26711000", "jzsy": "务工"}\n'
)


def test_owner_initials_read_as_a_person():
    assert meaning("fzlxdh")[:2] == ("person", "phone")
    assert meaning("fzxm")[:2] == ("person", "name")
    assert meaning("fzjg")[0] == "unit"  # 发证机关


def test_owner_bare_local_number_found_unit_line_left():
    got = found(JSONL, ["landline", "name"])
    assert at(JSONL, "landline", "26718054") in got
    assert at(JSONL, "name", "蓝月娥") in got
    assert at(JSONL, "landline", "0571-26711000") not in got
