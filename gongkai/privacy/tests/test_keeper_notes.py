"""A business named with its keeper in a person's column (issue 16, MM).

A register of gas users, licences or stalls writes a business's row in the person's column
as the business and its keeper: "东街面馆（经营者：X）", "某某超市（负责人：X）". The cell's
head is the business, no person; the keeper in the note stays a person where a label
reads it. Near misses: a person with a note of another person ("李四（代理人：王五）",
"张三（户主）") keeps its name.
"""

import pytest

from .spans import at, found

ROWS = (
    ("居民", "韩立芳", "13662796025"),
    ("非居民（餐饮）", "河街面馆（经营者：莫桂珍）", "19870879174"),
    ("非居民（零售）", "欣悦便民超市（负责人：顾永年）", "15325259812"),
    ("居民", "李思远（代理人：王五星）", "18066180519"),
)


def _table(sep):
    lines = [sep.join(("序号", "用户类型", "用户姓名", "联系电话"))]
    lines += [sep.join((str(k), *row)) for k, row in enumerate(ROWS, 1)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("sep", ["\t", ",", " | "])
def test_keeper_notes(sep):
    text = _table(sep)
    got = found(text, ["name"])
    for shop in ("河街面馆", "欣悦便民超市"):
        assert not [s for s in got if text[s[1] : s[2]] in shop]
    for person in ("韩立芳", "李思远"):
        assert at(text, "name", person) in got
