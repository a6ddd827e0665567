"""Responsible units as plans write them → lead and co-operating unit names.

Handles a unit cell ("区扶贫办牵头,各街道(镇)配合", one name per line, two names run
together "区住建局区房管局"), the attribution at the end of a prose point
("（责任部门：区委宣传部牵头，各街道办事处、区直各部门配合落实）", "[相关处室负责]",
"牵头单位：…；责任单位：…") and an opening clause "市营商局牵头,具有…的部门配合…".
Names are returned as written (role words such as 牵头/配合/负责 removed).
"""

from __future__ import annotations

import re

UNIT_SUFFIX = (
    r"(?:局|办|委|室|部|院|所|中心|分局|政府|街道|镇|乡|办事处|委员会|公司|队|站|馆|处|科|股|厅|署"
    r"|大队|支队|管委会|法院|检察院|人武部|团委|妇联|工会|部门|单位|机构|县|区|市)"
)
# A name may end in a bracketed qualifier: 各街道(镇) / 区政府有关部门(单位) / 各乡(镇)人民政府
_BRACKET = r"(?:[（(][^（()）]{1,6}[)）])"
UNIT_RE = re.compile(rf"^[^，。；：:,;]{{1,30}}?{UNIT_SUFFIX}{_BRACKET}?(?:等)?$")

LABELS = r"(?:牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|参与单位|协办单位|主办单位|责任主体|牵头|主办|协办|责任)"
_LEAD_WORDS = ("牵头负责", "牵头落实", "牵头")
_PARTNER_WORDS = ("配合落实", "配合", "参与", "协助", "协同")
_RESP_WORDS = (
    "按照职责分工负责",
    "按职责分工负责",
    "分别负责",
    "负责落实",
    "共同负责",
    "负责",
    "落实",
    "实施",
)

ROLE_HINT = re.compile(r"牵头|配合|负责|落实|主办|协办|责任单位|责任部门")


def _strip_role(clause: str) -> tuple[str, str]:
    """'区扶贫办牵头' → ('区扶贫办', 'lead'); role '' when none is written."""
    clause = clause.strip(" ：:")
    label = re.match(rf"^{LABELS}[：:]", clause)
    role = ""
    if label:
        word = label.group(0)
        role = (
            "lead"
            if ("牵头" in word or "主办" in word)
            else ("partner" if any(w in word for w in ("配合", "参与", "协办")) else "resp")
        )
        clause = clause[label.end() :]
    for words, name in ((_LEAD_WORDS, "lead"), (_PARTNER_WORDS, "partner"), (_RESP_WORDS, "resp")):
        for w in words:
            if clause.endswith(w):
                return clause[: -len(w)].strip(" ，,"), name if name != "resp" or not role else role
    return clause, role


def split_names(text: str) -> list[str]:
    """'区交通运输局、区住建局\\n区安监局' → three names; '区住建局区房管局' → two."""
    names: list[str] = []
    for part in re.split(r"[、，,；;\n/／\s]+", text or ""):
        part = part.strip(" ：:。.")
        if not part or part in ("等",):
            continue
        # two names run together: split before 区/市/县 that follows a unit suffix
        pieces = re.split(
            r"(?<=[局办委室部院所])(?=[区市县][^区市县]{1,}?(?:局|办|委|室|部|院|所|中心))", part
        )
        names.extend(p for p in pieces if p)
    return names


def split_units(text: str) -> tuple[list[str], list[str]]:
    """A unit cell or attribution → (lead names, partner names).

    Clauses marked 牵头 are leads and 配合/协办 partners; a clause marked only 负责/落实 or
    not marked at all is a partner when some other clause leads, else a lead.
    """
    text = (text or "").strip()
    if text[:1] in "（([【〔" and text[-1:] in "）)]】〕":
        text = text[1:-1].strip()
    text = re.sub(r"^(?:各项工作)?由", "", text)
    text = re.sub(
        r"各\s*\n\s*各", "各", text
    )  # a name broken over two lines: "…，各" + "各街道(镇)"
    clauses = [c for c in re.split(r"[；;，,\n]+|(?<=[头合责实])\s+", text) if c.strip()]
    labelled: list[tuple[list[str], str]] = []
    for clause in clauses:
        name_text, role = _strip_role(clause)
        names = split_names(name_text)
        if names:
            labelled.append((names, role))
    has_lead = any(role == "lead" for _, role in labelled)
    leads: list[str] = []
    partners: list[str] = []
    for names, role in labelled:
        target = leads if role == "lead" or (role in ("", "resp") and not has_lead) else partners
        for name in names:
            if name not in leads and name not in partners:
                target.append(name)
    return leads, partners


_VERB_START = re.compile(
    r"^(?:加强|推进|围绕|聚焦|做好|建立|完善|深化|提升|强化|优化|用好|启动|严格|落实|开展|积极|全面|持续"
    r"|扎实|依法|及时|公开|推动|规范|创新|健全|构建|打造|发挥|抓好|注重|坚持|进一步)"
)


def is_unit_line(line: str) -> bool:
    """A short line that is a unit name or a unit assignment (flattened tables)."""
    line = line.strip()
    if not line or len(line) > 45 or re.search(r"[。；;：:]", line) or _VERB_START.match(line):
        return False
    if re.search(r"牵头|配合", line) and len(line) <= 45:
        return True
    if re.search(r"[，,]", line):
        return False
    return all(UNIT_RE.match(name) for name in split_names(line)) and bool(split_names(line))


_ATTR_END = re.compile(
    r"[（(\[【〔]\s*((?:[^（()）\[\]【】〔〕]|[（(][^（()）]{1,6}[)）])*?)[)）\]】〕]\s*[。.；;]?\s*$"
)


def looks_like_units(text: str) -> bool:
    """Every clause is a list of unit names (role words allowed)."""
    for clause in re.split(r"[；;，,\n]+", text):
        names = split_names(_strip_role(clause)[0])
        if clause.strip() and not (names and all(UNIT_RE.match(n) for n in names)):
            return False
    return True


def attribution(text: str) -> tuple[str, str] | None:
    """Split '…要求。（市发展改革委、市财政局负责）' → (requirement, units text).

    Also takes an attribution whose opening bracket was lost ("…。政府办公室牵头;…负责)")
    and "牵头单位：…；责任单位：…" written at the end without brackets.
    """
    text = text.rstrip()
    m = _ATTR_END.search(text)
    if m and (
        ROLE_HINT.search(m.group(1))
        or all(UNIT_RE.match(n) for n in split_names(m.group(1)) or ["x"])
    ):
        inner = m.group(1)
        if ROLE_HINT.search(inner) or len(inner) <= 40:
            return text[: m.start()].rstrip(), inner
    if text.endswith((")", "）")) and text.count("(") + text.count("（") < text.count(
        ")"
    ) + text.count("）"):
        head, sep, tail = text[:-1].rpartition("。")
        if sep and ROLE_HINT.search(tail) and len(tail) <= 80 and looks_like_units(tail):
            return head + sep, tail
        # no full stop before the units: take the trailing clauses that are unit names
        clauses = re.split(r"(?<=[，,；;])", text[:-1])
        taken: list[str] = []
        while clauses and UNIT_RE.match(_strip_role(clauses[-1].strip("，,；; "))[0] or "x"):
            taken.insert(0, clauses.pop())
        if taken and ROLE_HINT.search("".join(taken)):
            return "".join(clauses).rstrip("，,；; "), "".join(taken)
    m = re.search(rf"(?:^|[。；;])\s*({LABELS}[：:][^。]*?)[。]?$", text)
    if m and len(m.group(1)) <= 120:
        return text[: m.start(1)].rstrip(), m.group(1)
    return None


_OPENING = re.compile(
    r"(?:^|[。；;])\s*([^，,。；;：:]{2,30}?)牵头[，,]\s*(?:([^，,。；;]{2,24}?)配合)?"
)


def opening_units(text: str) -> tuple[list[str], list[str]] | None:
    """'…。市营商局牵头,具有政务服务职责的部门配合编制…' → (['市营商局'], ['具有政务服务职责的部门'])."""
    m = _OPENING.search(text)
    if not m:
        return None
    leads = split_names(m.group(1))
    if not leads or not all(UNIT_RE.match(n) for n in leads):
        return None
    partners = split_names(m.group(2)) if m.group(2) else []
    return leads, partners
