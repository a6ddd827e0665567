"""Records written as ``key：value`` pairs, several to a line, repeated for each person
(issue 16, the sixteenth held-out batch's class): a register printed one record a line
("1．墓位：…；墓主：…；登记人：…（配偶）；电话：…") or a block of a few lines a record
("【3】单号：…\n　　受助人：…　证号：…\n　　代领人：…（之子）　账号：…").

No list of keys can name every role a register gives its persons (墓主, 献血者, 用血者,
受赠人, 承租户 …), so the keys are learnt from the text itself: a key that opens three
values or more, most of them confident names (``namemodel``, at least two of three
characters), in lines that hold a person's number (an ID, a mobile, a landline, a card),
is a key of persons. Then each of its values is read: pieces separated by 、 or 和, a
note in brackets after a piece left out, every piece scored at least 0.3 a name. Keys of
staff acting in office (经办人, 审核人 …, decided by the other passes) and of units are
never keys of persons, nor a business's (法定代表人, 经营者: ``tables`` decides them
row by row); a contact (登记联系人) only when most of its values are noted as
kin ("（配偶）", "（次子）").

Cost: only texts with a dozen ``：`` or more; the pairs are found from each sign with
``str.find``, no pattern runs over the whole text.
"""

from __future__ import annotations

import re

from . import namemodel
from .seqlists import line_bounds
from .tables import _column_kind
from .wordfind import colons

Candidate = tuple[int, int, str, float]

_MIN_SIGNS = 12
_HAN_KEY = re.compile(r"[\u4e00-\u9fff]{2,8}$")
# a value: up to the next pair's separator; a bracketed note (with commas in it) inside
# (a note may hold a note: "戴佩玲（中国（定居新加坡））")
_VALUE = re.compile(
    r"[ \u3000]*((?:[^；;，,\s：:（(|｜]|[（(](?:[^（()）\n]|[（(][^（()）\n]{0,16}[）)]){0,24}[）)])+)"
)
_PIECES = re.compile(r"[、和及/]")
_NOTE = re.compile(r"[（(](?:[^（()）]|[（(][^（()）]*[）)])*[）)]")
# keys of staff in office, of units, of numbers and dates: never a key of persons
_NOT_PERSONS = re.compile(
    r"经办|承办|审核|审批|签发|制表|填报|负责人|记录|执法|受理|监督|主任|书记|"
    r"单位|机构|医院|学校|银行|开户|名称|地址|住址|地点|电话|号|码|时间|日期|金额|费|类别|项目"
)
# a contact is a unit's staff unless the register notes them as kin ("（配偶）", "（次子）")
_CONTACT = re.compile(r"联系人|联络人")
_KIN_NOTE = re.compile(
    r"[（(][^）)]{0,6}(?:配偶|妻|夫|子|女|父|母|孙|兄|弟|姐|妹|侄|甥|媳|婿|亲属)"
)
_PERSONAL_NUMBER = re.compile(
    r"(?<![\dA-Za-z])(?:\d{17}[\dXx]|1[3-9]\d{9}|0\d{2,3}[-)）]?\d{7,8}|\d{16,19})(?![\dA-Za-z])"
)


def _keys(text: str) -> dict[str, list[int]]:
    """The ends (at the sign) of every key before a ``：``, by key."""
    by_key: dict[str, list[int]] = {}
    search = _HAN_KEY.search
    starts = namemodel.NAME_START
    for at in colons(text)[0]:
        first = text[at + 1 : at + 2]
        if first in " \u3000":
            first = text[at + 1 : at + 4].lstrip(" \u3000")[:1]
        if first not in starts:  # a number, a date, a unit: no value a name opens
            continue
        m = search(text, at - 8 if at > 8 else 0, at)
        if m:
            by_key.setdefault(m.group(), []).append(at)
    return by_key


def _values(text: str, signs: list[int]) -> list[tuple[int, str]]:
    out = []
    for at in signs:
        v = _VALUE.match(text, at + 1)
        if v and v.group(1):
            out.append((v.start(1), v.group(1)))
    return out


def _pieces(value: str, offset: int):
    """(piece, its start) of a value: names separated by 、, notes in brackets left out."""
    bare = _NOTE.sub(lambda n: " " * len(n.group()), value)
    pos = 0
    for part in _PIECES.split(bare):
        token = part.strip()
        if token:
            yield token, offset + pos + part.index(token)
        pos += len(part) + 1


def keyed_names(text: str) -> list[Candidate]:
    if text.count("：") < _MIN_SIGNS:
        return []
    by_key = _keys(text)
    out: list[Candidate] = []
    for key, signs in by_key.items():
        if len(signs) < 3 or _NOT_PERSONS.search(key):
            continue
        if _column_kind(key) in ("name", "business", "contact"):
            continue  # 姓名, 申请人: the label pass reads them; 法定代表人: ``tables`` decides
        values = _values(text, signs)
        if _CONTACT.search(key) and sum(bool(_KIN_NOTE.search(v)) for _s, v in values) * 2 < len(
            values
        ):
            continue  # a unit's contacts, decided by the other passes
        pieces = [list(_pieces(value, start)) for start, value in values]
        confident = [all(namemodel.score(t) >= 0.7 for t, _s in ps) for ps in pieces if ps]
        threes = sum(
            1 for ps in pieces for t, _s in ps if len(t) == 3 and namemodel.score(t) >= 0.7
        )
        if threes < 2 or sum(confident) < max(3, 0.6 * len(values)):
            continue
        signals = 0
        for start, _value in values:
            a, b = line_bounds(text, start)
            b = min(len(text), b + 300)  # the record's next lines
            cut = text.find("\n\n", start, b)
            if _PERSONAL_NUMBER.search(text, a, cut if cut >= 0 else b):
                signals += 1
        if signals * 2 < len(values):
            continue
        for ps in pieces:
            for token, s in ps:
                if 2 <= len(token) <= 6 and namemodel.score(token) >= 0.3:
                    out.append((s, s + len(token), "name", 0.8))
    return out
