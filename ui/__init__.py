"""The PySide6 application: widgets that call the ``planner`` services."""
