"""The menus: pause, settings (with rebinding), save/load slots, memories, chapters, credits and
the confirmation box they share. Everything here is engine code: it names no story content."""
