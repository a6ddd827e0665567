"""A person named on three rows or more with the same ID number each time is that person,
repeated (a proxy voting for several, a guarantor of several loans), not a caseworker
(``anchoredcells``); a register's 登记人 column is its registrar, acting in office
(``officialcolumns``), while 登记人姓名 stays the registrant's."""

from .spans import found, names

_ROWS = (
    ("冉秋菊", "500231199001011225", "邴德才", "500231196503047718", "13700001111", "祁海燕"),
    ("冉秋生", "500231199203054418", "邴德才", "500231196503047718", "13700001111", "祁海燕"),
    ("冉小军", "50023119950709331X", "邴德才", "500231196503047718", "13700001111", "祁海燕"),
    ("沃春兰", "500231198811121229", "伏建新", "500231197012107717", "13700002222", "祁海燕"),
)


def test_a_proxy_repeated_with_the_same_id_in_a_csv():
    lines = ["序号,委托人,委托人身份证号,受托人,受托人身份证号,联系电话,登记人"]
    for k, row in enumerate(_ROWS, 1):
        lines.append(",".join((str(k), *row)))
    text = "\n".join(lines) + "\n"
    expected = []
    for row in _ROWS:
        expected += [row[0], row[2]]
    assert found(text, ["name"]) == names(text, *expected)


def test_a_proxy_repeated_with_the_same_id_in_a_tab_table():
    lines = ["序号\t委托人\t身份证号码\t受托人\t受托人身份证号码\t电话\t登记人"]
    for k, row in enumerate(_ROWS, 1):
        lines.append("\t".join((str(k), *row)))
    text = "\n".join(lines) + "\n"
    got = found(text, ["name"])
    assert got.count(names(text, "邴德才")[0]) == 1
    assert sum(1 for s in got if text[s[1] : s[2]] == "邴德才") == 3
    assert not [s for s in got if text[s[1] : s[2]] == "祁海燕"]


def test_a_caseworker_on_many_rows_with_different_ids_stays_clean():
    # near miss: the same name on three rows, each row a different person's ID
    text = (
        "序号,姓名,身份证号,联系电话,包户干部\n"
        "1,沃春兰,500231198811121229,13700002222,柯振东\n"
        "2,冉秋生,500231199203054418,13700003333,柯振东\n"
        "3,冉小军,50023119950709331X,13700004444,柯振东\n"
    )
    assert found(text, ["name"]) == names(text, "沃春兰", "冉秋生", "冉小军")


def test_a_registrant_column_beside_its_own_id_is_persons():
    # near miss: in a register of persons (兵役登记) 登记人 is who registers, with a bare ID
    text = (
        "序号\t乡镇\t登记人\t公民身份号码\t本人手机\n"
        "1\t某某镇\t冉秋生\t500231199203054418\t13700003333\n"
        "2\t某某镇\t冉小军\t50023119950709331X\t13700004444\n"
        "3\t某某镇\t沃春兰\t500231198811121229\t13700002222\n"
    )
    assert found(text, ["name"]) == names(text, "冉秋生", "冉小军", "沃春兰")
