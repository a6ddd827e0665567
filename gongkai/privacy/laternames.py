"""Later mentions of a name found with a sure cue (issue 16).

``names.repeated_names`` and ``prosebounds.clause_mentions`` take another mention of a
two-character name only as a word of its own or between a preposition and a verb of
speech. A report names the same person again anywhere in a clause: "按笔试成绩确定X进入
体检", "X之妻Y", "由X代领", "X本人表示认可", "男方X登记时…". Once a document has named
X as a person with a sure cue (a person's column, a label, particulars), a mention of X
is the same person where the character after it ends the name: no CJK character, or one
that very rarely stands in a given name and opens the words after a name
(``validators.NAME_STOP``: 之, 自, 本, 的, 进 …), so that "X" is not the start of a longer
name. A name of four characters with a compound surname (东方明亮, 上官敏雪) is taken
again whatever follows it: no longer name holds it. A name that is also a common word
(``validators.COMMON_WORDS``: 田园, 和平) is never taken so, nor two characters filling a
table's cell (the columns decide there).
"""

from __future__ import annotations

from bisect import bisect_left

from . import validators as v

Candidate = tuple[int, int, str, float]

# how far from the sure finding a mention counts as the same person (one document)
_WINDOW = 2000
# a name found with this confidence or more was found with a sure cue
_SURE = 0.7
# a name found with this confidence or more is taken again only after a clear edge
_WEAK = 0.6
_CELL_EDGE = frozenset(" \t|│\u3000")
# words a person's name is followed by in notices and reports (what the person did, what
# happened to the person, the person's household or standing in a list)
WORDS_AFTER = frozenset(
    "登记 进入 放弃 受益 承包 承租 兄弟 姐妹 最后 赡养 抚养 相邻 综合 参加 参与 提交 领取 办理 "
    "申领 居住 经营 驾驶 持有 签订 签收 出具 陪同 带领 到场 死亡 去世 病故 患有 夫妇 夫妻 父子 "
    "母子 母女 父女 成绩 笔试 面试 体检 考察 一家 来信 来电 来访 随调 随迁 随同 家庭 "
    # a judgment's account of a victim or an estate: what was done to the person, the person
    # before death, what stands in the person's name
    "生前 身亡 遇害 受伤 刺伤 砍伤 打伤 撞伤 殴打 名下 "
    # an audit's or a recovery's account of what the person took (X冒领, X骗取, X套取; docs278)
    "冒领 冒用 骗取 套取 虚报 多领".split()
)
# characters before a name that end the words before it (prepositions, 在)
_BEFORE = frozenset("对向由给让将把被经据令请同跟替与和及在于、")
# the signs inside a sentence a name may follow (not a label's sign nor a bracket, where a
# unit's name may open with a person's: "委托代理人：X律师事务所")
_SENTENCE_STOPS = frozenset("，,；;")


def _cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or ch == "·")


def ends_name(text: str, end: int) -> bool:
    """Whether the character at ``end`` cannot go on a name ending before it."""
    after = text[end : end + 1]
    return (
        not _cjk(after)
        or (after in v.NAME_STOP and after not in v.GIVEN_CHARS)
        or text[end : end + 2] in WORDS_AFTER
        # a character no given name holds before a number ("屈桂约4岁时", "X仅3岁")
        or (after not in v.GIVEN_CHARS and text[end + 1 : end + 2].isdigit())
    )


def _clean_edges(text: str, at: int, end: int) -> bool:
    """Whether a mention stands inside a sentence between the words before a name (a
    preposition, a comma) and a character that no given name holds ("对X作出", "，X予以"):
    no longer name. (Not after a quote, a label's sign or a bracket, where a shop's or a
    firm's name may open with a person's, nor opening a line, where a heading's word may.)"""
    return (
        at > 0
        and (text[at - 1] in _BEFORE or text[at - 1] in _SENTENCE_STOPS)
        and _cjk(text[end : end + 1])
        and text[end] not in v.GIVEN_CHARS
    )


def _starts_name(text: str, at: int) -> bool:
    """Whether the character before ``at`` ends the words before a name."""
    before = text[at - 1 : at] if at else ""
    return not _cjk(before) or before in _BEFORE


def sure_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the other mentions of every name of two or three characters found
    with a cue; a weaker candidate one character off such a mention ("由X", "X赡") gives
    way to the name the document knows."""
    best: dict[str, tuple[int, float]] = {}
    names: list[tuple[int, int, int]] = []  # (start, end, index in cands)
    # a two-character name found weakly at two places, each by its own cue ("村民X" …
    # "关于X的"), vouches for itself as one found with a sure cue does
    weak: dict[str, int] = {}
    for s, e, kind, conf in cands:
        if kind == "name" and e - s == 2 and _WEAK <= conf < _SURE:
            weak[text[s:e]] = weak.get(text[s:e], 0) + 1
    whole = {(s, e) for s, e, kind, _c in cands if kind == "name" and e - s == 4}
    for i, (s, e, kind, conf) in enumerate(cands):
        if kind != "name":
            continue
        names.append((s, e, i))
        # a weakly cued name of two characters may be a word (牧民乌兰 … 乌兰、巴图): only a
        # sure one stands again; three characters are a name however weak the cue
        # four with a compound surname (东方明亮): no longer name holds it, so either edge
        # of a later mention is a name's
        if (
            (e - s == 3 and conf >= _WEAK)
            or (e - s == 2 and (conf >= _SURE or (conf >= _WEAK and weak.get(text[s:e], 0) > 1)))
            or (e - s == 4 and conf >= _WEAK and text[s : s + 2] in v.COMPOUND_SURNAMES)
        ):
            name = text[s:e]
            if name in best and best[name][1] >= conf:
                continue
            if e - s == 3 and name[:2] in v.COMPOUND_SURNAMES and (s, s + 4) in whole:
                continue  # 尉迟子 read where 尉迟子墨 is found at the same place: no name of its own
            if name not in v.COMMON_WORDS and v.name_shape(name) == name:
                best[name] = (s, conf)
    if not best:
        return cands
    names.sort()
    starts = [s for s, _, _ in names]
    dropped: set[int] = set()
    out: list[Candidate] = []
    for name, (s, conf) in best.items():
        size = len(name)
        sure = conf >= _SURE
        hi = min(len(text), s + size + _WINDOW)
        at = _find(text, name, max(0, s - _WINDOW), hi)
        while at >= 0:
            end = at + size
            if (
                at != s
                and (size == 4 or ends_name(text, end) or _clean_edges(text, at, end))
                and (sure or _starts_name(text, at))
                and not _in_cell(text, at, end)
            ):
                lo = bisect_left(starts, at - 12)
                over = [
                    (a, b, k)
                    for a, b, k in names[lo : bisect_left(starts, end)]
                    if b > at and k not in dropped
                ]
                if not over:
                    out.append((at, end, "name", 0.65))
                elif sure and all(
                    (a, b) != (at, end)
                    and at - 1 <= a
                    and b <= end + 1
                    and cands[k][3] < conf
                    and cands[k][3] < 0.9
                    for a, b, k in over
                ):
                    dropped.update(k for _, _, k in over)
                    out.append((at, end, "name", 0.65))
            at = _find(text, name, end, hi)
    if not out:
        return cands
    return [c for i, c in enumerate(cands) if i not in dropped] + out


def _find(text: str, name: str, lo: int, hi: int) -> int:
    """``text.find(name, lo, hi)`` by the name's first character (a one-character search
    is several times faster on Han text than a word's: ``wordfind``)."""
    first, last = name[0], hi - len(name) + 1  # (the last start the word fits before hi)
    k = text.find(first, lo, last) if last > lo else -1
    while k >= 0 and not text.startswith(name, k):
        k = text.find(first, k + 1, last)
    return k


def _in_cell(text: str, at: int, end: int) -> bool:
    """A name filling a cell of its own (spaces, a tab or a pipe on both sides)."""
    before = text[at - 1 : at] if at else "\n"
    after = text[end : end + 1] or "\n"
    if before == "\n" and after == "\n":
        return False  # a line of its own: a letter's or a mail's signature ("…请核查。\n植珂\n")
    return (before in _CELL_EDGE or before == "\n") and (after in _CELL_EDGE or after == "\n")
