import { Route, Routes } from 'react-router-dom';
import { RequireLogin } from '../../auth/require-login';
import { InternshipPage } from './internship-page';
import { InternshipsPage } from './internships-page';
import { JournalPage } from './journal-page';

/** /internships/*: every signed-in role's internship pages (the API decides what each may see and do). */
export default function InternshipRoutes() {
  return (
    <RequireLogin>
      <Routes>
        <Route index element={<InternshipsPage />} />
        <Route path=":id" element={<InternshipPage />} />
        <Route path=":id/journal" element={<JournalPage />} />
      </Routes>
    </RequireLogin>
  );
}
