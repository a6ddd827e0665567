"""The persons of a court's, a procuratorate's or an enforcement office's paper (issue 16).

Legal procedure writes its persons in one shape whatever the paper (判决书, 裁定书,
不起诉决定书, 支付令, 限制消费令, 送达公告, 执行公告, 司法救助决定书, 听证公告, 送达地址确认书):

- a **party role** (原告, 被告人, 被不起诉人, 申请执行人, 被执行人, 上诉人 (原审被告),
  委托诉讼代理人, 辩护人, 收款人 …), then the party's name, then its particulars or its act
  ("被告人X，男，…", "被告人X故意伤害一案", "被执行人X名下…"). The name is a private
  person's unless the party is a unit or a public body's agent in office ("委托代理人：X，
  该局…民警"). In a record one cell a line the role stands alone on its line, the name on
  the line before it, the address of service after it;
- a party's name **repeated** in the same paper ("X辩称", "决定对X不起诉") is the same
  person; a name read a character or two past a party's name ("文静撤" of "原告文静撤诉") is
  cut back to it;
- an **official in office** named after the post (审判长, 审判员, 人民陪审员, 法官助理, 书记员,
  执行员, 检察官, 承办人, 听证员, 人民监督员, 执行干警 …), several in one enumeration, or
  under a register's heading ("人民陪审员名单"), is no private person; nor a unit's
  name-shaped piece ("申请执行人桂林银行股份有限公司…") nor a form's key ("收款账户户名").

Masked names (张某, 李某某) stay clean (the scanner drops them). The pass runs only on a
text holding a legal word (one ``in`` test a word); its scans are led by a few characters
(a role's last one, 本人, 由) or bounded by a window around a party.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import namemodel as nm
from .listwords import non_name
from .patterns import is_han
from .wordfind import find_by, has_word, places

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
# a legal document says one of these (the cheap test before any scan)
_GENRE_WORDS = (
    "法院",
    "检察",
    "本院",
    "我院",
    "执行",
    "原告",
    "被告",
    "上诉人",
    "案号",
    "诉讼",
    "审判",
)

# the party roles, the longer first (被申请执行人 before 申请执行人 before 申请人)
_ROLES = (
    "被申请执行人|申请执行人|被执行人|被不起诉人|犯罪嫌疑人|被告人|被上诉人|上诉人|"
    "再审申请人|复议申请人|救助申请人|赔偿请求人|被申请人|申请人|异议人|"
    "原审原告|原审被告|原审第三人|第三人|原告|被告|"
    "委托诉讼代理人|委托代理人|诉讼代理人|法定代理人|指定代理人|辩护人|"
    "被害人|利害关系人|案外人|受送达人|罪犯|保证人|担保人|买受人|竞买人|"
    # who receives a payment or a paper of the case (its form's key: "收款人\tX")
    "收款账户户名|账户户名|收款人|领款人|收件人|签收人|代收人|代签人"
)
# the case's cause after a party's name ("被告人X故意伤害一案", "被执行人X追偿权纠纷")
_CAUSE = (
    "追偿|民间|买卖|金融|借款|故意|交通|劳动|离婚|房屋|物业|租赁|建设|承揽|侵权|机动车|"
    "生命|健康|财产|不当|信用卡|装饰|赡养|抚养|继承|相邻|排除|返还|债权|股权|劳务|追索|"
    "盗窃|诈骗|抢劫|危险|寻衅|非法|开设|职务|挪用|贪污|受贿|失火|过失|妨害|掩饰|帮助|"
    "一案|提供|本人"
)
# the act or particular after a party's name: where the name ends
_AFTER = (
    r"(?=[，,。；;、：:（(\s]|$|诉|与|等|因|犯|涉嫌|系|向|于|不服|到庭|及|辩称|称|上诉|"
    r"未|已|自|经|提出|申请|的|对|在|为|是|同意|拒不|应|主张|认为|陈述|签收|领取|欠|借|"
    r"作为|名下|共同|均|之|" + _CAUSE + ")"
)
_BOUNDARY = re.compile(_AFTER[3:-1])
_CAUSE_AFTER = re.compile(_CAUSE)
_NAME = rf"(?![为是])([{_H}]{{2,4}}?|[{_H}]{{1,8}}·[{_H}]{{1,8}}?)"
_ROLE_LIST = sorted(_ROLES.split("|"), key=len, reverse=True)


def _role_backs() -> dict[str, tuple[frozenset[str], re.Pattern[str]]]:
    """For each last character of a role: the characters before it in some role, and a
    zero-width pattern that holds where a role ends (fixed-width look-behinds, one per
    length)."""
    out = {}
    for last in sorted({r[-1] for r in _ROLE_LIST}):
        by_len: dict[int, list[str]] = {}
        for r in _ROLE_LIST:
            if r[-1] == last:
                by_len.setdefault(len(r), []).append(r)
        looks = "|".join(f"(?<={'|'.join(rs)})" for rs in by_len.values())
        before = frozenset(r[-2] for r in _ROLE_LIST if r[-1] == last)
        out[last] = (before, re.compile(looks))
    return out


_ROLE_BACKS = _role_backs()


def _role_ends(text: str) -> list[int]:
    """Where a role ends, in order: a C find of each last character (人, 告, 犯, 名), the
    character before it tested, then the look-behinds."""
    ends = []
    for last, (before, back) in _ROLE_BACKS.items():
        for k in places(text, last):  # (人 and 名 are walked by other passes too: ``wordfind``)
            if k and text[k - 1] in before and back.match(text, k + 1):
                ends.append(k + 1)
    ends.sort()
    return ends


# what follows a role: a note on its standing, a colon, the name and its end
_AFTER_ROLE = re.compile(
    rf"(?:[（(][^（()）\n]{{1,14}}[）)])?[：:]?(?:为|是)?[ \t\u3000]*{_NAME}{_AFTER}"
)
# the person reached in a call or a notice ("电话回访X本人", "联系X本人")
_SELF = re.compile(rf"(?:回访|联系|通知|询问|告知|约谈)([{_H}]{{2,4}})$")
# a guarantor named in a payment order's prose ("由X提供保证", "由X提供连带责任担保")
_GUARANTOR = re.compile(rf"由([{_H}]{{2,4}}|[{_H}]{{1,8}}·[{_H}]{{1,8}})$")
_GUARANTEE = re.compile(r"提供[^，。；\n]{0,8}(?:保证|担保)")
# a record one cell a line: the party's name, then its role alone on the next line, then
# its address of service ("X\n被执行人\n某县开放大道319号"), or the role first
_CELL_NAME = re.compile(rf"[ \u3000]*([{_H}]{{2,4}}|[{_H}]{{1,8}}·[{_H}]{{1,8}})[ \u3000]*")
_CELL_HOME = re.compile(
    rf"[ \u3000]*([{_H}]{{2,24}}?(?:路|街|大道|巷|村|镇)[^\n]{{0,30}}?\d+号[^\n\s]{{0,24}})[ \u3000]*(?:\n|$)"
)
# the same role opened by a character that makes it another word (被申请人 has 申请人)
_ROLE_OPENERS = frozenset("被原")
_NEXT = re.compile(rf"、[ \u3000]*{_NAME}{_AFTER}")

# a unit's name running on from where a name-shaped piece of it starts, no break between
_UNIT_RUN = re.compile(
    rf"(?:(?!诉|与|及|的)[{_H}]){{0,24}}?"
    r"(?:有限责任公司|股份有限公司|有限公司|分公司|公司|银行|支行|分行|信用社|合作社|"
    r"委员会|村委会|居委会|集团|商行|经营部|门市部|事务所|工作室)"
)
_UNIT_BEFORE = re.compile(rf"(?:{_ROLES}|[、与及和])[：:]?[ \u3000]*$")

# an official in office named after the role, several in one enumeration
_OFFICIAL = re.compile(
    r"(?:审判长|审判员|人民陪审员|法官助理|法官|书记员|执行员|执行干警|干警|法警|"
    r"司法警察|检察官助理|检察官|检察员|承办人|听证员|人民监督员|监督员|送达人(?<!受送达人)|回访人|"
    r"庭长|院长|合议庭成员)"
    rf"(?:[（(][^（()）\n]{{0,12}}[）)])?(?:[：:]|为|是)?[ \t\u3000]*"
    rf"(?:[{_H}·]{{2,8}}(?:[（(][^（()）\n]{{0,20}}[）)])?[ \u3000]*[、，,和及][ \u3000]*){{0,6}}$"
)


# two characters of a sentence after a role that a surname opens ("被申请人应当自…")
_FUNCTION_WORDS = frozenset("应当 应该 应予 应按 应于 应在 依法 于本 向本 于法 对此 经本".split())
# what follows a two-character name read after its role: a break or a link to a party
_SHORT_END = re.compile(r"[，,。；;、：:（(\s]|$|诉|与|等|因|名下|" + _CAUSE)
_CLEAN_END = frozenset("，,（(、；;。\n")
# the characters around a two-character party's name repeated: a role's end or a link
# before it, an act or a particle after it
_BEFORE_SHORT = frozenset("告人方及与和对向由将")
_AFTER_SHORT = frozenset("撤诉辩称向于与的未已在不及因等对提申到均系为将经和")
# an agent acting in office for a public body ("委托代理人：X，该局法制大队民警", "X，县人民
# 政府办公室…股长"): its particulars name the body or the post
_IN_OFFICE = re.compile(
    r"[，,][ \u3000]*(?:[男女][，,])?[^，,。；;\n]{0,24}?"
    r"(?:[该本](?:局|院|所|委|办|中心|机关)|人民政府|政府办公|[局委办]工作人员|民警|股长|科长|"
    r"局长|主任科员|所长|大队长|公职律师|法官助理|书记员|检察官|法官)"
)


def _genre(text: str) -> bool:
    return any(w in text for w in _GENRE_WORDS)


def _person(token: str) -> bool:
    if len(token) == 2 and token in _FUNCTION_WORDS:
        return False
    return nm.score(token) >= 0.5 and not non_name(token)


def _role_at(text: str, end: int) -> str:
    for r in _ROLE_LIST:
        if text.startswith(r, end - len(r)):
            return r
    return ""


def _parties(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    office: set[str] = set()
    for end in _role_ends(text):
        role = _role_at(text, end)
        start = end - len(role)
        if start and text[start - 1] in _ROLE_OPENERS:
            continue
        if text[start - 1 : start] == "\n" and text[end : end + 1] == "\n":
            _cell_party(text, start, end, out)  # the role alone on its line
            continue
        m = _AFTER_ROLE.match(text, end)
        if m is None:
            continue
        name, at = m.group(1), m.start(1)
        if "代理人" in role and _IN_OFFICE.match(text, m.end()):
            office.add(name)  # a public body's agent acting in office
            continue
        while _person(name) and (len(name) > 2 or _SHORT_END.match(text, at + 2)):
            out.append((at, at + len(name), "name", 0.8))
            nxt = _NEXT.match(text, at + len(name))
            if nxt is None:
                break
            name, at = nxt.group(1), nxt.start(1)
    # a search back from each 本人 (rarer than the verbs), by the places of 人 that
    # ``_role_ends`` walked (``wordfind``: a find of the word costs a scan of the text)
    for k in places(text, "人"):
        if k and text[k - 1] == "本":
            m = _SELF.search(text, k - 7 if k > 7 else 0, k - 1)
            if m is not None and _person(m.group(1)):
                out.append((m.start(1), m.end(1), "name", 0.75))
    k = find_by(text, "提供", 1)  # (by 供: ``wordfind``)
    while k >= 0:  # (back from each 提供, rarer than 由)
        if _GUARANTEE.match(text, k):
            m = _GUARANTOR.search(text, k - 18 if k > 18 else 0, k)
            if m is not None and _person(m.group(1)):
                out.append((m.start(1), m.end(1), "name", 0.75))
        k = find_by(text, "提供", 1, k + 2)
    return [c for c in out if text[c[0] : c[1]] not in office] if office else out


def _cell_party(text: str, start: int, end: int, out: list[Candidate]) -> None:
    """The name on the line before a role alone on its line, the address after it; or,
    the role first, the name on the line after it and the address on the next."""
    ls = text.rfind("\n", 0, start - 1) + 1
    cell = _CELL_NAME.fullmatch(text, ls, start - 1)
    home_at = end + 1
    if cell is None:
        le = text.find("\n", end + 1)
        cell = _CELL_NAME.fullmatch(text, end + 1, le) if le > 0 else None
        home_at = le + 1
    if cell is None or nm.score(cell.group(1)) < 0.3 or non_name(cell.group(1)):
        return
    out.append((cell.start(1), cell.end(1), "name", 0.8))
    home = _CELL_HOME.match(text, home_at)
    if home and not _UNIT_WORD.search(home.group(1)):
        out.append((home.start(1), home.end(1), "address", 0.8))


def _mentions(text: str, parties: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for s, e, _, _ in parties:
        name = text[s:e]
        # the same document: its party blocks before, its reasons and orders after
        lo, hi = max(0, s - _BACK), e + _AHEAD
        k = text.find(name, lo, hi)
        while k >= 0:
            if (k, k + len(name)) in seen:
                k = text.find(name, k + len(name), hi)
                continue
            seen.add((k, k + len(name)))
            end = k + len(name)
            before, after = text[k - 1 : k] if k else "", text[end : end + 1]
            if len(name) == 2:
                # a two-character name between a role's end and an act ("原告文静撤诉")
                good = (not is_han(before) or before in _BEFORE_SHORT) and (
                    not is_han(after) or after in _AFTER_SHORT
                )
            else:  # not a piece of a longer name ("X陆海洋", "陆海洋X" read as one name)
                good = not (is_han(before) and nm.score(before + name) >= 0.7) and not (
                    is_han(after) and nm.score(name + after) >= 0.7
                )
            if good:
                out.append((k, end, "name", 0.75))
            k = text.find(name, end, hi)
    return out


def _trimmed(text: str, c: Candidate, clean: set[str]) -> Candidate:
    """A name read one or two characters too long past a party's name ("文静撤" of
    "原告文静撤诉") cut back to the name its party block gave ("原告：文静，")."""
    s, e = c[0], c[1]
    if e - s <= 2 or text[s:e] in clean:
        return c
    for cut in (e - 1, e - 2):
        if (
            cut - s >= 2
            and text[s:cut] in clean
            and (text[cut] in _AFTER_SHORT or _BOUNDARY.match(text, cut))
        ):
            return (s, cut, c[2], c[3])
    return c


_BACK, _AHEAD = 3000, 12000


_UNIT_WORD = re.compile(r"公司|银行|法院|政府|委员会|中心|大厦|局|院|所")
# a heading over a register of officials (人民陪审员名册, 特邀调解员名单): the names under it
# act in office, like a unit's staff (the settled marking)
_REGISTER = re.compile(
    r"(?:陪审员|调解员|仲裁员|人民监督员|听证员|监督员|执行员|法官|检察官)[^\n]{0,8}(?:名册|名单)"
)
_HEADING = re.compile(
    r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])", re.M
)
# a form's key read as a name: a label's words at its end ("收款账户户名", "收款人签名")
_LABEL_END = re.compile(r"(?:户名|签名|签字|法官|人|员|官|号码|电话|地址|账户)$")
_LABEL_WORDS = ("留存", "预留", "登记")


def _label(token: str) -> bool:
    if len(token) < 3:
        return False
    if any(w in token for w in _LABEL_WORDS):
        return True  # "原留存电话": a key's qualifier
    return (
        len(token) >= 4
        and "·" not in token
        and nm.score(token) == 0
        and bool(_LABEL_END.search(token))
    )


def _register_words(text: str) -> list[tuple[int, bool]]:
    """Each 名册 / 名单 in order, and whether its line is a heading over officials."""
    out = []
    for word, by in (("名册", 1), ("名单", 0)):  # (by 册 and 名: ``wordfind``)
        k = find_by(text, word, by)
        while k >= 0:
            ls = text.rfind("\n", 0, k) + 1
            end = text.find("\n", k)
            end = len(text) if end < 0 else end
            heading = bool(_HEADING.match(text, ls)) and _REGISTER.search(text, ls, end) is not None
            out.append((k, heading))
            k = find_by(text, word, by, k + 2)
    out.sort()
    return out


def _registered(text: str, start: int, words: list[tuple[int, bool]]) -> bool:
    """The name stands under a register's heading (the last 名册 / 名单 before it, 1,500
    characters at most), in its list of names, not in a table after it."""
    i = bisect_left(words, (start, False)) - 1
    if i < 0 or not words[i][1] or start - words[i][0] > 1500:
        return False
    end = text.find("\n", words[i][0], start)
    if end < 0:
        return False
    # a table after the register's names is none of it (its header, its rows)
    line = text.rfind("\n", 0, start) + 1
    return text[line : line + 1] != "|" and "序号" not in text[end:start]


def _official(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return _OFFICIAL.search(text, start - 60 if start - 60 > line else line, start) is not None


def _unit_piece(text: str, start: int, end: int) -> bool:
    run = _UNIT_RUN.match(text, start)
    if run is None or run.end() <= end:
        return False
    return _UNIT_BEFORE.search(text, start - 12 if start > 12 else 0, start) is not None


def court_parties(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the parties of a legal document added and its officials and units'
    name-shaped pieces taken out (the rules of the module docstring)."""
    if not _genre(text):
        return cands
    parties = _parties(text)
    # the names a party block gives whole: followed by its particulars' comma or bracket
    clean = {
        text[s:e]
        for s, e, _, _ in parties
        if text[e : e + 1] in _CLEAN_END or _CAUSE_AFTER.match(text, e)
    }
    words = _register_words(text) if has_word(text, "名册", 1) or "名单" in text else []
    registers = any(heading for _, heading in words)
    below = has_word(text, "名下", 1)
    kept = []
    for c in cands:
        kind = c[2]
        if kind == "name":
            s, e = c[0], c[1]
            if (
                _official(text, s)
                or _unit_piece(text, s, e)
                or _label(text[s:e])
                or (registers and _registered(text, s, words))
            ):
                continue
            if clean and e - s > 2:
                c = _trimmed(text, c, clean)
        elif kind == "address" and below:
            cut = text.find("名下", c[0], c[1])
            if cut >= 0:  # "被执行人X名下某路8号住宅": the property's address after the owner
                c = (cut + 2, c[1], kind, c[3])
        kept.append(c)
    if not parties:
        return kept
    parties = [_trimmed(text, c, clean) for c in parties]
    return kept + parties + _mentions(text, parties)
