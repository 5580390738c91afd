"""The stakeholder map's core: graphs, insights, layouts and the renderer.

- :mod:`planner.graph.build` reads an account from the database (live rows
  only) into plain dicts and builds the networkx graphs;
- :mod:`planner.graph.insights` analyses them (pure functions, plus
  ``account_insights`` for the database);
- :mod:`planner.graph.layout` computes automatic layouts;
- :mod:`planner.graph.render` draws the map with QPainter (QtGui only, never
  QtWidgets) onto a QImage, an SVG or a PDF.

Only ``render`` imports Qt, and only when it is imported itself.
"""
