import { estimate, formatCount, type Carrier, type Entries, type Limits } from '../estimate';

interface Config {
  limits: Limits;
  carriers: Carrier[];
  names: Record<string, string>;
}

/**
 * `<airlift-estimate>`: recomputes the table as the reader types. Invalid fields get their
 * message (tied to the field by aria-describedby) and the table keeps the last valid numbers,
 * dimmed, so the page never shows NaN or Infinity; the polite live region says the result in words.
 */
class AirliftEstimate extends HTMLElement {
  private config: Config | null = null;

  connectedCallback(): void {
    this.config = JSON.parse(this.dataset['config'] ?? 'null') as Config | null;
    this.querySelector('form')?.addEventListener('input', () => this.update());
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
  }

  private entries(): Entries {
    const value = (id: string) =>
      this.querySelector<HTMLInputElement>(`input[name="${id}"]`)?.value ?? '';
    return {
      people: value('people'),
      vehicles: value('vehicles'),
      'vehicle-tonnes': value('vehicle-tonnes'),
      cargo: value('cargo'),
    };
  }

  private update(): void {
    if (!this.config) return;
    const result = estimate(this.entries(), this.config.limits, this.config.carriers);
    const errors = result.ok ? {} : result.errors;
    for (const field of this.querySelectorAll<HTMLElement>('[data-field]')) {
      const id = field.dataset['field'] as keyof Entries;
      const message = errors[id];
      const input = field.querySelector('input');
      const error = field.querySelector<HTMLElement>('.estimate-error');
      input?.setAttribute('aria-invalid', message ? 'true' : 'false');
      if (error) {
        error.hidden = !message;
        error.textContent = message ?? '';
      }
    }
    const live = this.querySelector('[data-estimate-live]');
    this.toggleAttribute('data-invalid', !result.ok);
    if (!result.ok) {
      if (live)
        live.textContent = 'Check the highlighted field: the table shows the last valid estimate.';
      return;
    }
    const names = this.config.names;
    for (const row of result.flights) {
      const cells = this.querySelector(`tr[data-carrier="${row.id}"]`);
      const set = (cell: string, n: number) => {
        const node = cells?.querySelector(`[data-cell="${cell}"]`);
        if (node) node.textContent = formatCount(n);
      };
      set('people', row.peopleFlights);
      set('cargo', row.cargoFlights);
      set('flights', row.flights);
    }
    const { people, vehicles, vehicleTonnes, cargo } = result.load;
    const parts = [
      people > 0 ? `${formatCount(people)} people` : '',
      vehicles > 0
        ? `${formatCount(vehicles)} vehicles of ${formatCount(vehicleTonnes)} tonnes`
        : '',
      cargo > 0 ? `${formatCount(cargo)} tonnes of other cargo` : '',
    ].filter(Boolean);
    const what = parts.length > 0 ? parts.join(', ') : 'nothing';
    const forNode = this.querySelector('[data-estimate-for]');
    if (forNode) forNode.textContent = `for ${what}`;
    if (live)
      live.textContent = `To move ${what}: ${result.flights.map((row) => `${formatCount(row.flights)} ${names[row.id] ?? row.id} flights`).join(', or ')}.`;
  }
}

if (!customElements.get('airlift-estimate'))
  customElements.define('airlift-estimate', AirliftEstimate);
