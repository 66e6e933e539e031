#!/bin/sh
# Make a private, relocatable copy of a PostgreSQL installation so that a
# developer (or make test-versions) can build, install and test cag_ovt
# without touching the original, for example several working copies tested
# at once:
#
#   test/private-pg.sh /work/pg-mine                  # Debian's PostgreSQL 15
#   make test PG_CONFIG=/work/pg-mine/usr/lib/postgresql/15/bin/pg_config
#
#   test/private-pg.sh DIR /usr/lib/postgresql/17/bin/pg_config   # another one
#
# The copy is of the installation that PG_CONFIG (second argument, or the
# environment, or Debian's 15 by default) describes: its bin, lib and share
# directories, at the same places relative to each other under DIR, which is
# all PostgreSQL needs to find them from its binaries (they are relocatable).
# The headers stay shared (a symbolic link).  Prints the copy's pg_config.
set -eu
dest=${1:?usage: test/private-pg.sh DIR [PG_CONFIG]}
pg_config=${2:-${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}}
[ -x "$pg_config" ] || {
	echo "error: $pg_config not found (for Debian's PostgreSQL N: apt-get install postgresql-N postgresql-server-dev-N)" >&2
	exit 1
}
bindir=$("$pg_config" --bindir)
pkglibdir=$("$pg_config" --pkglibdir)
sharedir=$("$pg_config" --sharedir)
includedir=$("$pg_config" --includedir)
[ -d "$pkglibdir/pgxs" ] || {
	echo "error: $pg_config has no PGXS (Debian: install postgresql-server-dev-$("$pg_config" --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/'))" >&2
	exit 1
}

# The deepest directory that holds bin, lib and share: /usr for Debian's
# layout (/usr/lib/postgresql/N/{bin,lib}, /usr/share/postgresql/N), the
# prefix for an installation of its own.
common=$bindir
while :; do
	case "$pkglibdir/" in "$common"/*) ;; *) common=$(dirname "$common"); continue ;; esac
	case "$sharedir/" in "$common"/*) ;; *) common=$(dirname "$common"); continue ;; esac
	break
done
[ "$common" != / ] || { echo "error: $bindir, $pkglibdir and $sharedir share no directory" >&2; exit 1; }
# Under DIR, the copy keeps the paths below the parent of that directory
# (DIR/usr/lib/postgresql/15/bin/pg_config for Debian's).
base=$(dirname "$common")
[ "$base" = / ] && base=""

for d in "$bindir" "$pkglibdir" "$sharedir"; do
	rm -rf "$dest${d#"$base"}"
	mkdir -p "$(dirname "$dest${d#"$base"}")"
	cp -a "$d" "$dest${d#"$base"}"
done
case "$includedir/" in
"$common"/*)
	link=$dest${includedir#"$base"}
	if [ ! -e "$link" ]; then
		mkdir -p "$(dirname "$link")"
		ln -s "$includedir" "$link"
	fi
	;;
esac
chmod -R a+rX "$dest"
echo "PG_CONFIG=$dest${bindir#"$base"}/pg_config"
