import { ApplicationStatus, canMoveApplication, isAnswer } from './application-status';

describe('application status', () => {
  it('lets a company work through an application up to a final decision', () => {
    expect(canMoveApplication(ApplicationStatus.Received, ApplicationStatus.Read)).toBe(true);
    expect(canMoveApplication(ApplicationStatus.Read, ApplicationStatus.Shortlisted)).toBe(true);
    expect(canMoveApplication(ApplicationStatus.Shortlisted, ApplicationStatus.Interview)).toBe(true);
    expect(canMoveApplication(ApplicationStatus.Interview, ApplicationStatus.Selected)).toBe(true);
    expect(canMoveApplication(ApplicationStatus.Received, ApplicationStatus.Rejected)).toBe(true);
  });

  it('refuses going back to received or read, staying put, and any move after a decision', () => {
    expect(canMoveApplication(ApplicationStatus.Read, ApplicationStatus.Received)).toBe(false);
    expect(canMoveApplication(ApplicationStatus.Shortlisted, ApplicationStatus.Read)).toBe(false);
    expect(canMoveApplication(ApplicationStatus.Read, ApplicationStatus.Read)).toBe(false);
    for (const to of Object.values(ApplicationStatus)) {
      expect(canMoveApplication(ApplicationStatus.Rejected, to)).toBe(false);
      expect(canMoveApplication(ApplicationStatus.Selected, to)).toBe(false);
    }
  });

  it('counts every status past "read" as an answer to the student', () => {
    expect(isAnswer(ApplicationStatus.Received)).toBe(false);
    expect(isAnswer(ApplicationStatus.Read)).toBe(false);
    expect(isAnswer(ApplicationStatus.Shortlisted)).toBe(true);
    expect(isAnswer(ApplicationStatus.Rejected)).toBe(true);
  });
});
