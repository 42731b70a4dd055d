// Claim anchoring in the reader: Lexical selection <-> Article.text offsets, and highlights.
export * from './offsets';
export * from './document';
export * from './marks';
export * from './parts';
