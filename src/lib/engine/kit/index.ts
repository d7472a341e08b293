// The grader kit: helpers graders share (graders/*.ts import from here), by topic.
export { text, times, WRONG_SHAPE, inSetting } from './text';
export { explainPath } from './paths';
export { randomSpd, randomSpdSpectrum } from './random';
export { STABLE_SIGMOID, STABLE_GATES, softmaxShift, stableSigmoidMutants } from './hints';
export { stepPathDriver } from './drivers';
