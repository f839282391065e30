"""desk_app: front-desk counter application for an Ausländerbehörde."""

__version__ = "0.1.0"
