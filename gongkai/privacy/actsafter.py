"""Acts that follow a person named in prose, whose first character is no stop of a name
(``validators.NAME_STOP``) and may even be one of a given name (前, 来): "其妻X接受喜报",
"其父X陪同前往", "由其子X协助领取". A name read from a cue ends before them."""

from __future__ import annotations

ACTS_AFTER = (
    *("接受", "接收", "接过", "接待", "陪同", "协助", "前来", "前往", "出席", "看望"),
    *("来到", "来电", "来访", "来信", "护送", "携带", "转交", "亲手", "亲自", "现场"),
)


# words of how a person acted that open right after a name, whose first character may end a
# given name (实, 立, 及 …): a name of three read over it is two and the word ("群众郜珊实施
# 心肺复苏", "李蕾立即报警"); not 成功, 英勇, 义务, whose first character ends many names
OPENS_AFTER = frozenset(
    "实施 实行 立即 立刻 及时 迅速 主动 积极 当即 随即 毅然 果断 奋力 冒着 先后 多次 一直 "
    "始终 同志 见状 闻讯 工资 工龄 工伤 工亡 进行 开展 作出 参加 参与 证实 证明 "
    "实际 重复 户籍 "
    # how a person named in a complaint behaved ("督导员X态度恶劣", "村民X雇人挖掘": 态 and
    # 雇 close no name)
    "态度 雇人 雇请 "
    # a daily round's words ("其丈夫冯亮晨练时被犬咬伤": 晨 ends names too)
    "晨练 晨跑 夜跑 散步 遛狗 遛弯".split()  # (支付申请人薛伟工资16,000元)
)


def act_cut(text: str, start: int, end: int) -> int:
    """``end`` moved back to where an act after the name starts (a name keeps two
    characters at least); ``end`` when none starts inside the last two characters."""
    for k in range(max(start + 2, end - 2), end):
        if text.startswith(ACTS_AFTER, k):
            return k
    return end
