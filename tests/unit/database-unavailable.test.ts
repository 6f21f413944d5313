import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, unavailableResponse } from '#domain/database-unavailable';

const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', coded('ECONNRESET')],
    ['a connection that timed out', coded('ETIMEDOUT')],
    ['a server shutting down (57P01)', coded('57P01', 'terminating connection due to administrator command')],
    ['a server that crashed (57P02)', coded('57P02')],
    ['a server starting up (57P03)', coded('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', coded('08006')],
    ['a connection that does not exist (08003)', coded('08003')],
    ['a query whose connection ended', new Error('select "t0".* from "articles" as "t0" - Connection terminated unexpectedly')],
    ['a client broken by an earlier connection error', new Error('Client has encountered a connection error and is not queryable')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['a pool acquire timeout', Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' })],
    ['a refused connection given as the cause', new Error('query failed', { cause: coded('ECONNREFUSED') })],
    ['a refusal among the addresses tried', new AggregateError([coded('EADDRNOTAVAIL'), coded('ECONNREFUSED')], 'connect failed')],
  ])('recognizes %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', coded('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error (42601)', coded('42601')],
    ['a query cancelled on request (57014)', coded('57014')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a validation error', Object.assign(new Error('title must be at most 200 characters'), { name: 'ValidationError' })],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('does not take %s for an unreachable database', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('stops at a cycle of causes rather than looping', () => {
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    Object.assign(first, { cause: second });
    expect(isDatabaseUnavailable(first)).toBe(false);
  });
});

describe('unavailableResponse', () => {
  it('answers 503 with Retry-After and an error shaped like Strapi’s own', () => {
    expect(unavailableResponse()).toEqual({
      status: 503,
      headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      body: { data: null, error: expect.objectContaining({ status: 503, name: 'ServiceUnavailableError', message: expect.any(String) }) },
    });
  });
});
