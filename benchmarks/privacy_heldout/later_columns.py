"""What an inverted rule for a row's later person columns would drop (issue 16, privfix16cf).

The rule measured (not wired into the scanner): in a row or a record that already names a
private person first, a name in a *later* column or field is kept only if its header or key
is a generic person header (姓名, 名字, xm, name), a private relation of a closed list
(kin, agents, contacts, a few private roles: by word and by head), a party's role (申请人,
被申请人, 承租人 …) or a key ``keymeaning`` already reads as a person's; any other header
is taken as someone acting for the unit, and the name dropped.

The script scans docs1 … docs161 (or ``--only``), reads for every name found the row or
record it stands in, and lists the names the rule would drop, split into **marked persons**
(recall lost) and **wrong names** (precision gained), counted by header.

    python benchmarks/privacy_heldout/later_columns.py [--only docs159,docs160] [--list]
        [--round 1|2] [--any-column] [--no-same]

``--round 1`` (the default) is the closed list as the brief gave it, with the party roles
written before any run and the Chinese roles ``keymeaning`` already knows; ``--round 2`` adds
the gaps read from the marked persons round 1 dropped (``ROUND2_*``; never a staff header).
The rule's scope is a *person's column* (its header's head is a person's word: …人, …员,
姓名 …); ``--any-column`` applies it to every later column, as literally worded (names in a
remark's or an address's cell too). A later name that repeats a name earlier in its row,
or carries a note naming a relation (“X（出租人之子）”), is the row's person's and kept
(``--no-same`` to measure without). The figures are in ``gongkai/privacy/README.md``,
"A row's later person columns by a closed list of private relations".

Layouts read: a delimited or space-aligned table row (the header from
``columnheads.header_over``, the row = its line), an HTML table row (``<tr>``: the header
row is the table's first row), a line of key–value labels (a record = the lines down to
a blank line), and an export's group (``exportfields.group_of``: the group's fields in
order). A name is *later* when an earlier cell or field of its row or record holds a found
name whose header the rule keeps (the row's private person).
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

# --- the closed list of private relations ------------------------------------------------
# kin (by word; a kin word may open a compound: 父亲姓名, 配偶情况)
KIN = (
    "父亲 母亲 父母 配偶 妻子 丈夫 爱人 老伴 子女 儿子 女儿 儿媳 女婿 孙子 孙女 外孙 外孙女 "
    "祖父 祖母 外祖父 外祖母 爷爷 奶奶 外公 外婆 公公 婆婆 岳父 岳母 兄弟 姐妹 兄弟姐妹 哥哥 "
    "弟弟 姐姐 妹妹 兄长 养父 养母 继父 继母 夫妻 男方 女方 家属 亲属 家庭成员 家人 亲人 "
    "成员 户主 本人 家长 监护人 子女姓名 抚养人 扶养人 赡养人 被赡养人 被抚养人 同住人 "
    "共同居住人 共同申请人 共有人 共同生活人员 联系人 紧急联系人 备用联系人"
).split()
# kin by its last character (a relation written with a qualifier: 长子, 次女, 其父, 前妻)
KIN_LAST = frozenset("父母妻夫子女儿孙兄弟姐妹婿媳")
# agents and contacts and a few private roles, by word
AGENTS = (
    "监护人 法定代理人 委托代理人 代理人 代领人 代办人 代收人 代签人 受托人 委托人 被委托人 "
    "见证人 证明人 担保人 保证人 陪同人 受益人 继承人 照护人 照料人 看护人 护理人"
).split()
# the head of an agent's act + 人 (代…人, 委托…人, 受…托人, 监护…人)
AGENT_HEAD = re.compile(
    r"(?:代|托|监护|担保|保证|陪同|见证|证明|照护|照料|看护|抚养|扶养|赡养)\w{0,2}人$"
)
# a party's role (a second private party, not staff): collected from the labels
PARTY = re.compile(
    r"被.{1,4}人$|申请人$|当事人|投诉人$|举报人$|信访人$|来访人$|来电人$|求助人$|反映人$|"
    r"承租人$|出租人$|转让人$|受让人$|买受人$|出卖人$|借款人$|出借人$|债务人$|债权人$|"
    r"权利人$|义务人$|所有人$|持有人$|持证人$|业主$|房主$|车主$|户名$|原告|被告|第三人|"
    r"患者$|病人$|学生$|幼儿$|儿童$|老人$|对象$|居民$|村民$|死者$|受害人$|伤者$|驾驶人$|"
    r"驾驶员$|乘车人$|收款人$|领款人$|收件人$|寄件人$|缴款人$|付款人$|承包人$|发包人$"
)
# round 2, from the marked persons round 1 dropped only: gaps of the closed list (a relation
# written as …关系人, family moving with the person, a witness as 证人) and parties' roles read
# from the labels (who receives what is handed out, who took part in an incident, a business's
# keeper, the subject a register is about: 学员 as the scanner's 学生)
ROUND2_RELATION = re.compile(r"关系人$|随迁|随行|证人$|同行人$|同案|代表$")
ROUND2_PARTY = re.compile(
    r"(?:签收|领取|领证|领款|开户|持卡|报告|报警|施暴|肇事|受伤害?|在场|参与|涉及|经营|举办)(?:人|者|方|人员|职工)?$|"
    r"房东$|逝者$|残疾人$|台胞$|参保人$|学员$|^被|[申冒]领\w{0,2}人$"
)
ROUND = [1]
SAME = [True]  # --no-same: without the row's-person-again and kin-note readings
_KIN_NOTE = re.compile(
    r"[（(][^（()）]{0,8}(?:之|的)?(?:父|母|妻|夫|子|女|儿|孙|兄|弟|姐|妹|婿|媳|亲属|家属|代|监护)"
)
GENERIC = ("姓名", "名字", "名称", "xm", "xingming", "name", "fullname", "realname")
_BRACKET = re.compile(r"[（(][^（()）]*[）)]")
_STRIP = " \u3000\t\"'*:：#"


_SIGNED = re.compile(r"(?:签字|签名|签章|盖章|手印|确认)$")
# a column of persons: its header's head is a person's word (…人, …员, …者, 姓名 …)
PERSON_HEAD = re.compile(
    r"(?:人|员|者|姓名|名字|师|生|长|主任|书记|干部|医生|警|官|工|户|主|属|友|方|手|代表|"
    r"父|母|妻|夫|子|女|儿|孙|兄|弟|姐|妹|婿|媳|偶|东)$"
)


def normal(header: str) -> str:
    h = _BRACKET.sub("", header).strip(_STRIP)
    h = _SIGNED.sub("", h).strip(_STRIP)
    return h


def person_column(header: str | None) -> bool:
    """Whether ``header`` heads a column or a field of persons (the rule's scope)."""
    from gongkai.privacy.keymeaning import meaning

    if header is None:
        return False
    h = normal(header)
    if not h:
        return False
    if h.isascii():
        holder, datum, _role = meaning(re.sub(r"\d", "", h))
        return datum == "name" or holder in ("person", "contact", "staff")
    return any(PERSON_HEAD.search(part) for part in h.split("/") if part)


def role_of(header: str) -> str:
    """The header without its generic name's word: 父亲姓名 → 父亲, 姓名 → ''."""
    h = normal(header)
    low = h.lower()
    for g in GENERIC:
        if low.endswith(g) and (g.isascii() or True):
            return h[: len(h) - len(g)].rstrip("_-. 的")
    return h


@cache
def _known_roles() -> frozenset[str]:
    """The Chinese roles the scanner already reads as a person's (``keymeaning``'s roles)."""
    from gongkai.privacy import keymeaning

    return frozenset(keymeaning._PERSON.values())


def kept(header: str | None) -> tuple[bool, str]:
    """Whether the rule keeps a later name under ``header``, and why."""
    from gongkai.privacy.keymeaning import meaning, name_header

    if header is None:
        return True, "no header"
    h = normal(header)
    if not h:
        return True, "no header"
    if "/" in h:  # 出租人/单位, 法定代表人/经营者: kept when one of its parts is
        return max((kept(part) for part in h.split("/") if part), default=(False, "other"))
    if h.isascii():
        h = re.sub(r"\d", "", h)  # jhr1xm: 监护人1姓名
        holder, _datum, _role = meaning(h)
        if holder in ("person", "contact") or name_header(h) == "姓名":
            return True, "known key"
        if role_of(h) == "":
            return True, "generic"
        return False, "ascii"
    r = role_of(h)
    if r == "":
        return True, "generic"
    if any(r.endswith(w) for w in _known_roles()):
        return True, "known role"
    if any(r == w or r.startswith(w) or r.endswith(w) for w in KIN) or r[-1] in KIN_LAST:
        return True, "kin"
    if any(w in r for w in AGENTS) or AGENT_HEAD.search(r):
        return True, "agent"
    if PARTY.search(r):
        return True, "party"
    if ROUND[0] >= 2 and ROUND2_RELATION.search(r):
        return True, "relation (round 2)"
    if ROUND[0] >= 2 and ROUND2_PARTY.search(r):
        return True, "party (round 2)"
    return False, "other"


# --- where a name stands -------------------------------------------------------------------
_KV = re.compile(r"([\u4e00-\u9fffA-Za-z（）()]{1,14})[ \u3000]*[：:][ \u3000]*$")
_ANY = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_TR = re.compile(r"<tr[\s>]", re.I)
_CELL = re.compile(r"<t([dh])[^>]*>(.*?)</t[dh]>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")


def _html_place(text: str, s: int) -> tuple[str, int, int] | None:
    """(header, row start, cell index) of a name in an HTML table's cell."""
    lo = text.rfind("<tr", 0, s)
    if lo < 0 or text.rfind("</tr>", lo, s) >= 0:
        return None
    hi = text.find("</tr>", s)
    if hi < 0:
        return None
    cells = [(m.start(), m.end()) for m in _CELL.finditer(text, lo, hi + 5)]
    idx = next((k for k, (a, b) in enumerate(cells) if a <= s < b), None)
    if idx is None:
        return None
    table = text.rfind("<table", 0, s)
    first = text.find("<tr", table if table >= 0 else 0)
    if first < 0 or first == lo:
        return None
    fhi = text.find("</tr>", first)
    head = [_TAGS.sub("", m.group(2)).strip() for m in _CELL.finditer(text, first, fhi + 5)]
    if idx >= len(head):
        return None
    return head[idx], lo, idx


def _kv_place(text: str, s: int) -> tuple[str, int] | None:
    """(key, record start) of a name right after a key–value label on its line."""
    ls = text.rfind("\n", 0, s) + 1
    m = _KV.search(text, ls, s)
    if not m:
        return None
    # the record: back to a blank line, at most 15 lines
    rs = ls
    for _ in range(15):
        if rs <= 0:
            break
        prev = text.rfind("\n", 0, rs - 1) + 1
        if not text[prev : rs - 1].strip():
            break
        rs = prev
    return m.group(1), rs


def places(text: str, names: list[tuple[int, int]], html: bool):
    """For every name: (kind, record id, order, header)."""
    from gongkai.privacy.columnheads import header_over
    from gongkai.privacy.exportfields import group_of

    out = {}
    memo: dict = {}
    for s, e in names:
        g = group_of(text, s, e, memo)
        if g is not None:
            f = g.fields[g.index]
            lo = g.fields[0].start if g.fields else s
            out[(s, e)] = ("export", ("x", lo), g.index, f.key)
            continue
        if html:
            p = _html_place(text, s)
            if p:
                out[(s, e)] = ("html", ("h", p[1]), p[2], p[0])
                continue
        ls = text.rfind("\n", 0, s) + 1
        kv = _kv_place(text, s)
        if kv and not html:
            out[(s, e)] = ("kv", ("k", kv[1]), s, kv[0])
            continue
        line = text[ls : text.find("\n", s) if text.find("\n", s) >= 0 else len(text)]
        if ("\t" in line or "|" in line or "," in line or "  " in line.strip()) and not html:
            h = header_over(text, s, e, _ANY)
            if h is not None:
                out[(s, e)] = ("row", ("r", ls), s, h)
    return out


def scanned(chosen: list[str], kind: str):
    """Each held-out document of ``chosen`` scanned: (folder, doc, html, found spans of ``kind``,
    marked spans of ``kind``)."""
    from evaluate import load

    from gongkai.privacy import scan_html, scan_text

    for folder in chosen:
        for doc in load(HERE / folder):
            html = doc.name.endswith(".html")
            scan = scan_html if html else scan_text
            found = [(f.start, f.end) for f in scan(doc.text, allow=[]) if f.type == kind]
            marked = {(s, e) for s, e, k in doc.labels if k == kind}
            yield folder, doc, html, found, marked


def run(chosen: list[str], listing: bool, scoped: bool) -> None:
    from evaluate import folders

    if not chosen:
        chosen = [f for f in folders() if int(f[4:] or 1) <= 161]
    drops: list[tuple[str, str, str, str, str]] = []  # (marked|wrong, header, why, doc, name)
    totals = Counter()
    fates: Counter = Counter()  # what the rule does with each wrong name
    kept_wrong: Counter = Counter()
    for folder, doc, html, found, marked in scanned(chosen, "name"):
        totals["found"] += len(found)
        totals["marked found"] += sum(1 for x in found if x in marked)
        totals["marked"] += len(marked)
        where = places(doc.text, found, html)
        fate = {x: "not read by the script's layouts" for x in found if x not in marked}
        records: dict = {}
        for span, (kind, rec, order, header) in where.items():
            totals["place " + kind] += 1
            records.setdefault(rec, []).append((order, span, header))
        for items in records.values():
            items.sort()
            for _o, span, _h in items:
                fate[span] = "first person of its row or record"
            first = 0  # the row's first person: a private one, or the rule does not apply
            if not kept(items[0][2])[0]:
                for _o, span, _h in items[1:]:
                    fate[span] = "in a record whose first person is not private"
                continue
            first_order = items[first][0]
            for order, span, header in items[first + 1 :]:
                if order == first_order:
                    continue  # the same cell or field (two names in one cell)
                ok, why = kept(header)
                totals["later " + ("kept" if ok else "dropped")] += 1
                if ok:
                    fate[span] = f"later, kept ({why}: {normal(header)})"
                    continue
                if scoped and not person_column(header):
                    totals["later no person's column"] += 1
                    fate[span] = "later, under no person's column"
                    continue
                if SAME[0]:
                    # the row's person named again (a signer who is the tenant), or a name
                    # noted as a relation ("X（出租人之子）"): theirs, whatever the header
                    name = doc.text[span[0] : span[1]]
                    before = {doc.text[a:b] for _o, (a, b), _h in items if a < span[0]}
                    note = doc.text[span[1] : span[1] + 12]
                    if name in before or _KIN_NOTE.match(note):
                        totals["later, the row's person again or a kin note"] += 1
                        fate[span] = "later, the row's person again or a kin note"
                        continue
                fate[span] = "dropped"
                which = "marked" if span in marked else "wrong"
                name = doc.text[span[0] : span[1]]
                drops.append((which, normal(header), why, f"{folder}/{doc.name}", name))
        for span, f in fate.items():
            if span not in marked:
                fates[f.split(" (")[0]] += 1
                if f.startswith("later, kept"):
                    kept_wrong[f.split(" (", 1)[1].rstrip(")")] += 1
    n_marked = sum(1 for d in drops if d[0] == "marked")
    n_wrong = len(drops) - n_marked
    tp, fn = totals["marked found"], totals["marked"] - totals["marked found"]
    fp = totals["found"] - tp
    print(
        f"folders: {chosen[0]} … {chosen[-1]} ({len(chosen)}); round {ROUND[0]}; "
        f"scoped {scoped}; same {SAME[0]}"
    )
    print(f"names found {totals['found']}, marked {totals['marked']}, right {tp}, wrong {fp}")
    print(f"before: P {tp / (tp + fp):.4f} R {tp / (tp + fn):.4f}")
    print(
        "read:",
        ", ".join(f"{k} {v}" for k, v in sorted(totals.items()) if " " in k and k[0] in "pl"),
    )
    print(f"the rule would drop {len(drops)}: marked persons {n_marked}, wrong names {n_wrong}")
    tp2, fp2 = tp - n_marked, fp - n_wrong
    print(f"after (estimate): P {tp2 / (tp2 + fp2):.4f} R {tp2 / (tp2 + fn + n_marked):.4f}")
    print(f"\nthe {fp} wrong names, by what the rule does with them:")
    for f, c in fates.most_common():
        print(f"  {c:4d}  {f}")
    print("  wrong names kept in a later column, by why and header:")
    for h, c in kept_wrong.most_common():
        print(f"    {c:4d}  {h}")
    for which in ("marked", "wrong"):
        by = Counter(d[1] for d in drops if d[0] == which)
        print(f"\n{which} dropped, by header ({sum(by.values())}):")
        for h, c in by.most_common():
            print(f"  {c:4d}  {h}")
    if listing:
        print()
        for d in sorted(drops):
            print("  ", *d)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    sys.path.insert(0, str(HERE))
    import django

    django.setup()
    chosen = []
    if "--only" in sys.argv[:-1]:
        chosen = sys.argv[sys.argv.index("--only") + 1].split(",")
    if "--round" in sys.argv[:-1]:
        ROUND[0] = int(sys.argv[sys.argv.index("--round") + 1])
    SAME[0] = "--no-same" not in sys.argv
    run(chosen, "--list" in sys.argv, "--any-column" not in sys.argv)


if __name__ == "__main__":
    main()
