import { deflateSync } from 'node:zlib';
import { CvData, LetterData, renderCvPdf, renderLetterPdf } from '../../src/demo/cv-pdf.writer';

/** A plausible student CV; tests look for its words in the extracted text. */
export const sampleCv: CvData = {
  fullName: 'Yasmine Ben Salah',
  headline: 'Étudiante en 3e année de licence en génie logiciel',
  email: 'yasmine.bensalah@etudiant.example.tn',
  phone: '+216 20 000 000',
  city: 'Sfax, Tunisie',
  profile:
    'Passionnée par le développement web et les bases de données, je recherche un stage de fin d’études ' +
    'de quatre mois à partir de février.',
  education: [
    {
      period: '2023 – 2026',
      title: 'Licence en génie logiciel',
      place: 'Institut supérieur d’informatique et de multimédia de Sfax',
      details: ['Projet de fin d’année : plateforme de covoiturage (NestJS, PostgreSQL)'],
    },
    { period: '2023', title: 'Baccalauréat mathématiques, mention bien', place: 'Lycée pilote de Sfax' },
  ],
  experience: [
    {
      period: 'juillet – août 2025',
      title: 'Stagiaire développeuse',
      place: 'Société tunisienne de logiciels, Tunis',
      details: ['Développement d’une API REST en TypeScript', 'Tests d’intégration avec Jest et Docker'],
    },
  ],
  skills: ['TypeScript', 'NestJS', 'PostgreSQL', 'Elasticsearch', 'Git', 'Docker'],
  languages: [
    { name: 'Arabe', level: 'langue maternelle' },
    { name: 'Français', level: 'courant (C1)' },
    { name: 'Anglais', level: 'professionnel (B2)' },
  ],
  interests: ['échecs', 'randonnée', 'bénévolat associatif'],
};

export const sampleLetter: LetterData = {
  fullName: sampleCv.fullName,
  city: 'Sfax',
  date: new Date('2025-11-28T00:00:00Z'),
  recipient: ['Service des ressources humaines', 'Société d’accueil'],
  subject: 'Candidature pour un stage de fin d’études en développement web',
  paragraphs: [
    'Actuellement en troisième année de licence en génie logiciel, je souhaite effectuer mon stage de fin ' +
      'd’études au sein de votre entreprise.',
    'Mon expérience en TypeScript et en bases de données me permettra de contribuer rapidement à vos projets.',
  ],
};

export const cvPdf = (data: CvData = sampleCv): Promise<Buffer> => renderCvPdf(data);
export const letterPdf = (): Promise<Buffer> => renderLetterPdf(sampleLetter);

/** A CV that needs a password to open. */
export const encryptedPdf = (): Promise<Buffer> => renderCvPdf(sampleCv, { userPassword: 'secret-password' });

/** A real PNG (1×1 pixel) that a client calls "cv.pdf". */
export const pngRenamedPdf = (): Buffer =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

/** Plain text that a client calls "cv.pdf". */
export const textRenamedPdf = (): Buffer => Buffer.from('Ceci n’est pas un PDF, juste du texte.\n', 'utf8');

/** Starts like a PDF, then nothing a reader can make sense of. */
export const corruptPdf = (): Buffer =>
  Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n'), Buffer.from('garbage '.repeat(512), 'latin1')]);

/** A buffer with a PDF header, one byte larger than `maxBytes`. */
export const oversizedPdf = (maxBytes: number): Buffer => {
  const data = Buffer.alloc(maxBytes + 1, 0x20);
  data.write('%PDF-1.7\n', 0, 'latin1');
  return data;
};

/** A content stream of a hand-built PDF: its bytes as stored, and the filters that decode them. */
export interface RawStream {
  data: Buffer;
  filters?: string[];
}

/** Deflated `times` times, as `[/FlateDecode ...]` chains decode it. */
export const deflated = (data: Buffer, times = 1): RawStream => {
  let stored = data;
  for (let i = 0; i < times; i++) stored = deflateSync(stored, { level: 9 });
  return { data: stored, filters: Array(times).fill('FlateDecode') };
};

/**
 * A PDF built by hand, for files no writer makes ("PDF bombs"): `pages` pages (1 by default), each showing `contents`
 * in turn. With the default content, pdfjs reads the words "Bonjour depuis un PDF" on each page.
 */
export function handmadePdf(options: { contents?: RawStream[]; pages?: number } = {}): Buffer {
  const contents = options.contents ?? [{ data: Buffer.from('BT /F1 12 Tf 72 720 Td (Bonjour depuis un PDF) Tj ET') }];
  const pages = options.pages ?? 1;
  const firstContent = 4;
  const firstPage = firstContent + contents.length;
  const contentRefs = contents.map((_, i) => `${firstContent + i} 0 R`).join(' ');
  const pageRefs = Array.from({ length: pages }, (_, i) => `${firstPage + i} 0 R`).join(' ');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(`<< /Type /Pages /Kids [${pageRefs}] /Count ${pages} >>`),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    ...contents.map(({ data, filters = [] }) => {
      const filter = filters.length > 0 ? ` /Filter [${filters.map((name) => `/${name}`).join(' ')}]` : '';
      return Buffer.concat([
        Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`),
        data,
        Buffer.from('\nendstream'),
      ]);
    }),
    ...Array.from({ length: pages }, () =>
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents [${contentRefs}] >>`,
      ),
    ),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`),
  ];
  parts.push(
    Buffer.from(
      `${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}
