"""Layouts of docs255–257 (issue 16, privfix19d): a CSV that quotes only its cells of prose,
a county's name taken for a person's, and a directory of service points whose contacts act
in office."""

from gongkai.privacy.csvcells import join_quoted_cells

from .spans import at, found

SPARSE_CSV = (
    "编号,日期,投诉人,联系电话,关系,被投诉单位,投诉内容,办理结果\n"
    'TS-01,2025-03-02,鲁文静,13907651234,母亲,某县乐乐托育中心,"反映幼儿午睡无人看护，\n'
    '要求整改。",已责令整改\n'
    'TS-02,2025-03-09,钟海燕,0735-6221845,祖母,某县童趣托育园,"反映餐费收取不透明，\n'
    '要求公示。",已公示\n'
)


def test_sparse_quoted_csv_joins_its_prose_cells():
    joined = join_quoted_cells(SPARSE_CSV)
    assert len(joined) == len(SPARSE_CSV)
    assert joined.count("\n") == 3  # header and two records, one line each
    assert "看护，、要求整改" in joined


def test_sparse_quoted_csv_reads_its_person_column():
    got = found(SPARSE_CSV, ["name"])
    assert at(SPARSE_CSV, "name", "鲁文静") in got
    assert at(SPARSE_CSV, "name", "钟海燕") in got


def test_quote_in_prose_is_no_csv():
    text = '会议指出,要"守住底线,\n抓好落实",确保实效。\n'
    assert join_quoted_cells(text) == text


AWARD = (
    "湄江县劳动人事争议仲裁委员会\n裁决书\n"
    "申请人：贺志勇，男，1980年3月1日出生，住湄江县城关镇河西路8号。\n"
    "被申请人湄江县鑫达建筑工程有限公司，住所地湄江县城关镇工业路3号。\n"
    "贺志勇于湄江县鑫达建筑工程有限公司工地受伤，经送湄江县医院治疗。\n"
    "不服本裁决的，可向湄江县人民法院起诉。\n"
)


def test_county_read_as_name_is_dropped_everywhere():
    got = found(AWARD, ["name"])
    assert not [g for g in got if AWARD[g[1] : g[2]] == "湄江"]
    assert at(AWARD, "name", "贺志勇") in got


def test_name_before_one_county_mention_stays():
    text = "经查，申请人汪建民市场摊位被占用一事属实。\n"
    assert at(text, "name", "汪建民") in found(text, ["name"])


POINTS = (
    "附件\n各乡镇受理点联系方式\n"
    "序号\u3000乡镇\u3000\u3000受理地点\u3000\u3000\u3000\u3000\u3000\u3000联系人\u3000\u3000办公电话\n"
    "1\u3000\u3000东坪镇\u3000\u3000东坪镇便民服务中心2号窗口\u3000\u3000黎书琴\u3000\u30000746-5521032\n"
    "2\u3000\u3000西溪乡\u3000\u3000西溪乡政府一楼大厅\u3000\u3000\u3000\u3000汤国栋\u3000\u30000746-5530117\n"
)

PERSONS = (
    "序号\u3000姓名\u3000\u3000联系人\u3000\u3000联系电话\n"
    "1\u3000\u3000龙小梅\u3000\u3000滕建华\u3000\u300013874561203\n"
)


def test_service_points_contacts_act_in_office():
    got = found(POINTS, ["name"])
    assert at(POINTS, "name", "黎书琴") not in got
    assert at(POINTS, "name", "汤国栋") not in got


def test_persons_table_keeps_its_contact():
    got = found(PERSONS, ["name"])
    assert at(PERSONS, "name", "龙小梅") in got
    assert at(PERSONS, "name", "滕建华") in got
