"""Relatives named after their kinship to the person a record is about.

- after a caretaker's or agent's label, each name after its kinship ("赡养人：子朱建华",
  "赡养人：女仲美兰、女婿季永生", "监护人：孙钱伟": 孙 the grandson, not a surname, when
  the rest reads as a name of its own);
- after 家庭成员：, each member after their kinship, a comma or 、 between them
  ("家庭成员：妻王芳，子李强");
- a child of a marriage ("婚生女张玉洁");
- the person a relative is named by ("（烈士邓先武之妻）", "已故村民黄德才之女"): three
  characters of given-name characters after a sign or a word for a person (烈士, 已故 …),
  two only after such a word;
- persons listed each with their kinship in brackets after a label of persons, or two
  or more so in one list ("随迁人员：禚子墨（子）", "马兰花（妻）、拜一诺（子）"): the note
  vouches for a name whose surname no list knows.

The kinship word comes first, the longest that fits (女婿 before 女).
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import non_name
from .tables import NOT_NAMES
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
_KIN = (
    r"(?:外孙女|外孙|儿子|女儿|儿媳|女婿|孙子|孙女|侄子|侄女|妻子|丈夫|配偶|长子|次子|长女|次女|"
    r"子|女|孙|妻|夫|父|母|兄|弟|姐|妹)"
)
_LABELS = frozenset(
    ("赡养人", "扶养人", "抚养人", "监护人", "照料人", "代理人", "委托人", "代办人", "联系人")
)
_KIN_NAME = re.compile(rf"{_KIN}([{_H}]{{2,4}}?)(?=[，,、。；;（(\s）)]|$)")
_NEXT = re.compile(r"、")
# after 家庭成员： each member after a comma too ("家庭成员：妻王芳，子李强")
_NEXT_MEMBER = re.compile(r"[、，,]")
# each led by a literal (a search led by a class of characters tries every position)
_LABEL_COLONS = (re.compile(r"人[：:]"), re.compile(r"成员[：:]"))
_CHILD = re.compile(rf"婚生[子女]([{_H}]{{2,4}}?)(?=[，,、。；;（(\s由]|$)")  # (4: 欧阳小满)


def _name(word: str) -> bool:
    return v.plausible_name(word) and not non_name(word) and word not in v.COMMON_WORDS


def _kin_name(m: re.Match) -> bool:
    """A relative's name after their kinship word; a kinship word that is also a surname
    (孙) opens a name of its own when the whole reads as one ("孙明华", not "孙钱伟")."""
    word = m.group(1)
    whole = m.group()
    if whole[0] in v.SURNAMES and v.plausible_name(whole, strict=True):
        return False
    return _name(word)


def kin_names(text: str) -> list[Candidate]:
    """The relatives of the module docstring."""
    out: list[Candidate] = []
    for c in (c for label in _LABEL_COLONS for c in label.finditer(text)):
        k = c.end() - 1
        members = text[k - 1] == "员" and text[k - 4 : k] == "家庭成员"
        if text[k - 3 : k] not in _LABELS and not members:
            continue
        at = k + 1
        while True:
            m = _KIN_NAME.match(text, at)
            if not m:
                break
            if _kin_name(m):
                out.append((m.start(1), m.end(1), "name", 0.9))
            elif not members:
                break  # (a member not read as a name: the next one after the comma still is)
            if not (_NEXT_MEMBER if members else _NEXT).match(text, m.end()):
                break
            at = m.end() + 1
    if "（" in text or "(" in text:
        out += _noted_kin(text)  # "随迁人员：马兰花（妻）、拜一诺（子）"
    if "之" in text:
        out += _relative_of(text)  # "烈士邓先武之妻", "，陈国富之子"
    if "婚" in text and has_word(text, "婚生"):
        for m in _CHILD.finditer(text):
            if _name(m.group(1)):
                out.append((m.start(1), m.end(1), "name", 0.85))
    return out


def kin_before_name(text: str, start: int, end: int) -> bool:
    """Whether the name found at ``start`` opens with the kinship word of a relative
    after a caretaker's label ("赡养人：孙钱伟": 钱伟, found by ``kin_names``), or with a
    one-character kinship word before a whole name (``_kin_opens``)."""
    if text[start : start + 1] in _ONE_KIN and _kin_opens(text, start, end):
        return True
    if text[start - 1 : start] not in ("：", ":") or text[start - 4 : start - 1] not in _LABELS:
        return False
    m = _KIN_NAME.match(text, start)
    return bool(m) and m.end(1) == end and _kin_name(m)


_ONE_KIN = frozenset("母孙兄弟姐妹妻夫子女父婿嫂侄")
# a relative before it in the same cell or list ("妻冷艳华、孙苑博", "父邵春雷、母于欣")
_KIN_BEFORE = re.compile(
    rf"(?:^|[\t、，,；;\s])(?:妻|夫|子|女|父|母|兄|弟|姐|妹|婿|嫂|侄|祖[父母])[{_H}]{{2,4}}"
    r"(?:[（(][^（()）\n]{0,12}[）)])?[、，,；;]$"
)


def _kin_opens(text: str, start: int, end: int) -> bool:
    """A "name" that is a relation and a name ("母王淑媛" — a name of four characters with
    one surname is rare — or "孙苑博" after "妻冷艳华、"): another pass reads the name."""
    rest = text[start + 1 : end]
    if not v.plausible_name(rest) or rest[0] not in v.SURNAMES:
        return False
    if len(rest) == 3 and text[start:end][:2] not in v.COMPOUND_SURNAMES:
        return True
    return len(rest) == 2 and bool(_KIN_BEFORE.search(text, start - 24 if start > 24 else 0, start))


_NOTE_KIN = r"(?:妻|夫|子|女|父|母|儿子|女儿|丈夫|妻子|长子|次子|长女|次女|孙子|孙女|外孙|儿媳|女婿|兄|弟|姐|妹)"
# each led by its literal bracket (a search led by a class tries every position)
_KIN_NOTES = (re.compile(rf"（{_NOTE_KIN}）"), re.compile(rf"\({_NOTE_KIN}\)"))
_PIECE_BEFORE = re.compile(rf"[{_H}·]{{2,10}}$")
_PERSONS_LABEL = re.compile(r"(?:人员|成员|人|家属|亲属|对象)[：:]$")
_LIST_BREAKS = "：:\n。；;"


def _noted_kin(text: str) -> list[Candidate]:
    found: list[tuple[int, int, int]] = []  # start, end, where the piece's list opens
    for m in (m for pattern in _KIN_NOTES for m in pattern.finditer(text)):
        b = m.start()
        piece = _PIECE_BEFORE.search(text, b - 10 if b > 10 else 0, b)
        if not piece:
            continue
        a = piece.start()
        if a and text[a - 1] not in "：:、，,；; \t\u3000\n":
            continue  # the end of a longer word
        word = piece.group()
        if not (word.count("·") == 1 or (len(word) <= 4 and "·" not in word)):
            continue
        if non_name(word) or word in v.COMMON_WORDS or word in NOT_NAMES:
            continue
        if any(c in v.NAME_STOP and c not in v.GIVEN_CHARS for c in word):
            continue
        opens = max(text.rfind(c, a - 80 if a > 80 else 0, a + 1) for c in _LIST_BREAKS)
        found.append((a, b, opens))
    out: list[Candidate] = []
    for a, b, opens in found:
        listed = sum(1 for _a, _b, o in found if o == opens) >= 2
        # after a label alone, "（女）" may be a sex's note ("工作人员：护士（女）")
        sex = text[b + 1 : b + 2] == "女" and not v.plausible_name(text[a:b])
        if listed or (
            not sex
            and opens >= 0
            and _PERSONS_LABEL.search(text, opens - 6 if opens > 6 else 0, opens + 1)
        ):
            out.append((a, b, "name", 0.8))
    return out


_OF = re.compile(r"之(?=妻|夫|子|女|父|母|孙|遗孀|兄|弟|姐|妹)")
# words for a person that stand before the one a relative is named by
_PERSON_BEFORE = (
    "烈士",
    "已故",
    "病故",
    "故",
    "亡故",
    "死者",
    "村民",
    "居民",
    "老人",
    "军人",
    "继承人",
)


def _relative_of(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _OF.finditer(text):
        k = m.start()
        if text[k - 1 : k] in (" ", "\u3000"):  # a name padded with spaces: "死者 某某 之母"
            k -= 1
        for size in (3, 2):
            name = text[k - size : k]
            if len(name) != size or not v.plausible_name(name, strict=True) or non_name(name):
                continue
            before = text[max(0, k - size - 3) : k - size].rstrip(" \u3000")
            if before.endswith(_PERSON_BEFORE) or (
                size == 3 and (not before or before[-1] in "，,、（(：:；;\n \u3000人")
            ):  # (or a person's role: "已故传承人黎文芳之孙")
                out.append((k - size, k, "name", 0.75))
                break
    return out
