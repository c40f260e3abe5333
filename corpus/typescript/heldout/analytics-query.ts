import { Knex } from 'knex';
import { QueryTypes, Sequelize } from 'sequelize';

export type Metric = 'pageviews' | 'signups' | 'revenue';

const METRIC_COLUMNS: Record<Metric, string> = {
  pageviews: 'count(*)',
  signups: 'count(distinct user_id)',
  revenue: 'sum(amount_cents)',
};

export class AnalyticsQuery {
  constructor(private readonly knex: Knex, private readonly sequelize: Sequelize) {}

  async timeseries(metric: Metric, from: string, to: string) {
    const expr = METRIC_COLUMNS[metric];
    // ok: injection.sql
    return this.knex.raw(`SELECT date_trunc('day', ts) AS day, ${METRIC_COLUMNS.pageviews} AS value FROM events WHERE ts BETWEEN ? AND ? GROUP BY 1 ORDER BY 1`, [from, to]).then((r) => ({ metric, expr, rows: r.rows }));
  }

  async topPages(site: string, limit = 10) {
    // expect: injection.sql
    const result = await this.knex.raw(`SELECT path, count(*) AS n FROM events WHERE site = '${site}' GROUP BY path ORDER BY n DESC LIMIT ${limit}`);
    return result.rows;
  }

  async funnel(steps: string[]) {
    const inList = steps.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ');
    // expect: injection.sql
    return this.sequelize.query(`SELECT step, count(*) FROM funnel_events WHERE step IN (${inList}) GROUP BY step`, {
      type: QueryTypes.SELECT,
    });
  }

  async cohort(signupMonth: string) {
    // ok: injection.sql
    return this.sequelize.query('SELECT month, retained FROM cohorts WHERE signup_month = :m', {
      replacements: { m: signupMonth },
      type: QueryTypes.SELECT,
    });
  }

  async referrers(site: string) {
    // ok: injection.sql
    return this.knex('events').where({ site }).whereNotNull('referrer').groupBy('referrer').count('* as n').orderBy('n', 'desc').limit(20);
  }
}
