import { describe, expect, it } from 'vitest';
import { renderEmail } from './render-email';

const order = (url: string | null) =>
  renderEmail('order-status', { name: 'Luiza', number: 42, customer: 'Boutique Aurora', status: 'shipped', totalCents: 123_456, trackingCode: 'BR123BR', url }, 'pt-BR');

describe('status emails', () => {
  it('say the state, the total and the tracking code, with a link into the recipient’s area', async () => {
    const email = await order('https://venda.test/lojista/pedidos/abc');
    expect(email.subject).toContain('#42');
    expect(email.text).toMatch(/R\$\s1\.234,56/);
    expect(email.text).toContain('BR123BR');
    expect(email.html).toContain('https://venda.test/lojista/pedidos/abc');
  });

  it('have no link for a customer contact without a login', async () => {
    const email = await order(null);
    expect(email.html).not.toContain('href="null"');
    expect(email.html).not.toMatch(/<a\b/);
    expect(email.text).toMatch(/R\$\s1\.234,56/);
  });
});
