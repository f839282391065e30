"""The call display (``desk-app display``): full screen on a TV or second monitor.

window.py (the widget), model.py (the calls as a Qt model), announcer.py (chime and
German speech, silent without audio). The composition (database, feed, window) is
desk_app.app_waiting_room.
"""
