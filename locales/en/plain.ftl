# Plain mode: a workbook as plain lines, one question at a time, for screen readers and
# scripts. Everything is read aloud in order: keep sentences whole. Commands (:back, :keep,
# :use N) and the dot that ends an answer are typed as they are in every language.

plain-help =
    Commands (type them instead of an answer):
      :back   go to the previous question
      :skip   leave this question as it is and go on
      :clear  remove the answer to this question
      :help   show this help
      :quit   save and stop (Ctrl+C too)
      :keep   keep the current answer: as this round's when it was carried over from the last round, and close its notes
      :use N  use the answer that note N keeps instead
      :import FILE  fill a table or list from a spreadsheet (CSV, Excel, OpenDocument): what it adds and leaves out is said first
    An empty line keeps the current answer (one carried over from the last round stays to confirm).
    Long answers and lists end with a line holding only a dot (.).
    Tables are asked row by row, column by column; a dot at the start of a row finishes.
    Every answer is saved as soon as it is accepted.
plain-heading = { $title }: { $city } for { $audience ->
    [mayor] a mayor
    [official] a city official
   *[both] all audiences
}
plain-type-help = Type :help for commands.
plain-your-answer = Your answer:
plain-table-row = Row { $row }, { $column } (a dot . finishes the table):
plain-other-say-what = Other: say what it is:
# Words accepted for yes and for no, besides English's yes, y, no and n (separated by spaces),
# here and on the command line (answer set, the confirmation of city delete).
plain-yes-words = yes y
plain-no-words = no n
plain-saved = Saved.
plain-not-saved = NOT saved: { $reason }. Your answers are kept in memory and saved with the next answer.
plain-not-accepted = Not accepted: { $reason }. Try again.
plain-answer-removed = Answer removed.
plain-notes-resolved = Notes resolved.
plain-notes-not-resolved = Notes not resolved: { $reason }.
plain-not-done = Not done: { $reason }.
plain-nothing-to-keep = Not done: there is no answer to keep here.
plain-already-this-round = Not done: this answer is already this round's and has no notes to close.
plain-no-notes-to-close = Not done: this answer has no notes to close.
plain-kept = Kept as this round's answer.
plain-end = End of the workbook.
plain-all-required-answered = Every required question is answered.
plain-required-unanswered = { $count ->
    [one] { $count } required question still unanswered:
   *[other] { $count } required questions still unanswered:
}

## A question

plain-section = Section { $number } of { $count }: { $title }
plain-question = Question { $number } of { $count }{ $follow_up ->
    [yes] {" "}(follow-up)
   *[no] {""}
}{ $required ->
    [yes] , required
   *[no] {""}
}
plain-shared = Shared with { $workbook }: one answer for both.
plain-guidance = Guidance: { $text }
plain-current-answer = Current answer: { $answer }
plain-stored-needing-attention = Stored answer needing attention (kept as it is until you answer again): { $answer } ({ $reason })
plain-note = Note { $number }: { $text }
plain-note-kept = Note { $number }: { $text } (kept: { $kept })
plain-notes-how = Type :keep to keep the current answer and close the notes, or :use N to use the answer note N keeps.
plain-carried = Carried over from { $round }, not yet confirmed: type :keep to keep it as this round's answer, or type a new answer.
plain-last-round-same = Kept from last round ({ $round }): the same answer.
plain-last-round = Last round ({ $round }): { $answer }
plain-choices = Choices:
plain-choice-other = Other (say what)
plain-columns = Columns: { $columns }
# How to answer, then what an empty line does, then the commands.
plain-how = { $how }; { $empty ->
    [confirm-later] an empty line leaves it to confirm later
    [keeps] an empty line keeps the current answer
   *[skips] an empty line skips
}. Commands: { $commands }
plain-how-short-text = Type one line
plain-how-long-text = Type your answer; end it with a line holding only a dot (.)
plain-how-single-choice = Type the number of one choice
plain-how-multi-choice = Type the numbers of your choices, separated by commas
plain-how-yes-no = Type yes or no
plain-how-scale = Type a whole number from { $min } to { $max }
plain-how-date = Type a date as YYYY-MM-DD
plain-how-list = Type one item per line; end with a line holding only a dot (.)
plain-how-table = Each row is asked column by column; type a dot (.) at the start of a row to finish
plain-how-number = Type { $whole ->
    [yes] a whole number
   *[no] a number (with a { $format ->
        [comma] decimal comma: 1234,5
       *[point] decimal point: 1234.5
    })
}{ $range ->
    [between] {" "}from { $min } to { $max }
    [at-least] {" "}of at least { $min }
    [at-most] {" "}of at most { $max }
   *[any] {""}
}
plain-with-unit = { $hint } ({ $unit })

## An answer, and leaving

plain-row = Row { $number }: { $cells }
plain-cell = { $column }: { $value }
plain-cell-separator = {"; "}
plain-leaving-saved = Saved { $city }: { $count ->
    [0] no answers changed
    [one] { $count } answer changed
   *[other] { $count } answers changed
} this time. Resume: { $command }
plain-leaving-not-saved = { $city } NOT saved: { $reason }; answers given since the last save are lost. Resume: { $command }
plain-import-command = :import FILE
plain-import-not-here = Only a table or list question takes a spreadsheet.
plain-import-give-path = Give the file after :import, for example :import partners.xlsx
plain-import-read = { $file }: { $rows ->
    [one] 1 row read
   *[other] { $rows } rows read
}, { $accepted } can be imported, { $rejected } left out.
plain-import-more-left-out = … and { $count } more rows left out.
plain-import-ignored = Columns not used: { $headers }
plain-import-nothing = No row of this sheet can be imported; the answer is unchanged.
plain-import-ask-mode = The answer has { $stored ->
    [one] 1 row
   *[other] { $stored } rows
}; adding the file's would add { $added } and update { $updated }. Type m to add them, r to replace the answer's rows with the file's, or an empty line to leave the answer as it is.
plain-import-ask = Import { $count ->
    [one] this row
   *[other] these { $count } rows
} as the answer? Type yes, or an empty line to leave it as it is.
plain-import-cancelled = Nothing was imported.
plain-import-done = { $count ->
    [one] The answer now has 1 row.
   *[other] The answer now has { $count } rows.
}
