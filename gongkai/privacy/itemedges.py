"""A name read one character short inside an item that the text delimits on both sides
(issue 16).

A name of four characters standing alone between signs — a label's colon, a list's 、, a
bracket, a cell's tab — is read by its surname and the given name after it. Where the
first character is no surname the reader knows (a Yi clan name: 吉伍小芳, 勒格曲木) the
name is read from the second character on (伍小芳), and where a compound surname takes two
given characters (欧阳满姑) the last is dropped as a kinship's character. The signs around
the item say where the person's name starts and ends, whatever its characters: a run of
four Han characters between two signs, three of them read as a name, is the name; after a
compound surname, which opens the name surely, the sign after the fourth is enough.

What the item's fourth character may also be is left alone: a word leading a name (向, 对,
经, 即 …: "，向李小明（"), a kinship's or a sex's character ("：妻王小明", "欧阳满妻"), a
particle or a household after it (等, 家, 司马娟户), one acting for the person (代庞守义), and a short name that the text gives elsewhere with a sign
right before it or after it — then the short form is the name and the fourth character
another word. A preposition before the item opens it like a sign ("未向乌云高娃、杜长林等": a Mongol name
of four). Only three-character names are widened, and only by one character: at a
front one where the name starts with a single surname, at the back where it starts with
a compound surname (a compound surname takes two given characters at most).

Cost: only the name candidates of three characters with a sign two characters before or
after them are looked at.
"""

from __future__ import annotations

from . import validators as _v

Candidate = tuple[int, int, str, float]

_LEFT = frozenset('：:、，,（(；;\t\n|　 【[“"')
_RIGHT = frozenset('：:、，,（()）；;。\t\n|　 】]”"')
# words leading a name (代: acting for), a kinship's or a sex's character, a qualifier: never a
# name's first
_NOT_FIRST = frozenset(
    "向对和与给由被让及将把为从于经据在是系称授予请即如含共计约仅另又均且并但或乃其该此本各每某"
    "致代替帮陪原现前新老小大已未后先男女妻夫子父母儿孙兄弟姐妹侄甥婿媳岳舅姨叔伯嫂"
)
# a preposition opening the item as a sign would (未向乌云高娃、杜长林等, privfix25c): the item
# runs from the character after it to the sign after the name
# (not 被: 被告; nor a two-character word a preposition opens: 对方, 给予, 由于)
_LEADS = frozenset("向给对由")
_LEAD_WORDS = frozenset(("对方", "给予", "对于", "由于", "对面", "对象", "向前", "由此"))
# what follows a whole name: a kinship's or a sex's character, a household, a particle
_NOT_LAST = frozenset("妻夫子女父母儿孙兄弟姐妹侄媳婿男等家户组们氏的之某")
_COMPOUND = frozenset(_v.COMPOUND_SURNAMES)


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _edged_elsewhere(text: str, short: str, at: int, long: str) -> bool:
    """Whether ``short`` stands elsewhere, not as part of ``long``, with a sign right
    before or after it."""
    k = text.find(short)
    n = len(short)
    while k >= 0:
        whole = (k >= 1 and text[k - 1 : k + n] == long) or text[k : k + n + 1] == long
        if (
            k != at
            and not whole
            and ((k == 0 or text[k - 1] in _LEFT) or (k + n >= len(text) or text[k + n] in _RIGHT))
        ):
            return True
        k = text.find(short, k + 1)
    return False


def item_edges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with three-character names widened to their delimited item's four."""
    size = len(text)
    wide: dict[tuple[int, int], tuple[int, int]] = {}
    for s, e, k, _c in cands:
        if k != "name" or e - s != 3 or (s, e) in wide:
            continue
        right = e >= size or text[e] in _RIGHT
        if (
            right
            and s >= 1
            and _han(text[s - 1])
            and (
                s == 1
                or text[s - 2] in _LEFT
                or (text[s - 2] in _LEADS and text[s - 2 : s] not in _LEAD_WORDS)
            )
        ):
            # a front character before a single surname: 吉伍小芳
            if text[s : s + 2] in _COMPOUND or text[s - 1] in _NOT_FIRST:
                continue
            new = (s - 1, e)
        elif e < size and _han(text[e]) and (e + 1 >= size or text[e + 1] in _RIGHT):
            # a compound surname's second given character: 欧阳满姑
            if text[s : s + 2] not in _COMPOUND or text[e] in _NOT_LAST:
                continue
            new = (s, e + 1)
        else:
            continue
        if _edged_elsewhere(text, text[s:e], s, text[new[0] : new[1]]):
            continue  # the short form is a name of its own elsewhere
        wide[(s, e)] = new
    if not wide:
        return cands
    return [
        (*wide[(s, e)], k, c) if k == "name" and (s, e) in wide else (s, e, k, c)
        for s, e, k, c in cands
    ]
