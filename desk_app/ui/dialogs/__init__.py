"""Dialogs of the counter and reception screens. All are opened with ``open()`` and
report through ``finished``/``accepted``: never ``exec()`` inside a coroutine."""
