"""An individual business's premises in its row (issue 16, after docs126).

A register of users, licences or inspections lists households and individual businesses
side by side: "2,个体工商户,来远镇刘记小吃,刘某,…,来远镇府前街83号,5,合格" beside
"5,居民,易某,易某,…,来远镇子洪村西街102号,1,合格". The keeper is a person (their name,
ID and phone stay found), but the address of a business's row is its premises — a shop on
a street, open to everyone — not a home. A row is a business's when it says so (个体,
商户, 经营户 in one of its cells) and one of its cells is the business's name (ending in
a shop's word: 店, 饭店, 小吃, 餐馆, 超市, 馆, 坊, 厂, 行, 铺, 部 …). Its address is
dropped only when it is a street or a village and a house number: a flat (室, 单元, 栋, 幢,
楼) is where someone lives, whatever the row. Rows are read by their delimiters (tab,
comma, pipe); prose and key-value records are left to the other rules.

A register may say the kind in its header instead (使用单位或个人 | 负责人或经营者): a row
whose subject — its first cell of words — is a shop's name is then a business's, with no
个体 in it; a private user's row (某某（个人）) keeps its address, and a shop's name in a
later cell (an employer under 工作单位) makes no row a business's.
"""

from __future__ import annotations

import re

from .unitcolumns import rows_above
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_CELL_SPLIT = re.compile(r"[\t|｜,]")
_BUSINESS_KIND = re.compile(r"个体|商户|经营户")
_SHOP = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,20}?(?:店|饭店|小吃|餐馆|餐厅|超市|酒家|食堂|馆|坊|厂|行|铺|"
    r"经营部|门市部|小卖部|(?:销售|经销|服务|维修|修理)部|商行|商店|便利店|作坊|加工点|摊点|农家乐|民宿|"
    r"客栈|诊所)$"
)
# a kind cell with its note in a bracket ("经销商（个体工商户）"): the bracket is not counted
_BRACKET = re.compile(r"[（(][^（()）]{1,8}[)）]")
# an individual business's unified social credit code (its management code 92): the row's
# subject is a registered business, whatever its name's last word
_BUSINESS_CODE = re.compile(r"92\d{6}[0-9A-HJ-NPQRTUWXY]{10}")
_DELIMITERS = frozenset('\t|｜,， "')
_FLAT = re.compile(r"室|单元|栋|幢|楼|户|房")


def shop_premises(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the premises of an individual business in its own row."""
    drop: set[int] = set()
    keepers = "经营" in text or has_word(
        text, "个体"
    )  # (a header naming the keepers: 经营者, 经营户)
    for i, (s, e, kind, _conf) in enumerate(cands):
        if kind != "address":
            continue
        # the row around the address: a register's row is short, a long line is prose;
        # the cell before the address is a row's delimiter (a cell of its own)
        if text[s - 1 : s] not in _DELIMITERS:
            continue
        lo = s - 150 if s > 150 else 0
        ls = text.rfind("\n", lo, s) + 1 or lo
        le = text.find("\n", e, e + 80)
        row = text[ls : le if le >= 0 else e + 80]
        if _FLAT.search(text, s, e):
            continue
        if ("户" in row or "个体" in row) and _business_row(row):
            drop.add(i)
        elif keepers and _shop_subject(row) and _keepers_header(text, ls):
            drop.add(i)
        elif keepers and _shop_cell(row) and _either_header(text, ls):
            drop.add(i)  # 住址 / 经营地址 over a shop's row: its premises (privfix17a)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands


def _business_row(line: str) -> bool:
    """Whether a delimited row is an individual business's: its kind and its name."""
    if _BUSINESS_KIND.search(line) is None:
        return False
    cells = [c.strip(' \u3000"') for c in _CELL_SPLIT.split(line)]
    if len(cells) < 4:
        return False
    kind = any(_BUSINESS_KIND.search(c) and len(_BRACKET.sub("", c)) <= 8 for c in cells)
    return kind and any(_SHOP.match(c) or _BUSINESS_CODE.fullmatch(c) for c in cells)


# a row's subject: its first cell holding a Chinese character (after 序号's digits)
_FIRST_WORDS = re.compile(r"[^\t|｜,]*[\u4e00-\u9fff][^\t|｜,]*")


def _shop_subject(row: str) -> bool:
    """Whether the row's subject (its first cell of words) is a shop's or a workshop's name."""
    m = _FIRST_WORDS.search(row)
    return m is not None and _SHOP.match(m.group().strip(' \u3000"')) is not None


def _keepers_header(text: str, line_start: int) -> bool:
    """Whether the table's header (a line above without digits) names the rows' keepers
    (经营者, 业主 of a business): the table lists units and businesses by their keepers."""
    for line in rows_above(text, line_start, most=60):
        if (
            _CELL_SPLIT.search(line)
            and not any(c.isdigit() for c in line)
            and _FIRST_WORDS.search(line)  # (not a pipe table's rule, | --- |)
        ):
            if "住所" in line or "住址" in line:
                return False  # a keeper's home column beside (经营者住所): left to the others
            return "经营者" in line or "经营户" in line or "个体" in line
    return False


# an address header naming a home and a business's place at once: "住址 / 经营地址",
# "住所或经营场所" (a register of households and shops side by side)
_EITHER = re.compile(
    r"(?:住址|住所|家庭住址)[ \u3000]*[/／或、][ \u3000]*(?:经营|营业)(?:地址|场所|地点)"
)


def _shop_cell(row: str) -> bool:
    """Whether a cell of the delimited row is a shop's or a workshop's name."""
    return any(_SHOP.match(c.strip(' \u3000"')) for c in _CELL_SPLIT.split(row))


def _either_header(text: str, line_start: int) -> bool:
    """Whether the table's header (its lines above without digits, two at most: a header
    of two rows) has an address column of homes or premises (住址 / 经营地址)."""
    seen = 0
    for line in rows_above(text, line_start, most=60):
        if _CELL_SPLIT.search(line) and not any(c.isdigit() for c in line):
            if _EITHER.search(line):
                return True
            seen += 1
            if seen == 2:
                return False
    return False
