"""Relatives named in a private person's own letter or message (issue 16, the
twenty-fifth held-out batch).

A writer to a mailbox (局长信箱, 留言板) names their family as they speak: "我孙女郗若曦
家里真困难", "给女儿冼可馨报了英语课", "我先生陈伟杰是香港居民", "孩子父亲买买提·艾力在…".
``prose.weak_cue_names`` takes after a word for a relative only a name of common
given-name characters, and so misses the names of today's children (若曦, 可馨, 浩然:
characters that are words in running text) and rare surnames. A relative of the writer
is always a private person, so after a family word that has its owner before it (我,
他, 她, 其, 您, 给, 为, 和 …, 的 or 家 between: "我的孩子", "我家先生"; or another family
word: "孩子父亲") the name is read more loosely:

- a known or rare surname and two characters of given names — the common ones or those
  of today's children's names that are words elsewhere (若, 可, 然, 依, 之, 书 …), one
  at least common — not opening a common word (平安, 高兴), and then what follows a
  name: a sign or a word that opens the clause (在, 是, 今, 却, 家, 持 …);
- after any family word, owner or not, a transliterated name with its dot, its second
  part read up to the first character that is none of transliteration (米热依·买买提今年
  → 米热依·买买提, 阿卜杜拉·艾力在 → 阿卜杜拉·艾力);
- a married woman of old named by her husband's and her own surname (婆婆王陈氏).

The family words of letters that were no cues before (孩子, 老伴, 先生, 老公, 媳妇, 爸爸,
妈妈, 公公, 婆婆: ``OWN_CUES``) are read here only — a name as above, or a surname and
one given-name character before a sign ("我先生陈明，…"), never "孩子满月", "我先生万一".
先生 names a husband only after its owner; elsewhere (a title, 王先生) it is no cue.
"""

from __future__ import annotations

import re

from . import validators as v
from .actsafter import OPENS_AFTER
from .listwords import TRANSLIT

FAMILY = frozenset(
    "孩子 儿子 女儿 孙子 孙女 外孙 外孙女 丈夫 妻子 爱人 老伴 先生 老公 媳妇 父亲 母亲 爸爸 妈妈 "
    "哥哥 姐姐 弟弟 妹妹 儿媳 女婿 配偶 公公 婆婆 岳父 岳母 爷爷 奶奶 外公 外婆 侄子 侄女 外甥".split()
)
# the family words that are cues only after their owner (王先生 is a title)
_OWNED_ONLY = frozenset(("先生",))
# the family words only this module reads (no strict reading after them: 孩子满月, 先生万一)
OWN_CUES = frozenset("孩子 老伴 先生 老公 媳妇 爸爸 妈妈 公公 婆婆".split())
# who a relative belongs to, right before the family word ("我孙女", "给女儿", "和爱人")
_OWNERS = frozenset("我他她其您你俺咱给为带替陪送帮和与跟同")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the characters of given names, and those of today's children's names that are words
# in running text (若曦, 可馨, 浩然, 依诺, 之恒, 以琳, 书瑶)
_GIVEN = v.GIVEN_CHARS | frozenset("若可然依意之以尔如斯书映亦")
# words before a surname that make no name with it (和孩子, 向老师)
_NO_SURNAME = frozenset("和与及向对给由被让将把为从于经据在是系称请同跟")
# what follows a name in a letter: a sign, or a word opening the clause after it
_AFTER = frozenset(
    "在是今却家也都说讲持于和与及已因到被将等为向从的了就还又才曾去来住现读上这每自同均仍共"
)
_DOTTED = re.compile(r"([\u4e00-\u9fff]{1,6})·([\u4e00-\u9fff]{1,6})")


def relative_name(text: str, end: int) -> str | None:
    """The name of a relative after the family word that ends at ``end``: the name by
    the rules above; "" when they give none and the strict rules may still; None when
    no name follows a cue of this module's own (孩子, 老伴, 先生 …) or 先生 has no owner."""
    cue = text[end - 3 : end] if text[end - 3 : end] in FAMILY else text[end - 2 : end]
    if cue not in FAMILY:
        return ""
    dotted = _dotted(text, end)
    if dotted:
        return dotted
    if text[end + 2 : end + 3] == "氏" and _surname(text, end) and text[end + 1] in v.SURNAMES:
        return text[end : end + 3]  # "婆婆王陈氏": a married woman of old, by both surnames
    lead = end - len(cue)
    before = text[lead - 1 : lead]
    if before in "的家" and lead > 1:
        before = text[lead - 2 : lead - 1]
    owned = (
        before in _OWNERS
        or text[lead - 3 if lead > 3 else 0 : lead] in FAMILY
        or (text[lead - 2 if lead > 2 else 0 : lead] in FAMILY)
    )
    if cue in _OWNED_ONLY and not owned:
        return None
    name = _loose(text, end) if owned or cue in OWN_CUES else ""
    if cue in OWN_CUES:
        return name or _two(text, end) or None
    return name


def _dotted(text: str, at: int) -> str:
    m = _DOTTED.match(text, at)
    if not m:
        return ""
    tail = m.group(2)
    k = 0
    while k < len(tail) and tail[k] in TRANSLIT:
        k += 1
    if k == 0 or k < len(tail) and tail[k] in TRANSLIT:
        return ""
    # the name's edge before a word of how its person acted ("…·买买提多次实施"): 多, 次,
    # 先 are transliterations' characters too, so the run alone does not end there
    cut = next((p for p in range(2, k - 1) if tail[p : p + 2] in OPENS_AFTER), k)
    return text[at : m.start(2) + cut]


def _surname(text: str, at: int) -> int:
    """The length of the surname at ``at`` (0: none, or a word that makes no name)."""
    if text[at : at + 2] in v.COMPOUND_SURNAMES:
        return 2
    first = text[at : at + 1]
    return 1 if first not in _NO_SURNAME and v.surname_length(first + "名名") else 0


def _loose(text: str, at: int) -> str:
    """A surname and two given characters read loosely (the module's docstring)."""
    k = _surname(text, at)
    given = text[at + k : at + k + 2]
    name = text[at : at + k] + given
    if (
        not k
        or len(given) != 2
        or not all(c in _GIVEN for c in given)
        or not any(c in v.GIVEN_CHARS for c in given)
        or name[:2] in v.COMMON_WORDS
    ):
        return ""
    after = text[at + len(name) : at + len(name) + 1]
    if after and _CJK.match(after) and after not in _AFTER:
        return ""
    return name


def _two(text: str, at: int) -> str:
    """A surname and one given-name character, then a sign ("我先生陈明，…")."""
    k = _surname(text, at)
    name = text[at : at + k + 1]
    if not k or len(name) != k + 1 or name[-1] not in v.GIVEN_CHARS or name in v.COMMON_WORDS:
        return ""
    after = text[at + len(name) : at + len(name) + 1]
    return "" if after and (_CJK.match(after) or after.isalnum()) else name
