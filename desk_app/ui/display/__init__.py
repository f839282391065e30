"""The call display (``desk-app display``): full screen on a TV or second monitor.

window.py (the widget), model.py (the calls as a Qt model), announcer.py (chime and
German speech, silent without audio), run.py (the composition: database, feed, window).
"""
