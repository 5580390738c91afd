"""The stakeholder map's core: graphs, insights, layouts and the renderer.

- :mod:`planner.graph.build` reads an account from the database (live rows
  only) into plain dicts and builds the networkx graphs;
- :mod:`planner.graph.metrics` measures them (influence, brokerage, routes)
  and :mod:`planner.graph.insights` draws conclusions (pure functions, plus
  ``account_insights`` for the database), worded by
  :mod:`planner.graph.wording` in English and Chinese;
- :mod:`planner.graph.layout` computes automatic layouts (pure);
- :mod:`planner.graph.scene` gathers what the map shows as plain data;
- :mod:`planner.graph.render` draws it with QPainter (QtGui only, never
  QtWidgets) onto a QImage, an SVG or a PDF, with the pieces in
  :mod:`planner.graph.draw`.

Only ``render`` and ``draw`` import Qt, and only when they are imported.
"""
