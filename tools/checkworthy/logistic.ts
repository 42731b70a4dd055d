// L2-regularised logistic regression on sparse rows, fitted with L-BFGS: deterministic (the same
// data gives the same weights, so a retrain without new data changes no pinned score) and fast
// enough on two cores for a cross-validation inside `npm run train:checkworthy`.

/** Compressed sparse rows: row i's columns are index[start[i] .. start[i+1]). */
export interface SparseRows {
  readonly start: Int32Array;
  readonly index: Int32Array;
  readonly value: Float64Array;
  readonly columns: number;
}

export interface LogisticFit {
  readonly weight: Float64Array;
  readonly bias: number;
}

export interface FitOptions {
  /** Inverse regularisation strength, as scikit-learn's C. */
  readonly c: number;
  readonly maxIterations: number;
}

export function fitLogistic(rows: SparseRows, positive: Uint8Array, options: FitOptions): LogisticFit {
  const n = rows.columns + 1; // the last parameter is the bias, not regularised
  const lambda = 1 / options.c;
  const objective = (p: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const bias = p[n - 1]!;
    for (let r = 0; r + 1 < rows.start.length; r++) {
      let z = bias;
      for (let k = rows.start[r]!; k < rows.start[r + 1]!; k++) z += p[rows.index[k]!]! * rows.value[k]!;
      const y = positive[r] ? 1 : -1;
      const m = -y * z;
      loss += m > 30 ? m : Math.log1p(Math.exp(m));
      const g = -y / (1 + Math.exp(-m));
      for (let k = rows.start[r]!; k < rows.start[r + 1]!; k++) grad[rows.index[k]!]! += g * rows.value[k]!;
      grad[n - 1]! += g;
    }
    for (let j = 0; j < n - 1; j++) {
      loss += 0.5 * lambda * p[j]! * p[j]!;
      grad[j]! += lambda * p[j]!;
    }
    return loss;
  };
  const p = lbfgs(objective, new Float64Array(n), options.maxIterations);
  return { weight: p.subarray(0, n - 1), bias: p[n - 1]! };
}

type Objective = (p: Float64Array, grad: Float64Array) => number;

function lbfgs(f: Objective, x0: Float64Array, maxIterations: number, memory = 10): Float64Array {
  const n = x0.length;
  let x = x0;
  let g = new Float64Array(n);
  let fx = f(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const direction = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter++) {
    // Two-loop recursion: direction = -H·g.
    direction.set(g);
    const alpha: number[] = [];
    for (let i = s.length - 1; i >= 0; i--) {
      alpha[i] = rho[i]! * dot(s[i]!, direction);
      axpy(-alpha[i]!, y[i]!, direction);
    }
    const gamma = s.length > 0 ? dot(s[s.length - 1]!, y[y.length - 1]!) / dot(y[y.length - 1]!, y[y.length - 1]!) : 1 / Math.sqrt(dot(g, g));
    for (let i = 0; i < n; i++) direction[i]! *= gamma;
    for (let i = 0; i < s.length; i++) {
      const beta = rho[i]! * dot(y[i]!, direction);
      axpy(alpha[i]! - beta, s[i]!, direction);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i]!;
    const slope = dot(g, direction);
    if (slope >= 0) break; // not a descent direction: converged as far as doubles allow
    // Backtracking line search (Armijo).
    let step = 1;
    const next = new Float64Array(n);
    const nextGrad = new Float64Array(n);
    let fNext = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) next[i] = x[i]! + step * direction[i]!;
      fNext = f(next, nextGrad);
      if (fNext <= fx + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fNext < fx)) break;
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = next[i]! - x[i]!;
      yk[i] = nextGrad[i]! - g[i]!;
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
      if (s.length > memory) {
        s.shift();
        y.shift();
        rho.shift();
      }
    }
    const improvement = (fx - fNext) / Math.max(1, Math.abs(fx));
    x = next;
    g = nextGrad;
    fx = fNext;
    if (improvement < 1e-7) break;
  }
  return x;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i]! += a * x[i]!;
}
