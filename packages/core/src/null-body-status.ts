/**
 * True for a status whose response cannot have a body: a "null body status" of the Fetch standard
 * (101, 103, 204, 205, 304). `new Response(body, { status })` throws for these unless `body` is null.
 */
export function isNullBodyStatus(status: number): boolean {
  return status === 204 || status === 304 || status === 205 || status === 101 || status === 103;
}
