"""Persons in the written forms of village and petition documents that carry no label.

- **Neighbours in the boundaries** of a plot (四至 of 宅基地, 承包地, 确权 notices): each
  side names what the plot touches, and a household's plot is named by its holder
  ("东至蔡明宽宅基地", "北至宋德全家承包地"). The name must stand between the side
  (东至, 南邻, 西抵 …) and a word for a household's land or house; roads, ditches and
  fields (村道, 沟渠, 耕地) are no names.
- **A run of names on a line**: three or more names separated by 、，, or spaces, after
  a group's heading and its sign or alone ("二组（共7户）：冯成德，冯成才，母德清");
  notes in brackets are read past ("鲜正权（6，由其子鲜伟代领）"), and so is 家庭 or 户
  after a name ("魏秀珍家庭（郭道镇）"). Every piece must be a name of given-name
  characters (no place word at its end: 张家湾, 李家庄), and the line must not head
  officials (委员, 组长, 执法人员 …: they act in office).
- **Relatives named after the person a text is about**: 其妹, 其弟, 其兄, 其婆婆,
  之岳母 … (the nearer relatives 其父, 之妻 … are cues of ``patterns``); a relative with a
  note in brackets after them, or named with a given name of given-name characters,
  is found with the confidence that finds their later mentions too.
- **Words for a private person with a sign** ("被执行人：庞振兴", "被继承人：张观生（已故）",
  "受援人：…"): the value up to a sign or a bracket.
- **Co-petitioners in a reply's brackets**: "你（及钱佩芳、钱立新）于…提出".

All searches are precompiled and start with a literal or a short class; each function
runs only when its anchor character is in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain

from . import validators as v
from .bracketparticulars import persons_before_particulars
from .enumerations import _OFFICIALS_BEFORE
from .groupnames import group_households
from .listtails import tail_names
from .names import Candidate, _company_representative, best_name
from .sidefolk import folk_side_name
from .tables import COMPANY, NOT_NAMES
from .wordfind import colons, find_word, has_word
from .wordfind import lines as text_lines

_CJK = "\u4e00-\u9fff"

# --- 四至 ------------------------------------------------------------------------------
_SIDE = re.compile(
    rf"(?:东|南|西|北)(?:至|邻|抵|靠|接|界)[ \u3000]*([{_CJK}]{{2,4}}?)"
    r"(?=家?(?:宅基地|宅基|住宅|房屋|住房|老宅|院墙|承包地|责任田|自留地|林地|菜地|户|家))"
)
_NOT_GIVEN = frozenset("家氏某姓村组")


def _hits(text: str, chars: str, before: int = 0):
    """Offsets ``before`` characters ahead of each of ``chars`` in ``text``: ``str.find``
    scans for one character many times faster than an expression led by a class."""
    for ch in chars:
        at = text.find(ch, before)
        while at >= 0:
            yield at - before
            at = text.find(ch, at + 1)


def boundary_neighbours(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    match = _SIDE.match
    for k in _hits(text, "至邻抵靠界", 1):
        m = match(text, k)
        if m is None:
            continue
        run = m.group(1)
        if run[-1] in _NOT_GIVEN:
            continue
        if (
            v.plausible_name(run, strict=False) and v.plausible_name(run, strict=len(run) == 2)
        ) or folk_side_name(run):  # "南至石老根宅基地": a folk name with 老 (sidefolk)
            out.append((m.start(1), m.end(1), "name", 0.8))
    return out


# --- runs of names on a line -------------------------------------------------------------
_NOTE = re.compile(r"[（(][^（()）\n]{0,40}[）)]")
_SEP = re.compile(r"[、，,；; \u3000\t]+")
_PIECE = re.compile(r"[^、，,；; \u3000\t]+")
_TRAIL = ("家庭", "户")
_GROUP_HEAD = re.compile(
    rf"^[{_CJK}]{{0,4}}?[一二三四五六七八九十\d]{{1,3}}(?:组|队|社|号)$|^\d{{1,3}}[.．、]?$"
)
_FUNCTION = re.compile(r"[的了在是和与及或等向对于为因由从将把被已未不所应可并其之上下人名们者]")
_PLACE_END = frozenset("村庄湾坝沟屯寨镇乡街路河山岭坡冲塘桥坪湖港岗营铺集店园区县市省")
_HEAD_OFFICIALS = re.compile(
    r"领导|班子|委员|组长|局长|主任|书记|县长|镇长|乡长|村长|干部|人员|执法|工作组|主持|记录|审核|签发|"
    r"出席|列席|参会|到会|缺席|请假"
)
# a line with three signs of a list (、，, or a space between CJK) at least
_LIST_LINE = re.compile(rf"[{_CJK}）)][、，,；; \u3000]+[{_CJK}]")
# a line without a full stop but at its end, and with two runs of those signs (where
# ``_two_list_signs`` may hold): after the newline that opens it, in "\n" + text (a
# literal first, then loops of one class that give nothing back: a fast scan)
_RUN_LINE = re.compile(
    r"\n(?=[^。\n]*+[ \u3000。]*+(?:\n|\Z))"
    r"[^、，,；; \u3000\n]*+[、，,；; \u3000]++[^、，,；; \u3000\n]++[、，,；; \u3000]"
)
# seven characters of one piece: no sign between pieces, no bracket of a note, no colon
_LONG_PIECE = re.compile(r"[^、，,；; \u3000\t（()）：:]{7}")


def _run_of_names(line: str, base: int) -> list[Candidate]:
    tail = line.rstrip(" \u3000。")
    if len(tail) >= 7 and _LONG_PIECE.fullmatch(tail, len(tail) - 7):
        return []  # its last piece too long for a name (a sentence): the cheap test first
    head = max(line.rfind("："), line.rfind(":"))
    if head >= 0:
        label = _NOTE.sub("", line[:head]).strip(" \u3000")
        if _HEAD_OFFICIALS.search(label) or _OFFICIALS_BEFORE.search(label):
            return []
    body_at = head + 1
    body = _NOTE.sub(lambda n: " " * len(n.group()), line[body_at:]).rstrip(" \u3000。")
    found: list[Candidate] = []
    three = False
    odd = 0  # pieces shaped like a name whose given name holds a word's character (常保平)
    for k, p in enumerate(_PIECE.finditer(body)):
        piece = p.group()
        if k == 0 and head < 0 and _GROUP_HEAD.match(piece):
            continue  # "四组　郦国富　柏玉兰 …": the group opens the line without a sign
        for trail in _TRAIL:
            if piece.endswith(trail) and len(piece) - len(trail) >= 2:
                piece = piece[: -len(trail)]
                break
        if not 2 <= len(piece) <= 4 or piece[-1] in _PLACE_END:
            return []
        if not v.plausible_name(piece, strict=True):
            if not (len(piece) >= 3 and v.plausible_name(piece, strict=False)):
                if len(piece) != 3 or piece[0] not in v.SURNAMES or _FUNCTION.search(piece):
                    return []
                odd += 1
        three = three or len(piece) >= 3
        start = base + body_at + p.start()
        found.append((start, start + len(piece), "name", 0.75))
    if len(found) < 3 + odd or not three or odd > 1:
        return []
    return found


def name_runs(text: str) -> list[Candidate]:
    """The runs of names on lines (``_run_of_names``), read only on the lines that
    ``_RUN_LINE`` finds in one scan, and the line right under a run (``listtails``)."""
    out: list[Candidate] = []
    lines, starts = text_lines(text)  # (split once a scan: wordfind)
    padded = "\n" + text  # a line's newline in it stands where the line starts in text
    search = _RUN_LINE.search
    found: list[int] = []
    m = search(padded)
    while m is not None:
        i = bisect_left(starts, m.start())
        if len(lines[i]) <= 240 and _two_list_signs(lines[i]):
            found.append(i)
        m = search(padded, m.start() + 1 + len(lines[i]))  # from the next line's newline
    prev = -2  # the last line read with a run of three names or more
    for i in found:
        if 0 <= prev < i - 1:
            _tail_after(lines, starts, prev + 1, out)
        line = lines[i]
        if "：" in line or ":" in line or not _HEAD_OFFICIALS.search(_line_above(lines, i)):
            run = _run_of_names(line, starts[i])
        elif prev == i - 1:
            run = tail_names(line, starts[i])  # the list's last line: one or two names
        else:
            run = []
        out += run
        prev = i if len(run) >= 3 else -2  # (right under it: a blank line ends the list)
    if 0 <= prev < len(lines) - 1:
        _tail_after(lines, starts, prev + 1, out)
    return out


def _tail_after(lines: list[str], starts: list[int], i: int, out: list[Candidate]) -> None:
    """The names closing a run on line ``i`` right under it (no run on that line)."""
    line = lines[i]
    if line and len(line) <= 240 and line.strip(" \u3000"):
        out += tail_names(line, starts[i])


def _line_above(lines: list[str], i: int) -> str:
    """The last line before line ``i`` with words, when 40 characters at most (its
    heading: over officials, their names act in office); a line over 240 ends it."""
    for j in range(i - 1, -1, -1):
        line = lines[j]
        if not line:
            continue
        if len(line) > 240:
            return ""
        if line.strip(" \u3000\t"):
            return line if len(line) <= 40 else ""
    return ""


def _two_list_signs(line: str) -> bool:
    """``len(_LIST_LINE.findall(line)) >= 2``, the search stopped at the second match."""
    found = _LIST_LINE.finditer(line)
    return next(found, None) is not None and next(found, None) is not None


# --- relatives, role words with a sign, co-petitioners ----------------------------------------
_KINSHIP = (
    r"(?:堂兄|堂弟|堂姐|堂妹|表兄|表弟|表姐|表妹|长子|次子|长女|"
    r"次女|亲属|亲戚|妹妹|弟弟|哥哥|姐姐|婆婆|公公|岳父|岳母|儿子|女儿|儿媳|女婿|丈夫|妻子|孙子|孙女|"
    r"外孙|外孙女|侄子|侄女|母亲|父亲|配偶|妹|弟|兄|姐|孙|妻|夫|子|女|父|母)"
)
_RELATIVE = re.compile(rf"[其之你您](?:内地|在外|外地|远房|近)?{_KINSHIP}([{_CJK}]{{2,4}})")
# the next relative of the same list ("其长子X、次子Y"): a relation word, then the name
_NEXT_RELATIVE = re.compile(rf"[、和及与]{_KINSHIP}([{_CJK}]{{2,4}})")
_ROLE = re.compile(
    r"(?:被执行人|被继承人|继承人|受援人|违法行为人|被处罚人|被申请执行人|申请执行人|受害人|"
    r"被害人|共同信访人|信访人|赔偿请求人|被征收人|被申请人|复议申请人|被监护人|经营者|"
    r"死亡人员|下落不明人|失踪人|产权人|所有人|捡拾人|拾得人|合伙人)[：:][ \u3000]*"
    rf"([{_CJK}]{{2,4}})(?=[（(、，,；;。\s]|$)"
)
_ROLE_ENDS = (
    "行人",
    "承人",
    "援人",
    "为人",
    "罚人",
    "害人",
    "访人",
    "求人",
    "收人",
    "请人",
    "护人",
    "营者",
    *("人员", "明人", "踪人", "权人", "有人", "拾人", "得人", "伙人"),
)
_CO_PETITIONERS = re.compile(rf"你[（(]及([{_CJK}、]{{2,30}})[）)]")


def relatives(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    match = _RELATIVE.match
    for k in _hits(text, "其之你您"):
        m = match(text, k)
        if m is None:
            continue
        run = m.group(1)
        name = best_name(run, strict=True)
        if not name:
            continue
        after = text[m.start(1) + len(name) : m.start(1) + len(name) + 1]
        conf = 0.75 if after in "（(" or len(name) >= 3 else 0.6
        out.append((m.start(1), m.start(1) + len(name), "name", conf))
        end = m.start(1) + len(name)
        while (m := _NEXT_RELATIVE.match(text, end)) and (
            name := best_name(m.group(1), strict=True)
        ):
            out.append((m.start(1), m.start(1) + len(name), "name", 0.7))
            end = m.start(1) + len(name)
    return out


def role_labels(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    search = _ROLE.search
    full, half = colons(text)
    for k in chain(full, half):
        if text[k - 1 : k] not in "人者员" or not text.endswith(
            _ROLE_ENDS, k - 3 if k > 3 else 0, k
        ):
            continue
        m = search(text, k - 7 if k > 7 else 0, k + 12)
        if m is None or m.start(1) < k:
            continue
        name = m.group(1)
        if m.group().startswith("经营者") and _company_representative(text, m.start() + 3):
            continue  # a company's manager is public registration data
        if v.plausible_name(name, strict=False):
            out.append((m.start(1), m.end(1), "name", 0.85))
    return out


# "1，萨仁高娃，女，150203…", "（三）留某某，男，": an item that opens with a person and
# their sex, names without a Chinese surname included (Mongolian, Tibetan); a unit has no
# sex. Led by the line's newline, a literal, for the engine's fast scan.
_ITEM_PERSON = re.compile(
    r"\n[ \u3000]*(?:\d{1,3}[，,.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])"
    rf"[ \u3000]*([{_CJK}·]{{2,8}})[，,][ \u3000]*[男女][，,]"
)
_CELL_SEPS = "\t|,"
_CELL_RUN = re.compile(rf"[{_CJK}·]{{2,8}}")


def _party_before(text: str, at: int) -> Candidate | None:
    """ "洛桑平措\t自然人": the cell before a category cell that says 自然人 or 个人."""
    k = at
    while k > 0 and text[k - 1] in " \u3000":
        k -= 1
    if k == 0 or text[k - 1] not in _CELL_SEPS:
        return None
    sep = k - 1
    lo = max(text.rfind(c, sep - 12 if sep > 12 else 0, sep) for c in "\t|,\n") + 1
    cell = text[lo:sep].strip(" \u3000")
    if not _CELL_RUN.fullmatch(cell) or COMPANY.search(cell) or cell in NOT_NAMES:
        return None
    start = text.index(cell, lo)
    return start, start + len(cell), "name", 0.85


# the last character of a word for a kind of person standing before the name in an item
# (新生儿, 患儿, 产妇, 受援人, 申请者, 学员, 考生, 村民, 职工, 家属), or for a post on a
# crew or a team (船长, 组长, 大副, 水手, 厨师, 司机, 乘客), or for an offender (罪犯, 案犯)
_KIND_ENDS = frozenset("儿妇人者员生民工属童长副手师机客犯")


def _role_cut(run: str) -> int:
    """Where the name starts in ``run`` after a word for a kind of person, or 0."""
    for size in (3, 2, 4):
        lead = len(run) - size
        if 2 <= lead <= 4 and run[lead - 1] in _KIND_ENDS and v.plausible_name(run[lead:]):
            if size < 4 or run[lead : lead + 2] in v.COMPOUND_SURNAMES:
                return lead
    return 0


def items_of_persons(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _ITEM_PERSON.finditer("\n" + text):
        run = m.group(1)
        if len(run) > 4 and "·" not in run:
            cut = _role_cut(run)  # "1. 新生儿X，女，", "2. 受援人X，男，": the name after
            if cut:
                out.append((m.start(1) - 1 + cut, m.end(1) - 1, "name", 0.8))
                continue
            if not m.group().lstrip("\n \u3000")[0].isdigit():
                continue  # "（一）受援人罗某某，男，": a role before the name (``cuenames``)
        if not COMPANY.search(run):
            out.append((m.start(1) - 1, m.end(1) - 1, "name", 0.8))
    for word in ("自然人", "个人"):
        at = find_word(text, word)
        while at >= 0:
            end = at + len(word)
            while end < len(text) and text[end] in " \u3000":
                end += 1
            if end == len(text) or text[end] in "\t|,\n":
                got = _party_before(text, at)
                if got:
                    out.append(got)
            at = find_word(text, word, at + 1)
    return out


def co_petitioners(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _CO_PETITIONERS.finditer(text):
        k = m.start(1)
        for piece in m.group(1).split("、"):
            if v.plausible_name(piece, strict=False):
                out.append((k, k + len(piece), "name", 0.8))
            k += len(piece) + 1
    return out


# a name quoted after a word for a name ("权利人姓名由“候丽娟”更正为“侯丽娟”", "户名
# 登记为“邹满绣”"): the quoted value is a person's name, a misspelt one included
_NAME_WORD = re.compile(r"(?:姓名|户名|名字|账户名|户主名|开户名|账户登记为)[^“”\n。；]{0,10}$")
_UNIT_CHARS = re.compile(
    r"局|委|办|院|所|站|部|社|厂|店|馆|行|中心|公司|政府|村|镇|乡|县|市|区|组|队"
)
_QUOTED = re.compile(rf"“([{_CJK}·]{{2,6}})”")
_EXAMPLE = re.compile(r"示例|例如|样例|范例|比如|举例|填写示范|如[：:]")


def quoted_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for k in _hits(text, "“"):
        m = _QUOTED.match(text, k)
        if m is None:
            continue
        before = text[k - 16 if k > 16 else 0 : k]
        if "名" not in before and "登记为" not in before and "”" not in before:
            continue
        if not _NAME_WORD.search(before):
            # the second of a correction: "由“候丽娟”更正为“侯丽娟”"
            prev = text.rfind("“", k - 20 if k > 20 else 0, k)
            if prev < 0 or not _NAME_WORD.search(text, prev - 16 if prev > 16 else 0, prev):
                continue
            if not _CORRECTED.search(text, prev, k):
                continue
        value = m.group(1)
        if len(value) > 4 and "·" not in value:
            continue
        if _EXAMPLE.search(text, k - 24 if k > 24 else 0, k):
            continue  # "如示例：姓名“张三”": how to fill a form, no one's name
        if _UNIT_CHARS.search(value) or value in NOT_NAMES or "某" in value:
            continue
        out.append((m.start(1), m.end(1), "name", 0.85))
    return out


_CORRECTED = re.compile(
    r"”[^“”\n]{0,4}(?:更正为|改为|变更为|更改为|应为|系|实为|误写为|误登为|误录为)$"
)


def line_names(text: str) -> list[Candidate]:
    """Every form of this module, each only when its anchor is in the text."""
    out = name_runs(text) + items_of_persons(text)
    out += boundary_neighbours(text) + relatives(text) + role_labels(text)
    out += persons_before_particulars(text) + group_households(text)  # 水口组X反映
    if "“" in text:
        out += quoted_names(text)
    if has_word(text, "你（及") or has_word(text, "你(及"):
        out += co_petitioners(text)
    return out
