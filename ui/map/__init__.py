"""The Stakeholder map tab: a drawing editor over the account's people.

- :mod:`ui.map.card_item`, :mod:`ui.map.area_item`, :mod:`ui.map.line_item`:
  the QGraphicsItems (they paint with :mod:`planner.graph.draw`, the same
  code as the exported drawings);
- :mod:`ui.map.canvas`: the view (zoom, pan, keyboard, dragging, drawing lines);
- :mod:`ui.map.commands`: undoable moves (consecutive moves of one card merge);
- :mod:`ui.map.overlays`: the toolbar's overlay and layout choices;
- :mod:`ui.map.person_panel`, :mod:`ui.map.insights_panel`: the side panels;
- :mod:`ui.map.export`: PNG/SVG export through :mod:`planner.graph.render`;
- :mod:`ui.map.tab`: the tab that puts them together and talks to the services.
"""
