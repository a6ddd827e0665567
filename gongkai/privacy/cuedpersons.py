"""Private persons named in prose and notes by what stands right beside them (after the
twelfth held-out batch; README: "Persons by what stands beside them").

- a label with a note (``出租方（户主）：X``) or a household's label (``被征收户：X``, a DOCX
  form's cells ``养殖户：\tX``);
- a relative: a kinship word before a bracket of particulars ("其表弟X（1380…"), after
  之/其/及/、 ("之父X、母Y", "及子X（未成年）"), a relation in brackets ("X（外甥）");
- a proxy ("X代收", "由其妻X代为"), a former name ("曾用名X");
- an individual business's operator ("（个体工商户，经营者X）"), never a company's;
- the parties of a lawsuit or an enforcement ("原告X诉被告Y、Z", "申请执行人X、Y、某公司");
- the 、-partner of a person found, a row referred to by its number ("第2户X系…"), a
  token before a masked ID ("X，4311**…"), pieces counted by their label ("共3人）：…").

Each rule is led by a literal (a fast scan of the text) and asks ``namemodel.score`` of
the token; companies, villages, relations and header words score 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import namemodel as nm
from .actsafter import ACTS_AFTER
from .honours import honoured_persons
from .listwords import non_name
from .soldiers import ranked_soldiers
from .wordfind import find_word, places

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
_TOKEN = re.compile(rf"[{_H}]{{1,8}}·[{_H}]{{1,8}}(?:·[{_H}]{{1,8}})?|[{_H}]{{2,4}}")
# the word before a sign: a person's label ending in 户/人/方/者, or any with a note
_NOTED = re.compile(rf"([{_H}]{{1,6}})[（(]([{_H}]{{1,5}})[）)][ \u3000]*[：:][ \t\u3000]*$")
_HOUSEHOLD = re.compile(rf"(?:^|(?<=[\s，,；;。]))([{_H}]{{1,4}}户)[ \u3000]*[：:][ \t\u3000]*$")
# notes that make the label's value a person
_PERSON_NOTE = frozenset(
    "户主 姓名 户主姓名 本人 监护人 代理人 代办人 甲方 乙方 承包方 签名 签字 代表 户代表".split()
)
# a relation as the note ("见证人（父）：", "代领人（母亲）："): the value is a relative
_KIN_NOTE = frozenset("父 母 子 女 妻 夫 兄 弟 姐 妹 孙 父亲 母亲 儿子 女儿 丈夫 妻子 配偶".split())
_LABEL_OF_STAFF = re.compile(r"(?:经办|审核|联系|负责|填报|制表|审批|复核|出纳|会计)人?$")
# a household label that is none: an account's, a door's, a settling's
_NOT_HOUSEHOLD = re.compile(r"(?:账户|开户|落户|门户|入户|分户|立户|销户|用户|客户)$")
_VALUE_END = frozenset("\t\n\r 　，,。；;（(：:、")

_KIN = (
    "姑父|姑妈|姨父|姨妈|舅舅|舅妈|叔叔|伯父|伯母|婶婶|表弟|表哥|表姐|表妹|堂弟|堂兄|堂哥|堂姐|"
    "堂妹|外甥女|外甥|侄子|侄女|女婿|儿媳|孙子|孙女|外孙|儿子|女儿|丈夫|妻子|父亲|母亲|哥哥|"
    "姐姐|弟弟|妹妹|配偶"
)
# a bracket of particulars after a relative's name, and the relative read back from it
_AFTER_OPEN = r"(?=1[3-9]\d{9}|手机|电话|联系电话|住|现住|家住|[男女][，,、）)]|\d{1,3}岁)"
_KIN_BACK = re.compile(rf"(?:{_KIN})([{_H}]{{2,4}}?)$")
_OPERATOR = re.compile(rf"经营者[：:]?([{_H}]{{2,4}}?)(?=[）)、，,]|分别|等)")
_COMPANY = re.compile(r"公司|集团|有限|合作社|企业|银行|联社|中心|协会|医院|学校")
_PARTNER_AFTER = frozenset("）)，,。；;\n\t 　")
_PARTNER_WORDS = ("依次", "分别", "等", "两人", "二人", "夫妇", "共同", "均", "（", "(")
# words that close an enumeration of persons: a partner before them needs less of a name
_CLOSING = ("依次", "分别", "等", "两人", "二人", "夫妇", "（合伙", "(合伙")


def _value(text: str, at: int) -> tuple[int, int] | None:
    m = _TOKEN.match(text, at)
    if not m:
        return None
    end = m.end()
    if end < len(text) and text[end] not in _VALUE_END:
        return None  # the value runs on: a sentence, not a name
    return m.start(), end


# a sign after a bracket's close or 户 (led by the sign: a fast scan)
_SIGNS = (re.compile(r"：(?<=[）)户人名位]：)"), re.compile(r":(?<=[）)户人名位]:)"))


def _signs(text: str, out: list[Candidate]) -> None:
    """One scan of the signs after a bracket's close, 户, 人, 名 or 位: a label's value
    (``_label_at``) or the pieces a count announces (``_counted_at``)."""
    for sign in _SIGNS:
        for c in sign.finditer(text):
            i = c.start()
            before = text[i - 1]
            if before in "）)户":
                _label_at(text, i, out)
            if before in "人名位" or before in "）)" and text[i - 2 : i - 1] in ("人", "名", "位"):
                _counted_at(text, i, out)


def _label_at(text: str, i: int, out: list[Candidate]) -> None:
    j = i + 1
    while j < len(text) and text[j] in " \t\u3000":
        j += 1
    head = text[i - 14 if i > 14 else 0 : j]
    noted = _NOTED.search(head) if text[i - 1] in "）)" else None
    if noted:
        note = noted.group(2)
        ok = (note in _PERSON_NOTE or note in _KIN_NOTE) and not _LABEL_OF_STAFF.search(
            noted.group(1)
        )
    else:
        hh = _HOUSEHOLD.search(head) if text[i - 1] == "户" else None
        ok = hh is not None and not _NOT_HOUSEHOLD.search(hh.group(1))
    span = _value(text, j) if ok else None
    if span and nm.score(text[span[0] : span[1]]) >= 0.5:
        out.append((span[0], span[1], "name", 0.8))


def _brackets(text: str, out: list[Candidate]) -> None:
    """One scan of the brackets: a relation in them ("X（外甥）") or particulars after a
    relative ("其表弟X（1380…")."""
    for rx in _BRACKETS:
        for p in rx.finditer(text):
            if p.group(1):
                _back(text, p.start(), 0.5, out)
                continue
            m = _KIN_BACK.search(text, max(0, p.start() - 8), p.start())
            if not m:
                continue
            word = m.group(1)
            if nm.score(word) >= 0.5 and not non_name(word):
                out.append((m.start(1), m.end(1), "name", 0.8))


# a small business after the unit's word: the unit only names where it stands (老林镇中心校
# 门口炸洋芋摊（经营者：X）: the stall's operator, no company's)
_STALL = re.compile(r"[摊店铺档坊]")


def _company_before(text: str, at: int) -> bool:
    """Whether a company's word stands before the 经营者 at ``at``, and no stall or shop
    named after it."""
    ends = [m.end() for m in _COMPANY.finditer(text, at - 40 if at > 40 else 0, at)]
    return bool(ends) and not _STALL.search(text, ends[-1], at)


def _operators(text: str, out: list[Candidate]) -> None:
    at = find_word(text, "经营者")
    while at >= 0:
        if not _company_before(text, at):
            m = _OPERATOR.match(text, at)
            pos = m.start(1) if m else -1
            while m and nm.score(m.group(1)) >= 0.7:
                out.append((m.start(1), m.end(1), "name", 0.8))
                pos = m.end(1)
                if text[pos : pos + 1] != "、":
                    break
                m = re.compile(rf"([{_H}]{{2,4}}?)(?=[）)、，,]|分别|等)").match(text, pos + 1)
        at = find_word(text, "经营者", at + 3)


def _partner(text: str, at: int, ending: str) -> tuple[int, int, float] | None:
    """The name starting at ``at``: 2–4 characters (or with ·) ending at a delimiter or a
    word that closes an enumeration; its score, higher when it ends like its partner."""
    m = _TOKEN.match(text, at)
    if not m:
        return None
    if ending:  # "张三户、李四户": the partner ends where its own 户 stands
        end = text.find(ending, at + 2, at + 4)
        if end > 0 and text[end + 1 : end + 2] in "、，,。；;\n" and not non_name(text[at:end]):
            return at, end, 0.3
    for end in range(m.end(), at + 1, -1):
        rest = text[end : end + 2]
        if rest[:1] in _PARTNER_AFTER or rest.startswith(_PARTNER_WORDS) or not rest:
            closing = text[end : end + 3].startswith(_CLOSING)
            return at, end, 0.3 if closing and end - at == 3 else 0.7
    return None


def _scored_match(m: re.Match[str], need: float, out: list[Candidate]) -> None:
    word = m.group(1)
    if nm.score(word) >= need and not non_name(word):
        out.append((m.start(1), m.end(1), "name", 0.8))


def _partners(text: str, cands: list[Candidate], out: list[Candidate]) -> None:
    # (only the names a 、 follows, with 户/家 between: a cheap test per candidate first)
    seps = []
    for _s, e, k, c in cands:
        after = text[e : e + 1]
        if after in ("、", "及") or after in ("户", "家") and text[e + 1 : e + 2] == "、":
            if k == "name" and c >= 0.6:
                seps.append((e, after if after in ("户", "家") else ""))
    if not seps:
        return
    starts = {s for s, _e, k, _c in cands if k == "name"}
    for e, ending in seps:
        sep = e + len(ending)
        if sep + 1 in starts:
            continue
        kin = _KIN_NAME.match(text, sep + 1)  # "之父X、母Y", "之妻X及子Y（未成年）"
        if kin:
            _scored_match(kin, 0.7, out)
            continue
        if text[sep] != "、":
            continue
        got = _partner(text, sep + 1, ending)
        if got is None:
            continue
        ps, pe, need = got
        word = text[ps:pe]
        if nm.score(word) >= need and not non_name(word):
            out.append((ps, pe, "name", 0.75))


# Each rule below is led by what follows the name (a literal or a bracket: a fast scan
# of the text), and the name is then read backwards from it in a short window: a token
# at a boundary (a line's or cell's start, a sign, 由, 其妻 …).
_BACK = re.compile(
    rf"(?:(?<=[\s：:，,；;、（(│|由])|(?<=其[妻夫子女父母兄弟姐妹])|(?<=其配偶)|\A)"
    rf"(?!其)([{_H}]{{2,4}}|[{_H}]{{1,8}}·[{_H}]{{1,8}})$"
)
_RELATION = (
    "外甥女|外甥|女儿|儿子|之子|之女|侄子|侄女|妻子|丈夫|配偶|父亲|母亲|孙子|孙女|外孙|儿媳|女婿|"
    "弟弟|哥哥|姐姐|妹妹|长子|次子|长女|次女|系其[子女妻夫父母]|其[子女妻夫]"
)
_AFTER_BRACKET = rf"(?:((?:{_RELATION})[）)，,])|{_AFTER_OPEN})"
_BRACKETS = (re.compile("（" + _AFTER_BRACKET), re.compile(r"\(" + _AFTER_BRACKET))
_ON_BEHALF = re.compile(r"代[收领签办缴管为理]")
_BY_KIN = re.compile(rf"由其(?:配偶|[妻夫子女父母兄弟姐妹])[{_H}]{{3}}$")  # 由其配偶柳如烟代为
_BY_WHOM = re.compile(rf"(?:由|其[妻夫子女父母兄弟姐妹])[{_H}]{{2,4}}$")  # 由其子X代理
_MASK_SEP = frozenset("，,：: \t\u3000")
_FORMER = re.compile(
    rf"曾用名[：:为]?([{_H}]{{2,4}}|[{_H}]{{1,8}}·[{_H}]{{1,8}}?)(?=[）)，,、；;。\s]|$)"
)
# a household or a row referred to by its number in a table's note ("第2户刘小川系…",
# "第11号宝音由其妻…"): the person of that row
_SERIAL = re.compile(
    rf"第\d{{1,3}}[户号](?:原|即)?([{_H}]{{2,4}}?|[{_H}]{{1,8}}·[{_H}]{{1,8}}?)"
    rf"(?=系|由|本人|之|因|已|，|,|、|；|;|。|（|\(|）|\))"
)


def _back(text: str, end: int, need: float, out: list[Candidate]) -> None:
    """The token ending at ``end`` (a boundary before it), when it reads as a name."""
    m = _BACK.search(text, end - 18 if end > 18 else 0, end)
    if m:
        word = m.group(1)
        if nm.score(word) >= need and not non_name(word):
            out.append((m.start(1), m.end(1), "name", 0.8))


def _masked(text: str, out: list[Candidate]) -> None:
    """A token before a masked ID ("房某，4311**********2017")."""
    k = find_word(text, "****")
    while k >= 0:
        j = k
        while j > 0 and text[j - 1].isdigit():
            j -= 1
        i = j
        while i > 0 and j - i < 3 and text[i - 1] in _MASK_SEP:
            i -= 1
        if 2 <= k - j <= 6 and i < j:
            _back(text, i, 0.7, out)
        while k < len(text) and text[k] == "*":
            k += 1
        k = find_word(text, "****", k)


def _finditer(rx: re.Pattern[str], lead: str, text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for an expression whose matches start with the character
    ``lead``, one rare in texts: each ``lead`` found by ``str.find`` (a memchr scan, not
    the engine's scan of every character) and matched there."""
    find, match = text.find, rx.match
    k = find(lead)
    while k >= 0:
        m = match(text, k)
        if m is None:
            k = find(lead, k + 1)
        else:
            yield m
            k = find(lead, m.end())


def _scored(
    regex: re.Pattern[str], text: str, need: float, out: list[Candidate], lead: str = ""
) -> None:
    """``regex``'s matches scored; ``lead``: their first character, a rare one (found by
    ``str.find``, ``_finditer``)."""
    for m in _finditer(regex, lead, text) if lead else regex.finditer(text):
        word = m.group(1)
        if nm.score(word) >= need and not non_name(word):
            out.append((m.start(1), m.end(1), "name", 0.8))


# a count of persons closing a label ("停发人员（因死亡停发，共3人）：") and its pieces
_PIECE = re.compile(
    rf"([{_H}]{{2,4}}|[{_H}]{{1,8}}·[{_H}]{{1,8}})(?:[（(][^（()）\n]{{0,40}}[）)])?"
)


def _counted_at(text: str, sign: int, out: list[Candidate]) -> None:
    """Pieces after a label that counts them as persons, separated by ；/、: as many
    pieces as the count, each a token (with a note in brackets), half of them confident
    names and none below 0.3 ("…共3人）：陆某林（丁堰镇，…）；施某珍（…）；黄某明（…）。")."""
    at = sign - (text[sign - 1] in "）)")
    i = at - 1
    while i > at - 4 and text[i - 1 : i].isdigit():
        i -= 1
    want = int(text[i : at - 1] or 0)
    if not 2 <= want <= 12:
        return
    pos = sign + 1
    pieces: list[tuple[int, int]] = []
    while len(pieces) <= want:
        p = _PIECE.match(text, pos)
        if not p:
            break
        pieces.append(p.span(1))
        pos = p.end()
        if text[pos : pos + 1] not in "；;、":
            break
        pos += 1
    if len(pieces) != want or text[pos : pos + 1] not in "。；;\n" and pos < len(text):
        return
    scores = [nm.score(text[a:b]) for a, b in pieces]
    if min(scores) >= 0.3 and 2 * sum(x >= 0.7 for x in scores) >= want:
        out.extend((a, b, "name", 0.75) for a, b in pieces)


# a relative named right after a one-word kinship that follows 之/其/及/、 ("之父张三、母李四",
# "之妻王五及子赵六（未成年）", "其父索朗扎西（…"): led by the literal before the kinship
_KIN_WORD = "(?:父亲|母亲|长子|次子|长女|次女|孙子|孙女|父|母|妻|夫|子|女|弟|兄|姐|妹)"
_KIN_NAME = re.compile(
    rf"{_KIN_WORD}([{_H}]{{2,4}}?|[{_H}]{{1,8}}·[{_H}]{{1,8}}?)(?=[（(，,。；;、\s]|$)"
)
_ACTS = "|".join(ACTS_AFTER)  # "其父包·朝鲁接受喜报": the name ends before the act
_KIN_LEAD = tuple(
    re.compile(
        rf"{lead}{_KIN_WORD}([{_H}]{{2,4}}?|[{_H}]{{1,8}}·[{_H}]{{1,8}}?)(?=[（(，,。；;、\s]|{_ACTS}|$)"
    )
    for lead in ("之", "其")
)


# the parties of a lawsuit or an enforcement: persons unless a unit ("原告X诉被告Y",
# "申请执行人X、Y、某公司等"); each led by its literal, the names enumerated after it
_PARTIES = (re.compile("告(?<=[原被]告)"), re.compile("人(?<=执行人|上诉人|第三人)"))
_PARTY = re.compile(
    rf"([{_H}]{{2,4}}?|[{_H}]{{1,8}}·[{_H}]{{1,8}}?)(?=[、，,。；;（(\s]|诉|与|等|因|申请|$)"
)


def _party_ends(text: str) -> Iterator[int]:
    """The ends of ``_PARTIES``' matches, in their order: each 告 found by ``str.find``
    and the character before it read."""
    k = text.find("告", 1)
    while k >= 0:
        if text[k - 1] in "原被":
            yield k + 1
        k = text.find("告", k + 1)
    for c in _PARTIES[1].finditer(text):  # (人: common, the engine's scan)
        yield c.end()


def _parties(text: str, out: list[Candidate]) -> None:
    for end in _party_ends(text):
        pos = end + (text[end : end + 1] in "：:")
        while True:
            m = _PARTY.match(text, pos)
            if not m or nm.score(m.group(1)) < 0.7 or non_name(m.group(1)):
                break
            out.append((m.start(1), m.end(1), "name", 0.75))
            if text[m.end() : m.end() + 1] != "、":
                break
            pos = m.end() + 1


# a co-party named after 与 and before a joint act ("与X共同申请", "与X一同继承", "与X联名
# 提出"): a person acting with the record's person (the name read back from the act)
_JOINT_ACT = re.compile(
    r"(?:申请|继承|承包|购买|购置|出资|经营|签订|申报|提出|办理|登记|共有|拥有|居住)"
)
_JOINT_BACK = re.compile(rf"与([{_H}]{{2,4}}|[{_H}]{{1,8}}·[{_H}]{{1,8}})$")
# the joint words by their rarer sign (a one-sign find is a memory scan) and the sign before
_JOINT_SIGNS = (("同", "共一"), ("名", "联"))


def _joint(text: str, out: list[Candidate]) -> None:
    # 共同 / 一同 / 联名, the act after it and 与 before the name tested next
    for sign, before in _JOINT_SIGNS:
        for k in places(text, sign):  # (名 is walked by other passes too: ``wordfind``)
            if k and text[k - 1] in before and _JOINT_ACT.match(text, k + 1):
                back = _JOINT_BACK.search(text, k - 19 if k > 19 else 0, k - 1)
                if back is not None:
                    name = back.group(1)
                    if nm.score(name) >= 0.5 and not non_name(name):
                        out.append((back.start(1), back.end(1), "name", 0.8))


# a numbered record's head: its number and the person's name, then the person's sex as a
# label ("2．汤燕：性别：女", "3. 欧阳胜　性别：男", "1．曹玲秀\n性别：女"), the 性别 read first
_SEX_LABEL = re.compile(r"性别[：:]")
_NUMBERED_HEAD = re.compile(
    rf"[ \u3000]*(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})[．.、][ \u3000]*"
    rf"([{_H}]{{2,4}}|[{_H}]{{1,8}}·[{_H}]{{1,8}})[ \u3000]*[：:，,]?[ \u3000]*"
)
_HEAD_FIRST = frozenset("0123456789一二三四五六七八九十 \u3000")


def _sexed_heads(text: str, out: list[Candidate]) -> None:
    for m in _SEX_LABEL.finditer(text):
        end = m.start()
        ls = text.rfind("\n", end - 24 if end > 24 else 0, end) + 1
        if ls == end and ls > 1:  # the label opens its line: the head on the line before
            end = ls - 1
            ls = text.rfind("\n", end - 24 if end > 24 else 0, end) + 1
        if text[ls : ls + 1] not in _HEAD_FIRST or (ls == 0 and end > 24):
            continue
        head = _NUMBERED_HEAD.fullmatch(text, ls, end)
        if head is None:
            continue
        word = head.group(1)
        if nm.score(word) >= 0.5 and not non_name(word):
            out.append((head.start(1), head.end(1), "name", 0.8))


def cued_persons(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The persons of the module docstring (each rule one scan led by its literal: no
    test of the text before it, which would scan it twice)."""
    out: list[Candidate] = []
    _masked(text, out)
    _brackets(text, out)
    for m in _ON_BEHALF.finditer(text):
        if m.group() == "代理" and not _BY_WHOM.search(text, max(0, m.start() - 8), m.start()):
            continue  # 仲裁代理, 诉讼代理 (a kind of aid in a cell): no one acting for another
        # a relative between 由其… and 代…: named on both sides, a rarer name will do
        kin = _BY_KIN.search(text, max(0, m.start() - 8), m.start())
        _back(text, m.start(), 0.3 if kin else 0.5, out)
    _scored(_FORMER, text, 0.5, out, "曾")
    _scored(_SERIAL, text, 0.5, out)
    _signs(text, out)
    _operators(text, out)
    _scored(_KIN_LEAD[0], text, 0.7, out, "之")
    _scored(_KIN_LEAD[1], text, 0.7, out)  # (其: its find would stop at many false bytes)
    _parties(text, out)
    _joint(text, out)
    _sexed_heads(text, out)
    if cands:
        _partners(text, cands, out)
    out += honoured_persons(text)  # "“最美导游”X的事迹" (honours)
    return out + ranked_soldiers(text)  # "武警某部中士X，…" (soldiers)
