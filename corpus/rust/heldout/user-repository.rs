use sqlx::{PgPool, Row};

#[derive(Debug, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
}

pub struct UserRepository {
    pool: PgPool,
}

impl UserRepository {
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }

    pub async fn find_by_id(&self, id: i64) -> sqlx::Result<Option<User>> {
        // ok: injection.sql
        sqlx::query_as::<_, User>("SELECT id, email, display_name FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
    }

    pub async fn search(&self, term: &str, sort: &str) -> sqlx::Result<Vec<User>> {
        let order_column = match sort {
            "email" => "email",
            "name" => "display_name",
            _ => "id",
        };
        let sql = format!(
            "SELECT id, email, display_name FROM users WHERE display_name ILIKE '%{}%' ORDER BY {}",
            term, order_column
        );
        // expect: injection.sql
        sqlx::query_as::<_, User>(&sql).fetch_all(&self.pool).await
    }

    pub async fn list_sorted(&self, sort: &str) -> sqlx::Result<Vec<User>> {
        // Column names cannot be bound, so only known columns are accepted.
        let order_column = match sort {
            "email" => "email",
            "name" => "display_name",
            _ => "id",
        };
        let sql = format!(
            "SELECT id, email, display_name FROM users ORDER BY {} LIMIT 100",
            order_column
        );
        // ok: injection.sql
        sqlx::query_as::<_, User>(&sql).fetch_all(&self.pool).await
    }

    pub async fn count_active(&self) -> sqlx::Result<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM users WHERE active")
            .fetch_one(&self.pool)
            .await?;
        row.try_get("n")
    }

    pub async fn rename(&self, id: i64, name: &str) -> sqlx::Result<u64> {
        let done = sqlx::query("UPDATE users SET display_name = $1 WHERE id = $2")
            .bind(name)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}
