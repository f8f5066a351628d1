import { EntityManager } from 'typeorm';
import { MailOutboxEntry } from './mail-outbox.entity';
import { MailOutboxService } from './mail-outbox.service';

describe('MailOutboxService.enqueue', () => {
  const insert = jest.fn().mockResolvedValue({ identifiers: [{ id: 'c0ffee00-0000-4000-8000-000000000001' }] });
  const manager = { insert } as unknown as EntityManager;
  const service = new MailOutboxService();
  beforeEach(() => insert.mockClear());

  it("writes the row through the caller's manager and returns its id", async () => {
    const id = await service.enqueue(manager, {
      to: 'amina@example.test',
      template: 'document_unreadable',
      locale: 'fr',
      params: { firstName: 'Amina', fileName: 'cv.pdf' },
    });
    expect(id).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(insert).toHaveBeenCalledWith(MailOutboxEntry, {
      template: 'document_unreadable',
      locale: 'fr',
      recipient: 'amina@example.test',
      params: { firstName: 'Amina', fileName: 'cv.pdf' },
      replyTo: null,
    });
  });

  it('refuses a malformed Reply-To before writing', async () => {
    await expect(
      service.enqueue(manager, {
        to: 'amina@example.test',
        replyTo: 'karim@example.test\r\nBcc: x@example.test',
        template: 'document_unreadable',
        locale: 'fr',
        params: { firstName: 'Amina', fileName: 'cv.pdf' },
      }),
    ).rejects.toThrow('invalid mail recipient');
    expect(insert).not.toHaveBeenCalled();
  });

  it('throws before writing when a param is missing or the address is malformed', async () => {
    await expect(
      service.enqueue(manager, {
        to: 'amina@example.test',
        template: 'password_reset',
        locale: 'fr',
        params: { firstName: 'Amina' } as never,
      }),
    ).rejects.toThrow('link is missing');
    await expect(
      service.enqueue(manager, {
        to: 'amina@example.test\r\nBcc: x@example.test',
        template: 'document_unreadable',
        locale: 'fr',
        params: { firstName: 'Amina', fileName: 'cv.pdf' },
      }),
    ).rejects.toThrow('invalid mail recipient');
    expect(insert).not.toHaveBeenCalled();
  });
});
