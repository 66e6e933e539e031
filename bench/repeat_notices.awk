# awk -v times=N -f bench/repeat_notices.awk export.xml > larger.xml
#
# A larger SEAO XML export for the benchmarks: the notices of an export,
# N times, the k-th copy (from 0) with its notice numbers renumbered
# (numeroseao + k * 100000000), so that every notice is a notice of its own.
# The export's elements are one per line, as SEAO writes them.
/<Avis>/ && !inbody { inbody = 1 }
!inbody { print; next }
/<\/export>/ { footer = $0; next }
{ body[++n] = $0 }
END {
	for (k = 0; k < times; k++)
		for (i = 1; i <= n; i++) {
			line = body[i]
			if (k > 0 && match(line, /<numeroseao>[0-9]+<\/numeroseao>/)) {
				num = substr(line, RSTART + 12, RLENGTH - 25) + k * 100000000
				line = substr(line, 1, RSTART - 1) "<numeroseao>" num "</numeroseao>" \
					substr(line, RSTART + RLENGTH)
			}
			print line
		}
	print footer
}
