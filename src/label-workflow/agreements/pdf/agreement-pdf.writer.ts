import { loadPdfKit } from '../../../common/pdf/load-pdfkit';
import { AgreementChangeField, AgreementChanges, AgreementContent, frenchDate } from '../agreement-content';
import { AgreementKind } from '../agreement-party';

/** What the PDF of one version is rendered from. */
export interface AgreementDocument {
  kind: AgreementKind;
  version: number;
  /** The version an amendment changes (1 for the first amendment of the original). */
  previousVersion: number | null;
  issuedAt: Date;
  content: AgreementContent;
  changes: AgreementChanges;
}

const ACCENT = '#1f4e79';
const MARGIN = 55;

const periodWording = { month: 'par mois', week: 'par semaine', total: 'pour toute la durée du stage' } as const;

const changeLabels: Record<AgreementChangeField, string> = {
  startDate: 'Date de début du stage',
  endDate: 'Date de fin du stage',
  companyTutor: 'Tuteur dans l’organisme d’accueil',
  academicTutor: 'Tuteur académique',
};

/** The agreement ("convention de stage") or an amendment ("avenant") as a French PDF. */
export async function renderAgreementPdf(agreement: AgreementDocument): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const { content: c } = agreement;
  const heading = headingOf(agreement);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      lang: 'fr-FR',
      info: { Title: `${heading} – ${c.student.name}`, Creator: 'SEMSEM-stages', CreationDate: agreement.issuedAt },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(18).fillColor(ACCENT).text(heading, { align: 'center' });
    doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor('#444444');
    doc.text(`Version ${agreement.version} établie le ${issuedOn(agreement.issuedAt)} sur SEMSEM-stages`, {
      align: 'center',
    });

    section(doc, 'Entre les soussignés');
    line(doc, 'L’établissement d’enseignement', `${c.university.name}, ${c.university.city} (${c.university.country})`);
    line(doc, 'Formation', c.programme.name);
    line(
      doc,
      'Représenté par',
      c.programme.managerName
        ? `${c.programme.managerName}, responsable de la formation`
        : 'le responsable de la formation',
    );
    doc.moveDown(0.4);
    const companyPlace = [c.company.address, c.company.city, c.company.country].filter(Boolean).join(', ');
    line(doc, 'L’organisme d’accueil', `${c.company.name}, ${companyPlace}`);
    if (c.company.registrationNumber) line(doc, 'Immatriculation', c.company.registrationNumber);
    doc.moveDown(0.4);
    line(doc, 'L’étudiant(e)', c.student.name);
    const schooling = [
      c.student.studyYear ? `${c.student.studyYear}e année` : null,
      c.academicYear ? `année universitaire ${c.academicYear}` : null,
    ];
    if (schooling.some(Boolean)) line(doc, 'Inscrit(e) en', schooling.filter(Boolean).join(', '));

    if (agreement.kind === 'amendment') writeChanges(doc, agreement);
    else writeClauses(doc, c);

    section(doc, 'Signatures');
    paragraph(
      doc,
      'Chaque partie signe par un lien à usage unique envoyé par SEMSEM-stages, ou la convention signée est déposée numérisée.',
    );
    for (const who of ['Pour l’établissement d’enseignement', 'Pour l’organisme d’accueil', 'L’étudiant(e)']) {
      doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).text(who);
      doc.font('Helvetica').text('Nom, date et signature :');
    }
    doc.end();
  });
}

function headingOf(agreement: AgreementDocument): string {
  return agreement.kind === 'amendment'
    ? `AVENANT N° ${agreement.version - 1} À LA CONVENTION DE STAGE`
    : 'CONVENTION DE STAGE';
}

function writeClauses(doc: PDFKit.PDFDocument, c: AgreementContent): void {
  section(doc, 'Article 1 – Objet du stage');
  line(doc, 'Intitulé', c.title);
  if (c.internshipType) line(doc, 'Type de stage', c.internshipType);
  if (c.description.trim()) paragraph(doc, c.description);
  section(doc, 'Article 2 – Dates');
  paragraph(doc, `Le stage se déroule du ${frenchDate(c.startDate)} au ${frenchDate(c.endDate)} inclus.`);
  section(doc, 'Article 3 – Encadrement');
  line(doc, 'Tuteur dans l’organisme d’accueil', tutorLine(c.companyTutor));
  line(doc, 'Tuteur académique', tutorLine(c.academicTutor));
  section(doc, 'Article 4 – Gratification');
  paragraph(
    doc,
    c.allowance
      ? `L’étudiant(e) perçoit une gratification de ${amountOf(c.allowance.amount)} ${c.allowance.currency} ${periodWording[c.allowance.period]}.`
      : 'Le stage ne donne pas lieu à une gratification.',
  );
}

function writeChanges(doc: PDFKit.PDFDocument, agreement: AgreementDocument): void {
  const { content: c } = agreement;
  section(doc, 'Objet de l’avenant');
  paragraph(
    doc,
    `Le présent avenant modifie la convention de stage « ${c.title} » (version ${agreement.previousVersion}) comme suit :`,
  );
  for (const [field, change] of Object.entries(agreement.changes) as Array<
    [AgreementChangeField, { before: string | null; after: string | null }]
  >) {
    // The standard PDF fonts have no arrow: the change is worded.
    const dated = field === 'startDate' || field === 'endDate';
    const show = (value: string | null) => (dated ? frenchDate(value) : (value ?? 'aucun'));
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#000000')
      .text(`• ${changeLabels[field]} : ${show(change.after)} au lieu de ${show(change.before)}`, { indent: 10 });
  }
  doc.moveDown(0.5);
  paragraph(doc, 'Les autres clauses de la convention restent inchangées.');
  section(doc, 'Convention modifiée');
  line(doc, 'Dates', `du ${frenchDate(c.startDate)} au ${frenchDate(c.endDate)}`);
  line(doc, 'Tuteur dans l’organisme d’accueil', tutorLine(c.companyTutor));
  line(doc, 'Tuteur académique', tutorLine(c.academicTutor));
}

function tutorLine(tutor: AgreementContent['companyTutor']): string {
  if (!tutor) return 'à désigner';
  return tutor.jobTitle ? `${tutor.name}, ${tutor.jobTitle}` : tutor.name;
}

function amountOf(amount: number): string {
  return new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: 2 })
    .format(amount)
    .replace(/\u202f|\u00a0/g, ' ');
}

function issuedOn(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Africa/Tunis' }).format(date);
}

function section(doc: PDFKit.PDFDocument, heading: string): void {
  doc.moveDown(0.9).font('Helvetica-Bold').fontSize(11).fillColor(ACCENT).text(heading);
  const y = doc.y + 1;
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(0.5)
    .strokeColor(ACCENT)
    .stroke();
  doc.moveDown(0.4).fillColor('#000000');
}

function line(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000000').text(`${label} : `, { continued: true });
  doc.font('Helvetica').text(value);
}

function paragraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.font('Helvetica').fontSize(10).fillColor('#000000').text(text, { align: 'justify' });
}
