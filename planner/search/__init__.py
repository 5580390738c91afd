"""Full-text search over accounts, people, opportunities, visits and notes.

- :mod:`.tokens`: how text and queries are cut (Chinese bigrams, words);
- :mod:`.schema`: the index tables and the triggers that queue every write;
- :mod:`.documents`: what is indexed for each record;
- :mod:`.index`: working off the queue, rebuild, verify;
- :mod:`.query`: ranked hits with highlighted snippets.
"""

from planner.search.index import pending, rebuild, refresh, verify
from planner.search.query import Hit, search

__all__ = ["Hit", "pending", "rebuild", "refresh", "search", "verify"]
