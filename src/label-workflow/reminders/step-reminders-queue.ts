export const STEP_REMINDERS_QUEUE = 'step-reminders';

export enum StepRemindersJob {
  RemindSteps = 'remind-steps',
}
