/** English of fr/contact.ts (en.ts checks the keys). */
export const contact = {
  edit: 'Edit', editTitle: 'Edit the offer', history: 'History', historyTitle: 'History of the offer “{{title}}”', noHistory: 'No change.',
  version: 'Version {{version}}', field: 'Field', before: 'Before', after: 'After', back: 'Back to my offers', saved: 'Offer saved.',
  actions: { created: 'Created', updated: 'Changed', published: 'Published', unpublished: 'Withdrawn', filled: 'Filled', expired: 'Expired' },
  joinRequests: 'Join requests', joinTitle: 'Requests to join {{name}}', noJoin: 'No pending request.', requestedOn: 'asked on {{date}}',
  accept: 'Accept', refuse: 'Refuse', accepted: '{{name}} is now part of the company.', refusedJoin: '{{name}}’s request is refused.',
  myCompany: 'My company', companyTitle: 'Company profile', name: 'Company name', registrationNumber: 'Tax / trade register number',
  naceDivision: 'Sector (NACE division)', countryCode: 'Country (ISO code)', city: 'City', address: 'Address', website: 'Website', save: 'Save',
  companySaved: 'Company profile saved.', approval: 'Approval by the platform', approvalStatus: { pending: 'pending', approved: 'approved', rejected: 'refused' },
  openApplication: 'Open the application and its messages',
};
