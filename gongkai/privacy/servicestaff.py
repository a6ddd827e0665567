"""Staff acting for the unit in a table of the persons it served (issue 16, after
docs126–docs128, privfix16ub). Called from ``lastpasses``.

A register of the persons a unit served names, beside each person, who acted for the unit
on the record: the escorts of a relief station's returns (护送人员, often two names in a
cell), a gas company's inspectors (安检员), a heating office's acceptance team (验收组),
the officers who brought a person in ("X（派出所民警）"). They act in office and are
not marked (benchmarks/privacy_heldout/README.md, "What is marked"); the persons of the
record (受助人员, 户名, 接收人, 监护人, 捡拾人, 联系人 …) keep their names.

- **A service header** (``service_header``): the cell names an act the unit performs on
  the record — escorting, safety checks, patrols, visits, verification, registration at a
  desk, acceptance, repairs, meter reading, looking after a household (包保) — and its
  doer: 人员, 员, 人, 民警, 干部, 工作人员, 组 (护送人员, 安检员, 巡检人, 验收组, 包保干部),
  or the team's leader (帮教小组组长, 核查组组长; privfix16ic).
  A party's mark (被, 受: 被检查人, 受助人员) or a private person's role word (接收,
  申请, 监护, 联系, 陪同, 家属 …) is no act of the unit. The header over a name is read in
  every layout ``columnheads.header_over`` reads (tab, bars, commas, quoted cells, aligned
  pages, one cell a line).
- **Repetition down a column** (``_repeating``): in a delimited table, a column under a
  header of no Chinese word (pinyin, English, none) that ``keymeaning`` does not read as a
  private person's role or name (householder, jhr, lxr, xm keep theirs), in which a few
  names come back row after row (each at least twice, at most a third as many names as
  rows), right of a column whose names are all different (the record's subject), is a
  column of the unit's staff. A Chinese header decides by its meaning: a survey's 辅助调查员 or a household's
  户主 repeat down their columns too and are private persons.
- **The note after a name** (``_OFFICER_NOTE``): "X（宝都派出所民警）", "X（站工作人员）":
  a name whose bracket names it a police officer or the unit's staff acts in office; a
  relative's or a resident's note (（群众）, （村主任）, （女儿）) keeps it.
- **A team's label** (``_TEAM``): "验收组：A　B　C", "核查小组成员：A、B" — the names
  after a team named by its act, to the next label or the line's end.
- **The receiving unit's receiver** (``_RECEIVING_UNIT``; privfix16ic): "接收司法所：X镇司法所
  接收人：Y" — a 接收人 labelled on the same line after a receiving unit (接收单位, 接收司法所,
  接收机构 …) is that unit's staff taking the person over; so is a 接收人 beside the date
  of the person's reporting in (``_REPORTING``: "接收人：Y　报到日期：…": the office's staff
  who took the report). A 接收人 with neither on its line (a relative fetching a person
  home) keeps the name.
- **An export's key** (``_export_key``): the same header as a JSON key, an XML element
  or an attribute ("护送人员": "A、B", <安检员>A</安检员>).
- **A word among words under an export key** (``_wordy_key``): one name-shaped value
  under a JSON key whose three or more other values are no names (a breed among breeds).
- **A local post beside the row's person** (``servingposts.post_columns``; privfix16aa):
  儿童主任, 网格员, 社工 … heading a column in a header row that holds the row's person's
  name column too.
- **A label's word**: "男方公民身份号码" — 公民 of 公民身份号码 (the legal name of the ID
  number) is no name, whatever cue stands before it.

Speed: no whole-text search. A name in a delimited row is read with its table, whose
header row is found once (the rows walked are remembered); a name alone on its line or in
a row aligned with spaces asks ``columnheads.header_over``; a team's label is looked for
on the name's own line only when it holds 组.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .columnheads import header_over, parted_header_over
from .counselcolumns import counsel_above, counsel_header
from .headerroles import own_id_column
from .keymeaning import meaning
from .servingposts import post_columns
from .unitposts import office_post

Candidate = tuple[int, int, str, float]

# acts a unit performs on a person's record, by its staff in the field or at its desk
_ACTS = (
    "护送|安检|巡检|巡查|巡访|走访|回访|随访|核查|核实|核验|查验|登记|受理|经办|承办|包保|包联|"
    "验收|检修|维修|抄表|入户|上门|排查|督查|送达|接待|帮扶|派送|送教|结对|帮教|劝返|家访|"
    "审核|审批|复核|核对|发放|接种|诊疗|查体|"
    # a gas company's or an office's inspection of a home or a workshop, and the officer
    # set over an area's businesses (检查员, 入户检查人员, 包片监管员; docs228, docs230)
    "检查|监管|"
    # a cadre assigned to a household, a village, a group, a plot, a boat or a case: the
    # same act as 包保 named by what it is assigned (包户干部, 包村干部, 包组干部, 包船干部;
    # docs110, docs199, docs220, docs277), and a cadre stationed or tied to it (驻村, 挂钩)
    "包[户村组片船点案]|驻村|挂钩"
)
# the doer: a unit's staff member (人员, 员, 民警, 干部), a teacher who serves the row's
# pupil (送教教师, 包保老师) or the one answerable for the row (包保责任人)
_DOERS = "人员|工作人员|员|人|民警|干部|工作组|小组|组|小组组长|组组长|组长|专干|教师|老师|责任人|医生|医师|护士"
_SERVICE = re.compile(
    rf"^[\u4e00-\u9fff]{{0,4}}?(?<![被受])(?:{_ACTS})"
    rf"(?:{_DOERS})(?:[1-9一二]|姓名|签名|签字)?$"
)
# a post that serves the row's pupil by its office, whatever act it names: the class's
# teacher (班主任), the counsellor (辅导员). (网格员, 安全管理员 are no such post: a
# grid's roster and a boiler's register list them as the persons the rows are about)
_POST = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:班主任|辅导员)(?:[1-9一二]|姓名|签名|签字)?$")
# an export's key in pinyin initials naming such a header: an act's initials and a
# teacher's, a cadre's or the answerable one's (sjjs 送教教师, bbjs 包保教师, bbzrr 包保责任人,
# hsmj 护送民警), or the post's (bzr 班主任). (A bare 人's r is left: jbr is 经办人 and 举报人)
_ACT_INITIALS = (
    "hs|aj|xj|xc|xf|zf|hf|sf|hc|hy|cy|sl|jb|cb|bb|bl|ys|jx|wx|rh|sm|pc|dc|sd|jd|bf|ps|sj|"
    "bj|qf|jf|sh|sp|fh|hd|ff"
)
_PINYIN_SERVICE = re.compile(rf"(?:(?:{_ACT_INITIALS})(?:js|ls|zrr|gb|mj)|bzr|fdy)(?:xm)?")
# a private person's role inside such a header: 登记人 is a register's registrant,
# 接待对象 a visitor; 陪同, 家属, 联系 a relative
_PRIVATE = re.compile(r"对象|家属|亲属|陪同|联系|申请|监护|接收|领取|代领|户主|本人|当事")
# the words searched for (a header row holding one of them)
_WORDS = re.compile(rf"(?:{_ACTS})(?:{_DOERS})|班主任|辅导员")


@lru_cache(maxsize=2048)
def service_header(cell: str) -> bool:
    """``cell`` heads the staff who acted for the unit on the record (module docstring);
    asked of each row's cells again (649 asks of 6 cells in the benchmark text): cached."""
    cell = cell.strip(" \u3000\t\"'*").replace(" ", "").replace("\u3000", "")
    if not cell or _PRIVATE.search(cell):
        return False
    if _SERVICE.match(cell) is None:
        return _POST.match(cell) is not None or office_post(cell)
    # 登记人 alone is the register's registrant (a donor, an applicant), not its clerk
    return not re.fullmatch(r"登记人(?:姓名)?", cell)


# a bracketed note after a name naming a police officer or the unit's staff, the two
# filling a table's cell (in prose, "授予X（派出所民警）、Y" honours a private person)
_OFFICER_NOTE = re.compile(
    r"[（(][\u4e00-\u9fff]{0,12}(?:派出所|公安局|分局|警务室|大队|中队)?"
    r"(?:民警|辅警|警官|工作人员|执法人员)[）)][\"']?(?=[\t|｜,\n]|$)"
)
# a note naming a notary's post, held by the state's appointment: in office wherever the
# name stands (公证员 and its assistant: README of docs225; a 调解员's note is left to the
# other passes, a village's mediator named among villagers stays a person)
_APPOINTED_NOTE = re.compile(r"[（(](?:承办|主办)?公证员(?:助理)?[）)]")
# after a label's colon, a note naming the unit and its staff post ("（工作站专职社工）",
# "（中心工作人员）", "（派出所民警）"): the unit's own staff acting on the record, whatever the
# label (接收人, 联系人); a bare post without its unit ("（社工）", "（民警）") is not read here
_UNIT_STAFF_NOTE = re.compile(
    r"[（(][\u4e00-\u9fff]{0,12}?(?:工作站|服务站|站|中心|所|局|办|大队|中队)"
    r"(?:专职|兼职)?(?:社工|社会工作者|工作人员|民警|辅警)[）)][ \u3000]*(?=[\t|｜,，；;\n]|$)"
)
# in prose, a serving post right before the name: "包保教师X先后五次上门", "送教老师X"
_PROSE_POST = re.compile(rf"(?<![被受])(?:{_ACTS})(?:教师|老师|责任人|干部|民警)$")
# a receiving unit labelled before a 接收人 on the same line: "接收司法所：X司法所　接收人：Y"
_RECEIVING_UNIT = re.compile(r"接收(?:司法所|单位|机构|部门|派出所|医院|学校)(?:名称)?[：:][^\n]")
# the person's reporting in to the office, labelled after the 接收人 on its line
_REPORTING = re.compile(r"[^\n]{0,30}?报到(?:日期|时间)[：:]")
_EXPORT_OPEN = frozenset('">、')
_CELL_START = frozenset("\t|｜,\n\"'")
# a team named by its act, as a label: 验收组：, 核查小组成员：, 巡查组人员:
_TEAM = re.compile(rf"(?:{_ACTS}|检查|工作)(?:小组|组|专班)(?:成员|人员)?[：:]")
_LABEL_END = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]|\n")


_SEPARATORS = ("\t", "|", "｜", ",")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")
_LINE = 1000  # a longer line is no table's row


def _header_row(
    text: str, line_start: int, sep: str, width: int, known: dict[tuple[int, str, int], int | None]
) -> int | None:
    """The start of the header row of the table ``line_start`` is a row of: the first row
    up of the same width without a digit (None: a row of another width, a form's labels
    beside their values or prose, comes first). ``known`` holds the rows already read
    (rows read later in the same table stop at them)."""
    pos = line_start
    seen = []
    got = None
    for _ in range(200):
        if (pos, sep, width) in known:
            got = known[pos, sep, width]
            break
        seen.append(pos)
        if pos == 0:
            break
        prev = text.rfind("\n", max(0, pos - 1 - _LINE), pos - 1) + 1
        if prev == 0 and pos - 1 > _LINE:
            break
        line = text[prev : pos - 1]
        if line.count(sep) != width:
            if line.strip(" \u3000"):
                break
        elif not _DIGIT.search(line) and line.strip(" \u3000-:|｜=—_+\t,"):
            got = prev  # (a markdown table's rule under its header is no header)
            break
        pos = prev
    for k in seen:
        known[k, sep, width] = got
    return got


def _cells(text: str, line_start: int, sep: str) -> list[str]:
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return [x.strip(" \u3000\"'*") for x in line.split(sep)]


def _head_cells(text: str, head: int, sep: str, width: int) -> list[str]:
    """The header row's cells; a grouped head's empty cells read from the row right above
    of the same width (an HTML head in two rows: 姓名 under 申请人信息, and beside it the
    upper row's cell spanning both rows, 初审人)."""
    cells = _cells(text, head, sep)
    if head > 1 and "" in cells:
        above = text.rfind("\n", 0, head - 1) + 1
        line = text[above : head - 1]
        if line.count(sep) == width and not _DIGIT.search(line):
            upper = _cells(text, above, sep)
            cells = [c or u for c, u in zip(cells, upper, strict=True)]
    return cells


def _person_key(key: str) -> bool:
    """A header of no Chinese word that ``keymeaning`` reads as a private person's role or
    name (householder 户主, jhr 监护人, lxr 联系人, xm 姓名): its names stay, repeating or not."""
    holder, datum, _ = meaning(key)
    return holder in ("person", "contact") or (datum == "name" and holder != "staff")


def _read_header(cells: list[str], width: int) -> tuple[list[bool], list[bool]] | None:
    """A header row's cells read: which head the unit's staff, which hold no Chinese word
    (read by repetition when the table has four columns or more); None when neither."""
    service = [
        service_header(x) or post for x, post in zip(cells, post_columns(cells), strict=True)
    ]
    if any(service) and any("身份" in x or "证件" in x for x in cells):
        # 经办人 beside 经办人身份证号: a party's agent, no staff (``headerroles``)
        service = [on and not own_id_column(x, cells) for x, on in zip(cells, service, strict=True)]
    if any(service):  # 承办人员 beside 律师事务所: lawyers, persons (counselcolumns)
        service = [
            on and not counsel_header(x, cells) for x, on in zip(cells, service, strict=True)
        ]
    bare = [width >= 3 and not _HAN.search(x) and not _person_key(x) for x in cells]
    return (service, bare) if any(service) or any(bare) else None


def _repeating(columns: dict[tuple[int, int], tuple[list[tuple[str, int]], bool]]) -> set[int]:
    """Starts of names in a column of repeating staff under a header of no Chinese word,
    right of a column of different names (module docstring). ``columns``: (header row,
    cell index) → the (name, start) pairs under it."""
    tables: dict[int, dict[int, tuple[list[tuple[str, int]], bool]]] = {}
    for (head, index), column in columns.items():
        tables.setdefault(head, {})[index] = column
    out: set[int] = set()
    for cols in tables.values():
        unique = [
            i
            for i, (cells, _) in cols.items()
            if len(cells) >= 4 and len({v for v, _ in cells}) == len(cells)
        ]
        if not unique:
            continue
        for i, (cells, bare) in cols.items():
            if not bare or i <= min(unique) or len(cells) < 4:
                continue
            counts = Counter(v for v, _ in cells)
            if min(counts.values()) >= 2 and len(counts) * 3 <= len(cells):
                out.update(s for _, s in cells)
    return out


def _in_team(text: str, line_start: int, start: int) -> bool:
    """The name at ``start`` stands after a team's label on its line, before the next."""
    for m in _TEAM.finditer(text, line_start, start):
        stop = _LABEL_END.search(text, m.end(), start)
        if stop is None:
            return True
    return False


# the key a value stands under in an export: "护送人员": "X、Y", <安检员>X</安检员>,
# 核查人员="X" (the value's text before the name in the same string)
_EXPORT_KEY = re.compile(
    r'(?:"([^"\n]{1,24})"\s*:\s*"|<([^<>/\s]{1,24})(?:\s[^<>]*)?>|\s([^\s=<>"]{1,24})=")'
    r'[^"<>\n]{0,30}$'
)


def _export_key(text: str, start: int) -> str | None:
    m = _EXPORT_KEY.search(text, start - 80 if start > 80 else 0, start)
    return (m.group(1) or m.group(2) or m.group(3)) if m else None


def _staff_key(key: str) -> bool:
    """An export's key in pinyin initials naming a service header (``_PINYIN_SERVICE``):
    the name under it acts in office."""
    return _PINYIN_SERVICE.fullmatch(key.lower()) is not None


def _wordy_key(text: str, key: str, starts: set[int], words: dict[str, bool]) -> bool:
    """A JSON key of no Chinese word that no reading makes a name's or a staff member's,
    under which one value is a name candidate and three or more others are none (breeds,
    colours, kinds: "qz": "博美", "柴犬" …): that one name-shaped value is a word of the
    same kind."""
    got = words.get(key)
    if got is None:
        got = False
        if not _HAN.search(key) and not _person_key(key) and meaning(key)[0] != "staff":
            opener = f'"{key}": "' if f'"{key}": "' in text else f'"{key}":"'
            named = others = 0
            k = text.find(opener)
            while k >= 0 and named < 2:
                at = k + len(opener)
                if at in starts:
                    named += 1
                elif text[at : at + 1] != '"':
                    others += 1
                k = text.find(opener, at)
            got = named == 1 and others >= 3
        words[key] = got
    return got


def service_staff(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of the unit's staff acting on its records (module
    docstring)."""
    names = sorted({(c[0], c[1]) for c in cands if c[2] == "name"})
    if not names:
        return cands
    drop: set[int] = set()  # starts
    starts = {n[0] for n in names}
    words: dict[str, bool] = {}  # export keys read by their values
    known: dict[tuple[int, str, int], int | None] = {}
    # a table's header row → its cells' readings: (service headers, headers of no word)
    tables: dict[tuple[int, str], tuple[list[bool], list[bool]] | None] = {}
    columns: dict[tuple[int, int], tuple[list[tuple[str, int]], bool]] = {}
    line_end = -1  # the current line's (names on one line share its reading)
    line_start = 0
    head: int | None = 0
    table: tuple[list[bool], list[bool]] | None = None
    sep: str | None = None
    plain = False
    line = ""
    row: tuple[int, str | None, int, int | None] = (-1, None, 0, None)  # the next row's start
    for start, end in names:
        after = text[end : end + 1]
        if after and after in "（(" and _APPOINTED_NOTE.match(text, end):
            drop.add(start)  # "核验人：X（公证员）、Y（公证员助理）": posts held by appointment
            continue
        if after and after in "（(" and (start == 0 or text[start - 1] in _CELL_START):
            if _OFFICER_NOTE.match(text, end):
                drop.add(start)
                continue
        elif after and after in "（(" and text[start - 1] in "：:":
            if _UNIT_STAFF_NOTE.match(text, end):
                drop.add(start)  # "接收人：X（工作站专职社工）": the unit's staff receiving
                continue
        elif after == "身" and text.startswith("身份", end) and text[start:end] == "公民":
            drop.add(start)  # 男方公民身份号码: the ID number's legal name
            continue
        if start > 8 and text[start - 1] in "：:" and text.startswith("接收人", start - 4):
            if _RECEIVING_UNIT.search(text, text.rfind("\n", 0, start) + 1, start - 4) or (
                _REPORTING.match(text, end)
            ):
                drop.add(start)  # (the receiving unit's staff: 接收司法所：…　接收人：Y)
                continue
        if start > 3 and "\u4e00" <= text[start - 1] <= "\u9fff":
            if _PROSE_POST.search(text, start - 5 if start > 5 else 0, start):
                drop.add(start)  # (an act and its doer, the name right after them)
                continue
        elif text[start - 1] in _EXPORT_OPEN:
            key = _export_key(text, start)
            if key and (
                service_header(key)
                or _staff_key(key)
                or text[start - 1] == '"'
                and text[end : end + 1] == '"'
                and _wordy_key(text, key, starts, words)
            ):
                drop.add(start)
                continue
        if start > line_end:  # a new line: its layout, its table
            table = sep = None
            line_start = text.rfind("\n", max(0, start - _LINE), start) + 1
            line_end = text.find("\n", end, end + _LINE)
            endless = False  # (no line's end within _LINE: a paragraph; a name that
            if line_end < 0:  # ends its line, line_end == end, is a cell alone on it)
                endless = len(text) - end > _LINE
                line_end = end if endless else len(text)
            if line_start == 0 and start > _LINE or endless:
                plain = False  # (no table's row: a long paragraph)
                continue
            line = text[line_start:line_end]
            for sep in _SEPARATORS:
                if sep in line and line.count(sep) >= 2:
                    break
            else:
                sep = None
            plain = sep is None
            if sep is not None:
                width = line.count(sep)
                if line_start == row[0] and sep == row[1] and width == row[2]:
                    head = row[3]  # the row right under the last one read: the same table
                else:
                    head = _header_row(text, line_start, sep, width, known)
                row = (line_end + 1, sep, width, head)
                if head is not None:
                    if (head, sep) not in tables:
                        tables[head, sep] = _read_header(_head_cells(text, head, sep, width), width)
                    table = tables[head, sep]
        if plain:  # a row aligned with spaces, a cell alone on its line, a team's label
            line = line.strip(" \u3000")
            # (a name alone on a line it ends: a cell of one a line, read only where
            # serials or blank lines part the records)
            over = parted_header_over if text.startswith("\n", end) else header_over
            if ("组" in line and _in_team(text, line_start, start)) or (
                (len(line) == end - start or "  " in line or "\u3000\u3000" in line)
                and service_header(cell := over(text, start, end, _WORDS) or "")
                and not counsel_above(text, start, cell)
            ):
                drop.add(start)
            continue
        if table is None or sep is None or head is None:
            continue
        index = text.count(sep, line_start, start)
        service, bare = table
        if index >= len(service):
            continue
        if service[index]:
            drop.add(start)
        else:  # (every column's names: a subject's column is one of different names)
            column = columns.setdefault((head, index), ([], bare[index]))
            column[0].append((text[start:end], start))
    if columns:
        drop |= _repeating(columns)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
