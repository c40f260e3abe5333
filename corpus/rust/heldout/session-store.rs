use rand::rngs::OsRng;
use rand::RngCore;
use sqlx::PgPool;
use time::{Duration, OffsetDateTime};

pub struct SessionStore {
    pool: PgPool,
    ttl: Duration,
}

#[derive(sqlx::FromRow)]
pub struct Session {
    pub id: String,
    pub user_id: i64,
    pub expires_at: OffsetDateTime,
}

fn new_session_id() -> String {
    let mut bytes = [0u8; 32];
    // ok: crypto.random
    OsRng.fill_bytes(&mut bytes);
    base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, bytes)
}

impl SessionStore {
    pub fn new(pool: PgPool, ttl: Duration) -> Self {
        Self { pool, ttl }
    }

    pub async fn create(&self, user_id: i64) -> sqlx::Result<Session> {
        let id = new_session_id();
        let expires_at = OffsetDateTime::now_utc() + self.ttl;
        // ok: injection.sql
        sqlx::query("INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, $3)")
            .bind(&id)
            .bind(user_id)
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(Session { id, user_id, expires_at })
    }

    pub async fn load(&self, id: &str) -> sqlx::Result<Option<Session>> {
        // ok: injection.sql
        sqlx::query_as::<_, Session>("SELECT id, user_id, expires_at FROM sessions WHERE id = $1 AND expires_at > now()")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
    }

    pub async fn purge_expired(&self) -> sqlx::Result<u64> {
        let table = "sessions";
        let sql = format!("DELETE FROM {} WHERE expires_at <= now()", table);
        // ok: injection.sql
        let done = sqlx::query(&sql).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }
}
