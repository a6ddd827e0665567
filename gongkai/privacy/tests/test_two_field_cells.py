"""A cell holding two short fields, one a line (an exported sheet's wrapped cell: "姓名<br>
性别" over "王芳<br>女") or parted by a slash ("姓名/性别" over "王芳/女"): the name is the
piece under 姓名; the piece under 性别, 民族 … is no name, and an address wrapped in its
cell stays one address."""

from gongkai.privacy.markup import flatten_html, scan_html

from .spans import found, names

_PERSONS = ["禹秀娥", "詹芝云", "欧阳志才", "柯芳"]
_IDS = ["341527195208020561", "341527197205166329", "341527195010028218", "341527198310259724"]


def test_html_cells_wrapped_with_a_break():
    for br in ("<br>", "<br/>", "<BR />"):
        rows = "".join(
            f"<tr><td>{n + 1}</td><td>{p}{br}{'女男'[n % 2]}</td><td>{i}</td>"
            f"<td>马岗镇梅山北路{n + 16}号{br}12栋2单元50{n}室</td></tr>"
            for n, (p, i) in enumerate(zip(_PERSONS, _IDS, strict=True))
        )
        html = (
            f"<table><tr><td>序号</td><td>姓名{br}性别</td><td>身份证号码</td>"
            f"<td>家庭住址</td></tr>{rows}</table>"
        )
        got = [(f.type, html[f.start : f.end]) for f in scan_html(html) if f.type == "name"]
        assert got == [("name", p) for p in _PERSONS], (br, got)
        flat = flatten_html(html)
        assert "梅山北路16号 12栋2单元500室" in flat  # an address wrapped stays one line


def test_an_address_wrapped_after_its_village_stays_one_address():
    html = (
        "<table><tr><td>序号</td><td>姓名</td><td>身份证号码</td><td>家庭住址</td></tr>"
        + "".join(
            f"<tr><td>{n + 1}</td><td>{p}</td><td>{i}</td><td>马岗村<br>西头组{n + 2}号</td></tr>"
            for n, (p, i) in enumerate(zip(_PERSONS, _IDS, strict=True))
        )
        + "</table>"
    )
    flat = flatten_html(html)
    assert "马岗村 西头组2号" in flat and "/" not in flat


def test_slashed_headers_in_other_orders_and_separators():
    for sep, head, cell in (
        ("\t", "姓名/性别", "{p}/{s}"),
        ("|", "姓名／民族", "{p}／汉"),
        (",", "性别/姓名", "{s}/{p}"),
    ):
        lines = [sep.join(["序号", head, "身份证号码"])]
        for n, (p, i) in enumerate(zip(_PERSONS, _IDS, strict=True)):
            lines.append(sep.join([str(n + 1), cell.format(p=p, s="女男"[n % 2]), i]))
        text = "\n".join(lines) + "\n"
        assert found(text, ["name"]) == names(text, *_PERSONS), head


def test_near_miss_a_field_column_of_words_stays_clean():
    text = "序号\t申请方式/结果\t身份证号码\n" + "".join(
        f"{n + 1}\t信函/同意\t{i}\n" for n, i in enumerate(_IDS)
    )
    assert found(text, ["name"]) == []
