/**
 * Unicode NFC for everything the store writes. Documents arrive in mixed forms (the seeds
 * are not NFC everywhere). A Kysely plugin normalises every string parameter, the one place
 * every value passes, so equality, uniqueness and lookups agree on both engines; `nfcDeep`
 * normalises repository inputs too, so the records a write returns equal what a read returns.
 */
import { OperationNodeTransformer } from 'kysely';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  PrimitiveValueListNode,
  QueryResult,
  RootOperationNode,
  UnknownRow,
  ValueNode,
} from 'kysely';

function nfc(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC') : value;
}

class NfcTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return typeof node.value === 'string' ? { ...node, value: nfc(node.value) } : node;
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...node, values: node.values.map(nfc) };
  }
}

/** Normalises string parameters to NFC; results pass through untouched. */
export class NfcPlugin implements KyselyPlugin {
  readonly #transformer = new NfcTransformer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(walk);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
  }
  return value;
}

/** A copy of `value` with every string in plain objects and arrays in NFC (Dates and the like kept). */
export function nfcDeep<T>(value: T): T {
  // `walk` keeps the shape and only swaps strings for strings, so the type is unchanged.
  return walk(value) as T;
}
