/** English of fr/thread.ts (en.ts checks the keys). */
export const thread = {
  title: 'Application: {{title}}', from: '{{name}} — {{company}}', status: 'Status', respondBy: 'Answer expected before {{date}}',
  respondedAt: 'Answered on {{date}}', sentOn: 'Sent on {{date}}', messages: 'Messages', none: 'No message yet.',
  platform: 'The platform', write: 'Your message', send: 'Send', sent: 'Message sent.',
  kinds: { submitted: 'Application sent', status_changed: 'Status changed', message_to_student: 'Message from the company', message_to_company: 'Message from the applicant', reminder_sent: 'Reminder sent' },
  statusChange: '{{from}} → {{to}}', back: 'Back to the applications', documents: 'Attached documents',
};
