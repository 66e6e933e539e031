#!/usr/bin/python3
"""The views of cag_ovt as BI tools see them, through psycopg2 (pandas and
the Python notebooks) or psqlODBC (Excel, Power BI, Tableau on Windows).

    check_clients.py psycopg2|odbc

Connects with CAG_HOST, CAG_PORT, CAG_DB, CAG_USER, CAG_PASSWORD (TCP and a
password, as a BI tool does) and prints one line per check, tab-separated:

    check  client  relation  column  ok|fail  detail

for every view and materialized view of cag_ovt.data_dictionary:

    core_type          the column's type is one of PostgreSQL's own
    numeric_precision  a numeric column has a declared precision and scale,
                       which the client reports
    described          data_dictionary gives it a French and an English
                       description (read through the client)
    remarks            the catalog call of the client (ODBC SQLColumns,
                       SQLTables) returns the comment (odbc only)
    additive_sum       an additive column summed over all the view's rows,
                       exactly, gives the true total (true_totals.sql)

test/t/040_clients.pl runs it, with CheckJdbc.java for pgJDBC, and holds the
list of the failures expected today.  Python 3 from Debian (python3-psycopg2,
python3-pyodbc, odbc-postgresql); the standard library otherwise.
"""
import decimal
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# The psqlODBC options that give BI tools real column types (the README's
# BI section gives the same): text as VARCHAR rather than memo, booleans as
# BIT rather than 'true'/'false' strings, types the driver does not know as
# VARCHAR; 4000 characters hold the longest description of the extension.
ODBC_OPTIONS = ("TextAsLongVarchar=0;UnknownsAsLongVarchar=0;BoolsAsChar=0;"
                "MaxVarcharSize=4000;MaxLongVarcharSize=65536")

# PostgreSQL's own types have OIDs below FirstNormalObjectId.
FIRST_NORMAL_OID = 16384


def say(check, client, relation, column, ok, detail=""):
    detail = " ".join(str(detail).split())
    print("\t".join([check, client, relation, column or "-", "ok" if ok else "fail", detail]))


def connect(client):
    env = os.environ
    if client == "psycopg2":
        import psycopg2
        return psycopg2.connect(host=env["CAG_HOST"], port=env["CAG_PORT"], dbname=env["CAG_DB"],
                                user=env["CAG_USER"], password=env["CAG_PASSWORD"])
    import pyodbc
    return pyodbc.connect(
        "Driver={PostgreSQL Unicode};Server=%s;Port=%s;Database=%s;Uid=%s;Pwd=%s;%s"
        % (env["CAG_HOST"], env["CAG_PORT"], env["CAG_DB"], env["CAG_USER"],
           env["CAG_PASSWORD"], ODBC_OPTIONS))


def main():
    client = sys.argv[1]
    if client not in ("psycopg2", "odbc"):
        sys.exit("usage: check_clients.py psycopg2|odbc")
    conn = connect(client)
    cur = conn.cursor()

    # The dictionary, through the client.
    cur.execute("SELECT relation_name, relation_kind, column_position, column_name, "
                "description_fr, description_en, is_additive "
                "FROM cag_ovt.data_dictionary "
                "WHERE relation_kind IN ('view', 'materialized view') "
                "ORDER BY relation_name, column_position")
    dictionary = cur.fetchall()
    relations = sorted({row[0] for row in dictionary})
    # What the server declares, to compare with what the client reports.
    cur.execute("SELECT c.relname, a.attname, t.typname, "
                "information_schema._pg_numeric_precision(a.atttypid, a.atttypmod), "
                "information_schema._pg_numeric_scale(a.atttypid, a.atttypmod) "
                "FROM pg_catalog.pg_attribute a "
                "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
                "WHERE c.relnamespace = 'cag_ovt'::regnamespace AND a.attnum > 0 "
                "AND NOT a.attisdropped")
    declared = {(r[0], r[1]): (r[2], r[3], r[4]) for r in cur.fetchall()}
    cur.execute("SELECT typname FROM pg_catalog.pg_type "
                "WHERE typnamespace = 'pg_catalog'::regnamespace")
    core_names = {r[0] for r in cur.fetchall()}
    with open(os.path.join(HERE, "true_totals.sql")) as f:
        cur.execute(f.read())
        truth = {r[0]: decimal.Decimal(r[1]) for r in cur.fetchall()}

    for relation in relations:
        columns = [row for row in dictionary if row[0] == relation]
        for (_, _, _, column, fr, en, _) in columns:
            ok = bool(fr and fr.strip()) and bool(en and en.strip())
            say("described", client, relation, column, ok,
                "" if ok else "French %r, English %r" % (fr, en))

        cur.execute('SELECT * FROM cag_ovt."%s"' % relation.replace('"', '""'))
        description = cur.description
        rows = cur.fetchall()
        names = [d[0] for d in description]

        if client == "psycopg2":
            for d in description:
                typname = declared[(relation, d.name)][0]
                say("core_type", client, relation, d.name, d.type_code < FIRST_NORMAL_OID,
                    "type %s (OID %s)" % (typname, d.type_code))
                if typname == "numeric":
                    # without a typmod psycopg2 decodes -1: 65535, 65535
                    ok = d.precision is not None and 1 <= d.precision <= 1000
                    say("numeric_precision", client, relation, d.name, ok,
                        "precision %s, scale %s" % (d.precision, d.scale))
        else:
            catalog = {r.column_name: r for r in cur.columns(table=relation, schema="cag_ovt")}
            tables = list(cur.tables(table=relation, schema="cag_ovt"))
            remark = tables[0].remarks if tables else None
            say("remarks", client, relation, None, bool(remark and remark.strip()),
                "SQLTables REMARKS %r" % (remark,))
            for name in names:
                r = catalog.get(name)
                typname, precision, scale = declared[(relation, name)]
                if r is None:
                    say("core_type", client, relation, name, False, "not in SQLColumns")
                    continue
                say("core_type", client, relation, name, r.type_name in core_names,
                    "TYPE_NAME %s, DATA_TYPE %s, COLUMN_SIZE %s" % (r.type_name, r.data_type, r.column_size))
                if typname == "numeric":
                    ok = (precision is not None and r.column_size == precision
                          and r.decimal_digits == scale)
                    say("numeric_precision", client, relation, name, ok,
                        "declared %s, %s; SQLColumns COLUMN_SIZE %s, DECIMAL_DIGITS %s"
                        % (precision, scale, r.column_size, r.decimal_digits))
                say("remarks", client, relation, name, bool(r.remarks and r.remarks.strip()),
                    "SQLColumns REMARKS %r" % (r.remarks,))

        for (_, _, _, column, _, _, additive) in columns:
            if not additive:
                continue
            i = names.index(column)
            total = sum((decimal.Decimal(row[i]) for row in rows if row[i] is not None),
                        decimal.Decimal(0))
            if column not in truth:
                say("additive_sum", client, relation, column, False,
                    "no true total for %s: add it to test/client/true_totals.sql" % column)
                continue
            true = truth[column]
            ratio = "" if true == 0 else ", %.2f times it" % (total / true)
            say("additive_sum", client, relation, column, total == true,
                "sum over %d rows %s, true total %s%s" % (len(rows), total, true, ratio))
    conn.close()


if __name__ == "__main__":
    main()
