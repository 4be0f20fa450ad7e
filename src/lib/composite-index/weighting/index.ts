// Weighting methods, one per module: interchangeable ways to set a level's weights from judgements
// (AHP) or from the data (entropy, CRITIC); stated and equal weights need no module.
export * from './ahp.ts';
export * from './critic.ts';
export * from './entropy.ts';
