import { contentDisposition, sanitiseFileName } from './file-name';

describe('sanitiseFileName', () => {
  it('keeps a plain French name and its extension', () => {
    expect(sanitiseFileName('CV Élodie Ben Salah.pdf', '.pdf')).toBe('CV Élodie Ben Salah.pdf');
  });

  it('drops folders, including Windows ones', () => {
    expect(sanitiseFileName('../../etc/passwd', '.pdf')).toBe('passwd.pdf');
    expect(sanitiseFileName('C:\\Users\\me\\lettre.PDF', '.pdf')).toBe('lettre.pdf');
  });

  it('removes control, reserved and direction-override characters and leading dots', () => {
    expect(sanitiseFileName('..\u0000cv<script>"|?.pdf', '.pdf')).toBe('cvscript.pdf');
    expect(sanitiseFileName('facture\u202Efdp.exe', '.pdf')).toBe('facturefdp.exe.pdf');
    expect(sanitiseFileName('.htaccess', '.pdf')).toBe('htaccess.pdf');
  });

  it('gives the detected extension, whatever the name claimed', () => {
    expect(sanitiseFileName('photo.pdf', '.png')).toBe('photo.pdf.png');
    expect(sanitiseFileName('cv', '.pdf')).toBe('cv.pdf');
  });

  it('falls back to "document" when nothing usable is left', () => {
    expect(sanitiseFileName(undefined, '.pdf')).toBe('document.pdf');
    expect(sanitiseFileName('  ...  ', '.pdf')).toBe('document.pdf');
    expect(sanitiseFileName('/', '.pdf')).toBe('document.pdf');
  });

  it('bounds the length without cutting the extension', () => {
    const name = sanitiseFileName(`${'é'.repeat(500)}.pdf`, '.pdf');
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('CV Élodie "v2".pdf')).toBe(
      `attachment; filename="CV Elodie _v2_.pdf"; filename*=UTF-8''CV%20%C3%89lodie%20%22v2%22.pdf`,
    );
  });
});
