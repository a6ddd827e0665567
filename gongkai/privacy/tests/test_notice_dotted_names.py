"""Lost-document notices opened by a transliterated name (库尔班·买买提) (issue 16)."""

from .spans import at, found


def person_names(text):
    return found(text, ["name"])


def test_dotted_names_open_notices():
    cases = [
        ("■库尔班·买买提遗失中华人民共和国护照，号码E95128307，声明作废。", "库尔班·买买提"),
        ("2. 阿依古丽·吐尔逊不慎遗失居民身份证，声明作废。", "阿依古丽·吐尔逊"),
        ("　　热依拉·阿不都热合曼丢失残疾人证一本，特此声明。", "热依拉·阿不都热合曼"),
    ]
    for text, name in cases:
        assert at(text, "name", name) in person_names(text), text


def test_dotted_words_that_are_no_names():
    for text in (
        "中国·澧县旅游节期间遗失物品请到服务台认领",
        "■县五金厂遗失营业执照正本，声明作废。",
    ):
        assert person_names(text) == [], text
