"""Whose landline, by a closed list of a person's own phone headers: measured (issue 16, privfix16ch).

The rule measured (not wired into the scanner): a landline found in a table row, an export's
field or a key–value line is kept only if its header or key is a private person's own phone
header — a generic or home word (电话, 联系电话, 固话, 座机, 固定电话, 家庭电话, 住宅电话, 宅电,
联系方式 …; tel, phone, lxdh, jtdh, gddh, zzdh …) or one qualified by a kin or agent relation
(监护人电话, 家属电话, 紧急联系人电话, 代理人电话: the closed list of ``later_columns``). A header
that qualifies the phone with anything else (a unit, a post, a desk: 服务站电话, 委员电话,
经办人电话, 值班电话, 办公电话, dwdh, jbrdh) is taken as the unit's and the landline dropped.

The script scans docs1 … docs164 (or ``--only``), reads each found landline's header (the
layouts of ``later_columns.places``: delimited and aligned rows, HTML rows, key–value lines,
export groups) and counts, by header, the landlines the rule keeps and drops, split into
**marked landlines** (recall lost when dropped) and **near misses / wrong landlines**
(precision gained when dropped).

    python benchmarks/privacy_heldout/phone_headers.py [--only docs159,docs160] [--round 1|2]
        [--list] [--kept] [--any-header]

The rule's scope is a header that names a phone (电话, 座机, 号码, tel, dh …); ``--any-header``
applies it to every header read (a number in a cell headed 备注 or 序号 too).
``--round 1`` (the default) is the closed list as the brief gave it; ``--round 2`` adds the
gaps read from the marked landlines round 1 dropped only (``ROUND2_*``; never a unit's or a
post's header). The figures are in ``gongkai/privacy/README.md``, "Whose landline by a closed
list of a person's own phone headers".
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from later_columns import (  # noqa: E402
    AGENT_HEAD,
    AGENTS,
    KIN,
    KIN_LAST,
    PARTY,
    ROUND2_PARTY,
    ROUND2_RELATION,
    normal,
    places,
    scanned,
)

# the phone's own word, at the header's end (the qualifier is what stands before it)
PHONE = re.compile(
    r"(?:(?:联系|电话|手机|移动|固定|座机|固话|家庭|住宅|宅)?(?:电话|固话|座机|号码|方式|宅电|"
    r"手机|话机|号)[/、或及和]?)+$"
)
# a person's own landline: generic or home qualifiers (closed)
HOME = frozenset(
    "家庭 家庭住宅 住宅 住家 家 宅 家里 居家 家中 住所 居所 住址 现住址 家庭住址 户籍 本人 "
    "个人 私人 联系 固定 常用 备用 其他 其它 有效 现 居住地 联络 通讯 通信".split()
)
# a home word right before the phone's word, whoever's home it is (钟某家庭电话, 申请人家中座机)
HOME_END = re.compile(r"(?:家庭|家中|住宅)(?:固定电话|联系电话|电话|座机|固话)$")
# pinyin initials and English keys of a person's own phone (closed)
ASCII_OWN = re.compile(
    r"^(?:(?:jt|zz|gd|lx|jj|jjlx|jjlxr|lxr|jhr|js|qs|dlr|wtdlr|fddlr|br|gr|zj|gh)?"
    r"(?:dh|dhhm|hm|zj|zjhm|gh|tel|lxfs|phone)|"
    r"(?:home|house|contact|emergency|guardian|family|relative|agent|private|personal|own|fixed|"
    r"land|landline)?[_-]?(?:tel|phone|telephone|phoneno|phonenumber|number|no|landline)"
    r"(?:[_-]?(?:home|house|no|number|fixed))?)$"
)
# round 2, from the marked landlines round 1 dropped only: gaps of the closed list
# (``later_columns``' party roles — a party is no staff — and the record's own qualifiers: the
# number registered, left, given before or called from; a home word after a person's word)
ROUND2_OWN = re.compile(
    r"(?:登记|预留|留存|留|原|来电|回访|呼救|报警|亲友|亲情|境内|国内|户籍地?)\w{0,2}$|"
    r"(?:家中|家庭|住宅|家)$|^(?:原|户籍地?)|"
    r"(?:拾得|失主|留宿|缴费|申报|申领|签收|登记|领衔|提案|受送达|领证|声明|接领|流出|流入)人?$|"
    r"患方$|方$|权人$|收件"
)
ROUND2_ASCII = re.compile(
    r"^(?:dianhua|backup\w*|(?:jhr|sqr|bsqr|fz|yz|lkr|ld|ldr|bjr|tsr|czr|br)[_-]?"
    r"(?:zz|jt|lx|gd)?[_-]?(?:dh|dhhm|hm|tel|phone))$"
)
ROUND = [1]
# the rule's scope: a header that names a phone (a cell headed 备注, 序号 or an address holds a
# number the header does not qualify; a
# number's header (身份证号码, 账号码) is no phone's: 号码 counts only after a phone's word
PHONE_WORD = re.compile(
    r"电话|固话|座机|宅电|联系方式|话机|(?:来电|回访|联系|手机|呼叫|拨打|通讯|通信)号码|"
    r"tel|phone|dh|lxfs|gh|zj",
    re.I,
)
ANY = [False]


def own(header: str | None) -> tuple[bool, str]:
    """Whether the rule keeps a landline under ``header``, and why."""
    if header is None:
        return True, "no header"
    h = normal(header).replace("／", "/")
    if not h:
        return True, "no header"
    if "/" in h and not PHONE.fullmatch(h):
        parts = [p for p in h.split("/") if p]
        if all(PHONE.search(p) or p in HOME for p in parts[1:]):
            h = parts[0] + "电话" if not PHONE.search(parts[0]) else parts[0]
    if not ANY[0] and not PHONE_WORD.search(h):
        return True, "no phone header"
    if h.isascii():
        k = re.sub(r"[\d\s]", "", h).lower()
        if ASCII_OWN.match(k):
            return True, "ascii own"
        if ROUND[0] >= 2 and ROUND2_ASCII.match(k):
            return True, "ascii (round 2)"
        return False, "ascii other"
    m = PHONE.search(h)
    q = h[: m.start()] if m else h
    q = q.rstrip("的之_-. ")
    q = re.sub(r"\d+$", "", q)  # 联系人1电话
    q = re.sub(
        r"(?:姓名|名字|名称)$", "", q
    )  # 业主姓名/联系电话: the name's column, then its phone
    if q == "" or q in HOME or HOME_END.search(h):
        return True, "generic/home"
    if any(q == w or q.startswith(w) or q.endswith(w) for w in KIN) or q[-1] in KIN_LAST:
        return True, "kin"
    if any(w in q for w in AGENTS) or AGENT_HEAD.search(q):
        return True, "agent"
    if ROUND[0] >= 2 and (PARTY.search(q) or ROUND2_PARTY.search(q) or ROUND2_RELATION.search(q)):
        return True, "party (round 2)"
    if ROUND[0] >= 2 and ROUND2_OWN.search(q):
        return True, "record or home (round 2)"
    return False, "other"


def run(chosen: list[str], listing: bool, show_kept: bool) -> None:
    from evaluate import folders

    if not chosen:
        chosen = [f for f in folders() if int(f[4:] or 1) <= 164]
    assert all(int(f[4:] or 1) <= 164 for f in chosen), "docs165–167 are unseen"
    rows: list[tuple[str, str, str, str, str, str]] = []  # (label, verdict, header, why, doc, num)
    totals = Counter()
    for folder, doc, html, found, marked in scanned(chosen, "landline"):
        totals["found"] += len(found)
        totals["right"] += sum(1 for x in found if x in marked)
        totals["marked"] += len(marked)
        where = places(doc.text, found, html)
        for span in found:
            label = "marked" if span in marked else "wrong"
            if span not in where:
                totals[f"unread {label}"] += 1
                continue
            kind, _rec, _o, header = where[span]
            totals[f"read {kind}"] += 1
            ok, why = own(header)
            rows.append(
                (
                    label,
                    "keeps" if ok else "drops",
                    normal(header),
                    why,
                    f"{folder}/{doc.name}",
                    doc.text[span[0] : span[1]],
                )
            )
    tp, fp = totals["right"], totals["found"] - totals["right"]
    fn = totals["marked"] - tp
    drop_m = sum(1 for r in rows if r[0] == "marked" and r[1] == "drops")
    drop_w = sum(1 for r in rows if r[0] == "wrong" and r[1] == "drops")
    print(f"folders: {chosen[0]} … {chosen[-1]} ({len(chosen)}); round {ROUND[0]}")
    print(f"landlines found {totals['found']}, marked {totals['marked']}, right {tp}, wrong {fp}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"before: P {p:.4f} R {r:.4f}")
    print("read:", ", ".join(f"{k} {v}" for k, v in sorted(totals.items()) if " " in k))
    print(f"the rule would drop {drop_m + drop_w}: marked landlines {drop_m}, wrong {drop_w}")
    tp2, fp2 = tp - drop_m, fp - drop_w
    p2 = tp2 / (tp2 + fp2) if tp2 + fp2 else 1.0
    r2 = tp2 / (tp2 + fn + drop_m) if tp2 + fn + drop_m else 1.0
    print(f"after (estimate): P {p2:.4f} R {r2:.4f}")
    for label in ("marked", "wrong"):
        for verdict in ("drops", "keeps"):
            if verdict == "keeps" and not show_kept:
                by = Counter(x[3] for x in rows if x[0] == label and x[1] == verdict)
                print(f"\n{label}, the rule {verdict} ({sum(by.values())}), by why:")
                for h, c in by.most_common():
                    print(f"  {c:4d}  {h}")
                continue
            by = Counter(x[2] for x in rows if x[0] == label and x[1] == verdict)
            print(f"\n{label}, the rule {verdict} ({sum(by.values())}), by header:")
            for h, c in by.most_common():
                print(f"  {c:4d}  {h}")
    if listing:
        print()
        for x in sorted(rows):
            if x[1] == "drops":
                print("  ", *x)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    chosen = []
    if "--only" in sys.argv[:-1]:
        chosen = sys.argv[sys.argv.index("--only") + 1].split(",")
    if "--round" in sys.argv[:-1]:
        ROUND[0] = int(sys.argv[sys.argv.index("--round") + 1])
    ANY[0] = "--any-header" in sys.argv
    run(chosen, "--list" in sys.argv, "--kept" in sys.argv)


if __name__ == "__main__":
    main()
