// Pages render Next's 404 for unknown or malformed ids, the same answer the API gives (404/400).
import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "../errors";

export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "bad_request")) notFound();
    throw error;
  }
}
