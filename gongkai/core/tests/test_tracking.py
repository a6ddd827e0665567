from gongkai.core.tracking import CODE_ALPHABET, code_digest, code_matches, random_code


def test_codes_use_an_unambiguous_alphabet():
    code = random_code(10)
    assert len(code) == 10 and set(code) <= set(CODE_ALPHABET)
    assert not set("0O1I") & set(CODE_ALPHABET)


def test_digest_is_keyed_and_tolerant_of_case_and_spaces(settings):
    d = code_digest("YSQ20261122ABC", "K7MPQ2")
    assert code_matches(d, "YSQ20261122ABC", " k7mpq2 ")
    assert not code_matches(d, "YSQ20261122ABD", "K7MPQ2")  # bound to its tracking number
    assert not code_matches(d, "YSQ20261122ABC", "")
    settings.SECRET_KEY = "another-secret-key-for-the-test-0123456789"
    assert not code_matches(d, "YSQ20261122ABC", "K7MPQ2")  # not a bare hash
