"""The ``planner`` command line: one entry point over the services."""
