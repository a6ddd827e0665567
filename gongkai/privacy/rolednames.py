"""Names in prose read by the role word before them or the title after them, and by what
a name is not (issue 16, after docs103–docs105). Called from ``lastpasses``.

- **A private person's role before a name**: a guest, a passenger, a customer or a
  visitor (a two-sign word ending in 客: 旅客, 乘客, 顾客, 游客, 住客, 房客, 访客) or a
  witness (目击者) names a private person in what follows: the run of two to four signs
  after the role that is shaped as a name (``namemodel.score`` >= 0.75) and ends where
  the sentence goes on (a stop, a bracket, a particle or a verb: 的, 在, 使用, 已, 于 …).
  Every later mention of a name of three signs or more read so is the same person.
- **A name before a form of address** ("楼下的X阿姨", "房东是X大爷", "请X先生持…"): the
  run of two to four signs before 阿姨, 大爷, 大妈, 女士, 先生 … with a stop or a particle
  before it, shaped as a name (a surname with the title, 张阿姨, names nobody).
- **A name that is a conjunction and a kinship word** ("其丈夫与儿子": 与儿子) names
  nobody: a candidate of three whose last two signs are a kinship word is dropped.
- **A business's kind after its quoted name** ("“听雨轩”客栈", "各旅馆（民宿）"): a
  two-sign candidate ending in a lodging's or a shop's sign (宿, 栈, 馆, 店, 铺, 坊)
  right after a closing quote or alone in a bracket is no person.
- **A team under a staff label** ("检查人员：X、Y", ``headerroles.staff_header``), two or more
  in a 、-list, is the office's staff acting in office; 委托办理人, 代办人 are the party's.
- **A married woman's double surname** ("其妻陈吴美玲（…）"): a name of three whose first
  two signs are both common surnames, followed by one given-name sign and then a stop or
  a bracket, is the four-sign name (冠夫姓: the husband's surname before her own).

The cues are found by one ``str.find`` of one sign each (先生 by 先, the others by their
last sign): a regex over the literals, or a loop over words of a common sign, costs more.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v
from .headerroles import staff_header
from .wordfind import places

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
_GUESTS = frozenset("旅乘顾游住房访")  # 旅客, 乘客 … before 客
_ROLE_WORDS = ("目击者",)
# a referee who vouches for an applicant (推荐人, 推荐医师 of a practitioner's examination, 推荐
# 老师): a private person, as the applicant is; a unit recommending (推荐单位) names no one
_REFEREE = re.compile(r"推荐(?:人|医师|医生|老师|教师|专家)")

# what follows a name in a sentence: a stop, a bracket, a particle, a verb of the record
_AFTER = re.compile(
    r"[，,。；;、：:（(）)\s“”]|$|(?:的|在|使用|留下|已|于|称|系|和|与|及|等|均|因|未|为|给予|被|将|向|到|"
    r"入住|办理|登记|持|所|自|说|表示|反映|携|带|同|一同|一起)"
)
_KIN_TAIL = frozenset(
    "儿子 女儿 妻子 丈夫 孩子 父亲 母亲 子女 家属 亲属 配偶 老伴 爱人 孙子 孙女".split()
)
_KIND_END = frozenset("宿栈馆店铺坊")
_CLOSE_QUOTE = frozenset('”」』"')


def _name_after(text: str, at: int) -> tuple[int, int] | None:
    """The name right after a role word ending at ``at``: the longest run shaped as a name
    that the sentence goes on after."""
    run = at
    while run < len(text) and run - at < 4 and "\u4e00" <= text[run] <= "\u9fff":
        run += 1
    for size in (4, 3, 2):
        if at + size > run:
            continue
        token = text[at : at + size]
        if size == 4 and token[:2] not in v.COMPOUND_SURNAMES:
            continue
        if nm.score(token) >= 0.75 and _AFTER.match(text, at + size):
            return at, at + size
    return None


# a form of address after a name: an elder's, a neighbour's, a letter's (…阿姨, …女士)
# (老人: "其中，X老人（已于…病逝）", an elder named in a commendation or a reply)
_TITLES = tuple("阿姨 大爷 大妈 阿婆 大娘 大叔 大姐 女士 先生 老人".split())

# the cues by their last sign
# each cue by the sign it is looked for by (one memchr scan a sign; 先生 by 先, as 生 is
# common) and that sign's place in it
_CUES = tuple(
    (w[k], k, w) for w in (*_ROLE_WORDS, *_TITLES, "客") for k in [0 if w[0] in "先客" else -1]
)
# what stands before a name that a title follows: a stop, a particle, a verb of naming
_BEFORE = frozenset("，,。；;：:、（(）)“” \u3000\t\n的是叫请与和及位名为给向对将把让被由同")


def _name_before(text: str, at: int) -> tuple[int, int] | None:
    """The name right before a form of address at ``at`` ("同楼的X阿姨", "房东是X大爷"):
    a run shaped as a name with a stop or a particle before it."""
    for size in (4, 3, 2):
        lo = at - size
        if lo < 0:
            continue
        token = text[lo:at]
        if size == 4 and token[:2] not in v.COMPOUND_SURNAMES:
            continue
        if lo and text[lo - 1] not in _BEFORE:
            continue
        if nm.score(token) >= (0.75 if size > 2 else 0.9):
            return lo, at
    return None


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def roled_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names read after a private person's role and their later
    mentions added, and the non-names and short edges of the module docstring mended."""
    kept: list[Candidate | None] = list(cands)
    size = len(text)
    for i in [i for i, c in enumerate(cands) if c[2] == "name"]:  # (a comprehension: fast)
        c = cands[i]
        s, e = c[0], c[1]
        n = e - s
        if n == 3 and text[s + 1 : e] in _KIN_TAIL:
            kept[i] = None  # "与儿子", "和妻子"
        elif (
            n == 2
            and text[s + 1] in _KIND_END
            and s > 1
            and (text[s - 1] in _CLOSE_QUOTE or (text[s - 1] in "（(" and text[e : e + 1] in "）)"))
        ):
            kept[i] = None  # "“听雨轩”客栈", "旅馆（民宿）"
        elif s and text[s - 1] in _VALUE_LEAD and _staff_value(text, s, e):
            kept[i] = None  # "检查人员：X、Y": the office's staff on the check
        elif n == 3 and e + 1 < size and text[s + 1] in v.SURNAMES:
            kept[i] = _double_surname(text, c)
    out = [c for c in kept if c is not None]
    # the role words and the titles, each by one sign (a regex or a loop over words of a
    # common first sign costs more)
    found = []
    for sign, place, word in _CUES:
        for k in places(text, sign):  # (人 is walked by other passes too: ``wordfind``)
            at = k - place if place >= 0 else k + 1 - len(word)
            if at > 0 and text.startswith(word, at):
                if word == "客":
                    if text[at - 1] in _GUESTS:
                        found.append(_name_after(text, at + 1))
                elif word in _ROLE_WORDS:
                    found.append(_name_after(text, at + len(word)))
                elif "\u4e00" <= text[at - 1] <= "\u9fff":
                    found.append(_name_before(text, at))
    k = text.find("荐")  # a referee: 推荐人, 推荐医师 (one rare sign's find)
    while k >= 0:
        m = _REFEREE.match(text, k - 1) if k else None
        if m:
            found.append(_name_after(text, m.end()))
        k = text.find("荐", k + 1)
    found = [f for f in found if f is not None]
    if not found:
        return out
    spans = [(c[0], c[1]) for c in out if c[2] == "name"]
    added: list[str] = []
    for got in found:
        if got is None or _overlaps(*got, spans):
            continue
        out.append((got[0], got[1], "name", 0.8))
        spans.append(got)
        if got[1] - got[0] >= 3:
            added.append(text[got[0] : got[1]])
    for name in added:
        at = text.find(name)
        while at >= 0:
            if not _overlaps(at, at + len(name), spans):
                out.append((at, at + len(name), "name", 0.75))
                spans.append((at, at + len(name)))
            at = text.find(name, at + 1)
    return out


_STAFF_END = frozenset("人员警部")
_VALUE_LEAD = frozenset("：:、，, \u3000")
_LABEL = re.compile(rf"([{_H}]{{2,8}})[ \u3000]*[：:][ \u3000]*$")
_LIST_PIECE = re.compile(rf"[{_H}·]{{2,6}}[、，, \u3000]+")


def _staff_value(text: str, s: int, e: int) -> bool:
    """Whether the name at ``s:e`` is one of a 、-list of two or more under a label of the office's
    staff who acted on the record (检查人员：, 经办人：, 处理人：)."""
    colon = max(
        text.rfind("：", s - 30 if s > 30 else 0, s), text.rfind(":", s - 30 if s > 30 else 0, s)
    )
    if colon < 1 or text[colon - 1] not in _STAFF_END or "\n" in text[colon:s]:
        return False  # (a staff label ends in 人, 员, 警 or 部 of 干部; 姓名： is none)
    pos = colon + 1
    while pos < s and text[pos] in " \u3000":
        pos += 1
    while pos < s:
        m = _LIST_PIECE.match(text, pos)
        if m is None:
            return False
        pos = m.end()
    if pos != s or ("、" not in text[colon:s] and text[e : e + 1] != "、"):
        return False  # a team of two or more: one name after 经办人： may be a party's
    label = _LABEL.search(text, colon - 10 if colon > 10 else 0, colon + 1)
    if label is None or label.group(1).startswith(("委托", "受托", "代")):
        return False  # 委托办理人, 代办人: a private person's agent, no staff
    return staff_header(label.group(1))


def _double_surname(text: str, c: Candidate) -> Candidate:
    s, e, kind, conf = c
    if not (text[s] in v.SURNAMES and text[s + 1] in v.SURNAMES):
        return c
    if text[s - 1] == "至":
        return c  # "东至常金宝山": a plot's side, the neighbour's hill after the name
    nxt = text[e]
    if nxt not in v.GIVEN_CHARS or nxt in v.NAME_STOP or text[e + 1] not in "（(，,。；;、 ":
        return c
    if not v.plausible_given(text[s + 2 : e + 1]):
        return c
    return (s, e + 1, kind, conf)
