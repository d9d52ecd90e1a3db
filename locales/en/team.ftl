# Sharing cities through git: team init, status, sync, the merge driver, city log.

team-no-git = this needs the git program, which is not installed on this machine. Install git (for example `apt install git`, `brew install git`, or https://git-scm.com/downloads) and try again.
team-git-failed = `{ $command }` failed: { $detail }
team-not-a-repository = the data folder { $dir } is not shared yet: run `workbook team init` (add `--remote URL` to sync with a shared repository).
team-no-identity = git needs your name and e-mail to record who changed what. Set them once with:
    git config --global user.name "Your Name"
    git config --global user.email "you@example.org"
team-cannot-write = cannot write { $path }: { $detail }
team-pull-conflict = a colleague's changes could not be merged with yours, so nothing was changed and your work is committed here. Files git could not merge: { $files }. Ask the person who changed them, or see "Working as a team" in the README.
team-first-commit = Share the cities of this data folder

team-message-new = { $city }: new city
team-message-deleted = { $city }: city deleted
team-message-details = { $city }: city details
team-message-answers = { $city }: { $count ->
    [one] 1 answer
   *[other] { $count } answers
} ({ $answers }{ $more ->
    [0] {""}
   *[other] , and { $more } more
})
team-message-subject = { $count } cities changed

team-init-created = The data folder { $dir } is now a git repository for sharing cities.
team-init-adopted = The git repository at { $dir } is set up for sharing cities.
team-init-committed = The cities are committed.
team-init-remote = Shared repository: { $url }
team-init-no-remote = No shared repository yet: changes stay on this machine. Add one with `workbook team init --remote URL`.

team-status-folder = Folder: { $dir }
team-status-remote = Shared repository: { $url }
team-status-clean = Nothing to commit: every change is committed.
team-status-changes = { $count ->
    [one] 1 city changed since the last sync:
   *[other] { $count } cities changed since the last sync:
}
team-status-ahead-behind = This copy has { $ahead } commits the shared repository lacks, and lacks { $behind } of its commits (as of the last sync).
team-status-never-synced = Not synced yet: run `workbook team sync`.
team-change-new = { $city }: new city
team-change-deleted = { $city }: deleted
team-change-details = { $city }: city details or positions
team-change-answers = { $city }: { $count ->
    [one] 1 answer
   *[other] { $count } answers
} ({ $answers })

team-sync-committed = Committed: { $message }
team-sync-nothing-to-commit = Nothing new to commit here.
team-sync-pulled = Colleagues' changes brought in and merged answer by answer.
team-sync-conflict = Changed here and by a colleague: { $answer }
team-sync-resolve = The later answer of each was kept and the other is a note beside it: resolve it in the guided interface (key F3) or with `workbook answer resolve`.
team-sync-offline = The shared repository could not be reached, so your changes are committed here and will be sent at the next sync. (git said: { $detail })
team-sync-pushed = Sent to the shared repository.

team-merge-unreadable = cannot merge { $file }: { $side ->
    [ours] this copy
    [theirs] the other copy
   *[other] the common version
} cannot be read: { $detail }. Nothing was changed; fix or restore that copy and merge again.
team-merge-deleted = cannot merge { $file }: one side deleted the city and the other changed it. Keep it with `git checkout --theirs` or `--ours` on that file, then commit.
team-note-other-copy = Answer from another copy of this city, kept beside the later one because both were changed
team-note-cleared = Another copy of this city cleared this answer while this one changed it
team-merge-conflicts = { $city }: { $count ->
    [one] 1 answer was
   *[other] { $count } answers were
} changed on both sides ({ $answers }): the later change was kept, the other is a note to resolve.
team-merge-details = { $city }: both sides changed { $fields }; this copy's value was kept.

team-log-empty = No shared history for this city yet.
team-log-created = city created ({ $count ->
    [one] 1 answer
   *[other] { $count } answers
})
