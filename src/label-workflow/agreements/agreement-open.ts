import { Internship } from '../internships/internship.entity';
import { InternshipStatus } from '../internships/internship-party';
import { AgreementsError, AgreementsException } from './agreements.exception';

/** A cancelled or labelled internship's agreement is closed: no amendment, no new links. */
export function assertOpen(internship: Internship): void {
  if (internship.status === InternshipStatus.Cancelled || internship.status === InternshipStatus.Labelled) {
    throw new AgreementsException(AgreementsError.InternshipClosed);
  }
}
