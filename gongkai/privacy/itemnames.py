"""Names that open an enumerated item, sign a quoted letter or follow a bracketed label.

- a household's head after an item's number (and the household's place), before 户 or
  家庭 ("1. 七星街道石溪村　吴建国户，住址…", "（3）李桂兰家庭（城关镇）"); before
  同志, 先生, 女士 only after a place (an appointment "1. 王刚同志任…" has none);
- the person opening each of two or more enumerated items, before a gap and then an
  amount, a phone, a mailbox or what they did ("（1）钱文斌　捐款200.00元",
  "⑵ 李红　获二等奖"): a list of officials and their posts has none of these;
- the writer named after the dash that closes a quotation, with a word for a person
  before the name or a contact after it ("”——林凤琴，城关镇…", "——在外务工人员向月娥（…）");
- a label of persons with a bracketed alternative ("投诉（举报）人：段福来") or a
  bracketed description of the person ("联系人（退休教师）郑金凤，宅电…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import validators as v
from .listwords import non_name
from .names import name_from_label
from .patterns import LABEL_SET
from .tables import COMPANY, INDIVIDUAL_BUSINESS
from .wordfind import find_word

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
_CN = "一二三四五六七八九十"
# an item's number: 1. 1、 1） （1） ⑴ ① 一、 （一） 【1】 [1]
_NUM = (
    rf"(?:\d{{1,3}}[.．、）)](?!\d)|[（(]\d{{1,3}}[）)]|[⑴-⒇①-⑳]|[{_CN}]{{1,3}}[、.．]"
    rf"|[（(][{_CN}]{{1,3}}[）)]|【\d{{1,3}}】|\[\d{{1,3}}\])"
)
_PLACE = r"(?:村|社区|组|镇|乡|街道|小区|居委会|片区|屯|寨)"
# the start of a line that opens with an item's number (led by the literal newline: fast)
_ITEM_LINE = re.compile(rf"\n[ \u3000]*(?=[\d（(【\[⑴-⒇①-⑳{_CN}])")
_HOUSEHOLD = re.compile(
    rf"[ \u3000]*{_NUM}[ \u3000]*([{_H}]{{0,20}}?{_PLACE}[ \u3000]*)?"
    rf"([{_H}·]{{2,4}}?)(户|家庭|同志|先生|女士)(?=[，,（(：:；;。、 \u3000\t]|$)",
    re.M,
)
# words before 户 / 家庭 that say what kind of household it is, not whose
_KINDS = frozenset(
    "五保 贫困 低保 特困 示范 困难 脱贫 监测 边缘 重点 专业 种植 养殖 种养 文明 光荣 军属 烈属 "
    "星级 先进 散居 集中 个体 承包 拆迁 搬迁 危房 易地 五好 和谐 最美 书香 平安 绿色 健康 廉洁 "
    "清廉 美丽 幸福 模范 优秀 卫生 诚信 孝老 敬老 爱心 致富 返贫 单亲 留守 双女 独生 农业 非农 "
    "城镇 农村 居民 村民 困境 残疾 优抚 退役 失独 计生 流动 常住 空挂 分散 集体".split()
)
# (a note in brackets may stand between the person and the rest: "1. X（…村管护员）：未按…")
_ITEM = re.compile(
    rf"[ \u3000]*{_NUM}[ \u3000]*([{_H}·]{{2,4}})(?:[（(][^（()）\n]{{1,20}}[）)])?"
    rf"(?:[ \u3000\t]+|[：:，,])([^\n]{{0,60}})",
    re.M,
)
# what follows a person opening an item: an amount, a phone, a mailbox, what they did
_DEED = re.compile(
    r"[^\n]{0,30}?\d[\d,，.]*\s*(?:万元|元)|[^\n]*?(?<!\d)1[3-9]\d{9}(?!\d)|[^\n]*?@"
    r"|(?:捐|认捐|获|荣获|违规|违反|未按|申请|反映|投诉|举报|领取|家住|现住)"
    r"|(?:家长|监护人|父亲|母亲)[：:]"  # a child's item: its guardian named after it
    r"|[男女](?:[，,、；;）)\s]|$)"  # a person's particulars: "4. 张三：男，汉族，…"
    r"|[^\n，,。；;]{0,6}?(?:违规|违反|未按|擅自|拒不)"  # "X（…）：全年未按要求…", "多次违规…"
)
_VERB = re.compile(r"捐|获|因|违|未按|申请|反映|投诉|举报|领取|住")
# a count of goods: an item of goods and its price ("杨树　500株，单价20元"), not a person
_GOODS = re.compile(
    r"\d[\d.]*\s*(?:株|棵|吨|台|件|斤|公斤|千克|袋|箱|套|只|头|亩|平方米|米|辆|份|册|桶|盒|瓶|批)"
)
_UNIT_END = re.compile(r"(?:村|组|镇|乡|县|市|区|局|委|办|会|所|站|院|厂|店|司|队|校|部|处|科|股)$")
# each found with str.find (``_spans``): a search led by a class of characters (—, －, -)
# tries every position and costs some 15 ms a megabyte, one led by a literal walks every
# character too
_DASHES = ("—", "－－", "--")


def _spans(text: str, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """The spans each word's own search would give (non-overlapping occurrences), one
    word after the other: by its first character (``memchr``, ``wordfind``) unless that
    is an ASCII sign, which stands in every phone number or bracket (-, ))."""
    for word in words:
        find = str.find if word[0].isascii() else find_word
        k = find(text, word)
        while k >= 0:
            yield k, k + len(word)
            k = find(text, word, k + len(word))


_SIGNER = re.compile(
    rf"[ \u3000]*([{_H}]{{0,12}}?(?:人员|居民|村民|市民|群众|职工|工人(?!员)|教师|老人|家长|学生|"
    rf"志愿者|党员|网友|读者|捐赠人|来信人|农民|老兵)[ \u3000]?)?([{_H}·]{{2,4}}?)(?=[，,（(]|[ \u3000]*$)",
    re.M,
)
_QUOTE_END = frozenset('”"」』。！？!?…\n')
_CONTACT_AFTER = re.compile(r"[^\n]*?(?:\d{3}|@|路|街|巷|村|号|镇|小区)")
# a bracket between a label and its name: a person's description, not a unit's or office's
_DESCRIPTION = re.compile(rf"[（(]([{_H}、]{{2,8}})[）)]")
_CLOSE_LABEL = ("）人", ")人")  # (found with str.find: ``_spans``)
_OPEN_NOTE = re.compile("人[（(]")
_RUN = re.compile(rf"[：: \u3000]{{0,2}}([{_H}·]{{2,4}})(?=[，,、。；;\s]|$)")
_BUSINESS = ("法定代表人", "法人代表", "负责人", "经营者")
_NOT_PERSON = re.compile(
    r"单位|局|办|委|会|公司|中心|所|站|院|科|股|部|处|工作|干部|主任|书记|长|职务|电话|盖章|签字|签名"
)


def _name(word: str, *, strict: bool = False) -> bool:
    return v.plausible_name(word, strict=strict) and not non_name(word) and word not in _KINDS


def _item_lines(text: str) -> list[int]:
    """Where the lines that open with an item's number start."""
    starts = [m.end() for m in _ITEM_LINE.finditer(text)]
    if text[:1] not in ("\n", ""):
        starts.insert(0, 0)
    return starts


def _households(text: str, lines: list[int], out: list[Candidate]) -> None:
    for at in lines:
        m = _HOUSEHOLD.match(text, at)
        if not m:
            continue
        place, name, suffix = m.group(1), m.group(2), m.group(3)
        if suffix in ("同志", "先生", "女士") and not place:
            continue
        if _name(name, strict=not place):
            out.append((m.start(2), m.end(2), "name", 0.85))


def _items(text: str, lines: list[int], out: list[Candidate]) -> None:
    found = []
    loose = []  # a surname and a given name no list knows (苗可欣, 颜汐): by the others
    for at in lines:
        m = _ITEM.match(text, at)
        if not m:
            continue
        name = m.group(1)
        if _UNIT_END.search(name) or not v.surname_length(name) or non_name(name):
            continue
        rest = m.group(2)
        if _DEED.match(rest) and not (_GOODS.search(rest) and not _VERB.search(rest)):
            strict = _name(name, strict=True)
            (found if strict else loose).append((m.start(1), m.end(1), "name", 0.8))
    if len(found) >= 2:  # a list of persons, item after item
        out += found
    if len(found) >= 3 and len(found) >= len(loose):
        out += loose  # most items of the list open with a name: these do too


def _signed(text: str, out: list[Candidate]) -> None:
    for k, end in _spans(text, _DASHES):
        if text[k - 1 : k] == "—":
            continue  # the second half of "——"
        if text[end : end + 1] == "—":
            end += 1
        while k > 0 and text[k - 1] in " \u3000":
            k -= 1
        if k and text[k - 1] not in _QUOTE_END:
            continue  # a dash inside a sentence ("会期——三天"), not one closing a quotation
        m = _SIGNER.match(text, end)
        if not m or not _name(m.group(2), strict=True):
            continue
        if m.group(1) or _CONTACT_AFTER.match(text, m.end()):
            out.append((m.start(2), m.end(2), "name", 0.8))


def _bracketed_labels(text: str, out: list[Candidate]) -> None:
    for k, _end in _spans(text, _CLOSE_LABEL):  # "投诉（举报）人：段福来"
        if text[k + 2 : k + 3] not in ("：", ":", " ", "\u3000", "\t"):
            continue  # a label's sign or a gap follows the label
        open_at = max(
            text.rfind("（", k - 6 if k > 6 else 0, k), text.rfind("(", k - 6 if k > 6 else 0, k)
        )
        if open_at > 0:
            inner = text[open_at + 1 : k] + "人"
            outer = text[open_at - 4 if open_at > 4 else 0 : open_at] + "人"
            if inner in LABEL_SET or any(outer[j:] in LABEL_SET for j in range(3)):
                got = name_from_label(text, k + 2)
                if got:
                    out.append(got)
    for c in _OPEN_NOTE.finditer(text):  # "联系人（退休教师）郑金凤，宅电…"
        k = c.start()
        if not any(text[j : k + 1] in LABEL_SET for j in range(k - 4, k)):
            continue
        m = _DESCRIPTION.match(text, k + 1)
        if m and not _NOT_PERSON.search(m.group(1)) and not _company_head(text, k + 1):
            run = _RUN.match(text, m.end())
            if run and _name(run.group(1)):
                out.append((*run.span(1), "name", 0.85))


def _company_head(text: str, label_end: int) -> bool:
    """法定代表人（负责人）: a company's in the record's lines before (public registration
    data); a 厂's or a partnership's may be a private person (``tables.COMPANY``)."""
    if not text[label_end - 5 if label_end > 5 else 0 : label_end].endswith(_BUSINESS):
        return False
    before = text[max(0, label_end - 120, text.rfind("\n\n", 0, label_end)) : label_end]
    return bool(COMPANY.search(before)) and not INDIVIDUAL_BUSINESS.search(before)


def item_names(text: str) -> list[Candidate]:
    """The names of the module docstring (each search led by a literal: fast)."""
    out: list[Candidate] = []
    lines = _item_lines(text)
    if lines:
        _households(text, lines, out)
        _items(text, lines, out)
    _signed(text, out)
    _bracketed_labels(text, out)
    return out
