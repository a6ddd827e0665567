"""Issue 16 (privfix27d): a business's line of trade alone in a cell or an export's value
(创业项目 油茶种植, "cyxm": "肉牛养殖", 农家乐) is no name; a person's cell, a name in prose and a
three-character name ending like a trade (李美容) stay."""

from .spans import found, names


def test_trades_in_an_exports_values():
    text = (
        '{"xh": 1, "jkrxm": "柏玉洁", "sfzh": "430626198501053809", "cyxm": "鲁绣加工", "dkje": 50000}\n'
        '{"xh": 2, "jkrxm": "邝丽娟", "sfzh": "430626197703037741", "cyxm": "超市", "dkje": 80000}\n'
        '{"xh": 3, "jkrxm": "阎春梅", "sfzh": "430626198312060800", "cyxm": "生猪养殖", "dkje": 60000}\n'
    )
    assert found(text, ("name",)) == names(text, "柏玉洁", "邝丽娟", "阎春梅")


def test_trades_under_a_tab_tables_project_column():
    text = (
        "序号\t借款人\t身份证号码\t家庭住址\t创业项目\t贷款银行\n"
        "1\t柏玉洁\t430626198501053809\t某县某镇团山村\t农家乐\t邮储银行某县支行\n"
        "2\t邝丽娟\t430626197703037741\t某县某镇新建村\t鲁绣加工\t农商银行\n"
        "3\t阎春梅\t430626198312060800\t某县某镇石桥村\t民宿\t农商银行\n"
    )
    got = found(text, ("name",))
    assert [text[s:e] for _, s, e in got] == ["柏玉洁", "邝丽娟", "阎春梅"]


def test_names_that_read_like_a_trade_stay():
    text = (
        "序号\t姓名\t身份证号码\n1\t李美容\t430626198501053809\n2\t欧阳美发\t430626197703037741\n"
    )
    assert found(text, ("name",)) == names(text, "李美容", "欧阳美发")
