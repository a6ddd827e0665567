"""Background work of static publishing; each task takes plain values and is idempotent."""

from django_tasks import task

from gongkai.core import conf


@task()
def rerender_object(source_name: str, pk: int) -> int:
    """Re-render the pages one changed public object shows on."""
    from gongkai.staticsite.config import configured_tree
    from gongkai.staticsite.services import rerender_change

    tree = configured_tree()
    return len(rerender_change(tree, source_name, pk)) if tree else 0


@task()
def verify_tree() -> str:
    """The scheduled tamper check (every GONGKAI_STATIC_VERIFY_MINUTES)."""
    from gongkai.staticsite.config import configured_tree
    from gongkai.staticsite.services import check_tree

    tree = configured_tree()
    if tree is None or not tree.state.exists():
        return "未配置静态发布"
    incident = check_tree(tree, restore=bool(conf.get("GONGKAI_STATIC_RESTORE")))
    return "一致" if incident is None else f"发现篡改事件 {incident.pk}"
