import { badUserInput } from '../shared/errors.js';
import { MAX_HOPS } from './connections.service.js';

/** Checks `connections` arguments before any store work, naming the argument at fault. */
export function connectionsArgsCheck(args: {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  maxPageSize: number;
}): void {
  if (args.maxHops < 1 || args.maxHops > MAX_HOPS) {
    throw badUserInput(`maxHops must be between 1 and ${MAX_HOPS}, got ${args.maxHops}.`, 'maxHops');
  }
  if (args.first < 1 || args.first > args.maxPageSize) {
    throw badUserInput(`first must be between 1 and ${args.maxPageSize}, got ${args.first}.`, 'first');
  }
  if (args.from === args.to) throw badUserInput('from and to must be different entities.', 'to');
}
