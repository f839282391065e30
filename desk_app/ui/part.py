"""What the main window (the shell) knows of a part of the window that is not a screen
(issue 11): the queue controller behind the counter and the reception, the silent alarm
with its banner, the appointment book's menu, administration, the automatic no-show and
the mailbox poll. Each is one ``PartEntry`` in ``ui/shell/registry.py``; screens and
other parts get one by naming it in their entry's ``needs``, never by reaching into the
window or into another screen.

A part is any object; the shell uses those of these members it has:

- ``part_actions()``: QActions the shell adds to the window (their shortcuts work on
  every screen) and, by their ``MENU`` property (ui/actions.py: "view", "print",
  "bookings", "admin"), to a menu;
- ``banner()``: a widget the shell puts above every screen (or None);
- ``message``: a Signal(str, bool) for the window's message bar;
- ``start()``: the person is signed in and the database reachable (called once);
- ``on_changes(records)`` (async): every change-feed batch, before the screens get it
  (a part that has slow work spawns it rather than holding the batch up);
- ``set_writable(writable)``: the database is (not) reachable or writable;
- ``shutdown()`` (async): the window closes.

A part reaches the window only through what the shell offers every screen: ``desk``,
``settings``, ``tasks``, ``ops``, ``output``, ``printer``, ``day``/``dayChanged``,
``active_dialog``, ``open_dialog()``, ``current_entry()``, ``show_message()``,
``update_actions()``. Menus are the shell's: a part names one by its actions' ``MENU``.
"""
