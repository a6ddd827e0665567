"""Public participation (政民互动, RULES §6).

- Consultations (意见征集): ``services.consultation_create`` refuses a period under 30
  days without a public reason; ``comment_submit`` closes exactly at ``ends_at``;
  comments are moderated (``comment_moderate``) and shown through
  ``gongkai.privacy.mask_text``; ``feedback_record`` needs a reason unless adopted;
  ``consultation_decision_record`` stores the 10-working-day feedback deadline (seed 001).
- Leader mailbox (领导信箱): ``message_submit`` returns a tracking number and a code that
  is stored hashed; ``message_transfer`` keeps the routing history; answers to be
  published go through ``message_review``.
- For the monitoring app: ``selectors.unanswered_over_three_months(unit=None)`` — valid
  messages unanswered for more than 3 calendar months (the national website check veto).
- Search sources: ``participation.consultation`` (published drafts) and
  ``participation.message`` (published answers).
- Surveys, open meetings (``selectors.meeting_counts``) and replies to deputies'
  suggestions (``deputy_reply_publish`` removes the deputy's name, contacts and
  distribution list).

Layout: pure rules in ``rules.py`` and ``deadlines.py`` (no database writes); every write
in ``services/`` (one module per concern: ``consultations``, ``mailbox``, ``surveys``,
``meetings``, ``deputies``, ``recompute``; re-exported from ``services``); every read in
``selectors.py``; pages in ``views/`` (same split); the workflows as ``TRANSITIONS`` tables
beside ``Consultation`` and ``Message`` in ``models.py``; what the app adds to the platform
in ``plugs.py``.
"""
