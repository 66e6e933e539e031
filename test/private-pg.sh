#!/bin/sh
# Make a private, relocatable copy of Debian's PostgreSQL 15 so that a
# developer can build, install and test cag_ovt without touching the system
# installation (for example several working copies tested at once):
#
#   test/private-pg.sh /work/pg-mine
#   make test PG_CONFIG=/work/pg-mine/usr/lib/postgresql/15/bin/pg_config
#
# PostgreSQL finds its share and lib directories relative to its binaries,
# so the copy is self-contained; the server headers stay shared.
set -eu
dest=${1:?usage: test/private-pg.sh DIR}
src_lib=/usr/lib/postgresql/15
src_share=/usr/share/postgresql/15
[ -d "$src_lib/lib/pgxs" ] || { echo "error: postgresql-server-dev-15 is not installed" >&2; exit 1; }
mkdir -p "$dest/usr/lib/postgresql" "$dest/usr/share/postgresql"
rm -rf "$dest/usr/lib/postgresql/15" "$dest/usr/share/postgresql/15"
cp -a "$src_lib" "$dest/usr/lib/postgresql/"
cp -a "$src_share" "$dest/usr/share/postgresql/"
[ -e "$dest/usr/include" ] || ln -s /usr/include "$dest/usr/include"
chmod -R a+rX "$dest"
echo "PG_CONFIG=$dest/usr/lib/postgresql/15/bin/pg_config"
