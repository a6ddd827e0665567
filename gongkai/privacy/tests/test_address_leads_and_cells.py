"""Where a private address starts and which table cells hold one (issue 16).

- the words before a place that are no part of it: 寄自 (a ballot mailed from …), a group
  of persons 就 a place's dispute;
- a village group noted without a door (（门牌不详）) is a place, as a bare group is;
- a home cell whose building is lettered (水西花园B栋1204, 金色大厦A座1503室);
- a column of a person's 住所 (经营者住所, 申请人住所) is the person's home, not a firm's seat
  (法人住所 stays a company's).
"""

from .spans import at, found


def addresses(text):
    return found(text, ["address"])


def test_mailed_from_and_dispute_over_a_place():
    texts = [
        (
            "房号\t业主\t表决意见\t签字方式\n2-202\t付军\t同意\t邮寄表决票（寄自北京市丰台区右安门外大街99号院3号楼1506）\n",
            "北京市丰台区右安门外大街99号院3号楼1506",
        ),
        ("来信寄自城关镇东风路18号3单元201室，请核实。", "城关镇东风路18号3单元201室"),
        (
            "　　王德明、李桂香等3人就大名县万堤镇西付集村东街14号宅基地纠纷处理意见不服，申请复查。",
            "大名县万堤镇西付集村东街14号",
        ),
        ("张三等两户就和平村5组12号房屋权属提出异议。", "和平村5组12号"),
    ]
    for text, place in texts:
        assert addresses(text) == [at(text, "address", place)], text


def test_village_group_noted_without_a_door_is_a_place():
    for text in (
        "3. 熊某，原住石门县所街乡大京村5组（门牌不详），登记电话无人接听。",
        "申请人现住桃源村三组(无门牌)。",
    ):
        assert addresses(text) == [], text
    text = "申请人原住石门县所街乡大京村5组12号（门牌不详已补）。"
    assert at(text, "address", "石门县所街乡大京村5组12号") in addresses(text)


def test_lettered_buildings_in_a_home_column():
    text = (
        "| 序号 | 姓名 | 性别 | 职业 | 居住地 |\n|:--:|:--|:--:|:--|:--|\n"
        "| 1 | 蔡廷芳 | 女 | 企业职工 | 黔西市水西街道南门河路3号水西花园B栋1204 |\n"
        "| 2 | 龙启荣 | 男 | 个体 | 黔西市莲城街道文峰路114号金色大厦A座1503室 |\n"
        "| 3 | 禄秀芬 | 女 | 教师 | 杜鹃街道锦星社区 |\n"
    )
    got = addresses(text)
    assert at(text, "address", "黔西市水西街道南门河路3号水西花园B栋1204") in got
    assert at(text, "address", "黔西市莲城街道文峰路114号金色大厦A座1503室") in got
    assert all("锦星社区" not in text[s:e] for _k, s, e in got)  # no house number: a place


def test_persons_domicile_column():
    text = (
        "序号\t字号名称\t经营者\t经营者住所\t电话\n"
        "1\t某县赵镇老李面馆\t李德全\t金堂县赵镇十里大道二段126号\t13688097215\n"
        "2\t某县竹篙镇刘记副食店\t刘德昭\t金堂县竹篙镇正街67号\t13688097216\n"
    )
    got = addresses(text)
    assert at(text, "address", "金堂县赵镇十里大道二段126号") in got
    assert at(text, "address", "金堂县竹篙镇正街67号") in got


def test_a_firms_seat_column_stays_the_firms():
    text = (
        "序号\t企业名称\t法定代表人\t法人住所\n"
        "1\t某某建材有限公司\t李德全\t金堂县赵镇十里大道二段126号\n"
    )
    assert addresses(text) == []


def test_table_goes_on_over_a_page_number():
    header = "序号\t村\t被赡养人\t赡养义务人\t关系\t义务人现居住地\t联系电话\n"
    rows = [
        "1\t寨岗村\t沈观喜\t沈伟坚\t子\t东莞市长安镇振安中路199号\t15919864027\n",
        "9\t称架村\t李秀英\t李文峰\t孙\t广州市白云区石井街道庆丰路9号之二\t15013275846\n",
    ]
    for page in ("\n—1—\n\n", "\n- 1 -\n", "第1页 共3页\n"):
        text = header + rows[0] + page + rows[1]
        got = addresses(text)
        assert at(text, "address", "广州市白云区石井街道庆丰路9号之二") in got, page
    # a sentence after the table ends it: its place is no cell of the table
    text = header + rows[0] + "\n—1—\n\n注：各村地址为村委会所在地人民路9号。\n"
    assert all("人民路9号" not in text[s:e] for _k, s, e in addresses(text))


def test_room_of_four_digits_after_an_estate_in_a_home_column():
    text = (
        "序号\t姓名\t居住地址\t联系电话\n"
        "1\t周建邦\t前湾新区粤海街道科苑南路3099号储能花园旁公寓1106室\t15626471390\n"
        "2\t何伟文\t前湾新区招商街道\t15626471391\n"
    )
    got = addresses(text)
    assert got == [at(text, "address", "前湾新区粤海街道科苑南路3099号储能花园旁公寓1106室")]
