import { expect, test } from "./fixtures";

test("the running server answers the JSON API", async ({ request }) => {
  const health = await request.get("/api/v1/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: { reachable: true, provider: "sqlite" } });

  const list = await request.get("/api/v1/questions?status=resolved&limit=3");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body.items).toHaveLength(3);
  expect(body.nextCursor).toEqual(expect.any(String));

  const bad = await request.get("/api/v1/questions?status=nope");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues[0].path).toBe("status");
});
