import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from '../errors/error-codes.js';

/** Largest amount the API accepts: ¥10^13 in fen, far above any budget, well inside bigint columns. */
const MAX_FEN = 10n ** 15n;
const INTEGER = /^-?(0|[1-9]\d{0,15})$/;

function parseFen(text: string): bigint {
  if (!INTEGER.test(text)) {
    throw new GraphQLError(`Fen must be a whole number of fen written as a decimal string, e.g. "123456" for ¥1,234.56; got "${text.slice(0, 40)}"`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  const fen = BigInt(text);
  if (fen > MAX_FEN || fen < -MAX_FEN) {
    throw new GraphQLError('Fen is out of range', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  return fen;
}

/**
 * Money in integer fen (1 CNY = 100 fen) as a decimal string: GraphQL's Int is 32-bit and a Float
 * cannot hold money exactly. Resolvers see a bigint; clients read and send strings such as "123456".
 */
export const FenScalar = new GraphQLScalarType<bigint, string>({
  name: 'Fen',
  description: 'An exact amount of money in fen (1/100 CNY) as a decimal string, e.g. "123456" = ¥1,234.56.',
  serialize(value) {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string' && INTEGER.test(value)) return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new GraphQLError('Fen cannot represent this value');
  },
  parseValue(value) {
    if (typeof value !== 'string') {
      throw new GraphQLError('Fen is sent as a string of whole fen, e.g. "123456"', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
    return parseFen(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Fen is sent as a string of whole fen, e.g. "123456"', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
    return parseFen(ast.value);
  },
});
