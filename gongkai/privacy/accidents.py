"""Parties of a traffic accident in the narrative of a notice (交通事故认定书 送达, 事故通报):
who drove, who was hurt, who bears what share of the blame.

- "认定张三承担此事故的主要责任", "，李四承担次要责任": the party before 承担 …责任;
- "致王五受伤", "致赵六当场死亡": the party hurt or killed;
- "与对向钱七驾驶的…", "与行人孙八发生碰撞", "乘车人周九": the other party by their role;
- "，吴十驾驶…号小型轿车": the driver opening a clause;
- "与罗十一驾驶的二轮摩托车发生刮擦": the other party by the vehicle he drove (a driver
  is a person whatever his surname: 字, 茶 of Yunnan's registers, three characters).

Only in a paragraph about an accident (事故) on the road (驾驶, 行驶, 碰撞 …) — or, in a
document about a road accident (交通事故), a paragraph of its record that shares out the
blame ("认定结果：X承担事故主要责任，Y承担无责任", no driving word in it); the name
must be one of given-name characters (or a transliterated name with its dot), so 驾驶人员,
本车 or a unit is no party.
"""

from __future__ import annotations

import re

from .names import Candidate, best_name
from .wordfind import find_by
from .wordsurnames import field_name

_RUN = r"(?!认定|当事人)([\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{1,8})"
_PARTY = re.compile(
    rf"(?:认定|[，,；;：:])(?:当事人)?{_RUN}(?=承担(?:此|本|该)?(?:次|起)?(?:事故|交通事故)?的?"
    r"(?:全部|主要|次要|同等|无)责任)"
    rf"|致{_RUN}(?=(?:当场)?(?:受伤|死亡|重伤|轻伤|轻微伤))"
    rf"|(?:对向|行人|乘车人|乘客|骑车人|同向)(?:的)?{_RUN}(?=驾驶|骑行|乘坐|发生|受伤|[（(，,])"
    rf"|(?:许|时|分)[，,]{_RUN}(?=驾驶|骑行|骑乘)"
    # "与罗建国驾驶的二轮摩托车发生刮擦": the other party by the vehicle he drove
    rf"|与{_RUN}(?=(?:所)?(?:驾驶|驾乘|骑行|骑乘)的)"
)

# a road accident's narrative: someone drove, rode or collided
_ON_ROAD = re.compile(r"驾驶|行驶|骑行|碰撞|相撞|追尾|刮擦")


def _person(run: str) -> bool:
    if "·" in run:
        return True
    return best_name(run) == run


def accident_parties(text: str) -> list[Candidate]:
    """The parties an accident's narrative names (only in a paragraph about an accident)."""
    out: list[Candidate] = []
    road_notice = None  # whether the whole document is about a road accident (交通事故)
    at = find_by(text, "事故", 1)  # (by 故, rarer than 事: ``wordfind``)
    while at >= 0:  # each paragraph that speaks of an accident, once
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _ON_ROAD.search(text, start, end) is None:
            if road_notice is None:
                road_notice = find_by(text, "交通事故", 3) >= 0
            if road_notice and "责任" in text[start:end]:
                _parties(text, start, end, out)  # "认定结果：X承担主要责任" of its record
            at = find_by(text, "事故", 1, end)
            continue  # an accident of another kind (安全生产事故): no road, no parties
        _parties(text, start, end, out)
        at = find_by(text, "事故", 1, end)
    return out


def _parties(text: str, start: int, end: int, out: list[Candidate]) -> None:
    for m in _PARTY.finditer(text, start, end):
        k = next(i for i in range(1, 6) if m.group(i) is not None)
        if _person(m.group(k)) or (k == 5 and len(m.group(k)) == 3 and field_name(m.group(k))):
            out.append((m.start(k), m.end(k), "name", 0.7))
