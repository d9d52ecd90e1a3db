# Used by print-check.sh: finds words a printed page broke mid-letter.
#   awk -v edition=NAME -f print-words.awk PAGE.html PDF.txt ACTIONS.txt
# Reads the page's visible text (tags, pictures and entities undone), the text `pdftotext -layout`
# read from its PDF, and the action names, one a line. Every word must be whole in the PDF at
# least as often as in the page; a broken word is named, with the actions that hold it. Words are
# split at spaces and after each hyphen (a line may end after one), punctuation around them is
# trimmed, and a run of 30 characters or more without a space (an address, which may break
# anywhere) is left out. Exit status 1 when a word is broken.

function count(text, counts,    n, i, words, w, pieces, m, j, piece) {
    n = split(text, words, /[ \t\r\n\f\v]+/)
    for (i = 1; i <= n; i++) {
        w = words[i]
        if (w == "" || length(w) >= 30) continue
        gsub(/-/, "- ", w)
        m = split(w, pieces, / /)
        for (j = 1; j <= m; j++) {
            piece = pieces[j]
            gsub(/^([][(){}.,;:!?"'*]|‘|’|“|”|…)+/, "", piece)
            gsub(/([][(){}.,;:!?"'*]|‘|’|“|”|…)+$/, "", piece)
            if (piece != "") counts[piece]++
        }
    }
}

FILENAME == ARGV[1] { page = page " " $0; next }
FILENAME == ARGV[2] { count($0, printed); next }
{ actions[++nactions] = $0 }

END {
    text = substr(page, index(page, "<body>"))
    while ((i = index(text, "<svg")) > 0) {
        j = index(substr(text, i), "</svg>")
        if (j == 0) break
        text = substr(text, 1, i - 1) " " substr(text, i + j + 5)
    }
    gsub(/<\/?(a|code|del|em|span|strong|sub|sup|wbr)( [^>]*)?>/, "", text)
    gsub(/<[^>]*>/, " ", text)
    gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text); gsub(/&quot;/, "\"", text)
    gsub(/&#x27;|&#39;/, "'", text); gsub(/&amp;/, "\\&", text)
    count(text, wanted)
    for (a = 1; a <= nactions; a++) {
        delete in_action
        count(actions[a], in_action)
        for (w in in_action) holders[w] = holders[w] "\n    in the action \"" actions[a] "\""
    }
    for (w in wanted) {
        if (printed[w] + 0 < wanted[w]) {
            printf "%s: \"%s\" is on the page %d times but whole in the PDF %d times%s\n", edition, w, wanted[w], printed[w] + 0, holders[w] > "/dev/stderr"
            broken = 1
        }
    }
    exit broken
}
