"""法定代表人 after a company's name is public registration data; the nearest entity before
the label decides, not any individual business's word in the rows above (``names.
_company_representative``, privfix22a). Near miss: a keeper's row under a company's row.
All texts invented."""

from gongkai.privacy.tests.spans import at, found

ROWS = (
    "序号\t民宿名称\t经营主体\t经营者/负责人\t联系电话\n"
    "1\t桐庐溪畔小院\t个体工商户\t钱丽君\t13757125501\n"
    "2\t桐庐云栖山居\t桐庐云栖山居旅游开发有限公司\t法定代表人宋建东\t0571-64626688\n"
    "3\t桐庐竹影人家\t个体工商户\t方晓燕\t15967136612\n"
    "4\t桐庐富春江畔\t富春江畔民宿管理有限公司\t法定代表人：胡国强\t0571-64281128\n"
)


def test_a_companys_representative_under_a_keepers_row_is_no_private_person():
    got = found(ROWS, ["name"])
    texts = {ROWS[s:e] for _k, s, e in got}
    assert not texts & {"宋建东", "胡国强"}
    assert at(ROWS, "name", "钱丽君") in got
    assert at(ROWS, "name", "方晓燕") in got
