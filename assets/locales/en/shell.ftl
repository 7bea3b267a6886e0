# The desktop shell and the command line: what `convene` prints, and the desktop's own
# answers (saving a file where the facilitator chose).

## Desktop
shell-window-failed = The window could not be opened: { $detail }
shell-stopped-unexpectedly = The operation stopped unexpectedly; nothing was changed.
shell-save-unreadable = The file to save could not be read: { $detail }.
shell-unknown-command = The desktop has no operation called “{ $command }”.
shell-save-damaged = The file to save arrived damaged; nothing was written.
shell-save-failed = { $path } could not be saved: { $detail }.

## convene serve
shell-runtime-failed = Could not start the server's runtime: { $detail }
shell-port-in-use = Port { $port } is already in use; stop the other program or choose another port with --port.
shell-listen-failed = Could not listen on port { $port }: { $detail }
shell-server-stopped = The server stopped unexpectedly: { $detail }
shell-serving = Convene is serving { $url }
shell-data = Data: { $path }
shell-press-stop = Press Ctrl-C to stop.
shell-network-read-only = Other screens on this network get read-only views (the projector and the agenda);
shell-network-open = everything else answers this computer only. Open on another screen:
shell-network-none = { "  " }(this computer has no network address yet; connect it to the room's network)
shell-network-projector = { "  " }projector  { $url }projector
shell-network-agenda = { "  " }agenda     { $url }agenda
shell-network-clicker = { "  " }clicker    { $url }clicker   (pair it from Run meeting → Devices)

## Files and folders
shell-no-data-folder = This system has no per-user data folder; choose one with --data-dir.
shell-read-failed = Could not read { $path }: { $detail }
shell-write-failed = Could not write { $path }: { $detail }
shell-saved = Saved { $path }

## convene backup, convene restore
shell-backup-saved = Saved a backup to { $path }
shell-restored = Restored { $file }: { $communities ->
    [one] 1 community
   *[other] { $communities } communities
}, { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
}, { $members ->
    [one] 1 member
   *[other] { $members } members
}. The data it replaced is in the backup { $backup }.
shell-restored-changed = Restored { $file } (last changed { $changed }): { $communities ->
    [one] 1 community
   *[other] { $communities } communities
}, { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
}, { $members ->
    [one] 1 member
   *[other] { $members } members
}. The data it replaced is in the backup { $backup }.

## convene library
shell-library-exported = Saved { $count ->
    [one] 1 activity
   *[other] { $count } activities
} to { $path }
shell-library-too-big = { $path } is { $size } MB; a library file can be at most { $max } MB.
shell-library-not-text = { $path } is not a text file (it is not UTF-8); export a library from Convene and try again.
shell-import-added = Added { $count ->
    [one] 1 activity
   *[other] { $count } activities
}
shell-import-would-add = Would add { $count ->
    [one] 1 activity
   *[other] { $count } activities
}
shell-import-skipped = Skipped { $count } already in the library: { $names }.

## Finding what a command names
shell-no-meeting = No meeting has the id or exact title “{ $wanted }”.
shell-several-meetings = { $count } meetings are titled “{ $wanted }” (on { $dates }); use the meeting's id instead.
shell-no-activity = No activity has the id or exact name “{ $wanted }”.
shell-several-activities = { $count } activities are named “{ $wanted }”; use the id instead.
shell-no-community = No community has the id or exact name “{ $wanted }”.
shell-several-communities = { $count } communities are named “{ $wanted }”; use the id instead.
shell-no-worksheet = The meeting’s community has no worksheet with the id or exact title “{ $wanted }”; see its Worksheets tab.
shell-several-worksheets = { $count } of the community’s worksheets are titled “{ $wanted }”; use the id instead.
shell-no-form = The meeting “{ $meeting }” has no evaluation form in that language; make one on the meeting’s Evaluation tab.
shell-no-series = The community has no series with the id or exact title “{ $wanted }”; schedule one on its Series tab.
shell-certificates-issued = { $series }: { $issued } issued now, { $already } issued before, { $missing } not completed yet.
shell-no-certificates = Nobody has completed these series yet, so there is no certificate to print.
shell-community-no-series = The community has no series yet; schedule one on its Series tab.
shell-scan-saved = { $file }: sheet { $serial } read whole and saved.
shell-scan-blank = { $file }: sheet { $serial } came back blank.
shell-scan-drafted = { $file }: sheet { $serial } waits for a person to check it in Convene: { $questions }.
shell-scan-already = { $file }: sheet { $serial } was already saved in this entry; nothing changed.
shell-scan-repeated = { $file }: this very page was read before; nothing changed.
shell-scan-page = { $file }, page { $page }
shell-scan-not-read = { $file }: not read. { $problem }
shell-scan-too-big = The file is { $size } MB, larger than Convene reads at once ({ $limit } MB); scan the stack in smaller parts.
shell-scan-summary = Pages: { $pages }; sheets saved: { $saved }; blank: { $blank }; to check in Convene: { $drafted } ({ $questions ->
    [one] 1 question
   *[other] { $questions } questions
}); not read: { $unread }.
