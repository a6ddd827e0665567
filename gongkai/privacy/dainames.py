"""Dai names in running text (issue 16, privfix25a).

The Dai of Xishuangbanna and Menglian carry no surname: a man's name opens with 岩, a
woman's with 玉, and one or two syllables follow from a small stock (岩罕, 岩温龙, 玉坎,
玉香囡). A register of disputes or a reply from a Dai township names them in prose
("与邻寨岩罕（138…）因…", "子女岩罕香、玉坎互相推诿", "涉及岩胆等三户"), where the scanner's
names need a surname. In a text of a Dai place (勐 opens their townships' names, 勐海,
勐腊, 勐混; or the text says 傣), 岩 or 玉 with one or two syllables of that stock is a
name where it stands between a sign or a word that opens a person (与, 及, 兄长 …) and a
sign, a bracket or a word that follows one (等, 之, 互相 …): "岩石", "玉米", "曼岩村"
(a village) and "岩罕寨" (a place) are none, and a name alone in its cell is the table
readers' to judge by its header (a column of the office's 排查人 holds staff).

Speed: nothing is read unless the text holds 勐 or 傣 (one ``in`` each); then ``str.find``
of 岩 and 玉.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

# the syllables that follow 岩 / 玉 in Dai names (罕 hǎn, 温 wēn, 坎 kǎn, 香, 胆, 龙, 应,
# 光, 叫, 拉, 庄, 甩, 扁, 腊, 恩, 南, 万, 帕, 囡, 儿, 丙, 燕, 金, 波, 旺, 捧, 三 …)
_SYLLABLES = frozenset("罕温坎香胆龙应光叫拉庄甩扁腊恩南万帕囡儿丙燕金波旺捧三糯喃约论伦章依康")
# what may stand before a name: a sign, or a word's last character that opens a person
# (与, 和, 及, 兄长, 子女, 邻居, 户主, 丈夫, 妻子 …); not a label's colon ("打印人：X",
# "受理人：X": the label's readers judge whose post it names)
_BEFORE = frozenset("，,、；;（(\n\t 　与和及同长女子居主夫妻父母兄弟姐妹儿孙媳寨民")
# what may follow a name: a sign or a bracket, or a word after a person (等, 之, 的, 互相,
# 因, 与, 家, 户, 称, 系, 在, 于, 已, 未, 均, 现, 向, 对)
_AFTER = frozenset("，,、；;：:（()）\n\t 。 　等之的互因与和及家户称系在于已未均现向对将也")


_CELL_EDGE = frozenset("\n\t|,")


def dai_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and the Dai names in a Dai place's text (module docstring)."""
    if "勐" not in text and "傣" not in text:
        return cands
    taken = [(s, e) for s, e, k, _ in cands if k == "name"]
    added: list[Candidate] = []
    for head in "岩玉":
        k = text.find(head)
        while k >= 0:
            end = _name_end(text, k)
            if end and not any(s <= k < e or k <= s < end for s, e in taken):
                added.append((k, end, "name", 0.8))
            k = text.find(head, k + 1)
    return cands + added if added else cands


def _name_end(text: str, k: int) -> int:
    """The end of a Dai name opening at ``k`` (0 if none stands there)."""
    if k and text[k - 1] not in _BEFORE:
        return 0
    end = k + 1
    while end < len(text) and end - k < 3 and text[end] in _SYLLABLES:
        end += 1
    if end == k + 1 or (end < len(text) and text[end] not in _AFTER):
        return 0
    if (not k or text[k - 1] in _CELL_EDGE) and (end == len(text) or text[end] in _CELL_EDGE):
        return 0  # a cell of its own: the table's readers decide by its header (a staff's)
    return end
