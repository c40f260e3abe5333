import express, { Request, Response } from 'express';
import Stripe from 'stripe';

// ok: crypto.secrets
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });
// ok: crypto.secrets
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET ?? '';

export const router = express.Router();

router.post('/webhooks/stripe', express.raw({ type: 'application/json', limit: '1mb' }), async (req: Request, res: Response) => {
  const signature = req.headers['stripe-signature'];
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body as Buffer, signature as string, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object as Stripe.Checkout.Session;
      console.log('checkout completed for', session.customer);
      break;
    }
    case 'invoice.payment_failed': {
      const invoice = event.data.object as Stripe.Invoice;
      console.warn('payment failed for invoice', invoice.id);
      break;
    }
    default:
      console.debug('unhandled event', event.type);
  }
  res.json({ received: true });
});

export async function refund(paymentIntentId: string): Promise<Stripe.Refund> {
  return stripe.refunds.create({ payment_intent: paymentIntentId });
}
