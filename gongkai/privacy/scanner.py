"""Finding personal data and secrecy markings in plain text.

The text is walked once by each of two compiled regular expressions (``patterns``):
pass A for numbers and codes, pass B for words. Every match is a *candidate*; a small
Python function per kind then validates it (check digits, real dates, the context
around a secrecy word, the allow-list of public contacts) and gives it a confidence
and a masked form. Names come from labels and cue words found by pass B, from the
columns of tables and from the words right before an ID or phone number (``names``).
Overlapping candidates are resolved in favour of the earlier, then the longer one.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable
from operator import attrgetter

from django.utils import timezone

from . import allow as allow_mod
from . import validators as v
from .addressedges import address_edges
from .addressowners import address_owners
from .anchoredcells import anchored_cells
from .blocks import block_names, drop_signoffs
from .buildingsites import building_sites
from .caseroles import accomplices, office_agents
from .cellcoderows import cell_code_rows
from .chiefcolumns import chief_columns
from .codecolumns import code_number
from .coderows import code_rows
from .contactcells import contact_cells
from .contactpass import settle_contacts
from .context import (
    listed_after,
    office_phone,
    officer_in_office,
    organ_head,
    staff_mentions,
    unit_contact,
    whole_name,
)
from .countynames import county_names
from .csvcells import join_quoted_cells
from .dashedhouses import dashed_start
from .datumitems import datum_items
from .declaredtables import declared_tables
from .docforms import grouped_permit, residence_column
from .eqlabels import equals_labels
from .expressions import FINDING_TYPES as EXPRESSION_TYPES
from .expressions import check_expressions
from .extras import extra_candidates
from .facilitynumbers import facility_numbers
from .finding import Finding, make_finding
from .grouphouses import group_house
from .hourlines import hours_line
from .kincells import kin_cells
from .kinnoted import kin_kept
from .kinof import kin_of_names
from .kvlabels import bracket_labels
from .labelvalues import whole_values
from .lastpasses import last_passes
from .laternames import sure_mentions
from .letterpersons import letter_persons
from .listedlocals import listed_locals
from .listnames import list_names
from .listwords import NON_NAME
from .localphones import local_landlines
from .mailfind import emails
from .masking import UNMASKED_TYPES, configured_rules, mask_plain, mask_value
from .nameedges import name_edges
from .names import listed_names, name_before, name_from_label, names_near, salutation_names
from .nationality import is_nationality
from .neighbourhomes import neighbour_homes
from .notedruns import noted_runs
from .numberkinds import number_kind
from .numberlabels import not_a_card
from .numbers import IN_TEXT_KINDS, LOCAL_HOLDERS, NUMBERS_IN_TEXT, landline_end, locals_within
from .officenames import office_names
from .officialcolumns import official_cells
from .organvalues import organ_value
from .ownhomes import own_home, own_home_near
from .partyunits import unit_party_rows
from .patterns import (
    CONTACT_LABELS,
    DOC_CONTEXT,
    DOC_LABELS,
    DOC_TAIL,
    HOUSE_TAIL,
    LABEL_SET,
    LANDLINE_PUBLIC,
    NUM_ZH,
    OFFICE_AFTER,
    OFFICER_NUMBER,
    ORG_VALUE,
    PLATE_TAIL,
    PREFIX_CUES,
    PROVINCE_CHARS,
    SECRECY_WORDS,
    SUFFIX_CUES,
    WORDS,
    halfwidth,
    has_fullwidth,
    name_dots,
    sample,
)
from .personlists import persons_in_lists
from .personmail import persons_phone
from .pertext import forget, memo
from .petowners import pet_owners
from .phonenotes import mobile_owners
from .phoneowner import home_marked, person_landline
from .postlines import post_lines
from .postnotes import post_notes
from .propertyitems import owned_houses
from .prose import RELATIVE_PAIRS, name_before_pair, names_in_prose
from .provincecodes import province_prefixed
from .refine import refine
from .relations import relation_names
from .relprose import follow_edges
from .schoolposts import school_posts
from .secrecy import secrecy_confidence
from .spacedfields import heads_table, spaced_fields
from .spacedlabels import spaced_phone_labels
from .spacedlists import names_in_lines
from .stacked import header_block_end
from .stackedhomes import stacked_homes
from .streetaddress import expand_address, house
from .tablefind import table_candidates
from .tails import clause_tail
from .thingcolumns import thing_columns
from .unitcontactlines import unit_contact_lines
from .unitlines import unit_lines
from .unitparticulars import unit_particulars
from .unitpayees import unit_payees
from .unitsubjects import unit_premises
from .witnessphones import witness_phone
from .wordfind import colon_ends, has_word

Candidate = tuple[int, int, str, float]  # start, end, type, confidence
CATEGORIES = {"secrecy": "secrecy", "nondisclosure": "secrecy", "org_code": "organisation"}
_ALLOW_KINDS = frozenset(("mobile", "landline", "email", "bank_card"))
# a landline put through to a desk ("0570-8429680转825", "分机：0938-3421600-8306"): a
# switchboard's, so a unit's line (a dashed extension alone may be a household's: docs10)
_SWITCHBOARD = re.compile(r"[ \u3000]*(?:转|分机)[ \u3000]*\d")
_EXTENSION_LABEL = re.compile(r"分机号?[：:]?[ \u3000]*$")
# the word lists as sets, for the word pass's membership tests
_PREFIX_CUES = frozenset(PREFIX_CUES)
_PLACE_AFTER_CUE = frozenset("楼区组点户委")
_SUFFIX_CUES = frozenset(SUFFIX_CUES)
_DOC_LABELS = frozenset(DOC_LABELS)
_START_END = attrgetter("start", "end")


class _Context:
    """Per-call state: lazily loaded allow-list, today's date."""

    def __init__(self, text: str, allow: Iterable[str] | None):
        self.text = text
        self._allow = (
            frozenset(allow_mod.normalise(a) for a in allow) if allow is not None else None
        )
        self.today = timezone.localdate()
        self.local_numbers: list[tuple[int, int]] = []  # (``_candidates``)

    @property
    def allow(self) -> frozenset[str]:
        if self._allow is None:
            self._allow = allow_mod.allowed_contacts()
        return self._allow

    def before(self, start: int, n: int = 14) -> str:
        return self.text[start - n if start > n else 0 : start]

    def clause_before(self, start: int, n: int = 14) -> str:
        """The words before ``start`` in the same clause (up to n characters)."""
        return clause_tail(self.text, start - n if start > n else 0, start)  # CLAUSE_TAIL's search


# --- validators of candidates ----------------------------------------------------


def _digits(s: str) -> str:  # (a number with no sign first: nothing to leave out)
    return s.upper() if s.isascii() and s.isalnum() else "".join(filter(str.isalnum, s)).upper()


def _placeholder(number: str) -> bool:
    """A mobile number typed to fill a form's field or to test it: its last eight digits
    one digit repeated (13800000000, 13911111111); no subscriber holds such a number."""
    digits = _digits(number)[-8:]
    return len(digits) == 8 and digits == digits[0] * 8


def _document_after(ctx: _Context, word: str, end: int) -> Candidate | None:
    """The number after 台胞证, 回乡证 or 永久居留身份证 (RULES.md §4)."""
    m = DOC_TAIL.match(ctx.text, end)
    if not m:
        return None
    value = m.group(1)
    if "居留" in word or "永居" in word:
        if value[0] == "9" and len(value) == 18 and v.id_check_char(value[:17]) == value[17]:
            return m.start(1), m.end(1), "residence", 0.95
        if value[:3].isalpha():
            return m.start(1), m.end(1), "residence", 0.95
        return None
    if value[:3].isalpha() or len(value) == 18:
        return None
    return m.start(1), m.end(1), "permit", 0.9


def _candidates(ctx: _Context) -> list[Candidate]:
    text = ctx.text
    out: list[Candidate] = []
    add = out.append
    kinds = IN_TEXT_KINDS
    locals_, local_holders = ctx.local_numbers, LOCAL_HOLDERS
    # the matches of PATTERN at the hits of TRIGGER, found in one C scan (numbers)
    for m in NUMBERS_IN_TEXT.finditer(text):
        kind = kinds[m.lastindex]
        start, end = m.span()
        if kind in local_holders:  # 7–8 digits alone, for ``local_landlines``
            if kind == "local":
                locals_.append((start, end))
                continue
            if end - start >= 7 or text[end : end + 1].isdigit():  # (locals_within's test)
                locals_ += locals_within(text, m)  # ("0431 83610000": not tried inside a match)
        if kind in ("index", "docno", "record", "money"):
            continue
        if kind == "num":
            got = number_kind(ctx, m.group().upper(), start)  # (numberkinds)
            if (
                got
                and not OFFICER_NUMBER.search(text, start - 10 if start > 10 else 0, start)
                and not (got[0] == "id_card" and sample(text, start) and not _id_named(text, start))
            ):
                add((start, end, got[0], got[1]))  # (an officer's warrant number: no ID)
        elif kind == "mobile":
            if (
                not OFFICER_NUMBER.search(text, start - 10 if start > 10 else 0, start)
                and not (
                    text[start - 1 : start]
                    in "、，,和及与"  # "执法证号分别为X、Y": the list's label
                    and "证" in text[start - 40 if start > 40 else 0 : start]
                    and OFFICER_NUMBER.search(text, start - 40 if start > 40 else 0, start)
                )
                and not _placeholder(m.group())
            ):
                # the country code (+86, 0086) is no personal data: the span is the 11 digits
                add((text.find("1", start, end), end, "mobile", 0.95))
        elif kind == "landline":
            if (
                not LANDLINE_PUBLIC.search(ctx.clause_before(start))
                and not hours_line(text, start)  # "…；夜间及节假日：…": the same unit's
                and not OFFICE_AFTER.match(text, end)
                and (
                    not office_phone(text, start)
                    or persons_phone(text, start)
                    or person_landline(text, start)
                    or home_marked(text, start, end)  # 家庭电话：, （住宅）
                    or witness_phone(text, start)  # 证人X（电话…）
                )
                and not code_number(text, start, end)  # 准考证号 0…: a code (codecolumns)
            ):
                if text.startswith(("+86", "0086"), start):  # the country code: no one's
                    start = text.index("86", start) + 2
                    start += text[start] in " -"
                end = landline_end(text, start, end)
                if not _SWITCHBOARD.match(text, end):  # "…转7873": the findings drop it
                    add((start, end, "landline", 0.85))
        elif kind == "lettered":  # G + an ID (全国学籍号): the ID, the letter left out
            if v.is_resident_id(m.group()[1:].upper(), today=ctx.today) and not sample(text, start):
                add((start + 1, end, "id_card", 0.9))
        elif kind == "idsp":
            if v.is_resident_id(_digits(m.group()), today=ctx.today):
                add((start, end, "id_card", 0.97))
        elif kind == "cardsp":
            if v.is_bank_card(_digits(m.group())) and not not_a_card(text, start):
                add((start, end, "bank_card", 0.95))
        elif kind == "doc":
            first = m.group()[0]
            doc_type = "passport" if first in "EG" else "permit"
            if end - start == 15:
                if not is_nationality(m.group()[:3]):
                    continue  # three letters that name no country: another number's prefix
                doc_type = "residence"  # 外国人永久居留身份证 (2004): nationality + 12 digits
            conf = 0.9 if DOC_CONTEXT.search(text, start - 16 if start > 16 else 0, start) else 0.6
            if (
                (conf > 0.6 or "卡" not in ctx.clause_before(start))
                and not sample(text, start)
                # 冀E12345678: a province's certificate (an operator's), never a passport
                and not province_prefixed(text, start)  # (provincecodes: 滇CB8720361 too)
            ):
                add((start, end, doc_type, conf))
        elif kind in ("addr", "room"):
            got = expand_address(ctx, start, end, weak=kind == "room")
            if got:
                add(got)
        elif kind == "house":
            start = dashed_start(text, start)  # "上厝15-2号": from the main number (dashedhouses)
            got = house(ctx, start, end, text[start:end])
            if got is None and text[start - 1 : start] == "组":
                got = group_house(text, start, end)  # 住石仓3组12号 (grouphouses)
            if got is None and own_home_near(text, start):
                got = expand_address(ctx, start, end)  # "在其住所（…号）" (ownhomes)
                home = own_home(text, got[0], start) if got and got[0] < start else -1
                got = (home, end, "address", 0.8) if home >= 0 else None
            if got and unit_premises(text, got[0]):
                got = None  # "该机构在…66号三楼": the institution's premises (unitsubjects)
            if got:
                add(got)

    prefix_cues, suffix_cues, doc_labels = _PREFIX_CUES, _SUFFIX_CUES, _DOC_LABELS
    for m in WORDS.finditer(text):
        start, end = m.span()
        word = m.group()
        first = word[0]
        if first in PROVINCE_CHARS and word[1:2].isascii():
            tail = PLATE_TAIL.match(text, end)
            if tail and sum(c.isdigit() for c in tail.group()) >= 3:
                add((start, tail.end(), "plate", 0.85))
        elif word in LABEL_SET:
            got = name_from_label(text, end)
            if got and (ORG_VALUE.match(text, got[0]) or organ_value(text, got[0])):
                got = None  # "权利人：某村股份经济合作社", "联系人：某监察大队": no person
            if got and word in CONTACT_LABELS and unit_contact(text, got[1]):
                got = None  # a unit's contact acting in office (签发人, 联系人 with its phone)
            if got and word == "负责人" and organ_head(text, start, got[1]):
                got = None  # a public body's head in its directory section (context)
            if got and "\n" in text[end : got[0]] and header_block_end(text, start):
                got = None  # the last header cell of a table one cell a line (``stacked``)
            if got and got[0] - end >= 2 and heads_table(text, start, got[0]):
                got = None  # "姓名    原职级    住址 …" over rows: a header's cells (spacedfields)
            if got:
                add(got)
        elif word in prefix_cues:
            # 居民楼, 村民组, 村民小组: the cue opens a place's word, no person follows
            got = (
                None
                if text[end : end + 1] in _PLACE_AFTER_CUE
                else name_from_label(text, end, cue=True)
            )
            if got:
                add(got)
        elif word in suffix_cues:
            if word in RELATIVE_PAIRS:
                got = name_before_pair(text, start)
            elif word[-1] == "，":  # "陶思远，男，": the name ends before the first comma
                got = name_before(text, start - 1, 0.6) if text[start - 1 : start] == "，" else None
                if got and got[0] > 0 and text[got[0] - 1] in "：:。；;\n":
                    got = (*got[:3], 0.75)  # "经查：韦振华，男，": a person's particulars
            else:
                got = name_before(text, start, 0.8 if word[0] in "（(" else 0.6)
            if got:
                add(got)
        elif word in doc_labels:
            got = _document_after(ctx, word, end)
            if got is None and "居" in word:  # a header cell: new cards under it (docforms)
                out += residence_column(text, start, end)
            elif got or (got := grouped_permit(text, end)):  # 回乡证 H 1234 5678 (docforms)
                add(got)
        elif word[-1] in "）)":
            if start and text[start - 1] in "（(":  # "（此件不予公开）"
                add((start - 1, end, "nondisclosure", 0.99))
        elif word.startswith(SECRECY_WORDS):
            conf = secrecy_confidence(text, start, end, word)
            if conf:
                add((start, end, "secrecy", conf))
        else:
            if word[-1] == "号" and first in NUM_ZH:  # "三号院5栋201室"
                tail = HOUSE_TAIL.match(text, end)
                if tail is None:
                    continue
                end = tail.end()
            got = expand_address(ctx, start, end)
            if got and word[-1] == "组":
                got = None  # a bare village group is a place, a residence's too (README)
            if got:
                add(got)
    return out


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Drop overlaps: the earlier candidate wins, a longer one wins at the same start."""
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), -c[3]))
    out: list[Candidate] = []
    last_end = -1
    for c in cands:
        if c[0] >= last_end:
            out.append(c)
            last_end = c[1]
    return out


def scan_text(
    text: str,
    *,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    allow: Iterable[str] | None = None,
    rules: dict[str, tuple[int, int]] | None = None,
    expressions: bool = True,
) -> list[Finding]:
    """Personal data, markings, organisation codes and wording errors in ``text``, in order.

    ``types`` limits the result to some kinds; ``allow`` replaces the configured
    allow-list of public contacts; ``rules`` overrides the masking rules;
    ``expressions=False`` leaves out the wording check (``check_expressions``).
    """
    if not text:
        return []
    # A scan allocates many short-lived objects and makes no cycles worth collecting
    # meanwhile: the cyclic collector's runs (a full one now and then, over every object
    # of the process) were a sixth of a scan's time. It runs again after the scan.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _scan(text, types, min_confidence, allow, rules, expressions)
    finally:
        if collecting:
            gc.enable()


def _scan(
    text: str,
    types: Iterable[str] | None,
    min_confidence: float,
    allow: Iterable[str] | None,
    rules: dict[str, tuple[int, int]] | None,
    expressions: bool,
) -> list[Finding]:
    """``scan_text``'s work (its arguments as given, ``text`` not empty)."""
    original = text
    if has_fullwidth(text):
        # "１３８１２３４５６７８", "０８３０－３１２５６７８": same length, so offsets hold
        text = halfwidth(text)  # (FULLWIDTH's runs alone: ``patterns``)
    if "\u2022" in text or "\u30fb" in text or "\u2027" in text or "\uff65" in text:
        text = name_dots(text)  # one character for another: offsets hold
    text = bracket_labels(text) if "【" in text else text  # 【救助对象】… as 救助对象：…
    text = equals_labels(text) if "=" in text else text  # 姓名 = 张三 as 姓名：  张三
    text = spaced_phone_labels(text)  # "联 系 电 话：" as "   联系电话：" (spacedlabels)
    text = spaced_fields(text) if "  " in text or "\u3000" in text or "\t" in text else text
    if has_word(text, ',"', 1) or has_word(text, '\t"', 1):
        text = join_quoted_cells(text)  # one line a record: offsets hold
    ctx = _Context(text, allow)
    cands = _candidates(ctx)
    if "@" in text:
        cands += memo(emails, text, emails)  # (kept for spelledmails)
    cands += table_candidates(text)
    cands += local_landlines(text, ctx.local_numbers)  # 7–8 digits under a phone label or column
    cands += listed_locals(text, ctx.local_numbers, cands)  # …among a person's contacts
    extra = extra_candidates(text)  # markings as extraction leaves them; passports
    said = {(s, e): c for s, e, k, c in extra if k == "passport"}  # (surer: ``passports``)
    if said:  # the number pass's less sure candidate on the same span ends as nothing
        cands = [c for c in cands if c[3] >= said.get((c[0], c[1]), 0)]
    cands += extra
    if "：" in text or ":" in text:
        cands += declared_tables(text)
    if any(colon_ends(text)):  # a "：" or ":" ending a line (``wordfind``: once a scan)
        cands += salutation_names(text)
    if "名单" in text:
        cands += listed_names(text)
    if has_word(text, "址\n"):  # (by 址: a miss costs a memchr, not a scan of the text)
        cands += stacked_homes(text)  # "现住址" over one cell a line: a bare street's home
    cands += names_in_prose(text)
    cands += pet_owners(text)  # "经芯片识别为X走失犬只" (petowners)
    cands += persons_in_lists(text)
    cands += noted_runs(text, cands)  # "张三（20900元）、李四（6500元）", "代领人X（孙子）"
    cands += list_names(text)
    cands += names_in_lines(text)  # "：韦老七 覃妹，共2户", "1班欧阳晨；2班李紫嫣"
    cands += relation_names(text)  # "长子X，24岁", "相邻权利人：东 张三", "继承人：配偶X"
    cands += kin_cells(text)  # "张三　妻李秀英　138…": a relative's own cell (kincells)
    cands += block_names(text, cands)
    cands += owned_houses(text, cands)  # "1．张三（被征收房屋：…号）" (propertyitems)
    cands += letter_persons(text, cands)  # "A、B及C", "我是X的女儿", sign-offs
    cands += anchored_cells(text, cands)  # a name-shaped cell on a person's record line
    if "的" in text:
        cands += kin_of_names(text, cands)  # "X的丈夫（姓名不详）": X (kinof)
    cands += accomplices(text, cands)  # "伙同X（另案处理）": X (caseroles)
    if cands:
        cands += address_owners(text, cands) + datum_items(text, cands)  # 张三（…号）; …室 李四、
        cands += names_near(text, cands) + mobile_owners(text, cands)  # 138…（X）
        cands += contact_cells(text, cands)  # "…路112号、138…" as 联系方式 (contactcells)
        # later mentions ("确定X进入体检", "X之妻"); a label's value whole ("姓名：韦思若；")
        cands = whole_values(text, sure_mentions(text, cands))
        cands = [
            (s, whole_name(text, s, e), k, c) if k == "name" and e - s == 2 else (s, e, k, c)
            for s, e, k, c in name_edges(text, cands)  # "X家庭电话": X (nameedges)
        ]
        cands = follow_edges(text, cands) + listed_after(text, cands)  # "谭明|正在" (relprose)
        cands = refine(text, cands)
        cands = staff_mentions(text, cands, drop_signoffs(text, cands))
        cands = office_names(text, cands)  # units, officials in office (officenames)
        cands = settle_contacts(text, cands)  # units' rooms, kin, complainants' 地址 (contactpass)
        # 仲裁员, 书记员, 承办人 … columns (officialcolumns); legal papers, attribute columns,
        # landlines' owners (lastpasses) — a name noted by its kinship, "X（子）", kept (kinnoted)
        cands = kin_kept(text, cands, lambda t, c: last_passes(t, official_cells(t, c)))
        cands = office_agents(text, cands)  # "由A、B直接送达": in office (caseroles)
        cands = unit_lines(text, cands)  # 24小时…电话, （直拨）, a unit's export head (unitlines)
        cands = facility_numbers(text, cands)  # "某村2号台区": a facility's number
        cands = county_names(text, cands)  # 易川 of 易川县 twice: a place (countynames)
    cands = neighbour_homes(text, cands)  # "楼下X家", "扑救X家": a household by its head
    cands = building_sites(text, cands)  # a whole building, an office block (buildingsites)
    cands = unit_particulars(text, cands)  # a firm's fields beside its lawyer (unitparticulars)
    cands = unit_payees(text, cands)  # a row paid to an organisation: its account (unitpayees)
    cands = address_edges(text, cands)  # "…号后面的平房": a landmark; "同小区…" (addressedges)
    cands = code_rows(text, cands)  # a row whose ID cell is a credit code: a body's (coderows)
    cands = cell_code_rows(text, cands)  # the same row one cell a line (cellcoderows)
    cands = post_lines(text, cands)  # （科员，0xxx-…）, 专干：X（0xxx-…）, 客服 (postlines)
    cands = unit_contact_lines(text, cands)  # "公司联系人X，电话0xxx-…" (unitcontactlines)
    cands = post_notes(text, cands)  # "X（药品股股长）": in office (postnotes)
    cands = chief_columns(text, cands)  # a column of 村级河长, 镇级河长: in office (chiefcolumns)
    cands = thing_columns(text, cands)  # 负责河段, 树种: a river, a tree (thingcolumns)
    cands = school_posts(text, cands)  # "X（副校长兼食堂管理员）": in office (schoolposts)
    cands = unit_party_rows(text, cands)  # a row whose party is a body (partyunits)
    forget()  # the whole-text answers the passes shared: colons, lines … (pertext)
    cands = _resolve(cands)
    wanted = set(types) if types is not None else None
    rules = rules if rules is not None else configured_rules()
    findings = []
    mail_domains = None
    allow_kinds = _ALLOW_KINDS
    for start, end, kind, conf in cands:
        if wanted is not None and kind not in wanted:
            continue
        if conf < min_confidence:
            continue
        value = original[start:end]
        if kind == "name":
            if (
                "某" in value[1:]
                or value[:2] == "本人"
                or value in NON_NAME
                or officer_in_office(text, start, end)
            ):
                continue  # 王某 masked; 本人领取; a kin word (母亲: listwords); an officer
        elif kind == "landline" and (
            _SWITCHBOARD.match(text, end) or _EXTENSION_LABEL.search(text, start - 8, start)
        ):
            continue
        if kind in allow_kinds:
            if mail_domains is None:
                mail_domains = allow_mod.public_mail_domains()
            if allow_mod.is_allowed(kind, value, ctx.allow, mail_domains):
                continue
        # the translated text holds no full-width characters: mask_value without its check
        masked = text[start:end]
        if kind not in UNMASKED_TYPES:
            masked = mask_plain(kind, masked, rules)
        findings.append(
            make_finding(kind, start, end, value, masked, conf, CATEGORIES.get(kind, "personal"))
        )
    if expressions and (wanted is None or not wanted.isdisjoint(EXPRESSION_TYPES)):
        extra = [
            f
            for f in check_expressions(original)
            if (wanted is None or f.type in wanted) and f.confidence >= min_confidence
        ]
        if extra:
            findings = sorted(findings + extra, key=_START_END)  # (a C key, no call each)
    return findings


def _id_named(text: str, start: int) -> bool:
    """Whether the line before a sample names an ID (身份证号码（如…）: kept as one)."""
    lo = text.rfind("\n", start - 40 if start > 40 else 0, start) + 1
    return "身份" in text[lo:start]


def mask_text(
    text: str,
    findings: list[Finding] | None = None,
    *,
    rules: dict[str, tuple[int, int]] | None = None,
    types: Iterable[str] | None = None,
    keep: Callable[[Finding], bool] | None = None,
) -> str:
    """``text`` with every finding (or the given ones) replaced by its masked form.

    ``keep(finding) -> True`` leaves a finding as it is (an accepted exception).
    """
    if findings is None:
        findings = scan_text(text, types=types, rules=rules)
    elif types is not None:
        wanted = set(types)
        findings = [f for f in findings if f.type in wanted]
    out = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos or f.category != "personal" or (keep and keep(f)):
            continue
        if text[f.start : f.end] != f.text:
            continue  # a stale finding for another version of the text
        out.append(text[pos : f.start])
        out.append(mask_value(f.type, f.text, rules) if rules is not None else f.masked)
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
