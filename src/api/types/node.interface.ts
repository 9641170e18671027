import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: anything with a global id that `node(id:)` can fetch again. */
@InterfaceType('Node', {
  description: 'An object with a stable, global id that `node(id:)` fetches again.',
  resolveType: (value: { kind: string }) => value.kind,
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`.',
  })
  id!: string;
}
