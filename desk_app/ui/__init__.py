"""PySide6 screens of desk_app: one module per screen, Qt models over service results.

Every visible string goes through ``tr()``/``translate()`` with German as the source
language (resources/translations/desk_app_en.ts holds the English text).
"""
