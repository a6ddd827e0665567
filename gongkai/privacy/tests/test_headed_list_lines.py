"""Lines of a list under long heads ("  LYGC-2026-058（某某路改造…）：X、Y、Z"): the head up
to the line's first colon is no item, so a line whose members are few beside a long head
is still a list line, and its unfound members join the found ones of the block."""

import pytest

from .spans import found, names

_LINES = [
    ("LYGC-2026-041（兰江镇新堤村至荷…）", ["黎光发", "巴杰萍", "蒙婷", "竺发贵", "伏玉"]),
    ("LYGC-2026-047（城关镇老旧…）", ["公明怡", "邹晨", "仲瑶昊", "禹春", "禄文新"]),
    ("LYGC-2026-058（澧浦路雨污分流改…）", ["童静", "麻杰", "盛胜晟", "东郭贵雪"]),
]


@pytest.mark.parametrize(
    "indent,colon,sep", [("  ", "：", "、"), ("", ":", "、"), ("\u3000", "：", "；")]
)
def test_a_line_of_few_members_under_a_long_head_joins_its_block(indent, colon, sep):
    text = "评标委员会成员（本批次部分标段，其余标段见各项目单独公示）：\n" + "".join(
        indent + h + colon + sep.join(ps) + "\n" for h, ps in _LINES
    )
    got = found(text, ["name"])
    for person in ("童静", "麻杰", "盛胜晟", "东郭贵雪"):
        assert names(text, person)[0] in got, person


def test_near_miss_running_text_after_a_colon_stays_clean():
    text = (
        "评标委员会成员：黎光发、巴杰萍、蒙婷、竺发贵\n"
        "受理方式：来信、来电、来访均已按期办结并回复当事人\n"
        "办理情况：已转交、已答复、已回访\n"
    )
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    for word in ("来信", "来电", "来访", "已转交", "已答复", "已回访"):
        assert word not in got
