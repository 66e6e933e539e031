#!/bin/sh
# test/pg-build.sh MAJOR: a PostgreSQL MAJOR built from Debian's source
# package, in the cache (CAG_PG_CACHE, default ~/.cache/cag_ovt/postgresql),
# for make test-versions.  Prints the pg_config of the build on stdout.
#
# Exit status: 0 built (or found in the cache); 2 no source of MAJOR could
# be downloaded (not tested: say so); 1 anything else failed (the build).
#
# The sources: test/pg-sources (deb-src lines for a private apt
# configuration, and a pinned version per major).  The version in the
# suite's index comes first, then the pinned one; the first that is in the
# cache or can be downloaded is used.  apt checks what it downloads against
# the index, signed by Debian; a pinned version is checked against the
# SHA-256 of its .dsc written in test/pg-sources, and dpkg-source checks the
# other files against the .dsc.
#
# The build: dpkg-source -x unpacks the upstream tarball and applies
# Debian's patches (debian/patches/series); then configure, make, make
# install into the cache, with the options of Debian's packages that matter
# to an extension (ICU, libxml, TAP test modules, debug symbols) and the
# contrib modules the tests use (CAG_PG_CONTRIB).  Not dpkg-buildpackage:
# it would also build the documentation and run PostgreSQL's whole test
# suite, an hour on two cores, which Debian ran already.
#
# Settings: CAG_PG_CACHE; CAG_BUILD_JOBS (make -j, default 2); CAG_PG_CONTRIB.
set -eu
major=${1:?usage: test/pg-build.sh MAJOR}
# Under make (make test-versions), PostgreSQL's own make would see a
# MAKELEVEL above 0 and skip its generated headers (src/Makefile.global),
# and the outer make's flags: it runs as a make of its own.
unset MAKELEVEL MAKEFLAGS MFLAGS MAKEFILES
top=$(cd "$(dirname "$0")/.." && pwd)
sources_file=$top/test/pg-sources
cache=${CAG_PG_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/cag_ovt/postgresql}
jobs=${CAG_BUILD_JOBS:-2}
contrib=${CAG_PG_CONTRIB:-amcheck postgres_fdw}
package=postgresql-$major
keyring=/usr/share/keyrings/debian-archive-keyring.gpg

# What the recipe is: a build made with another recipe is made again.  (The
# extra version goes into SQL that initdb runs: no quote in it.)
recipe="recipe 2: --enable-tap-tests --with-icu --with-libxml --enable-debug CFLAGS=-O2; contrib: $contrib"

log() {
	printf '== [%s] %s\n' "$major" "$*" >&2
}

mkdir -p "$cache/apt/lists/partial" "$cache/apt/archives/partial" "$cache/apt/etc/parts" \
	"$cache/apt/etc/sources.list.d" "$cache/apt/etc/preferences.d"
sed -n 's|^deb-src \(.*\)|deb-src [signed-by='"$keyring"'] \1|p' "$sources_file" >"$cache/apt/etc/sources.list"

apt_private() {
	cmd=$1
	shift
	"$cmd" -q \
		-o Dir::Etc::sourcelist="$cache/apt/etc/sources.list" \
		-o Dir::Etc::sourceparts="$cache/apt/etc/sources.list.d" \
		-o Dir::Etc::preferencesparts="$cache/apt/etc/preferences.d" \
		-o Dir::State="$cache/apt" \
		-o Dir::State::lists="$cache/apt/lists" \
		-o Dir::Cache="$cache/apt" \
		-o Dir::Cache::archives="$cache/apt/archives" \
		"$@"
}

# One build at a time per major version, whoever runs it.
exec 9>"$cache/$major.lock"
flock 9

# Candidates: the index's newest version, then the pinned one.
index_version=""
if apt_private apt-get update >"$cache/apt/update.log" 2>&1; then
	index_version=$(apt_private apt-cache showsrc --only-source "$package" 2>/dev/null |
		sed -n 's/^Version: //p' | {
			best=""
			while read -r v; do
				if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
			done
			printf '%s' "$best"
		})
else
	log "apt-get update of the private configuration failed (see $cache/apt/update.log)"
fi
pin=$(awk -v m="$major" '$1 == "pin" && $2 == m { print $3, $4, $5 }' "$sources_file")
pin_version=${pin%% *}
candidates=$index_version
[ -n "$pin_version" ] && [ "$pin_version" != "$index_version" ] && candidates="$candidates $pin_version"
[ -n "$(echo $candidates)" ] || {
	log "$package: no version in the indexes of test/pg-sources and no pin"
	exit 2
}

prefix_of() {
	printf '%s/%s/%s/usr/lib/postgresql/%s' "$cache" "$major" "$1" "$major"
}

# The files of VERSION into DIR: through apt for the index's version,
# through the pool with the pinned hashes otherwise (or when apt fails).
download() {
	version=$1
	dir=$2
	rm -rf "$dir"
	mkdir -p "$dir"
	if [ "$version" = "$index_version" ] &&
		(cd "$dir" && apt_private apt-get source --download-only "$package=$version") >"$dir.log" 2>&1; then
		return 0
	fi
	if [ "$version" = "$pin_version" ]; then
		set -- $pin
		dsc_sha=$2
		pool=$3
		dsc=${package}_$(printf '%s' "$version" | sed 's/^[0-9]*://').dsc
		rm -rf "$dir"
		mkdir -p "$dir"
		/usr/lib/apt/apt-helper download-file "$pool/$dsc" "$dir/$dsc" "SHA256:$dsc_sha" >>"$dir.log" 2>&1 ||
			return 1
		# The files the .dsc names, with its SHA-256.
		sed -n '/^Checksums-Sha256:/,/^[^ ]/{/^ /p}' "$dir/$dsc" | while read -r sha size file; do
			/usr/lib/apt/apt-helper download-file "$pool/$file" "$dir/$file" "SHA256:$sha" >>"$dir.log" 2>&1 ||
				exit 1
		done || return 1
		return 0
	fi
	return 1
}

build() {
	version=$1
	dir=$2
	prefix=$(prefix_of "$version")
	work=$cache/$major/build
	rm -rf "$work" "$cache/$major/$version/usr"
	mkdir -p "$work"
	log "unpacking $package $version with Debian's patches"
	dpkg-source -x "$dir"/*.dsc "$work/src" >"$work/unpack.log" 2>&1 ||
		{ cat "$work/unpack.log" >&2; return 1; }
	mkdir "$work/build"
	log "building $package $version into $prefix (make -j$jobs; its log: $work/build.log)"
	(
		cd "$work/build" &&
			"$work/src/configure" --prefix="$prefix" \
				--enable-tap-tests --with-icu --with-libxml --enable-debug \
				--with-extra-version=" (Debian $version, built from source by make test-versions)" \
				CFLAGS=-O2 &&
			make -j"$jobs" &&
			for m in $contrib; do make -j"$jobs" -C "contrib/$m" || exit 1; done &&
			make install &&
			for m in $contrib; do make -C "contrib/$m" install || exit 1; done
	) >"$work/build.log" 2>&1 || {
		tail -n 40 "$work/build.log" >&2
		log "the build of $package $version failed: $work/build.log"
		return 1
	}
	printf '%s\n' "$recipe" >"$cache/$major/$version/complete"
	rm -rf "$work"
	return 0
}

for version in $candidates; do
	prefix=$(prefix_of "$version")
	if [ "$(cat "$cache/$major/$version/complete" 2>/dev/null)" = "$recipe" ] && [ -x "$prefix/bin/pg_config" ]; then
		log "$package $version: in the cache"
		printf '%s\n' "$prefix/bin/pg_config"
		exit 0
	fi
	dir=$cache/$major/$version/source
	log "downloading $package $version"
	if ! download "$version" "$dir"; then
		log "$package $version cannot be downloaded (see $dir.log)"
		continue
	fi
	started=$(date +%s)
	build "$version" "$dir" || exit 1
	log "built $package $version in $(($(date +%s) - started)) s"
	# Other versions of this major are out of date.
	for old in "$cache/$major"/*/; do
		case $old in "$cache/$major/$version/") ;; *) rm -rf "$old" ;; esac
	done
	printf '%s\n' "$prefix/bin/pg_config"
	exit 0
done
log "$package: none of $candidates could be downloaded"
exit 2
