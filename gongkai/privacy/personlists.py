"""Private persons in lists that carry no label: notes in brackets, 表彰 and 失信 lists.

Forms (README "Names in lists without a label"):

- a person with a note in brackets that says what private person they are
  ("才让多杰（实际施工人，自然人）", "程家旺（汇口镇港口村村民）", "梁秋菊（宁溪镇居民）");
- the person given an honour ("授予汪子豪（…学生）“…”称号");
- a numbered item that opens with a person, its next line an ID ("二、冶海龙（包工头）\\n
  身份证号码：…"), a name of any people (Tibetan names have no surname);
- the lines under a heading of an honours or blacklist ("先进个人", "优秀共产党员",
  "失信被执行人名单"): names separated by spaces or 、, one unit before them or not
  ("县人民医院  张三  李四"), a number may open it ("1　县人民医院　张三");
- a name without a surname after a label or a word for a private person: Tibetan names
  (尕藏卓玛), a foreigner after the nationality (越南籍阮氏秋).

Each form is gated by a substring test, so texts without it cost one ``in``.
"""

from __future__ import annotations

import re

from . import literals as literal_search
from . import validators as v
from .alternation import factor
from .literals import split_branches
from .seqlists import sequence_lists
from .tables import NOT_NAMES
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_CJK = "\u4e00-\u9fff"
# characters of names written in Chinese for Tibetan, Mongolian and other peoples that
# have no surname (才让多杰, 扎西顿珠, 萨仁图雅, 其木格): every character of such a name
_TRANSLIT = frozenset(
    "扎西顿珠才让多杰卓玛次仁旦增格桑央金拉姆达瓦平措尼曲珍吉德宗贡布加罗索朗洛丹巴青白益"
    "嘎玉普边旺堆米群培阿萨图雅特尔其木乌兰苏日娜那朝鲁孟和宝音哈斯毕力都古丽买提热合曼"
    "艾克帕依努娃麦提孜汗江别克尕藏东主智南欧琼赤列诺强泽晋美觉登坚赞穷"
)
# what a note in brackets says of a private person
_PRIVATE_NOTE = (
    r"村民|居民|自然人|个体工商户|个体户|农民|农户|务工人员|包工头|实际施工人|经营者|学生|"
    r"无业|退休|职工|驾驶员|群众|业主|"
    # what a citizen is (not the name of a body for them: 志愿者协会, 退役军人事务局)
    r"(?:志愿者|退伍军人|退役军人|养殖户|种植户|专业户|乡村医生|村医)"
    r"(?![\u4e00-\u9fff]{0,4}(?:协会|联合会|事务|服务|合作社|委员会|联盟|[局站队办所部会]))"
)
_NOTE_WORDS = re.compile(_PRIVATE_NOTE)
# a role or post that a run of four or more characters ends with (no given name ends so)
_ROLE_END = re.compile(r"(?:顾问|人员|专员|委员|律师|医师|教师|干事|助理|联络员|信息员|调解员)$")
_BUSINESS_NOTE = re.compile(r"个体工商户|个体户|个体")
_NOTE_END = re.compile(r"[^（()）\n]{0,42}[）)]")
# the name before a note (searched on the few characters before the bracket)
# (right before the bracket: "$" would match before a line's break, and a heading on the
# line above a note on a line of its own is no person)
_BEFORE_NOTE = re.compile(rf"([{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,8}})?)\Z")
# words before a name that belong to the sentence, not to it
_LEAD = re.compile(
    rf"^.*?(?:授予|给予|对|向|和|与|及|由|将|为|是|系|人员|装卸工|工人)(?=[{_CJK}]{{2}})"
)
_ORG_WORDS = re.compile(
    r"公司|局|厅|委|办|院|校|所|站|部|社|厂|店|馆|行|铺|坊|场|中心|合作|集团|协会|政府|村|镇|乡|县|市|组"
)
_AWARD = re.compile(
    rf"授予([{_CJK}]{{2,4}}|[{_CJK}]{{2,6}}·[{_CJK}]{{2,8}})(?:[（(][^（()）\n]{{0,30}}[）)])?"
    rf"(?:等\d{{1,4}}[名位人])?(?:同志)?[“\"]"
)
_NUMBERED = re.compile(
    rf"[ \u3000\t]*(?:[一二三四五六七八九十]{{1,3}}、|\d{{1,3}}[.、．]|[（(][一二三四五六七八九十\d]{{1,3}}[）)])"
    rf"[ \u3000]*([{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,8}})?)(?=[（(，,：:\n]|$)",
)
_ID_LABELS = r"身份证|公民身份号码|证件号码"
_ID_LABEL = re.compile(_ID_LABELS)
# a heading over a list of private persons: honours and blacklists
_HEADING = re.compile(
    rf"[ \u3000\t]*(?:[一二三四五六七八九十]{{1,3}}、|\d{{1,3}}[.、．]|[（(][一二三四五六七八九十\d]{{1,3}}[）)])?"
    rf"[ \u3000]*[{_CJK}“”\"]{{0,20}}(?:先进个人|先进工作者|优秀[{_CJK}]{{1,10}}|标兵|模范|能手|积极分子|"
    rf"好人|最美[{_CJK}]{{1,8}}|获奖[{_CJK}]{{0,4}}|失信[{_CJK}]{{0,12}}|被执行人|名单|带头人|之星|红旗手|"
    r"等奖|优胜奖|鼓励奖|等功|嘉奖|表彰对象|表扬对象|推荐对象|候选人)[”\"]?"
    rf"[ \u3000]*(?:[（(][^（()）\n]{{1,12}}[）)])?[ \u3000]*[:：]?[ \u3000]*"
)
_HEADING_WORDS = (
    r"先进|优秀|标兵|模范|能手|积极分子|好人|最美|获奖|失信|被执行人|名单|带头人|之星|红旗手|"
    r"等奖|优胜奖|鼓励奖|等功|嘉奖|表彰对象|表扬对象|推荐对象|候选人"
)
_NOTE_TAIL = re.compile(r"[（(][^（()）]*[）)][ \u3000:：]*$")
_HEADING_WORD = re.compile(_HEADING_WORDS)
# heads over officials or units, never over private persons
_NOT_PERSONS = re.compile(
    r"领导|班子|委员|(?:集体|单位|组织|企业|项目|案例|村|社区|学校|党支部|家庭|工程|成果)[:：]?$"
)
_LINE_NUMBER = re.compile(
    r"[ \u3000\t]*(?:\d{1,3}[.、．]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[ \u3000\t]*"
)
_LINE_NOTE = re.compile(r"[（(][^（()）]{1,20}[）)]")
_SEP = re.compile(r"[ \u3000\t]+|[、，,；;]")
_TOKEN = re.compile(rf"[{_CJK}]{{1,20}}(?:·[{_CJK}]{{2,8}})?")
_UNIT_END = re.compile(
    r"(?:公司|局|厅|委员会|委|办|医院|卫生院|院|学校|中学|小学|幼儿园|所|站|队|中心|社区|村|镇|乡|街道|厂|店|部|馆|协会|集团)$"
)


# a foreigner from a neighbouring country, named after the nationality ("越南籍阮氏秋")
_NATIONALITIES = ("越南籍", "缅甸籍", "老挝籍", "朝鲜籍", "泰国籍", "柬埔寨籍")
_FOREIGN_NAME = re.compile(
    rf"(?:公民|人员|男子|女子|妇女|人)?([{_CJK}]{{2,5}})(?=[，,。；;（(、\s]|$)"
)
# characters that stand in Tibetan names and rarely elsewhere: where a name may start
_TIBETAN_MARKS = "尕措玛姆卓杰旦扎嘎顿珍桑贡"
# one pass for all three: literal branches, factored (no groups, no class: the fast scan)
_LIST_BRANCHES = [
    *_ID_LABELS.split("|"),
    *_HEADING_WORDS.split("|"),
    *_TIBETAN_MARKS,
    *_NATIONALITIES,
]
_LIST_WORDS_SOURCE = factor(_LIST_BRANCHES)  # (compiled by the tests)
# searched as the alternation's finditer would be, 公民身份号码 by ``str.find``
# (``literals``): 公 starts a word in every clause of an official text
_LIST_RARE, _LIST_COMMON = split_branches(_LIST_BRANCHES, frozenset("公"))
_ID_WORDS = frozenset(_ID_LABELS.split("|"))


# the words of a heading or a field, never of a person's name
_TOPIC_WORDS = re.compile(
    r"情况|信息|事实|事项|内容|结果|意见|决定|说明|要求|基本|材料|证明|名单|理由|依据|身份|证件|"
    r"申请|登记|处罚|违法|违规|承包|补偿|补助|救助|资金|项目|工程|期限|时间|地点|对象|若干|务工|劳工"
)


def _held(run: str) -> bool:
    """A run that a strong context (a note, an ID line) makes a person whatever its
    characters (马尕西木, 才让东智): no organisation's or role's word in it, and no
    negation opening it (不符合, 未通过, 非本村: a verdict's or a predicate's words)."""
    return (
        2 <= len(run) <= 4
        and run[0] not in "不未非无没"
        and not _ORG_WORDS.search(run)
        and not _TOPIC_WORDS.search(run)
        and run[-1] not in "人者员方户证号码类别师长工总官记任士岗职"  # (在岗, 离职: a status)
        and run not in NOT_NAMES
        and "某" not in run
    )


def _is_name(run: str, *, loose: bool) -> bool:
    if "·" in run:
        return all(2 <= len(p) <= 8 for p in run.split("·"))
    if v.plausible_name(run, strict=not loose):
        return True
    return 2 <= len(run) <= 6 and len(run) != 3 and all(c in _TRANSLIT for c in run)


# an opening bracket whose note (``_NOTE_END``) holds a private person's word: the word
# lies before the note's first closing bracket, and its lookahead cannot read past it (a
# bracket is no Han character); one scan instead of two calls at each of 4,000 brackets
_NOTED = tuple(
    re.compile(
        rf"{re.escape(bracket)}(?=[^（()）\n]{{0,42}}[）)])(?=[^（()）\n]*?(?:{_PRIVATE_NOTE}))"
    )
    for bracket in ("（", "(")
)


def _notes(text: str):
    """(bracket, name match) for each note in brackets that names a private person."""
    for noted in _NOTED:
        for hit in noted.finditer(text):
            at = hit.start()
            m = _BEFORE_NOTE.search(text, at - 16 if at > 16 else 0, at)
            if m:
                yield m, text[at + 1 : _NOTE_END.match(text, at + 1).end() - 1]  # type: ignore[union-attr]


# a bracket after an item's words that counts persons: the item is a group of them
_GROUP_COUNT = re.compile(r"[（(][^（()）\n]{0,40}?共[ \d一二三四五六七八九十百]{1,5}[人名户]")


# a note naming a part of a list ("债权表（自然人债权人部分）"): the list, no person
_PART_NOTES = ("部分", "名单", "汇总", "清单")


def noted_persons(text: str) -> list[Candidate]:
    """A person with a note in brackets that says what private person they are."""
    out: list[Candidate] = []
    for m, note in _notes(text):
        run = m.group(1)
        if _GROUP_COUNT.match(f"（{note}") or note.endswith(_PART_NOTES):
            continue  # "免学费（…残疾学生，共9人）": a group's heading, not a person
        if text[m.start(1) - 1 : m.start(1)].isdigit():
            continue  # "或1年内（职工或近亲属）": a count's unit after its number, no name
        # "张记小吃（个体工商户）": the business itself; only a name by its surname counts
        business = _BUSINESS_NOTE.fullmatch(note) is not None
        lead = _LEAD.match(run)
        if lead:
            run = run[lead.end() :]
        start = m.end(1) - len(run)
        if len(run) > 4 and "·" not in run:
            if _ORG_WORDS.search(m.group(1)) or not lead:
                continue  # "萨如拉蒙餐馆（个体工商户）": the business, not its keeper
            # the name ends the run ("建议人员梁秋菊"): its last three or two characters
            for size in (3, 2):
                if v.plausible_name(run[-size:], strict=False):
                    run, start = run[-size:], m.end(1) - size
                    break
            else:
                continue
        if _ORG_WORDS.search(run) and not v.plausible_name(run, strict=True):
            continue
        if _NOTE_WORDS.search(run):
            continue  # "台湾居民（台湾居民来往大陆通行证…）": the category, not a person
        if len(run) >= 4 and run[:2] not in v.COMPOUND_SURNAMES and _ROLE_END.search(run):
            continue  # "法律顾问（律师个人…）", "调解专员（…）": a role's heading, no name
        if _is_name(run, loose=not business) or (not business and len(run) <= 4 and _held(run)):
            out.append((start, start + len(run), "name", 0.75))
    return out


def awarded_persons(text: str) -> list[Candidate]:
    """The person given an honour: "授予汪子豪（…）“…”称号"."""
    out: list[Candidate] = []
    for m in _AWARD.finditer(text):
        run = m.group(1)
        if _is_name(run, loose=True) and not _ORG_WORDS.search(run):
            out.append((m.start(1), m.end(1), "name", 0.75))
    return out


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """The line around ``pos`` (at most 120 characters each way: a list's lines are short)."""
    lo = pos - 120 if pos > 120 else 0
    start = text.rfind("\n", lo, pos) + 1 or lo
    end = text.find("\n", pos, pos + 120)
    return start, min(len(text), pos + 120) if end < 0 else end


def numbered_persons(text: str, labels: list[re.Match] | None = None) -> list[Candidate]:
    """A numbered item that opens with a person whose ID follows (a blacklist's entry)."""
    out: list[Candidate] = []
    seen: set[int] = set()
    for label in labels if labels is not None else _ID_LABEL.finditer(text):
        line_start, _end = _line_at(text, label.start())
        starts = [line_start]
        if line_start and text[line_start : label.start()].strip(" \u3000\t") == "":
            starts.append(
                text.rfind("\n", line_start - 120 if line_start > 120 else 0, line_start - 1) + 1
            )  # the item's line above
        for at in starts:
            if at in seen:
                continue
            seen.add(at)
            m = _NUMBERED.match(text, at)
            if m is None or m.end(1) > label.start():
                continue
            run = m.group(1)
            if _ORG_WORDS.search(run) and not v.plausible_name(run, strict=True):
                continue
            if _GROUP_COUNT.match(text, m.end(1)):
                continue  # "三、免学费（…学生，共9人，…）": a group's heading, not a person
            held = _held(run) and text[m.end(1) : m.end(1) + 1] in "（(，,"
            if _is_name(run, loose=True) or held:
                out.append((m.start(1), m.end(1), "name", 0.75))
    return out


def listed_persons(text: str, hits: list[re.Match] | None = None) -> list[Candidate]:
    """Names on the lines under a heading of honours or a blacklist."""
    out: list[Candidate] = []
    done = -1
    for hit in hits if hits is not None else _HEADING_WORD.finditer(text):
        if hit.start() < done:
            continue
        line_start, line_end = _line_at(text, hit.start())
        done = line_end
        if hit.end() - line_start > 40:
            continue  # a heading is short: its word stands near the line's start
        head = _HEADING.fullmatch(text, line_start, line_end)
        if head is None:
            # "先进工作者：赵小龙、钱玉芬": the heading, its sign, the names on the same line
            sign = max(text.rfind("：", hit.end(), line_end), text.rfind(":", hit.end(), line_end))
            head = _HEADING.fullmatch(text, line_start, sign + 1) if sign > 0 else None
            if head is not None and not _NOT_PERSONS.search(_NOTE_TAIL.sub("", head.group())):
                out += _line_names(text[sign + 1 : line_end], sign + 1)
            continue
        if _NOT_PERSONS.search(_NOTE_TAIL.sub("", head.group())):
            continue  # "先进集体", "领导小组"; a note ("按单位排列") does not count
        pos = line_end + 1
        started, blanks = False, 0
        for _ in range(30):  # the lines of the list, up to a blank or other line
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not started and blanks < 2 and not text[pos:end].strip():
                blanks += 1  # blank lines between the heading and its list (a layout's spacing)
                pos = end + 1
                continue
            if _HEADING_WORD.search(text, pos, end):
                break  # the next heading ("二等奖：…"): the loop reaches it by itself
            found = _after_group(text, pos, end) or _line_names(text[pos:end], pos)
            if not found:
                break
            out += found
            started = True
            pos = end + 1
        done = pos
    return out


def _after_group(text: str, pos: int, end: int) -> list[Candidate]:
    """ "区级机关、企事业单位（14名）：张三、李四": the group's words, its sign, its persons."""
    sign = text.find("：", pos, end)
    if sign < 0 or sign - pos > 24:
        return []
    group = text[pos:sign]
    if _OFFICIAL_GROUP.search(group):  # "区级机关（14名）：": where the persons come from
        return []
    return _line_names(text[sign + 1 : end], sign + 1)


_OFFICIAL_GROUP = re.compile(r"领导|组长|成员|主任|书记|局长|执法|工作人员|评委|专家")


def _line_names(line: str, offset: int) -> list[Candidate]:
    """The names of one line of a list: every piece a name (a unit may open the line)."""
    if "（" in line or "(" in line:  # "张红英（县人民医院）　李国平（县一中）": notes blanked
        line = _LINE_NOTE.sub(lambda m: " " * len(m.group()), line)
    lead = _LINE_NUMBER.match(line)  # "1　县人民医院　张红英", "（2）李国平": the item's number
    if lead:
        line = " " * lead.end() + line[lead.end() :]
    pieces = [(m.group(), m.start()) for m in _TOKEN.finditer(line)]
    if not pieces:
        return []
    rest = _SEP.sub("", _TOKEN.sub("", line))
    if rest.strip("：:。"):
        return []  # digits, brackets or words that are not a list of names
    if (
        len(pieces) >= 2
        and _UNIT_END.search(pieces[0][0])
        and not _is_name(pieces[0][0], loose=False)
    ):
        pieces = pieces[1:]  # "县人民医院  张三  李四": the unit, then its persons
    if len(pieces) < 2 and not (len(pieces) == 1 and _is_name(pieces[0][0], loose=False)):
        return []
    # one piece or more a name by its surname; the others (a rarer surname: 普春梅, 卯家顺)
    # at least free of the words of units, roles and headings
    loose = [p for p, _o in pieces if _is_name(p, loose=True)]
    if not loose:
        return []
    if not all(p in loose or (len(p) <= 4 and _held(p)) for p, _o in pieces):
        return []
    if not any(len(p) >= 3 or v.plausible_name(p, strict=True) for p, _o in pieces):
        return []
    return [(offset + o, offset + o + len(p), "name", 0.7) for p, o in pieces]


# what stands before a name without a surname: a label's sign, a word for a private
# person (申请人, 村民, 被执行人 …), a list's sign or a line's start
_TIBETAN_BEFORE = re.compile(r"(?:[:：\n、，,]|^|人|民|者|工|属|户|主|妻|夫|子|女|员)[ \u3000\t]*$")
_TIBETAN_AFTER = re.compile(r"[，,。；;（(、\s]|[:：]|$|等|于|说|反映|同志")


_TIBETAN_NOT_END = frozenset(("多次", "多年", "多名", "多人", "多家", "多处", "其他"))
_OFFICIALS = re.compile(r"(?:工作|执法|检查|调查|办案)人员$|(?:局长|主任|书记|科长|所长)$")


def tibetan_names(text: str, marks: list[int]) -> list[Candidate]:
    """A name of Tibetan characters (扎西顿珠, 尕藏卓玛, 旦增曲珍), four to six of them,
    after a label, a word for a private person or a sign, before a sign or 等/于/说."""
    out: list[Candidate] = []
    done = -1
    for i in marks:
        if i < done:
            continue
        a = i
        while a > 0 and i - a < 6 and text[a - 1] in _TRANSLIT:
            a -= 1
        b = i + 1
        while b < len(text) and b - a < 6 and text[b] in _TRANSLIT:
            b += 1
        done = b
        if not 4 <= b - a <= 6:
            continue
        before = _TIBETAN_BEFORE.search(text, a - 3 if a > 3 else 0, a)
        if text[b - 2 : b] in _TIBETAN_NOT_END or _OFFICIALS.search(text, a - 5 if a > 5 else 0, a):
            continue  # "扎西多次反映": a word after the name; staff act in office
        if before and (
            _TIBETAN_AFTER.match(text, b) or (b - a == 4 and before.group()[:1] not in ":：\n、，,")
        ):
            out.append((a, b, "name", 0.7))  # after a person's word, four characters and a verb
    return out


def persons_in_lists(text: str) -> list[Candidate]:
    """Every form of the module; one pass finds both the ID labels and the headings."""
    out: list[Candidate] = []
    if "（" in text or "(" in text:
        out += noted_persons(text)
    if has_word(text, "授予"):
        out += awarded_persons(text)
    labels: list[re.Match] = []
    heads: list[re.Match] = []
    marks: list[int] = []
    for m in literal_search.finditer(_LIST_RARE, _LIST_COMMON, text):
        word = m.group()
        if len(word) == 1:
            marks.append(m.start())
        elif word in _NATIONALITIES:
            name = _FOREIGN_NAME.match(text, m.end())
            if name and (_held(name.group(1)) or _is_name(name.group(1), loose=True)):
                out.append((name.start(1), name.end(1), "name", 0.7))
        else:
            (labels if word in _ID_WORDS else heads).append(m)
    if marks:
        out += tibetan_names(text, marks)
    if labels:
        out += numbered_persons(text, labels)
    if heads:
        out += listed_persons(text, heads)
    return out + sequence_lists(text)
