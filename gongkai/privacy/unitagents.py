"""Whose name it is: persons acting for an organ or a company among private persons (issue 16,
after docs129–docs131, privfix16va). Called from ``lastpasses``.

Administrative-litigation and reconsideration records, subsidy registers and hearing sign-in
lists hold, in the same rows, private persons (a plaintiff, an applicant, their lawyers, an
individual business's keeper) and persons acting in office (an organ's 出庭负责人 and its
staff as its agent, a company's 法定代表人, a hearing's chair and clerk). The latter are not
marked (benchmarks/privacy_heldout/README.md, "What is marked"). The model reads what the
record says of the person, never the name:

- **A post beside the name** (``official``): a value that is an organ's post or title —
  县自然资源局局长, 副县长, 岱峰镇镇长, 法制股股长, 机关工作人员 — ("主任", "所长", "书记"
  only after an organ's word: 办公室主任, not 村主任; a village's, a community's, a
  company's or a law firm's post never). It is read as the name's own bracketed note
  ("X（机关工作人员）", in prose too), as the cell right of the name in a delimited row
  (tab, bars, commas, quoted CSV) when the header over that cell, if any, is the name's
  post's (职务, 身份 …; not 接访领导, another person's column), and as any other value of the name's own record in an
  XML element (<ctfzr><xm>X</xm><zw>局长</zw></ctfzr>) or a JSON object.
- **The row's role** (``_ORGAN_ROLE``): a row opening with a role only an organ's person
  holds (听证主持人, 听证员, 记录人, 书记员, 被申请人代表, 被告代表), or with 被告's or
  被申请人's agent in a row naming an organ (a post, a cell ending 局/政府/委员会, a
  工作证) and no lawyer: the name in the cell after it acts in office.
- **A unit's head under a header** (``_HEAD``): under 单位负责人, 法定代表人, 负责人 a name
  is a company's or an institution's representative when its row's unit cell (the column
  headed 单位, 企业, 名称 …) names a legal person (有限公司, 合作社, 医院, 卫生院, 学校 …),
  and the keeper of an individual business (店, 部, 馆, 农家乐, 个体) otherwise: kept.

A lawyer keeps their name everywhere: a note or a record value holding 律师 wins.

- **A cell echoing its header** (``_header_echo``): "未出庭" under 出庭负责人 says the
  column's act did not happen; it is no person of the rare surnames 未 and 无, and the
  word is dropped wherever else it was taken for a name ("（二）未出庭案件…").

Speed: a candidate is read only when its line holds a post's or a role's character (长,
员, 负责, 代表, 主持, 记录); the header row over a name is looked for once a table.
"""

from __future__ import annotations

import re

from .cellsplit import _split
from .headerroles import own_id_column

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
# an organ's post: its title after the organ's words (or a county's, a town's)
_POST = re.compile(
    rf"^(?P<pre>[{_H}（）()]{{0,24}}?(?:局|政府|委员会|委|办公室|办|厅|法院|检察院|庭|司法所|派出所|"
    rf"所|大队|支队|中队|队|股|科|处|中心|站|部|[省市县区镇乡]))?"
    r"(?P<title>副?(?:局长|县长|市长|区长|州长|镇长|乡长|股长|科长|处长|庭长|厅长|所长|队长|"
    r"大队长|站长|主任|书记|科员|干部|调研员|部长))$"
)
# titles that name an organ's post alone; the others need the organ's word before them
_BARE = frozenset(
    "局长 副局长 县长 副县长 市长 副市长 区长 副区长 州长 副州长 镇长 副镇长 乡长 副乡长 "
    "股长 副股长 科长 副科长 处长 副处长 庭长 副庭长 厅长 副厅长".split()
)
_STAFF = re.compile(
    rf"^(?:行政)?机关工作人员$|^[{_H}]{{2,20}}?(?:局|政府|委员会|司法所|中心)工作人员$"
)
# a village's, a community's, a company's or a law firm's post is not an organ's
_NOT_ORGAN = re.compile(r"村|社区|居委|公司|企业|律师|事务所|集团|合作社|店|厂")


def official(value: str) -> bool:
    """``value`` is an organ's post or its staff's standing (module docstring)."""
    value = value.strip(" \u3000\t\"'*")
    if not value or len(value) > 30 or _NOT_ORGAN.search(value):
        return False
    if _STAFF.match(value):
        return True
    m = _POST.match(value)
    return m is not None and (m.group("pre") is not None or m.group("title") in _BARE)


# the header over a post beside a name, when there is one, says it is the name's own post
# (职务, 出庭负责人职务, 身份); a column of another person (接访领导) holds theirs
_POST_HEAD = re.compile(r"职务|职位|职级|身份|岗位|单位|所任|^$")
_ORGAN_ROLE = re.compile(
    r"^(?:(?:被申请人|被告|被上诉人|复议机关)(?:的)?(?:代表|负责人|出庭负责人)|"
    r"(?:听证|复议)?(?:主持人|听证员|记录人|书记员)|审判长|审判员)$"
)
_ORGAN_AGENT = re.compile(r"^(?:被申请人|被告|被上诉人)(?:的)?(?:委托)?代理人[1-9一二]?$")
_ORGAN_CELL = re.compile(r"(?:局|政府|委员会|办公室|司法所|派出所)(?:[^\u4e00-\u9fff]*)$")
_HEAD = re.compile(r"^(?:单位|企业|机构|公司|主体)?(?:负责人|法定代表人|法人代表|法人)(?:姓名)?$")
_UNIT_HEAD = re.compile(r"单位|企业|机构|名称|主体|商户")
_LEGAL = re.compile(
    r"(?:公司|集团|医院|卫生院|合作社|学校|中学|小学|幼儿园|基金会|研究院|研究所|"
    r"委员会|局|政府|中心)(?:（[^）]*）|\([^)]*\))?$"
)
_PRIVATE_UNIT = re.compile(r"个体|个人独资|经营者")
# an individual business's name: a shop, a stall, a workshop, a farm stay (or 个体 said)
_SHOP = re.compile(
    r"(?:店|商店|部|馆|行|坊|铺|摊|农家乐|工作室|诊所|超市|商行|档|个体户?|个体工商户)(?:（[^）]*）|\([^)]*\))?$"
)
# a label before a name that its note may qualify as an organ's (in prose): 委托代理人：X（股长）
_AGENT_LABEL = re.compile(r"(?:委托代理人|代理人|出庭负责人|负责人|代表)[：:]?$")
_CUE = re.compile(r"[长员]|负责|代表|主持|记录|法人")


def _sep(line: str) -> str | None:
    """The separator of a delimited row (``cellsplit._separator``'s tab, bars, commas and
    semicolons, without its aligned and spaced layouts), read without a regex."""
    if "\t" in line:
        return "\t"
    if line.count("|") >= 2:
        return "|"
    if line.count('","') >= 2 or (line.count(",") >= 2 and "，" not in line and "。" not in line):
        return ","
    if line.count(";") >= 2 and "；" not in line and "，" not in line and "。" not in line:
        return ";"
    return None


# legal persons' words: a row holding none has no company's head to leave out
_LEGAL_WORD = re.compile(r"公司|集团|医院|卫生院|合作社|学|幼儿园|基金会|研究|委员会|局|政府|中心")


def _note_after(text: str, end: int) -> str | None:
    if end >= len(text) or text[end] not in "（(":
        return None
    close = text.find("）" if text[end] == "（" else ")", end + 1, end + 34)
    return text[end + 1 : close] if close > 0 else None


def _note_place(text: str, start: int) -> bool:
    """A name's note speaks of its office in a delimited row's cell, or after an agent's
    or a head's label (委托代理人：X（…股长）); in prose a note after an honoured person or
    a witness (授予X（镇政府干部）, 证人X（站长）) names where a private person works."""
    ls = text.rfind("\n", 0, start) + 1
    if _AGENT_LABEL.search(text, start - 8 if start - 8 > ls else ls, start):
        return True
    le = text.find("\n", start)
    line = text[ls : le if le >= 0 else len(text)]
    return "。" not in line and _sep(line) is not None


def _xml_values(text: str, start: int, end: int) -> list[str] | None:
    """The other values of the XML element the name is a value in (its record)."""
    if text[start - 1] != ">" or text[end : end + 2] != "</":
        return None
    pos = text.rfind("<", start - 40 if start > 40 else 0, start)
    if pos < 0 or text[pos + 1 : pos + 2] in ("/", "!", "?"):
        return None
    depth = 0
    for _ in range(16):
        lt = text.rfind("<", pos - 400 if pos > 400 else 0, pos)
        if lt < 0:
            return None
        gt = text.find(">", lt, pos)
        if gt < 0:
            return None
        tag = text[lt + 1 : gt]
        pos = lt
        if tag.startswith("/"):
            depth += 1
        elif tag.endswith("/") or tag[:1] in "?!":
            continue
        elif depth:
            depth -= 1
        else:
            close = text.find(f"</{tag.split()[0]}>", end, end + 800)
            if close < 0:
                return None
            return _own_values(text[gt + 1 : close])
    return None


_XML_TOKEN = re.compile(r"<(/?)[^<>]*?(/?)>([^<>]{0,40})(?=<)")


def _own_values(seg: str) -> list[str]:
    """The values of an element's own leaves in ``seg`` (its content): a group nested in
    it is another party's (a recommending official's <tjr> inside a craftsman's record)."""
    out = []
    depth = 0
    for m in _XML_TOKEN.finditer(seg):
        if m.group(1):
            depth -= 1
        elif not m.group(2) and m.group()[1:2] not in ("!", "?"):
            depth += 1
            if depth == 1 and m.group(3) and seg.startswith("</", m.end()):
                out.append(m.group(3))
    return out


def _json_values(text: str, start: int, end: int) -> list[str] | None:
    """The other values of the JSON object the name is a value in."""
    if text[start - 1] != '"' or text[end : end + 1] != '"':
        return None
    lo = text.rfind("{", start - 600 if start > 600 else 0, start)
    hi = text.find("}", end, end + 600)
    if lo < 0 or hi < 0 or "}" in text[lo:start] or "{" in text[end:hi]:
        return None
    return re.findall(r':\s*"([^"]{1,40})"', text[lo:hi])


class _Rows:
    """The rows of one text's delimited tables, their header rows remembered."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.heads: dict[tuple[int, str], list[str] | None] = {}
        self.mixes: dict[tuple[int, str, int], bool] = {}
        self.heady = "负责人" in text or "法定代表" in text or "法人" in text

    def header(self, line_start: int, sep: str) -> list[str] | None:
        """The header row over the row at ``line_start``: the nearest line above in the same
        layout holding a head's word and no digits."""
        if (line_start, sep) in self.heads:
            return self.heads[(line_start, sep)]
        found = self._header(line_start, sep)
        self.heads[(line_start, sep)] = found
        return found

    def plain_header(self, line_start: int, sep: str, width: int) -> list[str] | None:
        """The nearest line above in the same layout, as wide and with no digits (the
        header of a row whose post cell is read)."""
        for _prev, line in _lines_above(self.text, line_start, 40):
            if _sep(line) != sep or any(c.isdigit() for c in line):
                continue
            cells = [c.strip(" \u3000\"'*") for c, _ in _split(line, sep)]
            if len(cells) == width and any(c.strip("-:：=—_ ") for c in cells):
                return cells  # (not a markdown table's rule under its header)
        return None

    def mixed(self, line_start: int, sep: str, col: int, width: int) -> bool:
        """The unit column ``col`` of the table around the row at ``line_start`` holds both
        legal persons and individual businesses: its heads' column tells the two apart (a
        register of companies' contacts alone marks them all)."""
        key = (line_start, sep, col)
        if key in self.mixes:
            return self.mixes[key]
        text = self.text
        seen, lines = [], []
        hi = line_start
        for prev, line in _lines_above(text, line_start, 80):  # the table's rows above and below
            if _sep(line) != sep:
                break
            lines.append((prev, line))
        n = len(text)
        for _ in range(80):
            if hi >= n:
                break
            nxt = text.find("\n", hi)
            nxt = n if nxt < 0 else nxt
            line = text[hi:nxt]
            if _sep(line) != sep:
                break
            lines.append((hi, line))
            hi = nxt + 1
        for _at, line in lines:
            cells = _split(line, sep)
            if len(cells) == width:
                seen.append(cells[col][0].strip(" \u3000\"'*"))
        result = any(_legal(u) for u in seen) and any(
            _SHOP.search(u) or _PRIVATE_UNIT.search(u) for u in seen
        )
        for at, _ in lines:
            self.mixes[(at, sep, col)] = result
        return result

    def _header(self, line_start: int, sep: str) -> list[str] | None:
        for prev, line in _lines_above(self.text, line_start, 60):
            if (prev, sep) in self.heads:
                return self.heads[(prev, sep)]
            if _sep(line) != sep or any(c.isdigit() for c in line):
                continue
            if "负责人" in line or "法定代表" in line or "法人" in line:
                return [c.strip(" \u3000\"'*") for c, _ in _split(line, sep)]
        return None


def _lines_above(text: str, line_start: int, limit: int):
    """(start, line) of at most ``limit`` lines above the line at ``line_start``, nearest first."""
    pos = line_start
    for _ in range(limit):
        if pos <= 0:
            return
        prev = text.rfind("\n", 0, pos - 1) + 1
        yield prev, text[prev : pos - 1]
        pos = prev


def _legal(unit: str) -> bool:
    return bool(unit) and _LEGAL.search(unit) is not None and not _PRIVATE_UNIT.search(unit)


def _row_agent(rows: _Rows, text: str, start: int, end: int) -> bool:
    """The name in a delimited row acts in office (module docstring)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if le - ls > 800:
        return False
    line = text[ls:le]
    sep = _sep(line)
    if sep is None:
        return False
    heady = rows.heady and _LEGAL_WORD.search(line) is not None
    if not heady and _CUE.search(line) is None:
        return False
    cells = _split(line, sep)
    at = start - ls
    index = next(
        (i for i, (c, o) in enumerate(cells) if o <= at and at + end - start <= o + len(c)), None
    )
    if index is None:
        return False
    cell = cells[index][0].strip(" \u3000\"'*")
    if not cell.startswith(text[start:end]) or "律师" in cell:
        return False
    values = [c.strip(" \u3000\"'*") for c, _ in cells]
    # the post right of the name, read with the row's unit left of it when the post is a
    # title alone ("繁荣街道办事处城建办\tX\t科员": the office's clerk)
    if index + 1 < len(values) and (
        official(values[index + 1])
        or index >= 1
        and _POST.match(values[index + 1]) is not None
        and official(values[index - 1] + values[index + 1])
    ):
        heads = rows.plain_header(ls, sep, len(values))
        if heads is None or _POST_HEAD.search(heads[index + 1]):
            return True
    if index >= 1:
        role = values[index - 1]
        if _ORGAN_ROLE.match(role):
            return True
        if _ORGAN_AGENT.match(role) and "律师" not in line:
            rest = values[: index - 1] + values[index + 1 :]
            if "工作证" in line or any(official(v) or _ORGAN_CELL.search(v) for v in rest if v):
                return True
    if heady:
        heads = rows.header(ls, sep)
        # (a head whose own ID heads another column is a private person: no unit prints its
        # representative's ID, as ``headerroles.own_id_column`` reads a clerk's)
        if (
            heads
            and len(heads) == len(values)
            and _HEAD.match(heads[index])
            and not own_id_column(heads[index], heads)
        ):
            units = [i for i, h in enumerate(heads) if i != index and _UNIT_HEAD.search(h)]
            if units:
                col = max((i for i in units if i < index), default=units[0])
                unit = values[col]
                if _legal(unit) and rows.mixed(ls, sep, col, len(values)):
                    return True
    return False


def _header_echo(rows: _Rows, text: str, start: int, end: int) -> bool:
    """ "未出庭" under 出庭负责人, "无签字" under 签字人: a cell saying its column's act did
    not happen, not a person of the rare surnames 未 and 无."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    sep = _sep(text[ls:le]) if le - ls <= 800 else None
    if sep is None:
        return False
    cells = _split(text[ls:le], sep)
    at = start - ls
    index = next((i for i, (c, o) in enumerate(cells) if o <= at < o + len(c)), None)
    if index is None or cells[index][0].strip(" \u3000\"'*") != text[start:end]:
        return False
    heads = rows.plain_header(ls, sep, len(cells))
    return heads is not None and text[start + 1 : end] in heads[index]


def unit_agents(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names of persons acting for an organ or a company."""
    rows: _Rows | None = None
    out = []
    echoes: set[str] = set()
    agents: set[str] = set()
    for cand in cands:
        start, end, kind, _ = cand
        if kind != "name" or start == 0:
            out.append(cand)
            continue
        note = _note_after(text, end)
        if (
            note is not None
            and "律师" not in note
            and official(note.split("，")[0])
            and _note_place(text, start)
        ):
            agents.add(text[start:end])  # the same person where the record names them again
            continue
        c = text[start - 1]
        values = (
            _xml_values(text, start, end)
            if c == ">"
            else _json_values(text, start, end)
            if c == '"' and text[start - 2 : start - 1] in (" ", ":")
            else None
        )
        if values is not None:
            if not any("律师" in v for v in values) and any(official(v) for v in values):
                continue
            out.append(cand)
            continue
        if rows is None:
            rows = _Rows(text)
        if _row_agent(rows, text, start, end):
            continue
        if text[start] in "未无" and _header_echo(rows, text, start, end):
            echoes.add(text[start:end])  # the word wherever it was taken for a name
            continue
        out.append(cand)
    echoes |= agents
    if echoes:
        out = [c for c in out if c[2] != "name" or text[c[0] : c[1]] not in echoes]
    return out
