"""A generated, labelled corpus of tables for measuring the scanner (benchmark, tests).

Lists of the kinds that leak (低保 and subsidy lists, compensation tables, payment
lists) are drawn with varied headers — including header words the scanner's rules do
not list — and rendered in every layout: tab, pipe (with and without a rule row), CSV,
space-aligned, and one cell per line. Every personal value carries its exact span.
Near-miss tables (tender results, units' contacts, company licences) carry no personal
labels; their credit codes are labelled as organisation codes.
"""

from __future__ import annotations

import random

from . import corpus as c

PERSON_HEADERS = [
    "姓名", "姓  名", "户主姓名", "户主", "申请人", "申请人姓名", "救助对象", "保障对象",
    "收款人", "家庭成员", "被征收人", "学生姓名", "持证人姓名", "领款人", "受助人员",
]  # fmt: skip
ID_HEADERS = ["身份证号", "身份证号码", "公民身份号码", "证件号码"]
CARD_HEADERS = ["银行卡号", "账号", "社保卡号", "收款账号"]
PHONE_HEADERS = ["联系电话", "手机号码", "电话"]
PLACE_HEADERS = ["村组", "所在村组", "所在社区"]
ADDRESS_HEADERS = ["家庭住址", "住址", "现住址"]
AMOUNT_HEADERS = ["金额（元）", "补贴金额", "月保障金额", "补偿款"]
VILLAGES = ["红星村", "长岭村", "石桥村", "龙华村", "大坪村"]
ROADS = ["滨江路", "人民路", "学府路", "迎宾大道"]
ESTATES = ["阳光小区", "康居花园", "翠苑", "书香苑"]
LAYOUTS = ("tab", "pipe", "pipe_rule", "csv", "aligned", "stacked")


def _address(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    return (
        f"{rng.choice(ROADS)}{rng.randint(1, 300)}号{rng.choice(ESTATES)}"
        f"{rng.randint(1, 20)}栋{rng.randint(1, 30)}0{rng.randint(1, 4)}室"
    )


def _mistyped_id(rng: random.Random) -> str:
    good = c.resident_id(rng)
    return good[:17] + next(x for x in "0123456789X" if x != good[17])


def _card(rng: random.Random) -> str:
    while True:
        number, _shown = c.bank_card(rng)
        if len(number) in (16, 18, 19):
            return number


def _person_table(rng: random.Random):
    """Header and rows of (text, label-or-None) cells for one household list."""
    columns = ["序号", rng.choice(PERSON_HEADERS)]
    extras = rng.sample(
        [ID_HEADERS, CARD_HEADERS, PHONE_HEADERS, PLACE_HEADERS, ADDRESS_HEADERS, ["性别"]],
        k=rng.randint(1, 3),
    )
    columns += [rng.choice(group) for group in extras] + [rng.choice(AMOUNT_HEADERS)]
    rows = []
    for k in range(rng.randint(2, 6)):
        row = []
        for col in columns:
            if col == "序号":
                row.append([(str(k + 1), None)])
            elif col in PERSON_HEADERS:
                people = 2 if col == "家庭成员" and rng.random() < 0.5 else 1
                cell = []
                for p in range(people):
                    if p:
                        cell.append(("、", None))
                    cell.append((c.person_name(rng), "name"))
                row.append(cell)
            elif col in ID_HEADERS:
                value = _mistyped_id(rng) if rng.random() < 0.15 else c.resident_id(rng)
                row.append([(value, "id_card")])
            elif col in CARD_HEADERS:
                row.append([(_card(rng), "bank_card")])
            elif col in PHONE_HEADERS:
                row.append([(c.mobile(rng)[0], "mobile")])
            elif col in PLACE_HEADERS:
                row.append([(f"{rng.choice(VILLAGES)}{rng.randint(1, 12)}组", None)])
            elif col in ADDRESS_HEADERS:
                row.append([(_address(rng), "address")])
            elif col == "性别":
                row.append([(rng.choice("男女"), None)])
            else:
                row.append([(str(rng.randint(200, 3000)), None)])
        rows.append(row)
    return columns, rows


def _near_miss_table(rng: random.Random):
    kind = rng.randrange(3)
    if kind == 0:
        columns = ["序号", "中标单位", "中标金额（元）", "公示日期"]
        rows = [
            [
                [(str(k + 1), None)],
                [(f"四川{rng.choice('华信达鑫恒泰')}建设工程有限公司", None)],
                [(f"{rng.randint(10000, 9999999)}.00", None)],
                [(f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", None)],
            ]
            for k in range(rng.randint(2, 4))
        ]
    elif kind == 1:
        columns = ["序号", "单位名称", "联系人", "办公电话"]
        rows = [
            [
                [(str(k + 1), None)],
                [(rng.choice(["区民政局", "区财政局", "街道办事处", "区医保局"]), None)],
                [(rng.choice(SURNAMES_OFFICIAL) + rng.choice(["科长", "主任", "股长"]), None)],
                # the unit's office number, beside the unit: public (RULES.md §4), not a
                # person's landline (labelled one until issue 16's held-out check)
                [(f"0830-31{rng.randint(10000, 99999)}", None)],
            ]
            for k in range(rng.randint(2, 4))
        ]
    else:
        columns = ["序号", "企业名称", "法定代表人", "统一社会信用代码"]
        rows = [
            [
                [(str(k + 1), None)],
                [(f"泸州市{rng.choice('安达兴旺鸿')}商贸有限公司", None)],
                [(c.person_name(rng), None)],  # a company's legal representative is public
                [(c.uscc(rng), "org_code")],
            ]
            for k in range(rng.randint(2, 4))
        ]
    return columns, rows


SURNAMES_OFFICIAL = list("王李张刘陈杨")


def _render(b: c._Builder, rng: random.Random, layout: str, columns, rows) -> None:
    def write_cell(cell):
        for text, label in cell:
            b.write(text, label)

    if layout == "stacked":
        for col in columns:
            b.write(col + "\n")
        for row in rows:
            for cell in row:
                write_cell(cell)
                b.write("\n")
        return
    if layout == "aligned":
        widths = [
            max(len(columns[k]), *(sum(len(t) for t, _l in row[k]) for row in rows)) + 2
            for k in range(len(columns))
        ]
        b.write("".join(col.ljust(w) for col, w in zip(columns, widths, strict=True)).rstrip())
        b.write("\n")
        for row in rows:
            for k, cell in enumerate(row):
                write_cell(cell)
                if k + 1 < len(row):
                    b.write(" " * (widths[k] - sum(len(t) for t, _l in cell)))
            b.write("\n")
        return
    sep = {"tab": "\t", "csv": ",", "pipe": " | ", "pipe_rule": " | "}[layout]
    lead = "| " if layout.startswith("pipe") else ""
    tail = " |" if layout.startswith("pipe") else ""
    b.write(lead + sep.join(columns) + tail + "\n")
    if layout == "pipe_rule":
        b.write("|" + "|".join("---" for _ in columns) + "|\n")
    for row in rows:
        b.write(lead)
        for k, cell in enumerate(row):
            if k:
                b.write(sep)
            write_cell(cell)
        b.write(tail + "\n")


def build(*, tables: int = 300, seed: int = 11, sentences: list[str] | None = None) -> c.Corpus:
    """Prose from the seed documents with ``tables`` tables in random layouts between."""
    rng = random.Random(seed)
    sentences = sentences or c.seed_sentences()
    b = c._Builder()
    for _ in range(tables):
        b.write(rng.choice(sentences) + "\n")
        b.write(rng.choice(["现将有关情况公示如下：", "名单如下：", "附表："]) + "\n")
        columns, rows = _near_miss_table(rng) if rng.random() < 0.25 else _person_table(rng)
        _render(b, rng, rng.choice(LAYOUTS), columns, rows)
        b.write(rng.choice(sentences) + "\n")
    return b.corpus()
