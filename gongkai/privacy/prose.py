"""Persons in prose without a label: a person opening a line, 等N名, a subject with a
date, a person put in charge, a speaker, labels of private persons, lists one a line,
weak cues. Split from ``names`` (which keeps labels, neighbours and salutations)."""

from __future__ import annotations

import re

from . import validators as v
from .accidents import accident_parties
from .actsafter import OPENS_AFTER
from .alternation import factor
from .cuelead import LeadSplit
from .cuemend import kin_labels, mend_cue_name
from .cuenames import NAME_OPENERS, case_subjects, loose_name_at, roster_lines, strong_cue
from .delegates import DELEGATE_CUES, committee_posts
from .enumerations import _OFFICIALS_BEFORE, enumerated_names
from .fieldrecords import field_records
from .kinprose import KIN_MARK
from .letterkin import relative_name
from .letternames import letter_names
from .listwords import TRANSLIT, non_name
from .namelines import line_names
from .namemodel import score
from .names import _CJK_CHAR, Candidate, best_name, name_ending
from .patterns import NAME_LABELS, WEAK_CUES
from .pertext import per_text
from .quotedsigners import quoted_signers
from .relprose import RELATION_MARK
from .selfnames import self_named
from .votenames import vote_names
from .wordfind import has_word
from .wordsurnames import WORD_SURNAMES, sex_after, word_surname_name

# --- a person opening a line or led by 等N名 ---------------------------------------------

_LINE_NAME = re.compile(
    r"\n[ \u3000]*(?:\d{1,3}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?"
    r"[ \u3000]*([\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,8})?)(?=[，,（(]|家庭[：:，,])"
)
# what makes a line one person's particulars
_PARTICULARS = re.compile(r"男|女|出生|家庭|住|证件|护照|通行证|身份证|\d{6,}")
# a person's role before a transliterated name opening the line ("受援人阿依古丽·买买提")
_ROLE_LEAD = re.compile("|".join(sorted({*NAME_LABELS.split("|"), *WEAK_CUES}, key=len)[::-1]))
_HOUSE_EDGE = frozenset(
    ("", "受", "由", "及", "和", "与", "、", "，", ",", "：", ":", "（", "(", " ", "\n")
)
_AMONG = re.compile(r"等(?:\d{1,4}|[一二三四五六七八九十百]{1,3})(?:名|人|位|户)|等人")


# a speaker named right after a quotation ("……”蒋来福说"): no title between
_SPEAKER = re.compile(r"”([\u4e00-\u9fff]{2,4}?)(?:说|表示|介绍|告诉|坦言|感慨|笑着说)")


def quoted_speakers(text: str) -> list[Candidate]:
    """A person named right after a quotation, before 说/表示 ("……”蒋来福说")."""
    out: list[Candidate] = []
    for m in _SPEAKER.finditer(text):
        name = m.group(1)
        if len(name) >= 3 and name == best_name(name):
            out.append((m.start(1), m.end(1), "name", 0.65))
    return out


def line_start_names(text: str) -> list[Candidate]:
    """A person opening a line, an item of a list of persons: "仝海燕，往来港澳通行证，
    证件号码…", "1.冼美玲家庭：户籍地…", "吐尔逊·买买提，普通护照…". The line must hold
    particulars (男/女, 出生, 家庭, 住, a document or a long number) and the name be made
    of given-name characters (or be a transliterated name with its dot)."""
    out: list[Candidate] = []
    for m in _LINE_NAME.finditer("\n" + text):
        start, end = m.start(1) - 1, m.end(1) - 1
        name = m.group(1)
        lead = _ROLE_LEAD.match(name) if "·" in name else None
        if lead and name.index("·") - lead.end() >= 2:
            start, name = start + lead.end(), name[lead.end() :]  # "受援人阿依古丽·买买提"
        if "某" in name:
            continue  # "空军某部上士包·巴特尔": a unit kept undisclosed opens the run (soldiers)
        if "·" not in name and not v.plausible_name(name, strict=True) and score(name) < 0.75:
            continue  # (a name the model holds likely: 乔栓柱, its given name plain)
        line_end = text.find("\n", end, end + 160)
        if not _PARTICULARS.search(text, end, line_end if line_end >= 0 else end + 160):
            continue
        out.append((start, end, "name", 0.7))
    return out


_IN_CHARGE = re.compile(r"由([\u4e00-\u9fff]{2,4}?)(?=负责|牵头|承办|具体负责)")
# a person by whom something was done, found or collected, named after 由 and before
# where or how ("由张学礼在村口发现", "由李桂枝（住…）", "由陈秀梅、陈铁柱母子在…",
# "由厉明持委托书领取", "由宗敏代抽"): a unit or an official's title is no name
_BY_PERSON = re.compile(
    r"由(?:[\u4e00-\u9fff]{0,2}(?:村民|居民|牧民|渔民|农民|群众|市民|工人|司机|路人|行人))?"
    r"([\u4e00-\u9fff]{2,4}?)(?=在|[（(]住|、|代[领收抽办缴理为签交耕接]|持|陪同|到场|签收|领取)"
)


def persons_in_charge(text: str) -> list[Candidate]:
    """A person put in charge by name ("由卢秀英负责该项目的具体实施"), or by whom a
    thing was done ("由张学礼在家门口发现", "由宗敏代抽"); a unit or an official with a
    title (由县住建局负责, 由副局长王伟负责, 由其代领) is not matched."""
    out: list[Candidate] = []
    for m in _IN_CHARGE.finditer(text):
        name = m.group(1)
        if best_name(name) == name:
            out.append((m.start(1), m.end(1), "name", 0.6))
    if "由" not in text:
        return out
    for m in _BY_PERSON.finditer(text):
        name = m.group(1)
        if best_name(name) == name or (len(name) == 3 and score(name) >= 0.9):
            out.append((m.start(1), m.end(1), "name", 0.7 if len(name) > 2 else 0.6))
            out += _listed_on(text, m.end(1), len(name))
    return out


def _name_at(text: str, at: int, size: int = 0) -> str:
    """The name opening ``text`` at ``at`` in prose: of given-name characters, or of three
    characters that the name model holds sure when a sign or a word that opens a clause
    follows them ("其兄胡扎妥（…）", "侄子周扎克代接"), or when the name before it in
    the list (``size``) had three as well ("陈秀梅、陈铁柱母子")."""
    name = best_name(text[at : at + 4])
    three = text[at : at + 3]
    if len(name) != 2 or len(three) != 3 or score(three) < 0.7:
        return name
    if three[2] in _NOT_THIRD and not (three[2] == "和" and text[at + 3 : at + 4] in _SIGN_AFTER):
        return name  # (but 和 before a sign ends a name: 庆和, 永和 — "魏庆和（已故）")
    if text[at + 2 : at + 4] in _ADVERBS:
        return name  # "易红兵、邹斌分别处以罚款": the third character opens an adverb
    if size == 3 or not _CJK.match(text, at + 3) or text[at + 3] in _CLAUSE_OPENERS:
        return three
    if text[at + 3 : at + 5] in OPENS_AFTER:
        return three  # "群众赖若琪实施…": how the person acted follows the third
    return name


_SIGN_AFTER = frozenset("（(，,。；;")
_ADVERBS = frozenset(("分别", "先后", "共同", "一同", "一起", "一并", "各自", "均已", "同时"))
# characters that end no name after two that make one ("邢德家", "让杨波去")
_NOT_THIRD = v.NAME_STOP | frozenset("去到回走来看")
# characters that open the words after a name in prose: where, how, what the person did
_CLAUSE_OPENERS = frozenset("代在于等是和与及为向将已因到持称母父夫兄姐弟妹")


_NOTE_OPEN = frozenset("（(")
_NOTE_CLOSE = re.compile(r"[（(][^（()）\n]{1,24}[）)]")


def _listed_on(text: str, end: int, size: int) -> list[Candidate]:
    """The persons listed with 、 right after one found in prose ("候补人员潘逸飞、钱书瑶
    依次递补", "由陈秀梅、陈铁柱母子"): each a name of given-name characters."""
    out: list[Candidate] = []
    if text[end : end + 1] in _NOTE_OPEN:  # "孔令山（西付集村老党员）、高德明": past the note
        close = _NOTE_CLOSE.match(text, end)
        end = close.end() if close else end
    while text.startswith("、", end):
        name = _name_at(text, end + 1, size) or loose_name_at(text, end + 1, listed=True)
        name = _whole_item(text, end + 1, name)
        if len(name) == 3 and text[end + 3 : end + 5] in RELATIVE_PAIRS:
            name = name[:2]  # "刘伟夫妇": the third character opens the pair's word
        if not name:
            item = _ITEM.match(text, end + 1)
            if item and text.startswith("、", item.end()) and not non_name(item.group()):
                end = item.end()  # "X、英长山、Y": past a name of a surname unknown here
                continue
            break
        out.append((end + 1, end + 1 + len(name), "name", 0.6))
        end += 1 + len(name)
        size = len(name)
    return out


# an item of a 、 list standing whole between its signs ("单元长井连生、鞠秀芝。")
_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[、；;。，,（(\n])")


def _whole_item(text: str, start: int, name: str, *, listed: bool = True) -> str:
    """The whole item where it is a name (a rare surname the first look cut or missed);
    not ``listed`` (the first after a cue, "邢德家（…）"): only a name without a surname."""
    m = _ITEM.match(text, start)
    if not m or len(m.group()) <= len(name or ""):
        return name
    item = m.group()
    plausible = listed and v.plausible_name(item)
    if (plausible or (len(item) == 4 and TRANSLIT.issuperset(item))) and not non_name(item):
        return item  # (or a Tibetan or Mongolian name of four: 索朗次仁, 达瓦扎西)
    return name


_ON_DATE = re.compile(r"于(?=\d{4}年|\d{1,2}月\d{1,2}日)")


def subjects_with_a_date(text: str) -> list[Candidate]:
    """A person opening a clause, the subject of what they did on a date ("经查，
    卢秀英于2021年3月擅自占用耕地"): a name of given-name characters between a sign
    and 于 + a date. Organisations (该公司, 县政府, 申请人) have no such name."""
    out: list[Candidate] = []
    for m in _ON_DATE.finditer(text):
        got = name_ending(text, m.start())
        if got and (got[0] == 0 or not _CJK_CHAR.match(text[got[0] - 1])):
            out.append((got[0], got[1], "name", 0.6))
    return out


def names_among(text: str) -> list[Candidate]:
    """The first of several persons, named before 等N名 ("授予王立新等20名同志")."""
    out: list[Candidate] = []
    for m in _AMONG.finditer(text):
        got = name_ending(text, m.start())
        if got and m.group()[-1] == "户" and text[got[0] - 1 : got[0]] not in _HOUSE_EDGE:
            continue  # "受X等3户委托": a householder after a clear edge, not "仝应芬等三户"'s tail
        if got and not _OFFICIALS_BEFORE.search(text[max(0, got[0] - 8) : got[0]]):
            out.append(got)  # not "派出所所长虞光等2名同志": officials named in office
    return out


# "受伤害职工：宋家旺", "参保人员：…": a label that ends in a word for a private person,
# its value a name standing alone; staff roles (记录人, 经办人, 调解员 …) are not persons
_PERSON_WORDS = "职工|员工|学生|患者|考生|农户|家属"
_PERSON_LABELS = tuple(
    re.compile(
        rf"{colon}(?<=(?:{_PERSON_WORDS}){colon})[ \u3000]*"
        r"([\u4e00-\u9fff]{2,4})(?=[\s，,（(；;。]|$)"
    )
    for colon in ("：", ":")  # each led by its literal, for the engine's fast scan
)


def person_labels(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in (m for pattern in _PERSON_LABELS for m in pattern.finditer(text)):
        name = m.group(1)
        if v.plausible_name(name) and not _OFFICIALS_BEFORE.search(
            text[max(0, m.start() - 6) : m.end(0) - len(name) - 1]
        ):
            out.append((m.start(1), m.end(1), "name", 0.8))
    return out


# (a name may carry a note in brackets: "X（湖南农业大学，某镇某村3组）", "X（已故）")
_NAME_LINE = re.compile(
    r"\n[ \u3000]*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6})"
    r"(?P<note>[（(][^（()）\n]{1,30}[）)])?[ \u3000]*(?=\n|$)"
)
# a note naming the post or the office the person holds ("X（县农业农村局）", "X（组长）"):
# a list of officials, left to the rules of offices
_POST_NOTE = re.compile(
    r"[（(][^，,、）)]*(?:局|委|办|所|站|中心|公司|政府|厅|处|科|股|队|[^学]院|长|书记|主任|委员|干部)[，,、）)]"
)


def names_one_a_line(text: str) -> list[Candidate]:
    """Three or more lines in a row that each hold only a name (a list of persons, one
    a line, as an HTML list reaches the scanner); each a name (two characters: of
    given-name characters), none a common word."""
    out: list[Candidate] = []
    run: list[Candidate] = []
    last_end = -2
    for m in _NAME_LINE.finditer("\n" + text):
        name = m.group(1)
        start, end = m.start(1) - 1, m.end(1) - 1
        ok = "·" in name or v.plausible_name(name, strict=len(name) == 2)
        if ok and m.group("note") and _POST_NOTE.match(m.group("note")):
            ok = False
        if ok and m.start() == last_end:
            run.append((start, end, "name", 0.7))
        else:
            if len(run) >= 3:
                out += run
            run = [(start, end, "name", 0.7)] if ok else []
        last_end = m.end() if ok else -2
    if len(run) >= 3:
        out += run
    return [c for c in out if not _officials_heading(text, c[0])]


# a heading over officials (领导班子, 局长, 组长 …): their names act in office
_OFFICIALS_HEADING = re.compile(r"领导|班子|分工|局长|主任|书记|委员|组长|县长|镇长|签发|主持")


def _officials_heading(text: str, start: int) -> bool:
    """Whether the nearest line above ``start`` that is not a name heads officials."""
    pos = start
    for _ in range(40):
        line_start = text.rfind("\n", 0, pos - 1 if pos > 1 else 0) + 1
        line = text[line_start : pos - 1].strip(" \u3000")
        if not line or _NAME_LINE.fullmatch("\n" + line):
            if line_start == 0:
                return False
            pos = line_start
            continue
        return bool(_OFFICIALS_HEADING.search(line))
    return False


# Searched from the cue's last character, then whether a surname follows, and only then
# which cue ends there (lookbehinds): the engine scans for one character class and
# refuses almost every hit at the next character. The cues of one length share one
# lookbehind, factored (``factor``): one branch per first character, each refused by
# that character, instead of one lookbehind per cue (which one matches does not
# matter: the match is the cue's last character either way). The character before the
# last is checked first, as one class: it refuses most hits (公司, 工作) before the
# lookbehinds, each of which tries its branches one by one. Each length's lookbehind is
# led by one of the first and last characters of its cues (``_ends``): most hits
# that reach the lookbehinds have no cue of that length, refused by two classes.
def _ends(cues: list[str], n: int) -> str:
    """The cues' (of length ``n``, plain words) first and last characters, as classes."""
    firsts = "".join(sorted({c[0] for c in cues}))
    lasts = "".join(sorted({c[-1] for c in cues}))
    return f"[{firsts}]{'.' * (n - 2)}[{lasts}]"


_CUES_BY_LENGTH: dict[int, list[str]] = {}
for _cue in sorted(WEAK_CUES):
    _CUES_BY_LENGTH.setdefault(len(_cue), []).append(re.escape(_cue))
_WEAK_CUE = re.compile(
    # (or a transliterated name with its dot: 买买提·艾力, whose 买 cuts Chinese names)
    "[{}](?<=[{}].)(?=[{}]|[\u4e00-\u9fff]{{1,6}}·)(?:{})".format(
        "".join(sorted({c[-1] for c in WEAK_CUES})),
        _W_BEFORE := "".join(sorted({c[-2] for c in WEAK_CUES})),
        _W_NEXT := "".join(
            sorted(
                v.SURNAMES
                | v.RARE_SURNAMES
                | {c[0] for c in v.COMPOUND_SURNAMES}
                | NAME_OPENERS
                | WORD_SURNAMES
            )
        ),
        "|".join(
            f"(?<={_ends(cues, n)})(?<={factor(cues)})"
            for n, cues in sorted(_CUES_BY_LENGTH.items())[::-1]
        ),
    )
)
# ``_WEAK_CUE`` and ``kinprose.KIN_MARK`` in one scan of the text (both match one
# character: a cue's last, a kinship word's last): the union of their first classes,
# then each one's rest after a lookbehind to its own class; ``k``/``w`` tell which
_W_REST = _WEAK_CUE.pattern[_WEAK_CUE.pattern.index("]") + 1 :]
_K_CLASS, _K_REST = KIN_MARK.pattern[1:].split("]", 1)
_W_CLASS = _WEAK_CUE.pattern[1 : _WEAK_CUE.pattern.index("]")]
# and ``relprose.RELATION_MARK`` (``r``/``r2``), scanned on its own before: one scan for
# the three (a class-led scan stops at every character of the text)
_R_CLASS, _R_REST = RELATION_MARK.pattern[1:].split("]", 1)
_R = f"(?<=[{_R_CLASS}]){_R_REST}"
# and the last characters of ``delegates.DELEGATE_CUES`` (``d``/``d2``, 楼栋?长 and 单元长
# by their last three): their own class-led scan cost as much as this one
_D_CLASS = "".join(sorted({cue[-1] for cue in DELEGATE_CUES}))
_D = "(?<=[{}])(?:(?<={})|(?<={}))".format(
    _D_CLASS,
    "|".join(cue for cue in DELEGATE_CUES if len(cue) == 2),
    "|".join(cue for cue in DELEGATE_CUES if len(cue) == 3),
)
# Most characters it stops at (公司, 的, 工作: 74k stops for 1k matches) fail a guard
# that each match passes: a kinship word's last but 公, or a surname next (公 and
# ``_R``), or a weak cue's last but one before and a name next, or a delegate word's
# last but one before; the guard refuses them before the branches (-15 % of this regex scan's instructions)
_SURNAME_NEXT = "".join(
    sorted(
        set(KIN_MARK.pattern.split("(?=[")[1].split("]")[0])
        | set(_R_REST.split("(?=[")[1].split("]")[0])
    )
)
_GUARD = "(?:(?<=[{}])|(?=[{}])|(?<=[{}].)(?=[{}]|[\u4e00-\u9fff]{{1,6}}·)|(?<=[{}].))".format(
    "".join(sorted(set(_K_CLASS) - {"公"})),
    _SURNAME_NEXT,
    _W_BEFORE,
    _W_NEXT,
    "".join(sorted({cue[-2] for cue in DELEGATE_CUES})),
)
_CUE_OR_KIN = LeadSplit(  # (split by its first character: cuelead)
    f"[{''.join(sorted(set(_W_CLASS) | set(_K_CLASS) | set(_R_CLASS) | set(_D_CLASS)))}]{_GUARD}"
    f"(?:(?:(?:(?P<k>(?<=[{_K_CLASS}]){_K_REST})(?P<kw>(?<=[{_W_CLASS}]){_W_REST})?"
    f"|(?P<w>(?<=[{_W_CLASS}]){_W_REST}))(?P<r>{_R})?|(?P<r2>{_R}))(?P<d>{_D})?|(?P<d2>{_D}))"
)


def cue_kin_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """The ends of ``_WEAK_CUE``'s matches, the positions of ``kinprose.kin_marks`` and
    those of ``relprose.RELATION_MARK``'s matches, from one scan (``_CUE_OR_KIN``), kept
    for the text last asked about: the scanner asks for them on the same text
    (``weak_cue_names``, ``relations``)."""
    return _cue_kin_marks(text)[:3]


def delegate_cue_ends(text: str) -> list[int]:
    """The ends of the words of ``delegates.DELEGATE_CUES`` in the text, from the scan
    of ``cue_kin_marks`` (each word's, overlapping ones too)."""
    return _cue_kin_marks(text)[3]


@per_text  # (once a text: the scanner asks for them on the same text)
def _cue_kin_marks(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    cues: list[int] = []
    kin: list[int] = []
    rel: list[int] = []
    ends: list[int] = []
    for m in _CUE_OR_KIN.finditer(text):
        if m.group("d2") is not None:
            ends.append(m.end())
            continue
        if m.group("d") is not None:
            ends.append(m.end())
        if m.group("r2") is not None:
            rel.append(m.start())
            continue
        if m.group("k") is None:
            cues.append(m.end())
        else:
            kin.append(m.start())
            if m.group("kw") is not None:
                cues.append(m.end())
        if m.group("r") is not None:
            rel.append(m.start())
    return cues, kin, rel, ends


_CJK = re.compile(r"[\u4e00-\u9fff]")
_LIST_WORDS = frozenset("明细 名单 名册 清单 信息 情况 资料 档案 花名 台账 人数 户数 数量".split())
_SEX_AFTER = ("，男，", "，女，", "（男", "（女", ",男,", ",女,")


def weak_cue_names(text: str) -> list[Candidate]:
    """A name right after a word for a private person (``WEAK_CUES``: 市民, 农户, 驾驶人
    …), made of given-name characters ("市民聂雨桐来电反映", "群众于洋多次反映")."""
    out: list[Candidate] = []
    for end in cue_kin_marks(text)[0] + committee_posts(text):  # (业委会主任X: delegates)
        if text[end - 1] == "父" and text[end : end + 1] == "母":
            continue  # 祖父母, 岳父母: the cue opens a longer word
        if text[end : end + 2] in _LIST_WORDS:
            continue  # "业主明细", "住户名单": the cue names a list's rows, no person
        if text.startswith("公职律师", end - 4):
            continue  # a government's own lawyer acts in office (a party's lawyer does not)
        name = relative_name(text, end)  # a relative in a letter ("我孙女郗若曦家里…")
        if name is None:
            continue  # (先生 without its owner: a title)
        name = name or _name_at(text, end) or loose_name_at(text, end, strong=strong_cue(text, end))
        if not name and text[end + 3 : end + 4] in _NOTE_OPEN:
            three = text[end : end + 3]  # "群众代表孔令山（西付集村老党员）": a note closes it
            name = three if v.plausible_name(three) and not non_name(three) else ""
        if not name and word_surname_name(text[end : end + 3]) and sex_after(text, end + 3):
            name = text[end : end + 3]  # "受援人步志洋，男，": a surname that is a word
        if name and len(name) == 4 and name[-1] == "家" and v.plausible_name(name[:3], strict=True):
            name = name[:3]  # "邻居慕容旻家（…）": a compound surname's person and their home
        name = mend_cue_name(text, end, name)  # whole up to a sign; no doing (cuemend)
        if name and len(name) < 4:
            name = _whole_item(text, end, name, listed=False)  # "楼栋长索朗次仁（…）"
        if name and not (name[0] in "和同" and (len(name) == 2 or name[1:] in WEAK_CUES)):
            # (not 志愿者和志愿服务组织, 学生和家长) particulars after the name as well
            # ("行为人翁婉婷，女，"): sure enough to find the person's later mentions
            sure = text.startswith(_SEX_AFTER, end + len(name))
            out.append((end, end + len(name), "name", 0.75 if sure else 0.6))
            out += _listed_on(text, end + len(name), len(name))
    if has_word(text, "依次") or has_word(text, "分别"):
        out += _in_turn(text)
    out += quoted_signers(text)  # 由“X”代签 (quotedsigners)
    return out + vote_names(text) + self_named(text)  # "X，得票403户", "我叫X，"


_IN_TURN = re.compile(r"(?:依次|分别)(?:为|是)[:：]?")
_CUE_ENDS = tuple(WEAK_CUES)


def _in_turn(text: str) -> list[Candidate]:
    """The persons a cue lists in turn ("楼栋长依次为X、Y、Z", "业主分别是X、Y")."""
    out: list[Candidate] = []
    for m in _IN_TURN.finditer(text):
        if not text[max(0, m.start() - 6) : m.start()].endswith(_CUE_ENDS):
            continue
        end = m.end()
        name = _whole_item(text, end, _name_at(text, end))
        if name:
            out.append((end, end + len(name), "name", 0.6))
            out += _listed_on(text, end + len(name), len(name))
    return out


# a row's number in the notes under a list ("第8号蔡文持有…", "第5户付金无…", "原编号0108毛伍…"); each
# pattern led by its literal, for the engine's fast scan
_ROW_NUMBERS = tuple(
    re.compile(lead + r"[ \u3000]?\d{1,4}[ \u3000]?[号户]?(?=[\u4e00-\u9fff])")
    for lead in ("第", "编号")
)
# the bounds of a plot written by its neighbours' holdings ("西至黄大强自留山", "东至胡家福
# 承包地"): the neighbour is a person
_BOUND = re.compile(
    r"至(?=[\u4e00-\u9fff]{2,4}?(?:承包地|自留山|责任山|林地|耕地|宅基地|房屋|住宅|田|地界|家))"
)
_HOLDING = re.compile(r"承包地|自留山|责任山|林地|耕地|宅基地|房屋|住宅|田|地界|家")
_ROLE_END = frozenset("人员户者方")  # "第3号权利人": a role's word, not a name
# "第1居民小组", "第3村民组", "第2生产队": an ordinal of a group, no person after it
_GROUP_END = frozenset("组队社班届期批")
_SIDES = frozenset("东南西北")


def numbered_persons(text: str) -> list[Candidate]:
    """A person named after a row's number in the notes under a list (第8号蔡文, 编号0108
    毛伍) or as a plot's neighbour (西至黄大强自留山): a name of given-name characters,
    or of three the name model holds sure. (Before a pair of relatives, 吕长河父子: a
    suffix cue of the scanner's word pass.)"""
    out: list[Candidate] = []
    for m in (m for pattern in _ROW_NUMBERS for m in pattern.finditer(text)):
        name = _name_at(text, m.end())
        after = text[m.end() + len(name) : m.end() + len(name) + 1]
        if name and after not in _ROLE_END and after not in _GROUP_END:
            out.append((m.end(), m.end() + len(name), "name", 0.6))
    if "至" in text:
        for m in _BOUND.finditer(text):
            if text[m.start() - 1 : m.start()] not in _SIDES:
                continue
            run = text[m.end() : m.end() + 8]
            holding = _HOLDING.search(run, 2)
            name = run[: holding.start()] if holding else ""
            if name and (best_name(name) == name or score(name) >= 0.9):
                out.append((m.end(), m.end() + len(name), "name", 0.6))
    return out


# a person's name quoted after a word that gives it ("自称“朵朵”", "妈妈叫“小红”",
# "登记的产妇“王丽”（…）"): a name, a given name alone or a child's pet name
_QUOTED = re.compile(r"“([\u4e00-\u9fff]{2,3})”")
# the name closing a quoted saying ("能说出“妈妈叫小红”")
_SAID_NAME = re.compile(r"叫([\u4e00-\u9fff]{2,3})”")
_GIVES_NAME = (
    "自称",
    "名叫",
    "叫做",
    "叫",
    "化名",
    "乳名",
    "小名",
    "昵称",
    "产妇",
    "患者",
    "孕妇",
    "登记为",
)


def quoted_names(text: str) -> list[Candidate]:
    """A person's name in quotes after a word that gives it (自称, 叫, 化名, 产妇 …)."""
    out: list[Candidate] = []
    for m in _QUOTED.finditer(text):
        if not text[max(0, m.start() - 3) : m.start()].endswith(_GIVES_NAME):
            continue
        out += _quoted_name(m)
    for m in _SAID_NAME.finditer(text):
        out += _quoted_name(m)
    return out


def _quoted_name(m: re.Match) -> list[Candidate]:
    """The quoted piece when it is a name, a given name alone or a pet name (朵朵)."""
    name = m.group(1)
    pet = name[0] == name[1] and len(name) == 2  # 朵朵, 乐乐
    if pet or score(name) >= 0.7 or (len(name) == 2 and v.plausible_given(name)):
        return [(m.start(1), m.end(1), "name", 0.6)]
    return []


RELATIVE_PAIRS = frozenset(("父子", "母子", "父女", "母女", "夫妇", "夫妻"))


def name_before_pair(text: str, start: int) -> Candidate | None:
    """The person a pair of relatives is named by ("救起钓鱼的吕长河父子"): a name in prose
    right before the pair, after a sign or a word that ends before a name (的, 和 …);
    not a family by its surname (王家父子)."""
    got = name_ending(text, start)
    if (
        got
        and text[start - 1] != "家"
        and (
            got[0] == 0 or not _CJK.match(text[got[0] - 1]) or text[got[0] - 1] in "的了起和与及、"
        )
    ):
        return got[0], got[1], "name", 0.6
    return None


def names_in_prose(text: str) -> list[Candidate]:
    """Persons in prose without a label: enumerations, line-opening persons, 等N名,
    subjects with a date, persons put in charge, speakers after a quotation."""
    out = weak_cue_names(text) + line_start_names(text) + names_among(text)
    out += subjects_with_a_date(text) + case_subjects(text)
    if "名单" in text:
        out += roster_lines(text)
    out += persons_in_charge(text) + person_labels(text) + names_one_a_line(text)
    out += line_names(text) + numbered_persons(text) + accident_parties(text)
    if "、" in text:
        out += enumerated_names(text)
    if "”" in text:
        out += quoted_speakers(text) + quoted_names(text)
    out += field_records(text)  # one field a line under "字段：A / B / C" (fieldrecords)
    out += kin_labels(text)  # "配偶：尹素贤，", "配偶叶卡捷琳娜·彼得罗娃" (cuemend)
    return out + letter_names(text)  # addressees of replies, deputies (letternames)
