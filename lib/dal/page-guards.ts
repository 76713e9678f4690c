import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getViewer, isTeacher, type Viewer } from "./viewer";

/** For pages: the viewer, or a redirect to sign-in that comes back to `returnTo` afterwards. */
export async function viewerOrSignIn(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** For teacher pages: learners get a 403 page that says why. */
export async function teacherOrForbidden(returnTo: string): Promise<Viewer> {
  const viewer = await viewerOrSignIn(returnTo);
  if (!isTeacher(viewer)) forbidden();
  return viewer;
}
