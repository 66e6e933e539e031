# Shared set-up for make test, make demo and make bench (POSIX sh).
#
# Source it from the top of the source tree.  It provides:
#   cag_ensure_deps [PACKAGE...]
#                        install what is missing with apt-get (as root): the
#                        packages of the build and the tests, and those named
#   cag_test_packages FILE...
#                        the Debian packages that TAP tests need beyond those
#                        (their "# packages: ..." lines)
#   cag_build_install    build with -Werror and install into PG_CONFIG's tree
#   cag_old_releases FILE...
#                        the releases that TAP tests run next to this version
#                        (their "# old release: X.Y" lines)
#   cag_build_release X.Y
#                        build release X.Y from git into a copy of PostgreSQL
#                        and print the copy's installation path
#   cag_start_cluster    start a throwaway cluster (CAG_SOCKDIR, CAG_PORT)
#   cag_stop_cluster     stop it and remove it (unless KEEP=1)
#   cag_as_pg_user CMD   run CMD as the unprivileged cluster owner
#   cag_copy_tree DIR    copy the source tree (work in progress included)
#
# Settings (environment): PG_CONFIG (default: PostgreSQL 15 from Debian,
# Debian 12's; any other version or build works the same), KEEP=1 to leave
# the cluster running, CAG_EXTRA_PACKAGES for more packages, CAG_LISTEN and
# CAG_PORT for the cluster's addresses (cag_start_cluster).

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
export PG_CONFIG
CAG_TOP=$(pwd)

cag_log() {
	printf '== %s\n' "$*" >&2
}

cag_die() {
	printf 'error: %s\n' "$*" >&2
	exit 1
}

# The major version of PG_CONFIG's PostgreSQL (15, 17, 18), from pg_config
# itself, or from its path when it is Debian's and not installed yet.
cag_pg_major() {
	if [ -x "$PG_CONFIG" ]; then
		"$PG_CONFIG" --version | sed -n 's/^PostgreSQL \([0-9][0-9]*\).*/\1/p'
	else
		case $PG_CONFIG in
		/usr/lib/postgresql/*/bin/pg_config)
			v=${PG_CONFIG#/usr/lib/postgresql/}
			printf '%s\n' "${v%%/*}"
			;;
		esac
	fi
}

# Whether PG_CONFIG is Debian's packaged PostgreSQL (or a copy of it made by
# test/private-pg.sh, whose headers are the package's): Debian's builds end
# "pg_config --version" with their package version, "(Debian 15.20-0+deb12u1)"
# (test/pg-build.sh's builds say more in those parentheses).
cag_pg_is_debian() {
	if [ -x "$PG_CONFIG" ]; then
		"$PG_CONFIG" --version | grep -q '(Debian [^,)]*)$'
	else
		case $PG_CONFIG in /usr/lib/postgresql/*/bin/pg_config) return 0 ;; esac
		return 1
	fi
}

CAG_PG_MAJOR=$(cag_pg_major)
[ -n "$CAG_PG_MAJOR" ] ||
	cag_die "PG_CONFIG=$PG_CONFIG: not found (set PG_CONFIG to the pg_config of the PostgreSQL to use)"
export CAG_PG_MAJOR

# Debian packages the build and the tests need; PostgreSQL's own when
# PG_CONFIG is Debian's (a PostgreSQL built from source brings its own).
CAG_PACKAGES="make gcc perl libipc-run-perl libxml2-dev ${CAG_EXTRA_PACKAGES:-}"
if cag_pg_is_debian; then
	CAG_PACKAGES="$CAG_PACKAGES postgresql-$CAG_PG_MAJOR postgresql-server-dev-$CAG_PG_MAJOR postgresql-client-$CAG_PG_MAJOR"
fi

cag_missing_packages() {
	missing=""
	for p in $CAG_PACKAGES "$@"; do
		if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
			missing="$missing $p"
		fi
	done
	printf '%s' "$missing"
}

cag_ensure_deps() {
	command -v dpkg-query >/dev/null 2>&1 || {
		[ -x "$PG_CONFIG" ] || cag_die "no dpkg and no $PG_CONFIG: set PG_CONFIG to the pg_config of a PostgreSQL (15, 17 or 18)"
		return 0
	}
	missing=$(cag_missing_packages "$@")
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		cag_die "missing Debian packages:$missing (run as root, or: sudo apt-get install$missing)"
	fi
	cag_log "installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq || apt-get update
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
		apt-get install -y --no-install-recommends $missing
}

# A TAP test that needs more than the build and PostgreSQL (client
# libraries, a browser) names the Debian packages on a line of its own:
#   # packages: chromium fonts-dejavu-core
cag_test_packages() {
	[ $# -gt 0 ] || return 0
	sed -n 's/^# packages: *//p' "$@" | tr '\n' ' '
}

# A TAP test that needs the library of a released version (to store data
# as that version wrote it) names it on a line of its own:
#   # old release: 1.1
cag_old_releases() {
	[ $# -gt 0 ] || return 0
	sed -n 's/^# old release: *//p' "$@" | sort -u | tr '\n' ' '
}

# Release X.Y as it was released: the sources of the commit that froze its
# install script (src/versions/cag_ovt--X.Y.sql), built and installed into
# a private copy (test/private-pg.sh) of PG_CONFIG's installation.  Prints
# the installation path (the parent of its bin/) for
# PostgreSQL::Test::Cluster->new(..., install_path => ...); fails without
# git, without that commit, or when the release does not build with this
# PostgreSQL (its build log stays in the copy).
cag_build_release() {
	rel=$1
	command -v git >/dev/null 2>&1 && git rev-parse --git-dir >/dev/null 2>&1 || return 1
	commit=$(git log --diff-filter=A --format=%H -1 -- "src/versions/cag_ovt--$rel.sql")
	[ -n "$commit" ] || return 1
	dir=$(cag_mktemp "release-$rel")
	# (called in a condition, where set -e does not apply: each step checked)
	old_pg_config=$(test/private-pg.sh "$dir/pg" "$PG_CONFIG" | sed -n 's/^PG_CONFIG=//p')
	[ -x "$old_pg_config" ] || return 1
	rm -f "$("$old_pg_config" --sharedir)"/extension/cag_ovt* "$("$old_pg_config" --pkglibdir)"/cag_ovt.so \
		"$("$old_pg_config" --bindir)"/cag_ovt-*
	mkdir "$dir/src" || return 1
	git archive "$commit" | tar -x -C "$dir/src" || return 1
	{ make -s -C "$dir/src" PG_CONFIG="$old_pg_config" all &&
		make -s -C "$dir/src" PG_CONFIG="$old_pg_config" install; } >"$dir/build.log" 2>&1 || return 1
	chmod -R a+rX "$dir" || return 1
	dirname "$("$old_pg_config" --bindir)"
}

cag_bindir() {
	"$PG_CONFIG" --bindir
}

cag_build_install() {
	cag_log "building with $PG_CONFIG"
	make -s PG_CONFIG="$PG_CONFIG" all
	make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# The user who owns throwaway clusters: ourselves, or "postgres" when root
# (PostgreSQL refuses to run as root).
cag_pg_user() {
	if [ "$(id -u)" -eq 0 ]; then
		printf 'postgres'
	else
		id -un
	fi
}

cag_as_pg_user() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# A scratch directory the cluster owner can write.
cag_mktemp() {
	d=$(mktemp -d "${TMPDIR:-/tmp}/cag_ovt.$1.XXXXXX")
	chmod 755 "$d"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$d"
	printf '%s' "$d"
}

# cag_copy_tree DIR: a copy of the source tree to build in without touching
# it: the files git knows and the new ones it does not ignore (the work in
# progress), or, outside git, everything but what make clean removes.
cag_copy_tree() {
	mkdir -p "$1"
	if git -C "$CAG_TOP" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		(cd "$CAG_TOP" && git ls-files -z --cached --others --exclude-standard |
			xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\n" "$f"; done' sh |
			tar -cf - -T -) | tar -xf - -C "$1"
	else
		(cd "$CAG_TOP" && tar -cf - --exclude=./.git .) | tar -xf - -C "$1"
		make -s -C "$1" clean >/dev/null 2>&1 || true
	fi
}

# A TCP port free on the loopback, from 5432 up (perl is a build dependency).
cag_free_port() {
	perl -MIO::Socket::INET -e '
		foreach my $port (5432 .. 5631) {
			my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $port,
				Proto => "tcp", Listen => 1) or next;
			close($s);
			print "$port\n";
			exit 0;
		}
		exit 1;' || cag_die "no free TCP port between 5432 and 5631"
}

# cag_start_cluster NAME [postgresql.conf lines...]
# Listens on the socket directory CAG_SOCKDIR and, when CAG_LISTEN is set
# (localhost), on TCP too; port CAG_PORT (default 5432).
cag_start_cluster() {
	name=$1
	shift
	bindir=$(cag_bindir)
	CAG_CLUSTER_DIR=$(cag_mktemp "$name")
	CAG_SOCKDIR=$CAG_CLUSTER_DIR
	CAG_PORT=${CAG_PORT:-5432}
	export CAG_CLUSTER_DIR CAG_SOCKDIR CAG_PORT
	cag_log "throwaway cluster in $CAG_CLUSTER_DIR"
	# the socket (in a private directory) trusts; TCP, when CAG_LISTEN opens
	# it, takes passwords: the superuser, which has none, cannot log in by it
	cag_as_pg_user "$bindir/initdb" -D "$CAG_CLUSTER_DIR/data" -U postgres \
		--auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale --no-sync \
		>"$CAG_CLUSTER_DIR/initdb.log" 2>&1 ||
		{ cat "$CAG_CLUSTER_DIR/initdb.log" >&2; cag_die "initdb failed"; }
	{
		printf '%s\n' "listen_addresses = '${CAG_LISTEN:-}'"
		printf '%s\n' "unix_socket_directories = '$CAG_SOCKDIR'"
		printf '%s\n' "port = $CAG_PORT"
		printf '%s\n' "fsync = off" "synchronous_commit = off" "full_page_writes = off"
		printf '%s\n' "max_worker_processes = 16" "max_parallel_workers = 8"
		printf '%s\n' "lc_messages = 'C'"
		for line in "$@"; do printf '%s\n' "$line"; done
	} >>"$CAG_CLUSTER_DIR/data/postgresql.conf"
	cag_as_pg_user "$bindir/pg_ctl" -D "$CAG_CLUSTER_DIR/data" -w -t 60 \
		-l "$CAG_CLUSTER_DIR/server.log" start >/dev/null ||
		{ cat "$CAG_CLUSTER_DIR/server.log" >&2; cag_die "the server did not start"; }
	PGHOST=$CAG_SOCKDIR PGPORT=$CAG_PORT PGUSER=postgres
	export PGHOST PGPORT PGUSER
}

cag_stop_cluster() {
	[ -n "${CAG_CLUSTER_DIR:-}" ] || return 0
	[ -d "$CAG_CLUSTER_DIR/data" ] || return 0
	if [ "${KEEP:-0}" = 1 ]; then
		return 0
	fi
	cag_as_pg_user "$(cag_bindir)/pg_ctl" -D "$CAG_CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$CAG_CLUSTER_DIR"
	CAG_CLUSTER_DIR=""
}
