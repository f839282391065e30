"""The self check-in kiosk (``desk-app kiosk``): full screen, touch, scanner, ticket
printer. texts.py (the seven languages), window.py; the composition is
desk_app.app_waiting_room."""
