"""An address column of homes or premises ("住址 / 经营地址") over households and shops
side by side (shoppremises): a shop's row gives its premises, not marked; a household's
row keeps its home."""

from .spans import found, heldout

MARKED = """序号\t用户类型\t用户名称\t联系电话\t住址 / 经营地址\t检查结果
1\t居民\t⟦name:祁秀珍⟧\t⟦mobile:13857520114⟧\t⟦address:城关街道南门街12号⟧\t合格
2\t餐饮\t某县城关街道⟦name:骆国栋⟧牛肉面馆\t⟦mobile:13857520236⟧\t⟦none:城关街道人民路56号⟧\t整改
3\t零售\t某县城关街道和顺便利店\t⟦mobile:13857520371⟧\t⟦none:城关街道北门路8号⟧\t合格
"""

# a flat in a shop's row is still where someone lives; and without the either-header the
# rule is silent
FLAT = """序号\t用户类型\t用户名称\t住址 / 经营地址
1\t餐饮\t某县城关街道和记面馆\t⟦address:城关街道人民路56号3幢2单元501室⟧
"""


def test_a_shops_premises_under_a_home_or_premises_column():
    for marked in (MARKED, FLAT):
        doc = heldout().parse("fixture.txt", marked)
        got = found(doc.text, ["address"])
        assert sorted(got) == sorted(("address", s, e) for s, e, k in doc.labels if k == "address")
