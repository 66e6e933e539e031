# cag_ovt: PGXS build.
#
#   make            build the module and the install script
#   make install    install into the PostgreSQL found by PG_CONFIG
#   make test       install what is missing, build, install, run every test
#                   against a throwaway cluster (see test/run.sh)
#   make test-versions  the same on PostgreSQL 15, 17 and 18 (PG_VERSIONS),
#                   those Debian 12 lacks built from Debian's source packages
#                   into a cache (see test/versions.sh)
#   make test-packaging  build the Debian package, install it into a
#                   throwaway root, create the extension from it; check make dist
#   make dist       the PGXN distribution cag_ovt-<version>.zip (git archive)
#   make demo       same set-up, then a throwaway cluster with sample data
#                   (ROWS=1000000 by default, KEEP=1 leaves it running)
#   make bench      performance figures, as ratios against baselines
#   make fuzz       build and run the fuzz harnesses (FUZZ_SECONDS per type)
#   make valgrind-check  the regression suites against a server under
#                   valgrind memcheck (minutes; not part of make test)

EXTENSION = cag_ovt
EXTVERSION := $(shell sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" $(EXTENSION).control)
MODULE_big = cag_ovt

# Concepts in dependency order.  Each has src/<concept>.sql; most have C code
# in src/<concept>.c and a server-free parser in src/<concept>_core.c.
SQL_PARTS = \
	src/schema.sql \
	src/neq.sql \
	src/fiscal_year.sql \
	src/postal_code.sql \
	src/unspsc.sql \
	src/qc_region.sql \
	src/reference.sql \
	src/geography.sql \
	src/municipalities.sql \
	src/currency.sql \
	src/exchange_rates.sql \
	src/locate.sql \
	src/localities.sql \
	src/purchase_class.sql \
	src/purchases.sql \
	src/classify.sql \
	src/spend_summary.sql \
	src/share_agg.sql \
	src/indicators.sql \
	src/coverage_thresholds.sql \
	src/purchase_summaries.sql \
	src/spend_by_month.sql \
	src/summaries_by_fiscal_year.sql \
	src/purchase_figures.sql \
	src/purchase_views.sql \
	src/spend_figures.sql \
	src/bids.sql \
	src/indicator_views.sql \
	src/seao.sql \
	src/load_notices_format.sql \
	src/seao_load.sql \
	src/registries.sql \
	src/data_dictionary.sql \
	src/report.sql

# The server-free cores: C standard library and src/core.h only (the XML
# reader also libxml2), so that the fuzz harnesses link them (make fuzz
# reads this list: test/fuzz/run.sh).
CORE_OBJS = \
	src/core.o src/fold_core.o \
	src/neq_core.o src/postal_code_core.o src/unspsc_core.o src/qc_region_core.o \
	src/geography_core.o src/place_core.o src/locality_core.o src/locate_core.o \
	src/purchase_class_core.o src/classify_core.o \
	src/cents_core.o src/fingerprint_core.o src/json_reader_core.o src/spend_summary_core.o src/share_state_core.o \
	src/seao_core.o src/seao_rules_core.o src/seao_bids_core.o src/seao_xml_core.o src/seao_xml_names_core.o \
	src/seao_xml_libxml2_core.o src/xml_scan_core.o src/xml_scan_prolog_core.o \
	src/xml_scan_ref_core.o

OBJS = $(CORE_OBJS) \
	src/cag_ovt.o \
	src/neq.o \
	src/fiscal_year.o \
	src/postal_code.o \
	src/unspsc.o src/unspsc_support.o \
	src/qc_region.o \
	src/refcache.o \
	src/geography.o \
	src/currency.o \
	src/locality.o src/registry.o src/locate.o \
	src/purchase_class.o \
	src/classify.o src/classify_trigger.o src/classify_explain.o src/json_writer.o \
	src/spend_summary.o \
	src/share_agg.o \
	src/purchase_summaries.o \
	src/seao.o src/seao_xml.o src/seao_ocds.o src/seao_ocds_stream.o src/seao_rows.o src/seao_load.o src/seao_bids.o

# The install script of the current version is assembled from src/*.sql;
# released versions' install scripts and the upgrade scripts are frozen in
# src/versions/ (see doc/DEVELOPING.md, "Releases and upgrades").
# The upgrade script into the version in development is built from its
# source in src/versions/ too: it includes the parts that define new objects
# and their generated rows (--@include), as the install script does.
UPGRADE_DEV = $(EXTENSION)--1.1--$(EXTVERSION).sql
DATA_built = $(EXTENSION)--$(EXTVERSION).sql $(UPGRADE_DEV)
DATA = $(filter-out src/versions/$(UPGRADE_DEV),$(wildcard src/versions/$(EXTENSION)--*.sql))
EXTRA_CLEAN = $(EXTENSION)--*.sql.tmp.* test/fuzz/build src/municipalities.sql src/municipalities.sql.tmp \
	src/exchange_rates.sql src/exchange_rates.sql.tmp src/localities.sql src/localities.sql.tmp \
	cag_ovt-load.tmp cag_ovt-report.tmp

REGRESS = neq fiscal_year postal_code unspsc qc_region geography locality reference_tables currency \
	purchase_class classify spend_summary spend_agg share_agg purchase_summaries amount_cents indicators \
	purchase_views seao seao_load bids catalog data_dictionary report recv
REGRESS_OPTS = --inputdir=. --outputdir=. --load-extension=$(EXTENSION)

PG_CONFIG ?= pg_config
# Server headers are system headers: their warnings are not ours.
PG_CPPFLAGS = -isystem $(shell $(PG_CONFIG) --includedir-server 2>/dev/null)
PG_CFLAGS = -Wall -Wextra -Werror

# libxml2 (the SEAO XML reader): the server links it too.
XML2_CFLAGS := $(shell xml2-config --cflags 2>/dev/null || pkg-config --cflags libxml-2.0 2>/dev/null)
XML2_LIBS := $(shell xml2-config --libs 2>/dev/null || pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
PG_CPPFLAGS += $(patsubst -I%,-isystem %,$(XML2_CFLAGS))
SHLIB_LINK += $(XML2_LIBS)

# The commands that load SEAO files and write the annual report (installed
# into PostgreSQL's bindir), with the version of the extension written in.
SCRIPTS_built = cag_ovt-load cag_ovt-report

PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
else
# Without PostgreSQL's server development files only the targets that
# install them (test, demo, bench) can run.
all install installcheck:
	@echo "PGXS not found (PG_CONFIG=$(PG_CONFIG)): install postgresql-server-dev-N for PostgreSQL N (Debian), or run 'make test' as root, which installs it" >&2
	@exit 1
endif

$(EXTENSION)--$(EXTVERSION).sql: src/assemble.sh src/scalar_ops.sql.in src/column_comments.in $(SQL_PARTS) $(EXTENSION).control Makefile
	src/assemble.sh $@ $(SQL_PARTS)

$(UPGRADE_DEV): src/versions/$(UPGRADE_DEV) src/assemble.sh src/scalar_ops.sql.in src/column_comments.in $(SQL_PARTS) Makefile
	src/assemble.sh --update $@ src/versions/$(UPGRADE_DEV)

cag_ovt-load cag_ovt-report: %: %.in $(EXTENSION).control
	sed 's/@VERSION@/$(EXTVERSION)/' $< > $@.tmp
	chmod +x $@.tmp
	mv $@.tmp $@

# The municipalities' rows and the exchange rates, generated from the
# shipped CSV files with POSIX awk.
src/municipalities.sql: src/csv.awk src/municipalities.awk data/mamh-municipalities-2023.csv
	awk -f src/csv.awk -f src/municipalities.awk data/mamh-municipalities-2023.csv > $@.tmp
	mv $@.tmp $@

src/exchange_rates.sql: src/csv.awk src/exchange_rates.awk data/usd-cad-annual.csv
	awk -f src/csv.awk -f src/exchange_rates.awk data/usd-cad-annual.csv > $@.tmp
	mv $@.tmp $@

# The rows of the locality reference tables (FSAs, former municipalities,
# aliases), from the CSV files that data/geo/derive.py derives from the
# sources in data/geo/ (see data/README.md).
LOCALITY_DATA = data/fsa-regions.csv data/ldu-communities.csv data/former-municipalities.csv \
	data/locality-aliases.csv
src/localities.sql: src/csv.awk src/reference_rows.awk $(LOCALITY_DATA)
	{ awk -v table=cag_ovt.fsa_regions -f src/csv.awk -f src/reference_rows.awk data/fsa-regions.csv && \
	  awk -v table=cag_ovt.ldu_communities -f src/csv.awk -f src/reference_rows.awk data/ldu-communities.csv && \
	  awk -v table=cag_ovt.former_municipalities -f src/csv.awk -f src/reference_rows.awk data/former-municipalities.csv && \
	  awk -v table=cag_ovt.locality_aliases -f src/csv.awk -f src/reference_rows.awk data/locality-aliases.csv; } > $@.tmp
	mv $@.tmp $@

# PG_CONFIG reaches the scripts only when the user set it; they default to
# PostgreSQL 15 from Debian, which they install when it is missing.
CAG_ENV = $(if $(filter command line environment,$(origin PG_CONFIG)),PG_CONFIG="$(PG_CONFIG)")

.PHONY: test test-versions test-packaging dist demo bench fuzz fuzz-build-info valgrind-check
test:
	$(CAG_ENV) test/run.sh

# Fails unless every version was tested and passed; test/versions.sh's own
# exit status tells a failure (1) from a version not tested (2).
test-versions:
	$(CAG_ENV) $(if $(PG_VERSIONS),PG_VERSIONS="$(PG_VERSIONS)") test/versions.sh

# The Debian package and the PGXN distribution, built and tried (part of
# make test-versions).
test-packaging:
	$(CAG_ENV) test/packaging.sh

# The PGXN distribution: META.json checked against the PGXN Meta Spec and
# against the control file, then the committed tree (git archive HEAD) as
# DISTDIR/cag_ovt-<version>.zip.
DISTVERSION = $(shell perl -MJSON::PP -e 'local $$/; print decode_json(<STDIN>)->{version}' < META.json)
DISTDIR ?= .
dist:
	test/pgxn-meta.pl META.json
	@case "$(DISTVERSION)" in "$(EXTVERSION)"|"$(EXTVERSION)".0) ;; \
	*) echo "META.json: version $(DISTVERSION) is not default_version $(EXTVERSION) of $(EXTENSION).control" >&2; exit 1 ;; esac
	@git diff --quiet HEAD -- || echo "warning: uncommitted changes are not in the distribution" >&2
	git archive --format=zip --prefix=$(EXTENSION)-$(DISTVERSION)/ -o $(DISTDIR)/$(EXTENSION)-$(DISTVERSION).zip HEAD

demo:
	$(CAG_ENV) data/demo/demo.sh

bench:
	$(CAG_ENV) bench/run.sh $(BENCH)

fuzz:
	test/fuzz/run.sh $(FUZZ)

# What test/fuzz/run.sh links into every harness, and with which flags.
fuzz-build-info:
	@echo "sources: $(CORE_OBJS:.o=.c)"
	@echo "cflags: $(XML2_CFLAGS)"
	@echo "libs: $(XML2_LIBS)"

valgrind-check:
	$(CAG_ENV) $(if $(REGRESS_ONLY),REGRESS="$(REGRESS_ONLY)") test/valgrind.sh
