"""Issue 16 (privfix27a): a run of names after an office's section (…股：A、B，电话0xxx-…) or an
office's panel (考核组：A、B、C) acts in office, as a lone name there already does. Near misses:
a run with a mobile on its line, an expert panel.
"""

from __future__ import annotations

from .spans import found, names


def test_a_sections_contacts_with_its_line():
    # (other passes read this one too; kept as coverage: the set's case of the kind is 5564)
    text = "五、联系方式\n某县自然资源局确权登记股：陶丽君、左文辉，电话0736-5210384。\n"
    assert found(text, ("name",)) == []


def test_a_panels_run_on_a_signoff_line():
    text = "合计\t—\t12人\n考核组：鲁志强、黎红梅、秦国华\t制表：何静\t审核：孟庆山\n"
    assert found(text, ("name",)) == []


def test_persons_runs_stay():
    text = "林业工作站：鲁志强、黎红梅，手机13907365120\n专家组：秦国华、孟庆山\n"
    assert found(text, ("name",)) == names(text, "鲁志强", "黎红梅", "秦国华", "孟庆山")
