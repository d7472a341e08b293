// Interface strings in English and Chinese. The choice lives in the browser (localStorage,
// mirrored to a cookie so the server renders the same language on the next visit).
// Grading feedback comes in both languages in the report; the results panel picks one
// (`localizeReport`, engine/localize.ts).
import type { LocalizedText } from '../engine/types';

export type Lang = 'en' | 'zh';

const en = {
  tagline: 'Exercises for the mathematics of machine learning, graded as you write them.',
  continue: 'Continue',
  start: 'Start with the first exercise',
  solvedOf: '{n} of {total} solved',
  chapter: 'Chapter {n}',
  notStarted: 'Not started',
  attempted: 'Attempted',
  solved: 'Solved',
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
  exercises: 'Exercises',
  progressNote: 'Progress, drafts and language are kept in this browser only.',
  statement: 'Statement',
  hints: 'Hints',
  showHint: 'Show hint {n} of {total}',
  hint: 'Hint {n}',
  run: 'Run',
  submit: 'Submit',
  running: 'Running…',
  grading: 'Grading…',
  reset: 'Reset',
  resetConfirm: 'Replace your code with the starting code? Your draft for this exercise will be lost.',
  runTip: 'Run the visible examples in your browser (Ctrl/⌘ + Enter)',
  submitTip: 'Grade every check on the server, hidden ones too (Ctrl/⌘ + Shift + Enter)',
  loadingEditor: 'Loading the editor…',
  results: 'Results',
  console: 'Console',
  noResults: 'Run your code to check it against the examples, then submit it to grade every check.',
  accepted: 'Accepted',
  wrongAnswer: 'Wrong answer',
  error: 'Error',
  examplesPass: 'Examples pass',
  checksPassed: '{passed} / {total} checks passed',
  runMode: 'Run · examples',
  submitMode: 'Submit · all checks',
  input: 'Input',
  expected: 'Expected',
  got: 'Your output',
  maxError: 'largest error',
  recognised: 'A common mistake',
  wideFormula: 'Formula wider than the pane: scroll sideways',
  unexplained: 'This does not explain every failing check: {names} fail for another reason.',
  diagnosis: 'What the difference looks like',
  diagnosisChecks: 'in: {names}',
  line: 'line {line}',
  seed: 'seed {seed}',
  hiddenInput: 'The input of this check is hidden.',
  consoleDropped: '{n} more lines dropped',
  prev: 'Previous',
  next: 'Next',
  home: 'All exercises',
  solvedBanner: 'Solved — every check passes.',
  serverRun: 'These examples are graded on the server.',
  timeoutKilled: 'Your code did not finish within {s} s and was stopped. An infinite loop?',
  kind_example: 'example',
  kind_hidden: 'hidden',
  kind_edge: 'edge case',
  kind_random: 'random',
  kind_property: 'property',
  kind_error: 'error case',
  kind_mutation: 'mutation',
  kind_calls: 'calls',
  kind_exports: 'exports',
  status_pass: 'passed',
  status_fail: 'failed',
  status_error: 'error',
  status_skipped: 'skipped',
  plot: 'Plot',
  axis_iteration: 'iteration',
  axis_cost: 'cost J',
  axis_layer: 'layer',
  axis_norm: '‖activation‖',
  axis_epoch: 'epoch',
  axis_loss: 'loss',
  axis_lr: 'learning rate',
  axis_size: 'training-set size',
  axis_error: 'error',
  axis_train: 'train',
  axis_cv: 'cross-validation',
  yours: 'yours',
  reference: 'reference',
  image_input: 'input',
  image_reference: 'expected',
  image_yours: 'yours',
  image_channel: 'channel {c}',
  image_alt: '{caption}: {shape} (C×H×W), values from {min} to {max}',
  image_scale: 'colour scale from {lo} to {hi}',
  language: 'Language',
  draftSaved: 'Draft saved',
  difficulty: 'Difficulty',
  showMore: 'Show details',
  showLess: 'Hide details',
  ms: '{ms} ms',
  networkError: 'Could not reach the server: {message}',
  notFound: 'Page not found',
  backHome: 'Back to the exercises',
};

type Key = keyof typeof en;

const zh: Record<Key, string> = {
  tagline: '机器学习数学的编程练习，写完即可自动评测。',
  continue: '继续',
  start: '从第一个练习开始',
  solvedOf: '已完成 {n} / {total}',
  chapter: '第 {n} 章',
  notStarted: '未开始',
  attempted: '尝试过',
  solved: '已解决',
  easy: '简单',
  medium: '中等',
  hard: '困难',
  exercises: '练习',
  progressNote: '进度、草稿和语言设置只保存在本浏览器中。',
  statement: '题目',
  hints: '提示',
  showHint: '显示提示 {n} / {total}',
  hint: '提示 {n}',
  run: '运行',
  submit: '提交',
  running: '运行中…',
  grading: '评测中…',
  reset: '重置',
  resetConfirm: '用初始代码替换你的代码？本练习的草稿将被清除。',
  runTip: '在浏览器中运行可见样例（Ctrl/⌘ + Enter）',
  submitTip: '在服务器上评测全部检查，包括隐藏的（Ctrl/⌘ + Shift + Enter）',
  loadingEditor: '正在加载编辑器…',
  results: '结果',
  console: '控制台',
  noResults: '先运行代码检查样例，再提交以评测全部检查。',
  accepted: '通过',
  wrongAnswer: '答案错误',
  error: '错误',
  examplesPass: '样例通过',
  checksPassed: '通过 {passed} / {total} 项检查',
  runMode: '运行 · 样例',
  submitMode: '提交 · 全部检查',
  input: '输入',
  expected: '期望输出',
  got: '你的输出',
  maxError: '最大误差',
  recognised: '常见错误',
  wideFormula: '公式比窗格宽：可横向滚动',
  unexplained: '这并不能解释所有失败的检查：{names} 另有原因。',
  diagnosis: '差异的规律',
  diagnosisChecks: '见于：{names}',
  line: '第 {line} 行',
  seed: '随机种子 {seed}',
  hiddenInput: '此项检查的输入是隐藏的。',
  consoleDropped: '另有 {n} 行被省略',
  prev: '上一题',
  next: '下一题',
  home: '全部练习',
  solvedBanner: '已解决 —— 全部检查通过。',
  serverRun: '本题的样例在服务器上评测。',
  timeoutKilled: '你的代码在 {s} 秒内没有结束，已被终止。是否有死循环？',
  kind_example: '样例',
  kind_hidden: '隐藏',
  kind_edge: '边界情况',
  kind_random: '随机',
  kind_property: '性质',
  kind_error: '异常情况',
  kind_mutation: '参数修改',
  kind_calls: '调用',
  kind_exports: '导出',
  status_pass: '通过',
  status_fail: '失败',
  status_error: '错误',
  status_skipped: '跳过',
  plot: '图像',
  axis_iteration: '迭代次数',
  axis_cost: '代价 J',
  axis_layer: '层',
  axis_norm: '‖激活值‖',
  axis_epoch: '轮次',
  axis_loss: '损失',
  axis_lr: '学习率',
  axis_size: '训练集大小',
  axis_error: '误差',
  axis_train: '训练集',
  axis_cv: '交叉验证集',
  yours: '你的',
  reference: '参考',
  image_input: '输入',
  image_reference: '期望',
  image_yours: '你的',
  image_channel: '通道 {c}',
  image_alt: '{caption}：{shape}（C×H×W），取值从 {min} 到 {max}',
  image_scale: '色标从 {lo} 到 {hi}',
  language: '语言',
  draftSaved: '草稿已保存',
  difficulty: '难度',
  showMore: '显示详情',
  showLess: '隐藏详情',
  ms: '{ms} 毫秒',
  networkError: '无法连接服务器：{message}',
  notFound: '页面不存在',
  backHome: '返回练习列表',
};

const dictionaries: Record<Lang, Record<Key, string>> = { en, zh };

export const i18n = $state({ lang: 'en' as Lang });

export function t(key: Key, vars: Record<string, string | number> = {}): string {
  const text = dictionaries[i18n.lang][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}

/** Localized content text (titles, hints): Chinese when chosen and available. */
export function tr(text: LocalizedText | undefined): string {
  if (!text) return '';
  return i18n.lang === 'zh' && text.zh ? text.zh : text.en;
}

export const LANG_STORAGE_KEY = 'nabla.lang';
export const LANG_COOKIE = 'nabla_lang';

export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'zh';
}

export function setLang(l: Lang) {
  i18n.lang = l;
  if (typeof window === 'undefined') return;
  try {
    localStorage.setItem(LANG_STORAGE_KEY, l);
  } catch {
    /* storage unavailable: the choice lasts for this page */
  }
  document.cookie = `${LANG_COOKIE}=${l}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
}
