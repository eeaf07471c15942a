/** Placeholder while the page is being built in this session; replaced by the page itself. */
import { EmptyState } from '../components/page-state.tsx';

export default function AdminPage() {
  return <EmptyState text="…" />;
}
