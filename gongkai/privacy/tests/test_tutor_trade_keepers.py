"""A tutor's or a workshop's trade name opened by its place and its keeper (某县X书画培训部,
某镇X舞蹈工作室, 某镇X补习班, 某县某街X五金店), also running on into the complaint: the
keeper's name marked, the rest plain; a brand's word (某县乐学堂托管服务部) is no keeper
(privfix19f)."""

from .spans import found, names


def test_keepers_of_workshops_and_tutoring_classes():
    text = (
        "序号\n举报人\n举报事项\n"
        "1\n钱晓东\n宁川县邵春兰少儿美术工作室无证办学\n"
        "2\n沈立平\n宁川县石桥镇鲁文华补习班在居民楼内收费\n"
        "3\n邹丽娟\n宁川县贺月仙书画培训部超范围培训\n"
    )
    got = found(text, {"name"})
    assert got == names(text, "钱晓东", "邵春兰", "沈立平", "鲁文华", "邹丽娟", "贺月仙")


def test_a_keeper_after_a_street_and_a_farm_machine_shop():
    text = (
        "序号,原名称,联系电话\n1,宁川县跃进街钟国强五金店,13712345608\n"
        "2,宁川县石桥镇蔡运生农机修理店,13912345670\n"
    )
    assert found(text, {"name"}) == names(text, "钟国强", "蔡运生")


def test_brands_stay_plain():
    text = (
        "投诉人：钱晓东\n培训机构：宁川县乐学堂托管服务部（个体）\n"
        "培训机构：宁川县金太阳课后托管服务部（个体）\n"
        "培训机构：宁川县启明星舞蹈工作室（个体）\n"
    )
    assert found(text, {"name"}) == names(text, "钱晓东")
