-- pg_temp.explain(query): EXPLAIN (COSTS OFF) as the same lines on every
-- PostgreSQL version the suites run on (an InitPlan's "(returns $0)", which
-- 17 no longer prints, left out).  \i sql/include/explain.sql
CREATE FUNCTION pg_temp.explain(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        RETURN NEXT regexp_replace(line, ' \(returns \$[0-9]+\)$', '');
    END LOOP;
END $$;
