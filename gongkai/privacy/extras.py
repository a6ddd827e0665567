"""Candidates of the passes that need nothing found by the others (issue 16).

One hook in ``scanner`` for them: markings in the forms text extraction leaves
(``markings``) and passports of every shape by their label or column (``passports``), Taiwan
permits where a key or a sentence stands between the document's name and its number
(``taiwanpermits``), names noted with an age in brackets (``agednames``), the holders
before and after a change of an organisation's representative (``changednames``), display
names before private mailboxes in mail headers (``mailnames``), numbered names heading
records of one field a line (``headedrecords``), relatives in brackets after their kinship
word (``kinbrackets``), a party's lawyer before the title (``lawyers``), a contract's parties after their
side (``contractparties``), the one addressee a notice greets (``salutednames``), the persons
in a table's before and after columns of a change of post (``changedcells``), an owner
named after a copula (``cuecopula``: 犬主为X，), a person before 和他儿子 (``kinpartners``), a
suspect named by hearsay (``hearsaynames``: 听说是X家在弄), hired workers after their job
(``workercues``: 督导员X, 管护员X), and the holder's ID heading a disability card's number
(``disabilitycards``: 残疾人证号 43132219550825828X11).
"""

from __future__ import annotations

from .agednames import aged_names
from .changedcells import changed_cells
from .changednames import changed_persons
from .contractparties import contract_parties
from .cuecopula import copula_names
from .delegates import delegates
from .disabilitycards import disability_cards
from .dottededges import dotted_names
from .headedrecords import headed_records
from .hearsaynames import hearsay_names
from .itemopeners import item_openers
from .kinbrackets import kin_bracket_names
from .kinpartners import partner_names
from .lawyers import lawyers_before_title
from .mailnames import mail_names
from .markings import markings
from .namedas import named_as
from .passports import passports
from .prose import delegate_cue_ends
from .salutednames import saluted_names
from .taiwanpermits import taiwan_permits
from .workercues import worker_names


def extra_candidates(text: str) -> list[tuple[int, int, str, float]]:
    out = markings(text) + passports(text) + taiwan_permits(text) + headed_records(text)
    out += kin_bracket_names(text) + changed_persons(text) + lawyers_before_title(text)
    out += disability_cards(text)  # 残疾人证号: the ID before category and grade
    out += contract_parties(text)  # "甲方：张三", "乙方（承包方）：李四" (contractparties)
    out += changed_cells(text)  # 变更事项 质量负责人 | 变更前 甲 | 变更后 乙 (changedcells)
    out += copula_names(text)  # "该户犬主为X，", "店主是X。" (cuecopula)
    out += partner_names(text)  # "X和他儿子Y", "X与其妻子Y" (kinpartners)
    out += hearsay_names(text)  # "听说是X家在弄", "据说是X干的" (hearsaynames)
    out += worker_names(text)  # "小区督导员X态度恶劣", "管护员X收了" (workercues)
    out += saluted_names(text)  # "尊敬的张三户主：" in a text message (salutednames)
    out += named_as(text) + item_openers(
        text
    )  # 1. X　…; "生母名X", "走失时名叫X", "曾用名X" (namedas)
    out += delegates(
        text, delegate_cue_ends(text)
    )  # "委托庞敏代签", "由楼长栗惠芳收齐" (delegates)
    out += dotted_names(text) if "·" in text else []  # 买买提·吐尔逊 (dottededges)
    if "@" in text and "<" in text:
        out += mail_names(text)  # "To: 张三 <a@163.com>; 李四 <b@qq.com>" (mailnames)
    return out + aged_names(text) if "岁" in text else out
