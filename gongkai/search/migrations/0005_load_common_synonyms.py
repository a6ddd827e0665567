"""Common abbreviations of government services and their full names (editable data)."""

from django.db import migrations

GROUPS = [
    "低保、最低生活保障",
    "医保、医疗保障、医疗保险",
    "社保、社会保险、社会保障",
    "公积金、住房公积金",
    "一网通办、一网通、全程网办",
    "特困、特困人员救助供养",
    "临救、临时救助",
    "残疾证、残疾人证",
    "营业执照、工商营业执照",
    "双随机、双随机一公开",
    "放管服、简政放权",
    "12345、政务服务便民热线",
    "不动产证、不动产权证书",
    "新农合、新型农村合作医疗",
]


def load(apps, schema_editor):
    Group = apps.get_model("search", "SynonymGroup")
    if Group.objects.exists():
        return
    Group.objects.bulk_create(Group(words=w) for w in GROUPS)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_synonym_groups")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
