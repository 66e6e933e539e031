-- cag_ovt 1.0 -> 1.1: ALTER EXTENSION cag_ovt UPDATE TO '1.1'.
--
-- The changes of 1.1 since 1.0, as deltas: what src/*.sql (from which the
-- 1.1 install script is assembled) changed since src/versions/cag_ovt--1.0.sql.
\echo Use "ALTER EXTENSION cag_ovt UPDATE TO '1.1'" to load this file. \quit
