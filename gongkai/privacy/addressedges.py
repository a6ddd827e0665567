"""The edges of an address candidate told by the words around it (issue 16).

- A house named by the number it stands behind or beside ("在某路109号后面的平房", "…号对面
  的房子"): the number is a landmark, not the home, which is left unnamed. (A number with
  附近 or 旁边 alone — "居住地…号附近的养殖场", "…号旁边邻居" — stays: it is often the
  writer's own home.)
- A shop's front after the number ("在某镇新华路109号门面开展诊疗", "…号门店", "…号铺面"):
  the premises of a business, not a home (as an individual business's 经营场所) — unless
  the same address is given elsewhere as a home ("住址X" … "在X门面内行医").
- A unit's particulars in a bracket right after the unit or its member's post
  ("某律师事务所律师（地址：…，电话：…）"): the unit's address, as its phone is the unit's
  (``unitlines._PARTICULARS``).
- A neighbour's home named as in the writer's own estate ("同小区锦绣苑11幢2001室"): the
  address starts at the estate's name; 同小区 / 本小区 / 同单元 is the writer's word.
"""

from __future__ import annotations

import re

from .unitlines import _UNIT_END

Candidate = tuple[int, int, str, float]

_LANDMARK_AFTER = re.compile(
    r"(?:后面|后边|背后|前面|旁边|对面|斜对面|隔壁|东侧|西侧|南侧|北侧)的"
    r"(?:平房|房子|房屋|楼房|小楼|院子|民房|自建房)"
)
# (底商: the shops on a block's ground floor, "…号底商（多家）": privfix20g)
_PREMISES_AFTER = re.compile(r"(?:门面|门店|店面|铺面|商铺|店铺|档口|底商)")
_UNIT_BRACKET = re.compile(
    rf"[\u4e00-\u9fff]{_UNIT_END}(?:律师|医生|医师|教师|老师|职员|工作人员|法律工作者|会计师)?"
    r"[（(](?:联系|办公|通讯)?地址[：:][ \u3000]*$"
)
_SAME_PLACE = re.compile(r"(?:同|本|该)(?:小区|楼栋?|单元|院)")


def address_edges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without landmarks, their addresses without the writer's 同小区."""
    out: list[Candidate] = []
    homes: set[str] | None = None
    for cand in cands:
        start, end, kind, conf = cand
        if kind == "address":
            if _LANDMARK_AFTER.match(text, end):
                continue
            if _PREMISES_AFTER.match(text, end):
                if homes is None:
                    homes = {
                        text[s:e]
                        for s, e, k, _c in cands
                        if k == "address" and not _PREMISES_AFTER.match(text, e)
                    }
                if text[start:end] not in homes:
                    continue  # (a shop in the home given elsewhere, "住址X" … "在X门面内": a home)
            if "地址" in text[start - 4 if start > 4 else 0 : start] and _UNIT_BRACKET.search(
                text, start - 40 if start > 40 else 0, start
            ):
                continue
            same = _SAME_PLACE.match(text, start)
            if same and end - same.end() >= 4:
                cand = (same.end(), end, kind, conf)
        out.append(cand)
    return out
