# The guided interface: screens, keys, notes.

tui-quit-not-saved = NOT saved: fix the problem shown and quit again, or quit again to leave without saving
