# Loading SEAO data, as a user does it and as memory goes (sourced by
# bench/run.sh after bench/seao.sql, with bench/lib.sh).
#
# 1. cag_ovt-load of the January 2013 export (4.3 MB, 1,939 notices) against
#    psql's \copy of the same rows, its 1,958 purchases and 4,651 bids, from
#    CSV files (their text forms, written by a first load): two shell
#    commands, each a new psql session as a user runs them, start-up,
#    checks and shell work included;
#    both into empty tables (TRUNCATE before each run).  Target: at most 2.
# 2. The peak memory of a backend that loads an export, against the size of
#    the file (bench_peak_memory): the January export, and the same notices
#    ten times over (43 MB, bench/repeat_notices.awk).  Target: at most 2.5.
# 3. load_seao_xml of the larger export against COPY of its purchases and
#    bids, as bench/seao.sql does for the January one (for information).

xml=$CAG_TOP/test/data/seao/seao_avis_2013-01.xml
columns="purchased_on, buyer, buyer_region, delivery_region, delivery_regions, supplier_name,
 supplier_neq, supplier_province, supplier_postal_code, supplier_country, category, description,
 amount, source, source_ref, supplier_city, buyer_city, buyer_postal_code, buyer_id"
bidcols="notice, format, bidder, source, ocid, procedure, notice_type, supplier_name, supplier_neq,
 supplier_city, supplier_postal_code, supplier_province, supplier_country, amount_bid, unit, currency,
 conforming, admissible, is_winner, published_on, closes_on, purchased_on, buyer, buyer_municipality,
 buyer_postal_code, buyer_city, buyer_id, delivery_municipality, delivery_region, delivery_regions,
 category, description, labels, group_purchase"
empty="TRUNCATE cag_ovt.purchases, cag_ovt.load_issues, cag_ovt.load_notices, cag_ovt.tender_bids"
psql_bin=$(cag_bindir)/psql
load_bin=$(cag_bindir)/cag_ovt-load

# the purchases of a file, and its bids (but for what the trigger finds), as
# CSV (a first load writes them): $2 and $2.bids
csv_of() {
	bench_psql -c "$empty"
	"$load_bin" -q -d bench "$1" || cag_die "cag_ovt-load $1 failed"
	bench_psql -c "\\copy (SELECT $(echo $columns) FROM cag_ovt.purchases ORDER BY purchase_id) TO '$2' (FORMAT csv)"
	bench_psql -c "\\copy (SELECT $(echo $bidcols) FROM cag_ovt.tender_bids ORDER BY notice, format, bidder) TO '$2.bids' (FORMAT csv)"
}

csv=$bench_tmp/jan.csv
csv_of "$xml" "$csv"
bench_commands 'cag_ovt-load of the Jan. 2013 export (1,939 notices) vs psql \copy of its purchases and bids' \
	"$psql_bin -X -q -d bench -c \"\\copy cag_ovt.purchases ($(echo $columns)) FROM '$csv' (FORMAT csv)\" -c \"\\copy cag_ovt.tender_bids ($(echo $bidcols)) FROM '$csv.bids' (FORMAT csv)\"" \
	"$load_bin -q -d bench '$xml'" \
	'<= 2' 7 1939 "$empty"

# the larger export, readable by the server
big=$bench_tmp/seao_avis_2013-01_x10.xml
awk -v times=10 -f "$CAG_TOP/bench/repeat_notices.awk" "$xml" >"$big"
chmod 644 "$big"

for f in "$xml" "$big"; do
	size=$(wc -c <"$f")
	size=$((size + 0))
	notices=$(grep -c '<Avis>' "$f")
	read -r peak baseline samples <<EOF
$(bench_peak_memory "$f")
EOF
	used=$((peak - baseline))
	bench_record "SEAO XML load: peak backend memory / file size ($(basename "$f"))" \
		"$(echo "scale=3; $used * 1024 / $size" | bc)" 'x file size (<= 2.5)' "$notices" \
		"RssAnon grew by $used kB (from $baseline to $peak kB, $samples samples) for a file of $((size / 1024)) kB"
done

csv_big=$bench_tmp/big.csv
csv_of "$big" "$csv_big"
chmod 644 "$csv_big" "$csv_big.bids"
bench_psql -v big="$big" -v csv="$csv_big" -v columns="$(echo $columns)" -v bidcols="$(echo $bidcols)" <<'EOF'
SELECT format('COPY cag_ovt.purchases (%s) FROM %L (FORMAT csv); COPY cag_ovt.tender_bids (%s) FROM %L (FORMAT csv)',
              :'columns', :'csv', :'bidcols', :'csv' || '.bids') AS copy_stmt \gset
SELECT format('SELECT cag_ovt.load_seao_xml(pg_read_binary_file(%L))', :'big') AS load_stmt \gset
SELECT bench.compare('SEAO XML load, Jan. 2013 ten times over (19,390 notices, 43 MB) vs COPY of its purchases and bids',
    :'copy_stmt', :'load_stmt', NULL, 3, 19390,
    prepare => 'TRUNCATE cag_ovt.purchases, cag_ovt.load_issues, cag_ovt.load_notices, cag_ovt.tender_bids') \g /dev/null
TRUNCATE cag_ovt.purchases, cag_ovt.load_issues, cag_ovt.load_notices, cag_ovt.tender_bids;
EOF
