/**
 * The MongoDB store runs every commit in a transaction, so it accepts only deployments that
 * have them. What the server says in `hello` decides; a standalone server is refused with a
 * message that says how to start a one-node replica set (and never holds the URI).
 */
import { deploymentOf, StandaloneMongoError } from '../../bots/store/mongo-store';

describe('which MongoDB deployments the store accepts', () => {
  it('accepts a replica set (Atlas, Cosmos DB vCore, a one-node set) and a sharded cluster', () => {
    expect(deploymentOf({ isWritablePrimary: true, setName: 'rs0', hosts: ['127.0.0.1:27017'] })).toBe('replica set');
    expect(deploymentOf({ isWritablePrimary: true, msg: 'isdbgrid' })).toBe('sharded cluster');
  });

  it('refuses a standalone server', () => {
    expect(deploymentOf({ isWritablePrimary: true, maxWireVersion: 21 })).toBeNull();
  });

  it('tells the operator how to start a one-node replica set', () => {
    const error = new StandaloneMongoError();
    expect(error.code).toBe('MONGODB_STANDALONE');
    expect(error.message).toMatch(/replica set/);
    expect(error.message).toMatch(/--replSet rs0/);
    expect(error.message).toMatch(/rs\.initiate\(\)/);
    expect(error.message).toMatch(/replicaSet=rs0/);
  });
});
