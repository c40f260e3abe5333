import { Controller, Get, NotFoundException, Param, ParseIntPipe, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

interface ProductRow {
  id: number;
  name: string;
  price_cents: number;
}

const SORTABLE: Record<string, string> = { price: 'price_cents', name: 'name' };

@Controller('products')
export class ProductsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':id')
  async findOne(@Param('id', ParseIntPipe) id: number): Promise<ProductRow> {
    // ok: injection.sql
    const rows: ProductRow[] = await this.db.query('SELECT id, name, price_cents FROM products WHERE id = $1', [id]);
    if (!rows.length) throw new NotFoundException();
    return rows[0];
  }

  @Get()
  async list(@Query('category') category = 'all', @Query('sort') sort = 'name'): Promise<ProductRow[]> {
    const column = SORTABLE[sort] ?? 'name';
    let sql = 'SELECT id, name, price_cents FROM products';
    if (category !== 'all') {
      sql += ` WHERE category = '${category}'`;
    }
    sql += ` ORDER BY ${column}`;
    // expect: injection.sql
    return this.db.query(sql);
  }

  @Get('search/by-tag')
  async byTag(@Query('tag') tag: string): Promise<ProductRow[]> {
    // ok: injection.sql
    return this.db.query('SELECT id, name, price_cents FROM products WHERE $1 = ANY(tags)', [tag]);
  }

  @Get('report/top')
  async top(@Query('limit') limit: string): Promise<ProductRow[]> {
    // expect: injection.sql
    return this.db.query(`SELECT id, name, price_cents FROM products ORDER BY sold DESC LIMIT ${limit}`);
  }
}
