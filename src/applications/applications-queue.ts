export const APPLICATIONS_QUEUE = 'applications';

export enum ApplicationsJob {
  RemindCompanies = 'remind-companies',
}

/** Hourly, at minute 20: a reminder leaves within the hour its application enters the reminder window. */
export const REMIND_COMPANIES_CRON = '20 * * * *';
