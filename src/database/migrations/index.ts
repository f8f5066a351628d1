import { Extensions1764352800000 } from './1764352800000-Extensions';

/** Every migration, in order. Listed by hand so the runner, the app and the tests load exactly these. */
export const migrations = [Extensions1764352800000];
