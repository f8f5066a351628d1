import { loadPdfKit } from '../common/pdf/load-pdfkit';

export interface CvEntry {
  /** e.g. "2023 – 2026" or "juin – août 2025". */
  period: string;
  title: string;
  place: string;
  details?: string[];
}

export interface CvData {
  fullName: string;
  /** e.g. "Étudiant en 3e année de génie logiciel". */
  headline: string;
  email?: string;
  phone?: string;
  city?: string;
  profile?: string;
  education: CvEntry[];
  experience: CvEntry[];
  skills: string[];
  languages: Array<{ name: string; level: string }>;
  interests?: string[];
}

export interface LetterData {
  fullName: string;
  city: string;
  date: Date;
  recipient?: string[];
  subject: string;
  paragraphs: string[];
}

export interface PdfOptions {
  /** Encrypts the PDF: opening it needs this password (to test how encrypted uploads are handled). */
  userPassword?: string;
  /** Fixed creation date, for reproducible files. */
  createdAt?: Date;
}

const ACCENT = '#1f4e79';
const MARGIN = 50;

/** A one- or two-page French CV as a PDF, from structured data (for the demo loader and tests). */
export function renderCvPdf(cv: CvData, options: PdfOptions = {}): Promise<Buffer> {
  return render(`CV – ${cv.fullName}`, cv.fullName, options, (doc) => {
    doc.font('Helvetica-Bold').fontSize(22).fillColor(ACCENT).text(cv.fullName);
    doc.font('Helvetica').fontSize(12).fillColor('#333333').text(cv.headline);
    const contact = [cv.email, cv.phone, cv.city].filter(Boolean).join('  ·  ');
    if (contact) doc.moveDown(0.3).fontSize(9).fillColor('#555555').text(contact);
    if (cv.profile) {
      section(doc, 'Profil');
      doc.font('Helvetica').fontSize(10).fillColor('#000000').text(cv.profile, { align: 'justify' });
    }
    section(doc, 'Formation');
    cv.education.forEach((entry) => writeEntry(doc, entry));
    section(doc, 'Expérience professionnelle');
    cv.experience.forEach((entry) => writeEntry(doc, entry));
    section(doc, 'Compétences');
    doc.font('Helvetica').fontSize(10).fillColor('#000000').text(cv.skills.join(' · '));
    section(doc, 'Langues');
    cv.languages.forEach(({ name, level }) => doc.font('Helvetica').fontSize(10).text(`${name} : ${level}`));
    if (cv.interests?.length) {
      section(doc, 'Centres d’intérêt');
      doc.font('Helvetica').fontSize(10).text(cv.interests.join(', '));
    }
  });
}

/** A French motivation letter as a one-page PDF. */
export function renderLetterPdf(letter: LetterData, options: PdfOptions = {}): Promise<Buffer> {
  return render(`Lettre de motivation – ${letter.fullName}`, letter.fullName, options, (doc) => {
    doc.font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(letter.fullName);
    doc.font('Helvetica').fontSize(10).text(letter.city);
    if (letter.recipient?.length) {
      doc.moveDown(1.5);
      letter.recipient.forEach((line) => doc.text(line, { align: 'right' }));
    }
    const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(letter.date);
    doc.moveDown(1.5).text(`${letter.city}, le ${date}`, { align: 'right' });
    doc.moveDown(2).font('Helvetica-Bold').text(`Objet : ${letter.subject}`);
    doc.moveDown(1.5).font('Helvetica').text('Madame, Monsieur,');
    letter.paragraphs.forEach((paragraph) => doc.moveDown(0.8).text(paragraph, { align: 'justify' }));
    doc.moveDown(0.8).text('Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.');
    doc.moveDown(2).text(letter.fullName, { align: 'right' });
  });
}

async function render(
  title: string,
  author: string,
  options: PdfOptions,
  write: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      lang: 'fr-FR',
      pdfVersion: options.userPassword ? '1.7' : undefined,
      userPassword: options.userPassword,
      ownerPassword: options.userPassword ? `${options.userPassword}-owner` : undefined,
      info: { Title: title, Author: author, Creator: 'SEMSEM-stages', CreationDate: options.createdAt ?? new Date() },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    write(doc);
    doc.end();
  });
}

function section(doc: PDFKit.PDFDocument, heading: string): void {
  doc.moveDown(0.9).font('Helvetica-Bold').fontSize(12).fillColor(ACCENT).text(heading.toUpperCase());
  const y = doc.y + 1;
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(0.6)
    .strokeColor(ACCENT)
    .stroke();
  doc.moveDown(0.4).fillColor('#000000');
}

function writeEntry(doc: PDFKit.PDFDocument, entry: CvEntry): void {
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000000').text(`${entry.title} — ${entry.place}`);
  doc.font('Helvetica-Oblique').fontSize(9).fillColor('#555555').text(entry.period);
  doc.font('Helvetica').fontSize(10).fillColor('#000000');
  entry.details?.forEach((line) => doc.text(`• ${line}`, { indent: 10 }));
  doc.moveDown(0.4);
}
