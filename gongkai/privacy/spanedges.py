"""Where a found name begins and ends, whichever rule found it (issue 16, docs78-80).

The rules that find names take a run of characters after a label, a cue or a list
sign, or before a bracket; in running text the run may hold a word of the sentence at
either edge: a preposition before it ("，由方刚（女儿）代领", "东至X家宅基地"), the last
character of a kinship word ("其父亲白浩", "之母亲X"), a word after it ("X在场",
"X私下接触", "X大学毕业", "X先生"), or a second person ("夏凤与田佳怡"). Each edge is
cut only when what remains is a name by the name model (``namemodel``) and the edge is
a word of the sentence by its context; a surname that is also a preposition (由, 向,
和, 经) is one only after a clause's start or a verb that takes it ("交由", "改由").

A few runs are no names at all, whatever rule took them: a unit's section (路政股,
征收股, 信访室, 服务中心), a quantity (平方米's 方米, 4万羽's 万羽) and a form's field
label (联系电话, 收款账户, 被申请人).
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v

Candidate = tuple[int, int, str, float]

# prepositions and conjunctions that open the object a name is: cut when a name follows
_LEAD = frozenset("由至与及和向对经被给把让将从同跟替为")
# of them, the surnames (由, 从 …): a preposition only after a clause's start or a verb
# taking it; the others only inside a sentence, not at a cell's or a label's edge
_SURNAME_LEADS = frozenset("由和向经从让同将")
_CELL_EDGE = frozenset("\"'\t|\n ,：:、\u3000")
_LEAD_AFTER = frozenset("，,；;。交改均并再后现已暂先统概")
# the last character of a kinship word, with the characters that open it (父亲, 妻子 …)
_KIN_TAIL = {
    "亲": "父母双",
    "子": "妻儿孙侄",
    "儿": "女孙",
    "夫": "丈姐妹",
    "女": "孙侄甥",
    "婿": "女",
    "媳": "儿",
    "母": "父祖伯叔姑舅姨岳",
}
# words of kinship or role a run may open with ("子女阿依古丽·艾力", "代理人黄丽萍")
_LEAD_WORDS = (
    "委托代理人",
    "被申请人",
    "代理人",
    "申请人",
    "监护人",
    "联系人",
    "子女",
    "配偶",
    "父亲",
    "母亲",
    "儿子",
    "女儿",
    "妻子",
    "丈夫",
    "之妻",
    "之夫",
    "之子",
    "之女",
    "其妻",
    "其夫",
    "其子",
    "其女",
)
# words a name may end with in a sentence: 张三在场, X等, X夫妇
_TAIL_WORDS = ("在场", "当场", "到场", "本人", "夫妇", "夫妻", "一家", "等人", "等")


def _by(words: tuple[str, ...], at: int) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first (``at`` 0) or last (-1) character, in order: a
    run tries only the few its own edge character opens or closes (a dict look-up in
    place of a startswith or endswith call for each word)."""
    out: dict[str, tuple[str, ...]] = {}
    for word in words:
        out[word[at]] = (*out.get(word[at], ()), word)
    return out


_LEAD_BY_FIRST = _by(_LEAD_WORDS, 0)
_TAIL_BY_LAST = _by(_TAIL_WORDS, -1)
_NAMED_TAILS = _by((*_TAIL_WORDS, "家"), -1)
# words that begin with a name's last character as the rule took it ("韩娜私|下接触")
_CROSS_WORDS = frozenset(
    "私下 大学 继续 先生 金融 相邻 同志 老师 师傅 女士 夫妇 夫妻 在场 等人 家属 家中 言语".split()
)
# what follows "X家" when it is X's house or land, and the words before it that say so
_HOUSE_AFTER = frozenset("宅房屋地田院门墙承耕责山林菜猪厕旁后前里中附的")
_HOUSE_BEFORE = frozenset("至到在去回住")
# the sections and offices of a unit: no name ends so
_UNIT_END = frozenset("股室所队办站")
# a form's field labels that a rule took as a value (a header cell read as a name)
_FIELD = re.compile(
    r"(?:电话|手机|号码|证号|住址|地址|邮箱|账户|账号|机关|事项|类别|方案|情况|编号|日期|"
    r"申请人|经营者|代理人|负责人|遗属|军人)$"
)
# everyday words of letters and replies that open with a surname's character (来信反映,
# 经查, 但他, 国内, 房东, 白天打…): no name is one, nor opens with one
_WORDS = frozenset(
    "来信 来电 来访 来函 来件 来人 来文 经查 经核 经审 经研 但他 但她 但是 那边 那里 那些 那天 "
    "国内 国外 房东 房主 房客 严禁 白天 晚上 原始 原件 原告 原因 原来 变更".split()
)
# characters that open a quantity's unit right after its number (46平方米, 4万羽)
_QUANTITY = frozenset("万千百亿方")


def _name(token: str) -> bool:
    return len(token) >= 2 and nm.score(token) >= 0.7


def _named(token: str) -> bool:
    """A name, or one with a word of the sentence after it (cut next: "谢桂英家")."""
    if _name(token):
        return True
    tails = _NAMED_TAILS.get(token[-1:], ())
    core = next((token[: -len(w)] for w in tails if token.endswith(w)), "")
    return _name(core)


def _no_name(text: str, start: int, end: int) -> bool:
    token = text[start:end]
    if "·" in token:
        return False
    if len(token) >= 3 and (token[-1] in _UNIT_END or token.endswith("中心")):
        return True  # 路政股, 征收股, 信访室, 派出所, 政务服务中心
    if token in _WORDS:
        return True
    if len(token) == 3 and token[:2] in _WORDS and not _role_value(text, start, end):
        return True
    if _FIELD.search(token):
        return True  # 联系电话, 收款账户, 被申请人, 烈士遗属 (a header cell)
    if token[0] in _QUANTITY:
        before = text[start - 2 : start] if start >= 2 else text[:start]
        if before[-1:].isdigit() or (before[-1:] in "平立" and before[:1].isdigit()):
            return True  # "约46平方米", "饲养蛋鸡4万羽"
    return False


def _role_value(text: str, start: int, end: int) -> bool:
    """Whether the token is the whole value of a person's role label ("代办人：白天亮（…）"):
    a name that opens with a word (白天, 晚上) stands there, a sentence does not (the token
    would run on into its next word: "来信人：来信反映…")."""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 1]
    return before in ("人：", "人:") and not ("\u4e00" <= after <= "\u9fff")


def _kin_word(text: str, start: int, end: int) -> bool:
    """ "父|母双亡", "父|母服刑": the run opens with a kinship word's last character and
    no given name follows it (but "代其父母德厚": 母 a surname before one)."""
    prev = text[start - 1 : start]
    rest = text[start + 1 : end]
    return (
        bool(prev)
        and prev in _KIN_TAIL.get(text[start], "")
        and not _named(rest)
        and not v.plausible_given(rest)
    )


def _whole_cell(text: str, start: int, end: int) -> bool:
    """The run is all of a cell between a record's ASCII delimiters (",X," or "\tX\n" of
    CSV or TSV): a prose comma is full-width and a sentence runs on after the name."""
    prev = text[start - 1 : start]
    after = text[end : end + 1]
    return prev in (",", "\t", "|", '"') and after in ("", ",", "\t", "|", '"', "\n", "\r")


def _lead_cut(text: str, start: int, end: int) -> int:
    """How many characters at the start of the run are a word of the sentence."""
    token = text[start:end]
    for word in _LEAD_BY_FIRST.get(token[0], ()):
        if token.startswith(word) and _named(token[len(word) :]):
            return len(word)
    first = token[0]
    prev = text[start - 1 : start]
    if first in _LEAD and _named(token[1:]):
        if first in _SURNAME_LEADS and _whole_cell(text, start, end):
            return 0  # ",向安琪,": a delimited cell's whole value, no clause's word before it
        if prev in _LEAD_AFTER or prev and first not in _SURNAME_LEADS and prev not in _CELL_EDGE:
            return 1
    if prev and prev in _KIN_TAIL.get(first, "") and _named(token[1:]):
        return 1  # "其父亲白浩": 亲 closes 父亲
    return 0


def _tail_cut(text: str, start: int, end: int) -> int:
    """How many characters at the end of the run are a word of the sentence."""
    token = text[start:end]
    for word in _TAIL_BY_LAST.get(token[-1], ()):
        if token.endswith(word) and _name(token[: -len(word)]):
            return len(word)
    last = token[-1]
    if last == "家" and _name(token[:-1]):
        if text[end : end + 1] in _HOUSE_AFTER or text[start - 1 : start] in _HOUSE_BEFORE:
            return 1  # "东至X家宅基地", "至X家，": X's house, not a name's 家
    if last + text[end : end + 1] in _CROSS_WORDS and _name(token[:-1]):
        return 1  # "韩娜私|下接触", "吕琴大|学毕业"
    return 0


def _split(text: str, start: int, end: int) -> list[Candidate] | None:
    """ "夏凤与田佳怡": two persons joined by 与, 和 or 及 in one run."""
    token = text[start:end]
    for i in range(2, len(token) - 2):
        if token[i] in "与和及同跟" and _name(token[:i]) and _name(token[i + 1 :]):
            return [(start, start + i, "name", 0.0), (start + i + 1, end, "name", 0.0)]
    return None


def name_spans(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each name's edges cut to the name, non-names dropped."""
    out: list[Candidate] = []
    for cand in cands:
        start, end, kind, conf = cand
        if kind != "name" or end - start < 2:
            out.append(cand)
            continue
        if _no_name(text, start, end) or _kin_word(text, start, end):
            continue
        if end - start >= 3:
            start += _lead_cut(text, start, end)
        if end - start >= 3:
            end -= _tail_cut(text, start, end)
        if end - start >= 5:
            pair = _split(text, start, end)
            if pair:
                out += [(s, e, kind, conf) for s, e, _, _ in pair]
                continue
        out.append((start, end, kind, conf) if (start, end) != cand[:2] else cand)
    return out
