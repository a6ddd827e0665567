"""The name after a weak cue (市民, 配偶, 其孙, 爱人 …) mended at its ends.

The cue rules of ``prose`` read a name of given-name characters; a name whose last
character is rare in given names is cut one short ("其孙乜浩然）" as 乜浩, "配偶解永年（"
as 解永), and a transliterated name one short of its fourth ("我爱人古丽娜尔的电话" as
古丽娜). Standing alone up to a sign, the whole run is the name. And a cue before what
the group does is no person: "医学生毕业后", "患者就医时", "职工退休后".
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import TRANSLIT, non_name
from .wordfind import colons

Candidate = tuple[int, int, str, float]

# what closes a name's run: a sign, a space, a line's end
_SIGNS = frozenset("（()），,。；;、：:！!？? \u3000\t\n“”\"'")
# characters that follow a name in prose and end no name: function words, the words of
# what a person does or where, units' and places' ends (NAME_STOP, but for 年, which
# ends given names of old: 永年, 鹤年, 丰年)
_NOT_LAST = (v.NAME_STOP - frozenset("年")) | frozenset(
    "说去来讲问听看走也都又还就才仍须需应可要会能该得"
)
# characters that open what a person named did or was ("…无力赔偿", "…已于", "…在逃")
_OPENERS = frozenset("无不未已在于因被也均仍将称是为与和及等向到从对有")

# a modal verb and what the persons named by a cue must or may do (应继续, 须及时, 可自行)
# an adverb right after 时 closing a clause of time ("接孩子时才发现", "送孩子时就…")
WHEN_ADVERBS = frozenset("才就都又却也还已便均")
_MODAL_DOING = re.compile(
    r"[应须需可将要](?:继续|当|该|及时|按照|按时|依法|依照|主动|尽快|立即|自行|如实|积极|配合|提供)"
)


def _HAN(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# what the persons named by a cue do, written right after it: no name
_DOINGS = frozenset(
    "毕业 结业 肄业 就业 就读 就医 就诊 应征 应聘 应考 退休 退役 退伍 入学 入伍 入住 入院 "
    "住院 出院 离职 离岗 离校 返乡 返岗 到岗 报名 报到 复学 休学".split()
)


def mend_cue_name(text: str, at: int, name: str) -> str:
    """``name`` read at ``at`` after a weak cue, whole up to a sign; "" when it is a doing."""
    if not name or name[:2] in _DOINGS or (len(name) == 2 and name[1] == "家"):
        return ""  # (隔壁王家: a family's home, no person)
    if _MODAL_DOING.match(text, at):
        return ""  # "申请人代表应继续与您协商": what the group must do, no 应 surname
    if name[0] == "时" and name[1:2] in WHEN_ADVERBS:
        return ""  # "接孩子时才发现": a clause of time closing on the cue, no 时 surname
    end = at + len(name)
    last = text[end : end + 1]
    if not last or last in _SIGNS or last in _NOT_LAST:
        return name
    after = text[end + 1 : end + 2]
    if len(name) == 2 and (not after or after in _SIGNS or after in _OPENERS) and _HAN(last):
        return name + last  # "其孙乜浩然）", "配偶解永年（…）", "肇事者苟大年无力赔偿"
    if all(c in TRANSLIT for c in name):
        # "我爱人米娜瓦尔的电话": a transliterated name of four, whole up to a sign or 的
        size = len(name)
        while size < 4 and text[at + size : at + size + 1] in TRANSLIT:
            size += 1
        after = text[at + size : at + size + 1]
        if size > len(name) and (not after or after in _SIGNS or after == "的"):
            return text[at : at + size]
    return name


# a relative's label with its sign ("配偶：尹素贤，", "长子: 王远"), or a relative's word
# before a transliterated name ("配偶叶卡捷琳娜·彼得罗娃"): the weak cues read neither
_KIN = (
    "配偶|妻子|丈夫|父亲|母亲|儿子|女儿|长子|次子|长女|次女|之子|之女|"
    "其父|其母|其妻|其夫|其子|其女|携子|携女|偕妻|偕夫|"
    "其兄|其弟|其姐|其妹|其孙|哥哥|弟弟|姐姐|妹妹"
)
_KIN_WORDS = frozenset(_KIN.split("|"))
_KIN_VALUE = re.compile(r"[ \u3000]*([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff·])")
_KIN_DOTTED = re.compile(
    rf"(?:{_KIN})[:：]?[ \u3000]*([\u4e00-\u9fff]{{2,6}}·[\u4e00-\u9fff]{{2,30}})(?![\u4e00-\u9fff·])"
)


# the words after a dotted name that are no part of it ("安娜·罗西为意大利籍")
_DOT_STOP = frozenset("为是的在和与及等已于将被因由向对从系籍现户证号住家")


def kin_labels(text: str) -> list[Candidate]:
    """Relatives named after their label's sign or by a dotted name (module docstring)."""
    out: list[Candidate] = []
    for signs in colons(text):  # (the text's colons, found once a scan: ``wordfind``)
        for k in signs:
            if k >= 2 and text[k - 2 : k] in _KIN_WORDS:
                m = _KIN_VALUE.match(text, k + 1)
                if m and v.plausible_name(m.group(1)) and not non_name(m.group(1)):
                    out.append((m.start(1), m.end(1), "name", 0.85))
    dot = text.find("·")
    while dot > 0:  # (the dot is rare: the relative's word looked for before each)
        for k in range(dot - 10 if dot > 10 else 0, dot - 3):
            m = _KIN_DOTTED.match(text, k)
            if m and m.start(1) < dot:
                dotted = m.group(1)
                cut = next((i for i, c in enumerate(dotted) if c in _DOT_STOP), len(dotted))
                given = dotted.index("·") + 1
                if len(dotted) - given > 8 and cut - given > 8:
                    break  # a run on past eight with no stop in it ("约翰·米勒持外国人…")
                if cut > dotted.index("·") + 2:  # "配偶安娜·罗西为意大利籍": it ends at 为
                    out.append((m.start(1), m.start(1) + cut, "name", 0.8))
                break
        dot = text.find("·", dot + 1)
    return out
