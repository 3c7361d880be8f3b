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

describe('order adjusted email', () => {
  it('names who adjusted, each line from → to and the total before and after', async () => {
    const email = await renderEmail(
      'order-adjusted',
      {
        name: 'Luiza',
        number: 42,
        customer: 'Boutique Aurora',
        by: 'Rafael Moreira',
        changes: [
          { label: 'Vestido Midi — Preto M', from: 4, to: 2 },
          { label: 'Vestido Midi — Preto G', from: 2, to: 0 },
        ],
        totalBeforeCents: 67_200,
        totalCents: 22_400,
        url: null,
      },
      'pt-BR',
    );
    expect(email.subject).toBe('Pedido #42: quantidades ajustadas');
    expect(email.text).toContain('Rafael Moreira ajustou as quantidades do pedido #42 antes de aprová-lo.');
    expect(email.text).toContain('Vestido Midi — Preto M: 4 → 2');
    expect(email.text).toContain('Vestido Midi — Preto G: 2 → 0');
    expect(email.text).toMatch(/Total: R\$\s672,00 → R\$\s224,00/);
    expect(email.html).not.toMatch(/<a\b/);
  });
});
