"""A one-cell-a-line record's phone right under its site's cell (a shelter, a centre)
stays the person's when the cell above the site is the person's village home; a unit's
name over its number with no home above stays the unit's (unitcells; issue 16)."""

from .spans import at, found


def _record(n, name, home, site, phone):
    return f"{n}\n{name}\n女\n52\n{home}\n{site}\n{phone}\n7月14日23时\n\n\n"


def test_a_persons_local_number_under_a_centre_cell_far_from_the_header_is_a_finding():
    header = "序号\n姓名\n性别\n年龄\n原住址\n安置点\n联系电话\n转移时间\n\n"
    records = [
        _record(n, name, f"某县某镇新安村{n}组{n + 10}号", site, phone)
        for n, (name, site, phone) in enumerate(
            [
                ("黄秀英", "县体育馆", "13905421234"),
                ("覃德明", "镇中心小学", "无"),
                ("蓝春梅", "新安村村民活动中心", "13905421235"),
                ("韦华荣", "镇敬老院", "无"),
                ("黎福红", "县体育馆", "13905421236"),
                ("莫桂兰", "新安村村民活动中心", "6701911"),
            ],
            start=1,
        )
    ]
    text = header + "".join(records)
    assert at(text, "landline", "6701911") in found(text, ["landline"])


def test_a_units_name_over_its_number_stays_the_units():
    text = "联系方式\n\n某县应急管理局值班室\n0835-6512219\n\n某镇便民服务中心\n0835-6512218\n"
    assert found(text, ["landline"]) == []


def test_a_street_address_above_a_units_name_gives_no_home():
    # a unit's address (no village, no house of a group) over its name and number
    text = "三、咨询地点\n城关镇人民路18号\n某县政务服务中心\n0835-6512217\n"
    assert found(text, ["landline"]) == []
