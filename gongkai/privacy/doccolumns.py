"""A travel-document-shaped number under a column of another number (issue 16, docs38):
"CY1210066" has the shape of a Hong Kong and Macau permit (C, a letter, seven digits),
but under 出厂编号, 车架号, 批次号 or 发票号码 it is a machine's, a vehicle's or a
receipt's number; after a label naming such a number (证书编号：C12345678, 受理编号,
批文号, 订单号) as well. Only numbers found without a document's label (confidence 0.6)
are read; a column headed 证件号码 or 通行证号 keeps them.
"""

from __future__ import annotations

import re

from .unitcolumns import row_position, rows_above

Candidate = tuple[int, int, str, float]

_SEPARATORS = ("\t", "│", "|", "｜", ",")
_OTHER = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:出厂|机身|机器|设备|产品|车架|发动机|底盘|铭牌|批次|合同|发票|订单|"
    r"档案|受理|申请|登记|项目|案件|流水|备案|许可证?|证书|执照|批准文|文)(?:编号|编码|号码|号)"
)
_HEAD_WORDS = ("编号", "号码", "编码", "号")
# the same numbers named by a label right before the number (证书编号：C12345678, 受理编号
# H12345678, 批文号 T12345678, 订单号 E12345678): the label's head says whose number it is
_OTHER_LABEL = re.compile(
    r"(?:出厂|机身|设备|产品|车架|发动机|批次|合同|发票|订单|运单|快递单?|档案|受理|申请|登记|"
    r"项目|案件|流水|备案|许可证?|证书|执照|批文|批准文|文|航班|票|工单|回执)"
    r"(?:编号|编码|号码|号)[）)]?[ \u3000]*[：:为是]?[ \u3000]*$"
)


def _header_over(text: str, start: int) -> str | None:
    place = row_position(text, start, _SEPARATORS)
    if place is None:
        return None
    line_start, sep, index = place
    for line in rows_above(text, line_start, most=40):
        if line.count(sep) >= index and any(w in line for w in _HEAD_WORDS):
            cells = line.split(sep)
            cell = cells[index].strip(" \u3000\"'")
            if cell and not any(c.isdigit() for c in cell):
                return cell
    return None


def other_label(text: str, start: int) -> bool:
    """Whether the label right before ``start`` names a number of another kind."""
    return _OTHER_LABEL.search(text, start - 12 if start > 12 else 0, start) is not None


def other_numbers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the unlabelled permits and passports under another number's column."""
    if not any(k in ("permit", "passport") and c <= 0.6 for _s, _e, k, c in cands):
        return cands
    return [
        c
        for c in cands
        if not (
            c[2] in ("permit", "passport")
            and c[3] <= 0.6
            and (
                text[c[0] - 1 : c[0]] == "字"  # an approval's number: 国药准字H20053456
                or other_label(text, c[0])
                or _OTHER.fullmatch(_header_over(text, c[0]) or "")
            )
        )
    ]
