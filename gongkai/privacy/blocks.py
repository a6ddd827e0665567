"""Names in any delimited block, decided by the name model and the block's consistency.

Four general readings, each asking ``namemodel.score`` about isolated tokens only:

- **Rows and cells.** Any run of lines cut by one separator — tabs, semicolons (half or
  full width), bars (|, ｜, box-drawing │ ┃), commas of a CSV, or columns aligned with
  spaces — is read as a table: its first row is a header when it holds no number and no
  name. A column is one of persons when most of its tokens are confident names (two at
  least, one of three characters or more) and the block carries a personal signal (long
  numbers — IDs, mobiles, accounts — in its rows, or a header of persons); then its
  word-like names (温柔, 丁香, 秦岭) are names too. Left alone: columns under an
  officials' or a unit's header (经办人, 审核, 联系人, 单位名称), rows keyed by an
  official or opened by a unit or a company.
- **Particulars beside a token.** A token standing alone (after a line's start, a space
  or a sign) followed by a bracket that holds a person's particulars — an ID, a mobile,
  a mailbox, an age (…岁), a guardian (监护人) — or by a mobile or an ID after a space
  is a person, unless an official's title stands before it.
- **Counted enumerations.** 、-separated tokens closed by their count ("授予甲、乙、丙3名
  同志…"): when the count equals the pieces and most look like names, every piece is.
- **Spaced and relational labels.** "户　　主：X" (a label spread with spaces to align a
  form) is its compact label; a person's label's value may open with a relation
  ("共同居住人：妻娜阿、子扎发"): the relation is cut off.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import namemodel as nm
from .columns import ClerkColumns
from .countednames import counted_names
from .cuedpersons import cued_persons
from .gapalign import aligned_rows
from .holderids import own_id_follows
from .listnames import _company_row, _official, _pieces, _row_label
from .listwords import OFFICIAL_LABEL, PERSON_LABEL, non_name
from .tables import COMPANY, INDIVIDUAL_BUSINESS, _column_kind
from .wordfind import colons, find_word
from .wordfind import lines as text_lines
from .wordsurnames import field_name

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
_BOX = "│┃"
_RULE = re.compile(r"^[\s─━┌┐└┘├┤┬┴┼═╔╗╚╝╠╣╦╩╬\-—=_+|]*$")
_GAP = re.compile(r"[ \u3000]{2,}|\t")
_LONG = re.compile(r"(?<!\d)(?:\d{11,19}|\d{17}[Xx])(?!\d)")
_DIGIT = re.compile(r"\d")
_UNIT_HEADER = re.compile(
    r"^(?!报考|工作|所在|就读|原)[\u4e00-\u9fff]{0,4}(?:单位|部门|机构|机关)(?:名称)?$"
)
_PERSON_HEAD = re.compile(r"(?:人|户|者|对象|成员|家属|方|人员|户主|姓名|业主)$")
_RELATION = re.compile(
    r"^(?:妻子|丈夫|儿子|女儿|长子|次子|长女|次女|孙子|孙女|外孙女?|外孙子|父亲|母亲|哥哥|姐姐|"
    r"弟弟|妹妹|侄子|侄女|儿媳|女婿|配偶|岳父|岳母|公公|婆婆|妻|夫|子|女|父|母|兄|弟|姐|妹|侄|孙)"
)


def _kind(line: str) -> str | None:
    """The separator of a line: tab, semicolon, bar, comma (CSV) or aligned spaces."""
    if "\t" in line:
        return "\t"
    # (``in`` first: a search for one character is several times cheaper than a count)
    if (";" in line or "；" in line) and line.count(";") + line.count("；") >= 2:
        if "。" not in line:
            return ";"
    if ("|" in line or "｜" in line or "│" in line or "┃" in line) and (
        line.count("|") + line.count("｜") + line.count("│") + line.count("┃") >= 2
    ):
        return "|"
    if line.count(",") >= 2 and "，" not in line and "。" not in line:
        return ","
    body = line.strip(" \u3000")  # two gaps hold four spaces (the cheap tests first)
    if (" " in body or "\u3000" in body) and body.count(" ") + body.count("\u3000") >= 4:
        if len(_GAP.findall(body)) >= 2:
            return "gap"
    if len(line) <= 30 and _ONE.match(line):
        return "one"  # one item a line (an HTML list's items, a name a line)
    return None


_ONE = re.compile(
    r"^[ \u3000]*(?:\d{1,3}[.、．][ \u3000]*)?(?:[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})"
    r"(?:（[^（）\n]{1,20}）|\([^()\n]{1,20}\))?[ \u3000]*$"
)


_NOTE = re.compile(r"（[^（）]*）|\([^()]*\)")


def _single(region: list[tuple[int, str]], above: str, out: list[Candidate]) -> None:
    """A list of one item a line: names when most items are confident names."""
    while region and nm.score(_NOTE.sub("", region[0][1]).strip(" \u3000")) == 0.0:
        above, region = region[0][1].strip(" \u3000"), region[1:]  # its heading
    if len(region) < 3 or _official(above):
        return
    group = [t for pos, line in region for t in _tokens(line, pos)]
    group = [g for g in group if not _DIGIT.search(g[1]) and not non_name(g[1])]
    scores = [nm.score(t) for _s, t, _n in group]
    conf = sum(s >= 0.7 for s in scores)
    strong = sum(
        1 for (_s, t, _n), s in zip(group, scores, strict=True) if s >= 0.7 and len(t) >= 3
    )
    if len(group) < 3 or 4 * conf < 3 * len(group) or strong < 2:
        return
    if not (PERSON_LABEL.search(above) or strong >= 3):
        return
    for (start, token, note), s in zip(group, scores, strict=True):
        if s >= 0.3 and not OFFICIAL_LABEL.search(note):
            out.append((start, start + len(token), "name", 0.7))


def _cells(line: str, kind: str) -> list[tuple[int, str]]:
    if kind == "gap":
        out, pos = [], 0
        body = line.rstrip()
        for m in _GAP.finditer(body):
            if m.start() > pos:
                out.append((pos, body[pos : m.start()]))
            pos = m.end()
        if pos < len(body):
            out.append((pos, body[pos:]))
        return out
    if kind == ";":
        parts = re.split(r"[;；]", line)
    elif kind == "|":
        parts = re.split(r"[|｜│┃]", line)
    else:
        parts = line.split(kind)
    out, pos = [], 0
    for part in parts:
        out.append((pos, part))
        pos += len(part) + 1
    if kind == "|":  # the bars at a row's ends open and close no cell
        out = [c for c in out if c[1].strip() or 0 < c[0] < len(line) - 1]
    serial = _SERIAL.match(out[0][1]) if out else None
    if serial:  # "1．龚一雪｜3607…": a numbered row's first cell, its number cut off
        out[0] = (out[0][0] + serial.end(), out[0][1][serial.end() :])
    return out


_SERIAL = re.compile(r"[ \u3000]*\d{1,3}[.、．][ \u3000]*(?=[\u4e00-\u9fff])")


def _tokens(cell: str, at: int) -> list[tuple[int, str, str]]:
    """(start, token, note) of the persons a cell may hold, a relation before one cut off."""
    out = []
    kin = False  # a relation cut off in the cell: 母 and 孙 before a name are relations too
    ambiguous = []
    for start, token, note in _pieces(cell.strip('"'), at + (1 if cell[:1] == '"' else 0)):
        token = token.strip("-—－ ")
        if not token:
            continue
        m = _RELATION.match(token)
        if m and nm.score(token[m.end() :]) >= 0.7:
            if nm.score(token) < 0.7 or len(token) - m.end() >= 3:  # (母王淑媛)
                start, token = start + m.end(), token[m.end() :]
                kin = True
            elif m.end() == 1 and token[0] in "母孙":
                ambiguous.append(len(out))  # 母于欣: a relation if the cell has others
        out.append((start, token, note))
    for k in ambiguous if kin else ():
        start, token, note = out[k]
        out[k] = (start + 1, token[1:], note)
    return out


def _regions(text: str) -> list[tuple[str, list[tuple[int, str]]]]:
    """Runs of lines with one separator (blank lines and box rules read past)."""
    out: list[tuple[str, list[tuple[int, str]]]] = []
    cur: list[tuple[int, str]] = []
    cur_kind = None
    gap = 0
    split, starts = text_lines(text)  # (wordfind: split once a scan)
    for start, line in zip(starts, split, strict=True):
        if len(line) > 400:
            kind = None
        elif not line.strip() or _RULE.match(line):
            gap += 1
            if gap <= 1:
                continue
            kind = None
        else:
            kind = _kind(line)
            if kind in (None, "one") and cur_kind == "gap" and line.startswith("    "):
                continue  # a wrapped cell's next line in an aligned table (a PDF's text)
        if kind is not None and kind == cur_kind:
            cur.append((start, line))
            gap = 0
            continue
        if cur_kind is not None and len(cur) >= 2:
            out.append((cur_kind, cur))
        cur, cur_kind, gap = ([(start, line)], kind, 0) if kind else ([], None, 0)
    if cur_kind is not None and len(cur) >= 2:
        out.append((cur_kind, cur))
    return out


def _header_row(cells: list[tuple[int, str]]) -> bool:
    body = "".join(c for _a, c in cells)
    if _DIGIT.search(body) or sum(bool(c.strip(' \u3000"')) for _a, c in cells) < 2:
        return False  # (one cell filled: a title or a note spread over the row, no header)
    return not any(nm.confident(t) for a, c in cells for _s, t, _n in _tokens(c, a))


_NAME_START = frozenset(nm.NAME_START)


def _may_be_name(cell: str) -> bool:
    cell = cell.strip(' \u3000"')
    return (
        2 <= len(cell) <= 30 and (cell[0] in _NAME_START or "·" in cell) and not _DIGIT.search(cell)
    )


_ROLE_KEY = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:人|员|长|者)$")


def _official_row(cells: list[tuple[int, str]]) -> bool:
    label = _row_label(cells)
    if _official(label) or _company_row(cells):
        return True
    if label and cells[0][1].strip() == label and _ROLE_KEY.match(label):
        return True  # a row keyed by a role (计票人, 发言人): ``listnames`` reads it by its key
    return any(
        (len(c.strip()) <= 10 and OFFICIAL_LABEL.search(c) and not PERSON_LABEL.search(c))
        or (COMPANY.search(c) and not INDIVIDUAL_BUSINESS.search(c))
        for _a, c in cells
    )  # a row of a company or an office: its people act for it


def _table(kind: str, region: list[tuple[int, str]], above: str, out: list[Candidate]) -> None:
    rows = [[(pos + off, cell) for off, cell in _cells(line, kind)] for pos, line in region]
    rows = [r for r in rows if len(r) >= 2]
    if len(rows) < 2 or sum(_may_be_name(c) for r in rows for _a, c in r) < 2:
        return  # the cheap test first: cells that may hold a name at all
    head_at = next((k for k, cells in enumerate(rows[:2]) if _header_row(cells)), -1)
    header = rows[head_at] if head_at >= 0 else []
    if any(_UNIT_HEADER.match(c.strip()) for _a, c in header):
        return  # a list of units and their contacts acting in office
    if kind == "gap" and head_at >= 0 and len(header) >= 3:
        rows = aligned_rows(region, rows, head_at)
    if _official(above) and not PERSON_LABEL.search(above):
        return
    body = [k for k in range(len(rows)) if k != head_at]
    skip: set[int] | None = None
    signal = False
    width = max(len(r) for r in rows)
    for col in range(width):
        if sum(_may_be_name(rows[k][col][1]) for k in body if col < len(rows[k])) < 2:
            continue
        head = header[col][1].strip(' \u3000"') if col < len(header) else ""
        hk = _column_kind(head) if head else None
        if hk == "contact" or (head and _official(head)):
            continue
        # 业主, 经营者: persons in the rows no company opens (those rows are skipped)
        personish = bool(head) and (
            hk in ("name", "maybe_name", "business") or bool(_PERSON_HEAD.search(head))
        )
        if skip is None:
            skip = {k for k in body if _official_row(rows[k])}
            long_rows = sum(1 for k in body if _LONG.search("".join(c for _a, c in rows[k])))
            signal = 2 * long_rows >= len(body) or bool(PERSON_LABEL.search(above))
        group = []
        for k in body:
            if k not in skip and col < len(rows[k]):
                group += _tokens(rows[k][col][1], rows[k][col][0])
        if len(group) < 2:
            continue
        # one-character cells and known words (路, 沟, 合计, 村集体机动地) neither count for
        # nor against the column: a 四至 column names neighbours among roads and ditches
        group = [g for g in group if len(g[1]) >= 2 and not non_name(g[1])]
        if len(group) < 2:
            continue
        scores = [nm.score(t) for _s, t, _n in group]
        conf = [s >= 0.7 for s in scores]
        n_conf = sum(conf)
        strong = sum(1 for (_s, t, _n), c in zip(group, conf, strict=True) if c and len(t) >= 3)
        share = 0.5 if personish else 0.6
        if n_conf < 2 or strong < 1 or n_conf < share * len(group):
            continue
        if not (signal or personish or strong >= 3):
            continue
        if not personish and _one_word(group, conf, n_conf):
            continue  # 毛竹笋 down a 受损作物 column: a category's value, no person's
        for (start, token, note), s in zip(group, scores, strict=True):
            if s >= 0.3 and not OFFICIAL_LABEL.search(note):
                out.append((start, start + len(token), "name", 0.72))


def _one_word(group: list, conf: list[bool], n_conf: int) -> bool:
    """The column's confident names are few words recurring (a crop, a kind, a grade down a
    column no header calls persons'): persons do not recur so in a register of them."""
    distinct = len({t for (_s, t, _n), c in zip(group, conf, strict=True) if c})
    return distinct < 2 or distinct * 2 < n_conf


def _above(text: str, start: int) -> str:
    """The nearest line with words above ``start`` (a heading), blank lines read past."""
    end = start - 1
    for _ in range(3):
        if end <= 0:
            return ""
        lo = text.rfind("\n", end - 200 if end > 200 else 0, end)
        if lo < 0 and end > 200:
            return ""  # a line too long to be a heading
        line = text[lo + 1 : end].strip(" \u3000\t")
        if line:
            return line if len(line) <= 60 else ""
        end = lo
    return ""


# the note of a person: particulars an official's or a unit's note does not hold
_PARTICULARS = re.compile(
    r"(?<!\d)(?:\d{11,19}|\d{17}[Xx])(?!\d)|@|监护人|\d{1,3}岁|身份证|户籍|住址|家住|居住|^住"
)
_HONORIFIC = ("先生", "女士", "老师", "师傅", "阿姨")
_HOME_NOTE = re.compile(r"^住|住址|家住|现住|身份证|户籍")
_ROLE_BEFORE = re.compile(r"(?:长|书记|主任|员|干部|经理|(?<!家长|村民)代表|律师|会计|嘉宾)$")
_BOUNDARY = frozenset(" \t\n\u3000、，,；;：:>")
_PERSONAL_KINDS = frozenset(("id_card", "mobile", "bank_card", "email", "passport", "permit"))
_LINE_OR_CLOSE = re.compile(r"[\n）]")


def _token_before(text: str, end: int) -> int:
    """The start of the token of Han characters (and ·) that ends at ``end``, or -1."""
    i = end
    while i > end - 9 and i > 0 and ("\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] == "·"):
        i -= 1
    if end - i < 2 or (i > 0 and text[i - 1] not in _BOUNDARY):
        return -1
    return i


def _beside(text: str, anchors: list[tuple[int, bool]], out: list[Candidate]) -> None:
    """A token alone before a bracket of particulars, or before a number after a space."""
    seen = set()
    for at, number in anchors:
        # the last bracket opened on the anchor's line (within 120 characters) and not
        # closed before it: the last one of the window with no newline or ）after it
        open_ = text.rfind("（", at - 120 if at > 120 else 0, at)
        if open_ >= 0 and _LINE_OR_CLOSE.search(text, open_, at) is None:
            end, note = open_, text[open_ + 1 : at + 12]
            if OFFICIAL_LABEL.search(note[:12]) or not (number or _PARTICULARS.search(note)):
                continue
        elif number and at > 0 and text[at - 1] in " \u3000":
            end, note = at - 1, ""
        else:
            continue
        if end in seen:
            continue
        seen.add(end)
        start = _token_before(text, end)
        if start < 0:
            continue
        token = text[start:end]
        k = max(token.rfind("委托"), token.rfind("交由"), token.rfind("由其")) + 2
        if k > 1 and 2 <= len(token) - k <= 3 and note:
            start, token = start + k, token[k:]  # "委托冯涛（手机…）代签": the one entrusted
        if token.endswith(_HONORIFIC) and len(token) > 3 and _HOME_NOTE.search(note[:8]):
            end, token = end - 2, token[:-2]  # "韩强老师（住…）": a title of courtesy, no office
        s = nm.score(token)
        if s < 0.3 or (s < 0.7 and not note):
            continue
        if _ROLE_BEFORE.search(text[start - 6 if start > 6 else 0 : start].rstrip(" ：:")):
            continue  # "局长：王某（…）": an official named by the title
        out.append((start, end, "name", 0.7 if s >= 0.7 else 0.6))


def _anchors(text: str, cands: list[Candidate]) -> list[tuple[int, bool]]:
    """Where a person's particulars stand: numbers and mailboxes found, ages, guardians."""
    out = [(c[0], True) for c in cands if c[2] in _PERSONAL_KINDS]
    out += [(c[0], False) for c in cands if c[2] in ("landline", "address")]  # with a home word
    for word in ("岁", "监护人"):
        i = find_word(text, word)
        while i >= 0:
            out.append((i, False))
            i = find_word(text, word, i + 1)
    return out


# a label spread with spaces to align a form ("户  主："), or any short label, before its sign
_LABEL_BACK = re.compile(
    rf"(?:^|(?<=[\s：:（(，,；;〕】）)|｜.．、]))([{_H}](?:[ \u3000]*[{_H}]){{1,6}})[ \u3000]*$"
)
_VALUE = re.compile(
    r"[ \u3000]*([^\s。；;（(，,：:|｜]{1,40}(?:[、，,][^\s。；;（(，,：:|｜]{1,12}){0,8})"
)


def _labels(text: str, out: list[Candidate]) -> None:
    for signs in colons(text):
        for i in signs:
            # (``_label_at``'s first test, without a call for most signs)
            before = text[i - 1 : i]
            if before in _LABEL_END or before == " " or before == "\u3000":
                _label_at(text, i, out)


_LABEL_END = frozenset("主名人员属象户")


def _label_at(text: str, i: int, out: list[Candidate]) -> None:
    j = i
    while j > 0 and text[j - 1] in " \u3000":
        j -= 1
    if text[j - 1 : j] not in _LABEL_END:
        return  # no label of persons (姓名, 户主, 共同居住人, 家庭成员) ends here
    lo = i - 16 if i > 16 else 0
    m = _LABEL_BACK.search(text, lo, i)
    if not m:
        return
    raw = m.group(1)
    label = raw.replace(" ", "").replace("\u3000", "")
    if _official(label):
        return
    if _column_kind(label) != "name" and not label.endswith(("居住人", "家庭成员")):
        return
    v = _VALUE.match(text, i + 1)
    if not v:
        return
    pieces = _tokens(v.group(1), v.start(1))
    # a single value closing its line after a label of names (姓　　名：庹若曦): the whole
    # line is the name, a rarer given name will do
    alone = len(pieces) == 1 and text[v.end(1) : v.end(1) + 1] in ("\n", "") and "名" in label
    # (a 姓名 field's one value: a name whatever its surname, "姓　　名：养涛")
    sole = len(pieces) == 1 and label.endswith("姓名")
    for start, token, _note in pieces:
        if nm.score(token) >= (0.3 if alone and len(token) == 3 else 0.5) or (
            sole and field_name(token)
        ):
            out.append((start, start + len(token), "name", 0.8))


# a person mentioned in a chat ("@张翠兰 好的"), not a role ("@村委会主任陈建设", "@所有人")
_MENTION = re.compile(
    rf"@([{_H}]{{2,4}}|[{_H}]{{1,8}}·[{_H}]{{1,8}})(?=[\s，,。：:；;!！?？]|$)", re.M
)


def _mentions(text: str, out: list[Candidate]) -> None:
    for m in _MENTION.finditer(text):
        if nm.score(m.group(1)) >= 0.3:
            out.append((m.start(1), m.end(1), "name", 0.7))


# the labels of a form's sign-off line: the staff who filled, checked and approved it
_SIGNOFF_AT = re.compile(
    r"(?:经办人?|经手人|审核人?|复核人?|审批人?|制表人?|填报人|填表人|核对人|记账人?|出纳|会计|"
    r"负责人|分管领导|主管领导|批准人?|发放人|录入人|编制人|编表人|制单人?|统计人|校对人?)"
    r"[ \u3000]*[：:][ \u3000]*"
)
_SIGNOFF_END = re.compile(_SIGNOFF_AT.pattern + "$")
_REGISTRAR_END = re.compile(r"登记人[ \u3000]*[：:][ \u3000]*$")  # with another sign-off label
_AFTER_SIGN = frozenset("：: \u3000")
_UNIT_BEFORE_LABEL = re.compile(
    r"(?:政府|局|办|中心|所|站|委员会|办事处|院|股|科|街道|社区|居委会|村委会)[ \u3000，,、；;]*$"
)


_KIN = frozenset(
    "母亲 父亲 妻子 丈夫 儿子 女儿 孙子 孙女 哥哥 姐姐 弟弟 妹妹 侄子 侄女 儿媳 女婿".split()
)


_FIELD_LINE = re.compile(r"[ \u3000]*[\u4e00-\u9fff（）()]{2,12}[ \u3000]*[：:]")


def _in_record(text: str, ls: int, le: int) -> bool:
    """Whether the line ``ls``–``le`` stands between lines of "label：value" fields."""
    above = text.rfind("\n", 0, ls - 1) + 1 if ls > 0 else -1
    if above >= 0 and _FIELD_LINE.match(text, above, ls):
        return True
    return le >= 0 and _FIELD_LINE.match(text, le + 1) is not None


def _surname_sun(text: str, start: int, end: int) -> bool:
    """孙子涵, 孙女婷 whole (no given-name character after it): the surname 孙, not 孙子."""
    return (
        text[start] == "孙" and end - start == 3 and not "\u4e00" <= text[end : end + 1] <= "\u9fff"
    )


def drop_signoffs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names after the labels of a sign-off line ("经办人：X　　审核人：Y") are staff acting in
    office: dropped when the line holds two such labels or more; so are names in a table's
    column headed 经办人, 审核人 … (the clerk's name beside every row's ID or phone). A
    name that opens with a relation ("母亲林" of "监护人：母亲林秀珍") is the relation's."""
    bad: set[int] = set()
    clerks = ClerkColumns(text)
    for c in cands:
        if c[2] != "name":
            continue
        at = c[0]
        if text[at : at + 2] in _KIN and not _surname_sun(text, at, c[1]):
            bad.add(at)
            continue
        if c[3] < 0.9 and clerks.holds(at, c[1]):  # (0.9 and more: a person's column, label)
            bad.add(at)  # a cell under 经办人 / 审核人: a clerk acting in office
            continue
        if text[at - 1 : at] not in _AFTER_SIGN:
            continue
        m = _SIGNOFF_END.search(text, at - 12 if at > 12 else 0, at)
        if m is None and _REGISTRAR_END.search(text, at - 12 if at > 12 else 0, at):
            line = text[text.rfind("\n", 0, at) + 1 : at + 60].split("\n")[0]
            if len(line) <= 120 and _SIGNOFF_AT.search(line):
                bad.add(at)  # "登记人：X，审核：Y" closing a register: its clerks (privfix19h)
            continue
        if m:
            ls = text.rfind("\n", 0, at) + 1
            le = text.find("\n", at)
            # (the line's last sentence: a page's paragraph ends "。经办人：X　审核人：Y")
            line = text[max(ls, text.rfind("。", ls, at) + 1) : le if le >= 0 else len(text)]
            if len(line) <= 120 and len(_SIGNOFF_AT.findall(line)) >= 2:
                bad.add(at)
            elif (
                # (or the line's next sentence: "乡镇审核：同意。经办人：X", a field's verdict)
                (m.start() == ls or text[m.start() - 1] in "。；;" and _FIELD_LINE.match(text, ls))
                and _in_record(text, ls, le)
                and not own_id_follows(text, le, m.group().rstrip("：: \u3000"))
            ):
                bad.add(at)  # "经办人：X" as a field of a record written one field a line
            elif _UNIT_BEFORE_LABEL.search(text, max(ls, m.start() - 30), m.start()):
                bad.add(at)  # "实施单位：某镇人民政府　经办人：X": the unit's clerk
    if not bad:
        return cands
    return [c for c in cands if c[0] not in bad or c[2] != "name"]


def _read(region: list[tuple[int, str]], named: list[int]) -> bool:
    """Whether the other passes found a name in every row of a block already (before the
    row's first long number), but its header (the model then has nothing to add and its
    cost is saved)."""
    miss = 0
    for pos, line in region:
        k = bisect_left(named, pos)
        # (in a numbered row a name found only after its ID or phone — "1．X｜3607…｜代领人：
        # Y" — is a later cell's: the row's own person before it is still to be read)
        if (
            k == len(named)
            or named[k] >= pos + len(line)
            or (_SERIAL.match(line) and _LONG.search(line, 0, named[k] - pos))
        ):
            miss += 1
            if miss > 1:
                return False
    return True


_PROXY = re.compile(
    r"（(?:委托|代理人[：:]?|代领人[：:]?|由)([\u4e00-\u9fff·]{2,8}?)(?:代领|代办|代签|代为[\u4e00-\u9fff]{2})?）"
)


def _proxies(text: str, out: list[Candidate]) -> None:
    """A proxy named in a person's note: "周建国（委托周建华）", "（由李娟代领）"."""
    for m in _PROXY.finditer(text):  # led by one literal: the engine's fast scan
        if nm.score(m.group(1)) >= 0.5 and text[m.start() - 1 : m.start()] not in "）)":
            out.append((m.start(1), m.end(1), "name", 0.7))


def block_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names found by the name model in the blocks of ``text`` (module docstring);
    ``cands`` are the candidates found so far (numbers and mailboxes anchor persons)."""
    out: list[Candidate] = []
    named: list[int] | None = None
    for kind, region in _regions(text):
        if named is None:
            named = sorted([c[0] for c in cands if c[2] == "name"])
        if _read(region, named):
            continue
        if kind == "one":
            _single(region, _above(text, region[0][0]), out)
        else:
            _table(kind, region, _above(text, region[0][0]), out)
    _beside(text, _anchors(text, cands), out)
    if "@" in text:
        _mentions(text, out)
    if "（" in text:
        _proxies(text, out)
    if "名" in text or "位" in text:
        counted_names(text, out)
    if "：" in text or ":" in text:
        _labels(text, out)
    return out + cued_persons(text, cands)  # 出租方（户主）：X, 其表弟X（1380…, X、Y依次
