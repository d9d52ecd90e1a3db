tui-quit-not-saved = PAS enregistré : corrigez le problème indiqué puis quittez de nouveau, ou quittez de nouveau pour partir sans enregistrer
