// Administration pages answer 404 to everyone but administrators (signed out included), as the
// admin API does: probing reveals nothing about them.
import "server-only";
import { notFound } from "next/navigation";
import type { SignedInViewer } from "../domain/viewer";
import { isAdmin } from "../users/access";
import { getViewer } from "./session";

export async function requireAdminPage(): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (!isAdmin(viewer)) notFound();
  return viewer;
}
