tui-quit-not-saved = NO se ha guardado: corrija el problema indicado y vuelva a salir, o salga de nuevo para irse sin guardar
