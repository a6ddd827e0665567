"""A property's location after its title deed and a letter's mailing address (issue 16):
a bare street and house number is a person's there; a business's premises, a project's
site and an office's mailing address stay public."""

from .spans import at, found


def test_the_location_of_a_lost_title_deed_or_a_pledged_house():
    text = (
        "1．申请人卫红梅遗失房屋所有权证一张，证号第0031号，坐落清源县城关镇北门街27号。\n"
        "2．抵押人胥建国，抵押物坐落于清源县东阳镇南环路5号，抵押权人：某农商银行。\n"
        "3．产权人龚玉，不动产权证号晋（2020）清源县不动产权第0000117号，坐落：清源县西街39号；\n"
    )
    got = found(text, ["address"])
    for piece in ("清源县城关镇北门街27号", "清源县东阳镇南环路5号", "清源县西街39号"):
        assert at(text, "address", piece) in got


def test_a_businesss_premises_or_a_projects_site_is_no_home():
    text = (
        "4．清源县东门副食商行（个体，经营者田有福）遗失不动产权证书，坐落清源县东门街2号，用途：商业。\n"
        "该保障房项目坐落于清源县城关镇人民路8号，总建筑面积3万平方米。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "清源县东门街2号") not in got
    assert at(text, "address", "清源县城关镇人民路8号") not in got


def test_where_a_returned_letter_was_sent():
    text = (
        "（二）苗青，受理编号2025-0031，申请时选择邮寄，邮寄地址：海丰县城东镇新华路12号之一，"
        "邮件被退回。\n"
        "（三）欧小满，受理日期2025年3月1日，送达地址海丰县梅陇镇建设路66号，无人签收。\n"
        "来信请寄：海丰县人民路1号县政府办公室　咨询电话：0660-6688001\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "海丰县城东镇新华路12号之一") in got
    assert at(text, "address", "海丰县梅陇镇建设路66号") in got
    assert not any(s <= text.index("海丰县人民路1号") < e for _k, s, e in got)
