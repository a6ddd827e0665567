"""A person's label known by its ending, not by a list (issue 16, privfix16lc).

Forms and records label private persons with words no list holds: 驾驶人, 领证人, 送检人,
监护人一, 收款人签名, 收款账户户名 … What they share is the ending: a word for a person
(…人) with at most an ordinal or a word of signing after it (一, 二, 签字, 签名, 签收, 姓名), or
an account's holder (户名). Such a label before a sign (：, :) or a tab, then a value
standing alone that the model of names takes for a sure name (``namemodel`` ≥ 0.9, a
transliterated name with its dot), gives that name.

A label of someone acting for an office is no private person's: a label holding a word of
office work (承办, 记录, 审核, 询问, 检查 … ``_OFFICE``; ``listwords.OFFICIAL_LABEL``), and
the labels of a business's registration (法定代表人, 负责人, 经营者), which other rules read
with the row's entity, are left alone. The office's word after 受 or 被 is what the person
undergoes (受送达人签收, 被检查人签字): that person is private and read.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from .listwords import OFFICIAL_LABEL, non_name

Candidate = tuple[int, int, str, float]

# "驾驶人：", "监护人二：", "收款人签名\t", "账户户名：" (each led by its literal, for the
# engine's fast scan: 人 or 户名)
_LABELS = (
    re.compile(r"(人[一二三四]?(?:签字|签名|签收|签章|姓名)?)[ \u3000]*[：:\t][ \u3000]*"),
    re.compile(r"(户名)[ \u3000]*[：:\t][ \u3000]*"),
)
# the value: a name of two to four characters, or a transliterated one with its dot
_VALUE = re.compile(
    r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})"
    r"(?=[ \u3000\t\n，,；;。（(/|<]|$)"
)
# words of office work in a label: the person acts for an office or a unit
_OFFICE = re.compile(
    r"承办|经办|主办|协办|记录|审核|复核|审批|审定|询问|讯问|调查|检查|核查|勘验|立卷|受理|录入|"
    r"送达|签发|填表|填报|制表|导出|执法|鉴定|值班|发布|编制|统计|报送|拟稿|校对|核稿|会签|批准|"
    r"监督|监交|移交|办理|负责|法定代表|经营|联系|联络|介绍|推荐|考核|评审|验收|施工|设计|监理|"
    r"保管|管理|操作|检验|检测|测量|见证|回访|回复|答复|编写|编辑|撰写|监票|计票|唱票|主持|发言|接待|接听|"
    r"接访|走访|指导|调解|仲裁|督办|督查|包保|帮扶|挂钩|考评|审查|审阅|核定|核算|复查|抽查|巡查|带队"
)


def _acting(label: str) -> bool:
    """Whether the label holds a word of office work that its person does, not undergoes:
    受送达人, 被调查人, 被检查人 are the persons the office serves or examines."""
    return any(
        m.start() == 0 or label[m.start() - 1] not in "受被" for m in _OFFICE.finditer(label)
    )


def _label_start(text: str, end: int) -> int:
    """The start of the Han word that ends at ``end`` (at most eight characters)."""
    k = end
    while k > 0 and end - k < 8 and "\u4e00" <= text[k - 1] <= "\u9fff":
        k -= 1
    return k


def suffix_labels(text: str) -> list[Candidate]:
    """Names after a label of a person known by its ending (module docstring)."""
    out: list[Candidate] = []
    for m in (m for pattern in _LABELS for m in pattern.finditer(text)):
        start = _label_start(text, m.start())
        label = text[start : m.end(1)]
        if len(label) < 2 or label[:2] in ("被告", "原告"):
            continue
        if _acting(label) or OFFICIAL_LABEL.search(label):
            continue
        v = _VALUE.match(text, m.end())
        if not v:
            continue
        name = v.group(1)
        if non_name(name) or nm.score(name) < 0.9:
            continue
        out.append((v.start(1), v.end(1), "name", 0.8))
    return out
