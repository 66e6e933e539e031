-- The true total of every additive column name (cag_ovt.data_dictionary,
-- is_additive), worked out from the purchases themselves, not from the
-- views: what summing the column over all the rows of a view must give,
-- each purchase counted once.  One row per column name; a column name means
-- the same in every view.  test/client/ runs it through each client.
--
-- The rules are the documented ones: every purchase counts, with its amount
-- in Canadian dollars, amount_cad (NULL, without a usable exchange rate:
-- counted, without an amount); the flags of
-- its class say Québec, outside Québec, regional... (tested with the
-- functions behind the flag operators, whose question mark ODBC takes for a
-- parameter marker); the supplier's region
-- is supplier_region, else that of its postal code on the date of the
-- purchase, and it is "outside the centres" when regions.counts_as_region
-- says so.
SELECT x.column_name, x.total
FROM (
    SELECT count(*)::numeric AS purchase_count,
           count(*) FILTER (WHERE p.amount_cad IS NULL)::numeric AS unpriced_count,
           coalesce(sum(p.amount_cad), 0) AS total_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'quebec')), 0) AS quebec_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'outside_quebec')), 0) AS outside_quebec_amount,
           coalesce(sum(p.amount_cad) FILTER (
               WHERE NOT cag_ovt.purchase_class_has_any_flag(p.class, '{quebec,outside_quebec}')), 0) AS unknown_origin_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'regional')), 0) AS regional_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'outside_region')), 0) AS outside_region_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'eco')), 0) AS eco_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'group_purchase')), 0) AS group_purchase_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'food')), 0) AS food_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'quebec_food')), 0) AS quebec_food_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'eco_unknown')), 0) AS eco_unknown_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'food_unknown')), 0) AS food_unknown_amount,
           coalesce(sum(p.amount_cad) FILTER (WHERE cag_ovt.purchase_class_has_flag(p.class, 'quebec_food_unknown')), 0) AS quebec_food_unknown_amount,
           coalesce(sum(p.amount_cad) FILTER (
               WHERE cag_ovt.purchase_class_has_flag(p.class, 'quebec') AND g.region IS NOT NULL
                 AND coalesce(g.counts_as_region, false)), 0) AS outside_centres_amount,
           coalesce(sum(p.amount_cad) FILTER (
               WHERE cag_ovt.purchase_class_has_flag(p.class, 'quebec') AND g.region IS NOT NULL
                 AND NOT coalesce(g.counts_as_region, false)), 0) AS centres_amount,
           coalesce(sum(p.amount_cad) FILTER (
               WHERE cag_ovt.purchase_class_has_flag(p.class, 'quebec') AND g.region IS NULL), 0) AS unknown_location_amount
    FROM cag_ovt.purchases p
    LEFT JOIN cag_ovt.regions g
      ON g.region OPERATOR(cag_ovt.=) coalesce(p.supplier_region,
                                             cag_ovt.region_of_postal_code(p.supplier_postal_code, p.purchased_on))
) AS a
CROSS JOIN LATERAL (VALUES
    ('purchase_count', a.purchase_count),
    ('unpriced_count', a.unpriced_count),
    ('total_amount', a.total_amount),
    ('quebec_amount', a.quebec_amount),
    ('outside_quebec_amount', a.outside_quebec_amount),
    ('unknown_origin_amount', a.unknown_origin_amount),
    ('regional_amount', a.regional_amount),
    ('outside_region_amount', a.outside_region_amount),
    ('eco_amount', a.eco_amount),
    ('group_purchase_amount', a.group_purchase_amount),
    ('food_amount', a.food_amount),
    ('quebec_food_amount', a.quebec_food_amount),
    ('eco_unknown_amount', a.eco_unknown_amount),
    ('food_unknown_amount', a.food_unknown_amount),
    ('quebec_food_unknown_amount', a.quebec_food_unknown_amount),
    ('outside_centres_amount', a.outside_centres_amount),
    ('centres_amount', a.centres_amount),
    ('unknown_location_amount', a.unknown_location_amount)
) AS x(column_name, total)
UNION ALL
-- the counts of competition_indicators, from the bids: every notice (its
-- format and number) counted once, every bid once; a notice of the calls
-- for tenders (open, invitation) is competitive
SELECT y.column_name, y.total
FROM (
    SELECT count(*)::numeric AS notice_count,
           coalesce(sum(n.bids), 0) AS bid_count,
           count(*) FILTER (WHERE n.bids = 1)::numeric AS single_bid_notice_count,
           count(*) FILTER (WHERE n.competitive)::numeric AS competitive_notice_count,
           count(*) FILTER (WHERE n.competitive AND n.bids = 1)::numeric AS competitive_single_bid_count,
           coalesce(sum(n.quebec), 0) AS quebec_bid_count,
           coalesce(sum(n.located), 0) AS located_bid_count,
           coalesce(sum(n.regional), 0) AS regional_bid_count,
           coalesce(sum(n.region_known), 0) AS region_known_bid_count,
           coalesce(sum(n.regional_wins), 0) AS regional_win_count,
           coalesce(sum(n.region_known - n.regional), 0) AS other_region_bid_count,
           coalesce(sum(n.other_wins), 0) AS other_region_win_count,
           coalesce(sum(n.bids - n.located), 0) AS unlocated_bid_count
    FROM (SELECT b.format, b.notice, count(*)::numeric AS bids,
                 bool_and(b.procedure IN ('open', 'invitation')) AS competitive,
                 count(*) FILTER (WHERE cag_ovt.purchase_class_has_flag(b.class, 'quebec'))::numeric AS quebec,
                 count(*) FILTER (WHERE cag_ovt.purchase_class_has_any_flag(b.class, '{quebec,outside_quebec}'))::numeric AS located,
                 count(*) FILTER (WHERE cag_ovt.purchase_class_has_flag(b.class, 'regional'))::numeric AS regional,
                 count(*) FILTER (WHERE cag_ovt.purchase_class_has_any_flag(b.class, '{regional,outside_region}'))::numeric AS region_known,
                 count(*) FILTER (WHERE b.is_winner AND cag_ovt.purchase_class_has_flag(b.class, 'regional'))::numeric AS regional_wins,
                 count(*) FILTER (WHERE b.is_winner AND cag_ovt.purchase_class_has_flag(b.class, 'outside_region'))::numeric AS other_wins
          FROM cag_ovt.tender_bids b GROUP BY b.format, b.notice) AS n
) AS c
CROSS JOIN LATERAL (VALUES
    ('notice_count', c.notice_count),
    ('bid_count', c.bid_count),
    ('single_bid_notice_count', c.single_bid_notice_count),
    ('competitive_notice_count', c.competitive_notice_count),
    ('competitive_single_bid_count', c.competitive_single_bid_count),
    ('quebec_bid_count', c.quebec_bid_count),
    ('located_bid_count', c.located_bid_count),
    ('regional_bid_count', c.regional_bid_count),
    ('region_known_bid_count', c.region_known_bid_count),
    ('regional_win_count', c.regional_win_count),
    ('other_region_bid_count', c.other_region_bid_count),
    ('other_region_win_count', c.other_region_win_count),
    ('unlocated_bid_count', c.unlocated_bid_count)
) AS y(column_name, total)
ORDER BY 1
