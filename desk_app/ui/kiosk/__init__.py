"""The self check-in kiosk (``desk-app kiosk``): full screen, touch, scanner, ticket
printer. texts.py (the seven languages), keypad.py, window.py, run.py."""
