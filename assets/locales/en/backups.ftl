# The Backups screen: where the data lives, the saved backups, and restoring one.

## Why a backup was made.

backups-kind-daily = Daily (automatic)
backups-kind-manual = Made by you
backups-kind-before-migration = Before an upgrade
backups-kind-before-restore = Before a restore

## What a backup holds, and what a restore put back. $made and $changed are formatted
## dates and times; $contents is backups-contents.

backups-contents = { $communities ->
    [one] 1 community
   *[other] { $communities } communities
}, { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
}, { $members ->
    [one] 1 member
   *[other] { $members } members
}
backups-unreadable = Cannot be read
backups-restored-backup = Restored the backup made { $made }: { $contents }. The data it replaced is kept as a “Before a restore” backup.
# A backup whose time is not known.
backups-restored-backup-undated = Restored the backup made: { $contents }. The data it replaced is kept as a “Before a restore” backup.
backups-restored-file = Restored { $file }: { $contents }. The data it replaced is kept as a “Before a restore” backup.
backups-restored-file-changed = Restored { $file } (last changed { $changed }): { $contents }. The data it replaced is kept as a “Before a restore” backup.
backups-chosen-file = the chosen file

## BackupsView

backups-title = Backups
backups-subtitle = Copies of all your data, kept on this computer.
backups-back-up-now = Back up now
backups-backed-up = Backed up: { $contents }
backups-restored = Restored
backups-where-heading = Where your data lives
# { $file } is the data file's full path, shown as code.
backups-data-file = Everything is in one file: { $file }
# { $folder } is the folder's name on disk (“backups”), shown as code.
backups-policy = Convene keeps backups in the { $folder } folder beside it: one each day you open Convene, one before an upgrade changes how the data is stored, and one before every restore. It keeps the newest backup of each of the last 7 days and of the last 4 weeks, and the 10 newest you made yourself.
backups-saved-heading = Saved backups
backups-made = Made
backups-why = Why
backups-contains = Contains
backups-size = Size
backups-restore-made = Restore the backup made { $made }
backups-restore-ellipsis = Restore…
# { $button } is the name of the “Back up now” button, shown in bold.
backups-empty = No backups yet. Use { $button } to make the first.
backups-file-heading = Restore from a file
backups-file-label = Convene data file (.db)
# { $file } is the data file's name (“convene.db”), shown as code.
backups-file-hint = A backup copied from another computer, or a { $file }. You confirm before anything changes.
backups-confirm-title = Restore this data?
backups-confirm-backup = All of Convene’s current data will be replaced by the backup made { $made }.
backups-confirm-file = All of Convene’s current data will be replaced by the file “{ $file }”.
backups-confirm-safety = Your current data is saved as a backup first (“Before a restore”), so you can go back to it.
backups-restoring = Restoring…
backups-restore = Restore
