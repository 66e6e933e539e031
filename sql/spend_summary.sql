--
-- spend_summary: the type (text and binary forms, checks, operators,
-- accessors).  The aggregates are tested in spend_agg.sql.
--
SET search_path = cag_ovt, public;

-- A summary of five purchases, one of them a credit note.
CREATE TABLE ss_src (amount numeric, class purchase_class);
INSERT INTO ss_src VALUES
    (1000.00, '{quebec,regional,eco}'),
    (250.50, '{quebec,outside_region,food,quebec_food}'),
    (-40.25, '{outside_quebec,outside_region,eco}'),
    (99.99, '{food,group_purchase}'),
    (0.01, '{}');
SELECT spend_agg(amount, class) AS s FROM ss_src \gset
SELECT spend_agg(amount, class) AS e FROM ss_src WHERE false \gset
-- The text form: a JSON object with a version, counts and amounts in dollars
-- with two decimals, every flag in bit order.
SELECT :'s'::spend_summary;
SELECT :'e'::spend_summary AS empty;

-- Round trips: text, jsonb (keys reordered), json, any JSON white space.
SELECT s::text::spend_summary = s AS text,
       s::jsonb::spend_summary = s AS jsonb,
       s::jsonb::text::spend_summary = s AS jsonb_text,
       s::json::spend_summary = s AS json,
       jsonb_pretty(s::jsonb)::spend_summary = s AS pretty,
       s::text = :'s' AS same_text
FROM (SELECT :'s'::spend_summary AS s) AS x;
SELECT s::jsonb::text FROM (SELECT :'s'::spend_summary AS s) AS x;
SELECT jsonb_pretty(:'s'::spend_summary::jsonb);
-- BI tools read it as JSON.
SELECT k AS flag, (v ->> 'count')::bigint AS count, (v ->> 'amount')::numeric AS amount
FROM jsonb_each(:'s'::spend_summary::jsonb -> 'flags') AS j(k, v) ORDER BY k;
-- The extremes of the range survive the round trip.
SELECT replace(replace(:'e', '"count": 0, "amount": 0.00, "flags"',
                       '"count": 9223372036854775807, "amount": 92233720368547758.07, "flags"'),
               '"eco": {"count": 0, "amount": 0.00}',
               '"eco": {"count": 9223372036854775807, "amount": 92233720368547758.07}') AS big \gset
SELECT :'big'::spend_summary::text = :'big' AS big_round_trip;
SELECT replace(:'e', '"count": 0, "amount": 0.00, "flags"',
               '"count": 2, "amount": -92233720368547758.08, "flags"') AS small \gset
SELECT :'small'::spend_summary::text = :'small' AS small_round_trip,
       total_amount(:'small'), purchase_count(:'small');

-- Bad text input: the message names the value, the detail names the field.
SELECT '{"version": 1}'::spend_summary;
SELECT ''::spend_summary;
-- Every other class of bad input, as SQLSTATE and detail.
CREATE FUNCTION pg_temp.try(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    state text;
    msg text;
    detail text;
BEGIN
    PERFORM t::cag_ovt.spend_summary;
    RETURN 'accepted';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
    RETURN state || ' ' || regexp_replace(msg, '"[{\[ "].*"', '"..."') || E'\n' || detail;
END
$$;
\set e1 '{"version": 1, "count": 0, "amount": 0.00, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}}}'
SELECT :'e1'::spend_summary = :'e' AS empty_literal_ok;
-- lexical errors, on the text
SELECT what, pg_temp.try(t) AS result
FROM (VALUES
    ('blank', '   '),
    ('array', '[]'),
    ('string', '"summary"'),
    ('ends inside', '{"version": 1'),
    ('ends inside a key', '{"vers'),
    ('ends before a value', '{"version":'),
    ('text after', :'e1' || ' x'),
    ('two objects', :'e1' || :'e1'),
    ('no colon', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count" 0, "amount": 0.00, "flags"')),
    ('no comma', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": 0 "amount": 0.00, "flags"')),
    ('unquoted key', replace(:'e1', '"version"', 'version')),
    ('escaped key', replace(:'e1', '"version"', '"\u0076ersion"')),
    ('unknown key', replace(:'e1', '"version": 1,', '"version": 1, "currency": 0,')),
    ('unknown flag', replace(:'e1', '"eco": {', '"local": {')),
    ('unknown flag field', replace(:'e1', '"eco": {"count": 0,', '"eco": {"count": 0, "share": 0,')),
    ('duplicate key', replace(:'e1', '"version": 1,', '"version": 1, "version": 1,')),
    ('duplicate flag field', replace(:'e1', '"eco": {"count": 0,', '"eco": {"count": 0, "count": 0,')),
    ('version 2', replace(:'e1', '"version": 1', '"version": 2')),
    ('version 10', replace(:'e1', '"version": 1', '"version": 10')),
    ('version string', replace(:'e1', '"version": 1', '"version": "1"')),
    ('version 1.0', replace(:'e1', '"version": 1', '"version": 1.0')),
    ('count negative', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": -1, "amount": 0.00, "flags"')),
    ('count fraction', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": 1.5, "amount": 0.00, "flags"')),
    ('count exponent', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": 1e3, "amount": 0.00, "flags"')),
    ('count leading zero', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": 01, "amount": 0.00, "flags"')),
    ('count string', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": "0", "amount": 0.00, "flags"')),
    ('count null', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": null, "amount": 0.00, "flags"')),
    ('count too big', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": 9223372036854775808, "amount": 0.00, "flags"')),
    ('amount integer', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": {"count": 0, "amount": 0}')),
    ('amount one decimal', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": {"count": 0, "amount": 0.0}')),
    ('amount three decimals', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": {"count": 0, "amount": 0.000}')),
    ('amount exponent', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": {"count": 0, "amount": 0.00e0}')),
    ('amount leading zero', replace(:'e1', '"amount": 0.00, "flags"', '"amount": 00.00, "flags"')),
    ('amount plus sign', replace(:'e1', '"amount": 0.00, "flags"', '"amount": +0.00, "flags"')),
    ('amount no digit', replace(:'e1', '"amount": 0.00, "flags"', '"amount": .00, "flags"')),
    ('amount minus alone', replace(:'e1', '"amount": 0.00, "flags"', '"amount": -, "flags"')),
    ('amount string', replace(:'e1', '"amount": 0.00, "flags"', '"amount": "0.00", "flags"')),
    ('amount minus zero', replace(:'e1', '"amount": 0.00, "flags"', '"amount": -0.00, "flags"')),
    ('amount too big', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": 1, "amount": 92233720368547758.08, "flags"')),
    ('amount too small', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": 1, "amount": -92233720368547758.09, "flags"')),
    ('amount far too big', replace(:'e1', '"count": 0, "amount": 0.00, "flags"', '"count": 1, "amount": 1000000000000000000000000.00, "flags"')),
    ('flags not an object', replace(:'e1', '"flags": {"quebec"', '"flags": ["quebec"')),
    ('flag not an object', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": 0')),
    ('non-JSON white space', replace(:'e1', '"version": 1', E'"version":\f1'))
  ) AS t(what, t);
-- missing fields
SELECT what, pg_temp.try(t::text) AS result
FROM (VALUES
    ('empty object', '{}'::jsonb),
    ('no version', :'e1'::jsonb - 'version'),
    ('no amount', :'e1'::jsonb - 'amount'),
    ('no flags', :'e1'::jsonb - 'flags'),
    ('no flag eco', :'e1'::jsonb #- '{flags,eco}'),
    ('no eco amount', :'e1'::jsonb #- '{flags,eco,amount}'),
    ('empty flags', jsonb_set(:'e1'::jsonb, '{flags}', '{}'))
  ) AS t(what, t);
-- Values that no set of purchases gives: the detail names the fields.
SET cag_test.empty = :'e1';
CREATE FUNCTION pg_temp.with(VARIADIC kv text[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    j jsonb := current_setting('cag_test.empty')::jsonb;
    i integer;
BEGIN
    FOR i IN 1 .. array_length(kv, 1) BY 2 LOOP
        j := jsonb_set(j, string_to_array(kv[i], '.'), kv[i + 1]::jsonb);
    END LOOP;
    RETURN j::text;
END
$$;
SELECT what, pg_temp.try(t) AS result
FROM (VALUES
    ('valid', pg_temp.with('count', '3', 'amount', '10.00', 'flags.eco.count', '1', 'flags.eco.amount', '-5.00')),
    ('flag count above count', pg_temp.with('count', '2', 'amount', '10.00', 'flags.eco.count', '3', 'flags.eco.amount', '10.00')),
    ('amount without purchase', pg_temp.with('amount', '5.00')),
    ('flag amount without purchase', pg_temp.with('count', '2', 'amount', '5.00', 'flags.food.amount', '1.00')),
    ('every purchase, other amount', pg_temp.with('count', '2', 'amount', '5.00', 'flags.food.count', '2', 'flags.food.amount', '4.00')),
    ('quebec and outside above count', pg_temp.with('count', '2', 'amount', '5.00', 'flags.quebec.count', '1', 'flags.quebec.amount', '1.00', 'flags.outside_quebec.count', '2', 'flags.outside_quebec.amount', '5.00')),
    ('quebec and outside miss the amount', pg_temp.with('count', '2', 'amount', '5.00', 'flags.quebec.count', '1', 'flags.quebec.amount', '1.00', 'flags.outside_quebec.count', '1', 'flags.outside_quebec.amount', '1.00')),
    ('regional and outside above count', pg_temp.with('count', '2', 'amount', '5.00', 'flags.quebec.count', '2', 'flags.quebec.amount', '5.00', 'flags.regional.count', '2', 'flags.regional.amount', '5.00', 'flags.outside_region.count', '1', 'flags.outside_region.amount', '1.00')),
    ('regional above quebec', pg_temp.with('count', '3', 'amount', '5.00', 'flags.quebec.count', '1', 'flags.quebec.amount', '1.00', 'flags.regional.count', '2', 'flags.regional.amount', '2.00')),
    ('regional is quebec, other amount', pg_temp.with('count', '3', 'amount', '5.00', 'flags.quebec.count', '2', 'flags.quebec.amount', '1.00', 'flags.regional.count', '2', 'flags.regional.amount', '2.00')),
    ('quebec_food above food', pg_temp.with('count', '3', 'amount', '5.00', 'flags.food.count', '1', 'flags.food.amount', '1.00', 'flags.quebec_food.count', '2', 'flags.quebec_food.amount', '2.00')),
    ('quebec_food is food, other amount', pg_temp.with('count', '3', 'amount', '5.00', 'flags.food.count', '1', 'flags.food.amount', '1.00', 'flags.quebec_food.count', '1', 'flags.quebec_food.amount', '2.00'))
  ) AS t(what, t);

-- NULL in, NULL out.
SELECT NULL::spend_summary, total_amount(NULL), share(NULL, 'eco'), share(:'s', NULL);

-- Equality and addition.
SELECT :'s'::spend_summary = :'s'::spend_summary AS eq,
       :'s'::spend_summary <> :'e'::spend_summary AS ne,
       :'s'::spend_summary + :'e'::spend_summary = :'s'::spend_summary AS plus_empty,
       (:'s'::spend_summary + :'s'::spend_summary) =
         (SELECT spend_agg(amount, class) FROM (SELECT * FROM ss_src UNION ALL SELECT * FROM ss_src) AS u) AS plus_is_union;
SELECT :'s'::spend_summary + :'s'::spend_summary AS doubled;
-- Overflow is an error, never a wrap.
SELECT :'big'::spend_summary + :'s'::spend_summary;
SELECT :'small'::spend_summary + :'small'::spend_summary;

-- Accessors, for every flag.
SELECT total_amount(:'s'), purchase_count(:'s');
SELECT f AS flag, purchase_count(:'s', f), amount(:'s', f), share(:'s', f), known_share(:'s', f)
FROM unnest(purchase_class_flags('{quebec,regional,eco,food,quebec_food,group_purchase}')
            || '{outside_quebec,outside_region}'::text[]) AS f;
SELECT coverage(:'s', 'origin') AS origin, coverage(:'s', 'region') AS region;
SELECT quebec_share(:'s') = known_share(:'s', 'quebec') AS quebec,
       regional_share(:'s') = known_share(:'s', 'regional') AS regional,
       eco_share(:'s') = known_share(:'s', 'eco') AS eco,
       quebec_food_share(:'s') = known_share(:'s', 'quebec_food') AS quebec_food,
       group_purchase_share(:'s') = known_share(:'s', 'group_purchase') AS group_purchase;
SELECT quebec_share(:'s'), regional_share(:'s'), eco_share(:'s'), quebec_food_share(:'s'),
       group_purchase_share(:'s');
-- Flag and dimension names ignore case.
SELECT amount(:'s', 'ECO'), coverage(:'s', 'Origin');
-- Unknown names are errors that list the valid ones.
SELECT amount(:'s', 'ecology');
SELECT share(:'s', '');
SELECT coverage(:'s', 'eco');
-- An empty summary: amounts 0.00, every share NULL.
SELECT total_amount(:'e'), purchase_count(:'e'), amount(:'e', 'eco'), share(:'e', 'eco'),
       known_share(:'e', 'quebec'), coverage(:'e', 'origin'), quebec_share(:'e'),
       regional_share(:'e'), eco_share(:'e'), quebec_food_share(:'e'), group_purchase_share(:'e');
-- Unknown statuses: nothing known on origin or region, no food.
SELECT spend_agg(amount, class) AS u FROM (VALUES (100.00, '{eco}'::purchase_class), (50.00, '{}')) AS t(amount, class) \gset
SELECT quebec_share(:'u'), regional_share(:'u'), quebec_food_share(:'u'), eco_share(:'u'),
       share(:'u', 'quebec') AS quebec_of_total, coverage(:'u', 'origin'), coverage(:'u', 'region');
-- Credit notes that cancel out: a total of zero gives NULL shares.
SELECT share(s, 'eco'), coverage(s, 'origin'), quebec_share(s), purchase_count(s)
FROM (SELECT spend_agg(amount, class) AS s
      FROM (VALUES (100.00, '{quebec,eco}'::purchase_class), (-100.00, '{quebec}')) AS t(amount, class)) AS x;

-- Storage: binary and text round trips through COPY.
CREATE TABLE ss_t (id integer, s spend_summary);
INSERT INTO ss_t VALUES (1, :'s'), (2, :'e'), (3, :'big'), (4, :'small'), (5, NULL);
SELECT '/tmp/cag_ovt_spend_summary_' || pg_backend_pid() AS f \gset
COPY ss_t TO :'f' (FORMAT binary);
CREATE TABLE ss_t2 (LIKE ss_t);
COPY ss_t2 FROM :'f' (FORMAT binary);
SELECT count(*) AS same FROM ss_t a JOIN ss_t2 b ON a.id = b.id AND a.s IS NOT DISTINCT FROM b.s;
COPY ss_t TO :'f';
TRUNCATE ss_t2;
COPY ss_t2 FROM :'f';
SELECT count(*) AS same FROM ss_t a JOIN ss_t2 b ON a.id = b.id AND a.s IS NOT DISTINCT FROM b.s;

-- Binary input validates like text input.  pg_temp.copy_cmd(payload) is a
-- shell command that prints a binary COPY stream of one field.
CREATE FUNCTION pg_temp.copy_cmd(payload bytea) RETURNS text LANGUAGE sql AS $$
    SELECT 'printf ''' || string_agg('\' || (b >> 6)::text || ((b >> 3) & 7)::text || (b & 7)::text, '' ORDER BY i) || ''''
    FROM (SELECT i, get_byte(stream, i) AS b
          FROM (SELECT decode('5047434f50590aff0d0a00', 'hex') || '\x0000000000000000'::bytea
                       || '\x0001'::bytea || int4send(length(payload)) || payload || '\xffff'::bytea AS stream) AS s,
               generate_series(0, length(stream) - 1) AS i) AS x
$$;
SELECT spend_summary_send(:'s') AS sb \gset
SELECT length(:'sb'::bytea) AS binary_length;
CREATE TABLE ss_b (s spend_summary);
-- the send output is accepted
SELECT pg_temp.copy_cmd(:'sb') AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
SELECT s = :'s' AS same FROM ss_b;
-- version 2
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int4send(2) FROM 1)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- a negative count (bytes 5 to 12)
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int8send(-1) FROM 5)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- the eco count (bytes 85 to 92) above the count
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int8send(6) FROM 85)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- the regional count (bytes 53 to 60) raised from 1 to 3: regional and
-- outside_region now count every purchase, but not its amount
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int8send(3) FROM 53)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- one byte short, one byte more
SELECT pg_temp.copy_cmd(substr(:'sb'::bytea, 1, 147)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
SELECT pg_temp.copy_cmd(:'sb'::bytea || '\x00'::bytea) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- only a version
SELECT pg_temp.copy_cmd(int4send(1)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
SELECT count(*) FROM ss_b;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
DROP TABLE ss_src, ss_t, ss_t2, ss_b;
