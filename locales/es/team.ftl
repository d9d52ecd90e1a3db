team-no-git = esta orden necesita el programa git, que no está instalado en este equipo. Instale git (por ejemplo `apt install git`, `brew install git` o https://git-scm.com/downloads) y vuelva a intentarlo.
team-git-failed = `{ $command }` falló: { $detail }
team-not-a-repository = la carpeta de datos { $dir } todavía no se comparte: ejecute `workbook team init` (añada `--remote URL` para sincronizarla con un repositorio compartido).
team-no-identity = git necesita su nombre y su correo electrónico para registrar quién cambió qué. Indíquelos una sola vez con:
    git config --global user.name "Su Nombre"
    git config --global user.email "usted@ejemplo.org"
team-cannot-write = no se puede escribir { $path }: { $detail }
team-pull-conflict = no se pudieron combinar los cambios de un colega con los suyos, así que no se modificó nada y su trabajo queda registrado aquí. Archivos que git no pudo combinar: { $files }. Consulte a la persona que los cambió o lea «Trabajar en equipo» en el README.
team-first-commit = Compartir las ciudades de esta carpeta de datos

team-message-new = { $city }: ciudad nueva
team-message-deleted = { $city }: ciudad eliminada
team-message-details = { $city }: datos de la ciudad
team-message-answers = { $city }: { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
} ({ $answers }{ $more ->
    [0] {""}
   *[other] , y { $more } más
})
team-message-subject = { $count } ciudades modificadas

team-init-created = La carpeta de datos { $dir } es ahora un repositorio git para compartir ciudades.
team-init-adopted = El repositorio git { $dir } está preparado para compartir ciudades.
team-init-committed = Las ciudades quedan registradas en el historial.
team-init-remote = Repositorio compartido: { $url }
team-init-no-remote = Aún no hay repositorio compartido: los cambios se quedan en este equipo. Añada uno con `workbook team init --remote URL`.

team-status-folder = Carpeta: { $dir }
team-status-remote = Repositorio compartido: { $url }
team-status-clean = Nada que registrar: todos los cambios están en el historial.
team-status-changes = { $count ->
    [one] 1 ciudad modificada desde la última sincronización:
   *[other] { $count } ciudades modificadas desde la última sincronización:
}
team-status-ahead-behind = Esta copia tiene { $ahead } commits que faltan en el repositorio compartido, y le faltan { $behind } de los suyos (según la última sincronización).
team-status-never-synced = Aún sin sincronizar: ejecute `workbook team sync`.
team-change-new = { $city }: ciudad nueva
team-change-deleted = { $city }: eliminada
team-change-details = { $city }: datos de la ciudad o posiciones
team-change-answers = { $city }: { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
} ({ $answers })

team-sync-committed = Registrado: { $message }
team-sync-nothing-to-commit = Nada nuevo que registrar aquí.
team-sync-pulled = Se han traído los cambios de los colegas y se han combinado respuesta por respuesta.
team-sync-conflict = Cambiada aquí y por un colega: { $answer }
team-sync-resolve = En cada caso se conservó la respuesta más reciente y la otra queda como nota al lado: resuélvalo en la interfaz guiada (tecla F3) o con `workbook answer resolve`.
team-sync-offline = No se pudo contactar con el repositorio compartido: sus cambios quedan registrados aquí y se enviarán en la próxima sincronización. (git: { $detail })
team-sync-pushed = Enviado al repositorio compartido.

team-merge-unreadable = no se puede combinar { $file }: { $side ->
    [ours] esta copia
    [theirs] la otra copia
   *[other] la versión común
} no se puede leer: { $detail }. No se modificó nada; repare o restaure esa copia y vuelva a combinar.
team-merge-deleted = no se puede combinar { $file }: un lado eliminó la ciudad y el otro la modificó. Conserve una con `git checkout --theirs` o `--ours` sobre ese archivo y registre el cambio (commit).
team-note-other-copy = Respuesta de otra copia de esta ciudad, conservada junto a la más reciente porque ambas se modificaron
team-note-cleared = Otra copia de esta ciudad borró esta respuesta mientras esta la modificaba
team-merge-conflicts = { $city }: { $count ->
    [one] 1 respuesta se modificó
   *[other] { $count } respuestas se modificaron
} en ambos lados ({ $answers }): se conservó el cambio más reciente y el otro queda como nota por resolver.
team-merge-details = { $city }: ambos lados modificaron { $fields }; se conservó el valor de esta copia.

team-log-empty = Esta ciudad aún no tiene historial compartido.
team-log-created = ciudad creada ({ $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
})
