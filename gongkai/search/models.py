"""The search index: one row per public object, plus a full-text index keyed by its id.

The full-text part is not a Django model: on SQLite it is the FTS5 virtual table
``search_fts`` (contentless, rowid = ``SearchDocument.id``); on PostgreSQL it is the
``tsv`` tsvector column of this table with a GIN index. Both are created by migration
0002 and written only by ``gongkai.search.backends``.
"""

from django.db import models


class SearchDocument(models.Model):
    """检索文档：一个公开对象在索引中的副本。"""

    source = models.CharField("来源", max_length=64)
    object_pk = models.BigIntegerField("对象编号")
    title = models.CharField("标题", max_length=500)
    url = models.CharField("链接", max_length=500)
    date = models.DateField("日期", null=True, blank=True)
    year = models.PositiveSmallIntegerField("年份", null=True, blank=True)
    unit_id = models.BigIntegerField("机构编号", null=True, blank=True)
    unit_name = models.CharField("机构", max_length=200, blank=True)
    topic = models.CharField("主题", max_length=100, blank=True)
    kind = models.CharField("类别", max_length=100, blank=True)
    validity = models.CharField("有效性", max_length=50, blank=True)
    doc_number = models.CharField("文号", max_length=100, blank=True)
    index_number = models.CharField("索引号", max_length=100, blank=True)
    text = models.TextField("摘要原文", blank=True)  # the start of the body, for snippets
    # zlib-compressed token streams, needed to remove a row from a contentless FTS5 index.
    tokens = models.BinaryField("索引词", default=b"")
    indexed_at = models.DateTimeField("索引时间")

    class Meta:
        verbose_name = "检索文档"
        verbose_name_plural = "检索文档"
        constraints = [
            models.UniqueConstraint(fields=["source", "object_pk"], name="search_doc_unique")
        ]
        indexes = [
            models.Index(fields=["date"], name="search_doc_date"),
            models.Index(fields=["unit_id", "date"], name="search_doc_unit"),
            models.Index(fields=["year"], name="search_doc_year"),
            models.Index(fields=["source", "indexed_at"], name="search_doc_source"),
        ]

    def __str__(self) -> str:
        return self.title


class SynonymGroup(models.Model):
    """同义词组: abbreviations and full names that a search treats as the same word
    (低保、最低生活保障); edited by the office, applied to every query."""

    words = models.CharField(
        "同义词", max_length=300, help_text="用顿号、逗号或空格分隔，如：低保、最低生活保障"
    )
    enabled = models.BooleanField("启用", default=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "检索同义词"
        verbose_name_plural = "检索同义词"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.words
