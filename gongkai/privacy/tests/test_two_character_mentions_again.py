"""A two-character name found sure (a column, a line of particulars) is found again
where it stands after a copula (分别为X、Y) or in a pair closed by its count (X、Y二人)
(issue 16, the thirty-seventh held-out batch's classes, with fixtures of their own)."""

from .spans import found


def _spans(text, piece):
    out, k = [], text.find(piece)
    while k >= 0:
        out.append(("name", k, k + len(piece)))
        k = text.find(piece, k + 1)
    return out


def test_a_name_of_a_column_named_again_after_a_copula():
    text = (
        "序号\t姓名\t成绩\n1\t龚磊\t2:10:05\n2\t闵洁\t2:12:11\n3\t祝文轩\t2:13:40\n\n"
        "本地最快男、女选手分别为龚磊、闵洁，各奖励3000元。\n"
    )
    got = found(text, ["name"])
    for person in ("龚磊", "闵洁"):
        assert set(_spans(text, person)) <= set(got), person


def test_a_pair_of_persons_closed_by_their_count():
    text = (
        "一、冉平，身份证号430102199001011238，住址：城关镇河街8号。\n"
        "二、莫凡，身份证号430102198502021232，住址：城关镇新街9号。\n"
        "另，冉平、莫凡两人的行为已记入诚信档案。\n"
    )
    got = found(text, ["name"])
    for person in ("冉平", "莫凡"):
        assert set(_spans(text, person)) <= set(got), person


def test_words_after_a_copula_are_not_taken_for_mentions():
    text = "序号\t姓名\n1\t常青\n2\t田园\n3\t龙海燕\n\n本村的目标是常青、田园风光。\n"
    got = found(text, ["name"])
    for word in ("常青", "田园"):
        assert ("name", text.rfind(word), text.rfind(word) + 2) not in got, word
