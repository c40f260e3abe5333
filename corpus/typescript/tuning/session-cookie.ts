import express, { Request, Response, NextFunction } from 'express';
import cookieParser from 'cookie-parser';
import * as serialize from 'node-serialize';

interface Cart {
  items: { sku: string; qty: number }[];
  coupon?: string;
}

const app = express();
app.use(cookieParser());

function readCart(req: Request): Cart {
  const raw = req.cookies['cart'];
  if (!raw) return { items: [] };
  // expect: sandbox.deserialization
  return serialize.unserialize(Buffer.from(raw, 'base64').toString()) as Cart;
}

function readCartV2(req: Request): Cart {
  const raw = req.cookies['cart_v2'];
  if (!raw) return { items: [] };
  // ok: sandbox.deserialization
  const data = JSON.parse(Buffer.from(raw, 'base64').toString()) as Cart;
  return { items: Array.isArray(data.items) ? data.items : [], coupon: data.coupon };
}

function attachCart(req: Request, res: Response, next: NextFunction): void {
  res.locals.cart = req.cookies['cart_v2'] ? readCartV2(req) : readCart(req);
  next();
}

app.get('/cart', attachCart, (req: Request, res: Response) => {
  res.json(res.locals.cart);
});

app.post('/cart/restore', express.text(), (req: Request, res: Response) => {
  // expect: sandbox.deserialization
  const restored = serialize.unserialize(req.body) as Cart;
  // ok: sandbox.deserialization
  res.cookie('cart', Buffer.from(serialize.serialize(restored)).toString('base64'), { httpOnly: true });
  res.status(204).end();
});

export default app;
