--
-- recv: the binary input of every type of the extension fed truncated,
-- oversized, out-of-range and wrong-version fields, alone, as array
-- elements and as record fields.  Each is an error that names the type and
-- says what is wrong (22P03 invalid_binary_representation), never a crash
-- or a wrong value.  The checks themselves are fuzzed in
-- test/fuzz/fuzz_<type>_recv.c.
--
SET search_path = cag_ovt, public;

-- pg_temp.copy_binary(table, field) loads a binary COPY stream of one row
-- of one field (NULL: a NULL field) into a one-column table (column v),
-- crafted with printf as in neq.sql, and returns "ok:" and what was loaded
-- (its first 57 characters), or the error's SQLSTATE, message and detail.
-- A failed load leaves the table as it was.
CREATE FUNCTION pg_temp.copy_binary(tbl regclass, field bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    stream bytea := decode('5047434f50590aff0d0a00', 'hex') || '\x0000000000000000'::bytea
        || '\x0001'::bytea
        || CASE WHEN field IS NULL THEN '\xffffffff'::bytea ELSE int4send(length(field)) || field END
        || '\xffff'::bytea;
    cmd text;
    loaded text;
    state text;
    msg text;
    detail text;
BEGIN
    SELECT 'printf ''' || string_agg('\' || (b >> 6)::text || ((b >> 3) & 7)::text || (b & 7)::text,
                                     '' ORDER BY i) || ''''
      INTO cmd
      FROM (SELECT i, get_byte(stream, i) AS b
              FROM generate_series(0, length(stream) - 1) AS i) AS x;
    EXECUTE format('TRUNCATE %s', tbl);
    EXECUTE format('COPY %s FROM PROGRAM %L (FORMAT binary)', tbl, cmd);
    EXECUTE format('SELECT string_agg(coalesce(v::text, ''NULL''), '', '') FROM %s', tbl) INTO loaded;
    RETURN 'ok: ' || CASE WHEN length(loaded) > 60 THEN left(loaded, 57) || '...' ELSE loaded END;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
    RETURN state || ' ' || msg || coalesce(E'\n' || nullif(detail, ''), '');
END
$$;

-- The binary form of a one-dimensional array (lower bound 1) of the given
-- element type, from the binary forms of its elements (NULL: a NULL).
CREATE FUNCTION pg_temp.array_binary(elemtype regtype, VARIADIC elems bytea[]) RETURNS bytea
LANGUAGE sql AS $$
    SELECT int4send(1) || int4send(CASE WHEN array_position(elems, NULL) IS NULL THEN 0 ELSE 1 END)
        || int4send(elemtype::oid::int) || int4send(cardinality(elems)) || int4send(1)
        || coalesce(string_agg(CASE WHEN e IS NULL THEN '\xffffffff'::bytea
                                    ELSE int4send(length(e)) || e END, ''::bytea ORDER BY i), ''::bytea)
    FROM unnest(elems) WITH ORDINALITY AS u(e, i)
$$;

-- The binary form of a record of (type, binary form) pairs.
CREATE FUNCTION pg_temp.record_binary(types regtype[], fields bytea[]) RETURNS bytea
LANGUAGE sql AS $$
    SELECT int4send(cardinality(types))
        || string_agg(int4send(t::oid::int) || int4send(length(f)) || f, ''::bytea ORDER BY i)
    FROM unnest(types, fields) WITH ORDINALITY AS u(t, f, i)
$$;

CREATE TABLE recv_neq (v neq);
CREATE TABLE recv_unspsc (v unspsc);
CREATE TABLE recv_qc_region (v qc_region);
CREATE TABLE recv_postal_code (v postal_code);
CREATE TABLE recv_purchase_class (v purchase_class);
CREATE TABLE recv_spend_summary (v spend_summary);
CREATE TABLE recv_share_state (v share_state);

-- neq: an int8.
SELECT what, pg_temp.copy_binary('recv_neq', field) AS result
FROM (VALUES
    ('NULL', NULL),
    ('valid', int8send(1149222300)),
    ('empty', ''::bytea),
    ('truncated: 4 bytes', int4send(1149222300)),
    ('truncated: 7 bytes', substr(int8send(1149222300), 2)),
    ('oversized: 9 bytes', int8send(1149222300) || '\x00'::bytea),
    ('oversized: two int8', int8send(1149222300) || int8send(1142177600)),
    ('wrong check digit', int8send(1149222301)),
    ('11 digits', int8send(10000000000)),
    ('negative', int8send(-1)),
    ('int8 minimum', int8send(-9223372036854775808))
) AS t(what, field);

-- unspsc: an int4.
SELECT what, pg_temp.copy_binary('recv_unspsc', field) AS result
FROM (VALUES
    ('NULL', NULL),
    ('valid', int4send(50121500)),
    ('empty', ''::bytea),
    ('truncated: 2 bytes', int2send(5012::int2)),
    ('truncated: 3 bytes', substr(int4send(50121500), 2)),
    ('oversized: an int8', int8send(50121500)),
    ('7 digits', int4send(9999999)),
    ('9 digits', int4send(100000000)),
    ('a pair after a 00 pair', int4send(50001500)),
    ('negative', int4send(-50121500))
) AS t(what, field);

-- qc_region: one byte.
SELECT what, pg_temp.copy_binary('recv_qc_region', field) AS result
FROM (VALUES
    ('NULL', NULL),
    ('valid', '\x05'::bytea),
    ('empty', ''::bytea),
    ('oversized: an int2', int2send(5::int2)),
    ('oversized: an int4', int4send(5)),
    ('code 0', '\x00'::bytea),
    ('code 18', '\x12'::bytea),
    ('code 255', '\xff'::bytea)
) AS t(what, field);

-- postal_code: six characters (postal_code.sql has every class of bad character).
SELECT what, pg_temp.copy_binary('recv_postal_code', field) AS result
FROM (VALUES
    ('NULL', NULL),
    ('valid', convert_to('H2X1Y4', 'UTF8')),
    ('empty', ''::bytea),
    ('truncated: 5 bytes', convert_to('H2X1Y', 'UTF8')),
    ('oversized: the text form', convert_to('H2X 1Y4', 'UTF8')),
    ('oversized: 40 bytes', convert_to(repeat('H2X1Y4', 6) || 'abcd', 'UTF8')),
    ('an int4', int4send(1234567)),
    ('a NUL byte', '\x4832580031593400'::bytea)
) AS t(what, field);

-- purchase_class: an int2.
SELECT what, pg_temp.copy_binary('recv_purchase_class', field) AS result
FROM (VALUES
    ('NULL', NULL),
    ('valid', int2send(21::int2)),
    ('empty', ''::bytea),
    ('truncated: 1 byte', '\x15'::bytea),
    ('oversized: an int4', int4send(21)),
    ('unused bits', int2send(-1::int2)),
    ('quebec and outside_quebec', int2send(3::int2)),
    ('quebec_food without food', int2send(64::int2)),
    ('unknown flags (1.2)', int2send(3841::int2)),
    ('eco and eco_unknown', int2send(272::int2)),
    ('food_unknown alone', int2send(512::int2))
) AS t(what, field);

-- spend_summary: a version, then int8 counts and amounts: 188 bytes for
-- version 2 (count, amount, unpriced count, 8 flags' count and amount, 4
-- *_unknown flags' amount), 148 for version 1, which 1.1 wrote (count,
-- amount, 8 flags' count and amount) and which is read with its meaning.
SELECT spend_summary_send(spend_agg(amount, class)) AS ss
FROM (VALUES (10.01, '{quebec,regional,eco,food_unknown,quebec_food_unknown}'::purchase_class),
             (-3.33, '{outside_quebec,eco_unknown}'), (NULL, '{quebec}')) AS t(amount, class) \gset
SELECT spend_summary_send(spend_agg(amount, class)) AS ss1
FROM (VALUES (10.01, '{quebec,regional,eco}'::purchase_class),
             (-3.33, '{outside_quebec}')) AS t(amount, class) \gset
SELECT int4send(1) || substr(:'ss1'::bytea, 5, 16) || substr(:'ss1'::bytea, 29, 128) AS v1 \gset
SELECT what, pg_temp.copy_binary('recv_spend_summary', field) AS result
FROM (VALUES
    ('NULL', NULL),
    ('valid', :'ss'::bytea),
    ('empty', ''::bytea),
    ('truncated: 3 bytes', '\x000000'::bytea),
    ('truncated: the version only', int4send(2)),
    ('truncated: 187 bytes', substr(:'ss'::bytea, 1, 187)),
    ('oversized: 189 bytes', :'ss'::bytea || '\x00'::bytea),
    ('oversized: twice', :'ss'::bytea || :'ss'::bytea),
    ('version 0', overlay(:'ss'::bytea PLACING int4send(0) FROM 1)),
    ('version 3', overlay(:'ss'::bytea PLACING int4send(3) FROM 1)),
    ('version 3, longer', overlay(:'ss'::bytea PLACING int4send(3) FROM 1) || '\x0000'::bytea),
    ('version -1, truncated', int4send(-1) || '\x00'::bytea),
    ('negative count', overlay(:'ss'::bytea PLACING int8send(-1) FROM 5)),
    ('count beyond 32 bits', overlay(:'ss'::bytea PLACING int8send(4294967296) FROM 5)),
    ('unpriced above the count', overlay(:'ss'::bytea PLACING int8send(4) FROM 21)),
    ('flag count above the count', overlay(:'ss'::bytea PLACING int8send(4) FROM 29)),
    ('amount without purchases', overlay(overlay(:'ss'::bytea PLACING int8send(0) FROM 5)
                                         PLACING int8send(0) FROM 21)),
    ('version 1: valid', :'v1'::bytea),
    ('version 1: 188 bytes', overlay(:'ss'::bytea PLACING int4send(1) FROM 1)),
    ('version 1: truncated, 147 bytes', substr(:'v1'::bytea, 1, 147)),
    ('version 1: negative count', overlay(:'v1'::bytea PLACING int8send(-1) FROM 5)),
    ('version 1: count beyond 32 bits', overlay(:'v1'::bytea PLACING int8send(4294967296) FROM 5)),
    ('version 1: flag count above the count', overlay(:'v1'::bytea PLACING int8send(3) FROM 21))
) AS t(what, field);

-- share_state: a version, then four int8 (36 bytes).
SELECT share_state_send(share_agg_transfn(share_agg_transfn(
           '{"version": 1, "count": 0, "amount": 0.00, "matching_count": 0, "matching_amount": 0.00}',
           10.01, true), -3.33, false)) AS sh \gset
SELECT what, pg_temp.copy_binary('recv_share_state', field) AS result
FROM (VALUES
    ('NULL', NULL),
    ('valid', :'sh'::bytea),
    ('empty', ''::bytea),
    ('truncated: 2 bytes', '\x0000'::bytea),
    ('truncated: 35 bytes', substr(:'sh'::bytea, 1, 35)),
    ('oversized: 37 bytes', :'sh'::bytea || '\x00'::bytea),
    ('version 0', overlay(:'sh'::bytea PLACING int4send(0) FROM 1)),
    ('version 2', overlay(:'sh'::bytea PLACING int4send(2) FROM 1)),
    ('matching above the count', overlay(:'sh'::bytea PLACING int8send(5) FROM 21)),
    ('negative count', overlay(:'sh'::bytea PLACING int8send(-2) FROM 5))
) AS t(what, field);

-- Array elements: array_recv hands each element's bytes to the element
-- type's recv, which sees exactly the element.
CREATE TABLE recv_neq_array (v neq[]);
CREATE TABLE recv_unspsc_array (v unspsc[]);
CREATE TABLE recv_qc_region_array (v qc_region[]);
CREATE TABLE recv_postal_code_array (v postal_code[]);
CREATE TABLE recv_purchase_class_array (v purchase_class[]);
CREATE TABLE recv_spend_summary_array (v spend_summary[]);
CREATE TABLE recv_share_state_array (v share_state[]);
SELECT what, pg_temp.copy_binary(tbl, field) AS result
FROM (VALUES
    ('neq[]: valid, NULL', 'recv_neq_array'::regclass,
     pg_temp.array_binary('neq', int8send(1149222300), NULL, int8send(1142177600))),
    ('neq[]: a 4-byte element', 'recv_neq_array',
     pg_temp.array_binary('neq', int8send(1149222300), int4send(1))),
    ('neq[]: a 12-byte element', 'recv_neq_array',
     pg_temp.array_binary('neq', int8send(1149222300) || int4send(1))),
    -- PostgreSQL compares the element type only when both OIDs are built-in:
    -- elements labelled int8 are read as neq, and checked as such
    ('neq[]: labelled int8', 'recv_neq_array',
     pg_temp.array_binary('int8', int8send(1149222300))),
    ('neq[]: labelled int8, bad check digit', 'recv_neq_array',
     pg_temp.array_binary('int8', int8send(1149222301))),
    ('unspsc[]: an int8 element', 'recv_unspsc_array',
     pg_temp.array_binary('unspsc', int4send(50121500), int8send(50121500))),
    ('qc_region[]: valid', 'recv_qc_region_array',
     pg_temp.array_binary('qc_region', '\x01'::bytea, '\x11'::bytea)),
    ('qc_region[]: an empty element', 'recv_qc_region_array',
     pg_temp.array_binary('qc_region', '\x01'::bytea, ''::bytea)),
    ('postal_code[]: a 7-byte element', 'recv_postal_code_array',
     pg_temp.array_binary('postal_code', convert_to('H2X1Y4', 'UTF8'), convert_to('H2X 1Y4', 'UTF8'))),
    ('purchase_class[]: a 1-byte element', 'recv_purchase_class_array',
     pg_temp.array_binary('purchase_class', '\x15'::bytea)),
    ('spend_summary[]: valid', 'recv_spend_summary_array',
     pg_temp.array_binary('spend_summary', :'ss'::bytea)),
    ('spend_summary[]: a truncated element', 'recv_spend_summary_array',
     pg_temp.array_binary('spend_summary', :'ss'::bytea, substr(:'ss'::bytea, 1, 100))),
    ('spend_summary[]: version 3', 'recv_spend_summary_array',
     pg_temp.array_binary('spend_summary', overlay(:'ss'::bytea PLACING int4send(3) FROM 1))),
    ('spend_summary[]: versions 2 and 1', 'recv_spend_summary_array',
     pg_temp.array_binary('spend_summary', :'ss'::bytea, :'v1'::bytea)),
    ('share_state[]: an oversized element', 'recv_share_state_array',
     pg_temp.array_binary('share_state', :'sh'::bytea || :'sh'::bytea))
) AS t(what, tbl, field);

-- Record fields: record_recv hands each field's bytes to its type's recv.
CREATE TYPE recv_pair AS (n neq, s spend_summary);
CREATE TABLE recv_pair_t (v recv_pair);
SELECT what, pg_temp.copy_binary('recv_pair_t', field) AS result
FROM (VALUES
    ('valid', pg_temp.record_binary('{neq,spend_summary}', ARRAY[int8send(1149222300), :'ss'::bytea])),
    ('a 4-byte neq', pg_temp.record_binary('{neq,spend_summary}', ARRAY[int4send(1), :'ss'::bytea])),
    ('a summary of version 7', pg_temp.record_binary('{neq,spend_summary}',
        ARRAY[int8send(1149222300), overlay(:'ss'::bytea PLACING int4send(7) FROM 1)]))
) AS t(what, field);

-- Each table holds its valid row, unchanged by the failures that followed;
-- the binary forms of the two summaries give them back exactly (the last
-- valid summary is ss1 in the form of version 1, read back as ss1).
SELECT (SELECT array_agg(v)::text FROM recv_neq) AS neq,
       (SELECT array_agg(v)::text FROM recv_unspsc) AS unspsc,
       (SELECT array_agg(v)::text FROM recv_qc_region) AS qc_region,
       (SELECT array_agg(v)::text FROM recv_postal_code) AS postal_code,
       (SELECT array_agg(v)::text FROM recv_purchase_class) AS purchase_class,
       (SELECT count(*) FROM recv_spend_summary WHERE spend_summary_send(v) = :'ss1') AS spend_summary,
       (SELECT count(*) FROM recv_share_state WHERE share_state_send(v) = :'sh') AS share_state;

-- The send functions and the binary forms agree on the length.
SELECT length(neq_send('1149222300')) AS neq, length(unspsc_send('50121500')) AS unspsc,
       length(qc_region_send('05')) AS qc_region, length(postal_code_send('H2X 1Y4')) AS postal_code,
       length(purchase_class_send('{quebec}')) AS purchase_class,
       length(:'ss'::bytea) AS spend_summary, length(:'sh'::bytea) AS share_state;

DROP TABLE recv_neq, recv_unspsc, recv_qc_region, recv_postal_code, recv_purchase_class,
    recv_spend_summary, recv_share_state, recv_neq_array, recv_unspsc_array,
    recv_qc_region_array, recv_postal_code_array, recv_purchase_class_array,
    recv_spend_summary_array, recv_share_state_array, recv_pair_t;
DROP TYPE recv_pair;
