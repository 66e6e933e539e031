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
-- The extremes of the range survive the round trip (counts are 32 bits).
SELECT replace(replace(:'e', '"count": 0, "amount": 0.00, "unpriced_count"',
                       '"count": 4294967295, "amount": 92233720368547758.07, "unpriced_count"'),
               '"eco": {"count": 0, "amount": 0.00}',
               '"eco": {"count": 4294967295, "amount": 92233720368547758.07}') AS big \gset
SELECT :'big'::spend_summary::text = :'big' AS big_round_trip;
SELECT replace(:'e', '"count": 0, "amount": 0.00, "unpriced_count"',
               '"count": 2, "amount": -92233720368547758.08, "unpriced_count"') AS small \gset
SELECT :'small'::spend_summary::text = :'small' AS small_round_trip,
       total_amount(:'small'), purchase_count(:'small');

-- Bad text input: the message names the value, the detail names the field.
SELECT '{"version": 2}'::spend_summary;
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
\set e1 '{"version": 2, "count": 0, "amount": 0.00, "unpriced_count": 0, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}, "eco_unknown": {"amount": 0.00}, "food_unknown": {"amount": 0.00}, "quebec_food_unknown": {"amount": 0.00}, "group_purchase_unknown": {"amount": 0.00}}}'
SELECT :'e1'::spend_summary = :'e' AS empty_literal_ok;
-- lexical errors, on the text
SELECT what, pg_temp.try(t) AS result
FROM (VALUES
    ('blank', '   '),
    ('array', '[]'),
    ('string', '"summary"'),
    ('ends inside', '{"version": 2'),
    ('ends inside a key', '{"vers'),
    ('ends before a value', '{"version":'),
    ('text after', :'e1' || ' x'),
    ('two objects', :'e1' || :'e1'),
    ('no colon', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count" 0, "amount": 0.00, "unpriced_count"')),
    ('no comma', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": 0 "amount": 0.00, "unpriced_count"')),
    ('unquoted key', replace(:'e1', '"version"', 'version')),
    ('escaped key', replace(:'e1', '"version"', '"\u0076ersion"')),
    ('unknown key', replace(:'e1', '"version": 2,', '"version": 2, "currency": 0,')),
    ('unknown flag', replace(:'e1', '"eco": {', '"local": {')),
    ('unknown flag field', replace(:'e1', '"eco": {"count": 0,', '"eco": {"count": 0, "share": 0,')),
    ('duplicate key', replace(:'e1', '"version": 2,', '"version": 2, "version": 2,')),
    ('duplicate flag field', replace(:'e1', '"eco": {"count": 0,', '"eco": {"count": 0, "count": 0,')),
    ('version 3', replace(:'e1', '"version": 2', '"version": 3')),
    ('version 10', replace(:'e1', '"version": 2', '"version": 10')),
    ('version string', replace(:'e1', '"version": 2', '"version": "2"')),
    ('version 2.0', replace(:'e1', '"version": 2', '"version": 2.0')),
    ('version 1, fields of 2', replace(:'e1', '"version": 2', '"version": 1')),
    ('unknown flag with a count', replace(:'e1', '"eco_unknown": {"amount": 0.00}', '"eco_unknown": {"count": 0, "amount": 0.00}')),
    ('count negative', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": -1, "amount": 0.00, "unpriced_count"')),
    ('count fraction', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": 1.5, "amount": 0.00, "unpriced_count"')),
    ('count exponent', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": 1e3, "amount": 0.00, "unpriced_count"')),
    ('count leading zero', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": 01, "amount": 0.00, "unpriced_count"')),
    ('count string', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": "0", "amount": 0.00, "unpriced_count"')),
    ('count null', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": null, "amount": 0.00, "unpriced_count"')),
    ('count too big', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": 9223372036854775808, "amount": 0.00, "unpriced_count"')),
    ('count above 32 bits', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": 4294967296, "amount": 0.00, "unpriced_count"')),
    ('flag count above 32 bits', replace(:'e1', '"eco": {"count": 0,', '"eco": {"count": 4294967296,')),
    ('unpriced count above 32 bits', replace(:'e1', '"unpriced_count": 0', '"unpriced_count": 4294967296')),
    ('amount integer', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": {"count": 0, "amount": 0}')),
    ('amount one decimal', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": {"count": 0, "amount": 0.0}')),
    ('amount three decimals', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": {"count": 0, "amount": 0.000}')),
    ('amount exponent', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": {"count": 0, "amount": 0.00e0}')),
    ('amount leading zero', replace(:'e1', '"amount": 0.00, "unpriced_count"', '"amount": 00.00, "unpriced_count"')),
    ('amount plus sign', replace(:'e1', '"amount": 0.00, "unpriced_count"', '"amount": +0.00, "unpriced_count"')),
    ('amount no digit', replace(:'e1', '"amount": 0.00, "unpriced_count"', '"amount": .00, "unpriced_count"')),
    ('amount minus alone', replace(:'e1', '"amount": 0.00, "unpriced_count"', '"amount": -, "unpriced_count"')),
    ('amount string', replace(:'e1', '"amount": 0.00, "unpriced_count"', '"amount": "0.00", "unpriced_count"')),
    ('amount minus zero', replace(:'e1', '"amount": 0.00, "unpriced_count"', '"amount": -0.00, "unpriced_count"')),
    ('amount too big', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": 1, "amount": 92233720368547758.08, "unpriced_count"')),
    ('amount too small', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": 1, "amount": -92233720368547758.09, "unpriced_count"')),
    ('amount far too big', replace(:'e1', '"count": 0, "amount": 0.00, "unpriced_count"', '"count": 1, "amount": 1000000000000000000000000.00, "unpriced_count"')),
    ('flags not an object', replace(:'e1', '"flags": {"quebec"', '"flags": ["quebec"')),
    ('flag not an object', replace(:'e1', '"eco": {"count": 0, "amount": 0.00}', '"eco": 0')),
    ('non-JSON white space', replace(:'e1', '"version": 2', E'"version":\f2'))
  ) AS t(what, t);
-- missing fields
SELECT what, pg_temp.try(t::text) AS result
FROM (VALUES
    ('empty object', '{}'::jsonb),
    ('no version', :'e1'::jsonb - 'version'),
    ('no amount', :'e1'::jsonb - 'amount'),
    ('no flags', :'e1'::jsonb - 'flags'),
    ('no unpriced_count', :'e1'::jsonb - 'unpriced_count'),
    ('no flag eco', :'e1'::jsonb #- '{flags,eco}'),
    ('no flag eco_unknown', :'e1'::jsonb #- '{flags,eco_unknown}'),
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
    ('quebec_food is food, other amount', pg_temp.with('count', '3', 'amount', '5.00', 'flags.food.count', '1', 'flags.food.amount', '1.00', 'flags.quebec_food.count', '1', 'flags.quebec_food.amount', '2.00')),
    ('valid, unpriced and unknown', pg_temp.with('count', '3', 'amount', '5.00', 'unpriced_count', '1', 'flags.eco_unknown.amount', '7.00', 'flags.quebec.count', '1', 'flags.quebec.amount', '0.00')),
    ('unpriced above count', pg_temp.with('count', '1', 'amount', '0.00', 'unpriced_count', '2')),
    ('amount, every purchase unpriced', pg_temp.with('count', '2', 'amount', '5.00', 'unpriced_count', '2')),
    ('unknown amount, every purchase unpriced', pg_temp.with('count', '1', 'unpriced_count', '1', 'flags.food_unknown.amount', '1.00')),
    ('unknown amount without purchase', pg_temp.with('flags.group_purchase_unknown.amount', '1.00')),
    ('eco unknown, every purchase eco', pg_temp.with('count', '2', 'amount', '5.00', 'flags.eco.count', '2', 'flags.eco.amount', '5.00', 'flags.eco_unknown.amount', '1.00'))
  ) AS t(what, t);

-- Summaries written by 1.1 (format version 1: no unpriced_count, no
-- *_unknown flags) are read with the meaning they had: every purchase
-- known on every dimension but origin and region, every amount known.
\set v1 '{"version": 1, "count": 5, "amount": 1310.25, "flags": {"quebec": {"count": 2, "amount": 1250.50}, "outside_quebec": {"count": 1, "amount": -40.25}, "regional": {"count": 1, "amount": 1000.00}, "outside_region": {"count": 2, "amount": 210.25}, "eco": {"count": 2, "amount": 959.75}, "food": {"count": 2, "amount": 350.49}, "quebec_food": {"count": 1, "amount": 250.50}, "group_purchase": {"count": 1, "amount": 99.99}}}'
SELECT :'v1'::spend_summary = :'s'::spend_summary AS same_as_today,
       :'v1'::spend_summary::text = :'s' AS written_as_today,
       (:'v1'::jsonb)::spend_summary = :'s' AS from_jsonb,
       unpriced_count(:'v1'), coverage(:'v1', 'eco') AS eco_coverage,
       coverage(:'v1', 'group_purchase') AS group_coverage, eco_share(:'v1');
-- its own bad input: a field of version 2, a flag of 1.2, a count beyond 32 bits
SELECT what, pg_temp.try(t) AS result
FROM (VALUES
    ('version 1 with unpriced_count', replace(:'v1', '"version": 1,', '"version": 1, "unpriced_count": 0,')),
    ('version 1 with eco_unknown', replace(:'v1', '"group_purchase": {', '"eco_unknown": {"amount": 0.00}, "group_purchase": {')),
    ('version 1 without a flag', replace(:'v1', ', "group_purchase": {"count": 1, "amount": 99.99}', '')),
    ('version 1, count beyond 32 bits', replace(:'v1', '"count": 5,', '"count": 4294967296,')),
    ('version 1, inconsistent', replace(:'v1', '"count": 5,', '"count": 1,'))
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
SELECT coverage(:'s', 'origin') AS origin, coverage(:'s', 'region') AS region,
       coverage(:'s', 'eco') AS eco, coverage(:'s', 'food') AS food,
       coverage(:'s', 'quebec_food') AS quebec_food, coverage(:'s', 'group_purchase') AS group_purchase,
       coverage(:'s', 'amount') AS amount;
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
SELECT coverage(:'s', 'ecology');
-- A dimension may be named by one of its flags.
SELECT coverage(:'s', 'outside_quebec') = coverage(:'s', 'origin') AS origin,
       coverage(:'s', 'regional') = coverage(:'s', 'region') AS region,
       coverage(:'s', 'eco_unknown') = coverage(:'s', 'eco') AS eco;
-- A *_unknown flag has an amount, no count and no known share.
SELECT amount(:'s', 'eco_unknown'), purchase_count(:'s', 'eco_unknown'), share(:'s', 'eco_unknown');
SELECT known_share(:'s', 'eco_unknown');
-- An empty summary: amounts 0.00, every share NULL.
SELECT total_amount(:'e'), purchase_count(:'e'), amount(:'e', 'eco'), share(:'e', 'eco'),
       known_share(:'e', 'quebec'), coverage(:'e', 'origin'), quebec_share(:'e'),
       regional_share(:'e'), eco_share(:'e'), quebec_food_share(:'e'), group_purchase_share(:'e');
-- Unknown statuses: nothing known on origin or region, no food.
SELECT spend_agg(amount, class) AS u FROM (VALUES (100.00, '{eco}'::purchase_class), (50.00, '{}')) AS t(amount, class) \gset
SELECT quebec_share(:'u'), regional_share(:'u'), quebec_food_share(:'u'), eco_share(:'u'),
       share(:'u', 'quebec') AS quebec_of_total, coverage(:'u', 'origin'), coverage(:'u', 'region');
-- Unknown on eco, food, Québec food and group purchase: each share is over
-- the amount known on its dimension, NULL when nothing is known; a
-- purchase of unknown amount (NULL: no exchange rate) is counted, with no
-- amount, in unpriced_count and coverage 'amount'.
CREATE TABLE ss_unk (amount numeric, class purchase_class);
INSERT INTO ss_unk VALUES
    (100.00, '{quebec,eco,food,quebec_food,group_purchase}'),
    (300.00, '{quebec,food,group_purchase_unknown}'),
    (200.00, '{outside_quebec,eco_unknown,food,quebec_food_unknown}'),
    (400.00, '{eco_unknown,food_unknown,quebec_food_unknown,group_purchase_unknown}'),
    (NULL, '{quebec,eco,group_purchase}'),
    (50.00, NULL);                          -- no class: skipped
SELECT spend_agg(amount, class) AS k FROM ss_unk \gset
SELECT :'k'::spend_summary;
SELECT purchase_count(:'k'), unpriced_count(:'k'), total_amount(:'k'), coverage(:'k', 'amount') AS amount_coverage;
SELECT d AS dimension, coverage(:'k', d)
FROM unnest('{origin,region,eco,food,quebec_food,group_purchase,amount}'::text[]) AS d;
SELECT f AS flag, purchase_count(:'k', f), amount(:'k', f), known_share(:'k', f)
FROM unnest('{quebec,eco,food,quebec_food,group_purchase}'::text[]) AS f;
-- nothing known on a dimension: its share and coverage say so (NULL, 0)
SELECT eco_share(s), coverage(s, 'eco') AS eco_coverage, quebec_food_share(s),
       coverage(s, 'quebec_food') AS quebec_food_coverage, group_purchase_share(s),
       coverage(s, 'group_purchase') AS group_coverage, food_share, coverage(s, 'food') AS food_coverage
FROM (SELECT spend_agg(amount, class) AS s
      FROM (VALUES (10.00, '{quebec,eco_unknown,food,quebec_food_unknown,group_purchase_unknown}'::purchase_class),
                   (20.00, '{eco_unknown,food_unknown,quebec_food_unknown,group_purchase_unknown}')) AS t(amount, class)) AS x
CROSS JOIN LATERAL (SELECT known_share(s, 'food') AS food_share) AS y;
-- every purchase of unknown amount: counts, no amount, NULL shares
SELECT purchase_count(s), unpriced_count(s), total_amount(s), coverage(s, 'amount'), coverage(s, 'eco'),
       purchase_count(s, 'quebec')
FROM (SELECT spend_agg(NULL::numeric, '{quebec}'::purchase_class) AS s) AS x;

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
-- version 3
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int4send(3) FROM 1)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- a negative count (bytes 5 to 12)
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int8send(-1) FROM 5)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- a count beyond 32 bits
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int8send(4294967296) FROM 5)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- the unpriced count (bytes 21 to 28) above the count
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int8send(6) FROM 21)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- the eco count (bytes 93 to 100) above the count
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int8send(6) FROM 93)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- the regional count (bytes 61 to 68) raised from 1 to 3: regional and
-- outside_region now count every purchase, but not its amount
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int8send(3) FROM 61)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- an amount of group_purchase_unknown (bytes 181 to 188) in an empty summary
SELECT pg_temp.copy_cmd(overlay(spend_summary_send(:'e')::bytea PLACING int8send(100) FROM 181)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- one byte short, one byte more
SELECT pg_temp.copy_cmd(substr(:'sb'::bytea, 1, 187)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
SELECT pg_temp.copy_cmd(:'sb'::bytea || '\x00'::bytea) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- only a version
SELECT pg_temp.copy_cmd(int4send(2)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
-- The binary form of version 1 (1.1's send: 148 bytes, no unpriced count,
-- no *_unknown flags) is read with its meaning; bad ones are rejected.
SELECT int4send(1) || substr(:'sb'::bytea, 5, 16) || substr(:'sb'::bytea, 29, 128) AS v1b \gset
SELECT length(:'v1b'::bytea) AS v1_binary_length;
SELECT pg_temp.copy_cmd(:'v1b') AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
SELECT count(*) AS read, bool_and(s = :'s') AS same FROM ss_b;
SELECT pg_temp.copy_cmd(substr(:'v1b'::bytea, 1, 147)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
SELECT pg_temp.copy_cmd(overlay(:'v1b'::bytea PLACING int8send(4294967296) FROM 5)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
SELECT pg_temp.copy_cmd(overlay(:'v1b'::bytea PLACING int8send(6) FROM 85)) AS cmd \gset
COPY ss_b FROM PROGRAM :'cmd' (FORMAT binary);
SELECT count(*) FROM ss_b;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
DROP TABLE ss_src, ss_unk, ss_t, ss_t2, ss_b;
