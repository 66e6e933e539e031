-- Benchmark helpers for make bench (not part of the extension).
--
-- bench.compare(figure, baseline, candidate, target) runs both statements
-- (best of several runs each, after one warm-up run), records the times and
-- their ratio in bench.results, and returns the ratio (candidate / baseline:
-- below 1 means the candidate is faster).  Both statements run with the same
-- settings unless *_settings name others ('guc=value;guc=value').
--
-- SELECT statements are timed with EXPLAIN (ANALYZE, TIMING OFF), which
-- plans them as a client query would (parallel plans allowed) and discards
-- the rows; other statements (COPY, INSERT) are timed with clock_timestamp().
CREATE SCHEMA IF NOT EXISTS bench;

CREATE TABLE IF NOT EXISTS bench.results (
    figure text,
    baseline text,
    baseline_ms numeric,
    candidate text,
    candidate_ms numeric,
    ratio numeric,
    target text,
    rows bigint,
    measured_at timestamptz DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION bench.apply_settings(settings text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    kv text;
BEGIN
    IF settings IS NULL OR settings = '' THEN
        RETURN;
    END IF;
    FOREACH kv IN ARRAY string_to_array(settings, ';') LOOP
        PERFORM set_config(trim(split_part(kv, '=', 1)), trim(split_part(kv, '=', 2)), true);
    END LOOP;
END
$$;

-- Wall time of one run of a statement, in milliseconds.
CREATE OR REPLACE FUNCTION bench.run_ms(stmt text) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    plan json;
    t0 timestamptz;
BEGIN
    IF stmt ~* '^\s*(select|with)\s' THEN
        EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || stmt INTO plan;
        RETURN round(((plan -> 0 ->> 'Execution Time')::numeric
                      + (plan -> 0 ->> 'Planning Time')::numeric), 3);
    END IF;
    t0 := clock_timestamp();
    EXECUTE stmt;
    RETURN round((extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric, 3);
END
$$;

-- Best of runs (after a warm-up), with the given settings.
CREATE OR REPLACE FUNCTION bench.best_ms(stmt text, runs integer, settings text, prepare text)
RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    best numeric;
    t numeric;
    i integer;
BEGIN
    PERFORM bench.apply_settings(settings);
    FOR i IN 0..runs LOOP
        IF prepare IS NOT NULL THEN
            EXECUTE prepare;
        END IF;
        t := bench.run_ms(stmt);
        IF i > 0 AND (best IS NULL OR t < best) THEN
            best := t;
        END IF;
    END LOOP;
    RETURN best;
END
$$;

CREATE OR REPLACE FUNCTION bench.compare(
    figure text, baseline text, candidate text, target text DEFAULT NULL,
    runs integer DEFAULT 3, rows bigint DEFAULT NULL,
    baseline_settings text DEFAULT NULL, candidate_settings text DEFAULT NULL,
    prepare text DEFAULT NULL)
RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    b numeric;
    c numeric;
    r numeric;
BEGIN
    -- settings are transaction-local: each side runs in its own subtransaction
    b := bench.time_ms(baseline, runs, baseline_settings, prepare);
    c := bench.time_ms(candidate, runs, candidate_settings, prepare);
    r := round(c / nullif(b, 0), 3);
    INSERT INTO bench.results (figure, baseline, baseline_ms, candidate, candidate_ms, ratio, target, rows)
    VALUES (figure, baseline, b, candidate, c, r, target, compare.rows);
    RETURN r;
END
$$;

-- Sizing figures (bench/sizing.sql): absolute values, not ratios, recorded
-- in bench.sizing with their unit.  Rates are measured in one backend
-- without parallel workers, i.e. on one core.
CREATE TABLE IF NOT EXISTS bench.sizing (
    figure text,
    value numeric,
    unit text,
    rows bigint,
    detail text,
    measured_at timestamptz DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION bench.record(figure text, value numeric, unit text,
                                        rows bigint DEFAULT NULL, detail text DEFAULT NULL)
RETURNS numeric
LANGUAGE sql AS $$
    INSERT INTO bench.sizing (figure, value, unit, rows, detail)
    VALUES (figure, value, unit, rows, detail)
    RETURNING value
$$;

-- Best time of a statement in milliseconds (after a warm-up run), with the
-- given settings; what the runs change is rolled back.
CREATE OR REPLACE FUNCTION bench.time_ms(stmt text, runs integer DEFAULT 3,
                                         settings text DEFAULT NULL, prepare text DEFAULT NULL)
RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    t numeric;
BEGIN
    BEGIN
        t := bench.best_ms(stmt, runs, settings, prepare);
        RAISE EXCEPTION USING errcode = 'P0099', message = t::text;
    EXCEPTION WHEN sqlstate 'P0099' THEN
        t := SQLERRM::numeric;
    END;
    RETURN t;
END
$$;

-- Rows per second of a statement that processes the given number of rows,
-- serial (max_parallel_workers_per_gather = 0): recorded, and returned.
CREATE OR REPLACE FUNCTION bench.rate(figure text, stmt text, rows bigint,
                                      unit text DEFAULT 'rows/s per core', runs integer DEFAULT 3,
                                      prepare text DEFAULT NULL, detail text DEFAULT NULL)
RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    ms numeric;
BEGIN
    ms := bench.time_ms(stmt, runs, 'max_parallel_workers_per_gather=0', prepare);
    RETURN bench.record(figure, round(rows * 1000 / nullif(ms, 0)), unit, rows,
                        concat_ws('; ', detail, 'best of ' || runs || ': ' || ms || ' ms'));
END
$$;

-- EXPLAIN (ANALYZE, FORMAT JSON) of a query with the given settings, for
-- the figures a plan reports (memory of a HashAggregate...).
CREATE OR REPLACE FUNCTION bench.explain_analyze(stmt text, settings text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    plan jsonb;
BEGIN
    BEGIN
        PERFORM bench.apply_settings(settings);
        EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || stmt INTO plan;
        RAISE EXCEPTION USING errcode = 'P0099', message = plan::text;
    EXCEPTION WHEN sqlstate 'P0099' THEN
        plan := SQLERRM::jsonb;
    END;
    RETURN plan;
END
$$;
