"""A cell or an export's value listing persons and then their count ("张三、李四等12人"):
the count is nobody's and the persons before it are names; an export's list of tenants
keyed in pinyin initials (czrmd: 承租人名单) holds names; czr alone is an export's 操作人,
staff acting in office (privfix16je)."""

from .spans import found, names

TSV = (
    "序号\t出租屋地址\t房东姓名\t承租人\t租住人数\n"
    "1\t河埠街12号\t俞德顺\t黎红、施金宝、甘露等12人\t12\n"
    "2\t河埠街30号\t俞德顺\t华春生等两人\t2\n"
)

JSONL = (
    '{"jcbh": "JC-0001", "fzxm": "阮家栋", "czrmd": "柴青山、晏秋等9人", "czr": "岳红梅", "zt": "已整改"}\n'
    '{"jcbh": "JC-0002", "fzxm": "阮家栋", "czrmd": "曲波、朝霞", "zt": "已整改"}\n'
)

UNITS = "序号\t承租人\t备注\n1\t城关供销社等3家\t门面\n2\t东风农机站\t仓库\n"


def test_count_after_tenants_in_a_tsv():
    expected = names(TSV, "俞德顺", "黎红", "施金宝", "甘露", "俞德顺", "华春生")
    assert found(TSV, ["name"]) == expected


def test_tenant_list_key_of_an_export():
    expected = names(JSONL, "阮家栋", "柴青山", "晏秋", "阮家栋", "曲波", "朝霞")
    assert found(JSONL, ["name"]) == expected


def test_units_with_a_count_stay_clean():
    assert found(UNITS, ["name"]) == []
