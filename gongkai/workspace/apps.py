from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    name = "gongkai.workspace"
    label = "workspace"
    verbose_name = "工作台"

    def ready(self) -> None:
        from gongkai.core.models import Role
        from gongkai.core.plugs import register_nav

        register_nav("领导一览", "workspace:leader", order=5, roles=(Role.LEADER,))
        register_nav("机构管理", "workspace:units", order=880, roles=(Role.OFFICE,))
        register_nav("人员与角色", "workspace:staff", order=885, roles=(Role.OFFICE,))
