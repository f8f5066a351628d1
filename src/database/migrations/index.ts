import { Extensions1764352800000 } from './1764352800000-Extensions';
import { ReferenceData1764353000000 } from './1764353000000-ReferenceData';
import { AccountsOrganisations1764353100000 } from './1764353100000-AccountsOrganisations';
import { MailOutbox1764353200000 } from './1764353200000-MailOutbox';
import { RequestsDocuments1764353300000 } from './1764353300000-RequestsDocuments';
import { SearchOutbox1764353400000 } from './1764353400000-SearchOutbox';
import { Offers1764353500000 } from './1764353500000-Offers';
import { Applications1764353600000 } from './1764353600000-Applications';
import { OfferMatches1764353700000 } from './1764353700000-OfferMatches';
import { LabelWorkflow1764353800000 } from './1764353800000-LabelWorkflow';
import { Agreements1764353900000 } from './1764353900000-Agreements';
import { Journals1764354000000 } from './1764354000000-Journals';
import { LabelFacts1764354100000 } from './1764354100000-LabelFacts';
import { CompanyApproval1764354200000 } from './1764354200000-CompanyApproval';
import { ProfileReads1764354300000 } from './1764354300000-ProfileReads';
import { ResidenceCountry1764354400000 } from './1764354400000-ResidenceCountry';
import { PersonalData1764354900000 } from './1764354900000-PersonalData';
import { MatchQueueRetries1764354800000 } from './1764354800000-MatchQueueRetries';
import { DocumentTextFailure1764355100000 } from './1764355100000-DocumentTextFailure';
import { FailedMailLinks1764355300000 } from './1764355300000-FailedMailLinks';
import { SchoolingConfirmation1764355310000 } from './1764355310000-SchoolingConfirmation';
import { MatchQueueClaims1764355400000 } from './1764355400000-MatchQueueClaims';

/** Every migration, in order. Listed by hand so the runner, the app and the tests load exactly these. */
export const migrations = [
  Extensions1764352800000,
  ReferenceData1764353000000,
  AccountsOrganisations1764353100000,
  MailOutbox1764353200000,
  RequestsDocuments1764353300000,
  SearchOutbox1764353400000,
  Offers1764353500000,
  Applications1764353600000,
  OfferMatches1764353700000,
  LabelWorkflow1764353800000,
  Agreements1764353900000,
  Journals1764354000000,
  LabelFacts1764354100000,
  CompanyApproval1764354200000,
  ProfileReads1764354300000,
  ResidenceCountry1764354400000,
  MatchQueueRetries1764354800000,
  PersonalData1764354900000,
  DocumentTextFailure1764355100000,
  FailedMailLinks1764355300000,
  SchoolingConfirmation1764355310000,
  MatchQueueClaims1764355400000,
];
