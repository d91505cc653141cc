"""What each command shows: plain functions from query results to the renderer's Records, Document and Grid.

:mod:`.dataset` for ``list``, ``show`` and ``info``; :mod:`.queries` for ``find``, ``compare``, ``rank``, ``facets``
and ``matrix``. How any of it looks in each format is :mod:`llmengines.render`'s business.
"""
