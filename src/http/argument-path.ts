import { Kind, parse, visit, type DocumentNode, type GraphQLError, type ValueNode } from 'graphql';

interface ArgumentValue {
  node: ValueNode;
  /** Dotted path from the argument, e.g. `asOf`, `where.from`, `assume[2].date`. */
  path: string;
}

function argumentValues(document: DocumentNode): ArgumentValue[] {
  const out: ArgumentValue[] = [];
  const walk = (node: ValueNode, path: string): void => {
    out.push({ node, path });
    if (node.kind === Kind.OBJECT) for (const field of node.fields) walk(field.value, `${path}.${field.name.value}`);
    if (node.kind === Kind.LIST) node.values.forEach((item, index) => walk(item, `${path}[${index}]`));
  };
  visit(document, {
    Argument(node) {
      walk(node.value, node.name.value);
    },
  });
  return out;
}

/** graphql-js words a bad variable as `Variable "$w" got invalid value ... at "w.from"; ...`. */
const BAD_VARIABLE = /^Variable "\$(\w+)" (?:got invalid value .* at "\1((?:\.\w+|\[\d+\])+)"|got invalid value|of required type)/s;

/**
 * The argument a value error is about. graphql-js and Apollo report a bad literal at the value's
 * position and a bad variable by its name, not by argument; clients get the argument path, like
 * every other BAD_USER_INPUT error here carries in `extensions.field`.
 */
export function argumentPathOf(error: GraphQLError): string | undefined {
  const source = error.source;
  if (source === undefined) return undefined;
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch {
    return undefined;
  }
  const values = argumentValues(document);
  const variable = BAD_VARIABLE.exec(error.message);
  if (variable !== null) {
    const usage = values.find((v) => v.node.kind === Kind.VARIABLE && v.node.name.value === variable[1]);
    return usage === undefined ? undefined : `${usage.path}${variable[2] ?? ''}`;
  }
  const position = error.positions?.[0];
  return values.find((v) => v.node.kind !== Kind.VARIABLE && v.node.loc?.start === position)?.path;
}
