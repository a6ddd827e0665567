"""Contacts that are a unit's or a place's by where they stand (issue 16, docs13).

``unit_contacts(text, cands)`` runs after ``refine`` and drops the landlines, mailboxes
and addresses that belong to no private person (README "Units' contacts by layout"):

- a landline repeated identically in the records of different persons (a law firm's
  number in each of its lawyers' rows, a clinic's number in each patient's): the
  institution's, whatever the column is headed;
- a business's place: an address after 经营地址 / 经营场所 / 营业地址 / 注册地址 /
  门店地址, or in a column headed so (a 非正常户 notice's 登记的经营地址);
- a bare village group after a residence label repeated record after record (a list
  of households "住址：石溪村一组"): the households share the place (README: the
  address rule); a single person's "现住址：龙华村3组" stays an address;
- the contacts of a unit's channel: in a bracket that opens with the unit
  ("（县文明办0575-…；来信地址…；邮箱…）") or follows it ("县儿童福利院（…，电话…）");
- a line whose subject is a unit and that names no person: a directory's row
  ("古市镇　　府前路2号　　0578-…", "…卫生服务中心（家庭医生签约）0578-…") or a
  party that is a unit ("被投诉人：盐湖区惠民药房（…），联系电话…").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import validators as v
from .alternation import led
from .groupheads import group_header
from .homephones import home_labelled
from .numbercolumns import cell_header
from .ownedcontacts import handled_by_unit, persons_bracket
from .owneditems import owned_item
from .patterns import OFFICE_AFTER, PHONE_OF_PERSON, RESIDENCE
from .placeheaders import in_cell, place_header
from .quotedheads import quoted_header
from .unitcolumns import rows_above
from .unitsites import unit_site
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_UNIT = (  # (代办, 转办, 补办 …: a verb, no unit's office)
    r"(?:医院|药店|药房|诊所|门诊部|卫生院|卫生室|服务中心|中心|学校|小学|中学|大学|学院|幼儿园|"
    r"公司|集团|银行|支行|分行|营业厅|营业部|信用社|合作社|事务所|服务所|服务站|站|所|大队|中队|"
    r"局|馆|店|委员会|居委会|村委会|政府|办事处|办公室|(?<![代协督包举申查交转补])办|委|院|科|股|处|厅|队|协会|商会|工会|"
    r"残联|妇联|团委|窗口|部|厂|报社|电视台)"
)
# a unit at the start of a bracket's words, then its number, a label or a sign
_BRACKET_OPENS = re.compile(
    rf"[\u4e00-\u9fff]{{0,20}}{_UNIT}[ \u3000]*(?=[0-9（(]|电话|地址|来信|邮箱|信箱|[:：，,；;])"
)
# a unit right before the bracket ("县儿童福利院（…")
_BEFORE_BRACKET = re.compile(rf"[\u4e00-\u9fff]{{2,20}}(?:{_UNIT}|社区)$")
# a line's subject: its first cell, or the value of its first label
_LIST_MARK = re.compile(
    r"[ \u3000\t]*(?:[（(]?\d{1,3}[)）.．、]|[一二三四五六七八九十]{1,3}[、.．])?[ \u3000\t]*"
)
_SUBJECT = re.compile(
    rf"(?:[\u4e00-\u9fff]{{2,8}}[:：][ \u3000]*)?[\u4e00-\u9fff]{{2,30}}(?:{_UNIT}|镇|乡|街道)"
    r"(?:[（(][^（()）\n]{0,20}[）)])?(?=[ \u3000\t|｜│，,；;]|[0-9(（])"
)
_NOTE = re.compile(r"[（(][^（()）\n]{0,20}[）)]")
_OPERATOR = re.compile(r"经营者|经营户|店主|摊主|业主(?!委员会|大会)")
_MOBILE_OR_ID = re.compile(r"(?<![0-9])(?:1[3-9]\d{9}|\d{17}[\dXx])(?![0-9])")
_BUSINESS_LABEL = led(
    r"(?:经营|营业|生产|加工|作坊|门店|店铺|注册|厂址|企业)(?:地址|场所|地点|住所)|厂址|店址"
    r"|(?:站点|网点|设站|场所|民宿|店面|摊位)(?:地址|地点|位置)"
    r"|(?:经营|营业|摆摊|设摊)(?:点位|位置|区域|地段)|摊点|摊位号?"  # a stall's place
    r"|(?:商铺|店铺|门店|门面|铺面|厂房)(?:位于|坐落于?|设在)"
    # a sign's site and a project's location: no home (户外广告 设置地点, 项目地点); not
    # 违法建设地点 (a person's building at home)
    r"|(?:设置|广告|招牌|牌匾|门头|项目)(?:地址|地点|位置)"
    # a label naming the business's own kind: a clinic's, a shop's, a company's premises
    # (诊所地址, 药店地址, 公司地址); a home's label names a person (住址, 家庭地址), no kind
    r"|(?:诊所|门诊部|卫生室|医馆|药店|药房|商店|超市|便利店|酒店|宾馆|旅馆|饭店|餐馆|餐厅|"
    r"公司|工厂|网吧)(?:地址|地点|位置|所在地)"
    # a retail point's or a warehouse's site (拟设零售点位置, 销售点地址, 仓库地址: privfix20g)
    r"|(?:零售点|销售点|代销点|售点|仓库|仓储|库房)(?:地址|地点|位置|所在地)"
)
# the first words of _BUSINESS_LABEL, looked for with str.find
_BUSINESS_WORDS = (
    "经营 营业 生产 加工 作坊 门店 店铺 注册 厂址 店址 企业 商铺 门面 铺面 厂房 站点 网点 设站 "
    "场所 民宿 店面 摊位 摆摊 设摊 摊点 设置 广告 招牌 牌匾 门头 项目 "
    "诊所 门诊部 卫生室 医馆 药店 药房 商店 超市 便利店 酒店 宾馆 旅馆 饭店 餐馆 餐厅 公司 工厂 网吧 "
    "零售点 销售点 代销点 售点 仓库 仓储 库房"
).split()
# between a business's label and its address: a sign, 为 / 在 / 位于, nothing else
_LABEL_GAP = re.compile(r"[ \u3000]*(?:[:：]|为|是|在|位于|设在)?[ \u3000]*")
# a word of a home beside a business's label ("住所或经营地点", "家庭住址/经营场所")
_HOME_WORD = re.compile(r"住|居|家|户籍|户口|个人|本人")
# a flat in a block of homes ("…19栋3单元2602室"): a home, though a business is kept in it
_FLAT = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,2})单元\d{2,5}(?:室|号)?$")
# a note right after it naming a private house ("…号（自建房屋顶）"): a home though a site's
# label stands before it
_DWELLING_NOTE = re.compile(r"[ \u3000]*[（(](?:自建|民房|住宅|私房|私宅|自住|自家)")
_SHOP_AFTER = re.compile(r"[^\s，,。；;]{0,4}(?:门面|门店|商铺|铺面|摊位|厂房|车间|仓库)")
_HOME_BEFORE = re.compile(r"(?:住|住址|居住地?|住处|家庭地址|户籍地?|住所地?)[或及和与、/／（(]?$")
# a private person in a unit's bracket ("（县农业局退休干部，电话…）"): that person's
# (staff in office are not private: 干部, 教师, 工作人员 stay the unit's)
_PERSON_ROLE = re.compile(r"退休|离休|退职|家属|村民|居民|户主|本人|学生|之[子女妻夫父母]")
# the rest of the number's bracket names where it rings ("…0536-…，村委会办公室）")
_OFFICE_REST = re.compile(
    r"[，,、；; \u3000]*[\u4e00-\u9fff]{0,10}(?:办公室|值班室|总机|服务台|办公电话|传达室"
    r"|(?:部|局|办|所|站|队|中心|科|股|单位|公司)(?:座机|电话|固话))[）)]"  # "，项目部座机）"
)
_SEPARATORS = ("\t", "|", "｜", "│", "／")
_SEPARATOR = re.compile("[\t|｜│／]")  # (one search for any of them: one call)
_DIGIT = re.compile(r"\d")
_RULE = re.compile(r"[\s|｜│:：\-—=+]*")
_SENTENCE_END = re.compile(r"[。！？!?]")
_SIGN = re.compile(r"[:：]")
_CELL_SPLIT = re.compile(r"[ \u3000\t|｜│，,；;]+")
_HOLDER_KINDS = frozenset(("name", "mobile", "id_card"))
_LOCAL_PART = re.compile(r"[2-9]\d{6,7}(?!\d)")


def _line_start(text: str, start: int) -> int:
    """Where the line of ``start`` begins (``start`` itself past 600 characters: no row)."""
    begin = text.rfind("\n", start - 600 if start > 600 else 0, start) + 1
    return start if begin == 0 and start > 600 else begin


def column_header(text: str, start: int, shift: int = 0) -> str | None:
    """The header cell over the cell at ``start`` (moved ``shift`` cells right) in a
    table separated by tabs or bars: the nearest row above without digits."""
    begin = text.rfind("\n", start - 600 if start > 600 else 0, start) + 1
    before = text[begin:start]
    sep = next((s for s in _SEPARATORS if s in before), None)
    if sep is None:
        return None
    index = before.count(sep) + shift
    merged = False  # an empty cell under a merged one: the header row right above heads it
    for line in rows_above(text, begin, most=60):
        if line.count(sep) < index or _DIGIT.search(line) or _RULE.fullmatch(line):
            if merged:
                return ""
            continue  # a row of data, or a pipe table's rule (|---|:---:|)
        cells = line.split(sep)
        if index < len(cells):
            cell = cells[index].strip(" \u3000:-")
            if cell or merged:
                return cell
            merged = True
    return "" if merged else None


def _occurrences(text: str, local: str, at: int) -> list[int]:
    """Where the local number ``local`` stands within a table's reach (3,000 characters)
    of ``at`` (not inside a longer number)."""
    out = []
    hi = at + 3000
    k = text.find(local, at - 3000 if at > 3000 else 0, hi)
    n = len(local)
    while k >= 0:
        if not text[k - 1 : k].isdigit() and not text[k + n : k + n + 1].isdigit():
            out.append(k)
        k = text.find(local, k + n, hi)
    return out


def _repeated(text: str, cands: list[Candidate]) -> set[int]:
    """The starts of landlines written in the records of two or more different persons
    (the same local number, whatever its area code's form, each time beside another
    person's name, mobile or ID)."""
    locals_: dict[str, dict[int, list[int]]] = {}  # local number: its place: the starts
    for s, e, kind, _ in cands:
        if kind == "landline":
            m = _LOCAL_PART.search(text, s, e)
            if m:
                locals_.setdefault(m.group(), {}).setdefault(m.start(), []).append(s)
    marks: list[tuple[int, str]] | None = None
    at: list[int] = []  # (the marks' starts, listed once with them)
    out: set[int] = set()
    for local, found in locals_.items():
        places = list(found) if len(found) > 1 else _occurrences(text, local, next(iter(found)))
        if len(places) < 2 or any(home_labelled(text, k) for k in places):
            continue  # (a home's number given again: still the home's, see homephones)
        if marks is None:
            marks = sorted((s, text[s:e]) for s, e, kind, _ in cands if kind in _HOLDER_KINDS)
            at = [s for s, _ in marks]
        owners = set()
        for s in places:
            i = bisect_left(at, s)
            near = [j for j in (i - 1, i) if 0 <= j < len(marks)]
            # the holder on the number's own line (its row) first, else the nearest
            own = [j for j in near if "\n" not in text[min(at[j], s) : max(at[j], s)]]
            if own or near:
                owners.add(marks[min(own or near, key=lambda j: abs(at[j] - s))][1])
        if len(owners) > 1:
            out.update(s for starts in found.values() for s in starts)
    return out


def _business_labels(text: str) -> list[int]:
    """Where a business's place is labelled in ``text``, in order (found by its first
    word with ``str.find``: a regex of alternatives would try every position)."""
    out = []
    for word in _BUSINESS_WORDS:
        k = text.find(word)
        while k >= 0:
            if _BUSINESS_LABEL.match(text, k):
                out.append(k)
            k = text.find(word, k + 2)
    return sorted(out)


def _business_only(words: str) -> bool:
    """Whether ``words`` (a label or header) name a business's place and nothing else:
    "住所或经营地点", "住址/经营场所" may be a person's home (README)."""
    m = _BUSINESS_LABEL.search(words)
    return m is not None and not _HOME_WORD.search(words[: m.start()] + words[m.end() :])


def business_and_home(text: str, label: int) -> bool:
    """Whether the business's label at ``label`` follows a home's ("住所或经营地点")."""
    return bool(_HOME_BEFORE.search(text, label - 8 if label > 8 else 0, label))


def _business_place(text: str, start: int, cache: dict[str, list[int]], line: int) -> bool:
    """An address right after a business's label ("经营地址：…", "店铺位于…"), or in a
    column headed so (``cache["labels"]``: where such labels stand in the text, found
    once when needed; ``line``: where the line of ``start`` begins, as ``_line_start``); a
    label or header that also names a home does not count."""
    lo = start - 16 if start > 16 else 0
    label = None
    for m in _BUSINESS_LABEL.finditer(text, lo, start):
        label = m
    if label is not None and _LABEL_GAP.fullmatch(text, label.end(), start):
        if not business_and_home(text, label.start()):
            return True
    if _SEPARATOR.search(text, line, start) is None:
        # aligned with spaces or one cell a line (placeheaders: a cheap look first)
        header = place_header(text, start, line) if in_cell(text, start, line) else None
        if header is None and text.find(",", line, start) >= 0:
            # a quoted record's cell: its commas counted outside the quotes, a record's
            # words ("同网点地址") no header (quotedheads); else any CSV's (numbercolumns)
            if text[start - 1 : start] == '"':
                header = quoted_header(text, start)
            if header is None:
                # any CSV's cell under the header row (numbercolumns): a cell of words alone
                # above ("某村（经营场所）", a shop's row) is another row's value
                header = cell_header(text, start, header_row=True)
        return bool(header and _business_only(header))
    labels = cache.get("labels")
    if labels is None:
        labels = cache["labels"] = _business_labels(text)
    i = bisect_left(labels, start - 6000)
    if i == len(labels) or labels[i] >= line:
        return False  # (a cheap look: no such header above within a table's reach)
    header = column_header(text, start)
    if header and not _business_only(header) and not _HOME_WORD.search(header):
        group = group_header(text, start, _SEPARATORS)  # 经营场所 over 地址 (groupheads)
        return bool(group and _business_only(group))
    return bool(header and _business_only(header))


def _after_office_number(text: str, start: int, begin: int) -> bool:
    """An address labelled 地址 after a number noted as an office's on its line
    ("联系电话：…（审判监督庭）；通讯地址：…"): that office's."""
    if "地址" not in text[start - 8 if start - 8 > begin else begin : start]:
        return False
    for bracket in ("（", "("):
        k = text.find(bracket, begin, start)
        while k >= 0:
            if text[k - 1 : k].isdigit() and OFFICE_AFTER.match(text, k):
                return True
            k = text.find(bracket, k + 1, start)
    return False


def homestead(text: str, start: int, end: int) -> bool:
    """A flat in a block of homes ("…3单元2602室") with no shop's word right after it: a
    home though a business's label stands before it. A village group's house under such
    a label ("经营场所X村7组12号") is the business's premises like a street shop (the
    convention settled after docs52: README of the held-out batches)."""
    if _DWELLING_NOTE.match(text, end):
        return True
    return bool(_FLAT.search(text, start, end)) and not _SHOP_AFTER.match(text, end)


def _shared_group(text: str, start: int, end: int) -> bool:
    """A bare village group as the field after a residence label with its sign
    ("住址：…一组") repeated record after record: a table on its side."""
    value = text[start:end]
    if not value.endswith("组") or "号" in value:
        return False
    begin = text.rfind("\n", start - 60 if start > 60 else 0, start) + 1
    labels = list(RESIDENCE.finditer(text, begin, start))
    if not labels:
        return False
    label = labels[-1]
    sign = _SIGN.search(text, label.end(), start)
    if sign is None:
        return False  # prose ("户籍所在地白鹤镇青龙村6组"): that person's address
    return text.count(text[label.start() : sign.end()]) >= 2  # a field record after record


def _stairway(text: str, end: int) -> bool:
    """An address cut before 单元 with no flat after it ("…小区12栋2" of "12栋2单元（共7层
    14户）"): a building's stairway that many households share, no one's home."""
    return text[end : end + 2] == "单元" and not text[end + 2 : end + 3].isdigit()


def _in_unit_bracket(text: str, start: int, kind: str, begin: int) -> bool:
    lo = start - 80 if start - 80 > begin else begin
    bracket = max(text.rfind("（", lo, start), text.rfind("(", lo, start))
    if bracket < 0 or max(text.rfind("）", bracket, start), text.rfind(")", bracket, start)) >= 0:
        return False
    inside = text[bracket + 1 : start]
    if PHONE_OF_PERSON.search(inside) or _MOBILE_OR_ID.search(inside):
        return False
    if _PERSON_ROLE.search(inside) or persons_bracket(text, bracket):
        return False  # a person described by their unit ("县农业局退休干部，电话…")
    if _BRACKET_OPENS.match(inside):
        return True
    return kind != "address" and bool(
        _BEFORE_BRACKET.search(text, bracket - 22 if bracket - 22 > begin else begin, bracket)
    )


def _unit_line(text: str, start: int, names: list[int], begin: int) -> bool:
    """A line whose subject (first cell, or first label's value) is a unit, no person's
    name or particulars between it and ``start`` (``begin``: where its line begins)."""
    if start - begin > 200:
        return False
    mark = _LIST_MARK.match(text, begin)  # (always matches: every part optional)
    at = mark.end() if mark else begin
    m = _SUBJECT.match(text, at, start)
    if m is None:
        return False
    if start - m.end() > 80 or _SENTENCE_END.search(text, m.end(), start):
        return False  # the number stands in another sentence than the subject
    i = bisect_left(names, begin)
    if i < len(names) and names[i] < start:
        return False  # a person's record
    words = _NOTE.sub("", text[m.end() : start])
    if PHONE_OF_PERSON.search(words) or _MOBILE_OR_ID.search(words):
        return False
    # a cell between that is a person's name (one the name rules have not taken)
    cells = _CELL_SPLIT.split(text[m.end() : start])
    return not any(2 <= len(c) <= 4 and v.plausible_name(c) for c in cells)


# an XML file's head ("<HEAD>…<LXR>庄晓燕</LXR><LXDH>0539-…</LXDH></HEAD>"): the sender's
_HEAD_OPEN = re.compile(r"<(HEAD|Head|head|HEADER|Header|header|META|Meta|meta)\b[^>]*>")
# the officers of a decision, then the office's contact line under them
_OFFICERS = re.compile(
    r"[ \u3000]*(?:执法人员|办案人员|承办人员?|经办人|检查人员|调查人员|工作人员|送达人"
    r"|制表人?|填表人?|填报人|审核人?|复核人|单位负责人|统计人)[:：]"  # a form's sign-off row
)
_CONTACT_LINE = re.compile(r"[ \u3000]*(?:联系|通讯|通信|办公)(?:地址|电话|方式)[:：]")


def _in_file_head(text: str, start: int) -> bool:
    """Whether ``start`` stands inside an XML file's head element, not in its records."""
    heads = list(_HEAD_OPEN.finditer(text, start - 3000 if start > 3000 else 0, start))
    if not heads:
        return False
    last = heads[-1]
    name = last.group(1)
    return text.find("</" + name, last.end(), start) < 0


def _under_officers(text: str, start: int, begin: int) -> bool:
    """A contact line right under the officers' line of a decision: the office's."""
    if begin < 2 or begin == start or not _CONTACT_LINE.match(text, begin):
        return False
    above = text.rfind("\n", 0, begin - 1) + 1
    return bool(_OFFICERS.match(text, above, begin))


def unit_contacts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the contacts that are a unit's or a shared place's."""
    kinds = {c[2] for c in cands}
    if not kinds & {"landline", "address", "email"}:
        return cands
    repeated = _repeated(text, cands) if "landline" in kinds else set()
    names = sorted(c[0] for c in cands if c[2] == "name")
    xml = has_word(text, "</")
    business: dict[str, list[int]] = {}
    sites: dict[int, bool] = {}  # unit_site by the address's start (a start found twice)
    places: dict[int, bool] = {}  # _business_place by the address's start (the same)

    def site(s: int, begin: int) -> bool:
        got = sites.get(s)
        if got is None:
            got = sites[s] = unit_site(text, s, begin)
        return got

    def business_place(s: int, begin: int) -> bool:
        got = places.get(s)
        if got is None:
            got = places[s] = _business_place(text, s, business, begin)
        return got

    out = []
    for c in cands:
        s, e, kind, _ = c
        if kind == "landline" and (s in repeated or _OFFICE_REST.match(text, e)):
            continue
        if kind not in ("landline", "address", "email"):
            out.append(c)
            continue
        begin = _line_start(text, s)  # (once for the tests below)
        if kind == "address" and (
            (business_place(s, begin) and not homestead(text, s, e))
            or _after_office_number(text, s, begin)
            or _shared_group(text, s, e)
            or _stairway(text, e)
            # a unit's row or a record of a unit's premises (a flat in a block stays a home)
            or (site(s, begin) and not homestead(text, s, e))
        ):
            continue
        if _in_unit_bracket(text, s, kind, begin) or _under_officers(text, s, begin):
            continue
        if kind == "landline" and handled_by_unit(text, s):
            continue  # "（由县管理部承接，电话…）": the unit's (ownedcontacts)
        if xml and _in_file_head(text, s):
            continue
        if (
            kind != "email"
            and _unit_line(text, s, names, begin)
            and not (kind == "address" and owned_item(text, s))  # "X院，位于…。产权人：Y"
        ):
            if kind == "address" or not _OPERATOR.search(text, begin, s):
                continue  # (a shop's 经营者 named before the number: the operator's own)
        out.append(c)
    return out


# -- a person's own number and mailbox where a unit's word stands beside it ----------

# a person's mobile right before, in the same field ("联系人电话：182…　0755-…（单位）")
_MOBILE_BEFORE = re.compile(r"1(?<![0-9]1)[3-9]\d{9}[ \u3000、/，,；;或]{1,3}$")
_OWN_NOTE = re.compile(
    r"[（(][^（()）\n]{0,20}(?:本人|个人|私人)[^（()）\n]{0,20}[）)]"
    # the person's own mailbox at their work ("（监护人单位邮箱）", "（父亲工作单位邮箱）")
    r"|[（(](?!联系|联络|负责|经办|承办|法定|代表)(?:[\u4e00-\u9fff]{1,3}人|父亲|母亲|配偶|家长)"
    r"的?(?:工作)?单位(?:电子)?(?:邮箱|信箱)[）)]"
)


def own_work_number(text: str, start: int, end: int) -> bool:
    """A number noted 单位 / 办公 that is still the person's: their work number after
    their own mobile in one field, or a note that says it is the person's own
    ("（单位邮箱，本人同意公开）")."""
    return bool(
        _MOBILE_BEFORE.search(text, start - 16 if start > 16 else 0, start)
        or _OWN_NOTE.match(text, end)
    )


# the column after a number that names the person's employer, not the number's unit
# the person's employer, or a unit the header says is the person's own (辖区派出所,
# 所属社区, 户籍地派出所, 就读学校): the unit's cell after the number does not own it
_EMPLOYER = re.compile(
    r"(?:所在|工作|就职|就业|任职|现工作)单位|单位名称|工作单位及职务|职业"
    r"|^(?:辖区|所属|所在|归属|户籍地?|就读|管辖)"
    # the other side of a report or complaint (被举报对象, 被投诉单位, 涉事机构): who the
    # row's person reported, not who answers the number before it
    r"|^(?:被(?:举报|投诉|检举|控告|反映)|涉事|涉案|对方)"
)


def employer_after(text: str, start: int) -> bool:
    """Whether the cell after the number at ``start`` is the person's employer."""
    header = column_header(text, start, shift=1)
    return bool(header and _EMPLOYER.search(header))


# a label whose other values are phones ("票据寄送：0379-…", "票据寄送：33666292")
_LABEL_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,6}[:：])[ \u3000]*$")
_PHONE_VALUE = re.compile(r"[ \u3000]*(?:[（(]?0\d{2,3}[)）\-— ]?[2-9]\d{6,7}|1[3-9]\d{9})(?!\d)")


def phone_label(text: str, start: int) -> bool:
    """Whether the label right before ``start`` gives a phone elsewhere in the text."""
    m = _LABEL_BEFORE.search(text, start - 10 if start > 10 else 0, start)
    if m is None:
        return False
    label = m.group(1)
    k = text.find(label)
    while k >= 0:
        if k != m.start(1) and _PHONE_VALUE.match(text, k + len(label)):
            return True
        k = text.find(label, k + len(label))
    return False
