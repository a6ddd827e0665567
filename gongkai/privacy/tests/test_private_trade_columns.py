"""A column headed by a private trade (导游, 司机, 保姆, 护工, 被投诉导游) holds persons where
its cells look like names, even on rows naming the company they work for (``tables``);
a column of units under such a word (所属旅行社) stays clean."""

from .spans import found, names


def test_a_complaint_ledger_in_quoted_csv():
    text = (
        '"编号","投诉人","联系电话","被投诉导游","所属旅行社"\n'
        '"T-01","包文华","13600001234","竺晓燕","某某国际旅行社有限公司"\n'
        '"T-02","晏志强","13600005678","蒲建军","某某假日旅行社有限公司"\n'
    )
    assert found(text, ["name"]) == names(text, "包文华", "竺晓燕", "晏志强", "蒲建军")


def test_a_tab_roster_of_drivers_and_carers():
    text = (
        "序号\t车牌\t司机\t随车护工\t运营公司\n"
        "1\t某A12345\t房振东\t邰丽娟\t某某公交有限公司\n"
        "2\t某A23456\t葛春生\t宓彩云\t某某公交有限公司\n"
    )
    got = found(text, ["name"])
    assert names(text, "房振东", "邰丽娟", "葛春生", "宓彩云") == [
        g for g in got if text[g[1] : g[2]] in ("房振东", "邰丽娟", "葛春生", "宓彩云")
    ]
    assert len(got) == 4


def test_a_column_of_trades_as_words_is_no_persons():
    # near miss: the cells are kinds of work, not names
    text = "序号\t岗位\t导游\t人数\n1\t讲解\t中文导游\t3\n2\t讲解\t外语导游\t2\n"
    assert found(text, ["name"]) == []
