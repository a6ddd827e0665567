"""Annual report (政府信息公开工作年度报告), statistics, catalogue coverage, assessment.

Entry points:

- ``compute.compute_report(unit, year, scope)`` — every table of RULES §8 from the data
  (GROUP BY only); ``checks.run_checks(data)`` — the four 勾稽 checks with failing numbers;
- ``services.report_start / report_update / report_publish`` — the report's life;
  ``services.external_figure_set / external_figures_import`` — section 二 figures kept in
  other systems, with their source;
- ``writers.render_docx / render_pdf / render_xlsx`` — the national layout;
- ``stats``, ``compliance`` and the assessment services for the disclosure office.

Settings (optional): ``GONGKAI_REPORT_DUE_DEPARTMENT`` (default ``(1, 31)``) and
``GONGKAI_REPORT_DUE_GOVERNMENT`` (default ``(3, 31)``), as (month, day) of the year after
the report year (Art. 49; local rules may set earlier dates).
"""
