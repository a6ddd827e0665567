"""我为政府网站找错: error reports from the public about the website itself.

A link in every page footer opens the report form with the page's address filled in.
A report goes to the disclosure office of the site's unit (which may hand it on to the
department concerned) and must be answered within ``GONGKAI_ZHAOCUO_ANSWER_DAYS``
working days (default 3, the national website guideline). Open reports appear on the
to-do list; received, answered, on-time and overdue reports are counted like mailbox
messages (``selectors.counts``) and feed the 政府网站工作年度报表.
"""
