"""The trained models shipped with qa-align (package data, read with ``importlib.resources``):
``responsiveness.joblib`` and ``.json`` (the score column; card ``responsiveness.md``) and
``off_topic.json`` (the off_topic rule's thresholds). ``qa-align train`` writes them here and
into the checkout's top-level ``models/`` (see ``qa_align.train.save_dirs``)."""
