/**
 * A scalar in a computation graph, with the gradient of the final output with respect to it.
 */
export class Value {
  /**
   * @param {number} data - the value
   */
  constructor(data) {
    /** @type {number} */
    this.data = data;
    /** @type {number} d(output)/d(this), 0 until backward() runs */
    this.grad = 0;
    throw new Error('not implemented');
  }

  /** @param {Value|number} other @returns {Value} a new Value, this + other */
  add(other) {
    throw new Error('not implemented');
  }

  /** @param {Value|number} other @returns {Value} a new Value, this · other */
  mul(other) {
    throw new Error('not implemented');
  }

  /** @param {Value|number} other @returns {Value} a new Value, this − other */
  sub(other) {
    throw new Error('not implemented');
  }

  /** @param {Value|number} other @returns {Value} a new Value, this / other */
  div(other) {
    throw new Error('not implemented');
  }

  /** @returns {Value} a new Value, −this */
  neg() {
    throw new Error('not implemented');
  }

  /** @param {number} k - a constant exponent @returns {Value} a new Value, this^k */
  pow(k) {
    throw new Error('not implemented');
  }

  /** @returns {Value} a new Value, e^this */
  exp() {
    throw new Error('not implemented');
  }

  /** @returns {Value} a new Value, ln(this) */
  log() {
    throw new Error('not implemented');
  }

  /** @returns {Value} a new Value, tanh(this) */
  tanh() {
    throw new Error('not implemented');
  }

  /** @returns {Value} a new Value, max(0, this) (derivative 0 at exactly 0) */
  relu() {
    throw new Error('not implemented');
  }

  /**
   * Set this.grad to 1 and add d(this)/d(node) to the grad of every node this depends on,
   * in reverse topological order.
   * @returns {void}
   */
  backward() {
    throw new Error('not implemented');
  }
}
