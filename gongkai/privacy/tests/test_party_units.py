"""privfix20e: a table's row whose party is an organisation keeps its landline (and,
delimited, its premises) as its own (partyunits); a CSV's place column is read under its
header row, not under a value of words alone (unitcontacts._business_place)."""

from .spans import at, found

# one cell a line: the owner column lists bodies and households alike
_STACKED = (
    "某县消防水源设置点及管护人员名单\n\n"
    "序号\n水源编号\n设置位置\n管理单位（户主）\n管护人\n联系电话\n管护补贴（元）\n"
    "1\nSY-01\n县城滨江广场东侧\n县城市管理服务中心\n龚立新（维修班）\n0736-4521180\n600\n"
    "2\nSY-02\n某县南岳镇石桥村3组8号（院坝）\n蒋天佑\n蒋天佑\n4528617\n900\n"
    "3\nSY-03\n南岳镇中心卫生院后院\n南岳镇卫生院\n柯明\n0736-4537702\n600\n"
    "4\nSY-04\n开发区标准厂房B区\n开发区管委会\n汪一凡\n4521903\n600\n"
    "5\nSY-05\n某县南岳镇老街6号\n牛桂英（房东）\n牛桂英\n0736-4529911\n900\n"
)


def test_a_stacked_row_of_a_body_gives_the_bodys_landline():
    got = found(_STACKED, ["landline"])
    assert at(_STACKED, "landline", "0736-4521180") not in got  # 县城市管理服务中心
    assert at(_STACKED, "landline", "0736-4537702") not in got  # 南岳镇卫生院
    assert at(_STACKED, "landline", "4521903") not in got  # 开发区管委会
    # a household's row keeps its line
    assert at(_STACKED, "landline", "4528617") in got
    assert at(_STACKED, "landline", "0736-4529911") in got  # 牛桂英（房东）: a person's
    # an employer's column (用工单位) over a worker's own phone is no party's
    text = (
        "序号\n姓名\n性别\n公民身份号码\n安置岗位\n用工单位\n联系电话\n"
        "1\n鲍春燕\n女\n430721197602114528\n保洁\n县人民医院\n0736-4526718\n"
        "2\n邝德胜\n男\n430721196909053317\n护路员\n南岳镇人民政府\n0736-4531276\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0736-4526718") in got  # the worker's own, not the employer's
    assert at(text, "landline", "0736-4531276") in got


_CSV = (
    "序号,案件编号,乡镇,问题类型,当事人,当事人身份证号码,联系电话,当事人住址,整改责任人,整改时限\n"
    "1,AJ2026001,石门镇,乱建,熊文清,430721196802114517,13974215536,石门镇杨柳村5组16号,文建华,2026-03-31\n"
    "2,AJ2026003,石门镇,乱建,龙桂珍,430721197104253324,13807362251,石门镇杨柳村（经营场所）,文建华,2026-03-31\n"
    "3,AJ2026002,石门镇,乱堆,石门镇兴旺加工厂,,0736-5281904,石门镇工业小区2号,罗志平,2026-03-31\n"
    "4,AJ2026004,石门镇,乱占,邵德明,430721196509287712,15973621148,石门镇杨柳村7组3号,罗志平,2026-03-31\n"
    "5,AJ2026005,石门镇,乱建,贺秋生,430721197712035538,0736-5286623,石门镇新街21号,罗志平,2026-03-31\n"
)


def test_a_delimited_row_of_a_works_gives_its_landline_and_premises():
    got = found(_CSV, ["landline", "address"])
    assert at(_CSV, "landline", "0736-5281904") not in got
    assert at(_CSV, "address", "石门镇工业小区2号") not in got
    assert at(_CSV, "landline", "0736-5286623") in got  # a person's row keeps its line


def test_a_csv_place_column_is_read_under_its_header_row():
    got = found(_CSV, ["address"])
    # a value of words alone above ("某村（经营场所）") is no header over the rows below
    assert at(_CSV, "address", "石门镇杨柳村7组3号") in got
    assert at(_CSV, "address", "石门镇新街21号") in got
    assert at(_CSV, "address", "石门镇杨柳村5组16号") in got
