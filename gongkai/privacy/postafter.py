"""A name followed by its post in an organ: an official acting in office (issue 16, precision).

"委托诉讼代理人：刘某，县人民政府办公室政务公开股股长。", "出庭人员：X，县自然资源局法规股
科员", "委托代理人：X，该局法制大队民警", "X，本院执行局法官助理": the particulars after
the comma are an organ and a post in it, so the person acts
for the organ (a lawyer's "某律师事务所律师", a retired "原…局长" or "退休干部" and a
doctor or teacher stay persons: no post of an organ).
"""

from __future__ import annotations

import re

_POST_AFTER = re.compile(
    r"[，,][ \u3000]*(?!原|退休|离休|已退)"
    r"[\u4e00-\u9fff]{0,24}?(?:政府|局|办公室|委员会|办事处|镇|乡|街道|中心|所|站|队)"
    r"[\u4e00-\u9fff]{0,10}?"
    r"(?:股长|副股长|科长|副科长|局长|副局长|主任|副主任|科员|工作人员|所长|副所长|站长|队长|"
    r"镇长|乡长|县长|处长|办事员|负责人|民警|辅警|干警|警官|干事|书记员|"
    r"法官助理|法官|检察官助理|检察官)"
    r"(?=[。；;，,\n）)]|$)"
)


def post_after(text: str, end: int) -> bool:
    """Whether ", <organ><post>" follows the name ending at ``end``."""
    m = _POST_AFTER.match(text, end)
    return m is not None and "退休" not in m.group() and "离休" not in m.group()


# A leader's post of a government or party organ, in the cell after a name ("区长",
# "常务副县长", "区委副书记", "区人大常委会主任", "镇长", 街道办事处主任): a village committee's posts
# (村委会主任, 党支部书记) are left out (their holders are listed as persons, 候选人 …).
_LEADER_POST = re.compile(
    r"(?:常务)?副?[省市州县区旗镇乡]长"
    r"|[省市州县区旗镇乡](?:委|人大常委会|人大|政协|政府)(?:常委)?(?:常务)?副?(?:书记|主任|主席|常委)"
    r"|(?:街道)?(?:办事处|党工委)(?:常务)?副?(?:主任|书记)"
)
_CELL_SEP = re.compile(r"[ \u3000]*[\t|｜│,][ \u3000]*")
_POST_END = frozenset("\t|｜│,、，\n")
# the header cell that makes the cell after a name a post (职务, 职位), as a whole cell
_POST_HEADER = re.compile(r"(?:^|[\t|｜│, \u3000])(?:职务|职位|现任职务)(?=[\t|｜│, \u3000\n])")
# a post's header right before a 姓名 header (职务, or leaders whose cells are their posts:
# 接访领导, 带班领导, 值班领导): the name column's cells are those posts' holders
_POST_THEN_NAME = re.compile(
    r"(?:^|[\t|｜│, \u3000])(?:职务|职位|现任职务|[\u4e00-\u9fff]{0,4}领导)[ \u3000]*"
    r"[\t|｜│,][ \u3000]*姓名(?=[\t|｜│, \u3000\n])"
)
_CELL_SEP_BEFORE = re.compile(r"[\t|｜│,][ \u3000]*$")
_POST_START = frozenset("\t|｜│,\n")


def _post_before(text: str, start: int) -> bool:
    """Whether the cell before the name at ``start`` is a leader's post, whole."""
    sep = _CELL_SEP_BEFORE.search(text, start - 4 if start > 4 else 0, start)
    if sep is None:
        return False
    cell_end = sep.start()
    while cell_end > 0 and text[cell_end - 1] in " \u3000":
        cell_end -= 1
    cell_start = cell_end
    while cell_start > 0 and cell_end - cell_start < 16 and text[cell_start - 1] not in _POST_START:
        cell_start -= 1
    cell = text[cell_start:cell_end].strip(" \u3000")
    return bool(cell) and _LEADER_POST.fullmatch(cell) is not None


def post_cell(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` stands in a table's row with a leader's post
    in the next cell (an official in office: a leaders' reception roster, a duty table),
    the table's header holding a 职务 cell above it; or in the cell before, the header
    holding a post's cell right before 姓名 (接访领导, 职务)."""
    sep = _CELL_SEP.match(text, end)
    post = _LEADER_POST.match(text, sep.end()) if sep else None
    if post is not None:
        after = post.end()
        while text[after : after + 1] in (" ", "\u3000"):
            after += 1  # ("| 区长 |": the padding before the bar)
        if text[after : after + 1] not in _POST_END:
            post = None
    if post is None:  # the post in the cell before the name: "县长\tX" under 接访领导\t姓名
        return _post_before(text, start) and bool(
            _POST_THEN_NAME.search(text, start - 3000 if start > 3000 else 0, start)
        )
    return _POST_HEADER.search(text, start - 3000 if start > 3000 else 0, start) is not None
