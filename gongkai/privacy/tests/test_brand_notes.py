"""An organisation's dotted brand in brackets after its name is no person (``brandnotes``,
privfix22a). Near misses: a keeper's dotted name in brackets after a shop, a dotted name of a
person in a table's cell. All texts invented."""

from gongkai.privacy.tests.spans import at, found

BRANDS = (
    "序号,民宿名称,经营主体类型,经营者\n"
    "1,大理苍洱文旅发展有限公司（苍山下·白云院子）,有限责任公司,—\n"
    "2,大理洱海客栈,个体工商户,杨丽萍\n"
    "3,喀什古城旅游服务中心（老城·百年茶馆）,事业单位,—\n"
    "4,喀什古城艾力客栈,个体工商户,艾力·买买提\n"
)
# near miss: an individual business's keeper in brackets after the shop (no organisation)
KEEPER = "序号\t经营户\t联系电话\n1\t伊宁县喀拉亚尕奇乡农家乐（阿依古丽·吐尔逊）\t13899137728\n"


def test_a_dotted_brand_after_an_organisation_is_no_name():
    got = found(BRANDS, ["name"])
    texts = {BRANDS[s:e] for _k, s, e in got}
    assert not texts & {"苍山下·白云院子", "老城·百年茶馆"}
    assert at(BRANDS, "name", "杨丽萍") in got
    assert at(BRANDS, "name", "艾力·买买提") in got


def test_a_keeper_in_brackets_after_a_shop_stays_a_name():
    got = found(KEEPER, ["name"])
    assert at(KEEPER, "name", "阿依古丽·吐尔逊") in got
