"""A rented house's landlord (房东, 房主) heads a column of persons where the cells look
like names, and the keeper of an absent owner's house named in the cell's note
("（代管人X，房东之子）") is a person too; a firm as landlord is none (privfix16je)."""

from .spans import found, names

CSV = (
    "序号,镇（街道）,出租屋地址,房东,房东电话,出租间数,主要承租人\n"
    "1,青石镇,青石镇新街5号,项东,13707251234,6,柴晓峰\n"
    "2,青石镇,青石镇新街9号,商桂珍（代管人商伟，房东之子）,13707255678,8,牛立平\n"
    "3,白沙镇,白沙镇河街2号,白沙物业管理有限公司,0713-4230001,20,凌海\n"
)

TSV = (
    "序号\t房主\t房屋坐落\t承租户\n"
    "1\t荆学文\t柳营村3组15号\t郜明、郜小川\n"
    "2\t鄂秀兰（代管人鄂军，房主之侄）\t柳营村3组21号\t蒙亮\n"
)


def test_landlord_column_of_a_csv():
    expected = names(CSV, "项东", "柴晓峰", "商桂珍", "商伟", "牛立平", "凌海")
    assert found(CSV, ["name"]) == expected


def test_house_owner_column_of_a_tsv():
    expected = names(TSV, "荆学文", "郜明", "郜小川", "鄂秀兰", "鄂军", "蒙亮")
    assert found(TSV, ["name"]) == expected
