# What the generators of SQL parts from CSV files share (POSIX awk, given
# first: awk -f src/csv.awk -f src/<part>.awk FILE).  The CSV may quote
# fields ("...", "" for a quote) and end its lines with CRLF; a malformed row
# stops the build with its line number.
#
# Its rules run before the generator's on each line: CRLF made LF; the
# header (line 1) read, checked against the columns the generator requires
# (csv_columns, set in its BEGIN); blank lines skipped; every other line
# split into f[1..n], its number of fields checked.  The generator then has
# its own rule for line 1 (its SQL's head, then next) and one for the rows,
# which read their fields with col() and count themselves in rows (a file
# without a row fails).
#
#   csv_header(line, required)  read a header: the columns by name, for col()
#   csv_split(line, f)          split a line into f[1..n]; returns n
#   col(name)                   the trimmed field of column name in f
#   sql_text(s), sql_text_or_null(s), trim(s), fail(msg)

BEGIN {
	rows = 0
	failed = 0
}

{
	sub(/\r$/, "")
}

FNR == 1 {
	ncols = csv_header($0, csv_columns)
}

FNR > 1 && /^[ \t]*$/ {
	next
}

FNR > 1 {
	n = csv_split($0, f)
	if (n != ncols)
		fail(n " fields instead of " ncols)
}

# (before the generator's END, which writes its SQL's tail: a failed or
# empty file writes nothing more and fails)
END {
	if (failed)
		exit 1
	if (rows == 0) {
		print "error: no row in " FILENAME > "/dev/stderr"
		exit 1
	}
}

function fail(msg) {
	printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
	failed = 1
	exit 1
}

# Split a CSV line into f[1..n]; returns n.
function csv_split(line, f,    n, i, c, field, inq) {
	n = 0
	field = ""
	inq = 0
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (inq) {
			if (c == "\"") {
				if (substr(line, i + 1, 1) == "\"") {
					field = field "\""
					i++
				} else
					inq = 0
			} else
				field = field c
		} else if (c == "\"") {
			if (field != "")
				fail("quote inside an unquoted field")
			inq = 1
		} else if (c == ",") {
			f[++n] = field
			field = ""
		} else
			field = field c
	}
	if (inq)
		fail("unterminated quoted field")
	f[++n] = field
	return n
}

# The header line: its columns by name (idx), their number (returned), the
# names required (a space-separated list) checked.
function csv_header(line, required,    h, i, n, need) {
	sub(/^\357\273\277/, "", line)	# UTF-8 byte order mark
	n = csv_split(line, h)
	for (i = 1; i <= n; i++)
		idx[trim(h[i])] = i
	split(required, need, " ")
	for (i in need)
		if (!(need[i] in idx))
			fail("no column " need[i] " in the header")
	return n
}

function trim(s) {
	sub(/^[ \t]+/, "", s)
	sub(/[ \t]+$/, "", s)
	return s
}

function sql_text(s) {
	gsub(/'/, "''", s)
	return "'" s "'"
}

function sql_text_or_null(s) {
	return s == "" ? "NULL" : sql_text(s)
}

function col(name) {
	if (!(name in idx))
		fail("no column " name " in the header")
	return trim(f[idx[name]])
}
