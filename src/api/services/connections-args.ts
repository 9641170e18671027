import { badUserInput } from '../shared/errors.js';
import { checkFirst } from '../shared/pagination.js';
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
  checkFirst(args.first, args.maxPageSize);
  if (args.from === args.to) throw badUserInput('from and to must be different entities.', 'to');
}
