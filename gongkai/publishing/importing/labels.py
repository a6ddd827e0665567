"""Finding label/value pairs in a line, whatever the layout around them.

A label is one of the words sites use in their metadata blocks (索引号, 发文机关, 文号,
发布时间…), possibly letter-spaced ("发 文 字 号"). ``find_pairs`` returns each label found
at a plausible place — at the start of a line or cell, after a separator, or glued to the
previous value when a colon follows ("2024-05-08浏览量:12") — with the text up to the next
label as its value. Deciding which value to trust is left to the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# key -> labels. "noise" labels are read only so that their values are not taken for
# another field's (浏览次数, 作者, 字号…); "archived" is a filing stamp, not a date of
# the document.
LABELS: dict[str, tuple[str, ...]] = {
    "index_number": ("索引号", "信息索引号", "内容索引号", "索取号", "索 引 号"),
    "organ": (
        "发文机构", "发文机关", "发布机构", "发布机关", "发文单位", "发布单位", "制发机关",
        "制发机构", "成文机关", "所属机构", "公开责任部门", "责任部门", "公开主体", "信息公开主体",
    ),
    "source": ("信息来源", "文章来源", "来源单位", "来源"),
    "doc_number": ("发文字号", "发文文号", "文件编号", "文件字号", "文号"),
    "topic": ("主题分类", "信息分类", "组配分类", "分类"),
    "catalogue": ("公开目录", "所属目录", "所属栏目", "栏目"),
    "written": ("成文日期", "成文时间", "发文日期", "发文时间", "印发日期", "签发日期"),
    "published": (
        "发布日期", "发布时间", "公开日期", "公开时间", "生成日期", "上线时间", "发表时间",
        "发布于", "更新时间", "日期", "时间",
    ),
    "archived": ("归档时间", "归档日期"),
    "validity": ("有效性", "时效性", "效力状态", "是否有效", "有效期"),
    "title": ("文章标题", "文件名称", "信息名称", "标题", "名称", "题名"),
    "attribute": ("公开方式", "公开属性", "公开形式", "公开范围", "公开类别"),
    "noise": (
        "浏览次数", "浏览量", "浏览数", "浏览", "阅读次数", "阅读量", "阅读数", "阅读", "点击次数",
        "点击数", "点击量", "点击率", "点击", "访问量", "访问次数", "查看人数", "查看次数",
        "作者", "撰稿人", "撰稿", "供稿", "责任编辑", "编辑", "审核人", "审核", "审校", "摄影",
        "发布人", "发布者", "录入者", "录入", "上传者", "人气", "浏览人数", "字体", "字号", "主题词", "关键词", "体裁分类", "服务对象分类", "载体类型",
        "生效日期", "废止日期", "失效日期",
    ),
}  # fmt: skip

#: Labels that do not occur at the start of a body sentence; a line starting with a
#: weak one (来源, 日期, 时间…) counts as metadata only near the title.
STRONG = {
    "索引号", "信息索引号", "内容索引号", "索取号", "发文机构", "发文机关", "发布机构", "发布机关",
    "发文单位", "发布单位", "制发机关", "制发机构", "成文机关", "所属机构", "公开责任部门",
    "公开主体", "信息公开主体", "信息来源", "文章来源", "发文字号", "发文文号", "文件字号", "主题分类",
    "信息分类", "组配分类", "公开目录", "所属目录", "所属栏目", "成文日期", "成文时间", "发文日期",
    "印发日期", "发布日期", "发布时间", "公开日期", "生成日期", "归档时间", "归档日期", "有效性",
    "时效性", "效力状态", "公开方式", "公开属性", "公开形式", "浏览次数", "浏览量", "阅读次数",
    "点击数", "点击次数", "点击量", "访问量", "查看人数", "责任编辑", "主题词", "体裁分类",
    "服务对象分类", "文号", "文件编号", "文章标题", "发布者", "录入者",
}  # fmt: skip

EMPTY_VALUES = {"", "-", "--", "—", "——", "/", "无", "暂无", "空", "null", "none", "0000-00-00"}

_ALL = sorted(
    {(squash_label, key) for key, labels in LABELS.items() for squash_label in
     (re.sub(r"\s+", "", lab) for lab in labels)},
    key=lambda x: -len(x[0]),
)  # fmt: skip
KEY_OF = dict(_ALL)
_GAP = r"[ \u3000\xa0]{0,8}"
LABEL_RE = re.compile(
    "(?P<label>" + "|".join(_GAP.join(re.escape(c) for c in lab) for lab, _ in _ALL) + ")"
)
_FIRST_CHARS = {lab[0] for lab, _ in _ALL}
_BOUNDARY = set(" \u3000\xa0\t|｜【】[]（）()·•●◆■□▪-*、/>》,，;；") | {""}
_COLON = re.compile(r"[ \u3000\xa0]*[:：]")


@dataclass
class Pair:
    key: str
    label: str  # without inner spaces
    value: str
    start: int
    colon: bool
    at_start: bool  # the label begins the line (after bullets)


def clean_value(value: str) -> str:
    value = value.strip(" \u3000\xa0\t|｜【】[]:：,，;；·•")
    value = re.sub(r"\s{2,}", " ", value)
    return "" if value.lower() in EMPTY_VALUES else value


def find_pairs(line: str) -> list[Pair]:
    """Every label in ``line`` with the value that follows it (possibly empty)."""
    hits = []
    i, n = 0, len(line)
    lead = len(line) - len(line.lstrip(" \u3000\xa0\t·•●◆■□▪-*>"))
    while i < n:
        if line[i] not in _FIRST_CHARS:
            i += 1
            continue
        m = LABEL_RE.match(line, i)
        if not m:
            i += 1
            continue
        label = re.sub(r"\s+", "", m.group("label"))
        end = m.end()
        colon = _COLON.match(line, end)
        before = line[i - 1] if i > 0 else ""
        at_boundary = before in _BOUNDARY or i <= lead
        rest = line[end:]
        ok = False
        if colon:
            ok = True
            end = colon.end()
        elif at_boundary and (not rest.strip() or rest[:1] in "\t|｜"):
            ok = True  # a label alone in its cell or line
        elif at_boundary and i <= lead and rest[:1] in " \u3000\xa0" and label in STRONG:
            ok = True  # "索引号 0152…" in a list
        if ok:
            hits.append((i, end, label, bool(colon), i <= lead))
            i = end
        else:
            i += 1
    pairs = []
    for k, (start, end, label, colon, at_start) in enumerate(hits):
        stop = hits[k + 1][0] if k + 1 < len(hits) else n
        value = clean_value(line[end:stop])
        pairs.append(Pair(KEY_OF[label], label, value, start, colon, at_start))
    return pairs


def label_only(line: str) -> Pair | None:
    """The pair when a line is nothing but one label (its value is on the next line)."""
    pairs = find_pairs(line)
    if len(pairs) == 1 and pairs[0].at_start and not pairs[0].value:
        # nothing but the label and maybe a colon
        rest = line[pairs[0].start :]
        if re.fullmatch(r"[^\s:：]+(?:[ \u3000\xa0]{0,8}[^\s:：])*[ \u3000\xa0]*[:：]?\s*", rest):
            return pairs[0]
    return None
