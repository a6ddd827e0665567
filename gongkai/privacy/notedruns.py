"""Persons written one after another in prose, each with a note of their own (issue 16,
twenty-sixth batch; README: "Persons in run-on lists").

A notice that pays, refunds or names many persons often writes them in one sentence
instead of a table, each person followed by what concerns them:

- an amount in brackets or right after the name: ``张三（20900元）、李四（6500元）…``,
  ``张三1200元，李四800元``, ``张三：1,200.50元；李四：800元``, ``…等3人``;
- an ID in brackets after a name in prose: ``由张三（身份证号4307…）带班``,
  ``系李四（公民身份号码…）``;
- a person after a word for a proxy or an heir, with their relation or particulars in
  brackets: ``代领人张三（孙子）``, ``代办人李四（配偶）``, ``继承人王五（长子）``.

A run needs two adjacent items at least; a run with any item that is a place's or a
unit's word (枫溪镇（20万元）、县一中（3万元）) is a list of places or units and gives
nothing. Every rule is led by a literal (``元``, ``身份``, ``人``) and asks
``namemodel.score`` of each token.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from .listwords import non_name
from .wordfind import places

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
# the end of an amount item at its unit (元, 万元, 亩): a closing bracket, with a short
# note before it or not ("（20900元，已发放）"), then what follows an item in a list (a
# list sign, spaces before the next item, the sentence's end, the 等 of a count)
_ITEM_END = re.compile(
    r"[元亩](?:/[月年人天次户])?(?:(?:[，,、][^（()）\n]{0,10}?)?[）)])?"
    rf"(?:[ \u3000]*([、，,；;])|([ \u3000]+)(?=[{_H}])|[ \u3000]*(?:[。\n]|等|$))"
)
_UNITS = ("元", "亩")
# an item that another follows: its unit, a list sign or spaces, then a name's character
_LINK = re.compile(
    r"[元亩](?:/[月年人天次户])?(?:(?:[，,、][^（()）\n]{0,10}?)?[）)])?"
    rf"(?:[ \u3000]*[、，,；;][ \u3000]*|[ \u3000]+)(?=[{_H}])"
)
# an item read back from its unit: the name, then a bracket with a few words and the
# amount ("（补发20900元", "（1,200.50元") or the amount right after it (":" or not)
_ITEM = re.compile(
    rf"([{_H}]{{2,8}}(?:·[{_H}]{{2,8}})?)"
    rf"(?:[（(][{_H}]{{0,4}}[:：]?|[:：][ \u3000]*|[ \u3000]?)"
    r"\d+(?:,\d{3})*(?:\.\d{1,2})?[ \u3000]?万?$"
)
# words of a sentence that stand before the first item of a run ("其中", "发放给")
_LEADS = ("其中", "包括", "分别为", "分别是", "发放给", "给予", "支付", "补发", "退还", "为", "是")


def _token(run: str, first: bool) -> tuple[int, str, float] | None:
    """(offset in run, name, score) of the item's name: the whole run, or for the first
    item of a run its end after the sentence's words; none for a word of no name."""
    score = nm.score(run)
    if score >= 0.3:
        return 0, run, score
    if not first:
        return None
    for lead in _LEADS:
        k = run.rfind(lead)
        if k >= 0:
            rest = run[k + len(lead) :]
            if 2 <= len(rest) <= 4 and nm.score(rest) >= 0.75 and not non_name(rest):
                return k + len(lead), rest, nm.score(rest)
    return None


def _item(text: str, at: int, lo: int) -> tuple[int, int, int, str] | None:
    """(name start, name end, item end, sign) of the item whose unit is at ``at``, its
    name starting at ``lo`` or later."""
    prev = text[at - 1 : at]
    m = (prev.isdigit() or prev == "万") and _ITEM_END.match(text, at)
    if not m:
        return None
    back = _ITEM.search(text, at - 24 if at - 24 > lo else lo, at)
    if back is None:
        return None
    return back.start(1), back.end(1), m.end(), m.group(1) or m.group(2) or ""


def _amount_items(text: str) -> list[tuple[int, int, int, str]]:
    """The items of the runs: each item that a sign and another name follow, and the item
    after the last of them (each unit found by ``str.find``: faster than a class's scan)."""
    items = []
    for unit in _UNITS:
        at = text.find(unit)
        while at >= 0:
            prev = text[at - 1 : at]
            link = (prev.isdigit() or prev == "万") and _LINK.match(text, at)
            nxt = _next_unit(text, link.end()) if link else -1
            if nxt > 0 and (text[nxt - 1].isdigit() or text[nxt - 1] == "万"):
                got = _item(text, at, 0)  # (another amount follows within 30 characters)
                if got is not None:
                    items.append(got)
                    last = _last_item(text, got[2])
                    if last is not None:
                        items.append(last)
            at = text.find(unit, at + 1)
    items.sort()
    return items


def _last_item(text: str, end: int) -> tuple[int, int, int, str] | None:
    """The item right after a link's sign that is no link itself (the run's last)."""
    unit = _next_unit(text, end)
    if unit < 0 or _LINK.match(text, unit):
        return None  # (a link itself: found as one)
    last = _item(text, unit, end)
    return last if last is not None and last[0] == end else None


def _next_unit(text: str, start: int) -> int:
    """Where the next 元 or 亩 stands within 30 characters of ``start`` (or -1)."""
    one, other = text.find("元", start, start + 30), text.find("亩", start, start + 30)
    return one if other < 0 or 0 <= one < other else other


def priced_persons(text: str) -> list[Candidate]:
    """The persons of a run-on list whose items each end in an amount."""
    if "元" not in text and "亩" not in text:
        return []
    items = _amount_items(text)
    out: list[Candidate] = []
    i = 0
    while i < len(items):
        j = i
        # an item continues the run when its name starts where the last one's sign ended
        while (
            j + 1 < len(items)
            and items[j][3]
            and not text[items[j][2] : items[j + 1][0]].strip(" \u3000")
        ):
            j += 1
        if j > i:
            out += _run(text, items[i : j + 1])
        i = j + 1
    return out


def _run(text: str, items: list[tuple[int, int, int, str]]) -> list[Candidate]:
    """The names of one run, or none when an item is a place's or a unit's word."""
    found: list[tuple[int, int, float]] = []
    for k, (s, e, _end, _sign) in enumerate(items):
        run = text[s:e]
        got = _token(run, k == 0) if not non_name(run) else None
        if got is None:
            if k == 0 and not non_name(run):
                continue  # the sentence's words before the first item
            return []  # "枫溪镇（20万元）、…": a list of places or units
        found.append((s + got[0], s + got[0] + len(got[1]), got[2]))
    sure = sum(1 for f in found if f[2] >= 0.75)
    if len(found) < 2 or sure < 2 or all(e - s == 2 for s, e, _ in found):
        return []  # (two characters each: 白云、黄山、龙泉, places' names more than persons')
    # a surname and a word (方圆, 江河) counts among two sure names at least
    return [(s, e, "name", 0.75) for s, e, score in found if score >= 0.5 or sure >= 2]


# a bracket opening with an ID's label or a mobile's, up to the number found there
_ID_OPEN = re.compile(
    r"[（(](?:公民)?(?:身份证|身份号码|社会保障号码|社保号|手机|联系电话|电话)(?:号码?)?"
    r"[:：]?[ \u3000]*(?:\+86[ \u3000]?)?"
)
_ID_BACK = re.compile(
    rf"(?:^|(?<=[^{_H}·])|(?<=[由系与和及被让对向将为经据是]))"
    rf"([{_H}]{{2,4}}|[{_H}]{{1,8}}·[{_H}]{{1,8}})$"
)


def identified_persons(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name right before a bracket that opens with the person's ID or mobile found
    ("由张三（身份证号…）带班", "由李四（手机139…）"), after a boundary or a word that
    governs it (由, 系, 与 …)."""
    out: list[Candidate] = []
    for start, _end, kind, _conf in cands:
        if kind != "id_card" and kind != "mobile":
            continue
        lo = start - 16 if start > 16 else 0
        k = max(text.rfind("（", lo, start), text.rfind("(", lo, start))
        opening = _ID_OPEN.match(text, k) if k >= 0 else None
        if opening is None or opening.end() != start:
            continue
        back = _ID_BACK.search(text, k - 12 if k > 12 else 0, k)
        if back is not None:
            name = back.group(1)
            if nm.score(name) >= 0.7 and not non_name(name):
                out.append((back.start(1), back.end(1), "name", 0.8))
    return out


# a proxy's, an heir's or a guardian's word, the person, a bracket of relation or
# particulars ("代领人张三（孙子）", "代办人：李四（配偶，电话…）")
# (代管人: who keeps an absent owner's house or shop for them, "房东X（代管人Y，房东之子）")
_PROXY_HEADS = frozenset(("代领", "代办", "代理", "代收", "受托", "继承", "监护", "领款", "代管"))
_PROXY = re.compile(
    rf"[\u4e00-\u9fff]{{2}}人[:：]?[ \u3000]*"
    rf"([{_H}]{{2,4}}?|[{_H}]{{1,8}}·[{_H}]{{1,8}})"
    r"(?=(?:[（(]|(?<=[（(]代管人..)[，,]|(?<=[（(]代管人...)[，,])"  # (代管人Y，房东之子）: in a note
    r"(?:[^（()）\n]{0,4}(?:子|女|妻|夫|父|母|孙|媳|婿|偶|兄|弟|姐|妹|侄|甥|亲属|朋友|邻居)"
    r"|身份证|电话|手机|住))"
)


def proxy_persons(text: str) -> list[Candidate]:
    """The person after a proxy's or heir's word with a bracket of who they are."""
    out: list[Candidate] = []
    for at in places(text, "人"):  # (人 is walked by other passes too: ``wordfind``)
        if text[at - 2 : at] in _PROXY_HEADS:
            m = _PROXY.match(text, at - 2)
            if m:
                name = m.group(1)
                if nm.score(name) >= 0.5 and not non_name(name):
                    out.append((m.start(1), m.end(1), "name", 0.8))
    return out


def noted_runs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The persons of this module's forms; ``cands``: the numbers found so far."""
    return priced_persons(text) + identified_persons(text, cands) + proxy_persons(text)
