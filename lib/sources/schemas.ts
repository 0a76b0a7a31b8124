import { z } from "zod";
import { cursor, pageLimit, recordId } from "../validation/common";

export const listSourcesQuery = z.object({ cursor, limit: pageLimit });
export type ListSourcesQuery = z.output<typeof listSourcesQuery>;

export const sourceIdParam = z.object({ id: recordId("source id") });
