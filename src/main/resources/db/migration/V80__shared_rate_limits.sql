-- Token buckets of the rate limits (shared RateLimits, Bucket4j's JDBC layout): one row per limit and client
-- address (or email address), keyed by a SHA-256 of both so that no address is stored in clear. expires_at
-- (epoch milliseconds) is when the bucket would be full again; rows past it are purged.
create table rate_limit_bucket (
    id         varchar(64) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
