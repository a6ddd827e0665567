"""What the words around a candidate say about it: an officer acting in office, a unit's
contact or office phone, a registration-number column, a name cut short or listed after
another. Pure functions of the text, used by ``scanner``."""

from __future__ import annotations

import re

from . import validators as v
from .channelcells import CHANNEL_WORDS, without_channel_cells
from .columns import header_of
from .headerroles import staff_header
from .notedstaff import noted_staff_line
from .patterns import (
    CONTACT_BEFORE,
    CONTACT_LABEL,
    CONTACT_TAIL,
    ID_CONTEXT,
    LIST_NEXT,
    MOBILE_NUMBER,
    OFFICE_NUMBER,
    OFFICER_AFTER,
    PHONE_OF_OFFICE,
    PHONE_OF_PERSON,
    REGISTRATION_HEAD,
)
from .rowcontext import row_window

Candidate = tuple[int, int, str, float]  # start, end, type, confidence


def officer_in_office(text: str, start: int, end: int) -> bool:
    """An officer named with a warrant number (郑明（执法证号…）), or a unit's contact
    (经办人：冯林) in a sentence that gives the unit's office number and no mobile."""
    if OFFICER_AFTER.match(text, end):
        return True
    if KIN_AFTER.match(text, end):
        return False  # "联系人：王芳（之妻）": a relative, whatever number follows
    if staff_listed(text, start):
        return True
    label = text[start - 4 if start > 4 else 0 : start]
    if not CONTACT_BEFORE.search(label):
        return False
    sentence = text[start - 80 if start > 80 else 0 : start]
    sentence = sentence[max(sentence.rfind("。"), sentence.rfind("\n")) + 1 :]
    if _UNIT_PHONE_AFTER.match(text, end) and _UNIT_BEFORE.search(sentence):
        # "请向某中心某股反映，联系人：X，电话6216413": the unit's contact, its desk's
        # number right after (a bare local number too), no mobile
        return True
    if not sentence[:-4].strip(" \u3000"):
        # "…，电话：0718-…。联系人：X、Y。": a contact sentence after the unit's numbers
        sentence = text[start - 160 if start > 160 else 0 : start - len(sentence)]
        sentence = sentence[sentence.rfind("\n") + 1 :]
    return bool(OFFICE_NUMBER.search(sentence)) and not MOBILE_NUMBER.search(sentence)


# a unit named in the sentence before a contact's label (县畜牧兽医服务中心动物防疫股,
# 征兵办公室, 某镇人民政府), before a sign or a verb of writing to it
_UNIT_BEFORE = re.compile(
    r"(?:中心|办公室|人民政府|委员会|大队|支队|[局股科站所院处])(?=[^\u4e00-\u9fff]|反映|咨询|联系)"
)
# the unit's desk number right after the name: "，电话6216413", "　联系电话：0817-…" (a bare
# local number or one with its area code; a mobile is a person's own)
_UNIT_PHONE_AFTER = re.compile(
    r"[，, \u3000]{1,3}(?:联系|办公|咨询)?电话[:：]?[ \u3000]*"
    r"(?:0\d{2,3}[-—－ ]?|[（(]0\d{2,3}[）)] ?)?[2-9]\d{6,7}(?![0-9])"
)


# a unit's staff named in their role on a form's signature or contact line, several in
# one list ("承办人：金晓燕、杜文斌　联系电话：0579-…", "送达人：郑晓纯、蔡泽生"): the label
# read by its head (``headerroles.staff_header``: an act of the office and its doer,
# 复核人员, 发放人, 接警员; a qualifier such as 执法证号 after a person's head) besides
# the settled posts below
_STAFF_LIST = re.compile(
    r"(?:^|[\n（(　 。；;])(?:(承办人|送达人|执法人员|办案人员?|审核人|复核人|记录人|调查人员?|鉴定人员?|"
    r"(?:人民)?调解员|书记员)"
    r"|(联系人|联络人|经办人)|([\u4e00-\u9fff]{2,6}(?:[（(][^（()）\n]{1,10}[）)])?))[:：][ \u3000]*"
    r"(?:[\u4e00-\u9fff·]{2,8}(?:[（(][^（()）\n]{0,20}[）)])?[、，,][ \u3000]*){0,5}$"
)


def staff_listed(text: str, start: int) -> bool:
    """A name in the list after a staff role's label: the unit's staff acting in office
    when the line holds no mobile; a contact (联系人, 经办人) only with an office number
    on the line ("联系人：钱晓燕、王俊　电话：021-…")."""
    lo = start - 40 if start > 40 else 0
    line_start = text.rfind("\n", lo, start) + 1 or lo
    lo = line_start - 1 if line_start - 1 > lo else lo
    if text.find("：", lo, start) < 0 and text.find(":", lo, start) < 0:
        return False  # (every label of the list ends with a colon: no search from each place)
    m = _STAFF_LIST.search(text, lo, start)
    if not m:
        return False
    if m.group(3) and not staff_header(m.group(3)):
        return False
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if MOBILE_NUMBER.search(line):
        return False
    if not m.group(2) or OFFICE_NUMBER.search(line):
        return True
    # "经办人：X　　送达人：Y": a contact beside an office's act on its sign-off line is staff
    return _OFFICE_ACT_ON_LINE.search(line) is not None


_OFFICE_ACT_ON_LINE = re.compile(
    r"(?:^|[\u3000 ])(?:承办人|送达人|审核人|复核人|记录人|书记员|调查人员?)[:：]"
)


def staff_mentions(text: str, before: list[Candidate], after: list[Candidate]) -> list[Candidate]:
    """``after`` without the other mentions of a person named in office: a name that a
    sign-off line (``before`` → ``after``) or a staff list (``officer_in_office``) took
    as staff is staff where it stands again, found only as a mention (below 0.7)."""
    mentions = {text[c[0] : c[1]] for c in after if c[2] == "name" and c[3] < 0.7}
    if not mentions:
        return after
    kept = {(c[0], c[1]) for c in after if c[2] == "name"}
    staff = {
        text[s:e]
        for s, e, kind, conf in before
        if kind == "name"
        and conf >= 0.7
        and text[s:e] in mentions
        and ((s, e) not in kept or officer_in_office(text, s, e))
    }
    if not staff:
        return after
    return [c for c in after if c[2] != "name" or c[3] >= 0.7 or text[c[0] : c[1]] not in staff]


# a person's particulars right after a name and a comma or bracket
_PARTICULARS = re.compile(r"身份证|公民身份|证件号|[男女][，,）)]|联系电话|电话|手机")
_NOT_GIVEN = frozenset(
    "了也都已又还就将被把向对从户着过去来到回"
)  # ("张三户，身份证号…": a household)


def whole_name(text: str, start: int, end: int) -> int:
    """A two-character name standing alone in a list may have a third character the
    rules cut off ("霍乐乐、霍一凡<", "郭二保、秦丽"): take it when a list sign follows."""
    if end - start != 2 or end + 1 >= len(text):
        return end
    third, after = text[end], text[end + 1]
    if third == "氏" and text[end - 1] in v.SURNAMES and after not in "族宗家":
        return end + 1  # "母亲邝林氏": a married woman of old named by both surnames
    if third == "为" and (
        after in "，,。；;（(、\n" or after == "于" and text[end + 2 : end + 3].isdigit()
    ):
        return end + 1  # "我爱人张大为于2025年…", "张大为，身份证…": no copula before a stop
    if (
        after == "等"
        and text[start - 1 : start] == "、"
        and third not in _NOT_GIVEN
        and third not in "家们组队"
    ):
        after = "、"  # "X、Y、秦英懿等22人": the list's last name closed by 等
    if not ("\u4e00" <= third <= "\u9fff") or third in "等和与及的说称讲是在为":
        return end
    if after not in "、<|\t\n" and not (
        after in "，,（(" and _PARTICULARS.match(text, end + 2) and third not in _NOT_GIVEN
    ):
        return end  # (but "权利人佘英有（身份证号码…）", "父亲王庆保，身份证…": particulars)
    return end + 1


def listed_after(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names listed after a found one ("村民郭保、秦丽、郝孝", "张明（村民）、李华（学生）"):
    each piece between list signs that is a whole plausible name."""
    out: list[Candidate] = []
    for _start, end, kind, conf in cands:
        if kind != "name":
            continue
        while True:
            m = LIST_NEXT.match(text, end)
            if m is None:
                break
            run = m.group(2)
            if not v.plausible_name(run, strict=m.group(1) != "、") or "·" in run:
                break  # (after 与, 和, 及 a name by given-name characters: "X与Y")
            out.append((m.start(2), m.end(2), "name", min(conf, 0.75)))
            end = m.end(2)
    return out


def registration_column(text: str, start: int) -> bool:
    """A number under a 注册号 / 信用代码 header, or in a table whose header names one and
    no ID column."""
    column = header_of(text, start)
    if column is not None and REGISTRATION_HEAD.search(column):
        return True  # under its own header (注册号 beside a 经营者身份证号 column)
    head = text[start - 1500 if start > 1500 else 0 : start]
    cut = head.rfind("\n\n")
    head = head[cut + 1 :] if cut >= 0 else head
    return bool(REGISTRATION_HEAD.search(head)) and not ID_CONTEXT.search(head)


def id_like(value: str) -> bool:
    """Shaped like an ID number (region, 18xx–20xx year, month, day) whatever the check."""
    return (
        value[:14].isdigit()
        and v.region_ok(value)
        and value[6:8] in ("18", "19", "20")
        and "01" <= value[10:12] <= "12"
        and "01" <= value[12:14] <= "31"
    )


# a line that opens with a unit named before ("该公司…", "（该单位…"): its contacts are the unit's
_UNIT_LINE = re.compile(r"[ \u3000\t]*[（(]?(?:该|本|原)(?:公司|单位|企业|合作社|机构)")
# a contact's kinship noted right after the name ("（之妻）", "（其子）", "（逝者之女）")
KIN_AFTER = re.compile(
    r"[（(](?:系|为)?(?:逝者|死者|亡者|墓主|其|之)?之?(?:胞|堂|表|长|次|三|外|养|继)?"
    r"(?:妹|弟|兄|姐|侄子?|侄女|子|女|儿|父|母|妻|夫|配偶|儿子|女儿|孙子?|孙女|儿媳|女婿|儿媳妇|"
    r"甥女?|外甥女?|亲属|家属|哥|姐姐|妹妹|弟弟|哥哥|父亲|母亲|丈夫|妻子|"
    # the parents' siblings and the grandparents ("紧急联系人：X（舅舅）")
    r"舅舅?|舅[父妈母]|姑姑?|姑[父妈母]|姨[妈父母]?|叔叔?|叔父|婶婶?|伯伯?|伯[父母]|"
    r"爷爷|奶奶|祖[父母]|外公|外婆|姥姥|姥爷)[）)]"
)
# a unit in brackets right after a contact's name
_UNIT_NOTE = re.compile(
    r"[（(][\u4e00-\u9fff]{0,14}(?:局|中心|办公室|办|科|股|站|所|委员会|委|院|政府|街道|公司|部)"
    r"(?:[，,][^（()）\n]{0,12})?[）)]"
    # "（联系人：X，农机化股，7675054）": the section after a comma
    r"|[，,][\u4e00-\u9fff]{1,10}(?:局|中心|办公室|科|股|站)[，,）)]"
)


def unit_contact(text: str, end: int) -> bool:
    """ "联系人：张明，电话：0874-6112233": a contact given with an office number only."""
    if _UNIT_NOTE.match(text, end):
        return True  # "经办人：沈某（区住房保障中心）": the office they act for
    if KIN_AFTER.match(text, end):
        return False  # "原登记联系人王芳（之妻），电话0817-…": a relative's home phone
    tail = CONTACT_TAIL.match(text, end).group()
    return bool(OFFICE_NUMBER.search(tail)) and not MOBILE_NUMBER.search(tail)


_RETIRED = re.compile(r"退休|离休|退职")
# a contact named with their kinship to the person ("联系人：王芳（胞妹），"): a relative's
_KIN_NOTE = re.compile(
    r"[（(](?:[\u4e00-\u9fff]{0,2}之|其)?(?:胞|堂|表)?(?:妹|弟|兄|姐|侄|侄子|侄女|子|女|父|母|妻|夫|配偶|儿子|女儿|孙子|孙女|外甥女?)[）)]"
)
_SENDS_TO = re.compile(r"[向与请][^。，,]{0,24}?(?:反映|联系|咨询|反馈|提出)")
_BARE_LABEL = re.compile(
    r"\s*(?:(?:通讯|联系|办公)?地址[:：][^，,。；;\n]{2,40}[，,；;][ \u3000]*)?"  # its address first
    r"(?:(?:联系|咨询)?(?:电话|方式)|来电)[:：]?[ \u3000]*"
)
# "公示期间如有异议，可来电或来信反映。来电：…": the channel for objections is the office's
_OBJECTIONS = re.compile(r"异议")

# the last clause before the number: a unit, then a bare phone label ("…交县农业综合服务
# 中心，电话…"); a person's employer there ("工作单位县医院，电话") is not one
_UNIT_CLAUSE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,30}(?:中心|局|站|所|办公室|委员会|政府|窗口|大厅)[，,]?[ \u3000]*"
    r"|(?:社区|居委会|村委会|街道))"  # "或拨打社区电话…": the community's own number
    r"(?:联系|咨询|办公|值班)?电话(?:号码)?[:：]?[ \u3000]*$"
)
# the reader sent to a unit in the number's sentence ("请与街道城建办联系，电话…",
# "可于…前至社区登记，联系电话…", "整改情况请向某警务室反馈，电话…": a desk, a squad, and
# the verbs of reporting back to it): the unit's line, not the sentence's subject's
_SENT_TO_UNIT = re.compile(
    r"(?:[向与]|[至到](?!今))[\u4e00-\u9fff]{0,12}?"
    r"(?:办|局|站|所|中心|社区|居委会|村委会|委员会|政府|窗口|警务室|值班室|办公室|大队|中队)"
    r"(?:联系|反映|咨询|登记|办理|反馈|报告|报备|申报)[^。；;\n]{0,12}$"
)
# the party told to go to an office and do something there, the number closing that sentence
_TOLD_TO_GO = re.compile(
    r"(?:可|请|须|应当?|需|务必)[\u4e00-\u9fff]{0,4}?(?:[至到赴]|前往)[^。；;\n]{0,40}?"
    r"(?:办|局|站|所|中心|股|科|社区|委员会|政府|窗口|大厅)[^。；;\n]{0,6}?"
    r"(?:领取|办理|查阅|咨询|登记|递交|提交|签收|缴纳)[^。；;\n]{0,16}?(?:联系|咨询)?电话[:：]?[ \u3000]*$"
)
_EMPLOYED = re.compile(r"工作|单位|就职|就业|任职|退休|离休")
# a person's employer and job noted in brackets ("某某（县出租车公司驾驶员）"): no office's
# line; and a home's house number after the last unit's word of the window ("…镇政府受理了
# 申请，登记的联系地址为某村某组18号，联系电话为…"): the number is that home's
_EMPLOYER_NOTE = re.compile(
    r"[（(][^（()）\n]{2,24}?(?:驾驶员|司机|职工|员工|工人|教师|医生|护士|保安|保洁员|店员|"
    r"营业员|收银员|厨师|快递员|外卖员|退休干部)[）)]"
)
_HOME_AFTER = re.compile(
    r"(?:地址|住址|住所|家住|现住|居住)(?:为|是|在|于|[：:])?[^\t|，,。；;\n（(]{0,12}?[村屯]"
    r"[^\t|，,。；;\n（(]{0,8}?组[^\t|，,。；;\n]{0,6}?\d+号(?![楼院])"
)


# a line that opens with a unit named before ("该公司…", "（该单位…"): its contacts are the unit's
_UNIT_LINE = re.compile(r"[ \u3000\t]*[（(]?(?:该|本|原)(?:公司|单位|企业|合作社|机构)")
# a unit in brackets right after the party's word names who that party is
_UNIT_NOTED = re.compile(
    r"[（(][^（()）\n]{2,30}?(?:局|政府|委员会|村委会|办公室|办事处|中心|公司|办|站|合作社)[）)]"
)


OPINION_CELL = re.compile(r"(?<=[\t|｜│])[ \u3000]*[无有]异议[ \u3000]*(?=[\t|｜│])")


def without_employer_notes(window: str) -> str:
    """``window`` with its brackets noting a person's employer and job emptied."""
    if "（" in window or "(" in window:
        return _EMPLOYER_NOTE.sub("（）", window)
    return window


def _last_office_end(window: str, end: int) -> int:
    """The end of the last organisation's word in ``window`` (its first ends at ``end``)."""
    for m in PHONE_OF_OFFICE.finditer(window, end):
        end = m.end()
    return end


def office_phone(text: str, start: int) -> bool:
    """A landline in an organisation's contact lines ("可致电县交通运输局建设股，联系电话：…",
    "名称：…有限公司\n…\n联系方式：…"), not in a person's particulars."""
    if noted_staff_line(text, start):
        return (
            True  # "负责人：X（村委会主任）\n联系电话：…": the unit's person, its line (notedstaff)
        )
    window = row_window(text, start)  # a table row's own words
    cut = window.rfind("。")
    if cut > 0 and _BARE_LABEL.fullmatch(window, cut + 1):
        # "…请以书面形式向市委人才办反映。联系电话：…": a bare label opening the sentence
        # gives the number of the sentence before that sends the reader to someone
        before = window.rfind("。", 0, cut)
        if _SENDS_TO.search(window, before + 1, cut):
            cut = before
        elif _OBJECTIONS.search(window, before + 1, cut) and not PHONE_OF_PERSON.search(
            window, before + 1, cut
        ):
            return True
        elif before > 0 and _SENDS_TO.search(window, window.rfind("。", 0, before) + 1, before):
            return True  # "…向县司法局反映。反映问题须署真实姓名。\n联系电话：…": that office's
    window = window[cut + 1 :]
    window = window[window.rfind("\n\n") + 1 :]
    if _UNIT_LINE.match(window, window.rfind("\n") + 1):
        return True  # "（该公司营业执照登记住所…，原登记电话…停机）": the unit's own line
    people = list(PHONE_OF_PERSON.finditer(window))
    if _RETIRED.search(window, max(0, len(window) - 30)):
        return False  # "（县林业局退休干部，电话…）": a retired person is private
    if not people:
        if "异议" in window:  # a vote's cell (无异议 | 有异议) in a table's row: no objection line
            window = OPINION_CELL.sub("\t", window)
        window = without_employer_notes(window)
        office = PHONE_OF_OFFICE.search(window) or _SENT_TO_UNIT.search(window)
        if office and office.group() in CHANNEL_WORDS:  # "电话举报" a record's channel cell
            window = without_channel_cells(window)
            office = PHONE_OF_OFFICE.search(window) or _SENT_TO_UNIT.search(window)
        return (
            bool(office)
            and not _KIN_NOTE.search(window, office.end())
            and not _HOME_AFTER.search(window, _last_office_end(window, office.end()))
        )
    if _UNIT_NOTED.match(window, people[-1].end()):
        return True  # "申请人（某街道办事处征收办）联系电话：…": the party is a unit
    unit = _UNIT_CLAUSE.search(window, people[-1].end())
    if unit and not _EMPLOYED.search(unit.group()):
        return True  # "…本人…，连同材料交乡农业综合服务中心，电话…": where the reader is sent
    if _TOLD_TO_GO.search(window, people[-1].end()):
        return True  # "当事人可至…稽核股领取决定书，联系电话…": the office the party is sent to
    # "请携带身份证原件到本局领取，联系人：韩东，电话：…": a unit's contact after the person's words
    contact = CONTACT_LABEL.search(window, people[-1].end())
    return (
        bool(contact)
        and not MOBILE_NUMBER.search(window, contact.end())
        and not _KIN_NOTE.search(window, contact.end())
    )


# a section's heading naming a public body ("三、XX市住房公积金管理中心弥水管理部",
# "（二）县殡葬管理所"): its number, then the body's name ending in an organ's word
_ORGAN_HEADING = re.compile(
    r"[ \u3000\t]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.])?"
    r"[ \u3000]*[\u4e00-\u9fff（）()]{2,40}(?:局|中心|管理部|办公室|办事处|委员会|人民政府|政府|"
    r"管理所|服务所|服务站|管理站|管理处|派出所|司法所|财政所|分局|支队|大队|中队)[ \u3000]*$"
)


def organ_head(text: str, start: int, end: int) -> bool:
    """ "负责人：X　　服务电话：0536-…" in a section of a directory headed by a public
    body (its heading one to three lines above, or the body named before the label on its
    line): the body's head acting in office, given with the office's number only."""
    if not unit_contact(text, end):
        return False
    ls = text.rfind("\n", 0, start) + 1
    if _ORGAN_HEADING.match(text[ls:start].rstrip("：: \u3000")):
        return True
    pos = ls - 1
    for _ in range(3):
        if pos <= 0:
            return False
        prev = text.rfind("\n", 0, pos) + 1
        if _ORGAN_HEADING.match(text, prev, pos):
            return True
        pos = prev - 1
    return False
