-- Kompass's store: ordered byte-keyed tables (kompass-core's `Table`), one row per entry.
-- Values with personal data arrive sealed (XChaCha20-Poly1305 under key files that stay in
-- the data folder), so dead tuples and WAL keep nothing readable once a key is destroyed.
CREATE TABLE kompass_entries (
    tbl text NOT NULL,
    k bytea NOT NULL,
    v bytea NOT NULL,
    PRIMARY KEY (tbl, k)
);

-- Ids that are never handed out twice (uploads, room posts), in the order they were made.
CREATE SEQUENCE kompass_ids;
