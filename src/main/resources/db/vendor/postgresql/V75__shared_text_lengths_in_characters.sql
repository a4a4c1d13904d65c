-- PostgreSQL counts varchar(n) in characters (code points), as the checks do (issue 9); only H2, which counts
-- UTF-16 units, needs its free-text columns widened (db/vendor/h2/V75). Nothing to change here.
select 1;
