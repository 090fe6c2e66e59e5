import { describe, expect, it } from 'vitest';
import { OPERATION_KINDS } from '../../../src/workflow/operation-kinds';
import { operations } from '../../../src/workflow/operations';
import { createWorld } from '../fixtures';

describe('the operations registry', () => {
  it('OPERATION_KINDS names every operation of the service with its kind, and nothing else', () => {
    const actual = Object.fromEntries(Object.entries(operations).map(([name, op]) => [name, op.kind]));
    expect(OPERATION_KINDS).toEqual(actual);
    expect(createWorld().service.operations).toEqual(actual);
  });
});
