import { apiRoute } from "@/lib/http/api-route";
import { toReviewJson } from "@/lib/review/json";
import { loadReview } from "@/lib/review/queries";

// Public: anyone may read the review; team questions appear only for their members.
export const GET = apiRoute(async ({ db, viewer }) => toReviewJson(await loadReview(db, viewer)));
