"""An address column whose header offers two places (现居住地/务工地, 住址／邮寄地址) and
house cells with a building's floor and lettered room or a 之二 number (issue 16)."""

from .spans import at, found


def test_slashed_address_header_tabbed():
    text = (
        "序号\t老人姓名\t赡养人\t赡养人居住地/打工地\t联系电话\n"
        "1\t温桂英\t温志强\t深圳市宝安区新安街道创业二路45号海景大厦6楼C室\t13812340001\n"
        "2\t何三妹\t何国平\t惠州市惠城区江北街道文昌一路8号之三\t13812340002\n"
        "3\t罗亚娣\t罗永康\t东莞市虎门镇连升路33号\t13812340003\n"
    )
    got = found(text, ["address"])
    for piece in (
        "深圳市宝安区新安街道创业二路45号海景大厦6楼C室",
        "惠州市惠城区江北街道文昌一路8号之三",
        "东莞市虎门镇连升路33号",
    ):
        assert at(text, "address", piece) in got


def test_slashed_address_header_pipe_fullwidth_slash():
    text = (
        "| 序号 | 申请人 | 身份证号 | 住址／邮寄地址 |\n| --- | --- | --- | --- |\n"
        "| 1 | 包春华 | 150102198503120021 | 青山区友谊大街12号3栋2单元501室 |\n"
    )
    assert at(text, "address", "青山区友谊大街12号3栋2单元501室") in found(text, ["address"])


def test_places_without_house_numbers_and_units_stay_unmarked():
    text = (
        "序号\t老人姓名\t赡养人\t赡养人居住地/打工地\t联系电话\n"
        "1\t温桂英\t温志强\t广州\t13812340001\n"
        "2\t何三妹\t何国平\t本村三组\t13812340002\n"
    )
    assert found(text, ["address"]) == []
    units = "序号\t单位名称\t单位地址/电话\n1\t县供水公司\t建设路15号\n"
    assert found(units, ["address"]) == []
