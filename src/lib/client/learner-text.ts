// Interface strings of the learner's stored work (history, draft sync, import), in English and
// Chinese, for tr(). Kept here rather than in i18n.svelte.ts.
import type { LocalizedText } from '$lib/engine/types';

export const L = {
  result: { en: 'Result', zh: '结果' },
  history: { en: 'History', zh: '提交记录' },
  historyLabel: { en: 'Your submissions of this exercise', zh: '你对本题的提交' },
  historyEmpty: { en: 'No submissions yet. Submit to keep a record here.', zh: '还没有提交。提交后会记录在这里。' },
  historyLoading: { en: 'Loading your submissions…', zh: '正在加载提交记录…' },
  historyFailed: { en: 'Could not load your submissions', zh: '无法加载提交记录' },
  viewing: { en: 'Submission of {time}', zh: '{time} 的提交' },
  openCode: { en: 'Open this code in the editor', zh: '在编辑器中打开这份代码' },
  backToLatest: { en: 'Back to the latest result', zh: '返回最新结果' },
  replaceConfirm: {
    en: 'Replace the code in the editor with this submission? Your current code is replaced (Ctrl/⌘+Z brings it back).',
    zh: '用这次提交的代码替换编辑器中的代码？当前代码会被替换（可用 Ctrl/⌘+Z 撤销）。',
  },
  pass: { en: 'Passed', zh: '通过' },
  fail: { en: 'Failed', zh: '未通过' },
  error: { en: 'Error', zh: '错误' },
  pending: { en: 'Grading…', zh: '评分中…' },
  synced: { en: 'Saved to your account', zh: '已保存到账户' },
  saving: { en: 'Saving…', zh: '正在保存…' },
  offline: { en: 'Saved in this browser (offline)', zh: '已保存在本浏览器（离线）' },
  conflictTitle: { en: 'This draft was changed on another device', zh: '此草稿已在另一台设备上修改' },
  conflictBody: {
    en: 'Choose which code to keep. The other copy is not lost: it stays stored with your account.',
    zh: '请选择保留哪份代码。另一份不会丢失，会保存在你的账户中。',
  },
  keepMine: { en: 'Keep the code here', zh: '保留这里的代码' },
  takeTheirs: { en: 'Use the other device’s code', zh: '使用另一台设备的代码' },
  importTitle: { en: 'Bring your earlier work into your account?', zh: '把之前的练习导入你的账户？' },
  importBody: {
    en: 'This browser holds progress on {n} exercise(s) and {d} draft(s) from before you signed in.',
    zh: '本浏览器保存了登录前 {n} 道题的进度和 {d} 份草稿。',
  },
  importDo: { en: 'Import', zh: '导入' },
  importDismiss: { en: 'Not now', zh: '暂不导入' },
  importDone: { en: 'Imported: {n} exercise(s), {d} draft(s).', zh: '已导入：{n} 道题，{d} 份草稿。' },
  importFailed: { en: 'The import failed: {message}', zh: '导入失败：{message}' },
  progressNoteAccount: {
    en: 'Progress, drafts and submissions are stored with your account.',
    zh: '进度、草稿和提交都保存在你的账户中。',
  },
} satisfies Record<string, LocalizedText>;

/** Fill {name} placeholders of a localized string. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}
