"""A column headed by an office's duty and 责任人 / 负责人 (帮教责任人, 监管负责人, 稳控责任人)
in a roster of private persons holds the office's cadres, in any layout; a private duty's
column (监护人, 担保人) or a liability's (事故责任人) keeps its persons."""

from gongkai.privacy import scan_html

from .spans import found, names

PERSONS = ("巫建平", "卞秀兰", "毋志刚")
IDS = ("510722198803154217", "510722197611282342", "510722199201096615")
PHONES = ("13981164472", "15883927716", "18090314458")
CADRES = ("蒯立新", "蒯立新", "訾海燕")
KIN = ("巫德厚", "卞国庆", "毋春花")


def _table(head, cells):
    header = ("编号", "姓名", "身份证号", "手机", head, "乡镇")
    rows = [
        (str(n + 1), p, i, m, c, "东坝乡")
        for n, (p, i, m, c) in enumerate(zip(PERSONS, IDS, PHONES, cells, strict=True))
    ]
    return header, rows


def _layouts(head, cells):
    header, rows = _table(head, cells)
    tab = "\n".join("\t".join(r) for r in (header, *rows)) + "\n"
    pipe = "\n".join("| " + " | ".join(r) + " |" for r in (header, ("---",) * 6, *rows)) + "\n"
    csv = "\n".join(",".join(r) for r in (header, *rows)) + "\n"
    quoted = "\n".join(",".join(f'"{c}"' for c in r) for r in (header, *rows)) + "\n"
    return tab, pipe, csv, quoted


def test_a_duty_column_holds_the_office_cadres_in_every_layout():
    for head in ("帮教责任人", "监管负责人", "稳控责任人", "包保责任人姓名"):
        for text in _layouts(head, CADRES):
            assert found(text, {"name"}) == names(text, *PERSONS), (head, text)


def test_a_private_duty_or_a_liability_keeps_its_persons():
    for head in ("监护人", "担保人", "事故责任人"):
        for text in _layouts(head, KIN):
            expected = []
            for p, k in zip(PERSONS, KIN, strict=True):
                expected += [p, k]
            assert found(text, {"name"}) == names(text, *expected), (head, text)


def test_an_html_roster_with_a_duty_column():
    header, rows = _table("帮扶负责人", CADRES)
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    got = {f.text for f in scan_html(f"<table><tr>{cells}</tr>{body}</table>") if f.type == "name"}
    assert got == set(PERSONS)
