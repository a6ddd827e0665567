"""Personal names, which only context reveals: labels, cues, table columns, neighbours.

A name is two to four characters starting with a common surname (``validators``);
these functions decide where such characters are a person's name: after a label
(申请人：张三), after or before a cue word (村民张三, 张三同志), or right before an ID
or phone number. Names in the columns of tables are found by ``tables``.
"""

from __future__ import annotations

import re

from . import validators as v
from .actsafter import ACTS_AFTER, OPENS_AFTER, act_cut
from .contactrows import landline_rows
from .holderids import holder_names
from .letternames import addressees_at
from .listwords import NON_NAME, non_name
from .namemodel import possible, score
from .patterns import (
    LABEL_LINE,
    LABEL_TAIL,
    LABEL_WORDS,
    ORG_SUFFIX,
    PREFIX_CUES,
)
from .prosebounds import clause_mentions
from .tails import before_name
from .wordsurnames import field_name, four_character_name, sex_after, word_surname_name

Candidate = tuple[int, int, str, float]  # start, end, type, confidence

_CJK_CHAR = re.compile(r"[\u4e00-\u9fff·]")
# Words after which the characters before an ID or phone number are a name.
# a company's legal representative is public registration data (tables.BUSINESS_HEADERS)
_BUSINESS_LABELS = ("法定代表人", "负责人", "经营者")
LEAD_WORDS = (
    *LABEL_WORDS,
    *PREFIX_CUES,
    *("户主", "家属", "本人", "配偶", "之子", "之女", "系"),
    *("与", "和", "及"),  # the second of two persons, each with an ID ("区嘉欣（…）与梁志豪（…）")
)


# Characters that, before a surname, usually belong to the words before the name
# ("授予王立新", "向李明"): a two-character name is preferred after them.
# words for a person whose last character is also a surname (儿童 ends in 童)
_WORD_ON_SURNAME = frozenset("儿童 女童 男童 幼童 孤童 邻居".split())
_LEAD_CHARS = frozenset("向对和与给由被让及将把为从于经据在是系称授予请及")
# What may follow a name that stands alone (a label's value, a list's piece).
# modal verbs that follow a label word as a verb's subject (应 is a surname too, rarely
# written right after a label without a sign); 由 as a preposition ("负责人由某某担任")
_MODALS = frozenset("应须需可均将要由")
_BOUNDARY = re.compile(r"[^\u4e00-\u9fff·]|$")
# a party's particulars right after a two-character name ("申请人伍月，住…", "，女，")
_PARTY_NEXT = re.compile(r"[，,](?:住(?!院|宿|房)|现住|[男女][，,])")
# A company in the lines before a 法定代表人 / 负责人 label: the company's
# representative, public registration data (RULES.md §4); a 民办非企业单位 is none.
_COMPANY_BEFORE = re.compile(r"公司|集团|有限|合作社|(?<!非)企业|事务所|研究院|股份|厂")
_INDIVIDUAL = re.compile(r"个体|个人独资|自然人")
_PLACE_NEXT = frozenset("县市区镇乡省州旗盟村")  # (石桥村民委员会: a village)
_TITLE_AFTER = frozenset(("律师", "老师", "医生", "先生", "女士", "同志"))


# persons named together before a word for them both ("荀家齐、荀家和兄弟"): the third
# character before it is the name's
_PAIRS = frozenset("兄弟 姐妹 夫妇 夫妻 父子 母女 父女 母子 二人 两人".split())


def best_name(run: str, *, strict: bool = True) -> str:
    """The name at the start of ``run`` (a compound surname, three or two characters).

    ``strict``: every given-name character must be common in given names (weak
    context); otherwise a known surname and no character that cuts names.
    """
    sizes = (4, 3, 2) if run[:2] in v.COMPOUND_SURNAMES else (3, 2)
    for size in sizes:
        piece = run[:size]
        if len(piece) == size and v.plausible_name(piece, strict=strict):
            if (
                size == 3
                and strict
                and piece[2] in "家因于等向在和与及为的"
                and run[3:5] not in _PAIRS
            ):
                continue  # "牛丽家庭", "于洋等": the third character opens the next word
            if size == 3 and run[2:4] in OPENS_AFTER and v.plausible_name(run[:2], strict=strict):
                continue  # "郜珊实施…", "李蕾立即…": the third opens how the person acted
            return piece
    return ""


def name_ending(text: str, end: int, *, strict: bool = True) -> Candidate | None:
    """The name that ends at ``end`` in prose (the last piece of words before it)."""
    run = text[end - 4 if end > 4 else 0 : end]
    if run[-2:] in _COLLECTIVE:
        return None  # "全体同志：", "各位女士": the addressees are many
    if len(run) == 4 and run[:2] in v.COMPOUND_SURNAMES and v.plausible_name(run, strict=strict):
        return end - 4, end, "name", 0.7
    three, two = run[-3:], run[-2:]
    if len(three) == 3 and v.plausible_name(three, strict=strict):
        if not (three[0] in _LEAD_CHARS and v.plausible_name(two, strict=True)):
            return end - 3, end, "name", 0.7
    if len(two) == 2 and v.plausible_name(two, strict=True):
        return end - 2, end, "name", 0.65
    return None


# words for a whole body of persons that open like a surname (全, 诸, 广 …)
_COLLECTIVE = frozenset(
    "全体 全部 全村 全组 全镇 全乡 全县 全校 全院 诸位 广大 各位 各级 有关 相关".split()
)


def name_before(text: str, end: int, conf: float) -> Candidate | None:
    """The name that ends right at ``end`` (three, four or two characters)."""
    if text[end - 1 : end] == "*":
        # Markdown's emphasis ("- **庞德明**（男，…）"): the name ends before it; a
        # masked name ("王**") is none
        while end > 0 and text[end - 1] == "*":
            end -= 1
        if text.rfind("**", end - 7 if end > 7 else 0, end) < 0:
            return None  # no emphasis opened before: a masked name
    run = text[end - 4 if end > 4 else 0 : end]
    if run[-2:] in _COLLECTIVE:
        return None  # "全体同志：", "各位女士": the addressees are many
    if len(run) == 4 and run[:2] in v.COMPOUND_SURNAMES and v.name_shape(run) == run:
        return end - 4, end, "name", conf  # "欧阳子涵", not "阳子涵"
    for size in (3, 4, 2):
        piece = run[-size:]
        if len(piece) == size and v.name_shape(piece) == piece and piece.isalpha():  # (况，陈)
            if size == 3 and text[end - 4 : end - 2] in _WORD_ON_SURNAME:
                continue  # "收养儿童钟晓（男": 童 closes the word for the person
            return end - size, end, "name", conf
    # a name standing alone between a line start or punctuation and the cue may hold a
    # character that cuts names in running text ("蒲家豪，男，")
    for size in (4, 3, 2):  # (four: a compound surname's, "东方明月先生：")
        piece = run[-size:]
        before = text[end - size - 1 : end - size] if end - size > 0 else ""
        if (
            len(piece) == size
            # (or after a role word ending in 人: "受援人杨再兴，男，")
            and (not before or not _CJK_CHAR.match(before) or before == "人" and size == 3)
            and (piece[0] in v.SURNAMES if size < 4 else piece[:2] in v.COMPOUND_SURNAMES)
            and all("\u4e00" <= c <= "\u9fff" for c in piece)
        ):
            return end - size, end, "name", conf - 0.1
    return None


def _dotted_whole(text: str, run: str, start: int) -> bool:
    parts = run.split("·")
    return (
        len(parts) == 2
        and all(2 <= len(p) <= 6 for p in parts)
        and not any(act in parts[1] for act in ACTS_AFTER)  # "其父巴图·孟和接受喜报"
        and text[start + len(run) : start + len(run) + 1] in "，,（(；;、。\n\t 　"
    )


# the last words of a document's name ("…居民来往内地通行证", "…居民身份证")
_DOCUMENT_ENDS = ("通行证", "身份证", "居住证", "居留证", "签注")
# the names of the passes of Hong Kong, Macao and Taiwan residents (…居民来往内地通行证)
_PASS_NAMES = ("来往内地", "往来内地", "来往大陆", "往来大陆")


def name_from_label(text: str, label_end: int, *, cue: bool = False) -> Candidate | None:
    """The name written after a label such as 申请人： or a cue such as 村民."""
    if cue and text.startswith(_PASS_NAMES, label_end):
        return None  # "香港居民来往内地通行证": the pass's name after the cue, no person
    m = LABEL_TAIL.match(text, label_end)
    if not cue and not text[label_end - 5 if label_end > 5 else 0 : label_end].endswith(
        _BUSINESS_LABELS
    ):
        line = LABEL_LINE.match(text, label_end)
        if line and v.name_shape(line.group(1)) == line.group(1) and score(line.group(1)):
            return line.start(1), line.end(1), "name", 0.85  # (not 班级: 级 ends no name)
    if not m:
        return None
    start = m.start(2)
    run = m.group(2)
    if cue and run.endswith(_DOCUMENT_ENDS):
        return None  # "澳门居民来往内地通行证": a document's name after the cue, no person
    if not m.group(1) and run[0] in "为是系" and run.find("·") > 2:
        start, run = start + 1, run[1:]  # "另两位申请人为古丽娜尔·艾合买提、…": the verb is no name
    if "·" in run[1:-1] and (m.group(1) or _dotted_whole(text, run, start)):
        # a transliterated name (买买提·艾力) has no Chinese surname but its dot; without
        # the label's sign, whole up to a sign ("申请人古丽娜尔·艾合买提，住…")
        if not cue and _company_representative(text, label_end):
            return None
        return start, start + len(run), "name", 0.8
    if (
        not cue
        and m.group(1)
        and _BOUNDARY.match(text, start + len(run))
        and (
            v.plausible_name(run, strict=False)
            or word_surname_name(run)  # "产权人：越国芳" (wordsurnames)
            or (
                text.endswith("姓名", 0, label_end)
                and (four_character_name(run) or field_name(run))
            )
            # a given name ending in 女 (存女, 改女: a rural daughter's name), whole after
            # its label's sign
            or (len(run) == 3 and run[2] == "女" and v.plausible_name(run[:2], strict=False))
        )
    ):
        # the whole value up to the line's end or a sign ("当事人：晏国栋\n")
        if _company_representative(text, label_end):
            return None
        return start, start + len(run), "name", 0.9
    if (
        not m.group(1)
        and len(run) == 3
        and _BOUNDARY.match(text, start + 3)
        and (
            v.plausible_name(run, strict=False)
            or (word_surname_name(run) and sex_after(text, start + 3))
        )
        and (cue or (run[0] not in _MODALS and not _company_representative(text, label_end)))
    ):
        # "香港居民甘家俊，", "权利人顾月斌（身份证…）": the whole word after the cue or label
        return start, start + 3, "name", 0.6 if cue else 0.7
    if len(run) == 2 and not m.group(1) and _PARTY_NEXT.match(text, start + 2):
        if v.plausible_name(run) and run not in v.COMMON_WORDS and run[0] not in _MODALS:
            return start, start + 2, "name", 0.6  # "申请人伍月，住…": a party's particulars
    name = v.name_shape(run)
    if len(name) == 3 and run[2:4] in OPENS_AFTER and v.plausible_name(run[:2]):
        name = run[:2]  # "支付申请人薛伟工资…": the third opens the next word
    if run[2:4] in _TITLE_AFTER and v.name_shape(run[:2]) == run[:2]:
        name = run[:2]  # "受送达人：谷雨律师": a two-character name before its title
    if run[:2] in v.YI_CLANS:  # (after a cue or a label: "监护人吉木拉且（父亲）")
        from .cuenames import loose_name_at  # (cuenames reads the name model)

        name = loose_name_at(text, start) or name  # "其子吉克伍各": a Yi clan's name
    elif cue and len(run) >= 3 and v.plausible_name(run[:3]) and v.folk_given(run[1:3]):
        name = run[:3]  # "村民杨老三申请": a folk given name (validators.folk_given)
    if not name or (not m.group(1) and len(name) == 3 and score(name) == 0):
        return None  # "被执行人高消费及…": no sign, and a word the name model knows (费 ends none)
    if not m.group(1) and (name[0] in _MODALS or name[:2] in v.COMMON_WORDS):
        return None  # "反映人应署真实姓名", "申请人符合…": a modal verb or a word, no surname
    if not m.group(1) and len(name) == 2 and not v.plausible_given(name[1:]):
        return None  # "当事人陈述": no sign after the label, and no given name
    if not cue and _company_representative(text, label_end):
        return None
    after = text[start + len(name) : start + len(name) + 14]
    if after and after[0] not in v.NAME_STOP and ORG_SUFFIX.match(after):
        return None  # "申请人：王氏实业有限公司" names an organisation
    if after and ORG_SUFFIX.fullmatch(name[-1] + after[:2]):
        return None  # "联系人：柳塘派出所…": the name's cut falls inside a unit's word
    if _SECTION_AFTER.match(after) or (len(name) == 3 and name[-1] == "股"):
        return None  # "联系人：计财股股长X", "法规科科长X": an office's section and its post
    if len(name) == 2 and after[:1] in _PLACE_NEXT and m.group(1):
        return None  # "权利人：梅林县程达贸易…": a county's name opens the value
    if cue:  # "其妻苏雅接受喜报": the name ends before an act
        end = act_cut(text, start, start + len(name))
        return (start, end, "name", 0.6) if not m.group(1) else None
    if (
        m.group(1)
        and len(run) == 4
        and len(name) == 3
        and run[3] in v.GIVEN_CHARS
        and _BOUNDARY.match(text, start + 4)
    ):
        return start, start + 4, "name", 0.8  # "【诉求人】乌云高娃": the whole value, not 3
    conf = 0.9 if m.group(1) or label_end < start else 0.7
    return start, start + len(name), "name", conf


_OFFICE_LAST = frozenset("所站局办股科室处队院委心口")  # (窗口负责人)
# an office's section after the run (计财股, 法规科), before its head's post or a gap: no given
# name ends the run in 股, and 科 (a given name's too: 张科) only before 科长 or 长
_SECTION_AFTER = re.compile(r"股|科科?长")


def _company_representative(text: str, label_end: int) -> bool:
    """法定代表人 / 负责人 / 经营者 after a company's name in the lines before."""
    if not text[label_end - 5 if label_end > 5 else 0 : label_end].endswith(_BUSINESS_LABELS):
        return False
    if text[label_end - 5 if label_end > 5 else 0 : label_end - 3].endswith(
        ("项目", "技术", "工程")
    ):
        return False  # 项目负责人, 技术负责人: the company's staff named as persons
    if (
        text[label_end - 4 : label_end - 3] in _OFFICE_LAST
        and text[label_end - 3 : label_end] == "负责人"
    ):
        return True  # 财政所负责人, 服务中心负责人: an office's head acting in office
    before = text[label_end - 160 if label_end > 160 else 0 : label_end]
    # the nearest entity before the label is the label's (a table's row of a company under
    # a row of an individual business: its own 有限公司, not the 个体 above)
    company = [m.start() for m in _COMPANY_BEFORE.finditer(before)]
    individual = [m.start() for m in _INDIVIDUAL.finditer(before)]
    return bool(company) and (not individual or individual[-1] < company[-1])


def names_near(text: str, anchors: list[Candidate]) -> list[Candidate]:
    """A name written right before an ID, phone or card number: "张三 110105…"; and every
    other mention of a name already found (``repeated_names``)."""
    out: list[Candidate] = repeated_names(text, anchors) + clause_mentions(
        text, anchors, _alone_two
    )
    out += holder_names(text, anchors)  # "负责人：某某 / 负责人身份证：…" (``holderids``)
    out += landline_rows(text, anchors)  # "洪阿扁　（0595）85632417" among named rows
    for start, _end, kind, _conf in anchors:
        if kind not in ("id_card", "mobile", "bank_card"):
            continue
        lo = start - 24 if start > 24 else 0
        span = before_name(text[lo:start])  # BEFORE_NAME.search(…).span(1), faster
        if span is None:
            continue
        run_start, run_end = lo + span[0], lo + span[1]
        run = text[run_start:run_end]
        k = run_start
        while k > 0 and run_start - k < 8 and _CJK_CHAR.match(text[k - 1]):
            k -= 1
        for size in (4, 3, 2):
            if len(run) < size:
                continue
            piece = run[-size:]
            if size == 3 and piece[1:] in _NUMBER_QUALIFIERS:
                continue  # "原登记电话", "新预留手机": what kind of number, no name
            name = v.name_shape(piece)
            if name != piece and size == 3 == len(run) and k == run_start:
                # three characters standing alone before their number, led by a common
                # surname, may hold characters that cut names in running text
                # ("；覃有德 6230…", "，谢老四 1376…")
                # (not a place, a unit or a label: "，石庄镇，3206…", "银行卡 6228…")
                loose = piece[0] in v.SURNAMES and piece not in v.COMMON_WORDS
                name = piece if loose and not non_name(piece) else name
            if name != piece or piece[-1] == "族" or piece in NON_NAME or v.unit_head(piece):
                continue  # 蒙古族, 满族 before an ID: a nationality's cell
            # the name opens its run of characters ("，张三，电话…") or follows a label
            # or cue ("户主张三"); "油烟严重，电话…" is no name
            lead = text[k : run_end - size]
            if lead.endswith("联系"):
                break  # "联系方式：…" (系 is a lead word only as in "户主系")
            if not lead or lead.endswith(LEAD_WORDS):
                out.append((run_end - size, run_end, "name", 0.8))
            break
    return out


# words that say what kind of number follows ("原登记电话", "新预留手机"): with a
# surname-like character before them (原, 新, 单, 何) they are no name
_NUMBER_QUALIFIERS = frozenset(
    "登记 预留 联系 办公 家庭 固定 紧急 备用 本人 住宅 值班 服务 咨询 举报 投诉 申报 开户 收款".split()
)
# how far from a person's first finding another mention counts as the same person (one
# document; a text holding many documents has other persons of the same name)
REPEAT_WINDOW = 2000


# verbs after a person named again whose first character is common in given names
_VERBS_AFTER = frozenset(
    "占用 占据 家中 长期 多次 平时 明确 明知 建房 建设 立即 同意 要求 反映 成功 成为 生存 生前 承租 "
    "承包 承认 应当 应该 到场 到达 一边 一直 一起 一同 一家 先后 亲自 仍然 进行 本人 表示 "
    "往来 港澳 台湾 公民 身份 护照 户籍".split()  # "X往来港澳通行证号码…": X's particulars
)


def repeated_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """Every other mention of a person already named nearby ("受伤害职工：宋家旺 …
    12月3日，宋家旺驾驶…"): a name of three characters or more found with a label, a
    cue or in a column, wherever it stands again within ``REPEAT_WINDOW`` characters
    (not as the start of a longer name)."""
    out: list[Candidate] = []
    seen: set[int] = set()
    sure = {text[s:e] for s, e, kind, conf in found if kind == "name" and conf >= 0.7}
    for s, e, kind, conf in found:
        if kind != "name" or conf < 0.6 or e - s < 2:
            continue
        # two characters: with a label, in a column or with particulars; found in a list,
        # again only where the name keys a line of its own ("　　初明：原登记手机…")
        weak = e - s == 2 and conf < 0.9 and not sure_by_bracket(text, e)
        if weak and conf < 0.7:
            continue
        name = text[s:e]
        size = e - s
        hi = min(len(text), e + REPEAT_WINDOW)
        at = text.find(name, max(0, s - REPEAT_WINDOW), hi)
        while at >= 0:
            after = text[at + size : at + size + 1]
            if (
                at != s
                and at not in seen
                and (
                    (
                        not after
                        or after not in v.GIVEN_CHARS
                        or after in v.NAME_STOP
                        or text[at + size : at + size + 2] in _VERBS_AFTER  # "夏侯倩占用…"
                    )
                    and (size > 2 or _alone_two(text, at))
                    and (not weak or _keys_line(text, at, at + size))
                    or _COUNTED.match(text, at + size)  # "另，祁望、田野二人的…"
                    or _before_named(text, at, size, sure)  # "分别为常飞、卜雪晴"
                )
            ):
                seen.add(at)
                out.append((at, at + size, "name", 0.65))
            at = text.find(name, at + size, hi)
    return out


# a bracket right after a name opening with the person's particulars ("牧民乌兰（身份证号…",
# "丈夫巴图（住…"): the name is a person's however weak the cue that found it
_PARTICULARS_BRACKET = re.compile(
    r"[（(](?:身份证|公民身份|家住|现住|住址|住[\u4e00-\u9fff]{1,6}[镇乡村路街]|户籍|"
    r"联系电话|手机|[男女][，,、]|\d{1,3}岁)"
)


def sure_by_bracket(text: str, end: int) -> bool:
    return text[end : end + 1] in "（(" and _PARTICULARS_BRACKET.match(text, end) is not None


def _keys_line(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` opens its line and a colon follows it."""
    return text[end : end + 1] in ("：", ":") and not text[
        text.rfind("\n", 0, start) + 1 : start
    ].strip(" \u3000\t")


def _before_named(text: str, at: int, size: int, sure: set[str]) -> bool:
    """A name after a copula (为, 是) and before 、 and another person found sure."""
    if text[at - 1 : at] not in ("为", "是") or text[at + size : at + size + 1] != "、":
        return False
    nxt = at + size + 1
    return any(
        text[nxt : nxt + k] in sure and not _CJK_CHAR.match(text[nxt + k : nxt + k + 1])
        for k in (2, 3, 4)
    )


# persons enumerated and closed by their count ("X、Y二人", "X、Y、Z三人"): each a person
_COUNTED = re.compile(r"(?:、[\u4e00-\u9fff·]{2,4}?)*(?:二|两|三|四)(?:人|位|名)")


def _alone_two(text: str, at: int) -> bool:
    """A two-character name standing again as a word of its own ("，姜德、曲丽夫妇", "巴图被
    依法追缴", "曲丽已退回")."""
    before = text[at - 1 : at] if at else ""
    after = text[at + 2 : at + 3]
    return (not _CJK_CHAR.match(before) or before in "、和与及") and (
        not _CJK_CHAR.match(after) or after in "、和与及夫妻等被已"
    )


def salutation_names(text: str) -> list[Candidate]:
    """The addressees of a letter: a line holding only "张建国：" or "吕文博、龚小英："."""
    out: list[Candidate] = []
    for colon in ("：\n", ":\n"):
        at = text.find(colon)
        while at >= 0:
            line_start = text.rfind("\n", at - 30 if at > 30 else 0, at) + 1
            if line_start or at <= 29:
                line = text[line_start:at]
                pieces = list(_ADDRESSEES.finditer(line))
                if 0 < len(pieces) <= 6 and _ADDRESSEE_LINE.fullmatch(line):
                    names = [m for m in pieces if v.name_shape(m.group()) == m.group()]
                    if len(pieces) >= 2 and len(names) * 2 >= len(pieces):
                        # several addressees: a name the rules doubt stands with sure ones
                        names = [m for m in pieces if m in names or possible(m.group())]
                    if len(names) == len(pieces):
                        for m in names:
                            out.append((line_start + m.start(), line_start + m.end(), "name", 0.7))
            addressees_at(text, at, out)  # with 代表/女士…, or over 你/您 (letternames)
            at = text.find(colon, at + 2)
    return out


_ADDRESSEES = re.compile(r"[\u4e00-\u9fff]{2,4}")
_ADDRESSEE_LINE = re.compile(
    r"[ \u3000]*[\u4e00-\u9fff]{2,4}(?:[、，,和][\u4e00-\u9fff]{2,4}){0,5}[ \u3000]*"
)


_LIST_HEAD = re.compile(r"名单(?:如下)?[ \u3000]*[:：]?[ \u3000]*\n?")
_LIST_ROLE = re.compile(r"[（(][^）)\n]{1,12}[）)]")
_LIST_SPLIT = re.compile(r"[、，,；;]")


def listed_names(text: str) -> list[Candidate]:
    """Persons listed after a heading that ends in 名单 ("评审专家名单\n朱建设、陈红梅…"):
    every piece of the line must be a name (a role in brackets may follow it)."""
    out: list[Candidate] = []
    for head in _LIST_HEAD.finditer(text):
        start = head.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if (
            end - start > 200
            or "。" in text[start:end]
            or ("、" not in text[start:end] and "，" not in text[start:end])
        ):
            continue  # a sentence, or not a list of several persons
        line = _LIST_ROLE.sub(lambda m: " " * len(m.group()), text[start:end])
        found = []
        pos = 0
        for piece in _LIST_SPLIT.split(line):
            name = piece.strip(" \u3000")
            at = start + pos + piece.index(name) if name else start
            pos += len(piece) + 1
            if not (2 <= len(name) <= 4 and v.name_shape(name) == name):
                found = []
                break
            found.append((at, at + len(name), "name", 0.8))
        if len(found) >= 2:
            out += found
    return out
