import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** A minimal valid selection for a field's type: `id`/`__typename` for objects, connection fields for connections. */
export function minimalSelection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isObjectType(named) && named.name.endsWith('Connection'))
    return '{ totalCount edges { node { __typename } } }';
  if (isObjectType(named) && named.getFields().id) return '{ __typename id }';
  if (isAbstractType(named)) return '{ __typename }';
  return '{ __typename }';
}

/** Whether an argument (or a field of its input object) takes text: String or ID, alone or in a list. */
export function textPaths(
  type: GraphQLInputType,
): 'scalar' | 'list' | Record<string, 'scalar' | 'list'> | undefined {
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(inner);
  if (isScalarType(named) && (named.name === 'String' || named.name === 'ID'))
    return isListType(inner) ? 'list' : 'scalar';
  if (isInputObjectType(named) && !isListType(inner)) {
    const out: Record<string, 'scalar' | 'list'> = {};
    for (const f of Object.values(named.getFields())) {
      const p = textPaths(f.type);
      if (p === 'scalar' || p === 'list') out[f.name] = p;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return undefined;
}

export const queryFields = (schema: GraphQLSchema): GraphQLField<unknown, unknown>[] =>
  Object.values(schema.getQueryType()!.getFields());

export const requiredArgs = (field: GraphQLField<unknown, unknown>): GraphQLArgument[] =>
  field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
