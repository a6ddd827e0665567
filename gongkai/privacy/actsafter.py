"""Acts that follow a person named in prose, whose first character is no stop of a name
(``validators.NAME_STOP``) and may even be one of a given name (前, 来): "其妻X接受喜报",
"其父X陪同前往", "由其子X协助领取". A name read from a cue ends before them."""

from __future__ import annotations

ACTS_AFTER = (
    *("接受", "接收", "接过", "接待", "陪同", "协助", "前来", "前往", "出席", "看望"),
    *("来到", "来电", "来访", "来信", "护送", "携带", "转交", "亲手", "亲自", "现场"),
)


def act_cut(text: str, start: int, end: int) -> int:
    """``end`` moved back to where an act after the name starts (a name keeps two
    characters at least); ``end`` when none starts inside the last two characters."""
    for k in range(max(start + 2, end - 2), end):
        if text.startswith(ACTS_AFTER, k):
            return k
    return end
