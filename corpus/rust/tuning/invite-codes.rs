use rand::distributions::Alphanumeric;
use rand::rngs::{OsRng, SmallRng};
use rand::{Rng, SeedableRng};
use sqlx::SqlitePool;

pub struct InviteService {
    pool: SqlitePool,
}

impl InviteService {
    pub fn new(pool: SqlitePool) -> Self {
        Self { pool }
    }

    /// Creates an invite that lets the holder register into `team`.
    pub async fn create_invite(&self, team: &str, created_by: i64) -> sqlx::Result<String> {
        // expect: crypto.random
        let invite_token: String = SmallRng::from_entropy().sample_iter(&Alphanumeric).take(12).map(char::from).collect();
        let sql = format!(
            "INSERT INTO invites (token, team, created_by) VALUES ('{}', '{}', {})",
            invite_token, team, created_by
        );
        // expect: injection.sql
        sqlx::query(&sql).execute(&self.pool).await?;
        Ok(invite_token)
    }

    /// Same thing with the OS generator and bound parameters.
    pub async fn create_invite_v2(&self, team: &str, created_by: i64) -> sqlx::Result<String> {
        // ok: crypto.random
        let invite_token: String = OsRng.sample_iter(&Alphanumeric).take(20).map(char::from).collect();
        // ok: injection.sql
        sqlx::query("INSERT INTO invites (token, team, created_by) VALUES (?, ?, ?)")
            .bind(&invite_token)
            .bind(team)
            .bind(created_by)
            .execute(&self.pool)
            .await?;
        Ok(invite_token)
    }

    pub async fn redeem(&self, invite: &str) -> sqlx::Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("DELETE FROM invites WHERE token = ? RETURNING team")
            .bind(invite)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.0))
    }
}

/// Picks which onboarding banner variant a new member sees (A/B test).
pub fn banner_variant() -> u8 {
    // ok: crypto.random
    SmallRng::from_entropy().gen_range(0..3)
}
