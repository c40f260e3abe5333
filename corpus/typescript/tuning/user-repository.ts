import { DataSource, Repository } from 'typeorm';
import { User } from './entities/user';

export interface UserFilter {
  email?: string;
  role?: 'admin' | 'member' | 'guest';
  createdAfter?: Date;
}

export class UserRepository {
  private readonly repo: Repository<User>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(User);
  }

  async findById(id: number): Promise<User | null> {
    // ok: injection.sql
    return this.repo.findOne({ where: { id } });
  }

  async findByEmail(email: string): Promise<User | undefined> {
    // expect: injection.sql
    const rows: User[] = await this.dataSource.query(`SELECT * FROM users WHERE email = '${email}'`);
    return rows[0];
  }

  async search(filter: UserFilter): Promise<User[]> {
    // ok: injection.sql
    const qb = this.repo.createQueryBuilder('u').where('1 = 1');
    if (filter.email) qb.andWhere('u.email ILIKE :email', { email: `%${filter.email}%` });
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.createdAfter) qb.andWhere('u.created_at > :after', { after: filter.createdAfter });
    return qb.orderBy('u.created_at', 'DESC').limit(100).getMany();
  }

  async countByDomain(domain: string): Promise<number> {
    const sql = 'SELECT count(*)::int AS n FROM users WHERE email LIKE ' + "'%@" + domain + "'";
    // expect: injection.sql
    const [row] = await this.dataSource.query(sql);
    return row.n;
  }

  async deactivate(ids: number[]): Promise<void> {
    // ok: injection.sql
    await this.dataSource.query('UPDATE users SET active = false WHERE id = ANY($1)', [ids]);
  }
}
