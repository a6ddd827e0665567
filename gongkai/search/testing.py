"""Helpers shared by the tests and the benchmark: an in-memory search source whose items
can be published and withdrawn, and documents made from the real seed texts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from gongkai.core.plugs import _search_sources as _registered
from gongkai.core.plugs import register_search_source as register_source
from gongkai.search.contract import SearchDocumentData, SearchSource

_SENTENCE_RE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def seed_sentences(seeds_dir: Path | str | None = None) -> list[list[str]]:
    """The seeds' sentences, one list per seed file, in order (web chrome dropped)."""
    if seeds_dir is None:
        from django.conf import settings

        seeds_dir = settings.GONGKAI_SEEDS_DIR
    out = []
    for path in sorted(Path(seeds_dir).glob("*.txt")):
        sentences = []
        for m in _SENTENCE_RE.finditer(path.read_text("utf-8")):
            s = m.group(0).strip()
            if len(s) >= 12 and re.search(r"[\u4e00-\u9fff]", s):
                sentences.append(s)
        out.append(sentences)
    return out


def _title_of(sentence: str) -> str:
    clause = re.split(
        r"[，,；;：:。]", re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.]", "", sentence)
    )[0]
    return clause.strip()[:40] or sentence[:40]


class MemorySource:
    """A search source backed by a dict; ``withdraw``/``publish`` flip visibility."""

    def __init__(self, name: str = "test.doc", label: str = "测试文档"):
        self.name, self.label = name, label
        self.items: dict[int, SearchDocumentData] = {}
        self.public: set[int] = set()

    def document(self, pk: int) -> SearchDocumentData | None:
        return self.items.get(pk) if pk in self.public else None

    def public_ids(self):
        return sorted(self.public)

    def add(self, pk: int, data: SearchDocumentData, *, public: bool = True) -> None:
        self.items[pk] = data
        if public:
            self.public.add(pk)

    def withdraw(self, pk: int) -> None:
        self.public.discard(pk)

    def publish(self, pk: int) -> None:
        self.public.add(pk)

    def register(self) -> SearchSource:
        source = SearchSource(
            name=self.name, label=self.label, document=self.document, public_ids=self.public_ids
        )
        register_source(source)
        return source

    def unregister(self) -> None:
        _registered.pop(self.name, None)


TOPICS = ["综合政务", "民政、扶贫、救灾", "卫生、体育", "财政、金融、审计"]
KINDS = ["通知", "方案", "意见", "要点"]
VALIDITY = ["有效", "失效"]


def seed_corpus(units: list[tuple[int, str]], per_doc: int = 4) -> dict[int, SearchDocumentData]:
    """Documents cut from the seeds: every ``per_doc`` consecutive sentences form a body,
    its first sentence's first clause the title. Attributes rotate deterministically.
    Three documents are added: the real 泸政办发〔2021〕56号 notice (seed 001), the same
    text in traditional characters, and a text with full-width digits."""
    from opencc import OpenCC

    docs: dict[int, SearchDocumentData] = {}
    pk = 0
    for sentences in seed_sentences():
        for i in range(0, len(sentences), per_doc):
            chunk = sentences[i : i + per_doc]
            pk += 1
            unit_id, unit_name = units[pk % len(units)]
            docs[pk] = SearchDocumentData(
                title=_title_of(chunk[0]),
                body="".join(chunk[1:]) or chunk[0],
                url=f"/documents/{pk}/",
                date=dt.date(2017 + pk % 7, 1 + pk % 12, 1 + pk % 28),
                unit_id=unit_id,
                unit_name=unit_name,
                topic=TOPICS[pk % len(TOPICS)],
                kind=KINDS[(pk // 2) % len(KINDS)],
                validity=VALIDITY[pk % 5 == 0],
                index_number=f"015281722-{2017 + pk % 7}-{pk:06d}",
            )
    seed001 = seed_sentences()[1]
    unit_id, unit_name = units[0]
    docs[1001] = SearchDocumentData(
        title="泸水市人民政府办公室关于印发2021年泸水市政务公开工作要点的通知",
        body="".join(seed001[:12]),
        url="/documents/1001/",
        date=dt.date(2021, 9, 30),
        unit_id=unit_id,
        unit_name=unit_name,
        topic="综合政务",
        kind="通知",
        validity="有效",
        doc_number="泸政办发〔2021〕56号",
        index_number="015281722-2021-186067",
    )
    s2t = OpenCC("s2t")
    trad_sentences = [s for s in seed001 if "政策解读" in s][:2]
    docs[1002] = SearchDocumentData(
        title=s2t.convert("做好政策解读回应工作"),
        body=s2t.convert("".join(trad_sentences)),
        url="/documents/1002/",
        date=dt.date(2022, 3, 1),
        unit_id=units[-1][0],
        unit_name=units[-1][1],
        topic="综合政务",
        kind="意见",
        validity="有效",
    )
    hotline = next(s for s in seed001 if "12345" in s)
    docs[1003] = SearchDocumentData(
        title="便民热线服务",
        body=hotline.replace("12345", "１２３４５"),
        url="/documents/1003/",
        date=dt.date(2020, 6, 1),
        unit_id=units[-1][0],
        unit_name=units[-1][1],
        topic="综合政务",
        kind="通知",
        validity="有效",
    )
    return docs


def oracle_text(data: SearchDocumentData) -> str:
    """What a naive scan would search: every indexed field, normalised."""
    from gongkai.search.analysis import normalize

    return normalize(
        " ".join([data.title, data.doc_number, data.index_number, data.body, data.extra_text])
    )
