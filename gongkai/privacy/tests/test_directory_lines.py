"""A public office's entry in a directory written one entry a line (directorylines; issue 16,
privfix16ya): the one answering for the office (负责人, 联系人) beside its landline or hotline
is there in office. Near misses: a company's project head in a tender's result, a head whose
own mobile or ID is on the line, a name with no office opening the line, a resident's line."""

from gongkai.privacy.directorylines import directory_lines

from .spans import found

DIRECTORY = (
    "各乡镇学校联系方式一览\n"
    "　　某县教育局学籍管理办公室　负责人：左长庚　电话：(0817)5523306　地址：某县大道66号3楼\n"
    "2. 某县石店镇居家养老服务中心　服务热线：0564-6530880　联系人：甘小燕　地址：某县石店镇12号\n"
    "3) 某县城关镇卫生院 负责人：盛立军 办公电话 0817-5523307\n"
)
TENDER = "2. 第二中标候选人：某建设集团有限公司，投标报价30688450元，项目负责人：屈振林，电话：0571-88886666\n"
OWN = "某县某镇农业服务站　负责人：屈振林　电话：0817-5523306　身份证号：110101199003071237\n"
RESIDENT = "申请人：屈振林　电话：0817-5523306　地址：某县城关镇东街12号\n"


def _names(text: str) -> list[tuple[str, int, int]]:
    return found(text, ["name"])


def test_office_heads_on_directory_lines():
    assert _names(DIRECTORY) == []


def _rule_keeps(text: str, *extra: tuple[str, str]) -> bool:
    """The rule alone, on the name 屈振林 and the other candidates ``extra`` (kind, piece)."""
    s = text.index("屈振林")
    cands = [(s, s + 3, "name", 0.9)]
    cands += [(text.index(v), text.index(v) + len(v), k, 0.9) for k, v in extra]
    return (s, s + 3, "name", 0.9) in directory_lines(text, cands)


def test_company_head_in_a_tender_result_is_kept():
    assert _rule_keeps(TENDER)


def test_head_with_own_particulars_and_a_resident_are_kept():
    assert _rule_keeps(OWN, ("id_card", "110101199003071237"))
    assert _rule_keeps(RESIDENT)
    assert _rule_keeps(
        "某县某镇农业服务站　负责人：屈振林　手机：13907215561\n", ("mobile", "13907215561")
    )


def test_a_name_before_the_label_makes_it_no_office_line():
    text = "某县农业服务站　王大明家属　联系人：屈振林　电话：0817-5523306\n"
    assert _rule_keeps(text, ("name", "王大明"))
