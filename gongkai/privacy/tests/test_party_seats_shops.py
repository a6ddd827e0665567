"""A party's address label in a register whose party is an individual business by its trade
name (…客栈, …农家乐, …服务部（个体工商户）): the premises are the business's, not marked
(partyseats, privfix22c); a party that is a private person keeps their address."""

from .spans import at, found

SHOP = (
    "受理编号：LYTS2026-031\n"
    "投诉人：吴晓丽\n"
    "投诉人身份证号：450321199208154528\n"
    "投诉人住址：桂林市七星区穿山街道穿山东路9号3栋2单元502室\n"
    "被投诉人：阳朔县西街韦记客栈\n"
    "被投诉人地址：阳朔县阳朔镇西街118号\n"
    "\n"
    "受理编号：LYTS2026-032\n"
    "投诉人：覃志新\n"
    "投诉人住址：柳州市城中区文惠路21号1栋803室\n"
    "被投诉人：兴坪镇黄桂英旅游接送服务部（个体工商户）\n"
    "被投诉人地址：阳朔县兴坪镇漓江路46号\n"
)


def test_a_trade_names_premises_are_the_business():
    got = found(SHOP, ["address"])
    assert at(SHOP, "address", "阳朔县阳朔镇西街118号") not in got
    assert at(SHOP, "address", "阳朔县兴坪镇漓江路46号") not in got


def test_the_complainants_homes_are_kept():
    got = found(SHOP, ["address"])
    assert at(SHOP, "address", "桂林市七星区穿山街道穿山东路9号3栋2单元502室") in got
    assert at(SHOP, "address", "柳州市城中区文惠路21号1栋803室") in got
