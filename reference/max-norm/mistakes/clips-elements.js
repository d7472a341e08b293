export const hint = {
  en: 'You clip each weight to [−c, c] on its own. The constraint is on the L2 norm of a whole column: if ‖w_j‖ = √(Σ_i W[i][j]²) > c, multiply the whole column by c/‖w_j‖ (its direction is kept).',
  zh: '你把每个权重单独裁剪到 [−c, c]。约束针对的是整列的 L2 范数：若 ‖w_j‖ = √(Σ_i W[i][j]²) > c，把整列乘以 c/‖w_j‖（方向保持不变）。',
};

export function maxNormConstraint(W, c) {
  return W.map((row) => row.map((w) => Math.max(-c, Math.min(c, w))));
}
