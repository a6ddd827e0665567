"""The held-out perturber (benchmarks/privacy_heldout/perturb.py) keeps every mark exact."""

import importlib.util
import sys
from collections import Counter

from .spans import ROOT

_spec = importlib.util.spec_from_file_location(
    "perturb", ROOT / "benchmarks" / "privacy_heldout" / "perturb.py"
)
perturb = importlib.util.module_from_spec(_spec)
sys.modules["perturb"] = perturb
_spec.loader.exec_module(perturb)

TAB = (
    "2026年临时救助对象公示\n"
    "序号\t姓名\t身份证号\t家庭住址\t救助金额\t备注\n"
    "1\t⟦name:李桂兰⟧\t⟦id_card:430102195001011234⟧\t⟦address:东风村3组12号⟧\t1200\t因病致贫入户核实\n"
    "2\t⟦name:欧阳春⟧\t⟦none:4301**********1234⟧\t⟦address:河西社区7栋201室⟧\t800\t火灾受损经村委会核实\n"
    "3\t⟦name:王芳⟧\t⟦id_card:430102198803035678⟧\t石门村3组\t600\t子女就学支出较大\n"
    "监督电话：0731-1234567\n"
)


def marks(raw):
    return Counter(perturb.MARK.findall(raw))


def test_every_kind_keeps_each_mark_and_its_exact_span():
    for kind in perturb.KINDS:
        made = perturb.perturb("a.txt", TAB, kind, seed=3)
        if made is None:
            assert kind == "tab"
            continue
        name, raw = made
        assert marks(raw) == marks(TAB), kind
        doc = perturb.parse(name, raw)
        values = Counter((k, doc.text[s:e]) for s, e, k in doc.labels)
        assert values == Counter((k, v) for k, v in perturb.MARK.findall(TAB) if k != "none")


def test_forms_are_what_they_say():
    onecell = perturb.perturb("a.txt", TAB, "onecell")[1]
    assert "\n⟦name:欧阳春⟧\n" in onecell and "\t" not in onecell
    semi = perturb.perturb("a.txt", TAB, "csv_semicolon")[1]
    assert "2;⟦name:欧阳春⟧;" in semi
    thead = perturb.perturb("a.txt", TAB, "html_thead")
    assert thead[0].startswith("a.html") and "<th>姓名</th>" in thead[1]
    pages = perturb.perturb("a.txt", TAB, "page_break")[1]
    assert pages.count("序号\t姓名") >= 2 and "页" in pages
    dropped = perturb.perturb("a.txt", TAB, "drop_seq")[1]
    assert "序号" not in dropped and "\n⟦name:李桂兰⟧\t" in dropped
    person = perturb.perturb("a.txt", TAB, "header_person")[1]
    assert "\t姓名\t" not in person and any(f"\t{h}\t" in person for h in perturb.PERSON_HEADERS)


def test_the_held_out_documents_keep_their_marks_under_every_kind():
    docs = perturb.sources()
    assert len(docs) > 100
    changed = 0
    for name, raw in docs:
        for kind in perturb.KINDS:
            made = perturb.perturb(name, raw, kind)
            if made is None:
                continue
            changed += 1
            assert marks(made[1]) == marks(raw), (name, kind)
    assert changed > 1000


def test_the_variants_are_the_same_each_time():
    docs = perturb.sources()[:40]
    for kind in ("aligned", "wrap", "page_break", "header_other", "add_empty"):
        assert perturb.variants(kind, docs, seed=7) == perturb.variants(kind, docs, seed=7)
