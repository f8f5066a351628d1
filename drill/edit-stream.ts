import { softwareOfferBody } from '../test/support/offers';
import { API_BASE_PATH } from './drill-options';
import { DrillActor } from './drill-stack';

interface RequestState {
  id: string;
  student: DrillActor;
  status: 'draft' | 'published' | 'archived';
  hasCv: boolean;
  hasLetter: boolean;
  visible: boolean;
}

interface OfferState {
  id: string;
  contact: DrillActor;
  status: 'draft' | 'published' | 'unpublished';
}

/** What the stream did: edits the API took, edits it refused (4xx) and failures (5xx, timeouts, resets). */
export interface EditTally {
  edits: number;
  byKind: Record<string, number>;
  refused: Record<string, number>;
  failures: Record<string, number>;
  failureSamples: string[];
  /** The first answer of each kind of refusal, to tell an expected refusal from a finding. */
  refusalSamples: Record<string, string>;
}

const requestBody = (n: number) => ({
  title: `Stage développement ${n}`,
  message: 'Je cherche un stage de fin d’études en développement backend.',
  keywords: ['TypeScript', 'NestJS'],
  wantedNaceDivisions: ['62'],
  wantedCountries: ['TN'],
  wantedCities: ['Sfax'],
  startDate: '2027-02-01',
  durationWeeks: 16,
  languages: ['fr'],
  visibleToCompanies: true,
});

/** Most requests a drill student keeps open at once (the drill stays within any configured cap). */
const OPEN_REQUESTS_PER_STUDENT = 3;

/**
 * A steady stream of the edits people make, through the API only: requests created, edited, hidden, shown,
 * archived; CVs uploaded; offers created, published, unpublished, edited; students' and companies' names changed;
 * applications (which mail the company). Each loop tracks what it created so each edit is one the API should take.
 */
export class EditStream {
  readonly tally: EditTally = {
    edits: 0,
    byKind: {},
    refused: {},
    failures: {},
    failureSamples: [],
    refusalSamples: {},
  };
  private readonly requests: RequestState[] = [];
  private readonly offers: OfferState[] = [];
  private readonly applied = new Set<string>();
  private counter = 0;

  constructor(
    private readonly apiUrl: string,
    private readonly students: DrillActor[],
    private readonly contacts: DrillActor[],
    private readonly cv: Buffer,
    private readonly letter: Buffer,
  ) {}

  /** Runs `concurrency` loops until `keepGoing` says stop. */
  async run(concurrency: number, keepGoing: () => boolean): Promise<void> {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (keepGoing()) await this.step();
      }),
    );
  }

  private pick<T>(items: T[]): T | undefined {
    return items.length === 0 ? undefined : items[Math.floor(Math.random() * items.length)];
  }

  private async step(): Promise<void> {
    const roll = Math.random();
    const n = ++this.counter;
    if (roll < 0.12) return this.createRequest(n);
    if (roll < 0.27) return this.editRequest(n);
    if (roll < 0.37) return this.toggleVisibility();
    if (roll < 0.42) return this.archiveRequest();
    if (roll < 0.5) return this.uploadCv();
    if (roll < 0.58) return this.createOffer(n);
    if (roll < 0.68) return this.toggleOffer();
    if (roll < 0.75) return this.editOffer(n);
    if (roll < 0.85) return this.renameStudent(n);
    if (roll < 0.88) return this.renameCompany(n);
    return this.apply();
  }

  private async createRequest(n: number): Promise<void> {
    const student = this.pick(this.students)!;
    const open = this.requests.filter((r) => r.student === student && r.status !== 'archived').length;
    if (open >= OPEN_REQUESTS_PER_STUDENT) return this.archiveRequest(student);
    const created = await this.call<{ id: string }>('create request', student, 'POST', '/requests', requestBody(n));
    if (!created) return;
    const request: RequestState = {
      id: created.id,
      student,
      status: 'draft',
      hasCv: false,
      hasLetter: false,
      visible: true,
    };
    this.requests.push(request);
    // A letter too: an application sends the request's CV and letter.
    if ((await this.upload(request)) && (request.hasLetter = await this.upload(request, 'letter'))) {
      if (await this.call('publish request', student, 'POST', `/requests/${request.id}/publish`))
        request.status = 'published';
    }
  }

  private async editRequest(n: number): Promise<void> {
    const request = this.pick(this.requests.filter((r) => r.status !== 'archived'));
    if (!request) return this.createRequest(n);
    await this.call('edit request', request.student, 'PATCH', `/requests/${request.id}`, {
      title: `Stage backend ${n}`,
    });
  }

  private async toggleVisibility(): Promise<void> {
    const request = this.pick(this.requests.filter((r) => r.status !== 'archived'));
    if (!request) return;
    const visible = !request.visible;
    if (
      await this.call(visible ? 'show request' : 'hide request', request.student, 'PATCH', `/requests/${request.id}`, {
        visibleToCompanies: visible,
      })
    ) {
      request.visible = visible;
    }
  }

  private async archiveRequest(of?: DrillActor): Promise<void> {
    const request = this.pick(this.requests.filter((r) => r.status !== 'archived' && (!of || r.student === of)));
    if (!request) return;
    request.status = 'archived'; // claimed at once, so no other loop edits it meanwhile
    if (!(await this.call('archive request', request.student, 'POST', `/requests/${request.id}/archive`)))
      request.status = 'published';
  }

  private async uploadCv(): Promise<void> {
    const request = this.pick(this.requests.filter((r) => r.status !== 'archived'));
    if (request) await this.upload(request);
  }

  private async upload(request: RequestState, kind: 'cv' | 'letter' = 'cv'): Promise<boolean> {
    const form = new FormData();
    form.append('kind', kind);
    form.append(
      'file',
      new Blob([new Uint8Array(kind === 'cv' ? this.cv : this.letter)], { type: 'application/pdf' }),
      `${kind}.pdf`,
    );
    const done = await this.call(`upload ${kind}`, request.student, 'POST', `/requests/${request.id}/documents`, form);
    if (done && kind === 'cv') request.hasCv = true;
    return done !== undefined;
  }

  private async createOffer(n: number): Promise<void> {
    const contact = this.pick(this.contacts)!;
    const created = await this.call<{ id: string }>(
      'create offer',
      contact,
      'POST',
      `/companies/${contact.companyId}/offers`,
      softwareOfferBody(`Stage TypeScript ${n}`),
    );
    if (!created) return;
    const offer: OfferState = { id: created.id, contact, status: 'draft' };
    this.offers.push(offer);
    if (await this.call('publish offer', contact, 'POST', `/offers/${offer.id}/publish`)) offer.status = 'published';
  }

  private async toggleOffer(): Promise<void> {
    const offer = this.pick(this.offers);
    if (!offer) return;
    const publish = offer.status !== 'published';
    if (
      await this.call(
        publish ? 'publish offer' : 'unpublish offer',
        offer.contact,
        'POST',
        `/offers/${offer.id}/${publish ? 'publish' : 'unpublish'}`,
      )
    ) {
      offer.status = publish ? 'published' : 'unpublished';
    }
  }

  private async editOffer(n: number): Promise<void> {
    const offer = this.pick(this.offers);
    if (!offer) return this.createOffer(n);
    await this.call('edit offer', offer.contact, 'PATCH', `/offers/${offer.id}`, { title: `Stage NestJS ${n}` });
  }

  private async renameStudent(n: number): Promise<void> {
    const student = this.pick(this.students)!;
    await this.call('rename student', student, 'PATCH', '/me', { lastName: `Drill ${n}` });
  }

  private async renameCompany(n: number): Promise<void> {
    const contact = this.pick(this.contacts)!;
    await this.call('rename company', contact, 'PATCH', `/companies/${contact.companyId}`, {
      name: `Entreprise drill ${n}`,
    });
  }

  private async apply(): Promise<void> {
    const request = this.pick(this.requests.filter((r) => r.status === 'published' && r.hasCv && r.hasLetter));
    const offer = this.pick(this.offers.filter((o) => o.status === 'published'));
    if (!request || !offer) return;
    const key = `${request.student.userId}:${offer.id}`;
    if (this.applied.has(key)) return;
    this.applied.add(key);
    await this.call('apply', request.student, 'POST', `/offers/${offer.id}/applications`, {
      message: 'Votre offre correspond à ce que je cherche.',
      requestId: request.id,
    });
  }

  /** One API call; counts it and answers its body when the API took it. */
  private async call<T = unknown>(
    kind: string,
    actor: DrillActor,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T | undefined> {
    const headers: Record<string, string> = { authorization: `Bearer ${actor.token}` };
    let payload: FormData | string | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    try {
      const response = await fetch(`${this.apiUrl}${API_BASE_PATH}${path}`, {
        method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      if (response.ok) {
        this.tally.edits += 1;
        this.tally.byKind[kind] = (this.tally.byKind[kind] ?? 0) + 1;
        return (text ? JSON.parse(text) : {}) as T;
      }
      const bucket = response.status >= 500 ? this.tally.failures : this.tally.refused;
      const label = `${kind} ${response.status}`;
      bucket[label] = (bucket[label] ?? 0) + 1;
      if (response.status < 500) this.tally.refusalSamples[label] ??= text.slice(0, 300);
      if (response.status >= 500 && this.tally.failureSamples.length < 10)
        this.tally.failureSamples.push(`${label}: ${text.slice(0, 300)}`);
    } catch (error) {
      const label = `${kind} ${(error as Error).name}`;
      this.tally.failures[label] = (this.tally.failures[label] ?? 0) + 1;
      if (this.tally.failureSamples.length < 10)
        this.tally.failureSamples.push(`${label}: ${(error as Error).message}`);
    }
    return undefined;
  }
}
