"""Records whose fields are written ``label = value`` (system exports): read as "label：value"."""

from gongkai.privacy.eqlabels import equals_labels

from .spans import at, found, names


def test_spaced_signs_read_as_colons_with_offsets_kept():
    text = "申请人 = 龙海生\n联系电话 = 13907451234\n"
    out = equals_labels(text)
    assert len(out) == len(text)
    assert out == "申请人：  龙海生\n联系电话：  13907451234\n"


def test_spaced_record_finds_persons_and_contacts_not_labels():
    text = (
        "【1】\n"
        "补助对象 = 滕玉兰\n"
        "现住址 = 辰溪县火马冲镇桐湾村3组18号\n"
        "监护人 = 滕志勇（其子）\n"
        "监护人电话 = 15874561230\n"
        "家中座机 = 0745-5231874\n"
        "发放金额 = 1200元\n"
    )
    got = found(text)
    for piece in ("补助对象", "现住址", "监护人", "监护人电话", "家中座机", "发放金额"):
        assert not any(s <= text.index(piece) < e for _, s, e in got if _ == "name"), piece
    assert set(names(text, "滕玉兰", "滕志勇")) <= set(got)
    assert at(text, "mobile", "15874561230") in got
    assert at(text, "landline", "0745-5231874") in got


def test_tight_signs_and_several_fields_a_line():
    text = (
        "序号=1；户主姓名=覃德望；身份证号=431226198003150017；联系电话=13574561289\n"
        "序号=2；户主姓名=覃小梅；身份证号=431226199107220028；联系电话=18974561230\n"
    )
    got = found(text)
    assert set(names(text, "覃德望", "覃小梅")) <= set(got)
    assert at(text, "mobile", "13574561289") in got
    assert not [s for k, s, e in got if k == "name" and text[s:e] in ("户主姓名", "身份证号")]


def test_colon_and_equals_records_find_the_same_spans():
    rows = [
        ("姓名", "莫桂香"),
        ("手机号码", "13807451122"),
        ("家庭住址", "溆浦县龙潭镇岩板村5组21号"),
    ]
    eq = "".join(f"{k} = {v}\n" for k, v in rows)
    colon = "".join(f"{k}：  {v}\n" for k, v in rows)
    assert found(eq) == found(colon)


def test_formulas_urls_and_single_sums_left_alone():
    for text in (
        "补偿金额 = 面积 × 单价，合计按实际丈量计算。\n",  # one sign: no record
        "查询地址：https://www.example.gov.cn/search?q=1&page=2\n",
        "a = b + c\nx = 1\n",
        "计算公式：应发金额=基数×系数；实发金额=应发金额-扣款。\n",
    ):
        out = equals_labels(text)
        assert len(out) == len(text)
        assert not [f for f in found(text) if f[0] == "name"], text
    assert equals_labels("a = b + c\nx = 1\n") == "a = b + c\nx = 1\n"
    assert equals_labels("网址?q=1&p=2\n网站?a=3\n") == "网址?q=1&p=2\n网站?a=3\n"


def test_taiwan_permit_number_on_the_line_after_its_type():
    for sep in ("：", " = ", "=", ": "):
        text = (
            f"姓名{sep}林淑芬\n证件类型{sep}台湾居民来往大陆通行证\n证件号码{sep}07315926\n"
            f"签发日期{sep}20240315\n"
        )
        got = found(text, ["permit"])
        assert got == [at(text, "permit", "07315926")], sep


def test_line_after_a_permit_type_that_is_no_number_field_is_left_alone():
    for text in (
        "证件类型：台湾居民来往大陆通行证\n有效期至：20290314\n",
        "证件类型：台湾居民来往大陆通行证\n20231012 受理\n",
        "证件类型：台胞证\n受理编号：\n",
        "办理事项：港澳居民来往内地通行证\n证件号码：12345678\n",  # not Taiwan's
    ):
        assert found(text, ["permit"]) == [], text
