# CSV reading shared by the awk scripts that generate the install script's
# rows from the shipped data (src/municipalities.awk, src/reference_rows.awk):
#
#   awk -f src/csv.awk -f src/<script>.awk FILE.csv
#
# POSIX awk only.  Fields may be quoted ("...", "" for a quote); lines may end
# with CRLF (the caller strips the CR).  fail() reports the file and line and
# stops the build.

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
