"""privfix19e: a household's door plate in tables and records of a change (a street renamed,
a door plate corrected): qualified and noted headers, door labels, export keys, a building."""

from .spans import at, found

_PIPE = (
    "| 序号 | 房屋所有权人 | 原门牌地址 | 变更后门牌地址 | 变更后单位地址 |\n"
    "|:---:|---|---|---|---|\n"
    "| 1 | 葛春兰 | 武昌县中和街道解放街13号 | 武昌县中和街道和平路113号 | 武昌县中和街道和平路2号 |\n"
)


def test_a_header_qualified_by_the_change_heads_the_same_column():
    got = found(_PIPE, ["address"])
    assert got == [
        at(_PIPE, "address", "武昌县中和街道解放街13号"),
        at(_PIPE, "address", "武昌县中和街道和平路113号"),
    ]  # the unit's address after the change stays a unit's


def test_a_note_inside_a_one_cell_header():
    text = (
        "序号\n申请人\n补发类型\n门牌（楼牌）地址\n联系电话\n"
        "1\n葛春兰\n门牌褪色更换\n武昌县中和镇解放街66号\n13871564012\n"
        "2\n沈立群\n门牌被盗补发\n武昌县中和镇和平路57号\n13971200458\n"
    )
    got = found(text, ["address"])
    assert got == [
        at(text, "address", "武昌县中和镇解放街66号"),
        at(text, "address", "武昌县中和镇和平路57号"),
    ]


def test_door_labels_and_the_correction_in_a_persons_record():
    text = (
        "申请人：葛春兰\n公民身份号码：420106198503120038\n联系电话：13871564012\n"
        "原门牌（有误）：武昌县中和镇和平路18号\n申请更正为：武昌县中和镇和平路20号\n"
        "错误类型：重号\n\n"
        "单位名称：武昌县中和镇卫生院\n原门牌：武昌县中和镇和平路30号\n"
        "申请更正为：武昌县中和镇和平路32号\n"
    )
    got = found(text, ["address"])
    assert got == [
        at(text, "address", "武昌县中和镇和平路18号"),
        at(text, "address", "武昌县中和镇和平路20号"),
    ]


def test_a_door_plate_key_of_an_export():
    text = (
        '<Records>\n  <Record xh="1">\n    <Sqr>\n      <Xm>葛春兰</Xm>\n'
        "      <Zjhm>420106198503120038</Zjhm>\n      <Hjdz>武昌县中和镇解放街141号</Hjdz>\n"
        "    </Sqr>\n    <Fwzl>武昌县中和镇解放街延伸段东侧（新建房）</Fwzl>\n"
        "    <Sqmp>武昌县中和镇解放街76号</Sqmp>\n  </Record>\n</Records>\n"
    )
    assert found(text, ["address"]) == [
        at(text, "address", "武昌县中和镇解放街141号"),
        at(text, "address", "武昌县中和镇解放街76号"),
    ]


def test_a_house_number_read_up_to_a_buildings_number_is_a_building():
    text = (
        "二、李春生，男，公民身份号码420106197909235519，最后已知住址武昌县中和镇解放大街18号"
        "东风小区7号楼3单元402室。你擅自拆除并遮挡东风小区7号楼楼牌，张贴其他字样。"
    )
    assert found(text, ["address"]) == [
        at(text, "address", "武昌县中和镇解放大街18号东风小区7号楼3单元402室")
    ]
