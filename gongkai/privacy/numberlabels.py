"""Numbers shaped like an ID that their label says are something else.

An 18-digit file, case or acceptance number is often built from a region code and a
date, and its last character may happen to check like an ID's ("档案号110115201104120338").
Where the label right before it names another number (档案号, 受理编号, 案卷号, 工单号,
证书编号 …) and no word of an identity document stands in that label, it is that
other number, not a person's ID (issue 16, RULES.md §4). The same labels (and any
"…书编号": 决定书, 通知书) keep a card-shaped number from being a card: 4312261529672076
after 处罚决定书编号 is a decision's number that happens to pass Luhn and start like Visa.
"""

from __future__ import annotations

import re

from . import validators as v
from .accountkinds import holder_account, other_card, scheme_card_label
from .alternation import led
from .gapalign import _GAP_CELL, display_columns
from .numbercolumns import cell_header, other_number_column
from .numberranges import range_start
from .seriallabels import serial_label
from .stackedcards import stacked_header
from .unitcolumns import rows_above

# the label's end, right before the number (brackets and a sign may stand between)
_OTHER_NUMBER = re.compile(
    r"(?:档案|受理|案卷|卷宗|流水|业务|登记证?|协议|证书|合同|信访件|信访|工单|订单|批准书|许可证?|注册|"
    r"凭证|不动产单元|书|执法证|准考证|报名|申报|项目|备案|索引|发票|批次|案件|事项|"
    r"执业证|资格证|从业证|上岗证|合格证|注册证|执照|回执|收据|票据|"
    # a procedure's own serial (协查编号, 督办编号, 办件编号): a case's number, no person's
    r"协查|核查|督办|通报|办件|办理|审批)"
    # (a JSON key's quotes around the colon: "居住证受理回执号": "3209…"; an example of
    # that number in brackets after its label: 登记号（如…）, 档案编号(例如: …))
    # (a list's order word before the colon: 档案编号依次为：A、B, 受理号分别是：…)
    r"(?:编号|编码|号码|序号|号|代码)[）)]?\"?[ \u3000]*(?:依次|分别)?[：:为是]?[：:]?[ \u3000]*\"?"
    r"(?:[（(][ \u3000]*(?:如|例如|比如|示例)[:：]?[ \u3000]*)?$"
)
_ID_WORDS = re.compile(r"身份证|证件号|公民身份|身份号码")
# the writer's word that the number is no ID (受理编号（…，非身份证号）：…): the last ID word
# before the number, in its line or sentence, denied
_DENIED_ID = re.compile(r"(?:非|不是|并非|而非|不属于?|不为)[ \u3000]*(?:公民|居民)?$")


# an example after the rule of a code ("普查小区编码为…加3位顺序号，如…"): a code's sample
_EXAMPLE = re.compile(r"(?:如|例如|比如|示例|样例)[:：]?[ \u3000]*$")
_CODE_RULE = re.compile(r"编码|编号|代码|顺序号|区划码")


# a form's sample, by its label or its note ("示例证件号：…（样例，仅供格式参考）")
_SAMPLE_LABEL = re.compile(r"(?:示例|样例|范例|样本|模板)[^，,。；;\n]{0,8}$")
# (the run possessive: a character given back is a digit, X, a space or a dash, never the
# bracket, and the spaces after it are matched again the same: the same answer, no backtracking)
_SAMPLE_NOTE = re.compile(r"[\dXx \-]*+[ \u3000]*[（(](?:样例|示例|范例|样本|仅供|格式)")


def other_number(text: str, start: int) -> bool:
    """Whether the label right before ``start`` names a number that is not an ID (or the
    number is the example of a code's rule in its sentence, or a form's sample)."""
    before = text[start - 14 if start > 14 else 0 : start]
    # (each label's word holds 号 or 码: 编号, 编码, 号码, 序号, 号, 代码; none, no search)
    numbered = "号" in before or "码" in before
    if numbered and _OTHER_NUMBER.search(before) and not _ID_WORDS.search(before):
        return True
    if before[-1:] in _RANGE_SIGNS and _ranged_other(text, start):
        return True  # 受理编号自A至B: both ends (numberranges)
    if numbered and serial_label(text, start):
        return True  # 收件编号, 来文序号: a serial of its own kind (seriallabels)
    if (
        ("例" in before or "样" in before or "模" in before)  # (示例, 样例, 范例, 样本, 模板)
        and _SAMPLE_LABEL.search(before)
    ) or _SAMPLE_NOTE.match(text, start, start + 30):
        return True
    if other_number_column(text, start):
        return True  # under 受理编号, 档案编号, 业务流水号 … (``numbercolumns``)
    if _denied_id(text, start):
        return True
    if before[-1:] in _LIST_SEPARATORS and _listed_after_other(text, start):
        return True  # 受理编号A、B: B is listed under A's label too
    if ("如" not in before and "例" not in before) or not _EXAMPLE.search(before):
        return False  # (如, 例如, 比如, 示例, 样例: each holds 如 or 例)
    lo = start - 80 if start > 80 else 0
    sentence = text[
        max(lo, text.rfind("。", lo, start) + 1, text.rfind("\n", lo, start) + 1) : start
    ]
    return bool(_CODE_RULE.search(sentence)) and not _ID_WORDS.search(sentence)


_LIST_SEPARATORS = frozenset("、，,/／")
_RANGE_SIGNS = frozenset("自从至到—－~～- \u3000")


def _ranged_other(text: str, start: int) -> bool:
    """Whether the number at ``start`` ends a range (自A至B) under another number's label."""
    opened = range_start(text, start)
    if opened is None or opened == start:
        return False
    label = text[opened - 14 if opened > 14 else 0 : opened]
    return bool(_OTHER_NUMBER.search(label)) and not _ID_WORDS.search(label)


_LISTED_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{14,17}[\dXx][ \u3000]?[、，,/／][ \u3000]?$")


def _listed_after_other(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows another of its length in a list (``A、B``)
    whose first stands under a label of another number (受理编号A、B): the label covers both."""
    m = _LISTED_NUMBER.search(text, start - 22 if start > 22 else 0, start)
    return m is not None and other_number(text, m.start())


def _denied_id(text: str, start: int) -> bool:
    """Whether the last ID word before ``start`` in its line or sentence (80 characters)
    is denied: 非身份证号, 不是公民身份号码."""
    lo = start - 80 if start > 80 else 0
    lo = max(lo, text.rfind("。", lo, start) + 1, text.rfind("\n", lo, start) + 1)
    if text.find("非", lo, start) < 0 and text.find("不", lo, start) < 0:
        return False  # (no copy of the window)
    last = None
    for last in _ID_WORDS.finditer(text, lo, start):  # noqa: B007 (the last one)
        pass
    return (
        last is not None
        and _DENIED_ID.search(text, max(lo, last.start() - 6), last.start()) is not None
    )


# the label of a number that is no card's: a payment slip's, a register's (缴款码, 个人编号)
_OTHER_CARD_LABEL = re.compile(
    r"(?:(?:缴款|缴费|个人|人员|参保|医保|单|交易|订单|流水|档案|系统)(?:编号|编码|号码|单号|码|号)"
    # any word's serial (记录编号, 办理编码, 台账序号): a label whose head is 编号 / 编码 /
    # 代码 / 序号 names a number of its own kind (a card word before it is looked for apart)
    r"|[\u4e00-\u9fff](?:编号|编码|代码|序号)"
    # a household's number at a utility or a register (电费户号, 燃气户号, 户号): not an
    # account's (账户号, 开户号)
    r"|(?<![开账帐])户号"
    # any thing's number by its label's head 号 (电机号, 税号, 学籍号, 考生号, 车架号): a
    # number of that thing's kind (a card's or an account's word is looked for apart; a
    # document's 证件号码 holds whatever card the record's type names: 社会保障卡)
    r"|[\u4e00-\u9fff](?<![账帐卡折户证件])号码?"
    # an order's, a waybill's or a contract's number after its noun alone (订单6202…)
    r"|(?:订单|运单|快递单|工单|保单|合同|发票))"
    r"[）)]?[ \u3000]*[：:为是]?[ \u3000]*$"
)
_CARD_DIGITS = re.compile(r"\d{18,19}(?!\d)")
_CARD_WORDS = re.compile(r"卡|账号|帐号|账户|帐户|存折|折号")
# an organisation's own account by its label (对公账号, 单位账户, 基本存款账户): the
# unit's, published with a contract or a payment notice, not a person's card
_UNIT_ACCOUNT = led(
    r"(?:对公|单位|企业|公司|基本存款|基本|集体)(?:银行)?(?:结算)?(?:账号|帐号|账户|帐户)"
    r"[）)]?[ \u3000]*[：:为是]?[ \u3000]*$"
    # an account kept for a purpose (代收专户, 工资专用账户, 汇缴结算户, 零余额账户): a unit's
    r"|(?:专户|结算户|汇缴户|代收户|收入户|专用账户|专用帐户|零余额账户)[ \u3000]*[，,]?[ \u3000]*[（(]?"
    r"(?:账号|帐号|户号)?[ \u3000]*[：:为是]?[ \u3000]*$"
    # an account named by the public money it keeps (专项资金账户, 财政资金账户, 国库…,
    # 资金监管账户, 归集账户): a fund's, not a holder's card (a card's or a person's word
    # in the label, 专项补贴卡 / 个人账户, keeps it a card)
    r"|(?:专项|财政|国库|监管|共管|归集)(?:(?!卡|个人|本人)[\u4e00-\u9fff]){0,6}?"
    r"(?:账号|帐号|账户|帐户)[）)]?[ \u3000]*[：:为是]?[ \u3000]*$"
)
# a column's header that names a number of another kind
_OTHER_COLUMN = re.compile(r"(?:编号|编码|单号|代码|序号)(?:[（(][^）)]*[）)])?$")


# the account's holder named right before its number: an organisation ("户名 某某有限公司，
# 账号 …"), not a person
_UNIT_HOLDER = re.compile(
    r"(?:户名|[账帐]户(?:名称)?)[:：为是]?[ \u3000]*((?:[^\s，,；;：:。]{2,30}"
    r"(?:公司|中心|委员会|合作社|医院|学校|事务所|协会|政府|办事处)"
    r"|[^\s，,；;：:。]{4,30}[局站所院厂社会]))"  # (王建社, 欧阳建社: a person's name)
    # (its bank maybe between: "户名某法院，开户行某银行某支行，账号…")
    r"(?:[ \u3000]*[，,；;、]?[ \u3000]*(?:开户行|开户银行|开户网点)[:：为是]?[ \u3000]*[^\s，,；;：:。]{2,30})?"
    r"[ \u3000]*[，,；;、]?[ \u3000]*(?:银行)?(?:账号|帐号|账户|帐户|卡号)[:：为是]?[ \u3000]*$"
)


def unit_account(text: str, start: int) -> bool:
    """Whether the label right before ``start`` names a unit's own account (对公账号), or
    the holder named before the account's label is an organisation."""
    if _UNIT_ACCOUNT.search(text, start - 14 if start > 14 else 0, start):
        return True
    if holder_account(text, start):
        return True  # 村委会账户, 合作社账号: a collective's (accountkinds)
    lo = start - 50 if start > 50 else 0
    if text.find("户", lo, start) < 0:
        return False
    if text.find("开户", lo, start) >= 0 and _BANK_NOTED.search(text, lo, start):
        return True  # 汇缴结算户（开户行：…，账号…）: the unit's account, its bank in brackets
    # the holder after 户名 or 账户 ("账户：某村股份经济合作社，账号…"); a bank there is the
    # account's issuer ("本人银行账户（某农信社某联社，账号…）"), not its holder
    m = _UNIT_HOLDER.search(text, lo, start)
    return m is not None and not m.group(1).endswith(_BANKS)


# a unit's account by its label (专户, 结算户, 专项资金账户 …: ``_UNIT_ACCOUNT``), then its
# bank and number in brackets: "非税收入汇缴结算户（开户行：某银行某支行，账号…"
_BANK_NOTED = re.compile(
    r"(?:专户|结算户|汇缴户|代收户|收入户|专用[账帐]户|零余额[账帐]户|(?:专项|财政|国库|监管|共管|归集)"
    r"(?:(?!卡|个人|本人)[\u4e00-\u9fff]){0,6}?[账帐]户)[（(](?:开户行|开户银行)[:：]?[^）)\n]{1,30}"
    r"[，,；;][ \u3000]*(?:账号|帐号)[:：为是]?\s*$"
)
# the end of a bank's name: the account's issuer, not its holder
_BANKS = ("银行", "支行", "分行", "联社", "信用社", "农信社", "储蓄所", "营业所", "分理处")


def not_a_card(text: str, start: int) -> bool:
    """A card-shaped number whose label or column names another number (缴款码, 缴款单号,
    a 个人编号 column of a register) or a unit's account (对公账号): not a person's card."""
    before = text[start - 14 if start > 14 else 0 : start]
    if other_card(text, start):
        return True  # 积分卡号, "jfkh": a scheme's card, no bank's (accountkinds)
    carded = _CARD_WORDS.search(before) is not None
    if (_OTHER_CARD_LABEL.search(before) or _OTHER_NUMBER.search(before)) and not carded:
        return True  # (受理编号, 决定书编号, 证书编号: a document's or a file's number)
    if before[-1:] in _RANGE_SIGNS and not carded and _ranged_other(text, start):
        return True  # 受理编号自A至B (numberranges)
    if unit_account(text, start):
        return True
    if not carded and text[start - 1 : start] == "如" and _example_of_other(text, start):
        return True  # "许可证编号由区划代码、年度和顺序号组成，如6540…": an example of that number
    serial = not carded and region_serial(text, start)
    cell_start = start
    while cell_start > 0 and text[cell_start - 1] in " \u3000":
        cell_start -= 1  # "| 6222… |": a pipe table's cell padded with blanks
    sep = text[cell_start - 1 : cell_start]
    if sep == '"':
        return _quoted_cell_header(text, start, serial)
    if sep == "\n":  # a cell alone on its line: a table written one cell a line
        end = start
        while text[end : end + 1].isdigit() or text[end : end + 1] in " -":
            end += 1
        header = stacked_header(text, start, end)
        return serial if header is None else _column_says(header, serial)
    if sep not in ("\t", "|", ","):
        if start - cell_start < 2:
            return serial  # (no gap of two: prose or one blank between words, not aligned)
        header = aligned_header(text, start)  # a PDF's text: the header over its columns
        return serial if header is None else _column_says(header, serial)
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return serial  # no table row is that long
    column = text.count(sep, line_start, start)
    pos = line_start
    for _ in range(40):  # up the rows to the header: the first row whose cell is words
        if pos <= 0:
            return serial
        above = text.rfind("\n", pos - 401 if pos > 401 else 0, pos - 1) + 1
        if above == 0 and pos > 401:
            return serial
        row = text[above : pos - 1]
        if not row.strip():
            return serial
        cells = row.split(sep)
        if column < len(cells):
            cell = cells[column].strip(" \u3000-:")  # (a Markdown rule row "|---|" is none)
            if cell and not any(c.isdigit() for c in cell):
                return _column_says(cell, serial)
        pos = above
    return serial


_DATA = re.compile(r"\d{5}")
_GAPS = re.compile(r" {2,}|\u3000")


def aligned_header(text: str, start: int) -> str | None:
    """The header cell over the number at ``start`` in a table aligned with spaces (a PDF's
    text layer): the nearest line above with no long number and two gaps or more, its cell
    starting at the number's display column (two either side: ``gapalign``); None in prose
    or where no header cell starts there (cells parted by full-width spaces drift)."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return None
    column = display_columns(text[line_start : start + 1])[start - line_start]
    for line in rows_above(text, line_start, most=40):
        if "。" in line or "\t" in line or "|" in line or "｜" in line:
            return None  # prose or another table's row: the table's start is passed
        if _DATA.search(line) or len(_GAPS.findall(line.strip(" \u3000"))) < 2:
            continue
        cols = display_columns(line)  # the header cell starting where the number starts
        return next(
            (m.group() for m in _GAP_CELL.finditer(line) if abs(cols[m.start()] - column) <= 2),
            None,
        )
    return None


def _quoted_cell_header(text: str, start: int, serial: bool) -> bool:
    """A number in a quoted CSV cell ("…","志愿者编号",… over "…","6205…",…): its column's
    header decides as in a bare cell: a card's word keeps it a card, a header whose head
    is 编号 / 编码 / 代码 names a number of its own kind (a register's, a member's)."""
    header = cell_header(text, start)
    if not header or any(c.isdigit() for c in header):
        return serial
    return _column_says(header, serial)


def _column_says(header: str, serial: bool) -> bool:
    """Whether a column's header says its card-shaped cells are no person's cards: it
    names a unit's account (对公账号, 专项资金账户: read as the label ``unit_account``
    reads), or, without a card's word, a number of its own kind (记录编号, 交易流水号,
    电费户号, 从业资格证号: as a label before the number is read by ``not_a_card``)."""
    if _UNIT_ACCOUNT.search(header) or scheme_card_label(header):
        return True  # (燃气卡号, 校园卡号: a scheme's card, no bank's)
    if _CARD_WORDS.search(header):
        return False
    return serial or bool(
        _OTHER_COLUMN.search(header)
        or _OTHER_CARD_LABEL.search(header)
        or _OTHER_NUMBER.search(header)  # 从业资格证号, 决定书文号: a document's number
    )


# the same kinds of number named anywhere in a sentence ("许可证编号由…组成")
_OTHER_NAMED = re.compile(_OTHER_NUMBER.pattern.split(")", 1)[0] + r")(?:编号|编码|号码)")


# the last sentence stop of a window (``max`` of each stop's ``rfind``: one C walk)
_LAST_STOP = re.compile(r"(?s).*[。；;\n]")


def _example_of_other(text: str, start: int) -> bool:
    """The sentence before an example ("…，如") names another kind of number (编号 of a
    licence, a receipt, a file) and no card."""
    last = _LAST_STOP.match(text, start - 120 if start > 120 else 0, start)
    sentence = text[last.end() if last else 0 : start]
    return (
        "号" in sentence
        and _OTHER_NAMED.search(sentence) is not None
        and _CARD_WORDS.search(sentence) is None
    )


def region_serial(text: str, start: int) -> bool:
    """Whether the number at ``start`` is 18 digits built on a region code and a year
    (430524 2020 49003690: a record's or a licence's serial of the county that keeps it)
    and starts with 4: Visa's range, where the codes of 河南, 湖北, 湖南, 广东, 广西 and
    海南 (41–46) fall. Visa issues 16 and 19 digits, no 18: without a card's word in its
    label or column such a number is that serial, not a card."""
    if text[start : start + 1] != "4":
        return False
    m = _CARD_DIGITS.match(text, start)
    if m is None or m.end() - start != 18:
        return False
    value = m.group()
    return v.region_ok(value) and value[6:8] in ("19", "20")


def card_issuer(value: str) -> bool:
    """Whether a Luhn-valid run of digits starts like a payment card of its length (ISO/IEC
    7812 issuer ranges: UnionPay and domestic 6 and 9, Visa 4, Mastercard 51–55 and
    2221–2720, JCB 3528–3589). A land or account code built on a region code
    (341522…, 500112…) or a register's number is not one. Used where no label or column
    says "card": a number under 卡号 or 账号 is a card whatever it starts with."""
    n = len(value)
    first = value[0]
    if first in "469" or "3528" <= value[:4] <= "3589":
        return True  # (Visa issues up to 19 digits: 436742… of 18 and 19)
    return n == 16 and ("51" <= value[:2] <= "55" or "2221" <= value[:4] <= "2720")


def unit_account_header(header: str) -> bool:
    """Whether a column's header names a unit's account (工资专用账户账号, 对公账号)."""
    return _UNIT_ACCOUNT.search(header) is not None
