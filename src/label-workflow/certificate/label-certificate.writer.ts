import { formatDay } from '../../common/i18n/format-day';
import { loadPdfKit } from '../../common/pdf/load-pdfkit';
import { LabelCertificateView } from './dto/label.view';

const ACCENT = '#1f4e79';
const MARGIN = 60;

/**
 * The SEMSEM-stages label certificate as a one-page A4 landscape PDF, French first with English beneath. It prints
 * exactly the fields of `LabelCertificateView` (what the public verification page shows), never a grade.
 */
export async function renderLabelCertificate(label: LabelCertificateView, createdAt = new Date()): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: MARGIN,
      lang: 'fr-FR',
      info: {
        Title: `Certificat du Label SEMSEM-stages – ${label.studentName || label.code}`,
        Author: 'SEMSEM-stages',
        Creator: 'SEMSEM-stages',
        CreationDate: createdAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    write(doc, label);
    doc.end();
  });
}

function write(doc: PDFKit.PDFDocument, label: LabelCertificateView): void {
  const width = doc.page.width - 2 * MARGIN;
  doc
    .rect(MARGIN / 2, MARGIN / 2, doc.page.width - MARGIN, doc.page.height - MARGIN)
    .lineWidth(2)
    .strokeColor(ACCENT)
    .stroke();

  doc
    .font('Helvetica-Bold')
    .fontSize(26)
    .fillColor(ACCENT)
    .text('Label SEMSEM-stages', MARGIN, MARGIN + 10, { width, align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(13)
    .fillColor('#333333')
    .text('Certificat de stage labellisé', { width, align: 'center' });
  doc
    .font('Helvetica-Oblique')
    .fontSize(10)
    .fillColor('#666666')
    .text('Certificate of a labelled internship', { width, align: 'center' });

  const school = [label.programmeName, label.universityName].filter(Boolean).join(', ');
  const period = periodText(label, 'fr');
  doc.moveDown(2).font('Helvetica').fontSize(12).fillColor('#000000');
  doc.text(
    `Le stage « ${label.title} » effectué par ${label.studentName || 'un·e stagiaire dont le nom a été retiré à sa demande'}${school ? ` (${school})` : ''} ` +
      `au sein de ${label.companyName}, ${label.companyCity}${period ? `, ${period}` : ''}, ` +
      `s'est déroulé selon la procédure qualité SEMSEM-stages et a obtenu le Label SEMSEM-stages ` +
      `le ${formatDay(label.grantedOn, 'fr')}.`,
    { width, align: 'center' },
  );
  doc.moveDown(0.8).font('Helvetica-Oblique').fontSize(10).fillColor('#555555');
  const periodEn = periodText(label, 'en');
  doc.text(
    `The internship "${label.title}" carried out by ${label.studentName || 'an intern whose name was removed at their request'}${school ? ` (${school})` : ''} ` +
      `at ${label.companyName}, ${label.companyCity}${periodEn ? `, ${periodEn}` : ''}, followed the SEMSEM-stages ` +
      `quality procedure and was awarded the SEMSEM-stages label on ${formatDay(label.grantedOn, 'en')}.`,
    { width, align: 'center' },
  );
  if (label.academicYear) {
    doc.moveDown(0.8).font('Helvetica').fontSize(11).fillColor('#000000');
    doc.text(`Année universitaire / Academic year : ${label.academicYear}`, { width, align: 'center' });
  }

  doc.moveDown(2.5).font('Helvetica-Bold').fontSize(11).fillColor(ACCENT);
  doc.text('Code de vérification / Verification code', { width, align: 'center' });
  doc.font('Courier-Bold').fontSize(18).fillColor('#000000').text(label.code, { width, align: 'center' });
  doc.moveDown(0.8).font('Helvetica').fontSize(10).fillColor('#333333');
  doc.text('Vérifier ce certificat / Verify this certificate :', { width, align: 'center' });
  doc
    .fillColor('#1d4ed8')
    .text(label.verificationUrl, { width, align: 'center', link: label.verificationUrl, underline: true });
}

function periodText(label: LabelCertificateView, locale: 'fr' | 'en'): string {
  if (!label.startDate || !label.endDate) return '';
  const [from, to] = [formatDay(label.startDate, locale), formatDay(label.endDate, locale)];
  return locale === 'fr' ? `du ${from} au ${to}` : `from ${from} to ${to}`;
}
