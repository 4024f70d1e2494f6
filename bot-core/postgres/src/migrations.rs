//! Schema changes as SQL files in `bot-core/postgres/migrations/`, applied in order at
//! start, each in a transaction with its version recorded in `kompass_migrations`. An
//! advisory lock keeps two starting processes from applying the same file twice.

use tokio_postgres::Client;

use super::PgError;

/// (version, file name, SQL), in the order they apply. A new file goes at the end; an
/// applied file is never changed.
pub const MIGRATIONS: &[(i32, &str, &str)] = &[(
    1,
    "0001_tables.sql",
    include_str!("../migrations/0001_tables.sql"),
)];

/// "Kompass" in ASCII: the number naming Kompass's migration lock.
const LOCK: i64 = 0x004b_6f6d_7061_7373;

/// Applies the migrations the database has not seen. Returns how many.
pub async fn apply(client: &mut Client) -> Result<usize, PgError> {
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS kompass_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )",
        )
        .await?;
    let mut applied = 0;
    for (version, name, sql) in MIGRATIONS {
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK])
            .await?;
        let done = tx
            .query_opt(
                "SELECT 1 FROM kompass_migrations WHERE version = $1",
                &[version],
            )
            .await?
            .is_some();
        if done {
            continue;
        }
        let migration = |source| PgError::Migration {
            version: *version,
            name,
            source,
        };
        tx.batch_execute(sql).await.map_err(migration)?;
        tx.execute(
            "INSERT INTO kompass_migrations (version, name) VALUES ($1, $2)",
            &[version, name],
        )
        .await
        .map_err(migration)?;
        tx.commit().await?;
        tracing::info!(version, name, "database migration applied");
        applied += 1;
    }
    Ok(applied)
}
